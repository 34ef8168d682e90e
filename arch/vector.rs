//! The vocabulary of 128-bit SIMD (`v128`) operations, shared by both backends.
//!
//! A `v128` lives in a float/vector register (x86-64 xmm, aarch64 v) and moves like any
//! other value through [`crate::MacroAssembler::mov`] and [`crate::MacroAssembler::store`]
//! with [`crate::OperandSize::S128`]. The operations themselves are the methods of
//! [`VectorAssembler`], which every [`crate::MacroAssembler`] implements (each backend in
//! its `masm/vector.rs`), two-address like the scalar ones: `dst` is also the left operand.

use crate::Reg;

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
}

/// A lane-wise or bitwise binary operation on two `v128`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum V128BinOp {
    /// Wrapping integer addition per lane.
    Add(Lanes),
    /// Wrapping integer subtraction per lane.
    Sub(Lanes),
    /// Bitwise and.
    And,
    /// Bitwise or.
    Or,
    /// Bitwise exclusive or.
    Xor,
    /// `dst & !rhs`.
    AndNot,
}

/// The `v128` operations of an ISA.
pub trait VectorAssembler {
    /// `dst = bits` (a `v128` constant in a vector register).
    fn v128_const(&mut self, dst: Reg, bits: u128);
    /// `dst = dst op rhs` on `v128`s.
    fn v128_binop(&mut self, op: V128BinOp, dst: Reg, rhs: Reg);
    /// `dst = !dst`.
    fn v128_not(&mut self, dst: Reg);
}
