//! Codegen for the fixed-width SIMD operators (`v128`). A `v128` lives in a float/vector
//! register and in 16-byte slots: a function compiled with narrow slots that meets a SIMD
//! operator is abandoned and compiled again with wide ones (see `driver`).
//!
//! Loads that widen, zero or splat, and the lane loads and stores, are a scalar heap
//! access plus one vector operation.

use super::context::CodeGen;
use super::value_stack::{Entry, Loc};
use super::{CompileError, Ty};
use onepass_arch::{
    FloatCmp, IntCmp, Lanes, Lanes::*, MacroAssembler, Operand, RegClass, ShiftKind, Signedness, Signedness::*,
    V128BinOp as B, V128Test, V128UnOp as U,
};
use wasmparser::{MemArg, Operator as Op};

/// The scalar type of one lane, as the value stack holds it.
fn lane_ty(lanes: Lanes) -> Ty {
    match lanes {
        I8x16 | I16x8 | I32x4 => Ty::I32,
        I64x2 => Ty::I64,
        F32x4 => Ty::F32,
        F64x2 => Ty::F64,
    }
}

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
            Op::V128Load { memarg } => self.load(Ty::V128, 16, Unsigned, memarg),
            Op::V128Store { memarg } => self.store(Ty::V128, 16, memarg),
            Op::V128Load8x8S { memarg } => self.load_widened(memarg, I16x8, Signed),
            Op::V128Load8x8U { memarg } => self.load_widened(memarg, I16x8, Unsigned),
            Op::V128Load16x4S { memarg } => self.load_widened(memarg, I32x4, Signed),
            Op::V128Load16x4U { memarg } => self.load_widened(memarg, I32x4, Unsigned),
            Op::V128Load32x2S { memarg } => self.load_widened(memarg, I64x2, Signed),
            Op::V128Load32x2U { memarg } => self.load_widened(memarg, I64x2, Unsigned),
            Op::V128Load32Zero { memarg } => self.load_zeroed(Ty::F32, 4, memarg),
            Op::V128Load64Zero { memarg } => self.load_zeroed(Ty::F64, 8, memarg),
            Op::V128Load8Splat { memarg } => self.load_splat(I8x16, memarg),
            Op::V128Load16Splat { memarg } => self.load_splat(I16x8, memarg),
            Op::V128Load32Splat { memarg } => self.load_splat(I32x4, memarg),
            Op::V128Load64Splat { memarg } => self.load_splat(I64x2, memarg),
            Op::V128Load8Lane { memarg, lane } => self.load_lane(I8x16, lane, memarg),
            Op::V128Load16Lane { memarg, lane } => self.load_lane(I16x8, lane, memarg),
            Op::V128Load32Lane { memarg, lane } => self.load_lane(I32x4, lane, memarg),
            Op::V128Load64Lane { memarg, lane } => self.load_lane(I64x2, lane, memarg),
            Op::V128Store8Lane { memarg, lane } => self.store_lane(I8x16, lane, memarg),
            Op::V128Store16Lane { memarg, lane } => self.store_lane(I16x8, lane, memarg),
            Op::V128Store32Lane { memarg, lane } => self.store_lane(I32x4, lane, memarg),
            Op::V128Store64Lane { memarg, lane } => self.store_lane(I64x2, lane, memarg),

            Op::I8x16Shuffle { lanes } => {
                let rhs = self.pop_reg();
                let dst = self.pop_reg();
                self.masm.v128_shuffle(dst, rhs, lanes);
                self.free_operand(Operand::Reg(rhs));
                self.push_reg(Ty::V128, dst);
            }
            Op::I8x16Splat => self.splat(I8x16),
            Op::I16x8Splat => self.splat(I16x8),
            Op::I32x4Splat => self.splat(I32x4),
            Op::I64x2Splat => self.splat(I64x2),
            Op::F32x4Splat => self.splat(F32x4),
            Op::F64x2Splat => self.splat(F64x2),
            Op::I8x16ExtractLaneS { lane } => self.extract_lane(I8x16, lane, Signed),
            Op::I8x16ExtractLaneU { lane } => self.extract_lane(I8x16, lane, Unsigned),
            Op::I16x8ExtractLaneS { lane } => self.extract_lane(I16x8, lane, Signed),
            Op::I16x8ExtractLaneU { lane } => self.extract_lane(I16x8, lane, Unsigned),
            Op::I32x4ExtractLane { lane } => self.extract_lane(I32x4, lane, Unsigned),
            Op::I64x2ExtractLane { lane } => self.extract_lane(I64x2, lane, Unsigned),
            Op::F32x4ExtractLane { lane } => self.extract_lane(F32x4, lane, Unsigned),
            Op::F64x2ExtractLane { lane } => self.extract_lane(F64x2, lane, Unsigned),
            Op::I8x16ReplaceLane { lane } => self.replace_lane(I8x16, lane),
            Op::I16x8ReplaceLane { lane } => self.replace_lane(I16x8, lane),
            Op::I32x4ReplaceLane { lane } => self.replace_lane(I32x4, lane),
            Op::I64x2ReplaceLane { lane } => self.replace_lane(I64x2, lane),
            Op::F32x4ReplaceLane { lane } => self.replace_lane(F32x4, lane),
            Op::F64x2ReplaceLane { lane } => self.replace_lane(F64x2, lane),
            Op::I8x16Swizzle => self.v128_binop(B::Swizzle),

            Op::I8x16Eq => self.v128_binop(B::CmpInt(I8x16, IntCmp::Eq)),
            Op::I8x16Ne => self.v128_binop(B::CmpInt(I8x16, IntCmp::Ne)),
            Op::I8x16LtS => self.v128_binop(B::CmpInt(I8x16, IntCmp::LtS)),
            Op::I8x16LtU => self.v128_binop(B::CmpInt(I8x16, IntCmp::LtU)),
            Op::I8x16GtS => self.v128_binop(B::CmpInt(I8x16, IntCmp::GtS)),
            Op::I8x16GtU => self.v128_binop(B::CmpInt(I8x16, IntCmp::GtU)),
            Op::I8x16LeS => self.v128_binop(B::CmpInt(I8x16, IntCmp::LeS)),
            Op::I8x16LeU => self.v128_binop(B::CmpInt(I8x16, IntCmp::LeU)),
            Op::I8x16GeS => self.v128_binop(B::CmpInt(I8x16, IntCmp::GeS)),
            Op::I8x16GeU => self.v128_binop(B::CmpInt(I8x16, IntCmp::GeU)),
            Op::I16x8Eq => self.v128_binop(B::CmpInt(I16x8, IntCmp::Eq)),
            Op::I16x8Ne => self.v128_binop(B::CmpInt(I16x8, IntCmp::Ne)),
            Op::I16x8LtS => self.v128_binop(B::CmpInt(I16x8, IntCmp::LtS)),
            Op::I16x8LtU => self.v128_binop(B::CmpInt(I16x8, IntCmp::LtU)),
            Op::I16x8GtS => self.v128_binop(B::CmpInt(I16x8, IntCmp::GtS)),
            Op::I16x8GtU => self.v128_binop(B::CmpInt(I16x8, IntCmp::GtU)),
            Op::I16x8LeS => self.v128_binop(B::CmpInt(I16x8, IntCmp::LeS)),
            Op::I16x8LeU => self.v128_binop(B::CmpInt(I16x8, IntCmp::LeU)),
            Op::I16x8GeS => self.v128_binop(B::CmpInt(I16x8, IntCmp::GeS)),
            Op::I16x8GeU => self.v128_binop(B::CmpInt(I16x8, IntCmp::GeU)),
            Op::I32x4Eq => self.v128_binop(B::CmpInt(I32x4, IntCmp::Eq)),
            Op::I32x4Ne => self.v128_binop(B::CmpInt(I32x4, IntCmp::Ne)),
            Op::I32x4LtS => self.v128_binop(B::CmpInt(I32x4, IntCmp::LtS)),
            Op::I32x4LtU => self.v128_binop(B::CmpInt(I32x4, IntCmp::LtU)),
            Op::I32x4GtS => self.v128_binop(B::CmpInt(I32x4, IntCmp::GtS)),
            Op::I32x4GtU => self.v128_binop(B::CmpInt(I32x4, IntCmp::GtU)),
            Op::I32x4LeS => self.v128_binop(B::CmpInt(I32x4, IntCmp::LeS)),
            Op::I32x4LeU => self.v128_binop(B::CmpInt(I32x4, IntCmp::LeU)),
            Op::I32x4GeS => self.v128_binop(B::CmpInt(I32x4, IntCmp::GeS)),
            Op::I32x4GeU => self.v128_binop(B::CmpInt(I32x4, IntCmp::GeU)),
            Op::I64x2Eq => self.v128_binop(B::CmpInt(I64x2, IntCmp::Eq)),
            Op::I64x2Ne => self.v128_binop(B::CmpInt(I64x2, IntCmp::Ne)),
            Op::I64x2LtS => self.v128_binop(B::CmpInt(I64x2, IntCmp::LtS)),
            Op::I64x2GtS => self.v128_binop(B::CmpInt(I64x2, IntCmp::GtS)),
            Op::I64x2LeS => self.v128_binop(B::CmpInt(I64x2, IntCmp::LeS)),
            Op::I64x2GeS => self.v128_binop(B::CmpInt(I64x2, IntCmp::GeS)),
            Op::F32x4Eq => self.v128_binop(B::CmpFloat(F32x4, FloatCmp::Eq)),
            Op::F32x4Ne => self.v128_binop(B::CmpFloat(F32x4, FloatCmp::Ne)),
            Op::F32x4Lt => self.v128_binop(B::CmpFloat(F32x4, FloatCmp::Lt)),
            Op::F32x4Gt => self.v128_binop(B::CmpFloat(F32x4, FloatCmp::Gt)),
            Op::F32x4Le => self.v128_binop(B::CmpFloat(F32x4, FloatCmp::Le)),
            Op::F32x4Ge => self.v128_binop(B::CmpFloat(F32x4, FloatCmp::Ge)),
            Op::F64x2Eq => self.v128_binop(B::CmpFloat(F64x2, FloatCmp::Eq)),
            Op::F64x2Ne => self.v128_binop(B::CmpFloat(F64x2, FloatCmp::Ne)),
            Op::F64x2Lt => self.v128_binop(B::CmpFloat(F64x2, FloatCmp::Lt)),
            Op::F64x2Gt => self.v128_binop(B::CmpFloat(F64x2, FloatCmp::Gt)),
            Op::F64x2Le => self.v128_binop(B::CmpFloat(F64x2, FloatCmp::Le)),
            Op::F64x2Ge => self.v128_binop(B::CmpFloat(F64x2, FloatCmp::Ge)),

            Op::V128Not => self.v128_unop(U::Not),
            Op::V128And => self.v128_binop(B::And),
            Op::V128AndNot => self.v128_binop(B::AndNot),
            Op::V128Or => self.v128_binop(B::Or),
            Op::V128Xor => self.v128_binop(B::Xor),
            Op::V128Bitselect => self.bitselect(),
            Op::V128AnyTrue => self.v128_test(V128Test::AnyTrue),

            Op::I8x16Abs => self.v128_unop(U::Abs(I8x16)),
            Op::I8x16Neg => self.v128_unop(U::Neg(I8x16)),
            Op::I8x16Popcnt => self.v128_unop(U::Popcnt),
            Op::I8x16AllTrue => self.v128_test(V128Test::AllTrue(I8x16)),
            Op::I8x16Bitmask => self.v128_test(V128Test::Bitmask(I8x16)),
            Op::I8x16NarrowI16x8S => self.v128_binop(B::NarrowS(I16x8)),
            Op::I8x16NarrowI16x8U => self.v128_binop(B::NarrowU(I16x8)),
            Op::I8x16Shl => self.v128_shift(I8x16, ShiftKind::Shl),
            Op::I8x16ShrS => self.v128_shift(I8x16, ShiftKind::ShrS),
            Op::I8x16ShrU => self.v128_shift(I8x16, ShiftKind::ShrU),
            Op::I8x16Add => self.v128_binop(B::Add(I8x16)),
            Op::I8x16AddSatS => self.v128_binop(B::AddSatS(I8x16)),
            Op::I8x16AddSatU => self.v128_binop(B::AddSatU(I8x16)),
            Op::I8x16Sub => self.v128_binop(B::Sub(I8x16)),
            Op::I8x16SubSatS => self.v128_binop(B::SubSatS(I8x16)),
            Op::I8x16SubSatU => self.v128_binop(B::SubSatU(I8x16)),
            Op::I8x16MinS => self.v128_binop(B::MinS(I8x16)),
            Op::I8x16MinU => self.v128_binop(B::MinU(I8x16)),
            Op::I8x16MaxS => self.v128_binop(B::MaxS(I8x16)),
            Op::I8x16MaxU => self.v128_binop(B::MaxU(I8x16)),
            Op::I8x16AvgrU => self.v128_binop(B::AvgrU(I8x16)),

            Op::I16x8ExtAddPairwiseI8x16S => self.v128_unop(U::ExtAddPairwise(I16x8, Signed)),
            Op::I16x8ExtAddPairwiseI8x16U => self.v128_unop(U::ExtAddPairwise(I16x8, Unsigned)),
            Op::I16x8Abs => self.v128_unop(U::Abs(I16x8)),
            Op::I16x8Neg => self.v128_unop(U::Neg(I16x8)),
            Op::I16x8Q15MulrSatS => self.v128_binop(B::Q15MulrSatS),
            Op::I16x8AllTrue => self.v128_test(V128Test::AllTrue(I16x8)),
            Op::I16x8Bitmask => self.v128_test(V128Test::Bitmask(I16x8)),
            Op::I16x8NarrowI32x4S => self.v128_binop(B::NarrowS(I32x4)),
            Op::I16x8NarrowI32x4U => self.v128_binop(B::NarrowU(I32x4)),
            Op::I16x8ExtendLowI8x16S => self.extend_lanes(I16x8, false, Signed),
            Op::I16x8ExtendHighI8x16S => self.extend_lanes(I16x8, true, Signed),
            Op::I16x8ExtendLowI8x16U => self.extend_lanes(I16x8, false, Unsigned),
            Op::I16x8ExtendHighI8x16U => self.extend_lanes(I16x8, true, Unsigned),
            Op::I16x8Shl => self.v128_shift(I16x8, ShiftKind::Shl),
            Op::I16x8ShrS => self.v128_shift(I16x8, ShiftKind::ShrS),
            Op::I16x8ShrU => self.v128_shift(I16x8, ShiftKind::ShrU),
            Op::I16x8Add => self.v128_binop(B::Add(I16x8)),
            Op::I16x8AddSatS => self.v128_binop(B::AddSatS(I16x8)),
            Op::I16x8AddSatU => self.v128_binop(B::AddSatU(I16x8)),
            Op::I16x8Sub => self.v128_binop(B::Sub(I16x8)),
            Op::I16x8SubSatS => self.v128_binop(B::SubSatS(I16x8)),
            Op::I16x8SubSatU => self.v128_binop(B::SubSatU(I16x8)),
            Op::I16x8Mul => self.v128_binop(B::Mul(I16x8)),
            Op::I16x8MinS => self.v128_binop(B::MinS(I16x8)),
            Op::I16x8MinU => self.v128_binop(B::MinU(I16x8)),
            Op::I16x8MaxS => self.v128_binop(B::MaxS(I16x8)),
            Op::I16x8MaxU => self.v128_binop(B::MaxU(I16x8)),
            Op::I16x8AvgrU => self.v128_binop(B::AvgrU(I16x8)),
            Op::I16x8ExtMulLowI8x16S => self.ext_mul(I16x8, false, Signed),
            Op::I16x8ExtMulHighI8x16S => self.ext_mul(I16x8, true, Signed),
            Op::I16x8ExtMulLowI8x16U => self.ext_mul(I16x8, false, Unsigned),
            Op::I16x8ExtMulHighI8x16U => self.ext_mul(I16x8, true, Unsigned),

            Op::I32x4ExtAddPairwiseI16x8S => self.v128_unop(U::ExtAddPairwise(I32x4, Signed)),
            Op::I32x4ExtAddPairwiseI16x8U => self.v128_unop(U::ExtAddPairwise(I32x4, Unsigned)),
            Op::I32x4Abs => self.v128_unop(U::Abs(I32x4)),
            Op::I32x4Neg => self.v128_unop(U::Neg(I32x4)),
            Op::I32x4AllTrue => self.v128_test(V128Test::AllTrue(I32x4)),
            Op::I32x4Bitmask => self.v128_test(V128Test::Bitmask(I32x4)),
            Op::I32x4ExtendLowI16x8S => self.extend_lanes(I32x4, false, Signed),
            Op::I32x4ExtendHighI16x8S => self.extend_lanes(I32x4, true, Signed),
            Op::I32x4ExtendLowI16x8U => self.extend_lanes(I32x4, false, Unsigned),
            Op::I32x4ExtendHighI16x8U => self.extend_lanes(I32x4, true, Unsigned),
            Op::I32x4Shl => self.v128_shift(I32x4, ShiftKind::Shl),
            Op::I32x4ShrS => self.v128_shift(I32x4, ShiftKind::ShrS),
            Op::I32x4ShrU => self.v128_shift(I32x4, ShiftKind::ShrU),
            Op::I32x4Add => self.v128_binop(B::Add(I32x4)),
            Op::I32x4Sub => self.v128_binop(B::Sub(I32x4)),
            Op::I32x4Mul => self.v128_binop(B::Mul(I32x4)),
            Op::I32x4MinS => self.v128_binop(B::MinS(I32x4)),
            Op::I32x4MinU => self.v128_binop(B::MinU(I32x4)),
            Op::I32x4MaxS => self.v128_binop(B::MaxS(I32x4)),
            Op::I32x4MaxU => self.v128_binop(B::MaxU(I32x4)),
            Op::I32x4DotI16x8S => self.v128_binop(B::DotI16x8S),
            Op::I32x4ExtMulLowI16x8S => self.ext_mul(I32x4, false, Signed),
            Op::I32x4ExtMulHighI16x8S => self.ext_mul(I32x4, true, Signed),
            Op::I32x4ExtMulLowI16x8U => self.ext_mul(I32x4, false, Unsigned),
            Op::I32x4ExtMulHighI16x8U => self.ext_mul(I32x4, true, Unsigned),

            Op::I64x2Abs => self.v128_unop(U::Abs(I64x2)),
            Op::I64x2Neg => self.v128_unop(U::Neg(I64x2)),
            Op::I64x2AllTrue => self.v128_test(V128Test::AllTrue(I64x2)),
            Op::I64x2Bitmask => self.v128_test(V128Test::Bitmask(I64x2)),
            Op::I64x2ExtendLowI32x4S => self.extend_lanes(I64x2, false, Signed),
            Op::I64x2ExtendHighI32x4S => self.extend_lanes(I64x2, true, Signed),
            Op::I64x2ExtendLowI32x4U => self.extend_lanes(I64x2, false, Unsigned),
            Op::I64x2ExtendHighI32x4U => self.extend_lanes(I64x2, true, Unsigned),
            Op::I64x2Shl => self.v128_shift(I64x2, ShiftKind::Shl),
            Op::I64x2ShrS => self.v128_shift(I64x2, ShiftKind::ShrS),
            Op::I64x2ShrU => self.v128_shift(I64x2, ShiftKind::ShrU),
            Op::I64x2Add => self.v128_binop(B::Add(I64x2)),
            Op::I64x2Sub => self.v128_binop(B::Sub(I64x2)),
            Op::I64x2Mul => self.v128_binop(B::Mul(I64x2)),
            Op::I64x2ExtMulLowI32x4S => self.ext_mul(I64x2, false, Signed),
            Op::I64x2ExtMulHighI32x4S => self.ext_mul(I64x2, true, Signed),
            Op::I64x2ExtMulLowI32x4U => self.ext_mul(I64x2, false, Unsigned),
            Op::I64x2ExtMulHighI32x4U => self.ext_mul(I64x2, true, Unsigned),

            Op::F32x4Ceil => self.v128_unop(U::Ceil(F32x4)),
            Op::F32x4Floor => self.v128_unop(U::Floor(F32x4)),
            Op::F32x4Trunc => self.v128_unop(U::Trunc(F32x4)),
            Op::F32x4Nearest => self.v128_unop(U::Nearest(F32x4)),
            Op::F32x4Abs => self.v128_unop(U::Abs(F32x4)),
            Op::F32x4Neg => self.v128_unop(U::Neg(F32x4)),
            Op::F32x4Sqrt => self.v128_unop(U::Sqrt(F32x4)),
            Op::F32x4Add => self.v128_binop(B::Add(F32x4)),
            Op::F32x4Sub => self.v128_binop(B::Sub(F32x4)),
            Op::F32x4Mul => self.v128_binop(B::Mul(F32x4)),
            Op::F32x4Div => self.v128_binop(B::Div(F32x4)),
            Op::F32x4Min => self.v128_binop(B::Min(F32x4)),
            Op::F32x4Max => self.v128_binop(B::Max(F32x4)),
            Op::F32x4PMin => self.v128_binop(B::PMin(F32x4)),
            Op::F32x4PMax => self.v128_binop(B::PMax(F32x4)),
            Op::F64x2Ceil => self.v128_unop(U::Ceil(F64x2)),
            Op::F64x2Floor => self.v128_unop(U::Floor(F64x2)),
            Op::F64x2Trunc => self.v128_unop(U::Trunc(F64x2)),
            Op::F64x2Nearest => self.v128_unop(U::Nearest(F64x2)),
            Op::F64x2Abs => self.v128_unop(U::Abs(F64x2)),
            Op::F64x2Neg => self.v128_unop(U::Neg(F64x2)),
            Op::F64x2Sqrt => self.v128_unop(U::Sqrt(F64x2)),
            Op::F64x2Add => self.v128_binop(B::Add(F64x2)),
            Op::F64x2Sub => self.v128_binop(B::Sub(F64x2)),
            Op::F64x2Mul => self.v128_binop(B::Mul(F64x2)),
            Op::F64x2Div => self.v128_binop(B::Div(F64x2)),
            Op::F64x2Min => self.v128_binop(B::Min(F64x2)),
            Op::F64x2Max => self.v128_binop(B::Max(F64x2)),
            Op::F64x2PMin => self.v128_binop(B::PMin(F64x2)),
            Op::F64x2PMax => self.v128_binop(B::PMax(F64x2)),

            Op::I32x4TruncSatF32x4S => self.v128_unop(U::TruncSatF32x4(Signed)),
            Op::I32x4TruncSatF32x4U => self.v128_unop(U::TruncSatF32x4(Unsigned)),
            Op::F32x4ConvertI32x4S => self.v128_unop(U::ConvertI32x4(Signed)),
            Op::F32x4ConvertI32x4U => self.v128_unop(U::ConvertI32x4(Unsigned)),
            Op::I32x4TruncSatF64x2SZero => self.v128_unop(U::TruncSatF64x2Zero(Signed)),
            Op::I32x4TruncSatF64x2UZero => self.v128_unop(U::TruncSatF64x2Zero(Unsigned)),
            Op::F64x2ConvertLowI32x4S => self.v128_unop(U::ConvertLowI32x4(Signed)),
            Op::F64x2ConvertLowI32x4U => self.v128_unop(U::ConvertLowI32x4(Unsigned)),
            Op::F32x4DemoteF64x2Zero => self.v128_unop(U::Demote),
            Op::F64x2PromoteLowF32x4 => self.v128_unop(U::Promote),

            // Relaxed SIMD: each takes one result the proposal allows, the same on every
            // ISA (see ARCHITECTURE.md), so a module computes the same everywhere.
            Op::I8x16RelaxedSwizzle => self.v128_binop(B::Swizzle),
            Op::I32x4RelaxedTruncF32x4S => self.v128_unop(U::TruncSatF32x4(Signed)),
            Op::I32x4RelaxedTruncF32x4U => self.v128_unop(U::TruncSatF32x4(Unsigned)),
            Op::I32x4RelaxedTruncF64x2SZero => self.v128_unop(U::TruncSatF64x2Zero(Signed)),
            Op::I32x4RelaxedTruncF64x2UZero => self.v128_unop(U::TruncSatF64x2Zero(Unsigned)),
            Op::F32x4RelaxedMadd => self.multiply_add(F32x4, false),
            Op::F32x4RelaxedNmadd => self.multiply_add(F32x4, true),
            Op::F64x2RelaxedMadd => self.multiply_add(F64x2, false),
            Op::F64x2RelaxedNmadd => self.multiply_add(F64x2, true),
            Op::I8x16RelaxedLaneselect
            | Op::I16x8RelaxedLaneselect
            | Op::I32x4RelaxedLaneselect
            | Op::I64x2RelaxedLaneselect => self.bitselect(),
            Op::F32x4RelaxedMin => self.v128_binop(B::Min(F32x4)),
            Op::F32x4RelaxedMax => self.v128_binop(B::Max(F32x4)),
            Op::F64x2RelaxedMin => self.v128_binop(B::Min(F64x2)),
            Op::F64x2RelaxedMax => self.v128_binop(B::Max(F64x2)),
            Op::I16x8RelaxedQ15mulrS => self.v128_binop(B::Q15MulrSatS),
            Op::I16x8RelaxedDotI8x16I7x16S => self.v128_binop(B::DotI8x16I7x16S),
            Op::I32x4RelaxedDotI8x16I7x16AddS => {
                let addend = self.pop_reg();
                self.v128_binop(B::DotI8x16I7x16S);
                self.v128_unop(U::ExtAddPairwise(I32x4, Signed));
                self.push_reg(Ty::V128, addend);
                self.v128_binop(B::Add(I32x4));
            }

            ref other => return Err(self.unsupported(&format!("operator {other:?}"))),
        }
        Ok(())
    }

    /// `dst = lhs op rhs` on two `v128`s.
    fn v128_binop(&mut self, op: B) {
        let rhs = self.pop_reg_to_read();
        let (lhs, dst) = self.pop_reg_for_result();
        self.masm.v128_binop(op, dst, lhs, rhs);
        self.release_source(lhs, dst);
        self.free_operand(Operand::Reg(rhs));
        self.push_reg(Ty::V128, dst);
    }

    /// `v128.bitselect` (and the relaxed lane selects, which onepass makes the same).
    fn bitselect(&mut self) {
        let mask = self.pop_reg();
        let other = self.pop_reg();
        let dst = self.pop_reg();
        self.masm.v128_bitselect(dst, other, mask);
        self.free_operand(Operand::Reg(mask));
        self.free_operand(Operand::Reg(other));
        self.push_reg(Ty::V128, dst);
    }

    /// `relaxed_madd` (`a * b + c`) and `relaxed_nmadd` (`-(a * b) + c`), unfused on
    /// every ISA: each product is rounded before the addition.
    fn multiply_add(&mut self, lanes: Lanes, negated: bool) {
        let addend = self.pop_reg();
        self.v128_binop(B::Mul(lanes));
        if negated {
            self.v128_unop(U::Neg(lanes));
        }
        self.push_reg(Ty::V128, addend);
        self.v128_binop(B::Add(lanes));
    }

    /// A unary operation on a `v128`.
    fn v128_unop(&mut self, op: U) {
        let (src, dst) = self.pop_reg_for_result();
        self.masm.v128_unop(op, dst, src);
        self.release_source(src, dst);
        self.push_reg(Ty::V128, dst);
    }

    fn extend_lanes(&mut self, lanes: Lanes, high: bool, signedness: Signedness) {
        self.v128_unop(U::Extend { lanes, high, signedness });
    }

    fn ext_mul(&mut self, lanes: Lanes, high: bool, signedness: Signedness) {
        self.v128_binop(B::ExtMul { lanes, high, signedness });
    }

    /// An `i32` from a test of a `v128`.
    fn v128_test(&mut self, op: V128Test) {
        let src = self.pop_reg_to_read();
        let dst = self.alloc(RegClass::Int);
        self.masm.v128_test(op, dst, src);
        self.free_operand(Operand::Reg(src));
        self.push_reg(Ty::I32, dst);
    }

    /// A shift of every lane by an `i32` amount.
    fn v128_shift(&mut self, lanes: Lanes, kind: ShiftKind) {
        if let Loc::Const(imm) = self.stack.top().loc {
            self.pop_entry();
            let amount = (imm.bits() as u32 % (u32::from(lanes.lane_bytes()) * 8)) as u8;
            let (src, dst) = self.pop_reg_for_result();
            self.masm.v128_shift_imm(lanes, kind, dst, src, amount);
            self.release_source(src, dst);
            self.push_reg(Ty::V128, dst);
            return;
        }
        let amount = self.pop_reg();
        let dst = self.pop_reg();
        self.masm.v128_shift(lanes, kind, dst, amount);
        self.free_operand(Operand::Reg(amount));
        self.push_reg(Ty::V128, dst);
    }

    /// The scalar on top, in every lane of a new `v128`.
    fn splat(&mut self, lanes: Lanes) {
        let src = self.pop_reg_to_read();
        let dst = self.alloc(RegClass::Float);
        self.masm.v128_splat(lanes, dst, src);
        self.free_operand(Operand::Reg(src));
        self.push_reg(Ty::V128, dst);
    }

    fn extract_lane(&mut self, lanes: Lanes, lane: u8, signedness: Signedness) {
        let src = self.pop_reg_to_read();
        let ty = lane_ty(lanes);
        let dst = self.alloc(ty.class());
        self.masm.v128_extract_lane(lanes, lane, signedness, dst, src);
        self.free_operand(Operand::Reg(src));
        self.push_reg(ty, dst);
    }

    fn replace_lane(&mut self, lanes: Lanes, lane: u8) {
        let src = self.pop_reg_to_read();
        let dst = self.pop_reg();
        self.masm.v128_replace_lane(lanes, lane, dst, src);
        self.free_operand(Operand::Reg(src));
        self.push_reg(Ty::V128, dst);
    }

    /// Retype the value on top (held in a vector register) as a `v128`.
    fn retype_top_as_v128(&mut self) {
        let r = self.pop_reg();
        self.push_reg(Ty::V128, r);
    }

    /// `v128.loadNxM_s/u`: 8 bytes into the low half, then each lane widened.
    fn load_widened(&mut self, memarg: MemArg, lanes: Lanes, signedness: Signedness) {
        self.load(Ty::F64, 8, Unsigned, memarg);
        self.retype_top_as_v128();
        self.v128_unop(U::Extend { lanes, high: false, signedness });
    }

    /// `v128.load32_zero`/`load64_zero`: a scalar float load zeroes the rest.
    fn load_zeroed(&mut self, ty: Ty, bytes: u8, memarg: MemArg) {
        self.load(ty, bytes, Unsigned, memarg);
        self.retype_top_as_v128();
    }

    /// `v128.loadN_splat`.
    fn load_splat(&mut self, lanes: Lanes, memarg: MemArg) {
        let ty = lane_ty(lanes);
        self.load(ty, lanes.lane_bytes(), Unsigned, memarg);
        self.splat(lanes);
    }

    /// `v128.loadN_lane`: the vector is on top, the address under it.
    fn load_lane(&mut self, lanes: Lanes, lane: u8, memarg: MemArg) {
        let vector = self.pop_reg();
        self.load(lane_ty(lanes), lanes.lane_bytes(), Unsigned, memarg);
        let value = self.pop_reg();
        self.masm.v128_replace_lane(lanes, lane, vector, value);
        self.free_operand(Operand::Reg(value));
        self.push_reg(Ty::V128, vector);
    }

    /// `v128.storeN_lane`: the lane, as a scalar, then a scalar store.
    fn store_lane(&mut self, lanes: Lanes, lane: u8, memarg: MemArg) {
        self.extract_lane(lanes, lane, Unsigned);
        self.store(lane_ty(lanes), lanes.lane_bytes(), memarg);
    }
}
