//! The value stack (Liftoff-style): where each operand of the Wasm stack lives while the
//! compiler walks the body.

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

/// The value stack: one [`Entry`] per Wasm operand, plus what makes the compiler's walks
/// over it linear in the body size and spills find their victim at once.
///
/// Invariants it keeps: no entry below [`ValueStack::regs_from`] is in a register, none
/// below [`ValueStack::locals_from`] is a lazy local read (both marks only rise through
/// [`ValueStack::mark_no_regs`] and [`ValueStack::mark_no_locals`], after a walk settled
/// the entries, and fall with the stack); and the entry holding a register is the latest
/// pushed in it, if any (see [`ValueStack::holder_of`]).
pub(crate) struct ValueStack {
    entries: Vec<Entry>,
    /// Depth of the latest entry pushed in each register (by [`Reg::index`]); the
    /// register's owner when that entry still holds it.
    reg_depth: [u32; 64],
    /// No entry below this depth is in a register.
    no_regs_below: usize,
    /// No entry below this depth is a lazy local read.
    no_locals_below: usize,
}

impl ValueStack {
    /// An empty stack reusing `entries`' allocation.
    pub(crate) fn new(mut entries: Vec<Entry>) -> ValueStack {
        entries.clear();
        ValueStack { entries, reg_depth: [0; 64], no_regs_below: 0, no_locals_below: 0 }
    }

    /// The allocation, for the next function.
    pub(crate) fn into_vec(self) -> Vec<Entry> {
        self.entries
    }

    /// Number of entries.
    #[inline(always)]
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }

    /// Push `entry` (inlined: an entry passed by reference was stored field by field and
    /// read back whole, a store-forwarding stall that made this the hottest instruction of
    /// the compiler).
    #[inline(always)]
    pub(crate) fn push(&mut self, entry: Entry) {
        if let Loc::Reg(r) = entry.loc {
            self.reg_depth[r.index()] = self.entries.len() as u32;
        }
        self.entries.push(entry);
    }

    /// Pop the top entry (the body is validated: there is one).
    #[inline]
    pub(crate) fn pop(&mut self) -> Entry {
        let entry = self.entries.pop().expect("validated: value stack underflow");
        let len = self.entries.len();
        self.no_regs_below = self.no_regs_below.min(len);
        self.no_locals_below = self.no_locals_below.min(len);
        entry
    }

    /// The top entry.
    #[inline]
    pub(crate) fn top(&self) -> Entry {
        *self.entries.last().expect("validated: value stack underflow")
    }

    /// The entry `n` places from the top (0 = top).
    #[inline]
    pub(crate) fn peek(&self, n: usize) -> Entry {
        self.entries[self.entries.len() - 1 - n]
    }

    /// The entry at `depth` (0 = bottom).
    #[inline]
    pub(crate) fn at(&self, depth: usize) -> Entry {
        self.entries[depth]
    }

    /// Record that the entry at `depth` now lives in its home slot.
    #[inline]
    pub(crate) fn to_slot(&mut self, depth: usize) {
        self.entries[depth].loc = Loc::Slot;
    }

    /// Record that the entry at `depth` now lives in `reg` (which it owns).
    #[inline]
    pub(crate) fn to_reg(&mut self, depth: usize, reg: Reg) {
        self.entries[depth].loc = Loc::Reg(reg);
        self.reg_depth[reg.index()] = depth as u32;
        self.no_regs_below = self.no_regs_below.min(depth);
    }

    /// Depth of the entry that owns `reg`, if one does: the latest pushed in it, if it
    /// still holds it (it may have been popped, or spilled, since).
    #[inline]
    pub(crate) fn holder_of(&self, reg: Reg) -> Option<usize> {
        let depth = self.reg_depth[reg.index()] as usize;
        self.entries.get(depth).is_some_and(|e| e.loc == Loc::Reg(reg)).then_some(depth)
    }

    /// Where a walk for register entries starts (none lies below).
    #[inline]
    pub(crate) fn regs_from(&self) -> usize {
        self.no_regs_below
    }

    /// Where a walk for lazy local reads starts (none lies below).
    #[inline]
    pub(crate) fn locals_from(&self) -> usize {
        self.no_locals_below
    }

    /// After a walk moved every register entry out of registers.
    #[inline]
    pub(crate) fn mark_no_regs(&mut self) {
        debug_assert!(self.entries[self.no_regs_below..].iter().all(|e| !matches!(e.loc, Loc::Reg(_))));
        self.no_regs_below = self.entries.len();
    }

    /// After a walk settled every lazy local read below `first_left` (all, if `None`).
    #[inline]
    pub(crate) fn mark_no_locals(&mut self, first_left: Option<usize>) {
        let mark = first_left.unwrap_or(self.entries.len());
        let walked = self.no_locals_below.min(mark)..mark;
        debug_assert!(self.entries[walked].iter().all(|e| !matches!(e.loc, Loc::Local(_))));
        self.no_locals_below = mark;
    }
}
