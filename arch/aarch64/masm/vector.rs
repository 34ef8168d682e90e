//! aarch64 lowering of the `v128` operations (NEON). Most Wasm SIMD operators are one
//! NEON instruction; scratch registers are x16/x17 and v30/v31.

use super::*;

/// An instruction `op Vd.T, Vn.T, Vm.T` at the arrangement of `$lanes` (integer lanes).
macro_rules! vvv {
    ($s:ident, $mn:ident, $lanes:expr, $d:expr, $n:expr, $m:expr) => {
        match $lanes {
            Lanes::I8x16 => asm!($s.ops; $mn V($d).B16, V($n).B16, V($m).B16),
            Lanes::I16x8 => asm!($s.ops; $mn V($d).H8, V($n).H8, V($m).H8),
            Lanes::I32x4 | Lanes::F32x4 => asm!($s.ops; $mn V($d).S4, V($n).S4, V($m).S4),
            Lanes::I64x2 | Lanes::F64x2 => asm!($s.ops; $mn V($d).D2, V($n).D2, V($m).D2),
        }
    };
}

/// A float instruction `op Vd.T, Vn.T, Vm.T` (f32x4 or f64x2).
macro_rules! fvvv {
    ($s:ident, $mn:ident, $lanes:expr, $d:expr, $n:expr, $m:expr) => {
        match $lanes {
            Lanes::F32x4 => asm!($s.ops; $mn V($d).S4, V($n).S4, V($m).S4),
            Lanes::F64x2 => asm!($s.ops; $mn V($d).D2, V($n).D2, V($m).D2),
            _ => unsupported_lanes($lanes),
        }
    };
}

/// A float instruction `op Vd.T, Vn.T` (f32x4 or f64x2).
macro_rules! fvv {
    ($s:ident, $mn:ident, $lanes:expr, $d:expr, $n:expr) => {
        match $lanes {
            Lanes::F32x4 => asm!($s.ops; $mn V($d).S4, V($n).S4),
            Lanes::F64x2 => asm!($s.ops; $mn V($d).D2, V($n).D2),
            _ => unsupported_lanes($lanes),
        }
    };
}

/// `op Vd.T, Vn.T, Vm.T` for 8-, 16- and 32-bit lanes only.
macro_rules! vvv_no64 {
    ($s:ident, $mn:ident, $lanes:expr, $d:expr, $n:expr, $m:expr) => {
        match $lanes {
            Lanes::I8x16 => asm!($s.ops; $mn V($d).B16, V($n).B16, V($m).B16),
            Lanes::I16x8 => asm!($s.ops; $mn V($d).H8, V($n).H8, V($m).H8),
            Lanes::I32x4 | Lanes::F32x4 => asm!($s.ops; $mn V($d).S4, V($n).S4, V($m).S4),
            _ => unsupported_lanes($lanes),
        }
    };
}

/// `op Vd.T, Vn.T` at the arrangement of `$lanes`.
macro_rules! vv {
    ($s:ident, $mn:ident, $lanes:expr, $d:expr, $n:expr) => {
        match $lanes {
            Lanes::I8x16 => asm!($s.ops; $mn V($d).B16, V($n).B16),
            Lanes::I16x8 => asm!($s.ops; $mn V($d).H8, V($n).H8),
            Lanes::I32x4 | Lanes::F32x4 => asm!($s.ops; $mn V($d).S4, V($n).S4),
            Lanes::I64x2 | Lanes::F64x2 => asm!($s.ops; $mn V($d).D2, V($n).D2),
        }
    };
}

/// `op Vd.wide, Vn.narrow, Vm.narrow` (low halves) or the `2` form (high halves), by
/// the *result* lanes.
macro_rules! widening {
    ($s:ident, $lo:ident, $hi:ident, $high:expr, $lanes:expr, $d:expr, $n:expr, $m:expr) => {
        match ($lanes, $high) {
            (Lanes::I16x8, false) => asm!($s.ops; $lo V($d).H8, V($n).B8, V($m).B8),
            (Lanes::I16x8, true) => asm!($s.ops; $hi V($d).H8, V($n).B16, V($m).B16),
            (Lanes::I32x4, false) => asm!($s.ops; $lo V($d).S4, V($n).H4, V($m).H4),
            (Lanes::I32x4, true) => asm!($s.ops; $hi V($d).S4, V($n).H8, V($m).H8),
            (Lanes::I64x2, false) => asm!($s.ops; $lo V($d).D2, V($n).S2, V($m).S2),
            (Lanes::I64x2, true) => asm!($s.ops; $hi V($d).D2, V($n).S4, V($m).S4),
            _ => unsupported_lanes($lanes),
        }
    };
}

/// A lane shape an operation does not take: a compiler bug.
#[cold]
fn unsupported_lanes(lanes: Lanes) -> ! {
    panic!("no such SIMD operation on {lanes:?}")
}

impl Aarch64Masm {
    /// Copy `src`'s bits into `d` where `mask` is set.
    fn insert_where(&mut self, d: u8, src: u8, mask: u8) {
        asm!(self.ops; bit V(d).B16, V(src).B16, V(mask).B16);
    }

    /// `d = n` (nothing when they are the same register).
    fn copy(&mut self, d: u8, n: u8) {
        if d != n {
            asm!(self.ops; mov V(d).B16, V(n).B16);
        }
    }

    /// `d = n cmp r` per lane.
    fn lane_compare(&mut self, lanes: Lanes, cmp: IntCmp, d: u8, n: u8, r: u8) {
        use IntCmp::*;
        match cmp {
            Eq => vvv!(self, cmeq, lanes, d, n, r),
            Ne => {
                vvv!(self, cmeq, lanes, d, n, r);
                asm!(self.ops; mvn V(d).B16, V(d).B16);
            }
            GtS => vvv!(self, cmgt, lanes, d, n, r),
            GeS => vvv!(self, cmge, lanes, d, n, r),
            LtS => vvv!(self, cmgt, lanes, d, r, n),
            LeS => vvv!(self, cmge, lanes, d, r, n),
            GtU => vvv!(self, cmhi, lanes, d, n, r),
            GeU => vvv!(self, cmhs, lanes, d, n, r),
            LtU => vvv!(self, cmhi, lanes, d, r, n),
            LeU => vvv!(self, cmhs, lanes, d, r, n),
        }
    }

    /// `d = n cmp r` per float lane.
    fn float_lane_compare(&mut self, lanes: Lanes, cmp: FloatCmp, d: u8, n: u8, r: u8) {
        match cmp {
            FloatCmp::Eq => fvvv!(self, fcmeq, lanes, d, n, r),
            FloatCmp::Ne => {
                fvvv!(self, fcmeq, lanes, d, n, r);
                asm!(self.ops; mvn V(d).B16, V(d).B16);
            }
            FloatCmp::Gt => fvvv!(self, fcmgt, lanes, d, n, r),
            FloatCmp::Ge => fvvv!(self, fcmge, lanes, d, n, r),
            FloatCmp::Lt => fvvv!(self, fcmgt, lanes, d, r, n),
            FloatCmp::Le => fvvv!(self, fcmge, lanes, d, r, n),
        }
    }

    /// i64x2 multiply: NEON has none, so each lane goes through x16/x17.
    fn mul_i64x2(&mut self, d: u8, n: u8, r: u8) {
        for lane in 0..2 {
            asm!(self.ops
                ; umov X(S1), V(n).D[lane]
                ; umov X(S2), V(r).D[lane]
                ; mul X(S1), X(S1), X(S2)
                ; ins V(d).D[lane], X(S1)
            );
        }
    }
}

impl VectorAssembler for Aarch64Masm {
    fn v128_const(&mut self, dst: Reg, bits: u128) {
        let d = dst.hw;
        let (lo, hi) = (bits as u64, (bits >> 64) as u64);
        if bits == 0 {
            asm!(self.ops; movi V(d).D2, 0);
        } else if bits == u128::MAX {
            asm!(self.ops; movi V(d).D2, 0xffff_ffff_ffff_ffff);
        } else if let Some(label) = (hi != 0 && !self.far_branches).then(|| core::constant_label(self, bits)).flatten()
        {
            // From the function's constant pool, PC-relative (within 1 MiB: the function
            // is shorter than NEAR_CODE_RANGE, whose margin holds the pool).
            let l = self.dl(label);
            asm!(self.ops; ldr Q(d), =>l);
        } else {
            // fmov from a general register zeroes the upper half. (A function too large
            // for short branches may be too large for a literal load too.)
            self.mov_imm(OperandSize::S64, S1, lo);
            asm!(self.ops; fmov D(d), X(S1));
            if hi != 0 {
                self.mov_imm(OperandSize::S64, S1, hi);
                asm!(self.ops; ins V(d).D[1], X(S1));
            }
        }
    }

    fn v128_binop(&mut self, op: V128BinOp, dst: Reg, lhs: Reg, rhs: Reg) {
        use Lanes::*;
        let (d, n, r) = (dst.hw, lhs.hw, rhs.hw);
        match op {
            V128BinOp::Add(l @ (F32x4 | F64x2)) => fvvv!(self, fadd, l, d, n, r),
            V128BinOp::Add(l) => vvv!(self, add, l, d, n, r),
            V128BinOp::Sub(l @ (F32x4 | F64x2)) => fvvv!(self, fsub, l, d, n, r),
            V128BinOp::Sub(l) => vvv!(self, sub, l, d, n, r),
            V128BinOp::Mul(l @ (F32x4 | F64x2)) => fvvv!(self, fmul, l, d, n, r),
            V128BinOp::Mul(I64x2) => self.mul_i64x2(d, n, r),
            V128BinOp::Mul(l) => vvv_no64!(self, mul, l, d, n, r),
            V128BinOp::Div(l) => fvvv!(self, fdiv, l, d, n, r),
            V128BinOp::MinS(l) => vvv_no64!(self, smin, l, d, n, r),
            V128BinOp::MinU(l) => vvv_no64!(self, umin, l, d, n, r),
            V128BinOp::MaxS(l) => vvv_no64!(self, smax, l, d, n, r),
            V128BinOp::MaxU(l) => vvv_no64!(self, umax, l, d, n, r),
            // FMIN/FMAX propagate NaN and order -0 below +0, as Wasm requires.
            V128BinOp::Min(l) => fvvv!(self, fmin, l, d, n, r),
            V128BinOp::Max(l) => fvvv!(self, fmax, l, d, n, r),
            V128BinOp::PMin(l) => {
                fvvv!(self, fcmgt, l, F1, n, r);
                self.copy(d, n);
                self.insert_where(d, r, F1);
            }
            V128BinOp::PMax(l) => {
                fvvv!(self, fcmgt, l, F1, r, n);
                self.copy(d, n);
                self.insert_where(d, r, F1);
            }
            V128BinOp::AddSatS(l) => vvv_no64!(self, sqadd, l, d, n, r),
            V128BinOp::AddSatU(l) => vvv_no64!(self, uqadd, l, d, n, r),
            V128BinOp::SubSatS(l) => vvv_no64!(self, sqsub, l, d, n, r),
            V128BinOp::SubSatU(l) => vvv_no64!(self, uqsub, l, d, n, r),
            V128BinOp::AvgrU(l) => vvv_no64!(self, urhadd, l, d, n, r),
            V128BinOp::CmpInt(lanes, cmp) => self.lane_compare(lanes, cmp, d, n, r),
            V128BinOp::CmpFloat(lanes, cmp) => self.float_lane_compare(lanes, cmp, d, n, r),
            V128BinOp::And => asm!(self.ops; and V(d).B16, V(n).B16, V(r).B16),
            V128BinOp::Or => asm!(self.ops; orr V(d).B16, V(n).B16, V(r).B16),
            V128BinOp::Xor => asm!(self.ops; eor V(d).B16, V(n).B16, V(r).B16),
            V128BinOp::AndNot => asm!(self.ops; bic V(d).B16, V(n).B16, V(r).B16),
            // TBL gives 0 for an index past the table, as Wasm's swizzle requires.
            V128BinOp::Swizzle => asm!(self.ops; mov V(F1).B16, V(n).B16; tbl V(d).B16, {v31.B16}, V(r).B16),
            V128BinOp::Q15MulrSatS => asm!(self.ops; sqrdmulh V(d).H8, V(n).H8, V(r).H8),
            V128BinOp::DotI16x8S => asm!(self.ops
                ; smull V(F1).S4, V(n).H4, V(r).H4
                ; smull2 V(F2).S4, V(n).H8, V(r).H8
                ; addp V(d).S4, V(F1).S4, V(F2).S4
            ),
            V128BinOp::DotI8x16I7x16S => asm!(self.ops
                ; smull V(F1).H8, V(n).B8, V(r).B8
                ; smull2 V(F2).H8, V(n).B16, V(r).B16
                ; addp V(d).H8, V(F1).H8, V(F2).H8
            ),
            V128BinOp::NarrowS(I16x8) => asm!(self.ops; sqxtn V(d).B8, V(n).H8; sqxtn2 V(d).B16, V(r).H8),
            V128BinOp::NarrowS(I32x4) => asm!(self.ops; sqxtn V(d).H4, V(n).S4; sqxtn2 V(d).H8, V(r).S4),
            V128BinOp::NarrowU(I16x8) => asm!(self.ops; sqxtun V(d).B8, V(n).H8; sqxtun2 V(d).B16, V(r).H8),
            V128BinOp::NarrowU(I32x4) => asm!(self.ops; sqxtun V(d).H4, V(n).S4; sqxtun2 V(d).H8, V(r).S4),
            V128BinOp::NarrowS(l) | V128BinOp::NarrowU(l) => unsupported_lanes(l),
            V128BinOp::ExtMul { lanes, high, signedness: Signedness::Signed } => {
                widening!(self, smull, smull2, high, lanes, d, n, r)
            }
            V128BinOp::ExtMul { lanes, high, signedness: Signedness::Unsigned } => {
                widening!(self, umull, umull2, high, lanes, d, n, r)
            }
        }
    }

    fn v128_unop(&mut self, op: V128UnOp, dst: Reg, src: Reg) {
        use Lanes::*;
        let (d, s) = (dst.hw, src.hw);
        match op {
            V128UnOp::Not => asm!(self.ops; mvn V(d).B16, V(s).B16),
            V128UnOp::Neg(l @ (F32x4 | F64x2)) => fvv!(self, fneg, l, d, s),
            V128UnOp::Neg(l) => vv!(self, neg, l, d, s),
            V128UnOp::Abs(l @ (F32x4 | F64x2)) => fvv!(self, fabs, l, d, s),
            V128UnOp::Abs(l) => vv!(self, abs, l, d, s),
            V128UnOp::Popcnt => asm!(self.ops; cnt V(d).B16, V(s).B16),
            V128UnOp::Sqrt(l) => fvv!(self, fsqrt, l, d, s),
            V128UnOp::Ceil(l) => fvv!(self, frintp, l, d, s),
            V128UnOp::Floor(l) => fvv!(self, frintm, l, d, s),
            V128UnOp::Trunc(l) => fvv!(self, frintz, l, d, s),
            V128UnOp::Nearest(l) => fvv!(self, frintn, l, d, s),
            V128UnOp::Extend { lanes, high, signedness } => match (lanes, high, signedness) {
                (I16x8, false, Signedness::Signed) => asm!(self.ops; sxtl V(d).H8, V(s).B8),
                (I16x8, true, Signedness::Signed) => asm!(self.ops; sxtl2 V(d).H8, V(s).B16),
                (I16x8, false, Signedness::Unsigned) => asm!(self.ops; uxtl V(d).H8, V(s).B8),
                (I16x8, true, Signedness::Unsigned) => asm!(self.ops; uxtl2 V(d).H8, V(s).B16),
                (I32x4, false, Signedness::Signed) => asm!(self.ops; sxtl V(d).S4, V(s).H4),
                (I32x4, true, Signedness::Signed) => asm!(self.ops; sxtl2 V(d).S4, V(s).H8),
                (I32x4, false, Signedness::Unsigned) => asm!(self.ops; uxtl V(d).S4, V(s).H4),
                (I32x4, true, Signedness::Unsigned) => asm!(self.ops; uxtl2 V(d).S4, V(s).H8),
                (I64x2, false, Signedness::Signed) => asm!(self.ops; sxtl V(d).D2, V(s).S2),
                (I64x2, true, Signedness::Signed) => asm!(self.ops; sxtl2 V(d).D2, V(s).S4),
                (I64x2, false, Signedness::Unsigned) => asm!(self.ops; uxtl V(d).D2, V(s).S2),
                (I64x2, true, Signedness::Unsigned) => asm!(self.ops; uxtl2 V(d).D2, V(s).S4),
                _ => unsupported_lanes(lanes),
            },
            V128UnOp::ExtAddPairwise(lanes, signedness) => match (lanes, signedness) {
                (I16x8, Signedness::Signed) => asm!(self.ops; saddlp V(d).H8, V(s).B16),
                (I16x8, Signedness::Unsigned) => asm!(self.ops; uaddlp V(d).H8, V(s).B16),
                (I32x4, Signedness::Signed) => asm!(self.ops; saddlp V(d).S4, V(s).H8),
                (I32x4, Signedness::Unsigned) => asm!(self.ops; uaddlp V(d).S4, V(s).H8),
                _ => unsupported_lanes(lanes),
            },
            V128UnOp::ConvertI32x4(Signedness::Signed) => asm!(self.ops; scvtf V(d).S4, V(s).S4),
            V128UnOp::ConvertI32x4(Signedness::Unsigned) => asm!(self.ops; ucvtf V(d).S4, V(s).S4),
            V128UnOp::ConvertLowI32x4(Signedness::Signed) => {
                asm!(self.ops; sxtl V(d).D2, V(s).S2; scvtf V(d).D2, V(d).D2)
            }
            V128UnOp::ConvertLowI32x4(Signedness::Unsigned) => {
                asm!(self.ops; uxtl V(d).D2, V(s).S2; ucvtf V(d).D2, V(d).D2)
            }
            // FCVTZS/FCVTZU saturate and turn NaN into 0, as Wasm's trunc_sat requires.
            V128UnOp::TruncSatF32x4(Signedness::Signed) => asm!(self.ops; fcvtzs V(d).S4, V(s).S4),
            V128UnOp::TruncSatF32x4(Signedness::Unsigned) => asm!(self.ops; fcvtzu V(d).S4, V(s).S4),
            V128UnOp::TruncSatF64x2Zero(Signedness::Signed) => {
                asm!(self.ops; fcvtzs V(d).D2, V(s).D2; sqxtn V(d).S2, V(d).D2)
            }
            V128UnOp::TruncSatF64x2Zero(Signedness::Unsigned) => {
                asm!(self.ops; fcvtzu V(d).D2, V(s).D2; uqxtn V(d).S2, V(d).D2)
            }
            V128UnOp::Demote => asm!(self.ops; fcvtn V(d).S2, V(s).D2),
            V128UnOp::Promote => asm!(self.ops; fcvtl V(d).D2, V(s).S2),
        }
    }

    fn v128_test(&mut self, op: V128Test, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match op {
            V128Test::AnyTrue => asm!(self.ops
                ; umaxp V(F1).S4, V(s).S4, V(s).S4
                ; fmov X(S1), D(F1)
                ; cmp XSP(S1), 0
                ; cset W(d), ne
            ),
            V128Test::AllTrue(Lanes::I64x2) => asm!(self.ops
                ; cmeq V(F1).D2, V(s).D2, 0
                ; addp D(F1), V(F1).D2
                ; fmov X(S1), D(F1)
                ; cmp XSP(S1), 0
                ; cset W(d), eq
            ),
            V128Test::AllTrue(l) => {
                match l {
                    Lanes::I8x16 => asm!(self.ops; uminv B(F1), V(s).B16),
                    Lanes::I16x8 => asm!(self.ops; uminv H(F1), V(s).H8),
                    Lanes::I32x4 => asm!(self.ops; uminv S(F1), V(s).S4),
                    _ => unsupported_lanes(l),
                }
                asm!(self.ops; fmov W(S1), S(F1); cmp WSP(S1), 0; cset W(d), ne);
            }
            V128Test::Bitmask(Lanes::I64x2) => asm!(self.ops
                ; ushr V(F1).D2, V(s).D2, 63
                ; umov X(S1), V(F1).D[0]
                ; umov X(S2), V(F1).D[1]
                ; add W(d), W(S1), W(S2), lsl 1
            ),
            V128Test::Bitmask(l) => {
                // Each lane's sign as all ones, kept only at its bit's weight, summed.
                match l {
                    Lanes::I8x16 => {
                        self.v128_const(Reg::float(F2), 0x8040_2010_0804_0201_8040_2010_0804_0201);
                        asm!(self.ops
                            ; sshr V(F1).B16, V(s).B16, 7
                            ; and V(F1).B16, V(F1).B16, V(F2).B16
                            ; ext V(F2).B16, V(F1).B16, V(F1).B16, 8
                            ; zip1 V(F1).B16, V(F1).B16, V(F2).B16
                            ; addv H(F1), V(F1).H8
                        );
                    }
                    Lanes::I16x8 => {
                        self.v128_const(Reg::float(F2), 0x0080_0040_0020_0010_0008_0004_0002_0001);
                        asm!(self.ops
                            ; sshr V(F1).H8, V(s).H8, 15
                            ; and V(F1).B16, V(F1).B16, V(F2).B16
                            ; addv H(F1), V(F1).H8
                        );
                    }
                    Lanes::I32x4 => {
                        self.v128_const(Reg::float(F2), 0x0000_0008_0000_0004_0000_0002_0000_0001);
                        asm!(self.ops
                            ; sshr V(F1).S4, V(s).S4, 31
                            ; and V(F1).B16, V(F1).B16, V(F2).B16
                            ; addv S(F1), V(F1).S4
                        );
                    }
                    _ => unsupported_lanes(l),
                }
                asm!(self.ops; fmov W(d), S(F1));
            }
        }
    }

    fn v128_shift(&mut self, lanes: Lanes, kind: ShiftKind, dst: Reg, amount: Reg) {
        let (d, a) = (dst.hw, amount.hw);
        let mask = lanes.lane_bytes() as u32 * 8 - 1;
        asm!(self.ops; and WSP(a), W(a), mask);
        if kind != ShiftKind::Shl {
            // SSHL/USHL shift right by a negative amount.
            asm!(self.ops; neg X(a), X(a));
        }
        match lanes {
            Lanes::I8x16 => asm!(self.ops; dup V(F1).B16, W(a)),
            Lanes::I16x8 => asm!(self.ops; dup V(F1).H8, W(a)),
            Lanes::I32x4 => asm!(self.ops; dup V(F1).S4, W(a)),
            Lanes::I64x2 => asm!(self.ops; dup V(F1).D2, X(a)),
            _ => unsupported_lanes(lanes),
        }
        match kind {
            ShiftKind::ShrU => vvv!(self, ushl, lanes, d, d, F1),
            _ => vvv!(self, sshl, lanes, d, d, F1),
        }
    }

    fn v128_shift_imm(&mut self, lanes: Lanes, kind: ShiftKind, dst: Reg, src: Reg, amount: u8) {
        let (d, s, n) = (dst.hw, src.hw, u32::from(amount));
        if n == 0 {
            return self.copy(d, s);
        }
        match (lanes, kind) {
            (Lanes::I8x16, ShiftKind::Shl) => asm!(self.ops; shl V(d).B16, V(s).B16, n),
            (Lanes::I16x8, ShiftKind::Shl) => asm!(self.ops; shl V(d).H8, V(s).H8, n),
            (Lanes::I32x4, ShiftKind::Shl) => asm!(self.ops; shl V(d).S4, V(s).S4, n),
            (Lanes::I64x2, ShiftKind::Shl) => asm!(self.ops; shl V(d).D2, V(s).D2, n),
            (Lanes::I8x16, ShiftKind::ShrS) => asm!(self.ops; sshr V(d).B16, V(s).B16, n),
            (Lanes::I16x8, ShiftKind::ShrS) => asm!(self.ops; sshr V(d).H8, V(s).H8, n),
            (Lanes::I32x4, ShiftKind::ShrS) => asm!(self.ops; sshr V(d).S4, V(s).S4, n),
            (Lanes::I64x2, ShiftKind::ShrS) => asm!(self.ops; sshr V(d).D2, V(s).D2, n),
            (Lanes::I8x16, _) => asm!(self.ops; ushr V(d).B16, V(s).B16, n),
            (Lanes::I16x8, _) => asm!(self.ops; ushr V(d).H8, V(s).H8, n),
            (Lanes::I32x4, _) => asm!(self.ops; ushr V(d).S4, V(s).S4, n),
            (Lanes::I64x2, _) => asm!(self.ops; ushr V(d).D2, V(s).D2, n),
            _ => unsupported_lanes(lanes),
        }
    }

    fn v128_splat(&mut self, lanes: Lanes, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match lanes {
            Lanes::I8x16 => asm!(self.ops; dup V(d).B16, W(s)),
            Lanes::I16x8 => asm!(self.ops; dup V(d).H8, W(s)),
            Lanes::I32x4 => asm!(self.ops; dup V(d).S4, W(s)),
            Lanes::I64x2 => asm!(self.ops; dup V(d).D2, X(s)),
            Lanes::F32x4 => asm!(self.ops; dup V(d).S4, V(s).S[0]),
            Lanes::F64x2 => asm!(self.ops; dup V(d).D2, V(s).D[0]),
        }
    }

    fn v128_extract_lane(&mut self, lanes: Lanes, lane: u8, signedness: Signedness, dst: Reg, src: Reg) {
        let (d, s, l) = (dst.hw, src.hw, lane as u32);
        match (lanes, signedness) {
            (Lanes::I8x16, Signedness::Signed) => asm!(self.ops; smov W(d), V(s).B[l]),
            (Lanes::I8x16, Signedness::Unsigned) => asm!(self.ops; umov W(d), V(s).B[l]),
            (Lanes::I16x8, Signedness::Signed) => asm!(self.ops; smov W(d), V(s).H[l]),
            (Lanes::I16x8, Signedness::Unsigned) => asm!(self.ops; umov W(d), V(s).H[l]),
            (Lanes::I32x4, _) => asm!(self.ops; umov W(d), V(s).S[l]),
            (Lanes::I64x2, _) => asm!(self.ops; umov X(d), V(s).D[l]),
            (Lanes::F32x4, _) => asm!(self.ops; dup S(d), V(s).S[l]),
            (Lanes::F64x2, _) => asm!(self.ops; dup D(d), V(s).D[l]),
        }
    }

    fn v128_replace_lane(&mut self, lanes: Lanes, lane: u8, dst: Reg, src: Reg) {
        let (d, s, l) = (dst.hw, src.hw, lane as u32);
        match lanes {
            Lanes::I8x16 => asm!(self.ops; ins V(d).B[l], W(s)),
            Lanes::I16x8 => asm!(self.ops; ins V(d).H[l], W(s)),
            Lanes::I32x4 => asm!(self.ops; ins V(d).S[l], W(s)),
            Lanes::I64x2 => asm!(self.ops; ins V(d).D[l], X(s)),
            Lanes::F32x4 => asm!(self.ops; ins V(d).S[l], V(s).S[0]),
            Lanes::F64x2 => asm!(self.ops; ins V(d).D[l], V(s).D[0]),
        }
    }

    fn v128_shuffle(&mut self, dst: Reg, rhs: Reg, lanes: [u8; 16]) {
        let (d, r) = (dst.hw, rhs.hw);
        // TBL with a two-register table needs consecutive registers: v30, v31.
        asm!(self.ops; mov V(F2).B16, V(d).B16; mov V(F1).B16, V(r).B16);
        self.v128_const(dst, u128::from_le_bytes(lanes));
        asm!(self.ops; tbl V(d).B16, {v30.B16, v31.B16}, V(d).B16);
    }

    fn v128_bitselect(&mut self, dst: Reg, other: Reg, mask: Reg) {
        // BIF: insert `other`'s bits where `mask` is clear.
        asm!(self.ops; bif V(dst.hw).B16, V(other.hw).B16, V(mask.hw).B16);
    }
}
