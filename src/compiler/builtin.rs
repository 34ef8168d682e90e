//! Calls from compiled code into the runtime (system ABI) for the operations that are
//! rare or large enough not to inline: memory.grow, bulk memory, table growth and copies.

use super::context::CodeGen;
use super::Ty;
use crate::vm::vmctx::header;
use onepass_arch::*;

/// The runtime functions, by their index in `engine::builtins::BUILTINS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Builtin {
    MemoryGrow = 0,
    MemoryCopy = 1,
    MemoryFill = 2,
    MemoryInit = 3,
    DataDrop = 4,
    TableGrow = 5,
    TableFill = 6,
    TableCopy = 7,
    TableInit = 8,
    ElemDrop = 9,
    LazyCompile = 10,
    /// Called through the register-preserving trampoline (`MacroAssembler::call_preserving`)
    /// before a call passes function references to another instance: see `vm::store`.
    RetainArgs = 11,
    /// `(vmctx, tag) -> exception`: a new exception of tag `tag` (payload zeroed).
    ExnNew = 12,
    /// `(vmctx, exception)`: a `catch` or `catch_all` clause took the exception apart.
    ExnRelease = 13,
    /// `(vmctx, function, args) -> panicked`: a listened function was entered, its
    /// parameters in its incoming argument area at `args` (see `engine::listen`).
    ListenerEnter = 14,
    /// `(vmctx, function, args) -> panicked`: a listened function returns, every result
    /// stored at `args`.
    ListenerExit = 15,
    /// `(vmctx, function, args) -> panicked`: a listened function hands its frame to a
    /// tail call.
    ListenerTailCall = 16,
    /// Called through the register-preserving trampoline with a defined function's index:
    /// make its `VMFuncRef` and publish it in its vmctx slot (see `vm::vmctx`).
    FuncRef = 17,
    /// Called through the register-preserving trampoline with a table's index and the
    /// address of one of its elements, read null: make that slot if the table starts lazily
    /// (see `vm::table`).
    TableSlot = 18,
    /// Called through the register-preserving trampoline with a table's index before null
    /// is stored into it: make every slot of a table that starts lazily.
    TableMakeAll = 19,
    /// `(vmctx, memory, bytes, address, expected, timeout) -> 0 | 1 | 2 | 3`:
    /// `memory.atomic.wait32/64` (`bytes` 4 or 8) at `address` (relative to memory 0's
    /// base, checked), returning woken, not equal, timed out, or 3 when the memory is not
    /// shared.
    AtomicWait = 20,
    /// `(vmctx, memory, address, count) -> woken`: `memory.atomic.notify`.
    AtomicNotify = 21,
    /// `(vmctx, type, len) -> object`: a new zeroed object of struct or array type `type`
    /// (`len` elements for an array), or null past the GC heap's limit.
    GcAlloc = 22,
    /// `(vmctx, type, data, src, len) -> object or trap code`: `array.new_data`.
    ArrayNewData = 23,
    /// `(vmctx, type, elem, src, len) -> object or trap code`: `array.new_elem`.
    ArrayNewElem = 24,
    /// `(vmctx, dst, dst_at, src, src_at, len) -> trap code or 0`: `array.copy`.
    ArrayCopy = 25,
    /// `(vmctx, data, array, dst, src, len) -> trap code or 0`: `array.init_data`.
    ArrayInitData = 26,
    /// `(vmctx, elem, array, dst, src, len) -> trap code or 0`: `array.init_elem`.
    ArrayInitElem = 27,
    /// Called through the register-preserving trampoline with the thread state and a
    /// size: give the entry a new allocation buffer with room for that many bytes (its end
    /// left 0 when the GC heap's limit leaves none).
    GcRefill = 28,
    /// Called through the register-preserving trampoline at a safepoint poll whose
    /// instance's poll word is raised: park until the collection that raised it is over
    /// (`vm::gc_stop`).
    GcPoll = 29,
}

impl Builtin {
    /// Whether a garbage collection may run inside the builtin (its call is a safepoint:
    /// see `stack_maps`).
    pub(crate) fn may_collect(self) -> bool {
        matches!(
            self,
            Builtin::GcAlloc | Builtin::ArrayNewData | Builtin::ArrayNewElem | Builtin::GcRefill | Builtin::GcPoll
        )
    }
}

/// The code lazily compiled functions start as, for defined functions `first ..
/// first + count`: one *thunk* per function, which loads the function's index into the
/// second argument register and jumps to a shared stub. The stub calls
/// `Builtin::LazyCompile(vmctx, index)` — which returns the function's code, or null with
/// the error pending — and tail-jumps to that code, so the caller's arguments reach it
/// untouched; on null it traps with `HostError`. Returns the code and each thunk's offset.
pub(crate) fn lazy_stubs<M: MacroAssembler>(first: u32, count: u32) -> Result<(CompiledCode, Vec<u32>), String> {
    use crate::vm::vmctx::thread;
    let layout = VmctxLayout { entry_sp: thread::ENTRY_SP, trap_recorder: header::TRAP_RECORDER };
    let mut masm = M::new(layout, CpuFeatures::host());
    // The stub's trap branches go past every thunk (at most 16 bytes each) to the trap
    // stubs at the end.
    if (count as usize).saturating_mul(16).saturating_add(4096) > M::NEAR_CODE_RANGE as usize {
        masm.set_far_branches();
    }
    let args = <M::Abi as Abi>::SYS_INT_ARGS;
    // The shared stub. Its prologue leaves the argument registers alone.
    let stub = masm.new_label();
    masm.bind(stub);
    masm.prologue(thread::STACK_LIMIT);
    masm.mov(OperandSize::S64, args[0], Operand::Reg(<M::Abi as Abi>::VMCTX));
    call_through_table(&mut masm, first_beyond_args::<M>(2), Builtin::LazyCompile);
    let code = <M::Abi as Abi>::SYS_INT_RETURN;
    let failed = masm.trap_label(TrapCode::HostError);
    masm.test_branch(OperandSize::S64, Operand::Reg(code), failed, BranchIf::Zero);
    masm.epilogue_jump(code);
    let mut thunks = Vec::with_capacity(count as usize);
    for index in first..first + count {
        thunks.push(masm.offset());
        masm.mov(OperandSize::S32, args[1], Operand::Imm(Imm::I32(index as i32)));
        masm.jump(stub);
    }
    Ok((masm.finish(16)?, thunks))
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Call `builtin(vmctx, immediates..., operands...)` where the operands are the top
    /// `operands` stack values (deepest first). With `result`, the return value is pushed;
    /// with `trap`, a non-zero return traps with that code.
    pub(crate) fn call_builtin(
        &mut self,
        builtin: Builtin,
        immediates: &[u32],
        operands: usize,
        result: Option<Ty>,
        trap: Option<TrapCode>,
    ) {
        // Everything goes to memory first, so filling the argument registers is a plain
        // sequence of loads with no register shuffling.
        self.spill_regs_and_locals();
        // The argument registers below are written without being allocated.
        self.forget_locals_in_regs();
        let args = <M::Abi as Abi>::SYS_INT_ARGS;
        let base = self.stack.len() - operands;
        for i in 0..operands {
            let entry = self.stack.at(base + i);
            let op = self.operand_at(base + i, entry);
            self.masm.mov(entry.ty.size(), args[1 + immediates.len() + i], op);
        }
        self.truncate_stack(base);
        for (i, &imm) in immediates.iter().enumerate() {
            self.masm.mov(OperandSize::S32, args[1 + i], Operand::Imm(Imm::I32(imm as i32)));
        }
        self.masm.mov(OperandSize::S64, args[0], Operand::Reg(<M::Abi as Abi>::VMCTX));
        let nargs = 1 + immediates.len() + operands;
        let avoid = RegSet::from_regs(&args[..nargs]);
        let target = self.alloc_avoiding(RegClass::Int, avoid);
        let collecting = builtin.may_collect().then(|| (self.safepoint_slots(&[]), self.begin_collecting_call()));
        call_through_table(&mut self.masm, target, builtin);
        if let Some((Some(slots), after)) = collecting {
            self.end_collecting_call(after, &slots);
        }
        self.free_operand(Operand::Reg(target));
        let ret = <M::Abi as Abi>::SYS_INT_RETURN;
        if let Some(code) = trap {
            trap_unless_zero(&mut self.masm, code);
        }
        if let Some(ty) = result {
            let r = self.alloc(RegClass::Int);
            self.masm.mov(ty.size(), r, Operand::Reg(ret));
            self.push_reg(ty, r);
        }
    }

    /// After a builtin that answers 0 or a trap code (in its 32-bit result, or its whole
    /// result `size` when it otherwise answers an object), trap with the code when it is
    /// one of `codes`.
    pub(crate) fn trap_with_returned_code(&mut self, size: OperandSize, result: Reg, codes: &[TrapCode]) {
        for &code in codes {
            let label = self.masm.trap_label(code);
            let value =
                Operand::Imm(if size == OperandSize::S64 { Imm::I64(code as i64) } else { Imm::I32(code as i32) });
            self.masm.cmp_branch(Cmp::Int(IntCmp::Eq), size, result, value, label, JumpWhen::True);
        }
    }

    /// The register in which a builtin answers.
    pub(crate) fn builtin_result() -> Reg {
        <M::Abi as Abi>::SYS_INT_RETURN
    }

    /// Call listener builtin `builtin(vmctx, function, args)` for this (listened)
    /// function, `args` being its incoming argument area, and trap with `HostError` when
    /// it reports a listener's panic. Used where no register holds anything the code
    /// needs afterwards (the entry, a return once the results are stored, a tail call once
    /// everything is spilled), so it allocates nothing and leaves the compile-time state
    /// as it is.
    pub(crate) fn call_listener(&mut self, builtin: Builtin) {
        let func_index = self.listened.expect("only listened functions call listeners");
        let args = <M::Abi as Abi>::SYS_INT_ARGS;
        self.masm.mov(OperandSize::S64, args[0], Operand::Reg(<M::Abi as Abi>::VMCTX));
        self.masm.mov(OperandSize::S32, args[1], Operand::Imm(Imm::I32(func_index as i32)));
        self.masm.lea(args[2], Address::Frame(<M::Abi as Abi>::ARGS_OFFSET));
        call_through_table(&mut self.masm, first_beyond_args::<M>(3), builtin);
        trap_unless_zero(&mut self.masm, TrapCode::HostError);
    }
}

/// Call `builtin` through the vmctx's table of builtins, its address loaded into `target`
/// (clobbered, as the call clobbers every caller-saved register).
fn call_through_table<M: MacroAssembler>(masm: &mut M, target: Reg, builtin: Builtin) {
    masm.mov(OperandSize::S64, target, Operand::Mem(Address::Vmctx(header::BUILTINS)));
    masm.mov(OperandSize::S64, target, Operand::Mem(Address::Base(target, 8 * builtin as i32)));
    masm.call_reg(target);
}

/// The first allocatable integer register that is not one of the first `args` system
/// argument registers: where code that allocates nothing keeps a builtin's address.
fn first_beyond_args<M: MacroAssembler>(args: usize) -> Reg {
    let taken = &<M::Abi as Abi>::SYS_INT_ARGS[..args];
    *<M::Abi as Abi>::INT_REGS.iter().find(|r| !taken.contains(r)).expect("a free register")
}

/// Trap with `code` when the builtin just called returned non-zero (its 32-bit result).
fn trap_unless_zero<M: MacroAssembler>(masm: &mut M, code: TrapCode) {
    let label = masm.trap_label(code);
    masm.test_branch(OperandSize::S32, Operand::Reg(<M::Abi as Abi>::SYS_INT_RETURN), label, BranchIf::NonZero);
}
