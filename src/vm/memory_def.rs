//! A linear memory as instances share it: the reservation plus the JIT-visible
//! [`VMMemory`] (base and current size) that `memory.size` reads.

use super::memory::{IndexType, LinearMemory};
use super::vmctx::VMMemory;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Whether a memory may be used by several threads at once (the threads proposal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Sharing {
    /// Declared without `shared`: imports must be unshared too, and
    /// `memory.atomic.wait32/64` traps on it.
    Unshared,
    /// Declared `shared` (it has a maximum, and imports must be shared too).
    Shared,
}

impl Sharing {
    /// The sharing a memory type declares.
    pub(crate) fn of(shared: bool) -> Sharing {
        if shared {
            Sharing::Shared
        } else {
            Sharing::Unshared
        }
    }
}

/// A linear memory shared by the instances that define or import it.
pub(crate) struct Memory {
    linear: Mutex<LinearMemory>,
    vm: Box<UnsafeCell<VMMemory>>,
    pub(crate) max: Option<u64>,
    /// The memory's address type: imports must match it, and a 64-bit memory's accesses
    /// are bounds-checked by compiled code.
    pub(crate) index: IndexType,
    /// Whether it is shared.
    pub(crate) sharing: Sharing,
}

// SAFETY: growth is serialized by the mutex; the VMMemory is only written under it and
// read by JIT code as plain data; the reservation never moves.
unsafe impl Send for Memory {}
// SAFETY: as above.
unsafe impl Sync for Memory {}

impl Memory {
    pub(crate) fn new(linear: LinearMemory, max: Option<u64>, sharing: Sharing) -> Memory {
        let vm = VMMemory { base: linear.base(), size: linear.size_bytes() };
        let index = linear.index_type();
        Memory { linear: Mutex::new(linear), vm: Box::new(UnsafeCell::new(vm)), max, index, sharing }
    }
    /// Address of the JIT-visible descriptor.
    pub(crate) fn vm_ptr(&self) -> *mut VMMemory {
        self.vm.get()
    }
    pub(crate) fn base(&self) -> *mut u8 {
        // SAFETY: the descriptor lives as long as self.
        unsafe { (*self.vm.get()).base }
    }
    /// The descriptor's size, as the atomic it is: a shared memory grows on one thread
    /// while others read its size (JIT code with plain loads).
    fn size_cell(&self) -> &AtomicUsize {
        // SAFETY: `size` is an aligned usize of the descriptor, which lives as long as
        // self; Rust reaches it only through this atomic view.
        unsafe { AtomicUsize::from_ptr(std::ptr::addr_of_mut!((*self.vm.get()).size)) }
    }
    /// Accessible size in bytes.
    pub(crate) fn size(&self) -> usize {
        self.size_cell().load(Ordering::Acquire)
    }
    /// Grow by `delta` pages; the old size in pages, or None. The new pages are
    /// accessible before the new size is published (release), so a thread that sees the
    /// size can use every byte below it.
    pub(crate) fn grow(&self, delta: u64) -> Option<u64> {
        let mut linear = self.linear.lock().unwrap_or_else(|e| e.into_inner());
        let old = linear.grow(delta)?;
        self.size_cell().store(linear.size_bytes(), Ordering::Release);
        Some(old)
    }
    /// Map a module's memory image over this fresh memory (see `vm::image`).
    pub(crate) fn map_image(&self, image: &super::image::MemoryImage) -> std::io::Result<()> {
        self.linear.lock().unwrap_or_else(|e| e.into_inner()).map_image(image)
    }
    /// Copy `data` to `offset`; false when it does not fit.
    pub(crate) fn write(&self, offset: u64, data: &[u8]) -> bool {
        let Some(end) = offset.checked_add(data.len() as u64) else {
            return false;
        };
        if end > self.size() as u64 {
            return false;
        }
        // SAFETY: [offset, end) is inside the accessible part of the mapping.
        unsafe { std::ptr::copy_nonoverlapping(data.as_ptr(), self.base().add(offset as usize), data.len()) };
        true
    }
    /// `memory.copy` semantics (overlap allowed); false when either range is out of bounds.
    pub(crate) fn copy_within(&self, dst: u64, src: u64, len: u64) -> bool {
        let size = self.size() as u64;
        if !fits(dst, len, size) || !fits(src, len, size) {
            return false;
        }
        // SAFETY: both ranges are inside the accessible memory; ptr::copy allows overlap.
        unsafe { std::ptr::copy(self.base().add(src as usize), self.base().add(dst as usize), len as usize) };
        true
    }

    /// `memory.copy` from another memory `src_memory` (which is not `self`); false when
    /// either range is out of bounds.
    pub(crate) fn copy_from(&self, dst: u64, src_memory: &Memory, src: u64, len: u64) -> bool {
        if !fits(dst, len, self.size() as u64) || !fits(src, len, src_memory.size() as u64) {
            return false;
        }
        // SAFETY: both ranges are inside their memories' accessible parts, and two
        // memories never overlap (each is its own reservation).
        unsafe {
            std::ptr::copy_nonoverlapping(
                src_memory.base().add(src as usize),
                self.base().add(dst as usize),
                len as usize,
            )
        };
        true
    }

    /// `memory.fill` semantics; false when out of bounds.
    pub(crate) fn fill(&self, dst: u64, value: u8, len: u64) -> bool {
        if !fits(dst, len, self.size() as u64) {
            return false;
        }
        // SAFETY: the range is inside the accessible memory.
        unsafe { std::ptr::write_bytes(self.base().add(dst as usize), value, len as usize) };
        true
    }

    /// Copy from `offset` into `out`; false when out of bounds.
    pub(crate) fn read(&self, offset: u64, out: &mut [u8]) -> bool {
        let Some(end) = offset.checked_add(out.len() as u64) else {
            return false;
        };
        if end > self.size() as u64 {
            return false;
        }
        // SAFETY: [offset, end) is inside the accessible part of the mapping.
        unsafe { std::ptr::copy_nonoverlapping(self.base().add(offset as usize), out.as_mut_ptr(), out.len()) };
        true
    }
}

/// Whether `[start, start + len)` lies within `size` bytes, without overflow whatever the
/// inputs.
fn fits(start: u64, len: u64, size: u64) -> bool {
    start.checked_add(len).is_some_and(|end| end <= size)
}
