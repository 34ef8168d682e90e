//! Checked access to the calling module's memory: every pointer and length a guest passes
//! is bounds-checked, and a bad one is `EFAULT`.

use super::errno::Errno;
use crate::Memory;

/// The caller's linear memory as WASI functions use it.
pub(crate) struct GuestMemory {
    memory: Memory,
}

/// Guest memory holds at most 4 GiB; reading more than this at once is refused before any
/// host allocation (a guest cannot make the host allocate more than its own memory).
const MAX_READ: u64 = 1 << 32;

impl GuestMemory {
    pub(crate) fn new(memory: Memory) -> GuestMemory {
        GuestMemory { memory }
    }

    /// `len` bytes at `addr`.
    pub(crate) fn read(&self, addr: u32, len: u32) -> Result<Vec<u8>, Errno> {
        if addr as u64 + len as u64 > (self.memory.size() as u64).min(MAX_READ) {
            return Err(Errno::FAULT);
        }
        let mut buf = vec![0u8; len as usize];
        self.memory.read(addr as u64, &mut buf).then_some(buf).ok_or(Errno::FAULT)
    }

    /// Write `data` at `addr`.
    pub(crate) fn write(&self, addr: u32, data: &[u8]) -> Result<(), Errno> {
        self.memory.write(addr as u64, data).then_some(()).ok_or(Errno::FAULT)
    }

    pub(crate) fn write_u32(&self, addr: u32, value: u32) -> Result<(), Errno> {
        self.write(addr, &value.to_le_bytes())
    }

    pub(crate) fn write_u64(&self, addr: u32, value: u64) -> Result<(), Errno> {
        self.write(addr, &value.to_le_bytes())
    }

    /// A UTF-8 string of `len` bytes at `addr` (a path, say).
    pub(crate) fn read_str(&self, addr: u32, len: u32) -> Result<String, Errno> {
        String::from_utf8(self.read(addr, len)?).map_err(|_| Errno::INVAL)
    }

    /// The `(buffer, length)` pairs of an iovec array of `count` entries at `addr`.
    pub(crate) fn iovecs(&self, addr: u32, count: u32) -> Result<Vec<(u32, u32)>, Errno> {
        let raw = self.read(addr, count.checked_mul(8).ok_or(Errno::FAULT)?)?;
        let iovs: Vec<(u32, u32)> = raw
            .chunks_exact(8)
            .map(|c| (u32::from_le_bytes([c[0], c[1], c[2], c[3]]), u32::from_le_bytes([c[4], c[5], c[6], c[7]])))
            .collect();
        for &(buf, len) in &iovs {
            if buf as u64 + len as u64 > self.memory.size() as u64 {
                return Err(Errno::FAULT);
            }
        }
        Ok(iovs)
    }
}
