//! Linear memory reservations.
//!
//! A Wasm linear memory is one anonymous mapping whose accessible prefix (read+write) is the
//! memory's current size; the rest of the mapping is reserved `PROT_NONE` address space.
//!
//! A 32-bit memory reserves 8 GiB up front, so that `base + u32 index + u32 offset` always
//! lands inside the reservation: any access beyond the accessible prefix faults, the signal
//! handler turns the fault into a trap, and compiled code needs no bounds checks. A 64-bit
//! memory reserves its effective maximum plus a 4 GiB guard ([`GUARD_64`]): compiled code
//! checks only that the index is at most the current size, and `size + u32 offset` then
//! still lands inside the reservation. It also reserves a read+write 64 KiB *prefix* before
//! its base whose last 8 bytes hold its current size in bytes
//! ([`crate::vm::vmctx::MEMORY64_BOUND`]), so that the check reads the size at a fixed
//! offset from the base register compiled code already holds.
//!
//! Growing only changes page protection, so the base never moves. Pages come from an
//! anonymous mapping and are therefore zero-filled. The reservation uses `MAP_NORESERVE`:
//! untouched pages cost no memory.
//!
//! Dropped reservations go to a small process-wide pool ([`POOL_CAPACITY`], see
//! `vm::reserve`) and the next memory of the same reservation size takes one from there (a
//! full pool unmaps its oldest entry). A 32-bit memory whose used bytes are all accessible
//! keeps them read+write there, zeroed, so that the next memory of its size needs no system
//! call; any other has its used part replaced by a fresh inaccessible mapping (contents
//! discarded, commit charge released). Instantiating and dropping one module per request then
//! reuses the same few address ranges instead of mapping and unmapping 8 GiB (or, for a
//! 64-bit memory, its maximum plus 4 GiB) each time, which also keeps per-range bookkeeping
//! bounded: qemu-user, which runs the aarch64 tests, never frees its page descriptors for a
//! range it has seen mapped, and before 64-bit reservations were pooled the memory64 spec
//! files alone grew it past 10 GiB.

use super::ranges::{register_heap_range, RangeHandle};
use super::reserve::{zero_used, Pool};
use std::io;

/// Size of a Wasm page in bytes.
pub(crate) const WASM_PAGE_SIZE: u64 = 65536;

/// Address space reserved for a guarded memory: 4 GiB of indices plus 4 GiB of offsets,
/// plus a 64 KiB tail so that an access of up to 16 bytes (a `v128`) at the largest index
/// and offset (`2^33 - 2`) still ends inside the reservation: no byte of it can reach the
/// mapping after it, even on hardware that splits an access straddling a page.
const GUARDED_RESERVATION: u64 = (8 << 30) + (64 << 10);

/// Address space reserved past the effective maximum of a 64-bit memory: an access whose
/// index is at most the memory's size (the one check compiled code makes), with a static
/// offset below 4 GiB and up to 16 bytes wide, ends inside it.
pub(crate) const GUARD_64: u64 = (4 << 30) + (64 << 10);

/// Bytes reserved before a 64-bit memory's base for its size word: a Wasm page, so the base
/// stays aligned for every OS page size both ISAs use.
const PREFIX_64: usize = WASM_PAGE_SIZE as usize;

/// Most pages a 64-bit memory may have: 2^48 bytes, so that `size + offset` of a checked
/// access cannot overflow (compiled code relies on it) and the reservation fits the largest
/// address spaces of both ISAs.
pub(crate) const MAX_PAGES_64: u64 = super::vmctx::MAX_MEMORY64_BYTES / WASM_PAGE_SIZE;

/// The type of a memory's addresses (and of a table's indexes): `i32` or, with memory64,
/// `i64`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum IndexType {
    /// 32-bit addresses.
    #[default]
    I32,
    /// 64-bit addresses (memory64, table64).
    I64,
}

impl IndexType {
    /// The index type of a memory or table whose type says `is_64`.
    pub(crate) fn from_is_64(is_64: bool) -> IndexType {
        if is_64 {
            IndexType::I64
        } else {
            IndexType::I32
        }
    }

    /// An address or index of this type, from the bits a constant expression left
    /// (an `i32` keeps only its low half).
    pub(crate) fn truncate(self, bits: u64) -> u64 {
        match self {
            IndexType::I32 => bits as u32 as u64,
            IndexType::I64 => bits,
        }
    }
}

/// Most free reservations kept for reuse.
const POOL_CAPACITY: usize = 16;

/// A free reservation: `len` bytes from `start`, of which the first `open` bytes are
/// read+write and hold zeros (a 32-bit memory's last size, kept so that the next memory of
/// that size needs no system call), and the rest `PROT_NONE` with nothing committed.
#[derive(Clone, Copy, Debug)]
struct FreeReservation {
    start: usize,
    len: usize,
    open: usize,
}

/// Free reservations kept for reuse.
static POOL: Pool<FreeReservation> = Pool::new(POOL_CAPACITY);

/// Take a pooled reservation of exactly `len` bytes (the size is a function of the memory's
/// type and the runtime's limit, so repeated instantiations find their own), preferably one
/// whose open prefix is `open` bytes.
fn take_pooled(len: usize, open: usize) -> Option<FreeReservation> {
    POOL.take(|free| free.len == len, |free| free.open == open)
}

/// Map `len` bytes of fresh, inaccessible, uncommitted address space at `addr` (any
/// address when null; in place of what is there when not).
///
/// # Safety
/// A non-null `addr` must start a range of `len` bytes that the caller exclusively owns and
/// to which no Rust reference exists: its contents are discarded.
unsafe fn map_reserved(addr: *mut u8, len: usize) -> io::Result<*mut u8> {
    let fixed = if addr.is_null() { 0 } else { libc::MAP_FIXED };
    // SAFETY: an anonymous private mapping, either where the kernel chooses (overlapping
    // nothing Rust owns) or over a range the caller owns (see the contract above).
    let mapped = unsafe {
        libc::mmap(
            addr.cast::<libc::c_void>(),
            len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE | fixed,
            -1,
            0,
        )
    };
    if mapped == libc::MAP_FAILED {
        return Err(io::Error::last_os_error());
    }
    Ok(mapped.cast::<u8>())
}

/// Why a linear memory could not be created.
#[derive(Debug, thiserror::Error)]
pub(crate) enum MemoryError {
    /// The minimum is above the runtime's limit on memory pages.
    #[error("memory minimum {min} pages exceeds the limit of {limit} pages")]
    MinimumExceedsLimit {
        /// Requested initial pages.
        min: u64,
        /// The runtime's limit in pages.
        limit: u64,
    },
    /// The minimum is above the memory's own declared maximum.
    #[error("memory minimum {min} pages exceeds the maximum of {max} pages")]
    MinimumExceedsMaximum {
        /// Requested initial pages.
        min: u64,
        /// Declared maximum pages.
        max: u64,
    },
    /// The maximum does not fit in this machine's address space.
    #[error("memory maximum {max} pages does not fit in the address space")]
    AddressSpace {
        /// Effective maximum pages.
        max: u64,
    },
    /// The operating system refused the address-space reservation.
    #[error("failed to reserve memory: {0}")]
    Reserve(#[source] io::Error),
    /// The operating system refused to make the initial pages accessible.
    #[error("failed to make {pages} memory pages accessible: {source}")]
    Commit {
        /// Pages that were to become accessible.
        pages: u64,
        /// The OS error.
        #[source]
        source: io::Error,
    },
}

/// How a linear memory's address space and commit charge are set up.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct MemoryStyle {
    /// A 32-bit memory reserves 8 GiB; a 64-bit one its maximum plus [`GUARD_64`].
    pub(crate) index: IndexType,
    /// Take the commit charge for the whole declared maximum at creation, so that later
    /// growth up to it cannot fail for lack of memory (creation fails instead). Without a
    /// declared maximum this has no effect, as in wazero.
    pub(crate) capacity_from_max: bool,
}

/// One linear memory: a reservation whose first `pages * 64 KiB` bytes are read+write.
#[derive(Debug)]
pub(crate) struct LinearMemory {
    /// Start of the memory: the reservation's start, after the prefix of a 64-bit memory.
    base: *mut u8,
    /// Bytes of address space reserved before `base` (the size word's page of a 64-bit
    /// memory; 0 for a 32-bit one).
    prefix: usize,
    /// Bytes of address space reserved from `base` on (the reservation is `prefix +
    /// reserved` bytes, unmapped on drop).
    reserved: usize,
    /// The memory's address type (fixes the reservation's layout).
    index: IndexType,
    /// Current size in Wasm pages; the first `pages * 64 KiB` bytes are accessible.
    pages: u64,
    /// Effective maximum in Wasm pages: `min(declared maximum or limit, limit)`.
    max_pages: u64,
    /// Bytes at the start that were ever accessible or committed, or touched by a call that
    /// failed (reset before reuse).
    used_bytes: usize,
    /// Whether the reservation may go back to the pool: false once a change to its
    /// mappings failed, since a failed `MAP_FIXED` may leave a hole in it.
    poolable: bool,
    /// Whether part of it maps a module's memory image (`vm::image`): such a memory goes
    /// back to the pool with its used part replaced, never just zeroed (`MADV_DONTNEED`
    /// on a file mapping brings the file's bytes back, not zeros).
    maps_image: bool,
    /// The reservation as the signal handler knows it: faults in it are out-of-bounds
    /// accesses (any other fault in JIT code is a bug, not a trap).
    registration: Option<RangeHandle>,
}

// SAFETY: `base` is the address of a mapping this value exclusively owns (created in `new`,
// unmapped only in `drop`); nothing ties it to the creating thread, so moving the owner to
// another thread is sound.
unsafe impl Send for LinearMemory {}
// SAFETY: every `&self` method only reads plain fields; changing protection (`grow`) needs
// `&mut self`. Accesses to the memory's bytes through `base()` are the caller's
// responsibility (raw pointer), exactly as for any shared buffer.
unsafe impl Sync for LinearMemory {}

impl LinearMemory {
    /// Reserve a memory of `initial_pages`, growable up to the effective maximum
    /// `min(maximum_pages.unwrap_or(limit_pages), limit_pages)`.
    ///
    /// `style` chooses a guarded reservation and whether the maximum is committed up front.
    pub(crate) fn new(
        initial_pages: u64,
        maximum_pages: Option<u64>,
        limit_pages: u64,
        style: MemoryStyle,
    ) -> Result<LinearMemory, MemoryError> {
        if initial_pages > limit_pages {
            return Err(MemoryError::MinimumExceedsLimit { min: initial_pages, limit: limit_pages });
        }
        let max_pages = maximum_pages.unwrap_or(limit_pages).min(limit_pages);
        if initial_pages > max_pages {
            return Err(MemoryError::MinimumExceedsMaximum { min: initial_pages, max: max_pages });
        }
        let max_bytes = max_pages.checked_mul(WASM_PAGE_SIZE).ok_or(MemoryError::AddressSpace { max: max_pages })?;
        let reserve = match style.index {
            IndexType::I32 => max_bytes.max(GUARDED_RESERVATION),
            IndexType::I64 => max_bytes.checked_add(GUARD_64).ok_or(MemoryError::AddressSpace { max: max_pages })?,
        };
        let reserved = usize::try_from(reserve).map_err(|_| MemoryError::AddressSpace { max: max_pages })?;
        let prefix = match style.index {
            IndexType::I32 => 0,
            IndexType::I64 => PREFIX_64,
        };
        let total = reserved.checked_add(prefix).ok_or(MemoryError::AddressSpace { max: max_pages })?;
        // Only a 32-bit memory without committed capacity keeps an open prefix in the pool.
        let keeps_open = prefix == 0 && !(style.capacity_from_max && maximum_pages.is_some());
        let initial_bytes = (initial_pages * WASM_PAGE_SIZE) as usize;
        let (start, open) = match take_pooled(total, if keeps_open { initial_bytes } else { 0 }) {
            Some(free) => (free.start as *mut u8, free.open),
            // SAFETY: a null address asks for fresh address space.
            None => (unsafe { map_reserved(std::ptr::null_mut(), total) }.map_err(MemoryError::Reserve)?, 0),
        };
        // The prefix lies inside the `total` bytes just mapped.
        let base = start.wrapping_add(prefix);
        // From here on, dropping `memory` unmaps the reservation (also on the error path).
        let registration = Some(register_heap_range(base as usize, reserved));
        let mut memory = LinearMemory {
            base,
            prefix,
            reserved,
            index: style.index,
            pages: 0,
            max_pages,
            used_bytes: open,
            poolable: true,
            maps_image: false,
            registration,
        };
        if open > 0 {
            memory
                .adopt_open_prefix(open, keeps_open, initial_bytes)
                .map_err(|source| MemoryError::Commit { pages: initial_pages, source })?;
        }
        if prefix > 0 {
            memory.open_prefix().map_err(|source| MemoryError::Commit { pages: 0, source })?;
        }
        if style.capacity_from_max && maximum_pages.is_some() {
            memory.commit_maximum().map_err(|source| MemoryError::Commit { pages: max_pages, source })?;
        }
        memory.make_accessible(initial_pages).map_err(|source| MemoryError::Commit { pages: initial_pages, source })?;
        Ok(memory)
    }

    /// Start from a pooled reservation whose first `open` bytes are read+write and zero:
    /// keep as many of them accessible as the memory's `initial_bytes` (when the memory
    /// `keeps_open`, as a 32-bit one does), closing the rest again.
    fn adopt_open_prefix(&mut self, open: usize, keeps_open: bool, initial_bytes: usize) -> io::Result<()> {
        let keep = if keeps_open { open.min(initial_bytes) } else { 0 };
        if keep < open {
            // Counted as used: a failed call may have changed some pages.
            // SAFETY: [base + keep, base + open) lies in the reservation `self` owns and is
            // page-aligned (keep is a whole number of Wasm pages); nothing refers into it.
            let rc =
                unsafe { libc::mprotect(self.base.add(keep).cast::<libc::c_void>(), open - keep, libc::PROT_NONE) };
            if rc != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        self.pages = (keep as u64) / WASM_PAGE_SIZE;
        Ok(())
    }

    /// Make a 64-bit memory's prefix read+write (its size word then reads 0).
    fn open_prefix(&mut self) -> io::Result<()> {
        // SAFETY: [base - prefix, base) is the start of the reservation `self` exclusively
        // owns, page-aligned (the mapping's start) and of a whole number of pages; nothing
        // in it is accessible yet, so no reference into it exists.
        let rc = unsafe {
            libc::mprotect(
                self.base.sub(self.prefix).cast::<libc::c_void>(),
                self.prefix,
                libc::PROT_READ | libc::PROT_WRITE,
            )
        };
        if rc != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Publish the current size in a 64-bit memory's size word (compiled code's bound).
    fn publish_bound(&self) {
        if self.prefix == 0 {
            return;
        }
        // SAFETY: the 8 bytes before `base` are the end of the read+write prefix (opened in
        // `new` before any growth), 8-byte aligned (base is page-aligned); compiled code only
        // reads them, and every write is this atomic store, made under the owner's lock.
        let word = unsafe { std::sync::atomic::AtomicU64::from_ptr(self.base.sub(8).cast::<u64>()) };
        word.store(self.pages * WASM_PAGE_SIZE, std::sync::atomic::Ordering::Release);
    }

    /// Take the commit charge for all `max_pages` pages now, leaving them inaccessible.
    ///
    /// The first `max_pages * 64 KiB` bytes are remapped read+write *without*
    /// `MAP_NORESERVE`, which charges them against the system's commit limit (failing here,
    /// at creation, if it cannot be met), then protected again. Linux keeps the charge of a
    /// private mapping when write access is removed and does not charge it a second time
    /// when growth makes the pages writable again, so growing up to the maximum needs no
    /// new commitment.
    fn commit_maximum(&mut self) -> io::Result<()> {
        debug_assert_eq!(self.pages, 0);
        // At most the reservation's size, which fits in usize.
        let max_bytes = (self.max_pages * WASM_PAGE_SIZE) as usize;
        if max_bytes == 0 {
            return Ok(());
        }
        self.used_bytes = self.used_bytes.max(max_bytes);
        // SAFETY: MAP_FIXED replaces [base, base + max_bytes), which lies inside the
        // reservation `self` exclusively owns (max_bytes <= reserved); nothing in it is
        // accessible yet, so no reference into it exists. The result is checked.
        let mapped = unsafe {
            libc::mmap(
                self.base.cast::<libc::c_void>(),
                max_bytes,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                -1,
                0,
            )
        };
        if mapped == libc::MAP_FAILED {
            self.poolable = false;
            return Err(io::Error::last_os_error());
        }
        // SAFETY: the same range, just mapped by this value; making it inaccessible again
        // until `make_accessible` grows into it.
        if unsafe { libc::mprotect(self.base.cast::<libc::c_void>(), max_bytes, libc::PROT_NONE) } != 0 {
            self.poolable = false;
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Make the first `new_pages` pages accessible (`new_pages` >= current pages and
    /// <= the effective maximum, which is within the reservation).
    fn make_accessible(&mut self, new_pages: u64) -> io::Result<()> {
        debug_assert!(new_pages >= self.pages && new_pages <= self.max_pages);
        if new_pages > self.pages {
            // Both products are at most max_pages * 64 KiB <= reserved, which fits in usize.
            let old_bytes = (self.pages * WASM_PAGE_SIZE) as usize;
            let new_bytes = (new_pages * WASM_PAGE_SIZE) as usize;
            // Counted before the call: a failed mprotect may still have changed some pages.
            self.used_bytes = self.used_bytes.max(new_bytes);
            // SAFETY: [base + old_bytes, base + new_bytes) lies inside the reservation owned
            // by `self` (new_bytes <= max bytes <= reserved); old_bytes is a multiple of the
            // Wasm page size and thus of the OS page size, as mprotect requires. Those bytes
            // are not yet accessible, so no Rust reference to them can exist.
            let rc = unsafe {
                libc::mprotect(
                    self.base.add(old_bytes).cast::<libc::c_void>(),
                    new_bytes - old_bytes,
                    libc::PROT_READ | libc::PROT_WRITE,
                )
            };
            if rc != 0 {
                return Err(io::Error::last_os_error());
            }
        }
        self.pages = new_pages;
        self.publish_bound();
        Ok(())
    }

    /// Map `image` copy-on-write over its span of this memory, which must be fresh (all
    /// zeros, nothing written yet) and at least as large as the span's end.
    pub(crate) fn map_image(&mut self, image: &super::image::MemoryImage) -> io::Result<()> {
        assert!(image.start + image.len <= self.size_bytes(), "the image lies inside the initial size");
        // Counted before the call: a failed MAP_FIXED may have changed the range.
        self.maps_image = true;
        // SAFETY: [base + start, base + start + len) lies inside the accessible part of the
        // reservation `self` owns (asserted above), page-aligned (the image's span is made
        // of whole host pages, and `base` is page-aligned); the memory is fresh, so no
        // wasm code or Rust reference uses those bytes, and a private mapping of the
        // image's file replaces them with the same zeros plus the segments.
        let mapped = unsafe {
            libc::mmap(
                self.base.add(image.start).cast::<libc::c_void>(),
                image.len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_FIXED,
                std::os::fd::AsRawFd::as_raw_fd(&image.file),
                0,
            )
        };
        if mapped == libc::MAP_FAILED {
            self.poolable = false;
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Start of the memory; never changes during the memory's life.
    pub(crate) fn base(&self) -> *mut u8 {
        self.base
    }

    /// Accessible size in bytes (`pages() * 65536`).
    pub(crate) fn size_bytes(&self) -> usize {
        // At most max_pages * 64 KiB, which fits in usize (checked in `new`).
        (self.pages * WASM_PAGE_SIZE) as usize
    }

    /// The memory's address type.
    pub(crate) fn index_type(&self) -> IndexType {
        self.index
    }

    /// Current size in Wasm pages.
    #[allow(dead_code)] // part of the memory API; not every caller reads the page count yet
    pub(crate) fn pages(&self) -> u64 {
        self.pages
    }

    /// Effective maximum in Wasm pages (declared maximum capped by the runtime limit).
    #[allow(dead_code)] // part of the memory API; not every caller reads the maximum yet
    pub(crate) fn maximum_pages(&self) -> u64 {
        self.max_pages
    }

    /// Grow by `delta_pages` in place: the old size in pages, or `None` when the new size
    /// would exceed the effective maximum or the OS refuses. `grow(0)` returns the size.
    pub(crate) fn grow(&mut self, delta_pages: u64) -> Option<u64> {
        let old = self.pages;
        let new = old.checked_add(delta_pages)?;
        if new > self.max_pages {
            return None;
        }
        self.make_accessible(new).ok()?;
        Some(old)
    }
}

impl Drop for LinearMemory {
    /// Return the reservation to the pool with its used part reset (unmapping the pool's
    /// oldest entry when it is full), else unmap it.
    fn drop(&mut self) {
        self.registration = None;
        let start = self.base.wrapping_sub(self.prefix);
        let len = self.prefix + self.reserved;
        let mut unmap = FreeReservation { start: start as usize, len, open: 0 };
        if self.poolable {
            let open = self.size_bytes();
            let used = self.prefix + self.used_bytes;
            // A 32-bit memory whose used bytes are all accessible keeps them open, zeroed.
            let reset = if self.prefix == 0 && used == open && open > 0 && !self.maps_image {
                unmap.open = open;
                // SAFETY: the first `open` bytes of our private anonymous reservation are
                // read+write (page-aligned at `base`); no wasm code or Rust reference uses the
                // memory any more (its owner is being dropped).
                unsafe { zero_used(self.base, open) }
            } else {
                // SAFETY: [start, start + used) lies in the reservation this value exclusively
                // owns; no references into it outlive `self` (only raw pointers handed out by
                // `base`).
                used == 0 || unsafe { map_reserved(start, used) }.is_ok()
            };
            if reset {
                let Some(oldest) = POOL.give(unmap) else { return };
                unmap = oldest;
            }
        }
        // SAFETY: `unmap` is exactly a reservation this value owned, or the pool's oldest
        // entry, which the pool owned alone and no longer lists; no references into either
        // exist (memories hand out only raw pointers, which do not outlive their owner).
        // A failure (impossible for a valid mapping) would only leak address space.
        unsafe { libc::munmap(unmap.start as *mut libc::c_void, unmap.len) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMIT: u64 = 65536;
    const PAGE: usize = WASM_PAGE_SIZE as usize;
    const GUARDED: MemoryStyle = MemoryStyle { index: IndexType::I32, capacity_from_max: false };
    const MEMORY64: MemoryStyle = MemoryStyle { index: IndexType::I64, capacity_from_max: false };

    /// The protection of the OS page holding `addr`.
    fn protection(addr: *const u8) -> region::Protection {
        region::query(addr).expect("query mapping").protection()
    }

    #[test]
    fn new_reports_size_and_maximum() {
        let m = LinearMemory::new(2, Some(10), LIMIT, GUARDED).expect("memory");
        assert_eq!(m.pages(), 2);
        assert_eq!(m.size_bytes(), 2 * PAGE);
        assert_eq!(m.maximum_pages(), 10);
        assert_eq!(m.reserved as u64, GUARDED_RESERVATION);

        let m = LinearMemory::new(0, None, LIMIT, GUARDED).expect("memory");
        assert_eq!(m.pages(), 0);
        assert_eq!(m.size_bytes(), 0);
        assert_eq!(m.maximum_pages(), LIMIT);

        // A declared maximum above the runtime limit is capped.
        let m = LinearMemory::new(1, Some(100), 50, MEMORY64).expect("memory");
        assert_eq!(m.maximum_pages(), 50);
        assert_eq!(m.reserved, 50 * PAGE + GUARD_64 as usize);
    }

    #[test]
    fn grows_in_place_up_to_the_maximum() {
        let mut m = LinearMemory::new(1, Some(3), LIMIT, GUARDED).expect("memory");
        let base = m.base();
        assert_eq!(m.grow(0), Some(1));
        assert_eq!(m.grow(2), Some(1));
        assert_eq!(m.base(), base);
        assert_eq!(m.pages(), 3);
        assert_eq!(m.size_bytes(), 3 * PAGE);
        assert_eq!(m.grow(1), None);
        assert_eq!(m.grow(u64::MAX), None);
        assert_eq!(m.pages(), 3);
        assert_eq!(m.grow(0), Some(3));
    }

    #[test]
    fn last_byte_is_usable_and_the_next_is_not() {
        let mut m = LinearMemory::new(1, None, LIMIT, GUARDED).expect("memory");
        for _ in 0..2 {
            let end = m.size_bytes();
            // SAFETY: [0, end) is accessible; the memory is owned by this test.
            unsafe {
                assert_eq!(*m.base().add(end - 1), 0, "fresh pages are zero");
                *m.base().add(end - 1) = 0xab;
                assert_eq!(*m.base().add(end - 1), 0xab);
                *m.base() = 0xcd;
            }
            assert!(protection(m.base().wrapping_add(end - 1)).contains(region::Protection::READ_WRITE));
            assert_eq!(protection(m.base().wrapping_add(end)), region::Protection::NONE);
            assert_eq!(protection(m.base().wrapping_add((GUARDED_RESERVATION - 1) as usize)), region::Protection::NONE);
            assert_eq!(m.grow(1), Some(end as u64 / WASM_PAGE_SIZE));
        }
        // Contents survive growth.
        // SAFETY: byte 0 and byte PAGE - 1 are accessible.
        unsafe {
            assert_eq!(*m.base(), 0xcd);
            assert_eq!(*m.base().add(PAGE - 1), 0xab);
        }
    }

    #[test]
    fn memory64_reserves_the_maximum_plus_its_guard() {
        let mut m = LinearMemory::new(0, Some(0), LIMIT, MEMORY64).expect("memory");
        assert_eq!(m.reserved as u64, GUARD_64);
        assert_eq!(m.grow(0), Some(0));
        assert_eq!(m.grow(1), None);

        let mut m = LinearMemory::new(1, Some(2), LIMIT, MEMORY64).expect("memory");
        assert_eq!(m.reserved as u64, 2 * WASM_PAGE_SIZE + GUARD_64);
        assert_eq!(m.grow(1), Some(1));
        // SAFETY: the memory is 2 pages now.
        unsafe { *m.base().add(2 * PAGE - 1) = 1 };
        assert_eq!(m.grow(1), None);
        // The size word before the base follows growth.
        // SAFETY: the 8 bytes before a 64-bit memory's base are its readable size word.
        assert_eq!(unsafe { *m.base().sub(8).cast::<u64>() }, 2 * WASM_PAGE_SIZE);
        // The last byte of the guard is reserved but inaccessible.
        let last = m.base().wrapping_add(m.reserved - 1);
        assert_eq!(protection(last), region::Protection::NONE);
    }

    #[test]
    fn rejects_minimum_above_limits() {
        let e = LinearMemory::new(70000, None, LIMIT, GUARDED).expect_err("over the limit");
        assert_eq!(e.to_string(), "memory minimum 70000 pages exceeds the limit of 65536 pages");
        let e = LinearMemory::new(5, Some(4), LIMIT, GUARDED).expect_err("over the maximum");
        assert_eq!(e.to_string(), "memory minimum 5 pages exceeds the maximum of 4 pages");
        assert!(LinearMemory::new(10, None, 5, GUARDED).is_err());
        assert!(matches!(LinearMemory::new(0, None, u64::MAX, MEMORY64), Err(MemoryError::AddressSpace { .. })));
    }

    #[test]
    fn huge_memory64_reservation_fails_cleanly() {
        // 2^47 pages = 2^63 bytes: no kernel grants that much address space.
        let pages = 1u64 << 47;
        match LinearMemory::new(0, None, pages, MEMORY64) {
            Err(MemoryError::Reserve(_)) | Err(MemoryError::AddressSpace { .. }) => {}
            other => panic!("unexpected: {other:?}"),
        }
    }

    #[test]
    fn capacity_from_max_commits_without_making_pages_accessible() {
        let style = MemoryStyle { index: IndexType::I32, capacity_from_max: true };
        let mut m = LinearMemory::new(1, Some(4), LIMIT, style).expect("memory");
        assert_eq!(m.pages(), 1);
        assert_eq!(protection(m.base()), region::Protection::READ_WRITE);
        // SAFETY: the page after the first lies inside the reservation; only queried.
        assert_eq!(protection(unsafe { m.base().add(PAGE) }), region::Protection::NONE);
        assert_eq!(m.grow(3), Some(1));
        // SAFETY: the memory is now 4 pages long, so its last byte is accessible.
        unsafe { m.base().add(4 * PAGE - 1).write(7) };
        // SAFETY: one past the maximum, inside the guarded reservation; only queried.
        assert_eq!(protection(unsafe { m.base().add(4 * PAGE) }), region::Protection::NONE);
        assert_eq!(m.grow(1), None);
        // Without a declared maximum the option changes nothing.
        let m = LinearMemory::new(0, None, LIMIT, style).expect("memory");
        assert_eq!(protection(m.base()), region::Protection::NONE);
    }

    #[test]
    fn reused_reservations_come_back_zeroed_and_inaccessible() {
        // Dirty a few memories (two pages each, one grown to three), then check that every
        // memory created afterwards, pooled or fresh, starts zeroed and ends where it should.
        for _ in 0..4 {
            let mut m = LinearMemory::new(2, None, LIMIT, GUARDED).expect("memory");
            assert_eq!(m.grow(1), Some(2));
            // SAFETY: the memory is three pages long.
            unsafe { std::ptr::write_bytes(m.base(), 0xa5, 3 * PAGE) };
        }
        for _ in 0..2 * POOL_CAPACITY {
            let m = LinearMemory::new(1, None, LIMIT, GUARDED).expect("memory");
            // SAFETY: the memory is one page long.
            let page = unsafe { std::slice::from_raw_parts(m.base(), PAGE) };
            assert!(page.iter().all(|&b| b == 0), "a reused memory kept old contents");
            // SAFETY: inside the guarded reservation; only queried.
            assert_eq!(protection(unsafe { m.base().add(PAGE) }), region::Protection::NONE);
            // SAFETY: as above.
            assert_eq!(protection(unsafe { m.base().add(2 * PAGE) }), region::Protection::NONE);
        }
    }

    #[test]
    fn small_memories_come_back_from_the_pool_open_and_zeroed() {
        // One page (zeroed by writing when it goes back, kept read+write) reused as one, two
        // and zero pages: zero everywhere, accessible exactly as far as its size.
        for initial in [1, 2, 0, 1] {
            for _ in 0..3 {
                let m = LinearMemory::new(1, None, LIMIT, GUARDED).expect("memory");
                // SAFETY: the memory is one page long.
                unsafe { std::ptr::write_bytes(m.base(), 0x3c, PAGE) };
            }
            for _ in 0..POOL_CAPACITY + 2 {
                let mut m = LinearMemory::new(initial, None, LIMIT, GUARDED).expect("memory");
                let len = initial as usize * PAGE;
                // SAFETY: the memory is `initial` pages long.
                let bytes = unsafe { std::slice::from_raw_parts(m.base(), len) };
                assert!(bytes.iter().all(|&b| b == 0), "a reused memory kept old contents");
                // SAFETY: inside the guarded reservation; only queried.
                assert_eq!(protection(unsafe { m.base().add(len) }), region::Protection::NONE, "{initial} pages");
                if initial > 0 {
                    // SAFETY: as above.
                    assert_eq!(protection(unsafe { m.base().add(len - 1) }), region::Protection::READ_WRITE);
                }
                assert_eq!(m.grow(1), Some(initial));
                // SAFETY: the memory is one page longer now.
                unsafe { std::ptr::write_bytes(m.base(), 0x5a, len + PAGE) };
            }
        }
    }

    #[test]
    fn reused_memory64_reservations_come_back_with_a_zero_bound() {
        // A 64-bit memory's reservation (maximum, guard and size-word prefix) is pooled like a
        // 32-bit one: re-creating the same type mostly finds the last one's range (other
        // tests running alongside may take it now and then), and it starts with its size
        // word and contents back at zero. An unusual maximum keeps other tests' sizes apart.
        let mut reused = 0;
        let mut last = None;
        for round in 0..100 {
            let mut m = LinearMemory::new(1, Some(77), LIMIT, MEMORY64).expect("memory");
            // SAFETY: the size word is the last 8 bytes of the read+write prefix.
            let bound = unsafe { m.base().sub(8).cast::<u64>().read() };
            assert_eq!(bound, WASM_PAGE_SIZE, "round {round}: stale bound");
            // SAFETY: the memory is one page long.
            let page = unsafe { std::slice::from_raw_parts(m.base(), PAGE) };
            assert!(page.iter().all(|&b| b == 0), "round {round}: a reused memory kept old contents");
            // SAFETY: inside the reservation; only queried.
            assert_eq!(protection(unsafe { m.base().add(PAGE) }), region::Protection::NONE);
            reused += usize::from(last == Some(m.base() as usize));
            last = Some(m.base() as usize);
            assert_eq!(m.grow(3), Some(1));
            // SAFETY: the memory is four pages long now.
            unsafe { std::ptr::write_bytes(m.base(), 0x5a, 4 * PAGE) };
        }
        assert!(reused >= 90, "only {reused} of 99 re-creations reused the pooled reservation");
    }

    #[test]
    fn the_whole_reservation_is_known_to_the_signal_handler() {
        use crate::vm::ranges::is_heap_addr;
        let m = LinearMemory::new(1, None, LIMIT, GUARDED).expect("memory");
        let base = m.base() as usize;
        assert!(is_heap_addr(base) && is_heap_addr(base + PAGE));
        assert!(is_heap_addr(base + GUARDED_RESERVATION as usize - 1));
    }
}
