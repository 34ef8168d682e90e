//! Global variables: a 16-byte cell shared by every instance that imports it.

use super::vmctx::VMGlobal;
use crate::ValType;
use std::any::Any;
use std::cell::UnsafeCell;
use std::sync::{Arc, Mutex};

/// A global's storage and type.
pub(crate) struct GlobalCell {
    cell: Box<UnsafeCell<VMGlobal>>,
    pub(crate) ty: ValType,
    pub(crate) mutable: bool,
    /// Owners of function references this global may hold that belong to other instances.
    keepalive: Mutex<Vec<Arc<dyn Any + Send + Sync>>>,
}

// SAFETY: the cell is plain data; concurrent wasm access to a global is a data race only
// in the sense Wasm without threads permits (no memory unsafety for integer cells).
unsafe impl Send for GlobalCell {}
// SAFETY: as above.
unsafe impl Sync for GlobalCell {}

impl GlobalCell {
    pub(crate) fn new(ty: ValType, mutable: bool, bits: u64) -> GlobalCell {
        GlobalCell {
            cell: Box::new(UnsafeCell::new(VMGlobal { bits: bits as u128 })),
            ty,
            mutable,
            keepalive: Mutex::new(Vec::new()),
        }
    }
    /// Address of the cell for the vmctx.
    pub(crate) fn as_ptr(&self) -> *mut VMGlobal {
        self.cell.get()
    }
    pub(crate) fn get(&self) -> u64 {
        // SAFETY: the cell lives as long as self; reads of plain data.
        unsafe { (*self.cell.get()).bits as u64 }
    }
    pub(crate) fn set(&self, bits: u64) {
        // SAFETY: as in `get`.
        unsafe { (*self.cell.get()).bits = bits as u128 }
    }

    /// Keep `owner` alive as long as this global (it may hold references into it).
    pub(crate) fn keep_alive(&self, owner: Arc<dyn Any + Send + Sync>) {
        super::table::push_unique(&self.keepalive, owner);
    }
}
