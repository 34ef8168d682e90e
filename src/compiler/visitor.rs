//! The operator visitor: one line (or a few) per Wasm operator, dispatching to codegen
//! helpers. In unreachable code only the structured-control operators are followed.

use super::aggregate::{FieldInit, FieldRead, Segment};
use super::context::CodeGen;
use super::control_stack::{Condition, ControlKind};
use super::gc::CastBranch;
use super::variables::SetKind;
use super::{CompileError, Ty};
use onepass_arch::{
    Cmp, DivKind, ExtendKind, FloatBinOp, FloatCmp, FloatUnOp, Imm, IntBinOp, IntCmp, IntUnOp, MacroAssembler,
    OnOverflow::*, OperandSize, ShiftKind, Signedness::*, TrapCode,
};
use wasmparser::Operator as Op;

/// What a comparison operator compares: `None` for `eqz` (against zero), else the
/// comparison of its two operands.
pub(crate) type CompareKind = Option<Cmp>;

/// The comparison an operator performs, if it is one.
#[inline(always)]
pub(crate) fn compare_kind(op: &Op<'_>) -> Option<CompareKind> {
    use FloatCmp as F;
    use IntCmp as I;
    let int = |c| Some(Some(Cmp::Int(c)));
    let float = |c| Some(Some(Cmp::Float(c)));
    match op {
        Op::I32Eqz | Op::I64Eqz => Some(None),
        Op::I32Eq | Op::I64Eq => int(I::Eq),
        Op::I32Ne | Op::I64Ne => int(I::Ne),
        Op::I32LtS | Op::I64LtS => int(I::LtS),
        Op::I32LtU | Op::I64LtU => int(I::LtU),
        Op::I32GtS | Op::I64GtS => int(I::GtS),
        Op::I32GtU | Op::I64GtU => int(I::GtU),
        Op::I32LeS | Op::I64LeS => int(I::LeS),
        Op::I32LeU | Op::I64LeU => int(I::LeU),
        Op::I32GeS | Op::I64GeS => int(I::GeS),
        Op::I32GeU | Op::I64GeU => int(I::GeU),
        Op::F32Eq | Op::F64Eq => float(F::Eq),
        Op::F32Ne | Op::F64Ne => float(F::Ne),
        Op::F32Lt | Op::F64Lt => float(F::Lt),
        Op::F32Gt | Op::F64Gt => float(F::Gt),
        Op::F32Le | Op::F64Le => float(F::Le),
        Op::F32Ge | Op::F64Ge => float(F::Ge),
        _ => None,
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    fn condition_of(&mut self, kind: CompareKind) -> Condition {
        match kind {
            Some(cmp) => self.compare_condition(cmp),
            None => self.eqz_condition(),
        }
    }

    /// A comparison whose consumer is not a branch: its result becomes a pending condition.
    pub(crate) fn compare(&mut self, kind: CompareKind) {
        let cond = self.condition_of(kind);
        self.set_condition(cond);
    }

    /// A comparison followed by `br_if`: one compare-and-branch.
    pub(crate) fn fused_br_if(&mut self, kind: CompareKind, relative_depth: u32) -> Result<(), CompileError> {
        let cond = self.condition_of(kind);
        self.visit_br_if(relative_depth, cond);
        Ok(())
    }

    /// A comparison followed by `if`: one compare-and-branch.
    pub(crate) fn fused_if(&mut self, kind: CompareKind, blockty: wasmparser::BlockType) -> Result<(), CompileError> {
        let cond = self.condition_of(kind);
        self.enter_if(blockty, Some(cond))
    }

    /// A comparison followed by `select`: one compare and conditional move.
    pub(crate) fn fused_select(&mut self, kind: CompareKind) -> Result<(), CompileError> {
        let cond = self.condition_of(kind);
        self.select(Some(cond));
        Ok(())
    }

    /// Compile one operator other than a comparison: the driver holds each comparison back
    /// and compiles it with [`Self::compare`] or a `fused_` method.
    ///
    /// Inlined into each of the driver's visit methods, where the operator is a constant:
    /// the match folds to the one arm, so an operator is dispatched once (by the decoder),
    /// not twice (measured: 1.9% fewer instructions compiling esbuild.wasm, and 3% less time
    /// compiling yosys.core.wasm).
    #[inline(always)]
    pub(crate) fn visit(&mut self, op: &Op<'_>) -> Result<(), CompileError> {
        if !self.reachable {
            return self.visit_unreachable(op);
        }
        use Ty::*;
        match *op {
            Op::Unreachable => {
                self.masm.trap(TrapCode::Unreachable);
                self.set_unreachable();
            }
            Op::Nop => {}
            Op::Block { blockty } => self.enter_block(ControlKind::Block, blockty)?,
            Op::Loop { blockty } => self.enter_block(ControlKind::Loop, blockty)?,
            Op::If { blockty } => {
                let cond = Condition::NonZero(self.pop_operand());
                self.enter_if(blockty, Some(cond))?;
            }
            Op::Else => self.visit_else(),
            Op::End => self.visit_end(),
            Op::Br { relative_depth } => self.visit_br(relative_depth),
            Op::BrIf { relative_depth } => {
                let cond = Condition::NonZero(self.pop_operand());
                self.visit_br_if(relative_depth, cond);
            }
            Op::BrTable { ref targets } => self.visit_br_table(targets)?,
            Op::Return => self.visit_return(),
            Op::Call { function_index } => self.call(function_index)?,
            Op::CallIndirect { type_index, table_index } => self.call_indirect(type_index, table_index)?,
            Op::CallRef { type_index } => self.call_ref(type_index)?,
            Op::ReturnCall { function_index } => self.return_call(function_index)?,
            Op::ReturnCallIndirect { type_index, table_index } => self.return_call_indirect(type_index, table_index)?,
            Op::ReturnCallRef { type_index } => self.return_call_ref(type_index)?,
            Op::BrOnNull { relative_depth } => self.visit_br_on_null(relative_depth),
            Op::BrOnNonNull { relative_depth } => self.visit_br_on_non_null(relative_depth),
            Op::RefAsNonNull => self.ref_as_non_null(),
            Op::RefI31 => self.ref_i31(),
            Op::I31GetS => self.i31_get(ShiftKind::ShrS),
            Op::I31GetU => self.i31_get(ShiftKind::ShrU),
            Op::RefEq => self.ref_eq(),
            Op::StructNew { struct_type_index: t } => self.struct_new(t, FieldInit::Operands),
            Op::StructNewDefault { struct_type_index: t } => self.struct_new(t, FieldInit::Default),
            Op::StructGet { struct_type_index: t, field_index: f } => self.struct_get(t, f, FieldRead::Plain),
            Op::StructGetS { struct_type_index: t, field_index: f } => self.struct_get(t, f, FieldRead::Signed),
            Op::StructGetU { struct_type_index: t, field_index: f } => self.struct_get(t, f, FieldRead::Unsigned),
            Op::StructSet { struct_type_index: t, field_index: f } => self.struct_set(t, f),
            Op::ArrayNew { array_type_index: t } => self.array_new(t, FieldInit::Operands),
            Op::ArrayNewDefault { array_type_index: t } => self.array_new(t, FieldInit::Default),
            Op::ArrayNewFixed { array_type_index: t, array_size: n } => self.array_new_fixed(t, n),
            Op::ArrayGet { array_type_index: t } => self.array_get(t, FieldRead::Plain),
            Op::ArrayGetS { array_type_index: t } => self.array_get(t, FieldRead::Signed),
            Op::ArrayGetU { array_type_index: t } => self.array_get(t, FieldRead::Unsigned),
            Op::ArraySet { array_type_index: t } => self.array_set(t),
            Op::ArrayLen => self.array_len(),
            Op::ArrayFill { array_type_index: t } => self.array_fill(t),
            Op::ArrayCopy { .. } => self.array_copy(),
            Op::ArrayNewData { array_type_index: t, array_data_index: d } => {
                self.array_new_segment(t, d, Segment::Data)
            }
            Op::ArrayNewElem { array_type_index: t, array_elem_index: e } => {
                self.array_new_segment(t, e, Segment::Elem)
            }
            Op::ArrayInitData { array_data_index: d, .. } => self.array_init_segment(d, Segment::Data),
            Op::ArrayInitElem { array_elem_index: e, .. } => self.array_init_segment(e, Segment::Elem),
            // The same word either way (see `vm::gc_heap`).
            Op::AnyConvertExtern | Op::ExternConvertAny => {}
            Op::RefTestNonNull { hty } => self.ref_test(hty, false)?,
            Op::RefTestNullable { hty } => self.ref_test(hty, true)?,
            Op::RefCastNonNull { hty } => self.ref_cast(hty, false)?,
            Op::RefCastNullable { hty } => self.ref_cast(hty, true)?,
            Op::BrOnCast { relative_depth, to_ref_type, .. } => {
                self.br_on_cast(relative_depth, to_ref_type, CastBranch::OnSuccess)?
            }
            Op::BrOnCastFail { relative_depth, to_ref_type, .. } => {
                self.br_on_cast(relative_depth, to_ref_type, CastBranch::OnFailure)?
            }
            Op::TryTable { ref try_table } => self.try_table(try_table)?,
            Op::Throw { tag_index } => self.throw(tag_index),
            Op::ThrowRef => self.throw_ref(),
            Op::Try { blockty } => self.legacy_try(blockty)?,
            Op::Catch { tag_index } => self.legacy_catch(Some(tag_index)),
            Op::CatchAll => self.legacy_catch(None),
            Op::Rethrow { relative_depth } => self.legacy_rethrow(relative_depth),
            Op::Delegate { relative_depth } => self.legacy_delegate(relative_depth),
            Op::Drop => self.truncate_stack(self.stack.len() - 1),
            Op::Select | Op::TypedSelect { .. } => self.select(None),

            Op::LocalGet { local_index } => self.local_get(local_index),
            Op::LocalSet { local_index } => self.local_set(local_index, SetKind::Set),
            Op::LocalTee { local_index } => self.local_set(local_index, SetKind::Tee),
            Op::GlobalGet { global_index } => self.global_get(global_index)?,
            Op::GlobalSet { global_index } => self.global_set(global_index)?,

            Op::I32Load { memarg } => self.load(I32, 4, Unsigned, memarg),
            Op::I64Load { memarg } => self.load(I64, 8, Unsigned, memarg),
            Op::F32Load { memarg } => self.load(F32, 4, Unsigned, memarg),
            Op::F64Load { memarg } => self.load(F64, 8, Unsigned, memarg),
            Op::I32Load8S { memarg } => self.load(I32, 1, Signed, memarg),
            Op::I32Load8U { memarg } => self.load(I32, 1, Unsigned, memarg),
            Op::I32Load16S { memarg } => self.load(I32, 2, Signed, memarg),
            Op::I32Load16U { memarg } => self.load(I32, 2, Unsigned, memarg),
            Op::I64Load8S { memarg } => self.load(I64, 1, Signed, memarg),
            Op::I64Load8U { memarg } => self.load(I64, 1, Unsigned, memarg),
            Op::I64Load16S { memarg } => self.load(I64, 2, Signed, memarg),
            Op::I64Load16U { memarg } => self.load(I64, 2, Unsigned, memarg),
            Op::I64Load32S { memarg } => self.load(I64, 4, Signed, memarg),
            Op::I64Load32U { memarg } => self.load(I64, 4, Unsigned, memarg),
            Op::I32Store { memarg } => self.store(I32, 4, memarg),
            Op::I64Store { memarg } => self.store(I64, 8, memarg),
            Op::F32Store { memarg } => self.store(F32, 4, memarg),
            Op::F64Store { memarg } => self.store(F64, 8, memarg),
            Op::I32Store8 { memarg } => self.store(I32, 1, memarg),
            Op::I32Store16 { memarg } => self.store(I32, 2, memarg),
            Op::I64Store8 { memarg } => self.store(I64, 1, memarg),
            Op::I64Store16 { memarg } => self.store(I64, 2, memarg),
            Op::I64Store32 { memarg } => self.store(I64, 4, memarg),
            Op::MemorySize { mem } => self.memory_size(mem),
            Op::MemoryGrow { mem } => self.memory_grow(mem),
            Op::MemoryCopy { dst_mem, src_mem } => self.memory_copy(dst_mem, src_mem),
            Op::MemoryFill { mem } => self.memory_fill(mem),
            Op::MemoryInit { data_index, mem } => self.memory_init(data_index, mem),
            Op::DataDrop { data_index } => self.data_drop(data_index),
            Op::TableGet { table } => self.table_get(table),
            Op::TableSet { table } => self.table_set(table),
            Op::TableSize { table } => self.table_size(table),
            Op::TableGrow { table } => self.table_grow(table),
            Op::TableFill { table } => self.table_fill(table),
            Op::TableCopy { dst_table, src_table } => self.table_copy(dst_table, src_table),
            Op::TableInit { elem_index, table } => self.table_init(table, elem_index),
            Op::ElemDrop { elem_index } => self.elem_drop(elem_index),
            Op::RefNull { .. } => self.ref_null(),
            Op::RefFunc { function_index } => self.ref_func(function_index),
            Op::RefIsNull => {
                let reg = self.pop_reg();
                let zero = onepass_arch::Operand::Imm(Imm::I64(0));
                let test =
                    onepass_arch::Comparison { cmp: Cmp::Int(IntCmp::Eq), size: OperandSize::S64, lhs: reg, rhs: zero };
                self.set_condition(Condition::Compare(test));
            }

            Op::I32Const { value } => self.push_const(I32, Imm::I32(value)),
            Op::I64Const { value } => self.push_const(I64, Imm::I64(value)),
            Op::F32Const { value } => self.push_const(F32, Imm::F32(value.bits())),
            Op::F64Const { value } => self.push_const(F64, Imm::F64(value.bits())),

            Op::I32Add | Op::I64Add => self.int_binop(IntBinOp::Add),
            Op::I32Sub | Op::I64Sub => self.int_binop(IntBinOp::Sub),
            Op::I32Mul | Op::I64Mul => self.int_binop(IntBinOp::Mul),
            Op::I32And | Op::I64And => self.int_binop(IntBinOp::And),
            Op::I32Or | Op::I64Or => self.int_binop(IntBinOp::Or),
            Op::I32Xor | Op::I64Xor => self.int_binop(IntBinOp::Xor),
            Op::I32Shl | Op::I64Shl => self.int_shift(ShiftKind::Shl),
            Op::I32ShrS | Op::I64ShrS => self.int_shift(ShiftKind::ShrS),
            Op::I32ShrU | Op::I64ShrU => self.int_shift(ShiftKind::ShrU),
            Op::I32Rotl | Op::I64Rotl => self.int_shift(ShiftKind::Rotl),
            Op::I32Rotr | Op::I64Rotr => self.int_shift(ShiftKind::Rotr),
            Op::I32DivS | Op::I64DivS => self.int_div(DivKind::DivS),
            Op::I32DivU | Op::I64DivU => self.int_div(DivKind::DivU),
            Op::I32RemS | Op::I64RemS => self.int_div(DivKind::RemS),
            Op::I32RemU | Op::I64RemU => self.int_div(DivKind::RemU),
            Op::I32Clz | Op::I64Clz => self.int_unop(IntUnOp::Clz),
            Op::I32Ctz | Op::I64Ctz => self.int_unop(IntUnOp::Ctz),
            Op::I32Popcnt | Op::I64Popcnt => self.int_unop(IntUnOp::Popcnt),

            Op::F32Add | Op::F64Add => self.float_binop(FloatBinOp::Add),
            Op::F32Sub | Op::F64Sub => self.float_binop(FloatBinOp::Sub),
            Op::F32Mul | Op::F64Mul => self.float_binop(FloatBinOp::Mul),
            Op::F32Div | Op::F64Div => self.float_binop(FloatBinOp::Div),
            Op::F32Min | Op::F64Min => self.float_binop(FloatBinOp::Min),
            Op::F32Max | Op::F64Max => self.float_binop(FloatBinOp::Max),
            Op::F32Copysign | Op::F64Copysign => self.float_binop(FloatBinOp::Copysign),
            Op::F32Abs | Op::F64Abs => self.float_unop(FloatUnOp::Abs),
            Op::F32Neg | Op::F64Neg => self.float_unop(FloatUnOp::Neg),
            Op::F32Sqrt | Op::F64Sqrt => self.float_unop(FloatUnOp::Sqrt),
            Op::F32Ceil | Op::F64Ceil => self.float_unop(FloatUnOp::Ceil),
            Op::F32Floor | Op::F64Floor => self.float_unop(FloatUnOp::Floor),
            Op::F32Trunc | Op::F64Trunc => self.float_unop(FloatUnOp::Trunc),
            Op::F32Nearest | Op::F64Nearest => self.float_unop(FloatUnOp::Nearest),

            Op::I32WrapI64 => self.zero_extend(I32),
            Op::I64ExtendI32U => self.zero_extend(I64),
            Op::I64ExtendI32S => self.extend(ExtendKind::Signed32, I64),
            Op::I32Extend8S => self.extend(ExtendKind::Signed8(OperandSize::S32), I32),
            Op::I32Extend16S => self.extend(ExtendKind::Signed16(OperandSize::S32), I32),
            Op::I64Extend8S => self.extend(ExtendKind::Signed8(OperandSize::S64), I64),
            Op::I64Extend16S => self.extend(ExtendKind::Signed16(OperandSize::S64), I64),
            Op::I64Extend32S => self.extend(ExtendKind::Signed32, I64),

            Op::F32ConvertI32S | Op::F32ConvertI64S => self.convert_to_float(F32, Signed),
            Op::F32ConvertI32U | Op::F32ConvertI64U => self.convert_to_float(F32, Unsigned),
            Op::F64ConvertI32S | Op::F64ConvertI64S => self.convert_to_float(F64, Signed),
            Op::F64ConvertI32U | Op::F64ConvertI64U => self.convert_to_float(F64, Unsigned),
            Op::I32TruncF32S | Op::I32TruncF64S => self.convert_to_int(I32, Signed, Trap),
            Op::I32TruncF32U | Op::I32TruncF64U => self.convert_to_int(I32, Unsigned, Trap),
            Op::I64TruncF32S | Op::I64TruncF64S => self.convert_to_int(I64, Signed, Trap),
            Op::I64TruncF32U | Op::I64TruncF64U => self.convert_to_int(I64, Unsigned, Trap),
            Op::I32TruncSatF32S | Op::I32TruncSatF64S => self.convert_to_int(I32, Signed, Saturate),
            Op::I32TruncSatF32U | Op::I32TruncSatF64U => self.convert_to_int(I32, Unsigned, Saturate),
            Op::I64TruncSatF32S | Op::I64TruncSatF64S => self.convert_to_int(I64, Signed, Saturate),
            Op::I64TruncSatF32U | Op::I64TruncSatF64U => self.convert_to_int(I64, Unsigned, Saturate),
            Op::F32DemoteF64 => self.float_convert(F32),
            Op::F64PromoteF32 => self.float_convert(F64),
            Op::I32ReinterpretF32 => self.reinterpret(I32),
            Op::I64ReinterpretF64 => self.reinterpret(I64),
            Op::F32ReinterpretI32 => self.reinterpret(F32),
            Op::F64ReinterpretI64 => self.reinterpret(F64),

            // A copy: the operator's own address must not escape (see `driver::compile`).
            ref other => return Err(self.unsupported_operator(other.clone())),
        }
        Ok(())
    }

    /// An operator this compiler does not handle.
    #[cold]
    #[inline(never)]
    fn unsupported_operator(&self, op: Op<'_>) -> CompileError {
        self.unsupported(&format!("operator {op:?}"))
    }

    /// Unreachable code is validated but only its block structure is tracked. Inlined for
    /// the same reason as [`Self::visit`].
    #[inline(always)]
    fn visit_unreachable(&mut self, op: &Op<'_>) -> Result<(), CompileError> {
        match *op {
            Op::Block { blockty } => self.enter_block(ControlKind::Block, blockty)?,
            Op::Loop { blockty } => self.enter_block(ControlKind::Loop, blockty)?,
            Op::If { blockty } => self.enter_if(blockty, None)?,
            Op::TryTable { ref try_table } => self.enter_block(ControlKind::TryTable(false), try_table.ty)?,
            Op::Try { blockty } => self.legacy_try(blockty)?,
            Op::Catch { tag_index } => self.legacy_catch(Some(tag_index)),
            Op::CatchAll => self.legacy_catch(None),
            Op::Delegate { relative_depth } => self.legacy_delegate(relative_depth),
            Op::Else => self.visit_else(),
            Op::End => self.visit_end(),
            _ => {}
        }
        Ok(())
    }
}
