//! Validate-then-visit: the loop that feeds each operator first to wasmparser's
//! `FuncValidator` and then to the code generator, with one operator of lookahead so a
//! comparison followed by `br_if`/`if`/`select` compiles to one compare-and-branch.

use super::context::CodeGen;
use super::control::{Control, ControlKind};
use super::frame::{Frame, LocalTypes, MAX_FRAME_BYTES};
use super::{CompileError, ModuleEnv, Ty};
use onepass_arch::{Abi, CompiledCode, MacroAssembler};
use wasmparser::{FuncValidator, FunctionBody, Operator, ValidatorResources};

/// Deepest value stack a function may have (its home slots alone would fill the largest
/// frame).
const MAX_STACK_DEPTH: u32 = MAX_FRAME_BYTES / 8;

/// Compile one function body (validating it on the way) into position-independent code.
///
/// A function too large for the ISA's short branches (aarch64: 1 MiB) is compiled a second
/// time, already validated, with far branches.
pub(crate) fn compile_function<M: MacroAssembler>(
    env: &ModuleEnv<'_>,
    func_index: u32,
    body: &FunctionBody<'_>,
    validator: &mut FuncValidator<ValidatorResources>,
) -> Result<CompiledCode, CompileError> {
    match compile_once::<M>(env, func_index, body, Some(validator))? {
        Some(code) => Ok(code),
        None => Ok(compile_once::<M>(env, func_index, body, None)?.expect("far branches reach the whole function")),
    }
}

/// One compilation: validating and with short branches when `validator` is given (`None`
/// when the function is larger than they reach), else with far branches.
fn compile_once<M: MacroAssembler>(
    env: &ModuleEnv<'_>,
    func_index: u32,
    body: &FunctionBody<'_>,
    mut validator: Option<&mut FuncValidator<ValidatorResources>>,
) -> Result<Option<CompiledCode>, CompileError> {
    let far = validator.is_none();
    let func_type = env.func_type(func_index);
    let to_ty = |t: wasmparser::ValType, offset: usize| {
        Ty::from_wasm(t).ok_or_else(|| CompileError::unsupported(&format!("value type {t}"), offset))
    };
    let body_offset = body.range().start as usize;
    let mut local_types = LocalTypes::default();
    for &p in func_type.params() {
        local_types.push(1, to_ty(p, body_offset)?);
    }
    let results = func_type.results().iter().map(|&t| to_ty(t, body_offset)).collect::<Result<Vec<_>, _>>()?;
    let num_params = local_types.len();

    let mut locals = body.get_locals_reader()?;
    for _ in 0..locals.get_count() {
        let offset = locals.original_position();
        let (count, ty) = locals.read()?;
        if let Some(v) = validator.as_deref_mut() {
            v.define_locals(offset as u64, count, ty)?;
        }
        let ty = to_ty(ty, offset as usize)?;
        local_types.push(count, ty);
    }

    let frame =
        Frame { local_types, num_params, args_offset: <M::Abi as Abi>::ARGS_OFFSET, max_depth: 0, max_outgoing: 0 };
    let mut cg: CodeGen<'_, M> = CodeGen::new(env, frame, results.clone());
    if far {
        cg.masm.set_far_branches();
    }
    cg.masm.prologue(crate::vm::vmctx::thread::STACK_LIMIT);
    let (start, len) = cg.frame.declared_locals_range();
    cg.masm.zero_frame(start, len);
    cg.interrupt_check();
    let label = cg.masm.new_label();
    cg.controls.push(Control {
        kind: ControlKind::Function,
        label,
        base: 0,
        params: super::control::Tys::from([]),
        results: results.into(),
        start_reachable: true,
        label_used: false,
    });

    // Checked after every operator: one comparison, and no function can run far past the
    // module's code budget before it is stopped.
    let code_limit = env.code_budget.remaining().min(M::MAX_CALL_DISTANCE);
    let mut reader = body.get_operators_reader()?;
    let mut pending: Option<(Operator<'_>, usize)> = None;
    loop {
        let (op, offset) = match pending.take() {
            Some(p) => p,
            None if reader.eof() => break,
            None => {
                let (op, offset) = reader.read_with_offset()?;
                (op, offset as usize)
            }
        };
        if let Some(v) = validator.as_deref_mut() {
            v.op(offset as u64, &op)?;
        }
        cg.offset = offset;
        if cg.reachable && cg.fusable_compare(&op) && !reader.eof() {
            let (next, next_offset) = reader.read_with_offset()?;
            if matches!(next, Operator::BrIf { .. } | Operator::If { .. } | Operator::Select) {
                if let Some(v) = validator.as_deref_mut() {
                    v.op(next_offset, &next)?;
                }
                cg.fused_compare(&op, &next)?;
                continue;
            }
            pending = Some((next, next_offset as usize));
        }
        cg.visit(&op)?;
        if cg.masm.offset() as usize > code_limit {
            if code_limit == M::MAX_CALL_DISTANCE {
                let message =
                    format!("function too large: its machine code exceeds the {code_limit} bytes branches reach");
                return Err(CompileError { message, offset });
            }
            return Err(env.code_budget.exceeded(offset));
        }
        if cg.frame.max_depth > MAX_STACK_DEPTH {
            let message = format!("value stack too deep: its frame would exceed {MAX_FRAME_BYTES} bytes");
            return Err(CompileError { message, offset });
        }
    }
    reader.finish()?;
    if !far && cg.masm.offset() > M::NEAR_CODE_RANGE {
        return Ok(None);
    }
    let frame_size = cg.frame.size();
    if frame_size > MAX_FRAME_BYTES as u64 {
        let message = format!("function frame of {frame_size} bytes exceeds the limit of {MAX_FRAME_BYTES}");
        return Err(CompileError { message, offset: body_offset });
    }
    let frame_size = frame_size as u32;
    let code = cg.masm.finish(frame_size).map_err(|message| CompileError { message, offset: body_offset })?;
    env.code_budget.charge(code.code.len(), body_offset)?;
    Ok(Some(code))
}
