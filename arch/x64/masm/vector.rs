//! x86-64 lowering of the `v128` operations (SSE2 and SSE4.1, the baseline).

use super::*;

/// The SSE opcode `66 0F op` (a packed-integer operation `xmm, xmm/m128`).
const fn sse66(op: &'static [u8]) -> encode::Opcode {
    encode::Opcode::new(op, OperandSize::S32).with_prefix(0x66)
}

impl X64Masm {
    /// `op dst, src` for a `66 0F xx` instruction.
    fn sse_rr(&mut self, opcode: encode::Opcode, dst: u8, src: u8) {
        encode::reg_reg(&mut self.ops, opcode, dst, src);
    }
}

impl VectorAssembler for X64Masm {
    fn v128_const(&mut self, dst: Reg, bits: u128) {
        let d = dst.hw;
        let (lo, hi) = (bits as u64, (bits >> 64) as u64);
        if bits == 0 {
            self.sse_rr(sse66(&[0x0f, 0xef]), d, d); // pxor
        } else if bits == u128::MAX {
            self.sse_rr(sse66(&[0x0f, 0x76]), d, d); // pcmpeqd
        } else {
            // movq zeroes the upper half, so a constant whose high half is zero is done.
            self.mov_int_imm(OperandSize::S64, RAX, lo);
            asm!(self.ops; movq Rx(d), rax);
            if hi != 0 {
                self.mov_int_imm(OperandSize::S64, RAX, hi);
                // pinsrq xmm, rax, 1 (SSE4.1): 66 REX.W 0F 3A 22 /r ib.
                let pinsrq = encode::Opcode::new(&[0x0f, 0x3a, 0x22], OperandSize::S64).with_prefix(0x66);
                encode::reg_reg(&mut self.ops, pinsrq, d, RAX);
                self.ops.push(1);
            }
        }
    }

    fn v128_binop(&mut self, op: V128BinOp, dst: Reg, rhs: Reg) {
        let (d, r) = (dst.hw, rhs.hw);
        use Lanes::*;
        let opcode: &'static [u8] = match op {
            V128BinOp::Add(I8x16) => &[0x0f, 0xfc],
            V128BinOp::Add(I16x8) => &[0x0f, 0xfd],
            V128BinOp::Add(I32x4) => &[0x0f, 0xfe],
            V128BinOp::Add(I64x2) => &[0x0f, 0xd4],
            V128BinOp::Sub(I8x16) => &[0x0f, 0xf8],
            V128BinOp::Sub(I16x8) => &[0x0f, 0xf9],
            V128BinOp::Sub(I32x4) => &[0x0f, 0xfa],
            V128BinOp::Sub(I64x2) => &[0x0f, 0xfb],
            V128BinOp::And => &[0x0f, 0xdb],
            V128BinOp::Or => &[0x0f, 0xeb],
            V128BinOp::Xor => &[0x0f, 0xef],
            V128BinOp::AndNot => {
                // pandn computes !dst & src: negate the right operand in the scratch.
                self.fmov(XTMP, r);
                self.sse_rr(sse66(&[0x0f, 0xdf]), XTMP, d);
                self.fmov(d, XTMP);
                return;
            }
        };
        self.sse_rr(sse66(opcode), d, r);
    }

    fn v128_not(&mut self, dst: Reg) {
        let d = dst.hw;
        self.sse_rr(sse66(&[0x0f, 0x76]), XTMP, XTMP); // all ones
        self.sse_rr(sse66(&[0x0f, 0xef]), d, XTMP);
    }
}
