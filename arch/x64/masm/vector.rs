//! x86-64 lowering of the `v128` operations: one instruction where SSE has it, short
//! sequences where it does not (unsigned compares, 8-bit shifts, 64-bit arithmetic
//! shifts and multiplies, Wasm's float min/max and saturating conversions). Scratch
//! registers are rax, xmm0 and xmm15.
//!
//! One lowering serves two encodings, chosen per compilation by [`CpuFeatures`]: the
//! baseline's legacy SSE (SSE4.2, which every CPU with the POPCNT the scalar code needs
//! has), where an instruction overwrites its first operand, and AVX's VEX forms, where
//! the result goes to a third register. Each instruction is written once, through
//! `sse3` (`d = a op b`: VEX as it is; SSE copies `a` into `d` first), `unary` (one
//! source, the same in both) or `shift_imm`; AVX2 adds broadcasts for integer splats.

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
/// AVX2 broadcasts of the low 8, 16 and 32 bits (VEX only).
const VPBROADCASTB: Opcode = p66(&[0x0f, 0x38, 0x78]);
const VPBROADCASTW: Opcode = p66(&[0x0f, 0x38, 0x79]);
const VPBROADCASTD: Opcode = p66(&[0x0f, 0x38, 0x58]);
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
    /// `d = d op r`: the SSE two-operand form, or `vop d, d, r` with AVX.
    fn sse(&mut self, opcode: Opcode, d: u8, r: u8) {
        self.sse3(opcode, d, d, r);
    }

    /// `d = d op r` with an immediate (`op d, r, imm8`).
    fn sse_imm(&mut self, opcode: Opcode, d: u8, r: u8, imm: u8) {
        self.sse3_imm(opcode, d, d, r, imm);
    }

    /// `d = a op b`: one VEX instruction with AVX. SSE overwrites its first operand, so
    /// `a` is copied into `d` first; when `d` is `b` (and not `a`) the result is built in
    /// the scratch xmm15 instead, which must then hold nothing else but `a`.
    fn sse3(&mut self, opcode: Opcode, d: u8, a: u8, b: u8) {
        self.binary_form(opcode, d, a, b, None);
    }

    /// `d = a op b` with an immediate, as [`X64Masm::sse3`].
    fn sse3_imm(&mut self, opcode: Opcode, d: u8, a: u8, b: u8, imm: u8) {
        self.binary_form(opcode, d, a, b, Some(imm));
    }

    fn binary_form(&mut self, opcode: Opcode, d: u8, a: u8, b: u8, imm: Option<u8>) {
        let emit = |masm: &mut X64Masm, d: u8| {
            encode::reg_reg(&mut masm.ops, opcode, d, b);
            if let Some(imm) = imm {
                masm.ops.push(imm);
            }
        };
        if self.has_avx {
            encode::vex_reg_reg(&mut self.ops, opcode, d, a, b);
            if let Some(imm) = imm {
                self.ops.push(imm);
            }
        } else if d == b && d != a {
            self.vmov(XTMP, a);
            emit(self, XTMP);
            self.vmov(d, XTMP);
        } else {
            self.vmov(d, a);
            emit(self, d);
        }
    }

    /// `d = op s`, an instruction with one source (VEX's `vvvv` unused); `d` may be `s`.
    fn unary(&mut self, opcode: Opcode, d: u8, s: u8) {
        if self.has_avx {
            encode::vex_reg_reg(&mut self.ops, opcode, d, 0, s);
        } else {
            encode::reg_reg(&mut self.ops, opcode, d, s);
        }
    }

    /// `d = op s` with an immediate.
    fn unary_imm(&mut self, opcode: Opcode, d: u8, s: u8, imm: u8) {
        self.unary(opcode, d, s);
        self.ops.push(imm);
    }

    /// `d = s` shifted by an immediate, group `66 0F op /digit ib` (71: words, 72: dwords,
    /// 73: qwords and, with digits 3 and 7, whole-register byte shifts).
    fn shift_imm(&mut self, op: u8, digit: u8, d: u8, s: u8, imm: u8) {
        let opcode = match op {
            0x71 => p66(&[0x0f, 0x71]),
            0x72 => p66(&[0x0f, 0x72]),
            _ => p66(&[0x0f, 0x73]),
        };
        if self.has_avx {
            // The destination is VEX's vvvv; ModRM's reg holds the digit.
            encode::vex_reg_reg(&mut self.ops, opcode, digit, d, s);
        } else {
            self.vmov(d, s);
            encode::reg_reg(&mut self.ops, opcode, digit, d);
        }
        self.ops.push(imm);
    }

    /// `dst = src` between vector registers.
    fn vmov(&mut self, dst: u8, src: u8) {
        self.fmov(dst, src);
    }

    /// All ones in `reg`.
    fn all_ones(&mut self, reg: u8) {
        self.sse(PCMPEQD, reg, reg);
    }

    /// `d = !s`.
    fn not(&mut self, d: u8, s: u8) {
        self.all_ones(XTMP);
        self.sse3(PXOR, d, s, XTMP);
    }

    /// `d = l cmp r` per lane.
    fn lane_compare(&mut self, lanes: Lanes, cmp: IntCmp, d: u8, l: u8, r: u8) {
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
            Eq => self.sse3(eq, d, l, r),
            Ne => {
                self.sse3(eq, d, l, r);
                self.not(d, d);
            }
            GtS => self.sse3(gt, d, l, r),
            LtS => self.sse3(gt, d, r, l),
            LeS => {
                self.sse3(gt, d, l, r);
                self.not(d, d);
            }
            GeS => {
                self.sse3(gt, d, r, l);
                self.not(d, d);
            }
            // a >= b (unsigned) exactly when max(a, b) == a; a <= b when min(a, b) == a.
            GeU | LtU | LeU | GtU => {
                let minmax = match cmp {
                    GeU | LtU => max_u(lanes),
                    _ => min_u(lanes),
                };
                self.sse3(minmax, XTMP, l, r);
                self.sse3(eq, d, l, XTMP);
                if matches!(cmp, LtU | GtU) {
                    self.not(d, d);
                }
            }
        }
    }

    /// `d = l cmp r` per float lane.
    fn float_lane_compare(&mut self, lanes: Lanes, cmp: FloatCmp, d: u8, l: u8, r: u8) {
        let op = if is_f64(lanes) { CMPPD } else { CMPPS };
        match cmp {
            FloatCmp::Eq => self.sse3_imm(op, d, l, r, CMP_EQ),
            FloatCmp::Ne => self.sse3_imm(op, d, l, r, CMP_NE),
            FloatCmp::Lt => self.sse3_imm(op, d, l, r, CMP_LT),
            FloatCmp::Le => self.sse3_imm(op, d, l, r, CMP_LE),
            FloatCmp::Gt => self.sse3_imm(op, d, r, l, CMP_LT),
            FloatCmp::Ge => self.sse3_imm(op, d, r, l, CMP_LE),
        }
    }

    /// Wasm's float min: NaN if either is NaN (canonical), -0 below +0.
    fn float_min(&mut self, lanes: Lanes, d: u8, l: u8, r: u8) {
        let (min, or) = (packed(lanes, &[0x0f, 0x5d]), packed(lanes, &[0x0f, 0x56]));
        let cmp = if is_f64(lanes) { CMPPD } else { CMPPS };
        self.sse3(min, XTMP, r, l); // min(b, a)
        self.sse3(min, d, l, r); // min(a, b)
        self.sse(or, d, XTMP); // either's -0 and NaN bits
        self.sse3_imm(cmp, XTMP2, d, XTMP, CMP_UNORD); // NaN lanes
        self.sse(or, d, XTMP2);
        self.canonical_nan(lanes, d);
    }

    /// Wasm's float max: NaN if either is NaN (canonical), +0 above -0.
    fn float_max(&mut self, lanes: Lanes, d: u8, l: u8, r: u8) {
        let (max, or, xor, sub) = (
            packed(lanes, &[0x0f, 0x5f]),
            packed(lanes, &[0x0f, 0x56]),
            packed(lanes, &[0x0f, 0x57]),
            packed(lanes, &[0x0f, 0x5c]),
        );
        let cmp = if is_f64(lanes) { CMPPD } else { CMPPS };
        self.sse3(max, XTMP, r, l); // max(b, a)
        self.sse3(max, d, l, r); // max(a, b)
        self.sse(xor, XTMP, d); // where the two differ (NaN, +0/-0)
        self.sse(or, d, XTMP); // NaN lanes become NaN
        self.sse3_imm(cmp, XTMP2, d, d, CMP_UNORD); // NaN lanes
        self.sse(sub, d, XTMP); // +0 where +0 and -0 met
        self.sse(or, d, XTMP2);
        self.canonical_nan(lanes, d);
    }

    /// Given the NaN-lane mask in xmm0 and a result in `d` whose NaN lanes are all ones,
    /// leave the canonical NaN in those lanes.
    fn canonical_nan(&mut self, lanes: Lanes, d: u8) {
        let andn = packed(lanes, &[0x0f, 0x55]);
        if is_f64(lanes) {
            self.shift_imm(0x73, 2, XTMP2, XTMP2, 13); // psrlq
        } else {
            self.shift_imm(0x72, 2, XTMP2, XTMP2, 10); // psrld
        }
        if self.has_avx {
            self.sse3(andn, d, XTMP2, d);
        } else {
            self.sse(andn, XTMP2, d);
            self.vmov(d, XTMP2);
        }
    }

    /// `d` = the low half of `s`'s lanes, each widened to `lanes` (`pmovsx`/`pmovzx`).
    fn extend_low(&mut self, lanes: Lanes, signedness: Signedness, d: u8, s: u8) {
        let widen = match (lanes, signedness) {
            (Lanes::I16x8, Signedness::Signed) => p66(&[0x0f, 0x38, 0x20]),
            (Lanes::I16x8, Signedness::Unsigned) => p66(&[0x0f, 0x38, 0x30]),
            (Lanes::I32x4, Signedness::Signed) => p66(&[0x0f, 0x38, 0x23]),
            (Lanes::I32x4, Signedness::Unsigned) => p66(&[0x0f, 0x38, 0x33]),
            (Lanes::I64x2, Signedness::Signed) => p66(&[0x0f, 0x38, 0x25]),
            (Lanes::I64x2, Signedness::Unsigned) => p66(&[0x0f, 0x38, 0x35]),
            _ => unsupported_lanes(lanes),
        };
        self.unary(widen, d, s);
    }

    /// `d` = the high half of `s`'s lanes, each widened to `lanes`, with one shuffle (the
    /// shuffle unit is what SIMD loops run short of): interleaved with zeros (unsigned),
    /// with themselves and then shifted right arithmetically (signed 8 and 16 bits), or with
    /// their sign masks (signed 32 bits, which has no 64-bit arithmetic shift).
    fn extend_high(&mut self, lanes: Lanes, signedness: Signedness, d: u8, s: u8) {
        let (unpack_high, shift) = match lanes {
            Lanes::I16x8 => (p66(&[0x0f, 0x68]), 0x71), // punpckhbw, psraw
            Lanes::I32x4 => (p66(&[0x0f, 0x69]), 0x72), // punpckhwd, psrad
            Lanes::I64x2 => (p66(&[0x0f, 0x6a]), 0),    // punpckhdq
            other => unsupported_lanes(other),
        };
        match (signedness, lanes) {
            (Signedness::Unsigned, _) => {
                self.sse(PXOR, XTMP, XTMP);
                self.sse3(unpack_high, d, s, XTMP);
            }
            (Signedness::Signed, Lanes::I64x2) => {
                self.sse(PXOR, XTMP, XTMP);
                self.sse(p66(&[0x0f, 0x66]), XTMP, s); // pcmpgtd: 0 > x, the sign masks
                self.sse3(unpack_high, d, s, XTMP);
            }
            (Signedness::Signed, _) => {
                self.sse3(unpack_high, d, s, s);
                let bits = lanes.lane_bytes() * 4; // half the widened lane
                self.shift_imm(shift, 4, d, d, bits);
            }
        }
    }

    /// i64x2 multiply from 32-bit halves: lo*lo + ((hi_a*lo_b + lo_a*hi_b) << 32).
    fn mul_i64x2(&mut self, d: u8, l: u8, r: u8) {
        let pmuludq = p66(&[0x0f, 0xf4]);
        let paddq = p66(&[0x0f, 0xd4]);
        self.shift_imm(0x73, 2, XTMP, l, 32); // hi_a
        self.sse(pmuludq, XTMP, r); // hi_a * lo_b
        self.shift_imm(0x73, 2, XTMP2, r, 32); // hi_b
        self.sse(pmuludq, XTMP2, l); // lo_a * hi_b
        self.sse(paddq, XTMP, XTMP2);
        self.shift_imm(0x73, 6, XTMP, XTMP, 32); // psllq 32
        self.sse3(pmuludq, d, l, r); // lo_a * lo_b
        self.sse(paddq, d, XTMP);
    }

    /// Widening multiply (`ExtMul`): `d = widen(l) * widen(r)`.
    fn ext_mul(&mut self, lanes: Lanes, high: bool, signedness: Signedness, d: u8, l: u8, r: u8) {
        let signed = signedness == Signedness::Signed;
        match lanes {
            Lanes::I16x8 => {
                if high {
                    self.extend_high(Lanes::I16x8, signedness, XTMP2, r);
                    self.extend_high(Lanes::I16x8, signedness, d, l);
                    self.sse(p66(&[0x0f, 0xd5]), d, XTMP2); // pmullw
                } else {
                    self.extend_low(Lanes::I16x8, signedness, XTMP, r);
                    self.extend_low(Lanes::I16x8, signedness, d, l);
                    self.sse(p66(&[0x0f, 0xd5]), d, XTMP); // pmullw
                }
            }
            Lanes::I32x4 => {
                let mulhi = if signed { p66(&[0x0f, 0xe5]) } else { p66(&[0x0f, 0xe4]) };
                self.sse3(mulhi, XTMP, l, r); // high halves of the products
                self.sse3(p66(&[0x0f, 0xd5]), d, l, r); // low halves
                let unpack = if high { p66(&[0x0f, 0x69]) } else { p66(&[0x0f, 0x61]) };
                self.sse(unpack, d, XTMP);
            }
            Lanes::I64x2 => {
                let order = if high { 0xfa } else { 0x50 };
                self.unary_imm(PSHUFD, XTMP, r, order);
                self.unary_imm(PSHUFD, d, l, order);
                let mul = if signed { p66(&[0x0f, 0x38, 0x28]) } else { p66(&[0x0f, 0xf4]) };
                self.sse(mul, d, XTMP);
            }
            other => unsupported_lanes(other),
        }
    }

    /// Signed byte products of `l` and `r`, pairs added with 16-bit wrap-around.
    fn dot_i8x16(&mut self, d: u8, l: u8, r: u8) {
        let pmovsxbw = p66(&[0x0f, 0x38, 0x20]);
        let pmullw = p66(&[0x0f, 0xd5]);
        self.unary_imm(PSHUFD, XTMP, l, 0xee); // the high bytes
        self.unary(pmovsxbw, XTMP, XTMP);
        self.unary_imm(PSHUFD, XTMP2, r, 0xee);
        self.unary(pmovsxbw, XTMP2, XTMP2);
        self.sse(pmullw, XTMP, XTMP2);
        self.unary(pmovsxbw, XTMP2, r);
        self.unary(pmovsxbw, d, l);
        self.sse(pmullw, d, XTMP2);
        self.sse(p66(&[0x0f, 0x38, 0x01]), d, XTMP); // phaddw
    }

    /// A constant with `value` in every 16-bit lane, in `reg`.
    fn splat16(&mut self, reg: u8, value: u16) {
        self.v128_const(Reg::float(reg), u128::from(value) * 0x0001_0001_0001_0001_0001_0001_0001_0001);
    }

    /// `d` = four unsigned i32s of `s` converted to f32 (exact but for one final rounding).
    fn convert_u32_to_f32(&mut self, d: u8, s: u8) {
        self.shift_imm(0x72, 6, XTMP, s, 16); // pslld 16
        self.shift_imm(0x72, 2, XTMP, XTMP, 16); // psrld 16: the low halves
        self.sse3(p66(&[0x0f, 0xfa]), d, s, XTMP); // psubd: the high halves
        self.unary(CVTDQ2PS, XTMP, XTMP);
        self.shift_imm(0x72, 2, d, d, 1); // halved, so it converts as signed
        self.unary(CVTDQ2PS, d, d);
        self.sse(np(&[0x0f, 0x58]), d, d); // doubled back
        self.sse(np(&[0x0f, 0x58]), d, XTMP);
    }

    fn trunc_sat_f32x4(&mut self, signedness: Signedness, d: u8, s: u8) {
        if signedness == Signedness::Signed {
            self.sse3_imm(CMPPS, XTMP, s, s, CMP_EQ); // not NaN
            self.sse3(np(&[0x0f, 0x54]), d, s, XTMP); // NaN -> 0
            self.sse(PXOR, XTMP, d); // sign bit set where the input is not negative
            self.unary(CVTTPS2DQ, d, d); // out of range -> 0x80000000
            self.sse(PAND, XTMP, d);
            self.shift_imm(0x72, 4, XTMP, XTMP, 31); // psrad: all ones where it overflowed upward
            self.sse(PXOR, d, XTMP);
            return;
        }
        self.sse(PXOR, XTMP, XTMP);
        self.sse3(np(&[0x0f, 0x5f]), d, s, XTMP); // maxps: NaN and negatives -> 0
        self.all_ones(XTMP);
        self.shift_imm(0x72, 2, XTMP, XTMP, 1);
        self.unary(CVTDQ2PS, XTMP, XTMP); // 2^31
        self.sse3(np(&[0x0f, 0x5c]), XTMP2, d, XTMP); // x - 2^31
        self.sse3_imm(CMPPS, XTMP, XTMP, XTMP2, CMP_LE); // x - 2^31 >= 2^31: overflow
        self.unary(CVTTPS2DQ, XTMP2, XTMP2);
        self.sse(PXOR, XTMP2, XTMP);
        self.sse(PXOR, XTMP, XTMP);
        self.sse(p66(&[0x0f, 0x38, 0x3d]), XTMP2, XTMP); // pmaxsd: below 2^31 -> 0
        self.unary(CVTTPS2DQ, d, d);
        self.sse(p66(&[0x0f, 0xfe]), d, XTMP2);
    }

    fn trunc_sat_f64x2(&mut self, signedness: Signedness, d: u8, s: u8) {
        if signedness == Signedness::Signed {
            self.sse3_imm(CMPPD, XTMP, s, s, CMP_EQ); // not NaN
            self.v128_const(Reg::float(XTMP2), u128::from(2147483647.0f64.to_bits()) * ((1 << 64) + 1));
            self.sse(p66(&[0x0f, 0x54]), XTMP, XTMP2); // NaN lanes 0, others 2^31 - 1
            self.sse3(p66(&[0x0f, 0x5d]), d, s, XTMP); // minpd
            self.unary(p66(&[0x0f, 0xe6]), d, d); // cvttpd2dq
            return;
        }
        self.sse(PXOR, XTMP, XTMP);
        self.sse3(p66(&[0x0f, 0x5f]), d, s, XTMP); // maxpd: NaN and negatives -> 0
        self.v128_const(Reg::float(XTMP2), u128::from(4294967295.0f64.to_bits()) * ((1 << 64) + 1));
        self.sse(p66(&[0x0f, 0x5d]), d, XTMP2); // minpd
        self.unary_imm(p66(&[0x0f, 0x3a, 0x09]), d, d, 3); // roundpd toward zero
        self.v128_const(Reg::float(XTMP2), u128::from(0x4330_0000_0000_0000u64) * ((1 << 64) + 1));
        self.sse(p66(&[0x0f, 0x58]), d, XTMP2); // + 2^52: the integer in the low 32 bits
        self.sse_imm(np(&[0x0f, 0xc6]), d, XTMP, 0x88); // shufps: low dwords, then zeros
    }

    /// `d` = the bits set in each byte of `s`.
    fn popcnt(&mut self, d: u8, s: u8) {
        const LOW_NIBBLES: u128 = 0x0f0f_0f0f_0f0f_0f0f_0f0f_0f0f_0f0f_0f0f;
        const COUNTS: u128 = 0x0403_0302_0302_0201_0302_0201_0201_0100;
        self.shift_imm(0x71, 2, XTMP2, s, 4); // psrlw 4
        self.v128_const(Reg::float(XTMP), LOW_NIBBLES);
        self.sse(PAND, XTMP2, XTMP); // high nibbles
        self.sse3(PAND, d, s, XTMP); // low nibbles
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
        self.unary(MOVD_TO_XMM, XTMP2, amount);
    }

    /// The single instruction of a binary operation that has one, by its lanes.
    fn binop_opcode(op: V128BinOp) -> Option<Opcode> {
        use Lanes::*;
        Some(match op {
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
            V128BinOp::Mul(I64x2) => return None,
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
            V128BinOp::MinU(l) => min_u(l),
            V128BinOp::MaxU(l) => max_u(l),
            V128BinOp::AddSatS(l) => by_width(l, [Some(p66(&[0x0f, 0xec])), Some(p66(&[0x0f, 0xed])), None, None]),
            V128BinOp::AddSatU(l) => by_width(l, [Some(p66(&[0x0f, 0xdc])), Some(p66(&[0x0f, 0xdd])), None, None]),
            V128BinOp::SubSatS(l) => by_width(l, [Some(p66(&[0x0f, 0xe8])), Some(p66(&[0x0f, 0xe9])), None, None]),
            V128BinOp::SubSatU(l) => by_width(l, [Some(p66(&[0x0f, 0xd8])), Some(p66(&[0x0f, 0xd9])), None, None]),
            V128BinOp::AvgrU(l) => by_width(l, [Some(p66(&[0x0f, 0xe0])), Some(p66(&[0x0f, 0xe3])), None, None]),
            V128BinOp::And => PAND,
            V128BinOp::Or => POR,
            V128BinOp::Xor => PXOR,
            V128BinOp::DotI16x8S => p66(&[0x0f, 0xf5]),
            V128BinOp::NarrowS(l) => by_width(l, [None, Some(p66(&[0x0f, 0x63])), Some(p66(&[0x0f, 0x6b])), None]),
            V128BinOp::NarrowU(l) => {
                by_width(l, [None, Some(p66(&[0x0f, 0x67])), Some(p66(&[0x0f, 0x38, 0x2b])), None])
            }
            _ => return None,
        })
    }
}

/// Unsigned maximum per lane (8, 16, 32 bits).
fn max_u(lanes: Lanes) -> Opcode {
    by_width(lanes, [Some(p66(&[0x0f, 0xde])), Some(p66(&[0x0f, 0x38, 0x3e])), Some(p66(&[0x0f, 0x38, 0x3f])), None])
}

/// Unsigned minimum per lane.
fn min_u(lanes: Lanes) -> Opcode {
    by_width(lanes, [Some(p66(&[0x0f, 0xda])), Some(p66(&[0x0f, 0x38, 0x3a])), Some(p66(&[0x0f, 0x38, 0x3b])), None])
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
            self.unary(MOVD_TO_XMM, d, RAX);
        } else if let Some(label) = core::constant_label(self, bits) {
            // From the function's constant pool, RIP-relative.
            let l = self.dl(label);
            asm!(self.ops; movups Rx(d), [=>l]);
        } else {
            // movq zeroes the upper half; pinsrq sets it.
            self.mov_int_imm(OperandSize::S64, RAX, lo);
            self.unary(MOVQ_TO_XMM, d, RAX);
            self.mov_int_imm(OperandSize::S64, RAX, hi);
            self.sse_imm(PINSRQ, d, RAX, 1);
        }
    }

    fn v128_binop(&mut self, op: V128BinOp, dst: Reg, lhs: Reg, rhs: Reg) {
        let (d, l, r) = (dst.hw, lhs.hw, rhs.hw);
        if let Some(opcode) = Self::binop_opcode(op) {
            return self.sse3(opcode, d, l, r);
        }
        match op {
            V128BinOp::Mul(_) => self.mul_i64x2(d, l, r),
            V128BinOp::Min(lanes) => self.float_min(lanes, d, l, r),
            V128BinOp::Max(lanes) => self.float_max(lanes, d, l, r),
            // minps keeps its first operand's lane unless the second's is smaller: with
            // the operands swapped that is exactly pmin (and maxps, pmax).
            V128BinOp::PMin(lanes) => self.sse3(packed(lanes, &[0x0f, 0x5d]), d, r, l),
            V128BinOp::PMax(lanes) => self.sse3(packed(lanes, &[0x0f, 0x5f]), d, r, l),
            V128BinOp::CmpInt(lanes, cmp) => self.lane_compare(lanes, cmp, d, l, r),
            V128BinOp::CmpFloat(lanes, cmp) => self.float_lane_compare(lanes, cmp, d, l, r),
            // pandn computes !first & second.
            V128BinOp::AndNot => self.sse3(PANDN, d, r, l),
            V128BinOp::Swizzle => {
                // pshufb zeroes a byte only when its index has the top bit set: a
                // saturating + 0x70 sets it for every index above 15 and keeps the rest.
                self.v128_const(Reg::float(XTMP), 0x7070_7070_7070_7070_7070_7070_7070_7070);
                self.sse(p66(&[0x0f, 0xdc]), XTMP, r);
                self.sse3(PSHUFB, d, l, XTMP);
            }
            V128BinOp::Q15MulrSatS => {
                // pmulhrsw gives 0x8000 for 0x8000 * 0x8000, where Wasm saturates.
                self.sse3(p66(&[0x0f, 0x38, 0x0b]), d, l, r);
                self.splat16(XTMP, 0x8000);
                self.sse(p66(&[0x0f, 0x75]), XTMP, d);
                self.sse(PXOR, d, XTMP);
            }
            V128BinOp::DotI8x16I7x16S => self.dot_i8x16(d, l, r),
            V128BinOp::ExtMul { lanes, high, signedness } => self.ext_mul(lanes, high, signedness, d, l, r),
            other => panic!("{other:?} has one instruction"),
        }
    }

    fn v128_unop(&mut self, op: V128UnOp, dst: Reg, src: Reg) {
        use Lanes::*;
        let (d, s) = (dst.hw, src.hw);
        match op {
            V128UnOp::Not => self.not(d, s),
            V128UnOp::Neg(l @ (F32x4 | F64x2)) => {
                self.all_ones(XTMP);
                if is_f64(l) {
                    self.shift_imm(0x73, 6, XTMP, XTMP, 63);
                } else {
                    self.shift_imm(0x72, 6, XTMP, XTMP, 31);
                }
                self.sse3(PXOR, d, s, XTMP);
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
                self.sse3(sub, d, XTMP, s);
            }
            V128UnOp::Abs(l @ (F32x4 | F64x2)) => {
                self.all_ones(XTMP);
                if is_f64(l) {
                    self.shift_imm(0x73, 2, XTMP, XTMP, 1);
                } else {
                    self.shift_imm(0x72, 2, XTMP, XTMP, 1);
                }
                self.sse3(PAND, d, s, XTMP);
            }
            V128UnOp::Abs(I64x2) => {
                self.sse(PXOR, XTMP, XTMP);
                self.sse(p66(&[0x0f, 0x38, 0x37]), XTMP, s); // 0 > x: the sign mask
                self.sse3(PXOR, d, s, XTMP);
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
                self.unary(abs, d, s);
            }
            V128UnOp::Popcnt => self.popcnt(d, s),
            V128UnOp::Sqrt(l) => self.unary(packed(l, &[0x0f, 0x51]), d, s),
            V128UnOp::Ceil(l) | V128UnOp::Floor(l) | V128UnOp::Trunc(l) | V128UnOp::Nearest(l) => {
                let mode = match op {
                    V128UnOp::Nearest(_) => 0,
                    V128UnOp::Floor(_) => 1,
                    V128UnOp::Ceil(_) => 2,
                    _ => 3,
                };
                let round = if is_f64(l) { p66(&[0x0f, 0x3a, 0x09]) } else { p66(&[0x0f, 0x3a, 0x08]) };
                self.unary_imm(round, d, s, mode);
            }
            V128UnOp::Extend { lanes, high: false, signedness } => self.extend_low(lanes, signedness, d, s),
            V128UnOp::Extend { lanes, high: true, signedness } => self.extend_high(lanes, signedness, d, s),
            V128UnOp::ExtAddPairwise(I16x8, signedness) => {
                // pmaddubsw multiplies unsigned bytes of its first operand by signed bytes
                // of its second and adds the pairs.
                let pmaddubsw = p66(&[0x0f, 0x38, 0x04]);
                self.v128_const(Reg::float(XTMP), 0x0101_0101_0101_0101_0101_0101_0101_0101);
                if signedness == Signedness::Signed {
                    self.sse3(pmaddubsw, d, XTMP, s);
                } else {
                    self.sse3(pmaddubsw, d, s, XTMP);
                }
            }
            V128UnOp::ExtAddPairwise(I32x4, signedness) => {
                let mut src = s;
                if signedness == Signedness::Unsigned {
                    // Bias to signed, add the pairs, and add the two biases back.
                    self.splat16(XTMP, 0x8000);
                    self.sse3(PXOR, d, s, XTMP);
                    src = d;
                }
                self.splat16(XTMP, 1);
                self.sse3(p66(&[0x0f, 0xf5]), d, src, XTMP); // pmaddwd
                if signedness == Signedness::Unsigned {
                    self.v128_const(Reg::float(XTMP), 0x0001_0000_0001_0000_0001_0000_0001_0000);
                    self.sse(p66(&[0x0f, 0xfe]), d, XTMP);
                }
            }
            V128UnOp::ExtAddPairwise(l, _) => unsupported_lanes(l),
            V128UnOp::ConvertI32x4(Signedness::Signed) => self.unary(CVTDQ2PS, d, s),
            V128UnOp::ConvertI32x4(Signedness::Unsigned) => self.convert_u32_to_f32(d, s),
            V128UnOp::ConvertLowI32x4(Signedness::Signed) => self.unary(pf3(&[0x0f, 0xe6]), d, s),
            V128UnOp::ConvertLowI32x4(Signedness::Unsigned) => {
                // 2^52 + x as an f64 (x in the low word), minus 2^52.
                self.v128_const(Reg::float(XTMP), 0x4330_0000_4330_0000_4330_0000_4330_0000);
                self.sse3(np(&[0x0f, 0x14]), d, s, XTMP); // unpcklps
                self.v128_const(Reg::float(XTMP), u128::from(0x4330_0000_0000_0000u64) * ((1 << 64) + 1));
                self.sse(p66(&[0x0f, 0x5c]), d, XTMP);
            }
            V128UnOp::TruncSatF32x4(signedness) => self.trunc_sat_f32x4(signedness, d, s),
            V128UnOp::TruncSatF64x2Zero(signedness) => self.trunc_sat_f64x2(signedness, d, s),
            V128UnOp::Demote => self.unary(p66(&[0x0f, 0x5a]), d, s),
            V128UnOp::Promote => self.unary(np(&[0x0f, 0x5a]), d, s),
        }
    }

    fn v128_test(&mut self, op: V128Test, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match op {
            V128Test::AnyTrue => {
                asm!(self.ops; xor Rd(d), Rd(d));
                self.unary(PTEST, s, s);
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
                self.unary(PTEST, XTMP, XTMP);
                asm!(self.ops; setz Rb(d));
            }
            V128Test::Bitmask(Lanes::I8x16) => self.unary(PMOVMSKB, d, s),
            V128Test::Bitmask(Lanes::I16x8) => {
                self.sse3(p66(&[0x0f, 0x63]), XTMP, s, s); // packsswb keeps the signs
                self.unary(PMOVMSKB, d, XTMP);
                asm!(self.ops; movzx Rd(d), Rb(d));
            }
            V128Test::Bitmask(Lanes::I32x4) => self.unary(np(&[0x0f, 0x50]), d, s),
            V128Test::Bitmask(Lanes::I64x2) => self.unary(p66(&[0x0f, 0x50]), d, s),
            V128Test::Bitmask(l) => unsupported_lanes(l),
        }
    }

    fn v128_shift(&mut self, lanes: Lanes, kind: ShiftKind, dst: Reg, amount: Reg) {
        let (d, a) = (dst.hw, amount.hw);
        match (lanes, kind) {
            (Lanes::I8x16, ShiftKind::ShrS) => {
                // Each byte into the high half of a 16-bit lane, shifted by 8 more.
                self.shift_count(lanes, a, 8);
                self.sse3(p66(&[0x0f, 0x68]), XTMP, d, d); // punpckhbw
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
                    self.unary(p66(&[0x0f, 0x38, 0x1c]), XTMP2, XTMP2); // pabsb: all 1s
                }
                self.sse(PSHUFB, XTMP, XTMP2);
                self.sse(PAND, d, XTMP);
            }
            (Lanes::I64x2, ShiftKind::ShrS) => {
                // No psraq: shift logically, then sign-extend with the shifted sign bit.
                self.shift_count(lanes, a, 0);
                self.all_ones(XTMP);
                self.shift_imm(0x73, 6, XTMP, XTMP, 63); // the sign bit
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

    fn v128_shift_imm(&mut self, lanes: Lanes, kind: ShiftKind, dst: Reg, src: Reg, amount: u8) {
        let (d, s) = (dst.hw, src.hw);
        if amount == 0 {
            return self.vmov(d, s);
        }
        // Group opcode (71: words, 72: dwords, 73: qwords) and ModRM digit (6: shl,
        // 4: arithmetic right, 2: logical right).
        let digit = match kind {
            ShiftKind::Shl => 6,
            ShiftKind::ShrS => 4,
            _ => 2,
        };
        match (lanes, kind) {
            (Lanes::I16x8, _) => self.shift_imm(0x71, digit, d, s, amount),
            (Lanes::I32x4, _) => self.shift_imm(0x72, digit, d, s, amount),
            (Lanes::I64x2, ShiftKind::ShrS) => {
                // No psraq: logical shift, then sign-extend with the shifted sign bit.
                self.all_ones(XTMP);
                self.shift_imm(0x73, 6, XTMP, XTMP, 63);
                self.shift_imm(0x73, 2, XTMP, XTMP, amount);
                self.shift_imm(0x73, 2, d, s, amount);
                self.sse(PXOR, d, XTMP);
                self.sse(p66(&[0x0f, 0xfb]), d, XTMP);
            }
            (Lanes::I64x2, _) => self.shift_imm(0x73, digit, d, s, amount),
            (Lanes::I8x16, ShiftKind::ShrS) => {
                // Bytes into the high halves of 16-bit lanes, shifted by 8 more, packed.
                self.sse3(p66(&[0x0f, 0x68]), XTMP, s, s); // punpckhbw
                self.sse3(p66(&[0x0f, 0x60]), d, s, s); // punpcklbw
                self.shift_imm(0x71, 4, XTMP, XTMP, amount + 8);
                self.shift_imm(0x71, 4, d, d, amount + 8);
                self.sse(p66(&[0x0f, 0x63]), d, XTMP); // packsswb
            }
            (Lanes::I8x16, _) => {
                // A 16-bit shift, then the bits that crossed a byte cleared by a constant.
                let byte_mask = if kind == ShiftKind::Shl { 0xffu8 << amount } else { 0xffu8 >> amount };
                self.shift_imm(0x71, digit, d, s, amount);
                self.v128_const(Reg::float(XTMP), u128::from_le_bytes([byte_mask; 16]));
                self.sse(PAND, d, XTMP);
            }
            _ => unsupported_lanes(lanes),
        }
    }

    fn v128_splat(&mut self, lanes: Lanes, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match lanes {
            Lanes::I8x16 | Lanes::I16x8 | Lanes::I32x4 if self.has_avx2 => {
                self.unary(MOVD_TO_XMM, d, s);
                let broadcast = match lanes {
                    Lanes::I8x16 => VPBROADCASTB,
                    Lanes::I16x8 => VPBROADCASTW,
                    _ => VPBROADCASTD,
                };
                self.unary(broadcast, d, d);
            }
            Lanes::I8x16 => {
                self.unary(MOVD_TO_XMM, d, s);
                self.sse(PXOR, XTMP, XTMP);
                self.sse(PSHUFB, d, XTMP);
            }
            Lanes::I16x8 => {
                self.unary(MOVD_TO_XMM, d, s);
                self.unary_imm(pf2(&[0x0f, 0x70]), d, d, 0); // pshuflw
                self.unary_imm(PSHUFD, d, d, 0);
            }
            Lanes::I32x4 => {
                self.unary(MOVD_TO_XMM, d, s);
                self.unary_imm(PSHUFD, d, d, 0);
            }
            Lanes::I64x2 => {
                self.unary(MOVQ_TO_XMM, d, s);
                self.sse(p66(&[0x0f, 0x6c]), d, d); // punpcklqdq
            }
            Lanes::F32x4 => self.unary_imm(PSHUFD, d, s, 0),
            Lanes::F64x2 => self.unary_imm(PSHUFD, d, s, 0x44),
        }
    }

    fn v128_extract_lane(&mut self, lanes: Lanes, lane: u8, signedness: Signedness, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match lanes {
            Lanes::I8x16 => {
                // pextrb r32, xmm, imm: the xmm register is the ModRM reg.
                self.unary_imm(p66(&[0x0f, 0x3a, 0x14]), s, d, lane);
                if signedness == Signedness::Signed {
                    asm!(self.ops; movsx Rd(d), Rb(d));
                }
            }
            Lanes::I16x8 => {
                self.unary_imm(p66(&[0x0f, 0xc5]), d, s, lane); // pextrw
                if signedness == Signedness::Signed {
                    asm!(self.ops; movsx Rd(d), Rw(d));
                }
            }
            Lanes::I32x4 => self.unary_imm(p66(&[0x0f, 0x3a, 0x16]), s, d, lane),
            Lanes::I64x2 => self.unary_imm(PEXTRQ, s, d, lane),
            // The lane into the low 32 or 64 bits (the scalar's; the rest is ignored).
            Lanes::F32x4 => self.unary_imm(PSHUFD, d, s, lane),
            Lanes::F64x2 => self.unary_imm(PSHUFD, d, s, if lane == 0 { 0x44 } else { 0xee }),
        }
    }

    fn v128_replace_lane(&mut self, lanes: Lanes, lane: u8, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match lanes {
            Lanes::I8x16 => self.sse_imm(p66(&[0x0f, 0x3a, 0x20]), d, s, lane),
            Lanes::I16x8 => self.sse_imm(p66(&[0x0f, 0xc4]), d, s, lane),
            Lanes::I32x4 => self.sse_imm(p66(&[0x0f, 0x3a, 0x22]), d, s, lane),
            Lanes::I64x2 => self.sse_imm(PINSRQ, d, s, lane),
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
