//! Codegen for `select`: a conditional move, or a compare-and-branch around a move when the
//! condition is a comparison the operator before left unevaluated.

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
            compare => {
                let skip = self.masm.new_label();
                self.branch_on(compare, skip, JumpWhen::True);
                self.masm.mov(ty.size(), dst, alt);
                // Both paths reach `skip` knowing the same of registers (`dst` holds no local).
                self.masm.bind(skip);
            }
        }
        self.free_operand(alt);
        self.push_reg(ty, dst);
    }
}
