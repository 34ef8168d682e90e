//! aarch64 lowering of the `v128` operations (NEON).

use super::*;

impl VectorAssembler for Aarch64Masm {
    fn v128_const(&mut self, dst: Reg, bits: u128) {
        let d = dst.hw;
        let (lo, hi) = (bits as u64, (bits >> 64) as u64);
        if bits == 0 {
            asm!(self.ops; movi V(d).D2, 0);
        } else if bits == u128::MAX {
            asm!(self.ops; movi V(d).D2, 0xffff_ffff_ffff_ffff);
        } else {
            // fmov from a general register zeroes the upper half.
            self.mov_imm(OperandSize::S64, S1, lo);
            asm!(self.ops; fmov D(d), X(S1));
            if hi != 0 {
                self.mov_imm(OperandSize::S64, S1, hi);
                asm!(self.ops; mov V(d).D[1], X(S1));
            }
        }
    }

    fn v128_binop(&mut self, op: V128BinOp, dst: Reg, rhs: Reg) {
        let (d, r) = (dst.hw, rhs.hw);
        use Lanes::*;
        match op {
            V128BinOp::Add(I8x16) => asm!(self.ops; add V(d).B16, V(d).B16, V(r).B16),
            V128BinOp::Add(I16x8) => asm!(self.ops; add V(d).H8, V(d).H8, V(r).H8),
            V128BinOp::Add(I32x4) => asm!(self.ops; add V(d).S4, V(d).S4, V(r).S4),
            V128BinOp::Add(I64x2) => asm!(self.ops; add V(d).D2, V(d).D2, V(r).D2),
            V128BinOp::Sub(I8x16) => asm!(self.ops; sub V(d).B16, V(d).B16, V(r).B16),
            V128BinOp::Sub(I16x8) => asm!(self.ops; sub V(d).H8, V(d).H8, V(r).H8),
            V128BinOp::Sub(I32x4) => asm!(self.ops; sub V(d).S4, V(d).S4, V(r).S4),
            V128BinOp::Sub(I64x2) => asm!(self.ops; sub V(d).D2, V(d).D2, V(r).D2),
            V128BinOp::And => asm!(self.ops; and V(d).B16, V(d).B16, V(r).B16),
            V128BinOp::Or => asm!(self.ops; orr V(d).B16, V(d).B16, V(r).B16),
            V128BinOp::Xor => asm!(self.ops; eor V(d).B16, V(d).B16, V(r).B16),
            V128BinOp::AndNot => asm!(self.ops; bic V(d).B16, V(d).B16, V(r).B16),
        }
    }

    fn v128_not(&mut self, dst: Reg) {
        let d = dst.hw;
        asm!(self.ops; mvn V(d).B16, V(d).B16);
    }
}
