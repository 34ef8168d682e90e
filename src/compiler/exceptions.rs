//! Codegen for exception handling: `try_table`, `throw` and `throw_ref`.
//!
//! A reachable `try_table` spills the value stack and the locals to their frame slots
//! (what every call inside it does anyway), then jumps over its *landing pad*, emitted
//! right there so that it is compiled in exactly the state every throwing call site inside
//! the try leaves: values below the try in their canonical slots, locals in theirs, nothing
//! in registers. The calls inside record their return offsets with the landing pad
//! (`MacroAssembler::note_handler`); the runtime's unwinder (`engine::unwind`) resumes
//! there with `sp = fp - frame size` and the exception in the return register. The landing
//! pad reloads the pinned registers, compares the exception's tag with each `catch`
//! clause's in turn, and branches like `br` with the payload (and the `exnref`); when no
//! clause matches it throws again, to the enclosing try of the function or to the caller.
//!
//! `throw` fills a new exception object (`Builtin::ExnNew`) and calls the unwind stub
//! whose address the entry's thread state holds; `throw_ref` calls it with the reference.

use super::builtin::Builtin;
use super::context::CodeGen;
use super::control_stack::ControlKind;
use super::value_stack::Entry;
use super::{CompileError, Ty};
use crate::vm::vmctx::{exception, thread};
use onepass_arch::*;
use wasmparser::{Catch, TryTable};

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// The payload types of tag `tag`.
    pub(crate) fn tag_params(&self, tag: u32) -> Vec<Ty> {
        let ty = self.env.tags[tag as usize];
        let params = self.env.types[ty as usize].params();
        params.iter().map(|&p| Ty::from_wasm(p).expect("validated: a supported type")).collect()
    }

    /// `try_table`: spill, emit the landing pad (jumped over), open the block.
    pub(crate) fn try_table(&mut self, table: &TryTable) -> Result<(), CompileError> {
        let (params, _) = self.block_types(table.ty)?;
        let base = self.stack.len() - params.len();
        let landing = self.open_try(base, |cg| cg.landing_pad(&table.catches));
        self.enter_block(ControlKind::TryTable(true), table.ty)?;
        self.landings.push((landing, self.controls.len() - 1));
        Ok(())
    }

    /// The start of a reachable try (`try_table` or legacy `try`) whose block starts at
    /// stack height `base`: spill the stack and the locals, then emit the try's landing
    /// pad, jumped over, and return its offset. `pad` is compiled in the state every
    /// throwing call inside the try leaves (the stack cut to `base`, nothing in registers),
    /// after the pinned registers are reloaded, with the exception in the return register;
    /// the state is as before once it is done.
    pub(crate) fn open_try(&mut self, base: usize, pad: impl FnOnce(&mut Self)) -> u32 {
        self.spill_for_block(base);
        self.forget_locals_in_regs();
        let body = self.masm.new_label();
        self.masm.jump(body);
        let landing = self.masm.offset();
        let saved: Vec<Entry> = (base..self.stack.len()).map(|d| self.stack.at(d)).collect();
        self.truncate_stack(base);
        self.reload_vmctx_and_heap();
        pad(self);
        for entry in saved {
            self.push(entry);
        }
        self.masm.bind(body);
        landing
    }

    /// A `try_table`'s landing pad (see [`Self::open_try`]): each clause in turn.
    fn landing_pad(&mut self, catches: &[Catch]) {
        let s64 = OperandSize::S64;
        let base = self.stack.len();
        let exn = self.alloc(RegClass::Int);
        self.masm.mov(s64, exn, Operand::Reg(<M::Abi as Abi>::INT_RETURN));
        for catch in catches {
            let next = self.masm.new_label();
            let (tag, label, with_ref) = match *catch {
                Catch::One { tag, label } => (Some(tag), label, false),
                Catch::OneRef { tag, label } => (Some(tag), label, true),
                Catch::All { label } => (None, label, false),
                Catch::AllRef { label } => (None, label, true),
            };
            if let Some(tag) = tag {
                self.take_payload_if(exn, tag, next);
            }
            let copy = self.alloc(RegClass::Int);
            self.masm.mov(s64, copy, Operand::Reg(exn));
            self.push_reg(Ty::Ref, copy);
            if with_ref {
                // Wasm code holds it now: it lives until the entry ends.
                self.masm.store(s64, Address::Base(exn, exception::EXPOSED), Operand::Imm(Imm::I64(1)));
            } else {
                self.call_builtin(Builtin::ExnRelease, &[], 1, None, None);
            }
            self.emit_branch(label);
            self.truncate_stack(base);
            self.masm.bind(next);
        }
        // No clause matched: on to the enclosing handler.
        self.throw_exception(exn);
    }

    /// Jump to `miss` unless exception `exn` was thrown with tag `tag`; else push its
    /// payload.
    pub(crate) fn take_payload_if(&mut self, exn: Reg, tag: u32, miss: Label) {
        let s64 = OperandSize::S64;
        let thrown = self.alloc(RegClass::Int);
        self.masm.mov(s64, thrown, Operand::Mem(Address::Base(exn, exception::TAG)));
        let ours = Operand::Mem(Self::vmctx(self.env.offsets.tag(tag)));
        self.masm.cmp_branch(Cmp::Int(IntCmp::Ne), s64, thrown, ours, miss, JumpWhen::True);
        self.free_operand(Operand::Reg(thrown));
        for (i, ty) in self.tag_params(tag).into_iter().enumerate() {
            let r = self.alloc(ty.class());
            self.masm.mov(ty.size(), r, Operand::Mem(Self::payload_slot(exn, i)));
            self.push_reg(ty, r);
        }
    }

    /// Where payload value `i` of the exception at `exn` is.
    fn payload_slot(exn: Reg, i: usize) -> Address {
        Address::Base(exn, exception::PAYLOAD + exception::SLOT * i as i32)
    }

    /// `throw tag`: a new exception carrying the tag's parameters from the stack.
    pub(crate) fn throw(&mut self, tag: u32) {
        let params = self.tag_params(tag);
        self.call_builtin(Builtin::ExnNew, &[tag], 0, Some(Ty::Ref), None);
        let exn = self.pop_reg();
        for (i, &ty) in params.iter().enumerate().rev() {
            let value = self.pop_operand();
            let value = Operand::Reg(self.into_reg(ty, value));
            self.masm.store(ty.size(), Self::payload_slot(exn, i), value);
            self.free_operand(value);
        }
        self.throw_exception(exn);
        self.set_unreachable();
    }

    /// `throw_ref`: throw the exception on top again (trapping on null).
    pub(crate) fn throw_ref(&mut self) {
        let exn = self.pop_reg();
        let null = self.masm.trap_label(TrapCode::NullReference);
        self.masm.test_branch(OperandSize::S64, Operand::Reg(exn), null, BranchIf::Zero);
        self.throw_exception(exn);
        self.set_unreachable();
    }

    /// Call the unwind stub with exception `exn` (consumed), covered by the innermost open
    /// handler: it never returns here.
    fn throw_exception(&mut self, exn: Reg) {
        let landing = self.landings.last().map(|&(landing, _)| landing);
        self.throw_to(exn, landing);
    }

    /// Call the unwind stub with exception `exn` (consumed), the call covered by the landing
    /// pad at `landing` (if any): it never returns here.
    pub(crate) fn throw_to(&mut self, exn: Reg, landing: Option<u32>) {
        let s64 = OperandSize::S64;
        // Locals to their slots: the landing pad reads them there.
        self.spill_regs();
        let ret = <M::Abi as Abi>::INT_RETURN;
        let stub = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[ret, exn]));
        let thread_state = <M::Abi as Abi>::THREAD_STATE;
        self.masm.mov(s64, stub, Operand::Mem(Address::Base(thread_state, thread::UNWIND_STUB)));
        self.masm.mov(s64, ret, Operand::Reg(exn));
        self.masm.call_reg(stub);
        if let Some(landing) = landing {
            self.masm.note_handler(landing);
        }
        self.free_operand(Operand::Reg(stub));
        self.free_operand(Operand::Reg(exn));
    }

    /// Record the call just emitted as covered by the innermost open `try_table`'s landing
    /// pad, if there is one, and as a safepoint (see `stack_maps`).
    #[inline]
    pub(crate) fn note_call_site(&mut self) {
        if let Some(&(landing, _)) = self.landings.last() {
            self.masm.note_handler(landing);
        }
        self.note_call_safepoint();
    }
}
