//! Register allocation over the value stack: a free set per class and round-robin spill
//! victims. A register belongs to at most one stack entry (or to the operation in
//! progress, between popping its operands and pushing its result).

use onepass_arch::{Reg, RegClass, RegSet};

/// Free registers and the spill cursor.
pub(crate) struct RegAlloc {
    /// Registers not owned by anything.
    pub(crate) free: RegSet,
    int_regs: &'static [Reg],
    float_regs: &'static [Reg],
    cursor: [usize; 2],
}

impl RegAlloc {
    pub(crate) fn new(int_regs: &'static [Reg], float_regs: &'static [Reg]) -> RegAlloc {
        let mut free = RegSet::from_regs(int_regs);
        free.0 |= RegSet::from_regs(float_regs).0;
        RegAlloc { free, int_regs, float_regs, cursor: [0, 0] }
    }

    fn class_regs(&self, class: RegClass) -> &'static [Reg] {
        match class {
            RegClass::Int => self.int_regs,
            RegClass::Float => self.float_regs,
        }
    }

    /// Take a free register of `class`, avoiding `avoid`.
    pub(crate) fn take_free(&mut self, class: RegClass, avoid: RegSet) -> Option<Reg> {
        let reg = self.class_regs(class).iter().copied().find(|&r| self.free.contains(r) && !avoid.contains(r))?;
        self.free.remove(reg);
        Some(reg)
    }

    /// Candidates for spilling, in round-robin order starting after the last victim.
    pub(crate) fn spill_order(&mut self, class: RegClass) -> impl Iterator<Item = Reg> {
        let regs = self.class_regs(class);
        let c = class as usize;
        let start = self.cursor[c];
        self.cursor[c] = (start + 1) % regs.len();
        (0..regs.len()).map(move |i| regs[(start + i) % regs.len()])
    }

    /// Return `reg` to the free set.
    pub(crate) fn release(&mut self, reg: Reg) {
        debug_assert!(!self.free.contains(reg), "double free of {reg:?}");
        self.free.insert(reg);
    }

    /// Whether `reg` is allocatable at all.
    pub(crate) fn is_allocatable(&self, reg: Reg) -> bool {
        self.class_regs(reg.class).contains(&reg)
    }
}
