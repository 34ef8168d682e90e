//! The vocabulary of 128-bit SIMD (`v128`) operations, shared by both backends.
//!
//! A `v128` lives in a float/vector register (x86-64 xmm, aarch64 v) and moves like any
//! other value through [`crate::MacroAssembler::mov`] and [`crate::MacroAssembler::store`]
//! with [`crate::OperandSize::S128`]. The operations themselves are the methods of
//! [`VectorAssembler`], which every [`crate::MacroAssembler`] implements (each backend in
//! its `masm/vector.rs`). Unary and binary operations take three addresses (`dst = op
//! src`, `dst = lhs op rhs`) where `dst` is either the left operand itself or a register
//! distinct from every operand: NEON and x86-64 AVX write a result without overwriting an
//! input, so a value that must stay (a loop home, a local read again) is not copied first;
//! the x86-64 SSE path copies where its two-address forms need it. They only read their
//! other operands. Every method may clobber the assembler's vector scratch registers, and
//! `v128_shuffle` and `v128_bitselect` may change every operand.
//!
//! Loads that widen, zero or splat, and lane loads and stores, are built by the compiler
//! from a scalar heap access and one of these operations.

use crate::{FloatCmp, IntCmp, Reg, ShiftKind, Signedness};

/// How a `v128` is split into lanes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lanes {
    /// Sixteen 8-bit integers.
    I8x16,
    /// Eight 16-bit integers.
    I16x8,
    /// Four 32-bit integers.
    I32x4,
    /// Two 64-bit integers.
    I64x2,
    /// Four `f32`.
    F32x4,
    /// Two `f64`.
    F64x2,
}

impl Lanes {
    /// Number of lanes.
    pub fn count(self) -> u8 {
        match self {
            Lanes::I8x16 => 16,
            Lanes::I16x8 => 8,
            Lanes::I32x4 | Lanes::F32x4 => 4,
            Lanes::I64x2 | Lanes::F64x2 => 2,
        }
    }

    /// Bytes per lane.
    pub fn lane_bytes(self) -> u8 {
        16 / self.count()
    }
}

/// A binary operation on two `v128`s (`dst = lhs op rhs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum V128BinOp {
    /// Addition per lane (wrapping for integers).
    Add(Lanes),
    /// Subtraction per lane (wrapping for integers).
    Sub(Lanes),
    /// Multiplication per lane (i16x8, i32x4, i64x2 wrapping; floats).
    Mul(Lanes),
    /// Float division per lane.
    Div(Lanes),
    /// Signed integer minimum per lane (i8x16, i16x8, i32x4).
    MinS(Lanes),
    /// Unsigned integer minimum per lane.
    MinU(Lanes),
    /// Signed integer maximum per lane.
    MaxS(Lanes),
    /// Unsigned integer maximum per lane.
    MaxU(Lanes),
    /// Float minimum with Wasm's rules (NaN wins, -0 below +0).
    Min(Lanes),
    /// Float maximum with Wasm's rules.
    Max(Lanes),
    /// Pseudo-minimum: `rhs < lhs ? rhs : lhs`.
    PMin(Lanes),
    /// Pseudo-maximum: `lhs < rhs ? rhs : lhs`.
    PMax(Lanes),
    /// Signed saturating addition (i8x16, i16x8).
    AddSatS(Lanes),
    /// Unsigned saturating addition.
    AddSatU(Lanes),
    /// Signed saturating subtraction.
    SubSatS(Lanes),
    /// Unsigned saturating subtraction.
    SubSatU(Lanes),
    /// Unsigned rounding average (i8x16, i16x8).
    AvgrU(Lanes),
    /// Integer comparison per lane: all ones where it holds, else zero.
    CmpInt(Lanes, IntCmp),
    /// Float comparison per lane (false on NaN but `Ne`).
    CmpFloat(Lanes, FloatCmp),
    /// Bitwise and.
    And,
    /// Bitwise or.
    Or,
    /// Bitwise exclusive or.
    Xor,
    /// `lhs & !rhs`.
    AndNot,
    /// `i8x16.swizzle`: byte `i` is `lhs[rhs[i]]`, or 0 when `rhs[i] > 15`.
    Swizzle,
    /// `i16x8.q15mulr_sat_s`.
    Q15MulrSatS,
    /// `i32x4.dot_i16x8_s`.
    DotI16x8S,
    /// `i16x8.relaxed_dot_i8x16_i7x16_s`, as onepass defines it on every ISA: exact
    /// signed products of byte pairs, added with 16-bit wrap-around.
    DotI8x16I7x16S,
    /// Narrow the lanes of `lhs` (low half of the result) and `rhs` (high half) with
    /// signed saturation; the operand is the *source* lane shape (i16x8 or i32x4).
    NarrowS(Lanes),
    /// Narrow with unsigned saturation (of signed inputs).
    NarrowU(Lanes),
    /// Widening multiply of the low (`high` false) or high halves; the operand is the
    /// *result* lane shape (i16x8, i32x4, i64x2).
    ExtMul {
        /// The result's lanes.
        lanes: Lanes,
        /// Multiply the high halves of the inputs (else the low ones).
        high: bool,
        /// How the inputs widen.
        signedness: Signedness,
    },
}

/// A unary operation on a `v128` (`dst = op src`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum V128UnOp {
    /// Bitwise not.
    Not,
    /// Negation per lane.
    Neg(Lanes),
    /// Absolute value per lane.
    Abs(Lanes),
    /// Population count per byte.
    Popcnt,
    /// Float square root.
    Sqrt(Lanes),
    /// Round up.
    Ceil(Lanes),
    /// Round down.
    Floor(Lanes),
    /// Round toward zero.
    Trunc(Lanes),
    /// Round to nearest, ties to even.
    Nearest(Lanes),
    /// Widen the low or high half of the lanes; the operand is the *result* shape.
    Extend {
        /// The result's lanes.
        lanes: Lanes,
        /// Widen the high half (else the low one).
        high: bool,
        /// How the lanes widen.
        signedness: Signedness,
    },
    /// Add adjacent pairs into lanes twice as wide; the operand is the *result* shape
    /// (i16x8 or i32x4).
    ExtAddPairwise(Lanes, Signedness),
    /// `f32x4.convert_i32x4_s/u`.
    ConvertI32x4(Signedness),
    /// `f64x2.convert_low_i32x4_s/u`.
    ConvertLowI32x4(Signedness),
    /// `i32x4.trunc_sat_f32x4_s/u`.
    TruncSatF32x4(Signedness),
    /// `i32x4.trunc_sat_f64x2_s/u_zero`.
    TruncSatF64x2Zero(Signedness),
    /// `f32x4.demote_f64x2_zero`.
    Demote,
    /// `f64x2.promote_low_f32x4`.
    Promote,
}

/// A test of a whole `v128` giving an `i32`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum V128Test {
    /// 1 if any bit is set.
    AnyTrue,
    /// 1 if every lane is non-zero.
    AllTrue(Lanes),
    /// One bit per lane: its top bit.
    Bitmask(Lanes),
}

/// The `v128` operations of an ISA.
pub trait VectorAssembler {
    /// `dst = bits` (a `v128` constant in a vector register).
    fn v128_const(&mut self, dst: Reg, bits: u128);
    /// `dst = lhs op rhs`; `dst` is `lhs` or distinct from both operands, which are only
    /// read (they may be the same register).
    fn v128_binop(&mut self, op: V128BinOp, dst: Reg, lhs: Reg, rhs: Reg);
    /// `dst = op src`; `dst` is `src` or distinct from it, and `src` is only read.
    fn v128_unop(&mut self, op: V128UnOp, dst: Reg, src: Reg);
    /// `dst = test(src)`, an `i32` in integer register `dst`.
    fn v128_test(&mut self, op: V128Test, dst: Reg, src: Reg);
    /// Shift every integer lane of `dst` by the integer register `amount` modulo the lane
    /// width (`amount` may be clobbered).
    fn v128_shift(&mut self, lanes: Lanes, kind: ShiftKind, dst: Reg, amount: Reg);
    /// `dst` = every integer lane of `src` shifted by the constant `amount`, already below
    /// the lane width (0 copies); `dst` is `src` or distinct from it.
    fn v128_shift_imm(&mut self, lanes: Lanes, kind: ShiftKind, dst: Reg, src: Reg, amount: u8);
    /// `dst` = `src` in every lane (`src` an integer register for integer lanes, a float
    /// register for float lanes).
    fn v128_splat(&mut self, lanes: Lanes, dst: Reg, src: Reg);
    /// `dst` = lane `lane` of `src` (integer register for integer lanes, extended to 32
    /// bits as `signedness` says for 8- and 16-bit lanes; float register for float lanes).
    fn v128_extract_lane(&mut self, lanes: Lanes, lane: u8, signedness: Signedness, dst: Reg, src: Reg);
    /// Lane `lane` of `dst` = `src`.
    fn v128_replace_lane(&mut self, lanes: Lanes, lane: u8, dst: Reg, src: Reg);
    /// `i8x16.shuffle`: byte `i` of the result is byte `lanes[i]` of `dst ++ rhs`.
    fn v128_shuffle(&mut self, dst: Reg, rhs: Reg, lanes: [u8; 16]);
    /// `v128.bitselect`: `dst = (dst & mask) | (other & !mask)`.
    fn v128_bitselect(&mut self, dst: Reg, other: Reg, mask: Reg);
}
