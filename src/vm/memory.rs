//! Linear memory reservations.
//!
//! A guarded 32-bit memory reserves 8 GiB of address space up front (inaccessible), so
//! that `base + u32 index + u32 offset` always lands inside the reservation: any access
//! beyond the accessible prefix faults and becomes a trap, and compiled code needs no
//! bounds checks. Growing only changes page protection, so the base never moves.

const PAGE: u64 = 65536;
/// Address space reserved for a guarded memory: 4 GiB of indices plus 4 GiB of offsets.
const GUARDED_RESERVATION: u64 = 8 << 30;

/// Why a memory could not be created.
#[derive(Debug, thiserror::Error)]
pub(crate) enum MemoryError {
    /// The minimum exceeds the maximum or the runtime's limit.
    #[error("memory minimum {min} pages exceeds the limit of {limit} pages")]
    TooLarge { min: u64, limit: u64 },
    /// The operating system refused the reservation.
    #[error("failed to reserve memory: {0}")]
    Os(std::io::Error),
}

/// One linear memory: a reservation whose first `size` bytes are readable and writable.
pub(crate) struct LinearMemory {
    base: *mut u8,
    reserved: usize,
    size: usize,
    max_pages: u64,
}

// SAFETY: the mapping is owned by this value; the raw pointer is just its address.
unsafe impl Send for LinearMemory {}
// SAFETY: as above; mutation (grow) needs &mut.
unsafe impl Sync for LinearMemory {}

impl LinearMemory {
    /// Reserve a memory of `initial_pages`, growable to the smaller of `maximum_pages` and
    /// `limit_pages`.
    pub(crate) fn new(
        initial_pages: u64,
        maximum_pages: Option<u64>,
        limit_pages: u64,
        guarded: bool,
    ) -> Result<LinearMemory, MemoryError> {
        let max_pages = maximum_pages.unwrap_or(limit_pages).min(limit_pages);
        if initial_pages > max_pages {
            return Err(MemoryError::TooLarge { min: initial_pages, limit: max_pages });
        }
        let reserved = if guarded { GUARDED_RESERVATION } else { (max_pages * PAGE).max(PAGE) } as usize;
        // SAFETY: an anonymous private mapping at an address of the kernel's choosing.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                reserved,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(MemoryError::Os(std::io::Error::last_os_error()));
        }
        let mut memory = LinearMemory { base: base as *mut u8, reserved, size: 0, max_pages };
        if memory.set_accessible((initial_pages * PAGE) as usize).is_err() {
            return Err(MemoryError::Os(std::io::Error::last_os_error()));
        }
        Ok(memory)
    }

    fn set_accessible(&mut self, bytes: usize) -> Result<(), ()> {
        if bytes > self.size {
            // SAFETY: [base, base + bytes) lies inside the reservation (bytes <= max <= reserved).
            let rc =
                unsafe { libc::mprotect(self.base as *mut libc::c_void, bytes, libc::PROT_READ | libc::PROT_WRITE) };
            if rc != 0 {
                return Err(());
            }
        }
        self.size = bytes;
        Ok(())
    }

    /// Start of the memory.
    pub(crate) fn base(&self) -> *mut u8 {
        self.base
    }

    /// Accessible size in bytes.
    pub(crate) fn size_bytes(&self) -> usize {
        self.size
    }

    /// Grow by `delta_pages`: the old size in pages, or None beyond the maximum.
    pub(crate) fn grow(&mut self, delta_pages: u64) -> Option<u64> {
        let old = self.size as u64 / PAGE;
        let new = old.checked_add(delta_pages)?;
        if new > self.max_pages {
            return None;
        }
        self.set_accessible((new * PAGE) as usize).ok()?;
        Some(old)
    }
}

impl Drop for LinearMemory {
    fn drop(&mut self) {
        // SAFETY: unmapping the reservation this value created and exclusively owns.
        unsafe { libc::munmap(self.base as *mut libc::c_void, self.reserved) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_in_place_up_to_the_maximum() {
        let mut m = LinearMemory::new(1, Some(3), 65536, true).unwrap();
        let base = m.base();
        assert_eq!(m.size_bytes(), 65536);
        assert_eq!(m.grow(2), Some(1));
        assert_eq!(m.base(), base);
        assert_eq!(m.grow(1), None);
        assert_eq!(m.grow(0), Some(3));
        // SAFETY: the last byte of the accessible range.
        unsafe { *m.base().add(3 * 65536 - 1) = 7 };
    }

    #[test]
    fn rejects_minimum_above_limit() {
        assert!(LinearMemory::new(10, None, 5, true).is_err());
    }
}
