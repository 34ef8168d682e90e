//! Validate-then-compile: the loop that decodes each operator once, calling
//! [`ValidateThenCompile`], which hands it first to the `FuncValidator` and then to the
//! code generator. The common operators are decoded by [`decode::visit_common`], the rest
//! by wasmparser's reader. A comparison is held back for one operator so that one
//! followed by `br_if`/`if`/`select` compiles to one compare-and-branch.

use super::context::{CodeGen, CompileScratch};
use super::control_stack::{Control, ControlKind};
use super::decode;
use super::frame::{Frame, LocalTypes, MAX_FRAME_BYTES};
use super::homes::HomeWrites;
use super::lookahead::{first_accesses, set_on_every_path, FirstAccess, LoopScan, ScanEnd};
use super::register_params::RegisterParams;
use super::variables::UnstoredLocals;
use super::visitor::{compare_kind, CompareKind};
use super::{CompileError, ModuleEnv, Ty, ValueLayout};
use onepass_arch::{Abi, Cmp, CompiledCode, IntCmp, MacroAssembler};
use wasmparser::{
    BinaryReader, FrameKind, FrameStack, FuncValidator, FunctionBody, Operator, ValidatorResources, VisitOperator,
    VisitSimdOperator,
};

/// Deepest value stack a function may have (its home slots alone would fill the largest
/// frame).
const MAX_STACK_DEPTH: u32 = MAX_FRAME_BYTES / 8;

/// Compile one function body (validating it on the way) into position-independent code.
///
/// The first attempt validates. A function too large for the ISA's short branches
/// (aarch64: 1 MiB) is compiled again, already validated, with far branches; one that
/// turns out to use SIMD although nothing declared a `v128` is compiled again with wide
/// slots (see [`super::frame`]).
pub(crate) fn compile_function<M: MacroAssembler>(
    env: &ModuleEnv<'_>,
    func_index: u32,
    body: &FunctionBody<'_>,
    validator: &mut FuncValidator<ValidatorResources>,
    scratch: &mut CompileScratch<M>,
) -> Result<CompiledCode, CompileError> {
    let mut attempt = Attempt { far_branches: false, wide_slots: false };
    let mut validator = Some(validator);
    loop {
        match compile_once::<M>(env, func_index, body, validator.take(), attempt, scratch)? {
            Outcome::Compiled(code) => return Ok(code),
            Outcome::NeedsFarBranches if !attempt.far_branches => attempt.far_branches = true,
            Outcome::NeedsWideSlots if !attempt.wide_slots => attempt.wide_slots = true,
            _ => unreachable!("a retry asked for what it already had"),
        }
    }
}

/// How one compilation of a body is made.
#[derive(Clone, Copy)]
struct Attempt {
    /// Every branch to a label reaches anywhere in the function.
    far_branches: bool,
    /// Locals and home slots are 16 bytes even if nothing declared a `v128`.
    wide_slots: bool,
}

/// What one compilation gives.
enum Outcome {
    Compiled(CompiledCode),
    /// The code outgrew the short branches' reach (the body is validated).
    NeedsFarBranches,
    /// The body uses SIMD but its slots are narrow (the body is validated).
    NeedsWideSlots,
}

/// Validate the rest of a body from `reader` on (the compiler gave up on this attempt but
/// the next one will not validate).
fn validate_rest(
    validator: &mut FuncValidator<ValidatorResources>,
    mut reader: BinaryReader<'_>,
) -> Result<(), CompileError> {
    while !reader.eof() {
        let offset = reader.original_position();
        reader.visit_operator(&mut validator.visitor(offset))??;
    }
    let offset = reader.original_position();
    reader.finish_expression(&validator.visitor(offset))?;
    Ok(())
}

/// One compilation: validating when `validator` is given (the first attempt), as
/// `attempt` says.
fn compile_once<M: MacroAssembler>(
    env: &ModuleEnv<'_>,
    func_index: u32,
    body: &FunctionBody<'_>,
    mut validator: Option<&mut FuncValidator<ValidatorResources>>,
    attempt: Attempt,
    scratch: &mut CompileScratch<M>,
) -> Result<Outcome, CompileError> {
    let far = attempt.far_branches;
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

    // Legacy `try` blocks each keep the exception they handle in a hidden local after the
    // declared ones (wasm code cannot name it).
    let legacy_slots = local_types.len();
    if env.legacy_exceptions {
        local_types.push(count_legacy_tries(body)?, Ty::Ref);
    }

    let args = ValueLayout::of_signature(func_type);
    let wide = attempt.wide_slots || env.has_v128 || local_types.has_v128();
    let slots = if wide { ValueLayout::Wide } else { ValueLayout::Narrow };
    let frame = Frame::new(local_types, num_params, <M::Abi as Abi>::ARGS_OFFSET, args, slots);
    // Checked after every operator: one comparison, and no function can run far past the
    // module's code budget before it is stopped.
    let code_limit = env.code_budget.remaining().min(M::MAX_CALL_DISTANCE);
    let mut code_reader = body.get_operators_reader()?.get_binary_reader();
    let code_start = code_reader.original_position() as usize;
    let code = code_reader.read_bytes(code_reader.bytes_remaining())?;
    // The declared locals that the body's straight-line start sets before any read need
    // not start zeroed.
    let first = &mut scratch.first_access;
    first.clear();
    first.resize((frame.num_locals() - num_params) as usize, FirstAccess::Unseen);
    first_accesses(code, num_params, first);
    // Past the first branch, the must-analysis (for numbers and vectors: a reference local
    // always starts null unless the straight-line start sets it, whatever a scan concludes).
    let declared = (legacy_slots - num_params) as usize;
    let tracked = first.iter().take(declared.min(64)).enumerate().fold(0u64, |bits, (i, &access)| {
        let is_ref = frame.local_type(num_params + i as u32) == Ty::Ref;
        bits | u64::from(access != FirstAccess::Set && !is_ref) << i
    });
    if tracked != 0 {
        if let Some(set) = set_on_every_path(code, num_params, tracked, &mut scratch.open_constructs) {
            for (i, access) in first.iter_mut().enumerate().take(64) {
                if set >> i & 1 != 0 {
                    *access = FirstAccess::Set;
                }
            }
        }
    }
    if env.stack_maps {
        // Every reference local is a root at every safepoint: none may start with a stale
        // word (see `stack_maps`).
        for (i, access) in first.iter_mut().enumerate() {
            if frame.local_type(num_params + i as u32) == Ty::Ref {
                *access = FirstAccess::Unseen;
            }
        }
    }
    let mut zeroed_runs = std::mem::take(&mut scratch.zeroed_runs);
    frame.zeroed_runs(first, &mut zeroed_runs);
    let mut cg: CodeGen<'_, M> = CodeGen::new(env, frame, results.clone(), code, code_start, scratch);
    cg.next_legacy_slot = legacy_slots;
    cg.start_stack_maps();
    let body_len = (body.range().end - body.range().start) as usize;
    cg.masm.reserve_code(body_len.saturating_mul(M::CODE_BYTES_PER_BODY_BYTE).min(code_limit));
    if far {
        cg.masm.set_far_branches();
    }
    let register_params = RegisterParams::of::<M::Abi>(func_type);
    cg.register_entry = cg.emit_register_entry_stub(&register_params);
    cg.masm.prologue(crate::vm::vmctx::thread::STACK_LIMIT);
    cg.masm.zero_frame(&zeroed_runs);
    scratch.zeroed_runs = zeroed_runs;
    cg.hold_register_params(&register_params);
    if env.is_listened(func_index) {
        cg.listened = Some(func_index);
        // The listener reads the parameters from the frame, and its call clobbers their
        // registers.
        cg.forget_locals_in_regs();
        cg.call_listener(super::Builtin::ListenerEnter);
    }
    cg.interrupt_check();
    cg.safepoint_poll();
    let label = cg.masm.new_label();
    cg.controls.push(Control::new(
        ControlKind::Function,
        label,
        0,
        super::control_stack::Tys::from([]),
        results.into(),
        0,
    ));

    // wasmparser's reader at the first operator: it decodes what the fast path leaves.
    let ops_reader = body.get_operators_reader()?.get_binary_reader();
    let reader_at = |pos: usize| -> Result<BinaryReader<'_>, CompileError> {
        let mut reader = ops_reader.clone();
        reader.read_bytes(pos)?;
        Ok(reader)
    };
    let mut feed = ValidateThenCompile { validator, cg: &mut cg, offset: body_offset, pending_compare: None };
    let mut loop_scan = LoopScan::new(body_len, std::mem::take(&mut scratch.loop_scan));
    // Position in `code`.
    let mut pos = 0;
    if let Some(map) = scratch.source_map.as_mut() {
        map.clear();
    }
    while pos < code.len() {
        feed.offset = code_start + pos;
        if let Some(map) = scratch.source_map.as_mut() {
            map.push((feed.cg.masm.offset(), feed.offset as u32));
        }
        let result = match decode::visit_common(code, &mut pos, &mut feed) {
            Some(result) => result,
            None => {
                let mut reader = reader_at(pos)?;
                let result = reader.visit_operator(&mut feed)?;
                pos = reader.original_position() as usize - code_start;
                result
            }
        };
        if let Err(e) = result {
            if !feed.cg.needs_wide_slots {
                return Err(e);
            }
            // (The operator itself was validated before it was compiled.)
            if let Some(v) = feed.validator.take() {
                validate_rest(v, reader_at(pos)?)?;
            }
            return Ok(Outcome::NeedsWideSlots);
        }
        if feed.cg.loop_to_open {
            feed.cg.loop_to_open = false;
            let end = loop_scan.read(&code[pos..], code_start + pos);
            let writes =
                if !loop_scan.calls || end == ScanEnd::LoopEnd { HomeWrites::WriteBack } else { HomeWrites::Through };
            feed.cg.open_loop(&mut loop_scan.uses, writes, end, &code[pos..]);
        }
        let (offset, cg) = (feed.offset, &*feed.cg);
        if cg.masm.offset() as usize + cg.stack_map_bytes() > code_limit {
            if code_limit == M::MAX_CALL_DISTANCE {
                let message =
                    format!("function too large: its machine code exceeds the {code_limit} bytes branches reach");
                return Err(CompileError::new(message, offset));
            }
            return Err(env.code_budget.exceeded(offset));
        }
        if cg.frame.max_depth() > MAX_STACK_DEPTH {
            let message = format!("value stack too deep: its frame would exceed {MAX_FRAME_BYTES} bytes");
            return Err(CompileError::new(message, offset));
        }
    }
    feed.flush_compare();
    reader_at(pos)?.finish_expression(&feed)?;
    scratch.loop_scan = loop_scan.into_scratch();
    cg.emit_cold_paths();
    if !far && cg.masm.offset() > M::NEAR_CODE_RANGE {
        return Ok(Outcome::NeedsFarBranches);
    }
    let frame_size = cg.frame.size();
    if frame_size > MAX_FRAME_BYTES as u64 {
        let message = format!("function frame of {frame_size} bytes exceeds the limit of {MAX_FRAME_BYTES}");
        return Err(CompileError::new(message, body_offset));
    }
    let frame_size = frame_size as u32;
    let map_bytes = cg.stack_map_bytes();
    let code = cg.finish(frame_size, scratch).map_err(|message| CompileError::new(message, body_offset))?;
    env.code_budget.charge(code.code.len() + map_bytes, body_offset)?;
    Ok(Outcome::Compiled(code))
}

/// How many legacy `try` operators `body` holds (its hidden locals). Only bodies with a
/// `try` opcode byte somewhere are read operator by operator.
fn count_legacy_tries(body: &FunctionBody<'_>) -> Result<u32, CompileError> {
    let mut reader = body.get_operators_reader()?;
    let bytes = reader.get_binary_reader();
    let remaining = bytes.clone().read_bytes(bytes.bytes_remaining())?;
    if !remaining.contains(&0x06) {
        return Ok(0);
    }
    let mut count = 0;
    while !reader.eof() {
        // A malformed body is the validator's to report; stop counting there.
        match reader.read() {
            Ok(wasmparser::Operator::Try { .. }) => count += 1,
            Ok(_) => {}
            Err(_) => break,
        }
    }
    Ok(count)
}

/// The control frames wasmparser's decoder checks `else` and the body's end against:
/// the code generator's, which follow the validator's (and stand in for them when the
/// body is compiled again unvalidated).
impl<M: MacroAssembler> FrameStack for ValidateThenCompile<'_, '_, '_, M> {
    fn current_frame(&self) -> Option<FrameKind> {
        Some(match self.cg.controls.innermost()?.kind {
            ControlKind::Function | ControlKind::Block => FrameKind::Block,
            ControlKind::Loop => FrameKind::Loop,
            ControlKind::If(_) => FrameKind::If,
            ControlKind::Else => FrameKind::Else,
            ControlKind::TryTable(_) => FrameKind::TryTable,
            ControlKind::LegacyTry(t) => match t.part {
                super::control_stack::LegacyPart::Body => FrameKind::LegacyTry,
                super::control_stack::LegacyPart::Catch => FrameKind::LegacyCatch,
                super::control_stack::LegacyPart::CatchAll => FrameKind::LegacyCatchAll,
            },
        })
    }
}

impl<'a, M: MacroAssembler> decode::DecodeTarget<'a> for ValidateThenCompile<'_, '_, '_, M> {
    #[inline(always)]
    fn in_body(&self) -> bool {
        !self.cg.controls.is_empty()
    }
}

/// What visiting one operator gives (register-sized: [`CompileError`] is boxed).
type VisitResult = Result<(), CompileError>;

/// The visitor the operator reader calls: it validates each operator (unless the body was
/// already validated) and then compiles it, holding a comparison back until the next
/// operator shows whether it fuses with a branch.
///
/// Decoding straight into this visitor, rather than reading an `Operator` and validating
/// it afterwards, saves building and re-dispatching every operator (measured: about a
/// tenth of eager compile time).
struct ValidateThenCompile<'v, 'c, 'env, M: MacroAssembler> {
    /// `None` when compiling a body already validated (the far-branch retry).
    validator: Option<&'v mut FuncValidator<ValidatorResources>>,
    cg: &'c mut CodeGen<'env, M>,
    /// Byte offset of the operator being visited.
    offset: usize,
    /// A comparison not yet compiled, with its offset.
    pending_compare: Option<(CompareKind, usize)>,
}

impl<M: MacroAssembler> ValidateThenCompile<'_, '_, '_, M> {
    /// Compile one (already validated) operator, fusing it with a held-back comparison
    /// when it is a conditional that consumes it. Inlined into each visit method, where the
    /// operator is a constant: the tests on it fold away, and it is never read back
    /// through memory here (a wider load of a just-stored discriminant stalls on store
    /// forwarding, measured at a tenth of compile time).
    #[inline(always)]
    fn compile(&mut self, op: &Operator<'_>) -> VisitResult {
        // Before anything of the operator (a held-back comparison included), settle the
        // locals held unstored where it needs them in the frame. Folds away for the
        // operators that do not.
        if let Some(before) = unstored_locals_before(op) {
            if self.cg.regs.dirty().0 != 0 {
                self.cg.settle_dirty_locals(before, self.offset);
            }
        }
        if let Some((compare, compare_offset)) = self.pending_compare.take() {
            self.cg.offset = compare_offset;
            // Matched here, on the constant operator, rather than handing a reference to
            // out-of-line code: once the operator's address escapes, the compiler keeps
            // it in memory and the visitor's match no longer folds.
            match *op {
                Operator::BrIf { relative_depth } => return self.cg.fused_br_if(compare, relative_depth),
                Operator::If { blockty } => return self.cg.fused_if(compare, blockty),
                Operator::Select => return self.cg.fused_select(compare),
                // `eqz` of a held integer comparison or bit test is the opposite one, held
                // in turn (a float comparison has none: `Cmp::negate`).
                Operator::I32Eqz | Operator::I64Eqz => match compare.and_then(Cmp::negate) {
                    Some(opposite) => {
                        self.pending_compare = Some((Some(opposite), compare_offset));
                        return Ok(());
                    }
                    None => self.cg.compare(compare),
                },
                _ => self.cg.compare(compare),
            }
        }
        self.cg.offset = self.offset;
        match compare_kind(op) {
            Some(compare) if self.cg.reachable => {
                self.pending_compare = Some((compare, self.offset));
                Ok(())
            }
            // An `and` whose value only a condition reads (a branch, an `if`, a `select`)
            // or only `eqz` does is held as a bit test (`test`/`tst`: no result register).
            None if matches!(op, Operator::I32And | Operator::I64And)
                && self.cg.reachable
                && self.cg.next_op_tests(matches!(op, Operator::I64And)) =>
            {
                self.pending_compare = Some((Some(Cmp::Bits(IntCmp::Ne)), self.offset));
                Ok(())
            }
            _ => self.cg.visit(op),
        }
    }

    /// Compile one SIMD operator (none consumes a held-back comparison). Kept out of
    /// [`Self::compile`], so the scalar operators' match stays as small as it was.
    #[inline(never)]
    fn compile_simd(&mut self, op: &Operator<'_>) -> VisitResult {
        self.flush_compare();
        self.cg.offset = self.offset;
        self.cg.visit_simd(op)
    }

    /// Compile one operator of the threads proposal (none consumes a held-back
    /// comparison), out of [`Self::compile`] as the SIMD ones are.
    #[inline(never)]
    fn compile_atomic(&mut self, op: &Operator<'_>) -> VisitResult {
        self.flush_compare();
        self.cg.offset = self.offset;
        self.cg.visit_atomic(op)
    }

    /// Compile a held-back comparison (a body never ends on one: `end` comes last).
    fn flush_compare(&mut self) {
        if let Some((compare, offset)) = self.pending_compare.take() {
            self.cg.offset = offset;
            self.cg.compare(compare);
        }
    }
}

/// What becomes of the locals held unstored (see `CodeGen::local_set`) before `op`:
/// stored before whatever leaves straight-line code, joins another path or calls out
/// (anything that may read locals from the frame), dropped at a return. `None` for the
/// operators that leave them be, and for calls, which store those the code after them
/// reads (`CodeGen::forget_locals_at_call`). Matched on a constant operator, so it folds
/// away.
#[inline(always)]
fn unstored_locals_before(op: &Operator<'_>) -> Option<UnstoredLocals> {
    use Operator as O;
    Some(match op {
        O::Return => UnstoredLocals::Drop,
        O::End => UnstoredLocals::StoreUnlessLast,
        O::Br { relative_depth } | O::BrIf { relative_depth } => UnstoredLocals::StoreForBranch(*relative_depth),
        O::Unreachable
        | O::Block { .. }
        | O::Loop { .. }
        | O::If { .. }
        | O::Else
        | O::BrTable { .. }
        | O::ReturnCall { .. }
        | O::ReturnCallIndirect { .. }
        | O::ReturnCallRef { .. }
        | O::Throw { .. }
        | O::ThrowRef
        | O::Rethrow { .. }
        | O::Try { .. }
        | O::Catch { .. }
        | O::CatchAll
        | O::Delegate { .. }
        | O::TryTable { .. }
        | O::BrOnNull { .. }
        | O::BrOnNonNull { .. }
        | O::BrOnCast { .. }
        | O::BrOnCastFail { .. } => UnstoredLocals::Store,
        _ => return None,
    })
}

/// One visit method per operator: validate it with the same method of the validator's
/// visitor, then compile it.
macro_rules! validate_then_compile {
    ($kind:ident $( @$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
        $(validate_then_compile!(@one $kind $proposal $op $({ $($arg: $argty),* })? => $visit);)*
    };
    (@one $kind:ident $proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident) => {
        fn $visit(&mut self $($(, $arg: $argty)*)?) -> Self::Output {
            if let Some(validator) = self.validator.as_deref_mut() {
                validate_then_compile!(@validator $kind validator self.offset as u64)
                    .$visit($($($arg.clone()),*)?)
                    .map_err(CompileError::from)?;
            }
            // Dropped by hand, and only when an argument owns memory: the compiler
            // cannot tell that `compile` leaves the discriminant alone, and would
            // otherwise call the operator's drop glue after every operator.
            let op = std::mem::ManuallyDrop::new(Operator::$op $({ $($arg),* })?);
            let result = validate_then_compile!(@compile $kind $proposal self &op);
            if false $($(|| std::mem::needs_drop::<$argty>())*)? {
                drop(std::mem::ManuallyDrop::into_inner(op));
            }
            result
        }
    };
    (@validator core $validator:ident $offset:expr) => { $validator.visitor($offset) };
    (@validator simd $validator:ident $offset:expr) => { $validator.simd_visitor($offset) };
    (@compile core threads $self:ident $op:expr) => { $self.compile_atomic($op) };
    (@compile core $proposal:ident $self:ident $op:expr) => { $self.compile($op) };
    (@compile simd $proposal:ident $self:ident $op:expr) => { $self.compile_simd($op) };
}

macro_rules! validate_then_compile_core {
    ($($input:tt)*) => { validate_then_compile!(core $($input)*); };
}

macro_rules! validate_then_compile_simd {
    ($($input:tt)*) => { validate_then_compile!(simd $($input)*); };
}

impl<'a, M: MacroAssembler> VisitOperator<'a> for ValidateThenCompile<'_, '_, '_, M> {
    type Output = VisitResult;

    fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
        Some(self)
    }

    wasmparser::for_each_visit_operator!(validate_then_compile_core);
}

impl<'a, M: MacroAssembler> VisitSimdOperator<'a> for ValidateThenCompile<'_, '_, '_, M> {
    wasmparser::for_each_visit_simd_operator!(validate_then_compile_simd);
}
