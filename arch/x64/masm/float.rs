//! x86-64 lowering of the scalar float operations that take more than an instruction or
//! two: float-to-integer conversions (trapping and saturating, with their range checks
//! against float constants), sign masks for `abs`/`neg`/`copysign`, and Wasm's `min`/`max`
//! (NaN wins, -0 below +0). Helpers of [`X64Masm`]'s `MacroAssembler` methods.

use super::*;

impl X64Masm {
    /// Float constant `v` of `size` into float register `x`.
    pub(super) fn float_value(&mut self, x: u8, size: OperandSize, v: f64) {
        let bits = match size {
            OperandSize::S32 => (v as f32).to_bits() as u64,
            OperandSize::S64 => v.to_bits(),
            _ => crate::scalar_only(),
        };
        self.load_float_const(x, size, bits);
    }

    pub(super) fn float_to_int_trapping(
        &mut self,
        d: u8,
        dst_size: OperandSize,
        x: u8,
        src_size: OperandSize,
        to: Signedness,
    ) {
        let signed = to == Signedness::Signed;
        let bad = self.trap_dl(TrapCode::BadConversionToInteger);
        let overflow = self.trap_dl(TrapCode::IntegerOverflow);
        let done = self.local_label();
        self.ucomi(src_size, x, x);
        asm!(self.ops; jp =>bad);
        match (signed, dst_size) {
            (true, _) => {
                // The hardware returns INT_MIN for anything out of range; only an input of
                // exactly INT_MIN (or within 1 of it, truncated) is a valid INT_MIN result.
                self.cvtt(d, dst_size, x, src_size);
                match dst_size {
                    OperandSize::S32 => asm!(self.ops; cmp Rd(d), i32::MIN),
                    OperandSize::S64 => asm!(self.ops; mov rax, QWORD i64::MIN; cmp Rq(d), rax),
                    _ => crate::scalar_only(),
                }
                asm!(self.ops; jne =>done);
                let min = match dst_size {
                    OperandSize::S32 => -2147483648.0,
                    OperandSize::S64 => -9223372036854775808.0,
                    _ => crate::scalar_only(),
                };
                // Valid iff x > min - 1 (for f64 and i32 there are values in (min-1, min]).
                let limit = if dst_size == OperandSize::S32 && src_size == OperandSize::S64 { min - 1.0 } else { min };
                self.float_value(XTMP, src_size, limit);
                self.ucomi(src_size, x, XTMP);
                if limit == min {
                    asm!(self.ops; jb =>overflow);
                } else {
                    asm!(self.ops; jbe =>overflow);
                }
                // Large positive inputs also produce INT_MIN.
                asm!(self.ops; xorps Rx(XTMP), Rx(XTMP));
                self.ucomi(src_size, x, XTMP);
                asm!(self.ops; jae =>overflow);
            }
            (false, OperandSize::S32) => {
                self.cvtt(d, OperandSize::S64, x, src_size);
                asm!(self.ops; mov rax, Rq(d); shr rax, 32; jnz =>overflow);
            }
            (false, OperandSize::S64) => {
                let big = self.local_label();
                self.float_value(XTMP, src_size, 9223372036854775808.0);
                self.ucomi(src_size, x, XTMP);
                asm!(self.ops; jae =>big);
                self.cvtt(d, OperandSize::S64, x, src_size);
                asm!(self.ops; test Rq(d), Rq(d); js =>overflow; jmp =>done; =>big);
                self.fmov(XTMP2, x);
                sse!(self, subss, subsd, src_size, XTMP2, Src::Reg(XTMP));
                self.cvtt(d, OperandSize::S64, XTMP2, src_size);
                asm!(self.ops; test Rq(d), Rq(d); js =>overflow; mov rax, QWORD i64::MIN; xor Rq(d), rax);
            }
            _ => crate::scalar_only(),
        }
        asm!(self.ops; =>done);
    }

    pub(super) fn float_to_int_saturating(
        &mut self,
        d: u8,
        dst_size: OperandSize,
        x: u8,
        src_size: OperandSize,
        to: Signedness,
    ) {
        let signed = to == Signedness::Signed;
        let done = self.local_label();
        let zero = self.local_label();
        if signed {
            self.cvtt(d, dst_size, x, src_size);
            match dst_size {
                OperandSize::S32 => asm!(self.ops; cmp Rd(d), i32::MIN),
                OperandSize::S64 => asm!(self.ops; mov rax, QWORD i64::MIN; cmp Rq(d), rax),
                _ => crate::scalar_only(),
            }
            asm!(self.ops; jne =>done);
            self.ucomi(src_size, x, x);
            asm!(self.ops; jp =>zero);
            asm!(self.ops; xorps Rx(XTMP), Rx(XTMP));
            self.ucomi(src_size, x, XTMP);
            asm!(self.ops; jb =>done);
            match dst_size {
                OperandSize::S32 => asm!(self.ops; mov Rd(d), i32::MAX),
                OperandSize::S64 => asm!(self.ops; mov Rq(d), QWORD i64::MAX),
                _ => crate::scalar_only(),
            }
            asm!(self.ops; jmp =>done);
        } else {
            let max = self.local_label();
            asm!(self.ops; xorps Rx(XTMP), Rx(XTMP));
            self.ucomi(src_size, x, XTMP);
            asm!(self.ops; jp =>zero; jbe =>zero);
            match dst_size {
                OperandSize::S32 => {
                    self.cvtt(d, OperandSize::S64, x, src_size);
                    asm!(self.ops; test Rq(d), Rq(d); js =>max; mov eax, -1; cmp Rq(d), rax; jbe =>done);
                }
                OperandSize::S64 => {
                    let big = self.local_label();
                    self.float_value(XTMP, src_size, 9223372036854775808.0);
                    self.ucomi(src_size, x, XTMP);
                    asm!(self.ops; jae =>big);
                    self.cvtt(d, OperandSize::S64, x, src_size);
                    asm!(self.ops; jmp =>done; =>big);
                    self.fmov(XTMP2, x);
                    sse!(self, subss, subsd, src_size, XTMP2, Src::Reg(XTMP));
                    self.cvtt(d, OperandSize::S64, XTMP2, src_size);
                    asm!(self.ops; test Rq(d), Rq(d); js =>max; mov rax, QWORD i64::MIN; xor Rq(d), rax; jmp =>done);
                }
                _ => crate::scalar_only(),
            }
            asm!(self.ops; =>max);
            match dst_size {
                OperandSize::S32 => asm!(self.ops; mov Rd(d), -1),
                OperandSize::S64 => asm!(self.ops; mov Rq(d), -1),
                _ => crate::scalar_only(),
            }
            asm!(self.ops; jmp =>done);
        }
        asm!(self.ops; =>zero; xor Rd(d), Rd(d); =>done);
    }

    /// Bit mask constant (the sign alone, or all bits but the sign) into `x`.
    pub(super) fn sign_mask(&mut self, x: u8, size: OperandSize, mask: SignMask) {
        let bits = match (size, mask) {
            (OperandSize::S32, SignMask::Sign) => 0x8000_0000,
            (OperandSize::S32, SignMask::Magnitude) => 0x7fff_ffff,
            (OperandSize::S64, SignMask::Sign) => 0x8000_0000_0000_0000,
            (OperandSize::S64, SignMask::Magnitude) => 0x7fff_ffff_ffff_ffff,
            _ => crate::scalar_only(),
        };
        self.load_float_const(x, size, bits);
    }

    /// `op` is [`FloatBinOp::Min`] or [`FloatBinOp::Max`].
    pub(super) fn float_min_max(&mut self, op: FloatBinOp, size: OperandSize, d: u8, r: u8) {
        let is_min = op == FloatBinOp::Min;
        let nan = self.local_label();
        let ordinary = self.local_label();
        let done = self.local_label();
        self.ucomi(size, d, r);
        asm!(self.ops; jp =>nan; jne =>ordinary);
        // Equal: only +0/-0 differ; or-ing the bits picks -0 for min, and-ing picks +0 for max.
        if is_min {
            asm!(self.ops; orps Rx(d), Rx(r));
        } else {
            asm!(self.ops; andps Rx(d), Rx(r));
        }
        asm!(self.ops; jmp =>done; =>ordinary);
        if is_min {
            sse!(self, minss, minsd, size, d, Src::Reg(r));
        } else {
            sse!(self, maxss, maxsd, size, d, Src::Reg(r));
        }
        asm!(self.ops; jmp =>done; =>nan);
        sse!(self, addss, addsd, size, d, Src::Reg(r));
        asm!(self.ops; =>done);
    }
}
