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
//! value layout, runs in a *class area* (`onepass_arch::tail_return`): unless our own
//! incoming area is already one large enough (our return address says so, checked at run
//! time), the frame stays, its outgoing area becomes the callee's argument area, and the
//! callee returns to a tail-return stub that moves the results to where our caller expects
//! them and tears this frame down. The stack then holds at most one such frame per class,
//! however long the chain.

use super::call::TAIL_CALL_ROOM_WORDS;
use super::cold::Callee;
use super::context::CodeGen;
use super::{Builtin, CompileError, Ty, ValueLayout};
use crate::vm::vmctx::{funcref, header};
use onepass_arch::tail_return::{self, Info, Layout};
use onepass_arch::*;
use wasmparser::FuncType;

/// How a tail call leaves this function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TailCall {
    /// The callee fits our incoming area: it takes over the frame.
    TakesOverFrame,
    /// The callee needs the area of this tail-return class: it takes over the frame when
    /// our incoming area is already one that large, else it gets a new one.
    ClassArea(u32),
    /// No class holds the callee's signature (more than wasm's limits allow): a call and a
    /// return.
    CallAndReturn,
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// `return_call`.
    pub(crate) fn return_call(&mut self, func_index: u32) -> Result<(), CompileError> {
        self.tail_calls = true;
        let env = self.env;
        let ty = env.func_type(func_index);
        let how = self.tail_call_kind(ty);
        if how == TailCall::CallAndReturn {
            self.outside_handlers(|cg| cg.call(func_index))?;
            self.visit_return();
            return Ok(());
        }
        self.notify_tail_call(how);
        let layout = self.reserve_tail_outgoing(ty, how);
        self.store_call_args(ty, layout);
        let fref = self.load_funcref(func_index);
        let callee = if func_index < env.num_imported_funcs {
            self.retain_args(fref, ty.params(), Callee::Imported);
            Some(Callee::Imported)
        } else {
            None
        };
        self.leave_by_tail_call(how, ty, layout, fref, callee);
        self.free_operand(Operand::Reg(fref));
        self.set_unreachable();
        Ok(())
    }

    /// `return_call_indirect`.
    pub(crate) fn return_call_indirect(&mut self, type_index: u32, table_index: u32) -> Result<(), CompileError> {
        self.tail_calls = true;
        let env = self.env;
        let ty = &env.types[type_index as usize];
        let how = self.tail_call_kind(ty);
        self.notify_tail_call(how);
        let layout = self.reserve_tail_outgoing(ty, how);
        let index = self.pop_reg();
        self.store_call_args(ty, layout);
        let fref = self.table_funcref(type_index, table_index, index);
        self.tail_call_funcref(how, ty, layout, fref)
    }

    /// `return_call_ref`.
    pub(crate) fn return_call_ref(&mut self, type_index: u32) -> Result<(), CompileError> {
        self.tail_calls = true;
        let env = self.env;
        let ty = &env.types[type_index as usize];
        let how = self.tail_call_kind(ty);
        self.notify_tail_call(how);
        let layout = self.reserve_tail_outgoing(ty, how);
        let fref = self.pop_reg();
        self.store_call_args(ty, layout);
        self.check_funcref(type_index, fref);
        self.tail_call_funcref(how, ty, layout, fref)
    }

    /// A listened function about to hand its frame to a tail call made as `how` (one that
    /// is not a call and a return, which the listener sees as such) tells its listener,
    /// everything spilled first (the builtin call clobbers every allocatable register). The
    /// call may still trap before it jumps (a bad table index or a null reference): the
    /// listener has then already seen this function end.
    fn notify_tail_call(&mut self, how: TailCall) {
        if self.listened.is_some() && how != TailCall::CallAndReturn {
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

    /// How a tail call to a callee of type `ty` leaves this function.
    fn tail_call_kind(&self, ty: &FuncType) -> TailCall {
        if self.takes_over_frame(ty) {
            return TailCall::TakesOverFrame;
        }
        match tail_return::class_for(Self::area_words(ty)) {
            Some(class) => TailCall::ClassArea(class),
            None => TailCall::CallAndReturn,
        }
    }

    /// Words of argument area a callee of type `ty` needs for its arguments and results.
    fn area_words(ty: &FuncType) -> u32 {
        let values = ty.params().len().max(ty.results().len()) as u32;
        values * ValueLayout::of_signature(ty).bytes() as u32 / 8
    }

    /// Reserve the outgoing area of a tail call made as `how`: a class area and the
    /// [`Info`] word above it when the callee may need one.
    fn reserve_tail_outgoing(&mut self, ty: &FuncType, how: TailCall) -> ValueLayout {
        if let TailCall::ClassArea(class) = how {
            // The area, the info word, and a word that keeps the frame's alignment.
            self.frame.note_outgoing(tail_return::class_words(class) + 2);
        }
        self.reserve_outgoing(ty)
    }

    /// Leave the function by the tail call through `fref` (our own function's when `callee`
    /// is `None`), its arguments in the outgoing area, as `how` says (not a call and a
    /// return). `fref` keeps its allocation.
    fn leave_by_tail_call(
        &mut self,
        how: TailCall,
        ty: &FuncType,
        layout: ValueLayout,
        fref: Reg,
        callee: Option<Callee>,
    ) {
        match how {
            TailCall::TakesOverFrame => self.jump_replacing_frame(ty, layout, fref, callee),
            TailCall::ClassArea(class) => self.tail_call_in_class_area(class, ty, layout, fref, callee),
            TailCall::CallAndReturn => unreachable!("a call and a return is not a jump"),
        }
    }

    /// The tail call to a callee that needs a class area of `class`: when our return
    /// address is the tail-return stub of that class or a larger one, our incoming area is
    /// such an area: the callee takes over the frame, and the area's [`Info`] learns its
    /// layout. Otherwise the frame stays, the outgoing area (where the arguments are) is
    /// the callee's, the [`Info`] above it says how our caller expects the results, and
    /// the callee is entered with that stub as its return address.
    fn tail_call_in_class_area(
        &mut self,
        class: u32,
        ty: &FuncType,
        layout: ValueLayout,
        fref: Reg,
        callee: Option<Callee>,
    ) {
        let s64 = OperandSize::S64;
        let ret = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[fref]));
        let stub = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[fref, ret]));
        let args_offset = <M::Abi as Abi>::ARGS_OFFSET;
        // Is our return address a stub of this class or a larger one?
        self.masm.mov(s64, ret, Operand::Mem(Address::Frame(args_offset - 8)));
        self.masm.mov(s64, stub, Operand::Mem(Self::vmctx(header::PRESERVING_STUB)));
        self.masm.int_binop(IntBinOp::Add, s64, stub, Operand::Imm(Imm::I32(tail_return::entry_offset(class))));
        self.masm.int_binop(IntBinOp::Sub, s64, ret, Operand::Reg(stub));
        let new_area = self.masm.new_label();
        let span = (tail_return::CLASSES - class) as i32 * tail_return::STRIDE;
        self.masm.cmp_branch(Cmp::Int(IntCmp::GeU), s64, ret, Operand::Imm(Imm::I32(span)), new_area, JumpWhen::True);
        // It is: the info word is above our incoming area, whose size the stub's slot holds.
        self.masm.int_binop(IntBinOp::Add, s64, ret, Operand::Reg(stub));
        self.masm.mov(s64, ret, Operand::Mem(Address::Base(ret, -tail_return::ENTRY)));
        self.masm.lea(stub, Address::Frame(args_offset));
        self.masm.int_binop(IntBinOp::Add, s64, ret, Operand::Reg(stub));
        self.masm.mov(s64, stub, Operand::Mem(Address::Base(ret, 0)));
        let wide = tail_return::OCCUPANT_WIDE as i32;
        self.masm.int_binop(IntBinOp::And, s64, stub, Operand::Imm(Imm::I64(!(wide as i64))));
        if layout == ValueLayout::Wide {
            self.masm.int_binop(IntBinOp::Or, s64, stub, Operand::Imm(Imm::I32(wide)));
        }
        self.masm.store(s64, Address::Base(ret, 0), Operand::Reg(stub));
        self.jump_replacing_frame(ty, layout, fref, callee);
        // It is not: a new area, our outgoing one.
        self.masm.bind(new_area);
        let info = self.class_area_info(ty, layout);
        self.masm.mov(s64, ret, Operand::Imm(Imm::I64(info.bits() as i64)));
        let info_at = tail_return::class_words(class) as i32 * 8;
        self.masm.store(s64, Address::Sp(info_at), Operand::Reg(ret));
        if callee.is_some() {
            self.switch_to_callee_vmctx(fref);
        }
        self.masm.mov(s64, ret, Operand::Mem(Address::Base(fref, funcref::CODE)));
        self.masm.call_returning_to(ret, stub);
        self.free_operand(Operand::Reg(ret));
        self.free_operand(Operand::Reg(stub));
    }

    /// The [`Info`] of a new class area for a callee of type `ty` laid out as `layout`,
    /// made by this function (whose caller expects the results in our layout).
    fn class_area_info(&self, ty: &FuncType, layout: ValueLayout) -> Info {
        let as_layout = |l: ValueLayout| match l {
            ValueLayout::Narrow => Layout::Narrow,
            ValueLayout::Wide => Layout::Wide,
        };
        let ours = if self.frame.has_wide_args() { ValueLayout::Wide } else { ValueLayout::Narrow };
        let single = match ty.results() {
            [t] => Ty::from_wasm(*t).map_or(RegClass::Int, |t| t.class()),
            _ => RegClass::Int,
        };
        Info { results: ty.results().len() as u16, occupant: as_layout(layout), expected: as_layout(ours), single }
    }

    /// The tail call through `fref` (checked, consumed), made as `how`, its arguments in
    /// the outgoing area: a jump, or a call and a return for a callee no class area holds.
    fn tail_call_funcref(
        &mut self,
        how: TailCall,
        ty: &FuncType,
        layout: ValueLayout,
        fref: Reg,
    ) -> Result<(), CompileError> {
        // References passed to another instance must live as long as it.
        self.retain_args(fref, ty.params(), Callee::Unknown);
        if how != TailCall::CallAndReturn {
            self.leave_by_tail_call(how, ty, layout, fref, Some(Callee::Unknown));
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
            let its_vmctx = Operand::Mem(Address::Base(fref, funcref::VMCTX));
            let ours = self.masm.new_label();
            if callee == Callee::Unknown {
                let vmctx = <M::Abi as Abi>::VMCTX;
                self.masm.cmp_branch(Cmp::Int(IntCmp::Eq), s64, vmctx, its_vmctx, ours, JumpWhen::True);
            }
            self.switch_to_callee_vmctx(fref);
            self.masm.bind(ours);
        }
        self.masm.epilogue_jump(code);
        self.free_operand(Operand::Reg(code));
    }
}
