//! Codegen for `select`: a conditional move (on a comparison the operator before left
//! unevaluated, where the ISA has one for the operands' class).

use super::context::CodeGen;
use super::control_stack::Condition;
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
}
