//! Codegen for the fixed-width SIMD operators (`v128`). A `v128` lives in a float/vector
//! register and in 16-byte slots: a function compiled with narrow slots that meets a SIMD
//! operator is abandoned and compiled again with wide ones (see `driver`).

use super::context::CodeGen;
use super::value_stack::Entry;
use super::{CompileError, Ty};
use onepass_arch::{Lanes::*, MacroAssembler, RegClass, Signedness, V128BinOp};
use wasmparser::Operator as Op;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Compile one SIMD operator.
    pub(crate) fn visit_simd(&mut self, op: &Op<'_>) -> Result<(), CompileError> {
        if !self.reachable {
            // No SIMD operator opens or closes a block.
            return Ok(());
        }
        if !self.frame.has_wide_slots() {
            self.needs_wide_slots = true;
            return Err(self.unsupported("SIMD in a function compiled with narrow slots"));
        }
        match *op {
            Op::V128Const { value } => {
                let r = self.alloc(RegClass::Float);
                self.masm.v128_const(r, u128::from_le_bytes(*value.bytes()));
                self.push(Entry::reg(Ty::V128, r));
            }
            Op::V128Load { memarg } => self.load(Ty::V128, 16, Signedness::Unsigned, memarg.offset),
            Op::V128Store { memarg } => self.store(Ty::V128, 16, memarg.offset),

            Op::I8x16Add => self.v128_binop(V128BinOp::Add(I8x16)),
            Op::I16x8Add => self.v128_binop(V128BinOp::Add(I16x8)),
            Op::I32x4Add => self.v128_binop(V128BinOp::Add(I32x4)),
            Op::I64x2Add => self.v128_binop(V128BinOp::Add(I64x2)),
            Op::I8x16Sub => self.v128_binop(V128BinOp::Sub(I8x16)),
            Op::I16x8Sub => self.v128_binop(V128BinOp::Sub(I16x8)),
            Op::I32x4Sub => self.v128_binop(V128BinOp::Sub(I32x4)),
            Op::I64x2Sub => self.v128_binop(V128BinOp::Sub(I64x2)),
            Op::V128And => self.v128_binop(V128BinOp::And),
            Op::V128Or => self.v128_binop(V128BinOp::Or),
            Op::V128Xor => self.v128_binop(V128BinOp::Xor),
            Op::V128AndNot => self.v128_binop(V128BinOp::AndNot),
            Op::V128Not => {
                let dst = self.pop_reg();
                self.masm.v128_not(dst);
                self.push_reg(Ty::V128, dst);
            }
            ref other => return Err(self.unsupported(&format!("operator {other:?}"))),
        }
        Ok(())
    }

    /// `dst = lhs op rhs` on two `v128`s.
    fn v128_binop(&mut self, op: V128BinOp) {
        let rhs = self.pop_reg();
        let dst = self.pop_reg();
        self.masm.v128_binop(op, dst, rhs);
        self.free_operand(onepass_arch::Operand::Reg(rhs));
        self.push_reg(Ty::V128, dst);
    }
}
