//! Register allocation over the value stack: a free set per class and round-robin spill
//! victims. A register belongs to at most one stack entry (or to the operation in
//! progress, between popping its operands and pushing its result), and may besides be
//! *shared* once or twice: read by the operation in progress as a lazy `local.get` of the
//! local it holds (see `CodeGen::read_local_in_reg`), so that it takes one release more
//! per sharer to free.

use onepass_arch::{Reg, RegClass, RegSet};

/// Whether `regs` are in increasing [`Reg::index`] order (what [`RegAlloc::take_free`]
/// relies on).
fn in_index_order(regs: &[Reg]) -> bool {
    regs.windows(2).all(|pair| pair[0].index() < pair[1].index())
}

/// Free registers and the spill cursor.
pub(crate) struct RegAlloc {
    /// Registers not owned by anything.
    free: RegSet,
    /// Taken registers with a second owner: the operation in progress reads them as a lazy
    /// read of the local they hold. Releasing one of these only ends the sharing.
    shared: RegSet,
    /// Those of `shared` with a third owner, a second such read (`x + x` while the value
    /// `x` was set from is still on the stack). Releasing one ends that sharing first.
    shared_twice: RegSet,
    int_regs: &'static [Reg],
    float_regs: &'static [Reg],
    cursor: [usize; 2],
}

impl RegAlloc {
    pub(crate) fn new(int_regs: &'static [Reg], float_regs: &'static [Reg]) -> RegAlloc {
        debug_assert!(in_index_order(int_regs) && in_index_order(float_regs), "allocation order is index order");
        let mut free = RegSet::from_regs(int_regs);
        free.0 |= RegSet::from_regs(float_regs).0;
        RegAlloc {
            free,
            shared: RegSet::default(),
            shared_twice: RegSet::default(),
            int_regs,
            float_regs,
            cursor: [0, 0],
        }
    }

    fn class_regs(&self, class: RegClass) -> &'static [Reg] {
        match class {
            RegClass::Int => self.int_regs,
            RegClass::Float => self.float_regs,
        }
    }

    /// Take a free register of `class`, avoiding `avoid`: the first in allocation order,
    /// which is increasing [`Reg::index`] order on every ISA (checked in [`RegAlloc::new`]
    /// in debug builds and by a unit test), so one bit scan finds it.
    #[inline]
    pub(crate) fn take_free(&mut self, class: RegClass, avoid: RegSet) -> Option<Reg> {
        // Ints are bits 0..32 of a register set, floats 32..64.
        let half = match class {
            RegClass::Int => 0xffff_ffff,
            RegClass::Float => 0xffff_ffff << 32,
        };
        let candidates = self.free.0 & !avoid.0 & half;
        if candidates == 0 {
            return None;
        }
        let reg = Reg::from_index(candidates.trailing_zeros() as usize);
        self.free.remove(reg);
        Some(reg)
    }

    /// Whether a register of `class` not in `avoid` is free.
    #[inline]
    pub(crate) fn any_free(&self, class: RegClass, avoid: RegSet) -> bool {
        let half = match class {
            RegClass::Int => 0xffff_ffff,
            RegClass::Float => 0xffff_ffff << 32,
        };
        self.free.0 & !avoid.0 & half != 0
    }

    /// Candidates for spilling, in round-robin order starting after the last victim.
    pub(crate) fn spill_order(&mut self, class: RegClass) -> impl Iterator<Item = Reg> {
        let regs = self.class_regs(class);
        let c = class as usize;
        let start = self.cursor[c];
        self.cursor[c] = (start + 1) % regs.len();
        (0..regs.len()).map(move |i| regs[(start + i) % regs.len()])
    }

    /// Take `reg` if it is free.
    pub(crate) fn take(&mut self, reg: Reg) -> bool {
        let free = self.free.contains(reg);
        self.free.remove(reg);
        free
    }

    /// Whether `reg` is free.
    pub(crate) fn is_free(&self, reg: Reg) -> bool {
        self.free.contains(reg)
    }

    /// Return `reg` to the free set; for a shared register, end one sharing instead (the
    /// other owners still have it).
    pub(crate) fn release(&mut self, reg: Reg) {
        debug_assert!(!self.free.contains(reg), "double free of {reg:?}");
        if self.shared_twice.contains(reg) {
            self.shared_twice.remove(reg);
        } else if self.shared.contains(reg) {
            self.shared.remove(reg);
        } else {
            self.free.insert(reg);
        }
    }

    /// Give `reg`, taken, one more owner (see [`RegAlloc::shared`]): `false`, with nothing
    /// done, when it has three already.
    pub(crate) fn share(&mut self, reg: Reg) -> bool {
        debug_assert!(!self.free.contains(reg), "{reg:?} is free");
        let set = if self.shared.contains(reg) { &mut self.shared_twice } else { &mut self.shared };
        if set.contains(reg) {
            return false;
        }
        set.insert(reg);
        true
    }

    /// How many owners `reg` has besides its first (0 to 2).
    #[inline]
    pub(crate) fn sharers(&self, reg: Reg) -> u32 {
        self.shared.contains(reg) as u32 + self.shared_twice.contains(reg) as u32
    }

    /// The registers with a second owner.
    #[inline]
    pub(crate) fn shared(&self) -> RegSet {
        self.shared
    }

    /// Whether `reg` is allocatable at all.
    pub(crate) fn is_allocatable(&self, reg: Reg) -> bool {
        self.class_regs(reg.class).contains(&reg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use onepass_arch::{aarch64::Aarch64Abi, x64::X64Abi, Abi};

    #[test]
    fn every_isa_allocates_in_register_index_order() {
        assert!(in_index_order(X64Abi::INT_REGS) && in_index_order(X64Abi::FLOAT_REGS));
        assert!(in_index_order(Aarch64Abi::INT_REGS) && in_index_order(Aarch64Abi::FLOAT_REGS));
    }

    #[test]
    fn free_registers_are_taken_first_in_order_avoiding_some() {
        let mut regs = RegAlloc::new(X64Abi::INT_REGS, X64Abi::FLOAT_REGS);
        let first = X64Abi::INT_REGS[0];
        assert_eq!(regs.take_free(RegClass::Int, RegSet::default()), Some(first));
        let avoid = RegSet::from_regs(&[X64Abi::INT_REGS[1]]);
        assert_eq!(regs.take_free(RegClass::Int, avoid), Some(X64Abi::INT_REGS[2]));
        assert_eq!(regs.take_free(RegClass::Float, RegSet::default()), Some(X64Abi::FLOAT_REGS[0]));
        for i in 3..X64Abi::INT_REGS.len() {
            assert_eq!(regs.take_free(RegClass::Int, avoid), Some(X64Abi::INT_REGS[i]));
        }
        assert_eq!(regs.take_free(RegClass::Int, avoid), None);
        assert_eq!(regs.take_free(RegClass::Int, RegSet::default()), Some(X64Abi::INT_REGS[1]));
        assert_eq!(regs.take_free(RegClass::Int, RegSet::default()), None);
    }
}
