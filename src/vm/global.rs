//! Global variables: a 16-byte cell shared by every instance that imports it.

use super::instance::Instance;
use super::vmctx::{VMFuncRef, VMGlobal};
use crate::reftype::RefKey;
use crate::ValType;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicPtr, AtomicU64, Ordering};

// The cell's low 64 bits are its first eight bytes (see `GlobalCell::half`).
#[cfg(not(target_endian = "little"))]
compile_error!("onepass supports little-endian targets only");

/// A global's storage and type.
pub(crate) struct GlobalCell {
    cell: Box<UnsafeCell<VMGlobal>>,
    pub(crate) ty: ValType,
    /// The precise reference type of a reference global (for import matching).
    pub(crate) ref_key: Option<RefKey>,
    pub(crate) mutable: bool,
    /// The instance that defined this global, set once when that instance is built. It
    /// outlives the cell: only the definer, its importers (which hold it) and
    /// [`crate::Global`] handles (which hold the module they came from, and so the
    /// definer) reach the cell. A function reference written here is first `retain`ed
    /// for it.
    definer: AtomicPtr<Instance>,
}

// SAFETY: the cell is plain data that Rust reads and writes only atomically, 8 bytes at a
// time (JIT code with whole 8-byte accesses, or 16-byte ones for a v128); a function
// reference is written only after `vm::store::retain` made its target outlive every reader.
unsafe impl Send for GlobalCell {}
// SAFETY: as above.
unsafe impl Sync for GlobalCell {}

impl GlobalCell {
    /// A cell of type `ty` holding `words` (a scalar or reference in the first, a `v128`
    /// low half first; see `Val::to_words`).
    pub(crate) fn new(ty: ValType, mutable: bool, words: [u64; 2]) -> GlobalCell {
        let bits = words[0] as u128 | (words[1] as u128) << 64;
        GlobalCell {
            cell: Box::new(UnsafeCell::new(VMGlobal { bits })),
            ty,
            ref_key: default_ref_key(ty),
            mutable,
            definer: AtomicPtr::new(std::ptr::null_mut()),
        }
    }
    /// The same cell with the precise reference type a module declared for it.
    pub(crate) fn with_ref_key(mut self, key: Option<RefKey>) -> GlobalCell {
        self.ref_key = key;
        self
    }

    /// Whether this global, exported, satisfies an import of type `ty` (`key` its
    /// reference type): the same value type and mutability; for references a subtype, or
    /// the very type when the global is mutable.
    pub(crate) fn matches_import(&self, ty: ValType, key: Option<RefKey>, mutable: bool) -> bool {
        if self.ty != ty || self.mutable != mutable {
            return false;
        }
        match (self.ref_key, key) {
            (Some(have), Some(want)) if mutable => have == want,
            (Some(have), Some(want)) => have.is_subtype_of(want),
            (have, want) => have == want,
        }
    }

    /// Address of the cell for the vmctx.
    pub(crate) fn as_ptr(&self) -> *mut VMGlobal {
        self.cell.get()
    }
    /// The low 64 bits: the whole value of a scalar or reference global.
    pub(crate) fn get(&self) -> u64 {
        self.half(0).load(Ordering::Acquire)
    }
    /// The whole cell as two words, low half first (a `v128` global's value; for any
    /// other, the value and 0). The two halves are read one after the other: a `v128`
    /// written by another thread at the same moment may be seen half old, half new, as
    /// wasm code, which accesses a `v128` global without atomicity, may see it too.
    pub(crate) fn get_words(&self) -> [u64; 2] {
        [self.half(0).load(Ordering::Acquire), self.half(1).load(Ordering::Acquire)]
    }

    /// Half `index` of the cell (0: the low 64 bits, all a scalar or reference uses; 1:
    /// the high 64 bits of a `v128`), as the atomic Rust accesses it through: JIT code on
    /// other threads reads and writes the cell with plain accesses at any moment.
    fn half(&self, index: usize) -> &AtomicU64 {
        debug_assert!(index < 2);
        // SAFETY: the cell is 16 bytes, 16-byte aligned, and lives as long as self; its
        // first eight bytes are the low half on little-endian targets (x86-64, aarch64),
        // and every Rust access to either half goes through this view.
        unsafe { AtomicU64::from_ptr(self.cell.get().cast::<u64>().add(index)) }
    }

    /// Set the value's words (as `Val::to_words` gives them: a scalar or reference in the
    /// first, the second 0; a `v128` low half first); a function reference is first
    /// retained for the definer.
    pub(crate) fn set(&self, words: [u64; 2]) {
        if self.ty == ValType::FuncRef {
            super::store::retain_for(self.definer(), words[0] as *const VMFuncRef);
        }
        if self.ty == ValType::V128 {
            self.half(1).store(words[1], Ordering::Release);
        }
        // (The high half of any other global stays zero.)
        self.half(0).store(words[0], Ordering::Release);
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

/// The reference type of a global or table of value type `ty` when nothing more precise is
/// known (one the host made): `funcref`, `externref` or `anyref`.
pub(crate) fn default_ref_key(ty: ValType) -> Option<RefKey> {
    match ty {
        ValType::FuncRef => Some(RefKey::FUNCREF),
        ValType::ExternRef => Some(RefKey::EXTERNREF),
        ValType::AnyRef => Some(RefKey::ANYREF),
        _ => None,
    }
}
