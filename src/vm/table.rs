//! Tables of references. JIT code reads the [`VMTable`] (base and length) directly and
//! accesses elements inline; the Rust side grows, fills and copies through this type.
//! Elements are pointer-sized: a `*const VMFuncRef` for funcref tables, the externref's
//! bits for externref tables; 0 is null in both.

use super::vmctx::{VMFuncRef, VMTable};
use crate::ValType;
use std::any::Any;
use std::cell::UnsafeCell;
use std::sync::{Arc, Mutex};

/// Most elements a table may have, whatever its declared maximum (bounds host memory use).
const MAX_ELEMENTS: u32 = 10_000_000;

/// A table and its storage.
pub(crate) struct Table {
    vm: Box<UnsafeCell<VMTable>>,
    elements: UnsafeCell<Vec<*const VMFuncRef>>,
    /// Element type (funcref or externref).
    pub(crate) elem: ValType,
    pub(crate) max: Option<u32>,
    /// Owners of function references stored here that belong to other instances.
    keepalive: Mutex<Vec<Arc<dyn Any + Send + Sync>>>,
}

// SAFETY: element pointers refer to VMFuncRefs kept alive by `keepalive` or by the owning
// instance; mutation happens from instantiation or from calls into wasm, which Wasm
// without threads serializes per instance.
unsafe impl Send for Table {}
// SAFETY: as above.
unsafe impl Sync for Table {}

impl Table {
    pub(crate) fn new(elem: ValType, min: u32, max: Option<u32>) -> Table {
        let mut elements = vec![std::ptr::null(); min as usize];
        let vm = VMTable { base: elements.as_mut_ptr(), len: min };
        Table {
            vm: Box::new(UnsafeCell::new(vm)),
            elements: UnsafeCell::new(elements),
            elem,
            max,
            keepalive: Mutex::new(Vec::new()),
        }
    }

    /// Address of the JIT-visible descriptor.
    pub(crate) fn vm_ptr(&self) -> *mut VMTable {
        self.vm.get()
    }

    pub(crate) fn size(&self) -> u32 {
        // SAFETY: the descriptor lives as long as self.
        unsafe { (*self.vm.get()).len }
    }

    /// The elements as a mutable slice.
    ///
    /// # Safety
    /// No other reference to the elements may be live (callers are serialized by the
    /// single-threaded execution of wasm per instance).
    #[allow(clippy::mut_from_ref)]
    unsafe fn slots(&self) -> &mut Vec<*const VMFuncRef> {
        // SAFETY: guaranteed by the caller.
        unsafe { &mut *self.elements.get() }
    }

    /// Store `value` at `index`; false when out of bounds.
    pub(crate) fn set(&self, index: u32, value: *const VMFuncRef) -> bool {
        // SAFETY: a short exclusive access to the element vector.
        match unsafe { self.slots() }.get_mut(index as usize) {
            Some(slot) => {
                *slot = value;
                true
            }
            None => false,
        }
    }

    /// Grow by `delta` elements set to `init`: the old size, or None past the maximum.
    pub(crate) fn grow(&self, delta: u32, init: *const VMFuncRef) -> Option<u32> {
        let old = self.size();
        let new = old.checked_add(delta)?;
        if new > self.max.unwrap_or(u32::MAX).min(MAX_ELEMENTS) {
            return None;
        }
        // SAFETY: exclusive access while growing; the descriptor is updated to the new
        // buffer before any wasm code runs again on this thread.
        unsafe {
            let slots = self.slots();
            slots.resize(new as usize, init);
            *self.vm.get() = VMTable { base: slots.as_mut_ptr(), len: new };
        }
        Some(old)
    }

    /// `table.fill` semantics; false when out of bounds.
    pub(crate) fn fill(&self, dst: u32, value: *const VMFuncRef, len: u32) -> bool {
        // SAFETY: a short exclusive access to the element vector.
        let slots = unsafe { self.slots() };
        match slots.get_mut(dst as usize..dst as usize + len as usize) {
            Some(range) => {
                range.fill(value);
                true
            }
            None => false,
        }
    }

    /// `table.copy` semantics between `from` and `to` (possibly the same table).
    pub(crate) fn copy(to: &Table, from: &Table, dst: u32, src: u32, len: u32) -> bool {
        let (dst, src, len) = (dst as usize, src as usize, len as usize);
        if src + len > from.size() as usize || dst + len > to.size() as usize {
            return false;
        }
        // SAFETY: bounds were checked; a temporary copy handles overlap and aliasing.
        unsafe {
            let items: Vec<_> = from.slots()[src..src + len].to_vec();
            to.slots()[dst..dst + len].copy_from_slice(&items);
        }
        true
    }

    /// Write `items` at `dst`; false (nothing written) when out of bounds.
    pub(crate) fn write(&self, dst: u32, items: &[*const VMFuncRef]) -> bool {
        // SAFETY: a short exclusive access to the element vector.
        let slots = unsafe { self.slots() };
        match slots.get_mut(dst as usize..dst as usize + items.len()) {
            Some(range) => {
                range.copy_from_slice(items);
                true
            }
            None => false,
        }
    }

    /// Keep `owner` alive as long as this table (it owns references stored here).
    pub(crate) fn keep_alive(&self, owner: Arc<dyn Any + Send + Sync>) {
        let mut list = self.keepalive.lock().unwrap_or_else(|e| e.into_inner());
        if !list.iter().any(|o| Arc::ptr_eq(o, &owner)) {
            list.push(owner);
        }
    }
}
