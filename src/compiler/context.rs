//! The arch-neutral codegen context: the state of the function being compiled (value
//! stack, registers, control stack, frame, each an owned struct that keeps its own
//! invariants) and the primitive moves every operator is built from.

use super::cold::ColdPath;
use super::control_stack::{ControlScratch, ControlStack};
use super::frame::Frame;
use super::lookahead::{FirstAccess, LoopScratch, OpenConstruct};
use super::registers::{Registers, RegistersScratch};
use super::value_stack::{Entry, Loc, ValueStack};
use super::{CompileError, ModuleEnv, Ty};
use onepass_arch::{Abi, Address, CompiledCode, Imm, MacroAssembler, Operand, Reg, RegClass, RegSet};

/// Whether a spill moves constants to their slots too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Constants {
    /// A constant entry stays a constant (its slot is not written).
    Stay,
    /// A constant entry is stored to its slot like any other.
    Spill,
}

/// Compilation state of one function.
pub(crate) struct CodeGen<'a, M: MacroAssembler> {
    pub(crate) masm: M,
    pub(crate) env: &'a ModuleEnv<'a>,
    pub(crate) stack: ValueStack,
    pub(crate) regs: Registers,
    pub(crate) frame: Frame,
    pub(crate) controls: ControlStack,
    /// Whether the current position can execute (false after br/return/unreachable).
    pub(crate) reachable: bool,
    /// The function's result types.
    pub(crate) results: Vec<Ty>,
    /// Byte offset of the operator being compiled (for errors).
    pub(crate) offset: usize,
    /// Set when a reachable loop was entered: the driver reads its body ahead and calls
    /// [`CodeGen::open_loop`] before the next operator.
    pub(crate) loop_to_open: bool,
    /// Set with the error that abandons an attempt whose slots are too narrow for the
    /// SIMD operator just met (the driver compiles the function again with wide slots).
    pub(crate) needs_wide_slots: bool,
    /// The function's operator bytes, and the module offset of the first (so `offset`
    /// finds the operator being compiled): read to see which operator comes next.
    code: &'a [u8],
    code_start: usize,
    /// Code for the rare side of tests in the body, emitted after it (see `retain`).
    pub(crate) cold: Vec<ColdPath>,
    /// The landing pads (code offsets) of the reachable `try_table`s and legacy `try`
    /// bodies open at this point, with the index of their control frame, innermost last: a
    /// call site is covered by the last (see `exceptions`).
    pub(crate) landings: Vec<(u32, usize)>,
    /// The hidden local the next legacy `try` takes (see `driver`).
    pub(crate) next_legacy_slot: u32,
    /// This function's index when it has a listener: its entry, returns and tail calls
    /// then call the listener builtins (see `builtin::call_listener`).
    pub(crate) listened: Option<u32>,
    /// The function's stack maps, when its runtime collects garbage (see `stack_maps`).
    pub(crate) stack_maps: Option<super::stack_maps::StackMaps>,
    /// The reloads of the pinned registers after direct calls, which the linker removes
    /// where the callee makes no tail call (see `call`).
    pub(crate) pinned_reloads: Vec<onepass_arch::PinnedReload>,
    /// Whether the function makes a tail call (`return_call*`).
    pub(crate) tail_calls: bool,
    /// Offset of the entry direct calls use (see `register_params`).
    pub(crate) register_entry: u32,
}

/// Allocations a compiling thread keeps from one function to the next: the assembler (its
/// labels and relocations) and the code generator's stacks. Reusing them saves a few
/// dozen allocations per function. The code buffer itself leaves with each function (to
/// be copied into the module's image) and is allocated again for the next, which the
/// allocator serves from the buffer just freed, already faulted in.
pub(crate) struct CompileScratch<M: MacroAssembler> {
    /// An assembler that finished its last function (`None` before the first, or after a
    /// function failed to compile).
    masm: Option<M>,
    stack: Vec<Entry>,
    controls: ControlScratch,
    registers: RegistersScratch,
    cold: Vec<ColdPath>,
    /// The loop read-ahead's allocations (see [`super::lookahead::LoopScan`]).
    pub(crate) loop_scan: LoopScratch,
    /// What the straight-line start of the body does first to each declared local (see
    /// [`super::lookahead::first_accesses`]).
    pub(crate) first_access: Vec<FirstAccess>,
    /// The constructs [`super::lookahead::set_on_every_path`] has open.
    pub(crate) open_constructs: Vec<OpenConstruct>,
    /// The frame runs the prologue zeroes (see [`super::frame::Frame::zeroed_runs`]).
    pub(crate) zeroed_runs: Vec<(i32, u32)>,
    /// When set (`onepass inspect`), each operator's `(code offset, Wasm byte offset)`
    /// is recorded here as the function compiles; normal compilation leaves it `None`.
    pub(crate) source_map: Option<Vec<(u32, u32)>>,
}

impl<M: MacroAssembler> Default for CompileScratch<M> {
    fn default() -> Self {
        CompileScratch {
            masm: None,
            stack: Vec::new(),
            controls: ControlScratch::default(),
            registers: RegistersScratch::default(),
            cold: Vec::new(),
            loop_scan: Default::default(),
            first_access: Vec::new(),
            open_constructs: Vec::new(),
            zeroed_runs: Vec::new(),
            source_map: None,
        }
    }
}

/// A `local.set` walks only this many entries before it settles every lazy read of any
/// local it passes (see [`CodeGen::materialize_local`]).
const LOCAL_SCAN_LIMIT: usize = 64;

impl<'a, M: MacroAssembler> CodeGen<'a, M> {
    /// Compilation state of a function whose operators are `code`, found at module offset
    /// `code_start`.
    pub(crate) fn new(
        env: &'a ModuleEnv<'a>,
        frame: Frame,
        results: Vec<Ty>,
        code: &'a [u8],
        code_start: usize,
        scratch: &mut CompileScratch<M>,
    ) -> Self {
        let masm = scratch.masm.take().unwrap_or_else(|| {
            let layout = onepass_arch::VmctxLayout {
                entry_sp: crate::vm::vmctx::thread::ENTRY_SP,
                trap_recorder: crate::vm::vmctx::header::TRAP_RECORDER,
            };
            M::new(layout, env.cpu)
        });
        let (int, float) = (<M::Abi as Abi>::INT_REGS, <M::Abi as Abi>::FLOAT_REGS);
        let locals = frame.num_locals() as usize;
        let mut cold = std::mem::take(&mut scratch.cold);
        cold.clear();
        CodeGen {
            masm,
            env,
            stack: ValueStack::new(std::mem::take(&mut scratch.stack)),
            regs: Registers::new(int, float, locals, std::mem::take(&mut scratch.registers)),
            frame,
            controls: ControlStack::new(std::mem::take(&mut scratch.controls)),
            reachable: true,
            results,
            offset: 0,
            loop_to_open: false,
            needs_wide_slots: false,
            code,
            code_start,
            cold,
            landings: Vec::new(),
            next_legacy_slot: 0,
            listened: None,
            stack_maps: None,
            pinned_reloads: Vec::new(),
            tail_calls: false,
            register_entry: 0,
        }
    }

    /// Finish the function's code, giving the allocations back to `scratch` for the next.
    pub(crate) fn finish(self, frame_size: u32, scratch: &mut CompileScratch<M>) -> Result<CompiledCode, String> {
        let mut masm = self.masm;
        let mut code = masm.finish(frame_size);
        if let (Ok(code), Some(maps)) = (&mut code, self.stack_maps) {
            maps.into_code(code);
        }
        if let Ok(code) = &mut code {
            code.pinned_reloads = self.pinned_reloads;
            code.tail_calls = self.tail_calls;
            code.register_entry = self.register_entry;
        }
        scratch.masm = Some(masm);
        scratch.stack = self.stack.into_vec();
        scratch.controls = self.controls.into_scratch();
        scratch.registers = self.regs.into_scratch();
        scratch.cold = self.cold;
        code
    }

    pub(crate) fn unsupported(&self, what: &str) -> CompileError {
        CompileError::unsupported(what, self.offset)
    }

    /// Push an entry, growing the frame's slot area when the stack gets deeper. Inlined:
    /// an entry passed by reference was stored field by field and read back whole, a
    /// store-forwarding stall that made this the hottest instruction of the compiler.
    #[inline(always)]
    pub(crate) fn push(&mut self, entry: Entry) {
        self.stack.push(entry);
        self.frame.note_depth(self.stack.len());
    }

    pub(crate) fn push_reg(&mut self, ty: Ty, reg: Reg) {
        debug_assert!(!self.regs.is_shared(reg), "{reg:?} pushed while shared");
        self.push(Entry::reg(ty, reg));
    }

    pub(crate) fn push_const(&mut self, ty: Ty, imm: Imm) {
        self.push(Entry::constant(ty, imm));
    }

    /// The operand naming entry `entry` found at stack depth `depth`.
    pub(crate) fn operand_at(&self, depth: usize, entry: Entry) -> Operand {
        match entry.loc {
            Loc::Const(imm) => Operand::Imm(imm),
            Loc::Reg(r) => Operand::Reg(r),
            Loc::Local(i) => self.lazy_read_in_place(i, entry.ty),
            Loc::Slot => Operand::Mem(self.frame.slot(depth)),
        }
    }

    /// The operand of a lazy read of local `index` left on the stack: the register holding
    /// the local (only read: it is not taken), else the frame slot.
    #[inline(never)]
    fn lazy_read_in_place(&self, index: u32, ty: Ty) -> Operand {
        match self.local_in_reg(index, ty.class()) {
            Some(r) if ty != Ty::Ref => Operand::Reg(r),
            _ => Operand::Mem(self.frame.local(index)),
        }
    }

    /// The operand of a lazy read of local `index` being popped (see
    /// [`CodeGen::read_local_in_reg`]). Out of line: `pop_operand` is inlined everywhere.
    #[inline(never)]
    fn lazy_read_popped(&mut self, index: u32, ty: Ty) -> Operand {
        match self.read_local_in_reg(index, ty) {
            Some(r) => Operand::Reg(r),
            None => Operand::Mem(self.frame.local(index)),
        }
    }

    /// For a lazy read of local `index` being popped: the register holding the local,
    /// taken for the caller (if free) or shared with its owner (a value-stack entry, or an
    /// operand popped before), so the caller reads it and releases it like any register
    /// popped. `None` when the frame has the value: no register holds the local (one that
    /// held it unstored, or a written-back home, stored it before letting it go, as it
    /// does while a lazy read of it is on the stack: see [`CodeGen::settle_dirty`],
    /// `forget_locals_at_call` and `free_home_set_next`), or its register has three
    /// owners already (and is stored here if need be). References are always read from the
    /// frame, which is what a collection updates.
    #[inline]
    pub(crate) fn read_local_in_reg(&mut self, index: u32, ty: Ty) -> Option<Reg> {
        if ty == Ty::Ref {
            return None;
        }
        let r = self.local_in_reg(index, ty.class())?;
        if self.regs.take_if_free(r) || self.regs.share(r) {
            return Some(r);
        }
        self.bring_frame_up_to_date(r);
        None
    }

    /// Pop `entry`, the top entry, when it is a lazy read of a local a register holds: that
    /// register, taken or shared for the caller to read (see [`CodeGen::read_local_in_reg`]).
    /// `None`, with nothing popped, otherwise.
    #[inline]
    pub(crate) fn pop_local_in_reg(&mut self, entry: Entry) -> Option<Reg> {
        let Loc::Local(index) = entry.loc else { return None };
        let r = self.read_local_in_reg(index, entry.ty)?;
        self.pop_entry();
        Some(r)
    }

    /// Store the local `r` holds to the frame when the frame lacks its value (`r` holds it
    /// unstored, or is a written-back home).
    #[cold]
    #[inline(never)]
    fn bring_frame_up_to_date(&mut self, r: Reg) {
        if self.regs.dirty().contains(r) {
            self.store_dirty(r);
        } else if self.is_holding_home(r) {
            self.write_back_reg(r);
            self.regs.mark_frame_has(r);
        }
    }

    /// A register of `class`, spilling a stack entry if none is free.
    pub(crate) fn alloc(&mut self, class: RegClass) -> Reg {
        self.alloc_avoiding(class, RegSet::default())
    }

    /// A register for the result of the operator being compiled: the loop home of the
    /// local the next operator sets, when that home is free (the `local.set` then keeps
    /// the result where it is, with no copy), else a new one. The home's old value is not
    /// stored, even when it is written back: the set replaces it, and no value on the stack
    /// is that register (it is free) or a lazy read of its local that memory does not
    /// answer (a lazy read of the local made while another entry owned the home was
    /// popped before that entry could free it; `free_home_set_next` checks it anyway).
    pub(crate) fn alloc_result(&mut self, class: RegClass) -> Reg {
        self.result_reg_reusing(class, None)
    }

    /// [`CodeGen::alloc_result`], where the result may instead replace `reusable` (an
    /// operand of the operator, popped to be read) when there is no home to take and
    /// [`CodeGen::reuse_to_change`] allows it.
    pub(crate) fn result_reg_reusing(&mut self, class: RegClass, reusable: Option<Reg>) -> Reg {
        if let Some(home) = self.home_for_result(class) {
            return home;
        }
        reusable.and_then(|r| self.reuse_to_change(r)).unwrap_or_else(|| self.alloc(class))
    }

    /// The loop home [`CodeGen::alloc_result`] would take, taken; `None` when there is none.
    #[inline]
    pub(crate) fn home_for_result(&mut self, class: RegClass) -> Option<Reg> {
        if self.regs.home_regs().0 == 0 {
            return None;
        }
        self.free_home_set_next(class)
    }

    /// The free loop home of class `class` whose local the next operator sets, taken.
    fn free_home_set_next(&mut self, class: RegClass) -> Option<Reg> {
        let at = self.offset.checked_sub(self.code_start)?;
        let local = super::lookahead::next_op_set_local(self.code, at)?;
        let home = self.home_of(local)?;
        if home.class != class || !self.regs.is_free(home) || self.frame_lacks_lazily_read(home) {
            return None;
        }
        self.regs.take_if_free(home);
        self.forget_local_in(home);
        Some(home)
    }

    /// Whether `home` is a written-back home holding a value its frame slot lacks, which a
    /// lazy read on the value stack still needs (so it must not be dropped).
    fn frame_lacks_lazily_read(&self, home: Reg) -> bool {
        self.is_stale_home(home) && self.read_lazily(self.regs.home_local(home))
    }

    /// A register of `class` not in `avoid`.
    pub(crate) fn alloc_avoiding(&mut self, class: RegClass, avoid: RegSet) -> Reg {
        let reg = self.alloc_avoiding_inner(class, avoid);
        self.write_back_reg(reg);
        self.forget_local_in(reg);
        reg
    }

    fn alloc_avoiding_inner(&mut self, class: RegClass, avoid: RegSet) -> Reg {
        // Free registers still holding a local's value are taken last (those whose local
        // is not stored yet after the others: taking one costs a store), loop homes after
        // all others.
        let keep = RegSet(avoid.0 | self.regs.with_local().0 | self.regs.home_regs().0);
        let not_home = RegSet(avoid.0 | self.regs.home_regs().0);
        let free = self.regs.take_free(class, keep).or_else(|| {
            let dirty = self.regs.dirty();
            (dirty.0 != 0).then(|| self.regs.take_free(class, RegSet(not_home.0 | dirty.0))).flatten()
        });
        let free = free.or_else(|| self.regs.take_free(class, not_home));
        if let Some(r) = free.or_else(|| self.regs.take_free(class, avoid)) {
            return r;
        }
        let victims: Vec<Reg> = self.regs.spill_order(class).collect();
        for victim in victims {
            // (A shared register is read by the operation in progress: it must stay.)
            if !avoid.contains(victim) && !self.regs.is_shared(victim) && self.spill_reg(victim) {
                self.regs.take_if_free(victim);
                return victim;
            }
        }
        panic!("register allocator: no {class:?} register can be spilled");
    }

    /// Store the stack entry holding `reg` (if any) into its home slot and free `reg`.
    fn spill_reg(&mut self, reg: Reg) -> bool {
        let Some(depth) = self.stack.holder_of(reg) else { return false };
        let entry = self.stack.at(depth);
        let slot = self.frame.slot(depth);
        self.masm.store(entry.ty.size(), slot, Operand::Reg(reg));
        self.stack.to_slot(depth);
        self.regs.release(reg);
        true
    }

    /// Release the register behind an operand returned by a pop, if it owns one.
    pub(crate) fn free_operand(&mut self, op: Operand) {
        if let Operand::Reg(r) = op {
            if self.regs.is_allocatable(r) {
                self.regs.release(r);
            }
        }
    }

    /// Pop the top entry as an operand (register, constant or memory). The caller frees it.
    #[inline(always)]
    pub(crate) fn pop_operand(&mut self) -> Operand {
        let entry = self.pop_entry();
        match entry.loc {
            Loc::Local(index) => self.lazy_read_popped(index, entry.ty),
            _ => self.operand_at(self.stack.len(), entry),
        }
    }

    /// Pop the top entry.
    #[inline]
    pub(crate) fn pop_entry(&mut self) -> Entry {
        self.stack.pop()
    }

    /// Pop the top entry into a register the caller owns (and may change).
    pub(crate) fn pop_reg(&mut self) -> Reg {
        let entry = self.stack.top();
        if let Loc::Reg(r) = entry.loc {
            self.pop_entry();
            // The caller may change it (operands popped with `pop_operand` are only read).
            return self.into_reg(entry.ty, Operand::Reg(r));
        }
        if let Some(r) = self.pop_local_in_reg(entry) {
            return self.into_reg(entry.ty, Operand::Reg(r));
        }
        self.pop_into_new_reg(entry)
    }

    /// `reg`, popped to be read, now to be changed by the caller as well: `None` when it is
    /// a loop home holding its local (which must stay), else `reg`, no longer holding a local.
    #[inline]
    pub(crate) fn reuse_to_change(&mut self, reg: Reg) -> Option<Reg> {
        if self.regs.is_shared(reg) || self.is_holding_home(reg) || self.holds_local_read_soon(reg) {
            return None;
        }
        self.forget_local_in(reg);
        Some(reg)
    }

    /// Pop the top entry into a register the caller owns but only reads (the register may
    /// still hold a local, or be a loop home). A lazy read of a local loaded here leaves
    /// the register holding the local, so a read of it soon after (the base of the next
    /// load, say) takes the register instead of the frame.
    #[inline]
    pub(crate) fn pop_reg_to_read(&mut self) -> Reg {
        let entry = self.stack.top();
        if let Loc::Reg(r) = entry.loc {
            self.pop_entry();
            return r;
        }
        if let Some(r) = self.pop_local_in_reg(entry) {
            return r;
        }
        let reg = self.pop_into_new_reg(entry);
        if let Loc::Local(index) = entry.loc {
            if self.local_in_reg(index, reg.class).is_none() {
                // (Just allocated: no local is held unstored in it.)
                self.regs.remember_local_in(index, reg);
            }
        }
        reg
    }

    /// Pop `entry`, the top entry, which is not in a register, into a new one.
    fn pop_into_new_reg(&mut self, entry: Entry) -> Reg {
        // Allocate before popping so a spill cannot pick this entry's slot for reuse.
        let reg = self.alloc(entry.ty.class());
        let op = self.pop_operand();
        self.masm.mov(entry.ty.size(), reg, op);
        self.free_operand(op);
        reg
    }

    /// Whether the operator being compiled is a single-byte one (a numeric operator or an
    /// untyped `select`) directly followed by a `local.set`/`local.tee` of `local`. A loop
    /// home of that local may then be changed in place: the set makes it hold again.
    pub(crate) fn next_op_sets(&self, local: u32) -> bool {
        let Some(at) = self.offset.checked_sub(self.code_start) else { return false };
        super::lookahead::next_op_sets(self.code, at, local)
    }

    /// Whether the operator being compiled, one byte long (an `and`), is directly followed
    /// by an operator that reads its value only as a condition: `br_if`, `if`, `select`,
    /// or `eqz` of the same width (`wide`: 64 bits; only `i64.eqz` can read an i64).
    pub(crate) fn next_op_tests(&self, wide: bool) -> bool {
        let Some(at) = self.offset.checked_sub(self.code_start) else { return false };
        use super::bytecode::op;
        match self.code.get(at + 1) {
            Some(&op::I64_EQZ) => wide,
            Some(&(op::BR_IF | op::IF | op::SELECT | op::I32_EQZ)) => !wide,
            _ => false,
        }
    }

    /// Whether the operator being compiled is directly followed by `drop`.
    pub(crate) fn next_op_drops(&self) -> bool {
        let Some(at) = self.offset.checked_sub(self.code_start) else { return false };
        super::lookahead::next_op_drops(self.code, at)
    }

    /// The module offset just past the function's body (its final `end` is the byte
    /// before).
    pub(crate) fn code_end(&self) -> usize {
        self.code_start + self.code.len()
    }

    /// Whether `reg` holds a local that the next few operators read: changing a copy then
    /// saves reloading it from the frame (through a store just made, which costs the
    /// store-to-load forwarding latency on the dependency chain).
    #[inline]
    pub(crate) fn holds_local_read_soon(&self, reg: Reg) -> bool {
        let Some(local) = self.regs.local_of(reg) else { return false };
        let Some(at) = self.offset.checked_sub(self.code_start) else { return false };
        super::lookahead::read_again_soon(self.code, at, local)
    }

    /// Type of the entry `n` places from the top (0 = top).
    pub(crate) fn peek_ty(&self, n: usize) -> Ty {
        self.stack.peek(n).ty
    }

    /// Copy every lazy read of local `index` into a register, or its home slot when no
    /// register is free (before the local changes): the old value is usually read soon
    /// after the set (`x ^ (x = y + z)`), and through a slot it would take a store, a load
    /// and the store-forwarding latency on the way.
    ///
    /// A short walk settles only that local's reads. A long one (a deep stack above an old
    /// lazy read) settles every lazy read it passes, so the next walk starts at the top.
    pub(crate) fn materialize_local(&mut self, index: u32) {
        let start = self.stack.locals_from();
        let settle_all = self.stack.len() - start > LOCAL_SCAN_LIMIT;
        let mut first_left = None;
        for depth in start..self.stack.len() {
            if let Loc::Local(i) = self.stack.at(depth).loc {
                if i == index {
                    self.load_lazy_read(depth, i);
                } else if settle_all {
                    self.spill_entry(depth, Constants::Stay);
                } else if first_left.is_none() {
                    first_left = Some(depth);
                }
            }
        }
        self.stack.mark_no_locals(first_left);
    }

    /// Load the lazy read of local `index` at `depth` into a free register that holds no
    /// local and is no loop home; to its home slot when there is none (no spill for it).
    fn load_lazy_read(&mut self, depth: usize, index: u32) {
        let ty = self.stack.at(depth).ty;
        let keep = RegSet(self.regs.with_local().0 | self.regs.home_regs().0);
        match self.regs.take_free(ty.class(), keep) {
            Some(reg) => {
                let from = self.operand_at(depth, self.stack.at(depth));
                debug_assert!(matches!(from, Operand::Mem(_) | Operand::Reg(_)), "local {index}");
                self.masm.mov(ty.size(), reg, from);
                self.stack.to_reg(depth, reg);
            }
            None => self.spill_entry(depth, Constants::Stay),
        }
    }

    /// Move entry `depth` to its home slot (a constant too, when `constants` says so).
    pub(crate) fn spill_entry(&mut self, depth: usize, constants: Constants) {
        let entry = self.stack.at(depth);
        let slot = self.frame.slot(depth);
        match entry.loc {
            Loc::Slot => return,
            Loc::Const(_) if constants == Constants::Stay => return,
            Loc::Reg(r) => {
                self.masm.store(entry.ty.size(), slot, Operand::Reg(r));
                self.regs.release(r);
            }
            _ => {
                let op = self.operand_at(depth, entry);
                self.masm.store(entry.ty.size(), slot, op);
            }
        }
        self.stack.to_slot(depth);
    }

    /// Spill every register entry (calls clobber all allocatable registers).
    pub(crate) fn spill_regs(&mut self) {
        self.forget_locals_in_regs();
        self.spill_reg_entries();
    }

    /// [`Self::spill_regs`] before a call to a function: a local held unstored or in a
    /// written-back home whose value is dead there is not stored (see
    /// [`Self::forget_locals_at_call`]).
    pub(crate) fn spill_regs_for_call(&mut self) {
        self.forget_locals_at_call();
        self.spill_reg_entries();
    }

    /// Spill every register entry of the value stack to its home slot.
    fn spill_reg_entries(&mut self) {
        for depth in self.stack.regs_from()..self.stack.len() {
            if matches!(self.stack.at(depth).loc, Loc::Reg(_)) {
                self.spill_entry(depth, Constants::Stay);
            }
        }
        self.stack.mark_no_regs();
    }

    /// Move every register entry and lazy local read to its home slot; constants stay.
    pub(crate) fn spill_regs_and_locals(&mut self) {
        self.spill_for_block(self.stack.len());
    }

    /// Bring the whole stack to the canonical form of a block boundary: registers and lazy
    /// locals go to home slots; constants below `keep_consts_below` may stay.
    pub(crate) fn spill_for_block(&mut self, keep_consts_below: usize) {
        let start = self.stack.regs_from().min(self.stack.locals_from()).min(keep_consts_below);
        for depth in start..self.stack.len() {
            let constants = if depth >= keep_consts_below { Constants::Spill } else { Constants::Stay };
            self.spill_entry(depth, constants);
        }
        self.stack.mark_no_regs();
        self.stack.mark_no_locals(None);
    }

    /// The register holding local `index`'s current value, if one is known to.
    ///
    /// The knowledge is forgotten whenever it could stop being true on some path: when the
    /// register is allocated or popped (its new owner may change it), when the local is
    /// set again, at labels (another path joins there: only loop homes that hold on every
    /// path survive, see [`super::homes`]), and at calls. Registers handed out by `pop_reg`
    /// and `into_reg` are assumed changed (a loop home is copied instead); those popped as
    /// operands, or with `pop_reg_to_read`, are only read.
    #[inline]
    pub(crate) fn local_in_reg(&self, index: u32, class: RegClass) -> Option<Reg> {
        self.regs.local_in_reg(index, class)
    }

    /// Record that `reg` now holds local `index`'s current value (and no other register).
    /// A local `reg` held unstored until now is settled first (see [`Self::forget_local_in`]).
    #[inline(always)]
    pub(crate) fn remember_local_in(&mut self, index: u32, reg: Reg) {
        if self.regs.dirty().contains(reg) && self.regs.local_of(reg) != Some(index) {
            self.settle_dirty(reg);
        }
        self.regs.remember_local_in(index, reg);
    }

    /// Forget the register holding local `index`, if any, storing the local first when the
    /// frame does not have its value.
    pub(crate) fn forget_local(&mut self, index: u32) {
        let class = self.frame.local_type(index).class();
        if let Some(reg) = self.local_in_reg(index, class) {
            self.forget_local_in(reg);
        }
    }

    /// Forget the register holding local `index`, if any, whose value is about to be
    /// replaced (`local.set`): an unstored value is dropped, not stored.
    pub(crate) fn discard_local(&mut self, index: u32) {
        let class = self.frame.local_type(index).class();
        if let Some(reg) = self.local_in_reg(index, class) {
            self.regs.mark_clean(reg);
            self.regs.forget_local_in(reg);
        }
    }

    /// `reg` no longer holds a local (it is about to change): a local it held unstored is
    /// stored first, unless the code ahead sets it again (or returns) before reading it.
    #[inline(always)]
    pub(crate) fn forget_local_in(&mut self, reg: Reg) {
        if self.regs.dirty().contains(reg) {
            self.settle_dirty(reg);
        }
        self.regs.forget_local_in(reg);
    }

    /// Whether `reg`, inside a loop with homes, holds a local unstored whose value the code
    /// ahead may read (so that letting the register go would store it: see
    /// [`Self::settle_dirty`]), while a register that is no loop home is free to take
    /// instead. (Outside loops such a store runs once: not worth the look ahead, which
    /// cost esbuild's compile 0.8% more instructions everywhere.)
    pub(crate) fn unstored_value_needed(&self, reg: Reg) -> bool {
        self.regs.dirty().contains(reg)
            && self.regs.home_regs().0 != 0
            && self.regs.any_free_besides_homes(reg.class)
            && !self.dirty_value_dead(reg)
    }

    /// Whether the local `reg` holds unstored is never read again: the code ahead sets it
    /// (or returns) before any read (see [`super::lookahead::overwritten_before_read`]),
    /// and no lazy read of it waits on the value stack.
    fn dirty_value_dead(&self, reg: Reg) -> bool {
        let local = self.regs.local_of(reg).expect("a dirty register holds a local");
        // (A reference is not dropped for a loop that sets it first: a collection at the
        // loop's head reads the frame slot.)
        let is_ref = self.frame.local_type(local) == Ty::Ref;
        self.offset.checked_sub(self.code_start).is_some_and(|at| {
            super::lookahead::overwritten_before_read(self.code, at, local, |depth, locals| {
                if is_ref {
                    None
                } else {
                    self.loop_sets_first(depth, locals)
                }
            })
        }) && !self.read_lazily(local)
    }

    /// Store the local `reg` holds unstored, or drop it when the code ahead overwrites it
    /// (or returns) before any read (see [`super::lookahead::overwritten_before_read`]) and
    /// no lazy read of it waits on the value stack (which reads the frame once no register
    /// holds the local). Out of line: its callers are inlined into most operators.
    #[inline(never)]
    fn settle_dirty(&mut self, reg: Reg) {
        if self.dirty_value_dead(reg) {
            self.regs.mark_clean(reg);
        } else {
            self.store_dirty(reg);
        }
    }

    /// Forget every register's local (at calls, which clobber them), storing the locals
    /// held unstored and the homes of write-back loops first.
    pub(crate) fn forget_locals_in_regs(&mut self) {
        self.store_dirty_locals();
        self.write_back_homes(0);
        self.regs.forget_all_locals();
    }

    /// [`Self::forget_locals_in_regs`] before a call to a function (the operator at
    /// `self.offset`), storing only the locals whose values may be read from the frame
    /// afterwards. A local held unstored or in a written-back home is not stored when the
    /// code after the call sets it again (or returns) before any read and before anything
    /// that leaves straight-line code ([`super::lookahead::overwritten_before_read_of`]),
    /// no value-stack entry still reads it lazily, and no handler of this function is open
    /// (one could catch what the call throws and read the frame). A reference is always
    /// stored: the frame slot is what a collection during the call sees.
    pub(crate) fn forget_locals_at_call(&mut self) {
        // Written-back homes holding values the frame lacks: without one (outside loops
        // that set locals, mostly), the locals held unstored are stored without a look
        // ahead, which measured cheaper to compile.
        let stale_homes = self.regs.written_back().0 & !self.regs.frame_has().0 & self.regs.with_local().0;
        let at = self.offset.checked_sub(self.code_start).filter(|_| self.landings.is_empty() && stale_homes != 0);
        let Some(at) = at else {
            self.forget_locals_in_regs();
            return;
        };
        // The registers whose locals the frame may lack, and those locals.
        let (mut regs, mut locals, mut n) = ([Reg::int(0); 64], [0u32; 64], 0);
        for reg in RegSet(self.regs.dirty().0 | stale_homes).iter() {
            let Some(local) = self.regs.local_of(reg) else { continue };
            // (A written-back home holds its own local or none.)
            if self.regs.dirty().contains(reg) || self.regs.home_local(reg) == local {
                (regs[n], locals[n]) = (reg, local);
                n += 1;
            }
        }
        let dead = super::lookahead::overwritten_before_read_of(self.code, at, &locals[..n], |_, _| None);
        for i in 0..n {
            let (reg, local) = (regs[i], locals[i]);
            let dead = dead >> i & 1 != 0 && self.frame.local_type(local) != Ty::Ref && !self.read_lazily(local);
            if !dead {
                let size = self.frame.local_type(local).size();
                self.masm.store(size, self.frame.local(local), Operand::Reg(reg));
            }
            self.regs.mark_clean(reg);
        }
        self.regs.forget_all_locals();
    }

    /// Whether a value-stack entry still reads local `local` lazily.
    fn read_lazily(&self, local: u32) -> bool {
        (self.stack.locals_from()..self.stack.len()).any(|d| self.stack.at(d).loc == Loc::Local(local))
    }

    /// Store the local that `reg` holds unstored to its frame slot.
    fn store_dirty(&mut self, reg: Reg) {
        let local = self.regs.local_of(reg).expect("a dirty register holds a local");
        let size = self.frame.local_type(local).size();
        self.masm.store(size, self.frame.local(local), Operand::Reg(reg));
        self.regs.mark_clean(reg);
    }

    /// Before a `br`/`br_if` `relative_depth` levels out: store every local held unstored
    /// (see [`Self::store_dirty_locals`]), except, on a branch back to a loop, those the
    /// loop's body sets before reading them (not references, which a collection reads
    /// from the frame). Nothing reads those from the frame on that path, and on the
    /// fallthrough of a `br_if` their registers still hold them unstored. polybench
    /// gemm stored a dead address at every iteration.
    pub(crate) fn store_dirty_for_branch(&mut self, relative_depth: u32) {
        let target = self.controls.target(relative_depth);
        let dirty = self.regs.dirty();
        if self.controls.frame(target).kind != super::control_stack::ControlKind::Loop || dirty.0 == 0 {
            self.store_dirty_locals();
            return;
        }
        let set_first = self.set_first_of_loop(target);
        for reg in dirty.iter() {
            let local = self.regs.local_of(reg).expect("a dirty register holds a local");
            if self.frame.local_type(local) == Ty::Ref || !set_first.contains(local) {
                self.store_dirty(reg);
            }
        }
    }

    /// For a look ahead past a branch `depth` levels out (read ahead of validation: the
    /// depth may be out of range): the `locals` a loop there sets before reading them (see
    /// [`Self::set_first_at_loop`]), `None` for any other target.
    fn loop_sets_first(&self, depth: u32, locals: &[u32]) -> Option<u64> {
        let target = self.controls.len().checked_sub(1 + depth as usize)?;
        self.controls.loop_start(target)?;
        Some(self.set_first_at_loop(target, locals))
    }

    /// The function's operator bytes from `at` on.
    pub(crate) fn code_from(&self, at: usize) -> &[u8] {
        &self.code[at..]
    }

    /// The length of the function's operator bytes.
    pub(crate) fn code_len(&self) -> usize {
        self.code.len()
    }

    /// Store every local held unstored (before control flow, a call, or anything else that
    /// reads locals from the frame); the registers keep holding them.
    pub(crate) fn store_dirty_locals(&mut self) {
        for reg in self.regs.dirty().iter() {
            self.store_dirty(reg);
        }
    }

    /// Drop the locals held unstored without storing them (the function returns: its
    /// frame, locals and all, is gone), except those a lazy read on the value stack may
    /// still read from the frame (a comparison held back until the return reads its
    /// operands after this, and a read of a register with three owners reads the frame).
    pub(crate) fn discard_dirty_locals(&mut self) {
        if self.stack.len() > self.stack.locals_from() {
            for reg in self.regs.dirty().iter() {
                let local = self.regs.local_of(reg).expect("a dirty register holds a local");
                if self.read_lazily(local) {
                    self.store_dirty(reg);
                }
            }
        }
        self.regs.mark_all_clean();
    }

    /// Address of a vmctx field.
    pub(crate) fn vmctx(offset: i32) -> Address {
        Address::Vmctx(offset)
    }

    /// The register a single result of class `class` comes back in from a call between
    /// wasm functions.
    pub(crate) fn return_reg(class: RegClass) -> Reg {
        match class {
            RegClass::Int => <M::Abi as Abi>::INT_RETURN,
            RegClass::Float => <M::Abi as Abi>::FLOAT_RETURN,
        }
    }
}
