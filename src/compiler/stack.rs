//! Value-stack entries (Liftoff-style): where each operand of the Wasm stack lives while
//! the compiler walks the body.

use super::Ty;
use onepass_arch::{Imm, Reg};

/// Where a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Loc {
    /// A constant not yet materialized.
    Const(Imm),
    /// In a register owned by this entry.
    Reg(Reg),
    /// Still in local `n` (a lazy `local.get`).
    Local(u32),
    /// In the home slot of this entry's stack depth.
    Slot,
}

/// One value-stack entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub(crate) ty: Ty,
    pub(crate) loc: Loc,
}

impl Entry {
    pub(crate) fn reg(ty: Ty, reg: Reg) -> Entry {
        Entry { ty, loc: Loc::Reg(reg) }
    }
    pub(crate) fn slot(ty: Ty) -> Entry {
        Entry { ty, loc: Loc::Slot }
    }
    pub(crate) fn constant(ty: Ty, imm: Imm) -> Entry {
        Entry { ty, loc: Loc::Const(imm) }
    }
}
