//! x86-64 lowering of the `v128` operations on the baseline (SSE4.2, which every CPU with
//! the POPCNT the scalar code needs has): one instruction where SSE has it, short
//! sequences where it does not (unsigned compares, 8-bit shifts, 64-bit arithmetic
//! shifts and multiplies, Wasm's float min/max and saturating conversions). Scratch
//! registers are rax, xmm0 and xmm15; a popped `rhs` may be clobbered.

use super::*;
use encode::Opcode;

/// The SSE encodings used here: the mandatory prefix and the opcode bytes.
const fn p66(bytes: &'static [u8]) -> Opcode {
    Opcode::new(bytes, OperandSize::S32).with_prefix(0x66)
}
const fn np(bytes: &'static [u8]) -> Opcode {
    Opcode::new(bytes, OperandSize::S32)
}
const fn pf3(bytes: &'static [u8]) -> Opcode {
    Opcode::new(bytes, OperandSize::S32).with_prefix(0xf3)
}
const fn pf2(bytes: &'static [u8]) -> Opcode {
    Opcode::new(bytes, OperandSize::S32).with_prefix(0xf2)
}

const PXOR: Opcode = p66(&[0x0f, 0xef]);
const PAND: Opcode = p66(&[0x0f, 0xdb]);
const PANDN: Opcode = p66(&[0x0f, 0xdf]);
const POR: Opcode = p66(&[0x0f, 0xeb]);
const PCMPEQD: Opcode = p66(&[0x0f, 0x76]);
const PSHUFB: Opcode = p66(&[0x0f, 0x38, 0x00]);
const PSHUFD: Opcode = p66(&[0x0f, 0x70]);
const MOVD_TO_XMM: Opcode = p66(&[0x0f, 0x6e]);
const MOVQ_TO_XMM: Opcode = Opcode::new(&[0x0f, 0x6e], OperandSize::S64).with_prefix(0x66);
/// `pinsrq xmm, r64, imm8` and `pextrq r64, xmm, imm8` (SSE4.1, REX.W).
const PINSRQ: Opcode = Opcode::new(&[0x0f, 0x3a, 0x22], OperandSize::S64).with_prefix(0x66);
const PEXTRQ: Opcode = Opcode::new(&[0x0f, 0x3a, 0x16], OperandSize::S64).with_prefix(0x66);
const CMPPS: Opcode = np(&[0x0f, 0xc2]);
const CMPPD: Opcode = p66(&[0x0f, 0xc2]);
const CVTDQ2PS: Opcode = np(&[0x0f, 0x5b]);
const CVTTPS2DQ: Opcode = pf3(&[0x0f, 0x5b]);
const PMOVMSKB: Opcode = p66(&[0x0f, 0xd7]);
const PTEST: Opcode = p66(&[0x0f, 0x38, 0x17]);
/// `cmpps`/`cmppd` predicates.
const CMP_EQ: u8 = 0;
const CMP_LT: u8 = 1;
const CMP_LE: u8 = 2;
const CMP_UNORD: u8 = 3;
const CMP_NE: u8 = 4;

/// Whether the float lanes are f64 (the `66`-prefixed packed-double forms).
fn is_f64(lanes: Lanes) -> bool {
    match lanes {
        Lanes::F32x4 => false,
        Lanes::F64x2 => true,
        other => unsupported_lanes(other),
    }
}

/// A packed-float opcode `0F op`, as `ps` or `pd` by the lanes.
fn packed(lanes: Lanes, bytes: &'static [u8]) -> Opcode {
    if is_f64(lanes) {
        p66(bytes)
    } else {
        np(bytes)
    }
}

/// An integer opcode chosen by lane width (8, 16, 32, 64 bits).
fn by_width(lanes: Lanes, ops: [Option<Opcode>; 4]) -> Opcode {
    let i = match lanes {
        Lanes::I8x16 => 0,
        Lanes::I16x8 => 1,
        Lanes::I32x4 => 2,
        Lanes::I64x2 => 3,
        other => unsupported_lanes(other),
    };
    ops[i].unwrap_or_else(|| unsupported_lanes(lanes))
}

/// A lane shape an operation does not take: a compiler bug.
#[cold]
fn unsupported_lanes(lanes: Lanes) -> ! {
    panic!("no such SIMD operation on {lanes:?}")
}

impl X64Masm {
    /// `op dst, src` (register to register).
    fn sse(&mut self, opcode: Opcode, dst: u8, src: u8) {
        encode::reg_reg(&mut self.ops, opcode, dst, src);
    }

    /// `op dst, src, imm8`.
    fn sse_imm(&mut self, opcode: Opcode, dst: u8, src: u8, imm: u8) {
        encode::reg_reg(&mut self.ops, opcode, dst, src);
        self.ops.push(imm);
    }

    /// A shift by an immediate, group `66 0F op /digit ib`.
    fn shift_imm(&mut self, op: u8, digit: u8, reg: u8, imm: u8) {
        let opcode = match op {
            0x71 => p66(&[0x0f, 0x71]),
            0x72 => p66(&[0x0f, 0x72]),
            _ => p66(&[0x0f, 0x73]),
        };
        self.sse_imm(opcode, digit, reg, imm);
    }

    /// `dst = src` between vector registers.
    fn vmov(&mut self, dst: u8, src: u8) {
        self.fmov(dst, src);
    }

    /// All ones in `reg`.
    fn all_ones(&mut self, reg: u8) {
        self.sse(PCMPEQD, reg, reg);
    }

    /// `dst = !dst`.
    fn not(&mut self, d: u8) {
        self.all_ones(XTMP);
        self.sse(PXOR, d, XTMP);
    }

    /// `op` with its operands swapped: `d = rhs op d`, through the scratch.
    fn swapped(&mut self, opcode: Opcode, d: u8, r: u8) {
        self.vmov(XTMP, r);
        self.sse(opcode, XTMP, d);
        self.vmov(d, XTMP);
    }

    fn lane_compare(&mut self, lanes: Lanes, cmp: IntCmp, d: u8, r: u8) {
        use IntCmp::*;
        let eq = by_width(
            lanes,
            [
                Some(p66(&[0x0f, 0x74])),
                Some(p66(&[0x0f, 0x75])),
                Some(p66(&[0x0f, 0x76])),
                Some(p66(&[0x0f, 0x38, 0x29])),
            ],
        );
        let gt = by_width(
            lanes,
            [
                Some(p66(&[0x0f, 0x64])),
                Some(p66(&[0x0f, 0x65])),
                Some(p66(&[0x0f, 0x66])),
                Some(p66(&[0x0f, 0x38, 0x37])),
            ],
        );
        match cmp {
            Eq => self.sse(eq, d, r),
            Ne => {
                self.sse(eq, d, r);
                self.not(d);
            }
            GtS => self.sse(gt, d, r),
            LtS => self.swapped(gt, d, r),
            LeS => {
                self.sse(gt, d, r);
                self.not(d);
            }
            GeS => {
                self.swapped(gt, d, r);
                self.not(d);
            }
            // a >= b (unsigned) exactly when max(a, b) == a; a <= b when min(a, b) == a.
            GeU | LtU | LeU | GtU => {
                let minmax = match cmp {
                    GeU | LtU => self.max_u(lanes),
                    _ => self.min_u(lanes),
                };
                self.vmov(XTMP, d);
                self.sse(minmax, XTMP, r);
                self.sse(eq, d, XTMP);
                if matches!(cmp, LtU | GtU) {
                    self.not(d);
                }
            }
        }
    }

    fn max_u(&self, lanes: Lanes) -> Opcode {
        by_width(
            lanes,
            [Some(p66(&[0x0f, 0xde])), Some(p66(&[0x0f, 0x38, 0x3e])), Some(p66(&[0x0f, 0x38, 0x3f])), None],
        )
    }

    fn min_u(&self, lanes: Lanes) -> Opcode {
        by_width(
            lanes,
            [Some(p66(&[0x0f, 0xda])), Some(p66(&[0x0f, 0x38, 0x3a])), Some(p66(&[0x0f, 0x38, 0x3b])), None],
        )
    }

    fn float_lane_compare(&mut self, lanes: Lanes, cmp: FloatCmp, d: u8, r: u8) {
        let op = if is_f64(lanes) { CMPPD } else { CMPPS };
        match cmp {
            FloatCmp::Eq => self.sse_imm(op, d, r, CMP_EQ),
            FloatCmp::Ne => self.sse_imm(op, d, r, CMP_NE),
            FloatCmp::Lt => self.sse_imm(op, d, r, CMP_LT),
            FloatCmp::Le => self.sse_imm(op, d, r, CMP_LE),
            FloatCmp::Gt | FloatCmp::Ge => {
                let pred = if cmp == FloatCmp::Gt { CMP_LT } else { CMP_LE };
                self.vmov(XTMP, r);
                self.sse_imm(op, XTMP, d, pred);
                self.vmov(d, XTMP);
            }
        }
    }

    /// Wasm's float min: NaN if either is NaN (canonical), -0 below +0.
    fn float_min(&mut self, lanes: Lanes, d: u8, r: u8) {
        let (min, or) = (packed(lanes, &[0x0f, 0x5d]), packed(lanes, &[0x0f, 0x56]));
        let cmp = if is_f64(lanes) { CMPPD } else { CMPPS };
        self.vmov(XTMP, r);
        self.sse(min, XTMP, d); // min(b, a)
        self.sse(min, d, r); // min(a, b)
        self.sse(or, d, XTMP); // either's -0 and NaN bits
        self.vmov(XTMP2, d);
        self.sse_imm(cmp, XTMP2, XTMP, CMP_UNORD); // NaN lanes
        self.sse(or, d, XTMP2);
        self.canonical_nan(lanes, d);
    }

    /// Wasm's float max: NaN if either is NaN (canonical), +0 above -0.
    fn float_max(&mut self, lanes: Lanes, d: u8, r: u8) {
        let (max, or, xor, sub) = (
            packed(lanes, &[0x0f, 0x5f]),
            packed(lanes, &[0x0f, 0x56]),
            packed(lanes, &[0x0f, 0x57]),
            packed(lanes, &[0x0f, 0x5c]),
        );
        let cmp = if is_f64(lanes) { CMPPD } else { CMPPS };
        self.vmov(XTMP, r);
        self.sse(max, XTMP, d); // max(b, a)
        self.sse(max, d, r); // max(a, b)
        self.sse(xor, XTMP, d); // where the two differ (NaN, +0/-0)
        self.sse(or, d, XTMP); // NaN lanes become NaN
        self.vmov(XTMP2, d);
        self.sse_imm(cmp, XTMP2, d, CMP_UNORD); // NaN lanes
        self.sse(sub, d, XTMP); // +0 where +0 and -0 met
        self.sse(or, d, XTMP2);
        self.canonical_nan(lanes, d);
    }

    /// Given the NaN-lane mask in xmm0 and a result in `d` whose NaN lanes are all ones,
    /// leave the canonical NaN in those lanes.
    fn canonical_nan(&mut self, lanes: Lanes, d: u8) {
        let andn = packed(lanes, &[0x0f, 0x55]);
        if is_f64(lanes) {
            self.shift_imm(0x73, 2, XTMP2, 13); // psrlq
        } else {
            self.shift_imm(0x72, 2, XTMP2, 10); // psrld
        }
        self.sse(andn, XTMP2, d);
        self.vmov(d, XTMP2);
    }

    /// i64x2 multiply from 32-bit halves: lo*lo + ((hi_a*lo_b + lo_a*hi_b) << 32).
    fn mul_i64x2(&mut self, d: u8, r: u8) {
        let pmuludq = p66(&[0x0f, 0xf4]);
        let paddq = p66(&[0x0f, 0xd4]);
        self.vmov(XTMP, d);
        self.shift_imm(0x73, 2, XTMP, 32); // hi_a
        self.sse(pmuludq, XTMP, r); // hi_a * lo_b
        self.vmov(XTMP2, r);
        self.shift_imm(0x73, 2, XTMP2, 32); // hi_b
        self.sse(pmuludq, XTMP2, d); // lo_a * hi_b
        self.sse(paddq, XTMP, XTMP2);
        self.shift_imm(0x73, 6, XTMP, 32); // psllq 32
        self.sse(pmuludq, d, r); // lo_a * lo_b
        self.sse(paddq, d, XTMP);
    }

    /// Widening multiply (`ExtMul`).
    fn ext_mul(&mut self, lanes: Lanes, high: bool, signedness: Signedness, d: u8, r: u8) {
        let signed = signedness == Signedness::Signed;
        match lanes {
            Lanes::I16x8 => {
                let widen = if signed { p66(&[0x0f, 0x38, 0x20]) } else { p66(&[0x0f, 0x38, 0x30]) };
                if high {
                    self.shift_imm(0x73, 3, d, 8); // psrldq 8
                    self.shift_imm(0x73, 3, r, 8);
                }
                self.sse(widen, d, d);
                self.sse(widen, XTMP, r);
                self.sse(p66(&[0x0f, 0xd5]), d, XTMP); // pmullw
            }
            Lanes::I32x4 => {
                let mulhi = if signed { p66(&[0x0f, 0xe5]) } else { p66(&[0x0f, 0xe4]) };
                self.vmov(XTMP, d);
                self.sse(p66(&[0x0f, 0xd5]), d, r); // low halves of the products
                self.sse(mulhi, XTMP, r); // high halves
                let unpack = if high { p66(&[0x0f, 0x69]) } else { p66(&[0x0f, 0x61]) };
                self.sse(unpack, d, XTMP);
            }
            Lanes::I64x2 => {
                let order = if high { 0xfa } else { 0x50 };
                self.sse_imm(PSHUFD, d, d, order);
                self.sse_imm(PSHUFD, XTMP, r, order);
                let mul = if signed { p66(&[0x0f, 0x38, 0x28]) } else { p66(&[0x0f, 0xf4]) };
                self.sse(mul, d, XTMP);
            }
            other => unsupported_lanes(other),
        }
    }

    /// Signed byte products of `d` and `r`, pairs added with 16-bit wrap-around.
    fn dot_i8x16(&mut self, d: u8, r: u8) {
        let pmovsxbw = p66(&[0x0f, 0x38, 0x20]);
        let pmullw = p66(&[0x0f, 0xd5]);
        self.vmov(XTMP, d);
        self.shift_imm(0x73, 3, XTMP, 8); // psrldq 8: the high bytes
        self.sse(pmovsxbw, XTMP, XTMP);
        self.sse(pmovsxbw, d, d);
        self.vmov(XTMP2, r);
        self.shift_imm(0x73, 3, XTMP2, 8);
        self.sse(pmovsxbw, XTMP2, XTMP2);
        self.sse(pmovsxbw, r, r);
        self.sse(pmullw, d, r);
        self.sse(pmullw, XTMP, XTMP2);
        self.sse(p66(&[0x0f, 0x38, 0x01]), d, XTMP); // phaddw
    }

    /// A constant with `value` in every 16-bit lane, in `reg`.
    fn splat16(&mut self, reg: u8, value: u16) {
        self.v128_const(Reg::float(reg), u128::from(value) * 0x0001_0001_0001_0001_0001_0001_0001_0001);
    }

    /// `dst` converted from four unsigned i32s to f32 (exact but for one final rounding).
    fn convert_u32_to_f32(&mut self, d: u8) {
        self.vmov(XTMP, d);
        self.shift_imm(0x72, 6, XTMP, 16); // pslld 16
        self.shift_imm(0x72, 2, XTMP, 16); // psrld 16: the low halves
        self.sse(p66(&[0x0f, 0xfa]), d, XTMP); // psubd: the high halves
        self.sse(CVTDQ2PS, XTMP, XTMP);
        self.shift_imm(0x72, 2, d, 1); // halved, so it converts as signed
        self.sse(CVTDQ2PS, d, d);
        self.sse(np(&[0x0f, 0x58]), d, d); // doubled back
        self.sse(np(&[0x0f, 0x58]), d, XTMP);
    }

    fn trunc_sat_f32x4(&mut self, signedness: Signedness, d: u8) {
        if signedness == Signedness::Signed {
            self.vmov(XTMP, d);
            self.sse_imm(CMPPS, XTMP, XTMP, CMP_EQ); // not NaN
            self.sse(np(&[0x0f, 0x54]), d, XTMP); // NaN -> 0
            self.sse(PXOR, XTMP, d); // sign bit set where the input is not negative
            self.sse(CVTTPS2DQ, d, d); // out of range -> 0x80000000
            self.sse(PAND, XTMP, d);
            self.shift_imm(0x72, 4, XTMP, 31); // psrad: all ones where it overflowed upward
            self.sse(PXOR, d, XTMP);
            return;
        }
        self.sse(PXOR, XTMP, XTMP);
        self.sse(np(&[0x0f, 0x5f]), d, XTMP); // maxps: NaN and negatives -> 0
        self.all_ones(XTMP);
        self.shift_imm(0x72, 2, XTMP, 1);
        self.sse(CVTDQ2PS, XTMP, XTMP); // 2^31
        self.vmov(XTMP2, d);
        self.sse(np(&[0x0f, 0x5c]), XTMP2, XTMP); // x - 2^31
        self.sse_imm(CMPPS, XTMP, XTMP2, CMP_LE); // x - 2^31 >= 2^31: overflow
        self.sse(CVTTPS2DQ, XTMP2, XTMP2);
        self.sse(PXOR, XTMP2, XTMP);
        self.sse(PXOR, XTMP, XTMP);
        self.sse(p66(&[0x0f, 0x38, 0x3d]), XTMP2, XTMP); // pmaxsd: below 2^31 -> 0
        self.sse(CVTTPS2DQ, d, d);
        self.sse(p66(&[0x0f, 0xfe]), d, XTMP2);
    }

    fn trunc_sat_f64x2(&mut self, signedness: Signedness, d: u8) {
        if signedness == Signedness::Signed {
            self.vmov(XTMP, d);
            self.sse_imm(CMPPD, XTMP, d, CMP_EQ); // not NaN
            self.v128_const(Reg::float(XTMP2), u128::from(2147483647.0f64.to_bits()) * ((1 << 64) + 1));
            self.sse(p66(&[0x0f, 0x54]), XTMP, XTMP2); // NaN lanes 0, others 2^31 - 1
            self.sse(p66(&[0x0f, 0x5d]), d, XTMP); // minpd
            self.sse(p66(&[0x0f, 0xe6]), d, d); // cvttpd2dq
            return;
        }
        self.sse(PXOR, XTMP, XTMP);
        self.sse(p66(&[0x0f, 0x5f]), d, XTMP); // maxpd: NaN and negatives -> 0
        self.v128_const(Reg::float(XTMP2), u128::from(4294967295.0f64.to_bits()) * ((1 << 64) + 1));
        self.sse(p66(&[0x0f, 0x5d]), d, XTMP2); // minpd
        self.sse_imm(p66(&[0x0f, 0x3a, 0x09]), d, d, 3); // roundpd toward zero
        self.v128_const(Reg::float(XTMP2), u128::from(0x4330_0000_0000_0000u64) * ((1 << 64) + 1));
        self.sse(p66(&[0x0f, 0x58]), d, XTMP2); // + 2^52: the integer in the low 32 bits
        self.sse_imm(np(&[0x0f, 0xc6]), d, XTMP, 0x88); // shufps: low dwords, then zeros
    }

    fn popcnt(&mut self, d: u8) {
        const LOW_NIBBLES: u128 = 0x0f0f_0f0f_0f0f_0f0f_0f0f_0f0f_0f0f_0f0f;
        const COUNTS: u128 = 0x0403_0302_0302_0201_0302_0201_0201_0100;
        self.vmov(XTMP2, d);
        self.shift_imm(0x71, 2, XTMP2, 4); // psrlw 4
        self.v128_const(Reg::float(XTMP), LOW_NIBBLES);
        self.sse(PAND, XTMP2, XTMP); // high nibbles
        self.sse(PAND, d, XTMP); // low nibbles
        self.v128_const(Reg::float(XTMP), COUNTS);
        self.sse(PSHUFB, XTMP, d);
        self.v128_const(Reg::float(d), COUNTS);
        self.sse(PSHUFB, d, XTMP2);
        self.sse(p66(&[0x0f, 0xfc]), d, XTMP);
    }

    /// Move the shift amount (masked to the lane width) into xmm0.
    fn shift_count(&mut self, lanes: Lanes, amount: u8, extra: u8) {
        let mask = lanes.lane_bytes() as i32 * 8 - 1;
        encode::alu_imm(&mut self.ops, Alu::And, OperandSize::S32, amount, mask);
        if extra != 0 {
            encode::alu_imm(&mut self.ops, Alu::Add, OperandSize::S32, amount, extra as i32);
        }
        self.sse(MOVD_TO_XMM, XTMP2, amount);
    }
}

impl VectorAssembler for X64Masm {
    fn v128_const(&mut self, dst: Reg, bits: u128) {
        let d = dst.hw;
        let (lo, hi) = (bits as u64, (bits >> 64) as u64);
        if bits == 0 {
            self.sse(PXOR, d, d);
        } else if bits == u128::MAX {
            self.all_ones(d);
        } else if hi == 0 && lo <= u32::MAX as u64 {
            // movd zeroes the rest.
            self.mov_int_imm(OperandSize::S32, RAX, lo);
            self.sse(MOVD_TO_XMM, d, RAX);
        } else if let Some(label) = core::constant_label(self, bits) {
            // From the function's constant pool, RIP-relative.
            let l = self.dl(label);
            asm!(self.ops; movups Rx(d), [=>l]);
        } else {
            // movq zeroes the upper half; pinsrq sets it.
            self.mov_int_imm(OperandSize::S64, RAX, lo);
            self.sse(MOVQ_TO_XMM, d, RAX);
            self.mov_int_imm(OperandSize::S64, RAX, hi);
            self.sse_imm(PINSRQ, d, RAX, 1);
        }
    }

    fn v128_binop(&mut self, op: V128BinOp, dst: Reg, rhs: Reg) {
        use Lanes::*;
        let (d, r) = (dst.hw, rhs.hw);
        let opcode = match op {
            V128BinOp::Add(l @ (F32x4 | F64x2)) => packed(l, &[0x0f, 0x58]),
            V128BinOp::Add(l) => by_width(
                l,
                [
                    Some(p66(&[0x0f, 0xfc])),
                    Some(p66(&[0x0f, 0xfd])),
                    Some(p66(&[0x0f, 0xfe])),
                    Some(p66(&[0x0f, 0xd4])),
                ],
            ),
            V128BinOp::Sub(l @ (F32x4 | F64x2)) => packed(l, &[0x0f, 0x5c]),
            V128BinOp::Sub(l) => by_width(
                l,
                [
                    Some(p66(&[0x0f, 0xf8])),
                    Some(p66(&[0x0f, 0xf9])),
                    Some(p66(&[0x0f, 0xfa])),
                    Some(p66(&[0x0f, 0xfb])),
                ],
            ),
            V128BinOp::Mul(l @ (F32x4 | F64x2)) => packed(l, &[0x0f, 0x59]),
            V128BinOp::Mul(I64x2) => return self.mul_i64x2(d, r),
            V128BinOp::Mul(l) => by_width(l, [None, Some(p66(&[0x0f, 0xd5])), Some(p66(&[0x0f, 0x38, 0x40])), None]),
            V128BinOp::Div(l) => packed(l, &[0x0f, 0x5e]),
            V128BinOp::MinS(l) => by_width(
                l,
                [Some(p66(&[0x0f, 0x38, 0x38])), Some(p66(&[0x0f, 0xea])), Some(p66(&[0x0f, 0x38, 0x39])), None],
            ),
            V128BinOp::MaxS(l) => by_width(
                l,
                [Some(p66(&[0x0f, 0x38, 0x3c])), Some(p66(&[0x0f, 0xee])), Some(p66(&[0x0f, 0x38, 0x3d])), None],
            ),
            V128BinOp::MinU(l) => self.min_u(l),
            V128BinOp::MaxU(l) => self.max_u(l),
            V128BinOp::Min(l) => return self.float_min(l, d, r),
            V128BinOp::Max(l) => return self.float_max(l, d, r),
            // minps keeps its destination's lane unless the source's is smaller: with the
            // operands swapped that is exactly pmin (and maxps, pmax).
            V128BinOp::PMin(l) => return self.swapped(packed(l, &[0x0f, 0x5d]), d, r),
            V128BinOp::PMax(l) => return self.swapped(packed(l, &[0x0f, 0x5f]), d, r),
            V128BinOp::AddSatS(l) => by_width(l, [Some(p66(&[0x0f, 0xec])), Some(p66(&[0x0f, 0xed])), None, None]),
            V128BinOp::AddSatU(l) => by_width(l, [Some(p66(&[0x0f, 0xdc])), Some(p66(&[0x0f, 0xdd])), None, None]),
            V128BinOp::SubSatS(l) => by_width(l, [Some(p66(&[0x0f, 0xe8])), Some(p66(&[0x0f, 0xe9])), None, None]),
            V128BinOp::SubSatU(l) => by_width(l, [Some(p66(&[0x0f, 0xd8])), Some(p66(&[0x0f, 0xd9])), None, None]),
            V128BinOp::AvgrU(l) => by_width(l, [Some(p66(&[0x0f, 0xe0])), Some(p66(&[0x0f, 0xe3])), None, None]),
            V128BinOp::CmpInt(l, cmp) => return self.lane_compare(l, cmp, d, r),
            V128BinOp::CmpFloat(l, cmp) => return self.float_lane_compare(l, cmp, d, r),
            V128BinOp::And => PAND,
            V128BinOp::Or => POR,
            V128BinOp::Xor => PXOR,
            // pandn computes !dst & src.
            V128BinOp::AndNot => return self.swapped(PANDN, d, r),
            V128BinOp::Swizzle => {
                // pshufb zeroes a byte only when its index has the top bit set: a
                // saturating + 0x70 sets it for every index above 15 and keeps the rest.
                self.v128_const(Reg::float(XTMP), 0x7070_7070_7070_7070_7070_7070_7070_7070);
                self.sse(p66(&[0x0f, 0xdc]), XTMP, r);
                return self.sse(PSHUFB, d, XTMP);
            }
            V128BinOp::Q15MulrSatS => {
                // pmulhrsw gives 0x8000 for 0x8000 * 0x8000, where Wasm saturates.
                self.sse(p66(&[0x0f, 0x38, 0x0b]), d, r);
                self.splat16(XTMP, 0x8000);
                self.sse(p66(&[0x0f, 0x75]), XTMP, d);
                return self.sse(PXOR, d, XTMP);
            }
            V128BinOp::DotI16x8S => p66(&[0x0f, 0xf5]),
            V128BinOp::DotI8x16I7x16S => return self.dot_i8x16(d, r),
            V128BinOp::NarrowS(l) => by_width(l, [None, Some(p66(&[0x0f, 0x63])), Some(p66(&[0x0f, 0x6b])), None]),
            V128BinOp::NarrowU(l) => {
                by_width(l, [None, Some(p66(&[0x0f, 0x67])), Some(p66(&[0x0f, 0x38, 0x2b])), None])
            }
            V128BinOp::ExtMul { lanes, high, signedness } => return self.ext_mul(lanes, high, signedness, d, r),
        };
        self.sse(opcode, d, r);
    }

    fn v128_unop(&mut self, op: V128UnOp, dst: Reg) {
        use Lanes::*;
        let d = dst.hw;
        match op {
            V128UnOp::Not => self.not(d),
            V128UnOp::Neg(l @ (F32x4 | F64x2)) => {
                self.all_ones(XTMP);
                if is_f64(l) {
                    self.shift_imm(0x73, 6, XTMP, 63);
                } else {
                    self.shift_imm(0x72, 6, XTMP, 31);
                }
                self.sse(PXOR, d, XTMP);
            }
            V128UnOp::Neg(l) => {
                self.sse(PXOR, XTMP, XTMP);
                let sub = by_width(
                    l,
                    [
                        Some(p66(&[0x0f, 0xf8])),
                        Some(p66(&[0x0f, 0xf9])),
                        Some(p66(&[0x0f, 0xfa])),
                        Some(p66(&[0x0f, 0xfb])),
                    ],
                );
                self.sse(sub, XTMP, d);
                self.vmov(d, XTMP);
            }
            V128UnOp::Abs(l @ (F32x4 | F64x2)) => {
                self.all_ones(XTMP);
                if is_f64(l) {
                    self.shift_imm(0x73, 2, XTMP, 1);
                } else {
                    self.shift_imm(0x72, 2, XTMP, 1);
                }
                self.sse(PAND, d, XTMP);
            }
            V128UnOp::Abs(I64x2) => {
                self.sse(PXOR, XTMP, XTMP);
                self.sse(p66(&[0x0f, 0x38, 0x37]), XTMP, d); // 0 > x: the sign mask
                self.sse(PXOR, d, XTMP);
                self.sse(p66(&[0x0f, 0xfb]), d, XTMP);
            }
            V128UnOp::Abs(l) => {
                let abs = by_width(
                    l,
                    [
                        Some(p66(&[0x0f, 0x38, 0x1c])),
                        Some(p66(&[0x0f, 0x38, 0x1d])),
                        Some(p66(&[0x0f, 0x38, 0x1e])),
                        None,
                    ],
                );
                self.sse(abs, d, d);
            }
            V128UnOp::Popcnt => self.popcnt(d),
            V128UnOp::Sqrt(l) => self.sse(packed(l, &[0x0f, 0x51]), d, d),
            V128UnOp::Ceil(l) | V128UnOp::Floor(l) | V128UnOp::Trunc(l) | V128UnOp::Nearest(l) => {
                let mode = match op {
                    V128UnOp::Nearest(_) => 0,
                    V128UnOp::Floor(_) => 1,
                    V128UnOp::Ceil(_) => 2,
                    _ => 3,
                };
                let round = if is_f64(l) { p66(&[0x0f, 0x3a, 0x09]) } else { p66(&[0x0f, 0x3a, 0x08]) };
                self.sse_imm(round, d, d, mode);
            }
            V128UnOp::Extend { lanes, high, signedness } => {
                if high {
                    self.shift_imm(0x73, 3, d, 8); // psrldq 8
                }
                let signed = signedness == Signedness::Signed;
                let widen = match (lanes, signed) {
                    (I16x8, true) => p66(&[0x0f, 0x38, 0x20]),
                    (I16x8, false) => p66(&[0x0f, 0x38, 0x30]),
                    (I32x4, true) => p66(&[0x0f, 0x38, 0x23]),
                    (I32x4, false) => p66(&[0x0f, 0x38, 0x33]),
                    (I64x2, true) => p66(&[0x0f, 0x38, 0x25]),
                    (I64x2, false) => p66(&[0x0f, 0x38, 0x35]),
                    _ => unsupported_lanes(lanes),
                };
                self.sse(widen, d, d);
            }
            V128UnOp::ExtAddPairwise(I16x8, signedness) => {
                // pmaddubsw multiplies unsigned bytes of its destination by signed bytes
                // of its source and adds the pairs.
                self.v128_const(Reg::float(XTMP), 0x0101_0101_0101_0101_0101_0101_0101_0101);
                if signedness == Signedness::Signed {
                    self.sse(p66(&[0x0f, 0x38, 0x04]), XTMP, d);
                    self.vmov(d, XTMP);
                } else {
                    self.sse(p66(&[0x0f, 0x38, 0x04]), d, XTMP);
                }
            }
            V128UnOp::ExtAddPairwise(I32x4, signedness) => {
                if signedness == Signedness::Unsigned {
                    // Bias to signed, add the pairs, and add the two biases back.
                    self.splat16(XTMP, 0x8000);
                    self.sse(PXOR, d, XTMP);
                }
                self.splat16(XTMP, 1);
                self.sse(p66(&[0x0f, 0xf5]), d, XTMP); // pmaddwd
                if signedness == Signedness::Unsigned {
                    self.v128_const(Reg::float(XTMP), 0x0001_0000_0001_0000_0001_0000_0001_0000);
                    self.sse(p66(&[0x0f, 0xfe]), d, XTMP);
                }
            }
            V128UnOp::ExtAddPairwise(l, _) => unsupported_lanes(l),
            V128UnOp::ConvertI32x4(Signedness::Signed) => self.sse(CVTDQ2PS, d, d),
            V128UnOp::ConvertI32x4(Signedness::Unsigned) => self.convert_u32_to_f32(d),
            V128UnOp::ConvertLowI32x4(Signedness::Signed) => self.sse(pf3(&[0x0f, 0xe6]), d, d),
            V128UnOp::ConvertLowI32x4(Signedness::Unsigned) => {
                // 2^52 + x as an f64 (x in the low word), minus 2^52.
                self.v128_const(Reg::float(XTMP), 0x4330_0000_4330_0000_4330_0000_4330_0000);
                self.sse(np(&[0x0f, 0x14]), d, XTMP); // unpcklps
                self.v128_const(Reg::float(XTMP), u128::from(0x4330_0000_0000_0000u64) * ((1 << 64) + 1));
                self.sse(p66(&[0x0f, 0x5c]), d, XTMP);
            }
            V128UnOp::TruncSatF32x4(signedness) => self.trunc_sat_f32x4(signedness, d),
            V128UnOp::TruncSatF64x2Zero(signedness) => self.trunc_sat_f64x2(signedness, d),
            V128UnOp::Demote => self.sse(p66(&[0x0f, 0x5a]), d, d),
            V128UnOp::Promote => self.sse(np(&[0x0f, 0x5a]), d, d),
        }
    }

    fn v128_test(&mut self, op: V128Test, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match op {
            V128Test::AnyTrue => {
                asm!(self.ops; xor Rd(d), Rd(d));
                self.sse(PTEST, s, s);
                asm!(self.ops; setnz Rb(d));
            }
            V128Test::AllTrue(l) => {
                let eq = by_width(
                    l,
                    [
                        Some(p66(&[0x0f, 0x74])),
                        Some(p66(&[0x0f, 0x75])),
                        Some(p66(&[0x0f, 0x76])),
                        Some(p66(&[0x0f, 0x38, 0x29])),
                    ],
                );
                self.sse(PXOR, XTMP, XTMP);
                self.sse(eq, XTMP, s); // all ones in the zero lanes
                asm!(self.ops; xor Rd(d), Rd(d));
                self.sse(PTEST, XTMP, XTMP);
                asm!(self.ops; setz Rb(d));
            }
            V128Test::Bitmask(Lanes::I8x16) => self.sse(PMOVMSKB, d, s),
            V128Test::Bitmask(Lanes::I16x8) => {
                self.vmov(XTMP, s);
                self.sse(p66(&[0x0f, 0x63]), XTMP, XTMP); // packsswb keeps the signs
                self.sse(PMOVMSKB, d, XTMP);
                asm!(self.ops; movzx Rd(d), Rb(d));
            }
            V128Test::Bitmask(Lanes::I32x4) => self.sse(np(&[0x0f, 0x50]), d, s),
            V128Test::Bitmask(Lanes::I64x2) => self.sse(p66(&[0x0f, 0x50]), d, s),
            V128Test::Bitmask(l) => unsupported_lanes(l),
        }
    }

    fn v128_shift(&mut self, lanes: Lanes, kind: ShiftKind, dst: Reg, amount: Reg) {
        let (d, a) = (dst.hw, amount.hw);
        match (lanes, kind) {
            (Lanes::I8x16, ShiftKind::ShrS) => {
                // Each byte into the high half of a 16-bit lane, shifted by 8 more.
                self.shift_count(lanes, a, 8);
                self.vmov(XTMP, d);
                self.sse(p66(&[0x0f, 0x68]), XTMP, XTMP); // punpckhbw
                self.sse(p66(&[0x0f, 0x60]), d, d); // punpcklbw
                self.sse(p66(&[0x0f, 0xe1]), XTMP, XTMP2); // psraw
                self.sse(p66(&[0x0f, 0xe1]), d, XTMP2);
                self.sse(p66(&[0x0f, 0x63]), d, XTMP); // packsswb
            }
            (Lanes::I8x16, _) => {
                // Shift as 16-bit lanes, then clear the bits that crossed a byte.
                self.shift_count(lanes, a, 0);
                self.all_ones(XTMP);
                let shift = if kind == ShiftKind::Shl { p66(&[0x0f, 0xf1]) } else { p66(&[0x0f, 0xd1]) };
                self.sse(shift, XTMP, XTMP2);
                self.sse(shift, d, XTMP2);
                // The byte of the 16-bit mask that holds a whole byte's mask, everywhere:
                // byte 0 for a left shift, byte 1 for a right one.
                if kind == ShiftKind::Shl {
                    self.sse(PXOR, XTMP2, XTMP2);
                } else {
                    self.all_ones(XTMP2);
                    self.sse(p66(&[0x0f, 0x38, 0x1c]), XTMP2, XTMP2); // pabsb: all 1s
                }
                self.sse(PSHUFB, XTMP, XTMP2);
                self.sse(PAND, d, XTMP);
            }
            (Lanes::I64x2, ShiftKind::ShrS) => {
                // No psraq: shift logically, then sign-extend with the shifted sign bit.
                self.shift_count(lanes, a, 0);
                self.all_ones(XTMP);
                self.shift_imm(0x73, 6, XTMP, 63); // the sign bit
                self.sse(p66(&[0x0f, 0xd3]), XTMP, XTMP2);
                self.sse(p66(&[0x0f, 0xd3]), d, XTMP2);
                self.sse(PXOR, d, XTMP);
                self.sse(p66(&[0x0f, 0xfb]), d, XTMP);
            }
            _ => {
                self.shift_count(lanes, a, 0);
                let opcode = match (lanes, kind) {
                    (Lanes::I16x8, ShiftKind::Shl) => p66(&[0x0f, 0xf1]),
                    (Lanes::I32x4, ShiftKind::Shl) => p66(&[0x0f, 0xf2]),
                    (Lanes::I64x2, ShiftKind::Shl) => p66(&[0x0f, 0xf3]),
                    (Lanes::I16x8, ShiftKind::ShrS) => p66(&[0x0f, 0xe1]),
                    (Lanes::I32x4, ShiftKind::ShrS) => p66(&[0x0f, 0xe2]),
                    (Lanes::I16x8, ShiftKind::ShrU) => p66(&[0x0f, 0xd1]),
                    (Lanes::I32x4, ShiftKind::ShrU) => p66(&[0x0f, 0xd2]),
                    (Lanes::I64x2, ShiftKind::ShrU) => p66(&[0x0f, 0xd3]),
                    _ => unsupported_lanes(lanes),
                };
                self.sse(opcode, d, XTMP2);
            }
        }
    }

    fn v128_shift_imm(&mut self, lanes: Lanes, kind: ShiftKind, dst: Reg, amount: u8) {
        let d = dst.hw;
        if amount == 0 {
            return;
        }
        // Group opcode (71: words, 72: dwords, 73: qwords) and ModRM digit (6: shl,
        // 4: arithmetic right, 2: logical right).
        let digit = match kind {
            ShiftKind::Shl => 6,
            ShiftKind::ShrS => 4,
            _ => 2,
        };
        match (lanes, kind) {
            (Lanes::I16x8, _) => self.shift_imm(0x71, digit, d, amount),
            (Lanes::I32x4, _) => self.shift_imm(0x72, digit, d, amount),
            (Lanes::I64x2, ShiftKind::ShrS) => {
                // No psraq: logical shift, then sign-extend with the shifted sign bit.
                self.all_ones(XTMP);
                self.shift_imm(0x73, 6, XTMP, 63);
                self.shift_imm(0x73, 2, XTMP, amount);
                self.shift_imm(0x73, 2, d, amount);
                self.sse(PXOR, d, XTMP);
                self.sse(p66(&[0x0f, 0xfb]), d, XTMP);
            }
            (Lanes::I64x2, _) => self.shift_imm(0x73, digit, d, amount),
            (Lanes::I8x16, ShiftKind::ShrS) => {
                // Bytes into the high halves of 16-bit lanes, shifted by 8 more, packed.
                self.vmov(XTMP, d);
                self.sse(p66(&[0x0f, 0x68]), XTMP, XTMP); // punpckhbw
                self.sse(p66(&[0x0f, 0x60]), d, d); // punpcklbw
                self.shift_imm(0x71, 4, XTMP, amount + 8);
                self.shift_imm(0x71, 4, d, amount + 8);
                self.sse(p66(&[0x0f, 0x63]), d, XTMP); // packsswb
            }
            (Lanes::I8x16, _) => {
                // A 16-bit shift, then the bits that crossed a byte cleared by a constant.
                let byte_mask = if kind == ShiftKind::Shl { 0xffu8 << amount } else { 0xffu8 >> amount };
                self.shift_imm(0x71, digit, d, amount);
                self.v128_const(Reg::float(XTMP), u128::from_le_bytes([byte_mask; 16]));
                self.sse(PAND, d, XTMP);
            }
            _ => unsupported_lanes(lanes),
        }
    }

    fn v128_splat(&mut self, lanes: Lanes, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match lanes {
            Lanes::I8x16 => {
                self.sse(MOVD_TO_XMM, d, s);
                self.sse(PXOR, XTMP, XTMP);
                self.sse(PSHUFB, d, XTMP);
            }
            Lanes::I16x8 => {
                self.sse(MOVD_TO_XMM, d, s);
                self.sse_imm(pf2(&[0x0f, 0x70]), d, d, 0); // pshuflw
                self.sse_imm(PSHUFD, d, d, 0);
            }
            Lanes::I32x4 => {
                self.sse(MOVD_TO_XMM, d, s);
                self.sse_imm(PSHUFD, d, d, 0);
            }
            Lanes::I64x2 => {
                self.sse(MOVQ_TO_XMM, d, s);
                self.sse(p66(&[0x0f, 0x6c]), d, d); // punpcklqdq
            }
            Lanes::F32x4 => self.sse_imm(PSHUFD, d, s, 0),
            Lanes::F64x2 => self.sse_imm(PSHUFD, d, s, 0x44),
        }
    }

    fn v128_extract_lane(&mut self, lanes: Lanes, lane: u8, signedness: Signedness, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match lanes {
            Lanes::I8x16 => {
                // pextrb r32, xmm, imm: the xmm register is the ModRM reg.
                self.sse_imm(p66(&[0x0f, 0x3a, 0x14]), s, d, lane);
                if signedness == Signedness::Signed {
                    asm!(self.ops; movsx Rd(d), Rb(d));
                }
            }
            Lanes::I16x8 => {
                self.sse_imm(p66(&[0x0f, 0xc5]), d, s, lane); // pextrw
                if signedness == Signedness::Signed {
                    asm!(self.ops; movsx Rd(d), Rw(d));
                }
            }
            Lanes::I32x4 => self.sse_imm(p66(&[0x0f, 0x3a, 0x16]), s, d, lane),
            Lanes::I64x2 => {
                self.sse_imm(PEXTRQ, s, d, lane);
            }
            // The lane into the low 32 or 64 bits (the scalar's; the rest is ignored).
            Lanes::F32x4 => self.sse_imm(PSHUFD, d, s, lane),
            Lanes::F64x2 => self.sse_imm(PSHUFD, d, s, if lane == 0 { 0x44 } else { 0xee }),
        }
    }

    fn v128_replace_lane(&mut self, lanes: Lanes, lane: u8, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match lanes {
            Lanes::I8x16 => self.sse_imm(p66(&[0x0f, 0x3a, 0x20]), d, s, lane),
            Lanes::I16x8 => self.sse_imm(p66(&[0x0f, 0xc4]), d, s, lane),
            Lanes::I32x4 => self.sse_imm(p66(&[0x0f, 0x3a, 0x22]), d, s, lane),
            Lanes::I64x2 => {
                self.sse_imm(PINSRQ, d, s, lane);
            }
            Lanes::F32x4 => self.sse_imm(p66(&[0x0f, 0x3a, 0x21]), d, s, lane << 4), // insertps
            Lanes::F64x2 if lane == 0 => self.sse(pf2(&[0x0f, 0x10]), d, s),         // movsd
            Lanes::F64x2 => self.sse(np(&[0x0f, 0x16]), d, s),                       // movlhps
        }
    }

    fn v128_shuffle(&mut self, dst: Reg, rhs: Reg, lanes: [u8; 16]) {
        // Each side picks its own bytes; 0x80 zeroes the others; then or.
        let (d, r) = (dst.hw, rhs.hw);
        let left = lanes.map(|l| if l < 16 { l } else { 0x80 });
        let right = lanes.map(|l| if l >= 16 { l - 16 } else { 0x80 });
        self.v128_const(Reg::float(XTMP), u128::from_le_bytes(left));
        self.sse(PSHUFB, d, XTMP);
        self.v128_const(Reg::float(XTMP), u128::from_le_bytes(right));
        self.sse(PSHUFB, r, XTMP);
        self.sse(POR, d, r);
    }

    fn v128_bitselect(&mut self, dst: Reg, other: Reg, mask: Reg) {
        let (d, o, m) = (dst.hw, other.hw, mask.hw);
        self.sse(PAND, d, m);
        self.sse(PANDN, m, o); // !mask & other
        self.sse(POR, d, m);
    }
}
