//! Codegen for `select`: a conditional move (on a comparison the operator before left
//! unevaluated, where the ISA has one for the operands' class).

use super::context::CodeGen;
use super::control_stack::Condition;
use super::value_stack::Loc;
use onepass_arch::*;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// `select`: `cond ? a : b`.
    pub(crate) fn select(&mut self, cond: Option<Condition>) {
        let cond = match cond {
            Some(c) => c,
            None => Condition::NonZero(self.pop_operand()),
        };
        let ty = self.peek_ty(0);
        let alt = self.pop_operand();
        if let (Condition::Compare(test), Operand::Reg(a)) = (cond, alt) {
            if self.select_into_alternative(test, ty, a) {
                return;
            }
        }
        let dst = self.pop_reg();
        match cond {
            Condition::NonZero(Operand::Imm(imm)) => {
                if imm.bits() == 0 {
                    self.masm.mov(ty.size(), dst, alt);
                }
            }
            Condition::NonZero(c) => {
                self.masm.select(ty.size(), dst, alt, c);
                self.free_operand(c);
            }
            Condition::Compare(test) => {
                // (A branching form leaves registers as the compiler knows them on both
                // paths: `dst` holds no local.)
                self.masm.cmp_select(test, ty.size(), dst, alt);
                self.free_operand(Operand::Reg(test.lhs));
                self.free_operand(test.rhs);
            }
        }
        self.free_operand(alt);
        self.push_reg(ty, dst);
    }

    /// `select` on an integer comparison whose first value (now on top) keeps its
    /// register (a loop home, a local read again soon), so that it would be copied to a new
    /// register to become the result, while the alternative's register `alt` may change:
    /// the result goes to `alt` instead, under the negated comparison (`test ? v : a` is
    /// `!test ? a : v`). No register is taken, so none is spilled or taken from a loop
    /// home (polybench floyd-warshall's `min` stored and reloaded its loop counter at every
    /// `select`). `false`, with nothing done, when that does not apply.
    fn select_into_alternative(&mut self, test: Comparison, ty: super::Ty, alt: Reg) -> bool {
        let (Some(negated), Loc::Reg(value)) = (test.cmp.negate(), self.stack.top().loc) else { return false };
        // `alt` may be shared with the comparison (a lazy read of its local, once or for
        // both operands): that reads it before the conditional move writes it. Any other
        // owner keeps it.
        let test_reads = (test.lhs == alt) as u32 + (test.rhs == Operand::Reg(alt)) as u32;
        let shared_with_test = test_reads > 0 && self.regs.sharers(alt) == test_reads;
        let alt_keeps = if shared_with_test { self.keeps_own_local(alt) } else { self.keeps_local(alt) };
        if !self.keeps_local(value) || alt_keeps || !self.regs.is_allocatable(alt) {
            return false;
        }
        let value = self.pop_operand();
        // `alt` is changed: it no longer holds a local (stored first if it held one unstored).
        self.forget_local_in(alt);
        self.masm.cmp_select(Comparison { cmp: negated, ..test }, ty.size(), alt, value);
        self.free_operand(Operand::Reg(test.lhs));
        self.free_operand(test.rhs);
        self.free_operand(value);
        self.push_reg(ty, alt);
        true
    }
}
