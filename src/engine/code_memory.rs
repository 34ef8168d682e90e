//! Executable memory: ONE mapping per module holding all of its machine code.
//!
//! The mapping follows W^X: it is created read+write, the code is copied in (and, on
//! aarch64, the instruction cache is flushed), then it becomes read+execute — it is never
//! writable and executable at once. A module's image is a [`CodeImage`] while its
//! functions compile: each is copied in by the thread that compiled it. The code range is
//! registered with [`super::signals`] so that faults raised by it become traps, and
//! unregistered before the mapping goes away.

use crate::vm::ranges::{register_code_range, RangeHandle};
use crate::vm::reserve::map_read_write;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Machine code in a read+execute mapping, registered as JIT code while alive.
#[derive(Debug)]
pub(crate) struct CodeMemory {
    /// Start of the mapping (and of the code).
    ptr: *mut u8,
    /// Length of the mapping (page-rounded, at least one page).
    mapped: usize,
    /// Length of the code.
    len: usize,
    /// The signal-handler registration; taken (dropped) first in `drop`.
    registration: Option<RangeHandle>,
}

// SAFETY: the mapping is exclusively owned by this value and immutable (read+execute) after
// `new` returns; nothing ties it to the creating thread.
unsafe impl Send for CodeMemory {}
// SAFETY: shared access only reads the immutable mapping or plain fields.
unsafe impl Sync for CodeMemory {}

/// Images at least this large ask for transparent huge pages: writing 32 MB of code then
/// takes 512 times fewer page faults (measured on esbuild.wasm when the image was laid out
/// at link time: 17 -> 8 ms), and running it fewer iTLB misses.
const HUGE_PAGE_CODE_BYTES: usize = 4 << 20;

/// The OS page size (4 KiB if it cannot be determined).
fn page_size() -> usize {
    // SAFETY: sysconf has no memory-safety preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).ok().filter(|&s| s > 0).unwrap_or(4096)
}

/// `len` rounded up to whole pages, at least one.
fn page_rounded(len: usize) -> io::Result<usize> {
    len.max(1)
        .checked_next_multiple_of(page_size())
        .ok_or_else(|| io::Error::new(io::ErrorKind::OutOfMemory, "code too large"))
}

impl CodeMemory {
    /// Copy `code` into a new executable mapping (page-rounded, at least one page).
    pub(crate) fn new(code: &[u8]) -> io::Result<CodeMemory> {
        let image = CodeImage::reserve(code.len(), CodeImage::wants_huge_pages(code.len()))?;
        image.place(code).ok_or_else(|| io::Error::new(io::ErrorKind::OutOfMemory, "code too large"))?;
        image.finish()
    }

    /// Map `len` bytes of code at `offset` (a multiple of the page size) of `file`
    /// straight from it: read-only, then read+execute, never writable; nothing is copied,
    /// and pages are read in as the code runs. Fails where the file system forbids
    /// executable mappings (`noexec`): the caller copies instead.
    pub(crate) fn map_file(file: &std::fs::File, offset: u64, len: usize) -> io::Result<CodeMemory> {
        use std::os::fd::AsRawFd;
        let mapped = page_rounded(len)?;
        let offset = libc::off_t::try_from(offset).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
        if len == 0 || offset as usize % page_size() != 0 {
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        // SAFETY: a fresh private read-only mapping of an open file at an address of the
        // kernel's choosing; the result is checked against MAP_FAILED. Private: writes by
        // others to the file do not reach it once a page is read, and onepass never writes
        // cache files in place (they are replaced by rename).
        let ptr = unsafe {
            libc::mmap(std::ptr::null_mut(), mapped, libc::PROT_READ, libc::MAP_PRIVATE, file.as_raw_fd(), offset)
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let ptr = ptr.cast::<u8>();
        // From here on, dropping `memory` unmaps the mapping (also on the error path).
        let mut memory = CodeMemory { ptr, mapped, len, registration: None };
        // SAFETY: changing the protection of our own fresh, page-aligned mapping, which no
        // Rust reference points into. It was never writable, so no instruction cache holds
        // stale bytes of it.
        let rc = unsafe { libc::mprotect(ptr.cast::<libc::c_void>(), mapped, libc::PROT_READ | libc::PROT_EXEC) };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        memory.registration = Some(register_code_range(ptr as usize, len));
        Ok(memory)
    }

    /// Start of the code.
    pub(crate) fn as_ptr(&self) -> *const u8 {
        self.ptr
    }

    /// Length of the code in bytes (the mapping may be longer).
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

/// A module's code image while its functions are being compiled: a read+write
/// reservation that compiling threads copy each function into as soon as it is compiled
/// ([`CodeImage::place`]), so code is never staged in a per-function buffer and copied
/// again when the module is linked. [`CodeImage::finish`] returns the unused tail of the
/// reservation and makes the rest a read+execute [`CodeMemory`].
///
/// Functions land in the order they finish compiling, 16-byte aligned: with several
/// compiling threads that is not function order.
#[derive(Debug)]
pub(crate) struct CodeImage {
    /// Start of the reservation.
    ptr: *mut u8,
    /// Length of the reservation (page-rounded).
    reserved: usize,
    /// Bytes claimed so far (may pass `reserved` once a claim has failed).
    used: AtomicUsize,
}

// SAFETY: the reservation is exclusively owned by this value; concurrent writers only
// touch the disjoint ranges `place` hands out through the atomic counter.
unsafe impl Send for CodeImage {}
// SAFETY: as above: shared access is `place` (disjoint claims) or reads of plain fields.
unsafe impl Sync for CodeImage {}

impl CodeImage {
    /// Reserve room for `capacity` bytes of code; `huge` asks for transparent huge pages
    /// (for images expected to reach [`HUGE_PAGE_CODE_BYTES`]).
    pub(crate) fn reserve(capacity: usize, huge: bool) -> io::Result<CodeImage> {
        let reserved = page_rounded(capacity)?;
        let ptr = map_read_write(reserved)?;
        if huge {
            // SAFETY: advice on our own fresh mapping; it changes how pages are backed, not
            // what they hold. Failure (no THP support) only loses the speed-up.
            unsafe { libc::madvise(ptr.cast::<libc::c_void>(), reserved, libc::MADV_HUGEPAGE) };
        }
        Ok(CodeImage { ptr, reserved, used: AtomicUsize::new(0) })
    }

    /// Whether an image of about `expected_bytes` of code is worth huge pages.
    pub(crate) fn wants_huge_pages(expected_bytes: usize) -> bool {
        expected_bytes >= HUGE_PAGE_CODE_BYTES
    }

    /// Copy `code` to the next free 16-byte-aligned offset and return that offset;
    /// `None` when the reservation cannot hold it. Any thread may place at once.
    pub(crate) fn place(&self, code: &[u8]) -> Option<u32> {
        let claim = code.len().checked_next_multiple_of(16)?;
        let start = self.used.fetch_add(claim, Ordering::Relaxed);
        if start.checked_add(claim)? > self.reserved {
            return None;
        }
        let offset = u32::try_from(start).ok()?;
        // SAFETY: `[start, start + code.len())` lies inside the read+write reservation (checked
        // above) and was claimed by this call alone through the atomic counter, so no other
        // thread writes or reads it until the image is finished with exclusive access.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), self.ptr.add(start), code.len()) };
        Some(offset)
    }

    /// Bytes of code the reservation holds.
    pub(crate) fn capacity(&self) -> usize {
        self.reserved
    }

    /// Bytes claimed so far.
    fn used(&self) -> usize {
        self.used.load(Ordering::Relaxed).min(self.reserved)
    }

    /// The code written so far, for patching (exclusive access: no `place` runs).
    pub(crate) fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: the range is inside the read+write reservation, and `&mut self` rules out
        // any concurrent `place`.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.used()) }
    }

    /// Give the unused tail of the reservation back and make the code read+execute.
    pub(crate) fn finish(self) -> io::Result<CodeMemory> {
        let len = self.used();
        let mapped = page_rounded(len)?.min(self.reserved);
        let ptr = self.ptr;
        let reserved = self.reserved;
        std::mem::forget(self);
        // From here on, dropping `memory` unmaps `[ptr, ptr + mapped)` (also on the error
        // path); the tail is unmapped right away.
        let mut memory = CodeMemory { ptr, mapped, len, registration: None };
        if mapped < reserved {
            // SAFETY: the tail of our own reservation, page-aligned; nothing refers to it.
            unsafe { libc::munmap(ptr.add(mapped).cast::<libc::c_void>(), reserved - mapped) };
        }
        // SAFETY: the range was written through `place` and lies inside our mapping.
        unsafe { onepass_arch::flush_icache(ptr, len) };
        // SAFETY: changing the protection of our own, page-aligned mapping; no Rust reference
        // into it exists (writes went through raw pointers and `bytes_mut` borrows ended).
        let rc = unsafe { libc::mprotect(ptr.cast::<libc::c_void>(), mapped, libc::PROT_READ | libc::PROT_EXEC) };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        memory.registration = Some(register_code_range(ptr as usize, len));
        Ok(memory)
    }
}

impl Drop for CodeImage {
    /// An image abandoned before `finish` (a compile error): unmap the whole reservation.
    fn drop(&mut self) {
        // SAFETY: unmapping the reservation this value exclusively owns; it was never made
        // executable or registered.
        unsafe { libc::munmap(self.ptr.cast::<libc::c_void>(), self.reserved) };
    }
}

impl Drop for CodeMemory {
    /// Unregister the code range, then unmap it.
    fn drop(&mut self) {
        drop(self.registration.take());
        // SAFETY: unmapping the mapping this value exclusively owns; it is no longer
        // registered as JIT code, and no code in it runs (its owner is being dropped).
        unsafe { libc::munmap(self.ptr.cast::<libc::c_void>(), self.mapped) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::ranges::is_jit_pc;

    #[test]
    fn mapping_is_read_execute_and_registered_while_alive() {
        let bytes = vec![0xccu8; 10_000];
        let code = CodeMemory::new(&bytes).expect("code memory");
        let start = code.as_ptr() as usize;
        assert_eq!(code.mapped % page_size(), 0);
        assert!(code.mapped >= bytes.len());
        // SAFETY: the mapping is readable and at least bytes.len() long.
        let copied = unsafe { std::slice::from_raw_parts(code.as_ptr(), bytes.len()) };
        assert_eq!(copied, &bytes[..]);
        let region = region::query(code.as_ptr()).expect("query");
        assert_eq!(region.protection(), region::Protection::READ_EXECUTE);
        assert!(is_jit_pc(start));
        assert!(is_jit_pc(start + bytes.len() - 1));
        assert!(!is_jit_pc(start + bytes.len()));
        drop(code);
        assert!(!is_jit_pc(start));
    }

    #[test]
    fn threads_place_code_in_disjoint_aligned_ranges_of_one_image() {
        let image = CodeImage::reserve(1 << 20, false).expect("reservation");
        // Four threads place 200 functions each, every byte naming its thread and function.
        let placed: Vec<Vec<(u32, Vec<u8>)>> = std::thread::scope(|scope| {
            let threads: Vec<_> = (0..4u8)
                .map(|t| {
                    let image = &image;
                    scope.spawn(move || {
                        (0..200u32)
                            .map(|f| {
                                let code = vec![t * 64 + (f % 64) as u8; 1 + (f as usize * 7) % 300];
                                (image.place(&code).expect("room"), code)
                            })
                            .collect()
                    })
                })
                .collect();
            threads.into_iter().map(|t| t.join().expect("placing thread")).collect()
        });
        let mut ranges: Vec<(u32, usize)> =
            placed.iter().flatten().map(|(offset, code)| (*offset, code.len())).collect();
        ranges.sort_unstable();
        for pair in ranges.windows(2) {
            assert_eq!(pair[0].0 % 16, 0);
            assert!(pair[0].0 as usize + pair[0].1 <= pair[1].0 as usize, "overlap: {pair:?}");
        }
        let code = image.finish().expect("finished");
        // SAFETY: the mapping is readable and holds `len` bytes.
        let bytes = unsafe { std::slice::from_raw_parts(code.as_ptr(), code.len()) };
        for (offset, function) in placed.iter().flatten() {
            assert_eq!(&bytes[*offset as usize..*offset as usize + function.len()], &function[..]);
        }
        let region = region::query(code.as_ptr()).expect("query");
        assert_eq!(region.protection(), region::Protection::READ_EXECUTE);
        assert!(code.mapped < 1 << 20, "the unused tail is given back");
    }

    #[test]
    fn an_image_refuses_code_past_its_reservation() {
        let page = page_size();
        let image = CodeImage::reserve(page, false).expect("reservation");
        assert_eq!(image.place(&vec![1; page - 16]), Some(0));
        assert_eq!(image.place(&[2; 32]), None);
        // A failed claim leaves what was placed intact, and the image still finishes.
        let code = image.finish().expect("finished");
        assert_eq!(code.len(), page);
    }

    #[test]
    fn empty_code_maps_one_page() {
        let code = CodeMemory::new(&[]).expect("code memory");
        assert_eq!(code.len(), 0);
        assert_eq!(code.mapped, page_size());
        assert!(!is_jit_pc(code.as_ptr() as usize));
    }
}
