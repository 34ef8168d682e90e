//! Tail calls: `return_call`, `return_call_indirect` and `return_call_ref`.
//!
//! When the callee's arguments fit in this function's incoming-argument area with the same
//! value layout (8- or 16-byte values), the call replaces this frame: the arguments go to
//! the outgoing area as for any call, are copied over this function's incoming ones, the
//! callee's vmctx and heap base are switched in (as for any call through a function
//! reference), and the frame is torn down with a jump to the callee, which then returns to
//! our caller, its results landing where our caller expects ours (the two signatures have
//! the same results). The stack does not grow, however long the chain, whether the callee
//! is ours, another instance's or a host function. It may so return to our caller with
//! another instance's vmctx and heap base in the pinned registers: with tail calls
//! enabled, direct calls reload ours after they return, as calls through references always
//! do (`ModuleEnv::tail_calls`).
//!
//! A callee whose signature needs more room than our caller made for ours, or another
//! value layout, gets a call and a return instead: the same results, one frame deeper.

use super::call::TAIL_CALL_ROOM_WORDS;
use super::cold::Callee;
use super::context::CodeGen;
use super::{Builtin, CompileError, ValueLayout};
use crate::vm::vmctx::{funcref, header};
use onepass_arch::*;
use wasmparser::FuncType;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// `return_call`.
    pub(crate) fn return_call(&mut self, func_index: u32) -> Result<(), CompileError> {
        let env = self.env;
        let ty = env.func_type(func_index);
        if !self.takes_over_frame(ty) {
            self.outside_handlers(|cg| cg.call(func_index))?;
            self.visit_return();
            return Ok(());
        }
        self.notify_tail_call(ty);
        let layout = self.reserve_outgoing(ty);
        self.store_call_args(ty, layout);
        let fref = self.load_funcref(func_index);
        let callee = if func_index < env.num_imported_funcs {
            self.retain_args(fref, ty.params(), Callee::Imported);
            Some(Callee::Imported)
        } else {
            None
        };
        self.jump_replacing_frame(ty, layout, fref, callee);
        self.free_operand(Operand::Reg(fref));
        self.set_unreachable();
        Ok(())
    }

    /// `return_call_indirect`.
    pub(crate) fn return_call_indirect(&mut self, type_index: u32, table_index: u32) -> Result<(), CompileError> {
        let env = self.env;
        let ty = &env.types[type_index as usize];
        self.notify_tail_call(ty);
        let layout = self.reserve_outgoing(ty);
        let index = self.pop_reg();
        self.store_call_args(ty, layout);
        let fref = self.table_funcref(type_index, table_index, index);
        self.tail_call_funcref(ty, layout, fref)
    }

    /// `return_call_ref`.
    pub(crate) fn return_call_ref(&mut self, type_index: u32) -> Result<(), CompileError> {
        let env = self.env;
        let ty = &env.types[type_index as usize];
        self.notify_tail_call(ty);
        let layout = self.reserve_outgoing(ty);
        let fref = self.pop_reg();
        self.store_call_args(ty, layout);
        self.check_funcref(type_index, fref);
        self.tail_call_funcref(ty, layout, fref)
    }

    /// A listened function about to hand its frame to a tail call of type `ty` (one that
    /// takes over the frame: any other is a call and a return, which the listener sees
    /// as such) tells its listener, everything spilled first (the builtin call clobbers
    /// every allocatable register). The call may still trap before it jumps (a bad table
    /// index or a null reference): the listener has then already seen this function end.
    fn notify_tail_call(&mut self, ty: &FuncType) {
        if self.listened.is_some() && self.takes_over_frame(ty) {
            self.spill_regs_and_locals();
            self.forget_locals_in_regs();
            self.call_listener(Builtin::ListenerTailCall);
        }
    }

    /// Whether a callee of type `ty` can take over this frame: the same value layout, and
    /// no more arguments than our caller made room for (our parameters or results, and at
    /// least `TAIL_CALL_ROOM_WORDS` words: every caller reserves that many when tail calls
    /// are enabled, the only time this is asked).
    fn takes_over_frame(&self, ty: &FuncType) -> bool {
        let own_bytes = if self.frame.has_wide_args() { 16 } else { 8 };
        let floor = (TAIL_CALL_ROOM_WORDS * 8 / own_bytes as u32) as usize;
        let room = (self.frame.num_params() as usize).max(self.results.len()).max(floor);
        ValueLayout::of_signature(ty).bytes() == own_bytes && ty.params().len() <= room
    }

    /// The tail call through `fref` (checked, consumed), its arguments in the outgoing
    /// area: a jump when the callee fits this frame, else a call and a return.
    fn tail_call_funcref(&mut self, ty: &FuncType, layout: ValueLayout, fref: Reg) -> Result<(), CompileError> {
        // References passed to another instance must live as long as it.
        self.retain_args(fref, ty.params(), Callee::Unknown);
        if self.takes_over_frame(ty) {
            self.jump_replacing_frame(ty, layout, fref, Some(Callee::Unknown));
            self.free_operand(Operand::Reg(fref));
            self.set_unreachable();
            return Ok(());
        }
        self.outside_handlers(|cg| cg.call_funcref(fref));
        self.push_call_result(ty, layout)?;
        self.visit_return();
        Ok(())
    }

    /// Run `emit` (a tail call made as a call and a return) with no `try_table` covering
    /// its call: a tail call leaves this function, so its handlers never see what the
    /// callee throws.
    fn outside_handlers<R>(&mut self, emit: impl FnOnce(&mut Self) -> R) -> R {
        let landings = std::mem::take(&mut self.landings);
        let result = emit(self);
        self.landings = landings;
        result
    }

    /// Copy the arguments from the outgoing area over our incoming ones, switch to the
    /// vmctx and heap base of the function reference in `fref` (passing ours as the
    /// caller's, as a call does) unless `callee` is `None` (one of ours), and leave the
    /// frame with a jump to its code. For an `Unknown` callee the switch is skipped at run
    /// time when its vmctx is ours: a loop of tail calls within an instance then keeps
    /// the pinned registers, rather than reloading them through a chain of dependent
    /// loads on every call (four times slower, measured). `fref` keeps its allocation:
    /// the caller frees it.
    fn jump_replacing_frame(&mut self, ty: &FuncType, layout: ValueLayout, fref: Reg, callee: Option<Callee>) {
        let s64 = OperandSize::S64;
        let words = ty.params().len() as i32 * layout.bytes() / 8;
        let word = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[fref]));
        for w in 0..words {
            self.masm.mov(s64, word, Operand::Mem(Address::Sp(8 * w)));
            let incoming = Address::Frame(<M::Abi as Abi>::ARGS_OFFSET + 8 * w);
            self.masm.store(s64, incoming, Operand::Reg(word));
        }
        self.free_operand(Operand::Reg(word));
        let code = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[fref]));
        self.masm.mov(s64, code, Operand::Mem(Address::Base(fref, funcref::CODE)));
        if let Some(callee) = callee {
            let (vmctx, heap) = (<M::Abi as Abi>::VMCTX, <M::Abi as Abi>::HEAP_BASE);
            let its_vmctx = Operand::Mem(Address::Base(fref, funcref::VMCTX));
            let ours = self.masm.new_label();
            if callee == Callee::Unknown {
                self.masm.cmp_branch(Cmp::Int(IntCmp::Eq), s64, vmctx, its_vmctx, ours, JumpWhen::True);
            }
            self.masm.mov(s64, <M::Abi as Abi>::CALLER_VMCTX, Operand::Reg(vmctx));
            self.masm.mov(s64, vmctx, its_vmctx);
            self.masm.mov(s64, heap, Operand::Mem(Address::Vmctx(header::HEAP_BASE)));
            self.masm.bind(ours);
        }
        self.masm.epilogue_jump(code);
        self.free_operand(Operand::Reg(code));
    }
}
