//! Global variables: a 16-byte cell shared by every instance that imports it.

use super::instance::Instance;
use super::vmctx::{VMFuncRef, VMGlobal};
use crate::ValType;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};

// The cell's low 64 bits are its first eight bytes (see `GlobalCell::low_bits`).
#[cfg(not(target_endian = "little"))]
compile_error!("onepass supports little-endian targets only");

/// A global's storage and type.
pub(crate) struct GlobalCell {
    cell: Box<UnsafeCell<VMGlobal>>,
    pub(crate) ty: ValType,
    pub(crate) mutable: bool,
    /// The instance that defined this global, set once when that instance is built. It
    /// outlives the cell: only the definer, its importers (which hold it) and
    /// [`crate::Global`] handles (which hold the module they came from, and so the
    /// definer) reach the cell. A function reference written here is first `retain`ed
    /// for it.
    definer: AtomicPtr<Instance>,
}

// SAFETY: the cell is plain data that Rust reads and writes only atomically (JIT code with
// whole 8-byte accesses); a function reference is written only after `vm::store::retain`
// made its target outlive every reader.
unsafe impl Send for GlobalCell {}
// SAFETY: as above.
unsafe impl Sync for GlobalCell {}

impl GlobalCell {
    pub(crate) fn new(ty: ValType, mutable: bool, bits: u64) -> GlobalCell {
        GlobalCell {
            cell: Box::new(UnsafeCell::new(VMGlobal { bits: bits as u128 })),
            ty,
            mutable,
            definer: AtomicPtr::new(std::ptr::null_mut()),
        }
    }
    /// Address of the cell for the vmctx.
    pub(crate) fn as_ptr(&self) -> *mut VMGlobal {
        self.cell.get()
    }
    pub(crate) fn get(&self) -> u64 {
        self.low_bits().load(Ordering::Acquire)
    }

    /// The low 64 bits of the cell (all a scalar or reference uses), as the atomic Rust
    /// accesses them through: JIT code on other threads reads and writes the cell with
    /// plain 8-byte accesses at any moment.
    fn low_bits(&self) -> &AtomicU64 {
        // SAFETY: the cell is 16-byte aligned and lives as long as self; its first eight
        // bytes are the low half on little-endian targets (x86-64, aarch64), and every
        // Rust access to them goes through this view.
        unsafe { AtomicU64::from_ptr(self.cell.get().cast::<u64>()) }
    }

    /// Set the value's bits; a function reference is first retained for the definer.
    pub(crate) fn set(&self, bits: u64) {
        if self.ty == ValType::FuncRef {
            super::store::retain_for(self.definer(), bits as *const VMFuncRef);
        }
        // (The high half stays zero: nothing writes it before v128 globals exist.)
        self.low_bits().store(bits, Ordering::Release);
    }

    /// Record the instance that defined this global (once, right after that instance is
    /// built, before any code runs). A reference the global already holds (its initial
    /// value) is retained for it now.
    pub(crate) fn set_definer(&self, definer: *const Instance) {
        self.definer.store(definer.cast_mut(), Ordering::Release);
        if self.ty == ValType::FuncRef {
            super::store::retain_for(definer, self.get() as *const VMFuncRef);
        }
    }

    /// The instance that defined this global.
    pub(crate) fn definer(&self) -> *const Instance {
        self.definer.load(Ordering::Acquire)
    }
}
