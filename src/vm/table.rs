//! Tables of function references. JIT code reads the [`VMTable`] (base and length)
//! directly; the Rust side changes elements through this type.

use super::vmctx::{VMFuncRef, VMTable};
use std::any::Any;
use std::cell::UnsafeCell;
use std::sync::{Arc, Mutex};

/// A table and its storage.
pub(crate) struct Table {
    vm: Box<UnsafeCell<VMTable>>,
    elements: UnsafeCell<Vec<*const VMFuncRef>>,
    pub(crate) min: u32,
    pub(crate) max: Option<u32>,
    /// Owners of function references stored here that belong to other instances.
    keepalive: Mutex<Vec<Arc<dyn Any + Send + Sync>>>,
}

// SAFETY: element pointers refer to VMFuncRefs kept alive by `keepalive` or by the owning
// instance; mutation happens through &self only from instantiation or host calls, which
// Wasm 1.0/2.0 without threads serializes per instance.
unsafe impl Send for Table {}
// SAFETY: as above.
unsafe impl Sync for Table {}

impl Table {
    pub(crate) fn new(min: u32, max: Option<u32>) -> Table {
        let mut elements = vec![std::ptr::null(); min as usize];
        let vm = VMTable { base: elements.as_mut_ptr(), len: min };
        Table {
            vm: Box::new(UnsafeCell::new(vm)),
            elements: UnsafeCell::new(elements),
            min,
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
    pub(crate) fn get(&self, index: u32) -> Option<*const VMFuncRef> {
        // SAFETY: reading the element vector owned by self.
        unsafe { (&*self.elements.get()).get(index as usize).copied() }
    }
    /// Store `value` at `index`; false when out of bounds.
    pub(crate) fn set(&self, index: u32, value: *const VMFuncRef) -> bool {
        // SAFETY: in-bounds write to the vector owned by self (bounds checked by get_mut).
        unsafe {
            match (&mut *self.elements.get()).get_mut(index as usize) {
                Some(slot) => {
                    *slot = value;
                    true
                }
                None => false,
            }
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
