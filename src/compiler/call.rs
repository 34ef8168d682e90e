//! Calls: direct calls inside the module, calls to imports and `call_indirect` through a
//! function reference. Arguments go to the outgoing area at the bottom of the frame;
//! every register is caller-saved, so live register values are spilled first (locals
//! whose values are dead after the call excepted: `CodeGen::forget_locals_at_call`).

use super::cold::{Callee, ColdPath, ColdWork};
use super::context::CodeGen;
use super::register_params::RegisterParams;
use super::{CompileError, Ty, ValueLayout};
use crate::vm::vmctx::{funcref, header, table};
use onepass_arch::*;
use wasmparser::FuncType;

/// Words of argument area every call reserves when tail calls are enabled (and every entry
/// from the host provides, see `engine::call_raw`): a function can take over its frame for
/// a tail call to any callee with this many argument words or fewer.
pub(crate) const TAIL_CALL_ROOM_WORDS: u32 = 8;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Store the arguments of a call to `ty` (the top values) in the outgoing area, laid
    /// out as `layout` says, and pop them.
    pub(crate) fn store_call_args(&mut self, ty: &FuncType, layout: ValueLayout) {
        // (With no parameter in a register, there is no move to make.)
        self.store_call_args_but(ty, layout, &RegisterParams::NONE);
    }

    pub(crate) fn push_call_result(&mut self, ty: &FuncType, layout: ValueLayout) -> Result<(), CompileError> {
        if layout.results_in_memory(ty) {
            // The callee left them in our outgoing area: copy each to its home slot.
            for (i, &t) in ty.results().iter().enumerate() {
                let t = Ty::from_wasm(t).ok_or_else(|| self.unsupported("result type"))?;
                let slot = self.frame.slot(self.stack.len());
                let from = Address::Sp(layout.bytes() * i as i32);
                self.masm.store(t.size(), slot, Operand::Mem(from));
                self.push(super::value_stack::Entry::slot(t));
            }
            return Ok(());
        }
        if let Some(&result) = ty.results().first() {
            let ty = Ty::from_wasm(result).ok_or_else(|| self.unsupported("result type"))?;
            let r = self.alloc_result(ty.class());
            self.masm.mov(ty.size(), r, Operand::Reg(Self::return_reg(ty.class())));
            self.push_reg(ty, r);
        }
        Ok(())
    }

    /// Reserve outgoing space for the arguments and results of a call to `ty`, and say
    /// how they are laid out there.
    pub(crate) fn reserve_outgoing(&mut self, ty: &FuncType) -> ValueLayout {
        let layout = ValueLayout::of_signature(ty);
        let values = ty.params().len().max(ty.results().len()) as u32;
        let words = values * layout.bytes() as u32 / 8;
        // With tail calls, every callee gets room for at least TAIL_CALL_ROOM_WORDS words
        // of arguments, so that it can tail-call a function with more parameters than it
        // has in constant stack (see `tail::takes_over_frame`).
        let floor = if self.env.tail_calls { TAIL_CALL_ROOM_WORDS } else { 0 };
        self.frame.note_outgoing(words.max(floor));
        layout
    }

    pub(crate) fn call(&mut self, func_index: u32) -> Result<(), CompileError> {
        self.store_unstored_under_handler();
        // Borrowed through the `&'a` environment, not `self`: no copy of the type per call.
        let env = self.env;
        let ty = env.func_type(func_index);
        let layout = self.reserve_outgoing(ty);
        let direct = func_index >= env.num_imported_funcs && !env.lazy;
        let in_regs = if direct { RegisterParams::of::<M::Abi>(ty) } else { RegisterParams::NONE };
        let moves = self.store_call_args_but(ty, layout, &in_regs);
        self.spill_regs_for_call();
        self.move_register_args(moves);
        if !direct {
            let fref = self.load_funcref(func_index);
            if func_index < self.env.num_imported_funcs {
                self.retain_args(fref, ty.params(), Callee::Imported);
            }
            self.call_funcref(fref);
        } else {
            self.masm.call_direct(func_index);
            self.note_call_site();
            // With tail calls, a callee may return with another instance's vmctx and heap
            // base (one it tail-called returns to us), so we reload ours. The linker
            // overwrites the reload with no-ops when the callee makes no tail call: then
            // it returns itself, with ours (every call it makes restores them).
            if self.env.tail_calls {
                let start = self.masm.offset();
                self.reload_vmctx_and_heap();
                let reload = onepass_arch::PinnedReload { start, end: self.masm.offset(), callee: func_index };
                self.pinned_reloads.push(reload);
            }
        }
        self.push_call_result(ty, layout)
    }

    /// Before a call to a function while a handler of this function is open: store the
    /// locals held unstored, first of all. A handler may read any of them after the call
    /// throws, but a register taken before the call's own spill (the table index or
    /// function reference popped, a register for an argument) would settle its local
    /// looking only past the call, and drop a value the code after the call overwrites.
    /// (Without a handler that is right: nothing reads the frame during the call, and
    /// `forget_locals_at_call` stores the rest as needed.)
    fn store_unstored_under_handler(&mut self) {
        if !self.landings.is_empty() {
            self.store_dirty_locals();
        }
    }

    /// Function `func_index`'s `VMFuncRef`, in a new register: an import's as linked; a
    /// defined function's from its vmctx slot, made by the `FuncRef` builtin (on a cold
    /// path) the first time the slot is found null (see `vm::vmctx`).
    pub(crate) fn load_funcref(&mut self, func_index: u32) -> Reg {
        let reg = self.alloc(RegClass::Int);
        let slot = Self::vmctx(self.env.offsets.func(func_index));
        self.masm.mov(OperandSize::S64, reg, Operand::Mem(slot));
        if func_index >= self.env.num_imported_funcs {
            self.cold_if_null(reg, ColdWork::FuncRef { reg, func_index });
        }
        reg
    }

    pub(crate) fn call_indirect(&mut self, type_index: u32, table_index: u32) -> Result<(), CompileError> {
        self.store_unstored_under_handler();
        let env = self.env;
        let ty = &env.types[type_index as usize];
        let layout = self.reserve_outgoing(ty);
        let index = self.pop_reg();
        self.store_call_args(ty, layout);
        self.spill_regs_for_call();
        let fref = self.table_funcref(type_index, table_index, index);
        self.retain_args(fref, ty.params(), Callee::Unknown);
        self.call_funcref(fref);
        self.push_call_result(ty, layout)
    }

    /// The function reference at `index` (consumed) of table `table_index`, in a new
    /// register, trapping as `call_indirect` must: index out of bounds, null, or a
    /// function of a type other than `type_index`.
    pub(crate) fn table_funcref(&mut self, type_index: u32, table_index: u32, index: Reg) -> Reg {
        let fref = self.alloc(RegClass::Int);
        let s64 = OperandSize::S64;
        let table_slot = Self::vmctx(self.env.offsets.table(table_index));
        self.masm.mov(s64, fref, Operand::Mem(table_slot));
        self.check_table_index(table_index, fref, index, TrapCode::UndefinedElement);
        self.masm.mov(s64, fref, Operand::Mem(Address::Base(fref, table::BASE)));
        self.masm.shift(ShiftKind::Shl, s64, index, Operand::Imm(Imm::I32(3)));
        self.masm.int_binop(IntBinOp::Add, s64, index, Operand::Reg(fref));
        self.masm.mov(s64, fref, Operand::Mem(Address::Base(index, 0)));
        let null = self.masm.trap_label(TrapCode::UninitializedElement);
        if self.may_start_lazily(table_index) {
            let (slot, dst, table, null) = (index, fref, table_index, Some(null));
            self.cold_if_null(fref, ColdWork::TableSlot { slot, dst, table, null });
        } else {
            self.masm.test_branch(s64, Operand::Reg(fref), null, BranchIf::Zero);
        }
        let expected = Operand::Mem(Self::vmctx(self.env.offsets.type_id(type_index)));
        self.masm.mov(OperandSize::S32, index, expected);
        self.check_callee_type(type_index, fref, index);
        fref
    }

    /// Trap unless the function `fref` refers to is of type `type_index`, whose id is in
    /// `expected` (released here). The ids are compared; when the type is open to
    /// subtyping, differing ids go on to a cold path that looks for the expected id in the
    /// callee's supertype display (at the expected type's depth).
    fn check_callee_type(&mut self, type_index: u32, fref: Reg, expected: Reg) {
        let mismatch = self.masm.trap_label(TrapCode::IndirectCallTypeMismatch);
        let actual = Operand::Mem(Address::Base(fref, funcref::TYPE_ID));
        let ne = Cmp::Int(IntCmp::Ne);
        match self.env.open_types[type_index as usize] {
            None => self.masm.cmp_branch(ne, OperandSize::S32, expected, actual, mismatch, JumpWhen::True),
            Some(depth) => {
                // Taken before the branch: the cold path uses them as they are there.
                let display = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[fref, expected]));
                let entry = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[fref, expected, display]));
                let (cold, back) = (self.masm.new_label(), self.masm.new_label());
                self.masm.cmp_branch(ne, OperandSize::S32, expected, actual, cold, JumpWhen::True);
                self.masm.bind(back);
                let work = ColdWork::Supertype { fref, expected, display, entry, depth, mismatch };
                self.cold.push(ColdPath { entry: cold, back, work });
                self.free_operand(Operand::Reg(display));
                self.free_operand(Operand::Reg(entry));
            }
        }
        self.free_operand(Operand::Reg(expected));
    }

    /// Branch to `fail` unless the supertype display (`vm::types`) whose address is at
    /// `display_at` in what `fref` points to (a function reference or a GC object) has the
    /// id in `expected` at `depth`; fall through when it has. `display` and `entry` are
    /// scratch registers. The test of `call_indirect`'s cold path and of casts.
    pub(crate) fn branch_unless_in_display(
        &mut self,
        (fref, display_at): (Reg, i32),
        expected: Reg,
        scratch: [Reg; 2],
        depth: u32,
        fail: Label,
    ) {
        let [display, entry] = scratch;
        let (s32, when) = (OperandSize::S32, JumpWhen::True);
        self.masm.mov(OperandSize::S64, display, Operand::Mem(Address::Base(fref, display_at)));
        // The display's length first: a shallower type has no entry at `depth`.
        self.masm.mov(s32, entry, Operand::Mem(Address::Base(display, 0)));
        let shallow = Cmp::Int(IntCmp::LeU);
        self.masm.cmp_branch(shallow, s32, entry, Operand::Imm(Imm::I32(depth as i32)), fail, when);
        self.masm.mov(s32, entry, Operand::Mem(Address::Base(display, 4 * (1 + depth as i32))));
        self.masm.cmp_branch(Cmp::Int(IntCmp::Ne), s32, entry, Operand::Reg(expected), fail, when);
    }

    /// `call_ref`: call the function reference on top, trapping on null. The callee's
    /// type is checked at run time as `call_indirect` checks it, although validation
    /// already typed the reference: references reach wasm from the host (arguments,
    /// globals, tables) typed only as `funcref`, and the check keeps one of another type
    /// from being called with the wrong signature.
    pub(crate) fn call_ref(&mut self, type_index: u32) -> Result<(), CompileError> {
        self.store_unstored_under_handler();
        let env = self.env;
        let ty = &env.types[type_index as usize];
        let layout = self.reserve_outgoing(ty);
        let fref = self.pop_reg();
        self.store_call_args(ty, layout);
        self.spill_regs_for_call();
        self.check_funcref(type_index, fref);
        self.retain_args(fref, ty.params(), Callee::Unknown);
        self.call_funcref(fref);
        self.push_call_result(ty, layout)
    }

    /// Trap unless `fref` is a non-null reference to a function of type `type_index`.
    pub(crate) fn check_funcref(&mut self, type_index: u32, fref: Reg) {
        let null = self.masm.trap_label(TrapCode::NullFunctionReference);
        self.masm.test_branch(OperandSize::S64, Operand::Reg(fref), null, BranchIf::Zero);
        let expected = self.alloc(RegClass::Int);
        let id = Operand::Mem(Self::vmctx(self.env.offsets.type_id(type_index)));
        self.masm.mov(OperandSize::S32, expected, id);
        self.check_callee_type(type_index, fref, expected);
    }

    /// Call through the `VMFuncRef` pointed to by `fref` (consumed): switch to the callee's
    /// vmctx and heap base (passing our vmctx in CALLER_VMCTX; the thread state stays
    /// pinned), call, then restore our vmctx and heap base.
    ///
    /// The callee may belong to another instance (an import, or a table or reference shared
    /// between instances): its loads and stores must go to *its* memory, so the heap base
    /// is switched with the vmctx, never left as the caller's.
    pub(crate) fn call_funcref(&mut self, fref: Reg) {
        let s64 = OperandSize::S64;
        self.switch_to_callee_vmctx(fref);
        self.masm.mov(s64, fref, Operand::Mem(Address::Base(fref, funcref::CODE)));
        self.masm.call_reg(fref);
        self.note_call_site();
        self.free_operand(Operand::Reg(fref));
        self.reload_vmctx_and_heap();
    }

    /// Pass our vmctx in CALLER_VMCTX and switch the pinned vmctx and heap base to those
    /// of the function reference in `fref`, before a call or jump to it.
    pub(crate) fn switch_to_callee_vmctx(&mut self, fref: Reg) {
        let s64 = OperandSize::S64;
        let (vmctx, heap) = (<M::Abi as Abi>::VMCTX, <M::Abi as Abi>::HEAP_BASE);
        self.masm.mov(s64, <M::Abi as Abi>::CALLER_VMCTX, Operand::Reg(vmctx));
        self.masm.mov(s64, vmctx, Operand::Mem(Address::Base(fref, funcref::VMCTX)));
        self.masm.mov(s64, heap, Operand::Mem(Address::Vmctx(header::HEAP_BASE)));
    }

    /// Reload our vmctx (from the frame) and our heap base (from it) after a call that may
    /// return with another instance's in the pinned registers (or at a landing pad, where
    /// the unwinder restored only the stack and frame pointers).
    pub(crate) fn reload_vmctx_and_heap(&mut self) {
        let s64 = OperandSize::S64;
        let vmctx = <M::Abi as Abi>::VMCTX;
        let heap = <M::Abi as Abi>::HEAP_BASE;
        self.masm.mov(s64, vmctx, Operand::Mem(Address::Frame(VMCTX_FRAME_SLOT)));
        self.masm.mov(s64, heap, Operand::Mem(Address::Vmctx(header::HEAP_BASE)));
    }
}
