//! Codegen for the legacy exception-handling operators (`try`, `catch`, `catch_all`,
//! `rethrow`, `delegate`), on the landing pads and unwinder of `exceptions`.
//!
//! A reachable `try` spills like a `try_table` and emits its landing pad at its start: the
//! pad frees the exception its hidden local still holds from an earlier catch (unless wasm
//! code saw it as an `exnref`), stores the new one there and jumps to the try's dispatch
//! label. That label is bound where the body ends (its first `catch`, `catch_all`,
//! `delegate`, or its `end`), in the state of the try's start: each `catch` there tests
//! the tag and, on a match, runs its code with the payload on the stack (the exception
//! stays in the hidden local for `rethrow`); a clause that does not match goes to the next
//! one, and after the last the exception is thrown on. `delegate` throws it on to the
//! handler of the label it names.
//!
//! Who keeps the exception alive: the hidden local holds it until the same `try` catches
//! another (which frees it) or the entry from the host ends. An exception that leaves a
//! `try` other than into its own catch code (`rethrow`, no clause matching, `delegate`) is
//! marked exposed first, so the hidden local that still names it never frees it.

use super::builtin::Builtin;
use super::context::CodeGen;
use super::control_stack::{ControlKind, LegacyPart, LegacyTry};
use super::value_stack::Entry;
use super::{CompileError, Ty};
use crate::vm::vmctx::exception;
use onepass_arch::*;
use wasmparser::BlockType;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// `try`.
    pub(crate) fn legacy_try(&mut self, blockty: BlockType) -> Result<(), CompileError> {
        let slot = self.next_legacy_slot;
        self.next_legacy_slot += 1;
        let dispatch = self.masm.new_label();
        if !self.reachable {
            let state = LegacyTry { landing: false, slot, dispatch, part: LegacyPart::Body };
            return self.enter_block(ControlKind::LegacyTry(state), blockty);
        }
        let (params, _) = self.block_types(blockty)?;
        let base = self.stack.len() - params.len();
        let landing = self.open_try(base, |cg| cg.legacy_landing_pad(slot, dispatch));
        let state = LegacyTry { landing: true, slot, dispatch, part: LegacyPart::Body };
        self.enter_block(ControlKind::LegacyTry(state), blockty)?;
        self.landings.push((landing, self.controls.len() - 1));
        Ok(())
    }

    /// A legacy `try`'s landing pad (see `exceptions::open_try`).
    fn legacy_landing_pad(&mut self, slot: u32, dispatch: Label) {
        let s64 = OperandSize::S64;
        let exn = self.alloc(RegClass::Int);
        self.masm.mov(s64, exn, Operand::Reg(<M::Abi as Abi>::INT_RETURN));
        self.push_reg(Ty::Ref, exn);
        // The exception an earlier catch left in the hidden local goes (null: nothing).
        let old = self.alloc(RegClass::Int);
        self.masm.mov(s64, old, Operand::Mem(self.frame.local(slot)));
        self.push_reg(Ty::Ref, old);
        self.call_builtin(Builtin::ExnRelease, &[], 1, None, None);
        let exn = self.pop_reg();
        self.masm.store(s64, self.frame.local(slot), Operand::Reg(exn));
        self.free_operand(Operand::Reg(exn));
        self.masm.jump(dispatch);
    }

    /// The innermost legacy `try` frame (validated: the operator is inside its block).
    fn innermost_legacy(&self) -> (usize, LegacyTry) {
        let depth = self.controls.len() - 1;
        let ControlKind::LegacyTry(state) = self.controls.frame(depth).kind else {
            unreachable!("validated: a legacy clause inside a legacy try")
        };
        (depth, state)
    }

    /// Leave the body or clause being compiled (its fallthrough goes to the block's end)
    /// and bring the stack back to the block's base. Returns the try's state and base.
    fn leave_part(&mut self) -> (usize, LegacyTry, usize) {
        let (depth, state) = self.innermost_legacy();
        if state.part == LegacyPart::Body && state.landing {
            // Calls from here on are outside the body: no longer covered by its pad.
            self.landings.pop();
        }
        if self.reachable {
            self.emit_branch(0);
        }
        let base = self.controls.frame(depth).base;
        self.truncate_stack(base);
        (depth, state, base)
    }

    /// `catch tag` (`Some`) or `catch_all` (`None`).
    pub(crate) fn legacy_catch(&mut self, tag: Option<u32>) {
        let (depth, mut state, _) = self.leave_part();
        state.part = if tag.is_some() { LegacyPart::Catch } else { LegacyPart::CatchAll };
        let dispatch = state.dispatch;
        if state.landing {
            // Another clause takes what this one does not match.
            state.dispatch = self.masm.new_label();
            // Reached from the landing pad only: nothing is known of registers there.
            self.bind_with_homes(dispatch, RegSet::default());
            self.reload_vmctx_and_heap();
            if let Some(tag) = tag {
                let exn = self.alloc(RegClass::Int);
                self.masm.mov(OperandSize::S64, exn, Operand::Mem(self.frame.local(state.slot)));
                self.take_payload_if(exn, tag, state.dispatch);
                self.free_operand(Operand::Reg(exn));
            }
            self.reachable = true;
        } else {
            self.reachable = false;
            if let Some(tag) = tag {
                // Unreachable code: only the stack's shape matters.
                for ty in self.tag_params(tag) {
                    self.push(Entry::slot(ty));
                }
            }
        }
        self.controls.frame_mut(depth).kind = ControlKind::LegacyTry(state);
    }

    /// `rethrow`: throw again the exception of the catch clause `relative_depth` levels
    /// out.
    pub(crate) fn legacy_rethrow(&mut self, relative_depth: u32) {
        let target = self.controls.target(relative_depth);
        let ControlKind::LegacyTry(state) = self.controls.frame(target).kind else {
            unreachable!("validated: rethrow names a catch clause")
        };
        let exn = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, exn, Operand::Mem(self.frame.local(state.slot)));
        self.throw_exposed(exn, self.landings.last().map(|&(landing, _)| landing));
        self.set_unreachable();
    }

    /// Mark exception `exn` seen (no hidden local frees it any more) and throw it.
    fn throw_exposed(&mut self, exn: Reg, landing: Option<u32>) {
        self.masm.store(OperandSize::S64, Address::Base(exn, exception::EXPOSED), Operand::Imm(Imm::I64(1)));
        self.throw_to(exn, landing);
    }

    /// Where a legacy `try`'s unmatched exception goes: thrown on from its dispatch label to
    /// the handler at `landing` (the innermost open one outside the try when `None` is not
    /// asked for), in the state of the try's start.
    fn throw_on_from_dispatch(&mut self, state: LegacyTry, landing: Option<u32>) {
        if !state.landing {
            return;
        }
        self.bind_with_homes(state.dispatch, RegSet::default());
        self.reload_vmctx_and_heap();
        let exn = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, exn, Operand::Mem(self.frame.local(state.slot)));
        self.throw_exposed(exn, landing);
    }

    /// `delegate`: the block ends; what its body throws goes to the handler of the label
    /// `relative_depth` levels outside it.
    pub(crate) fn legacy_delegate(&mut self, relative_depth: u32) {
        let (depth, state, _) = self.leave_part();
        // The target counts from outside the try; the innermost handler at or outside it.
        let target = depth - 1 - relative_depth as usize;
        let landing = self.landings.iter().rev().find(|&&(_, control)| control <= target).map(|&(l, _)| l);
        self.throw_on_from_dispatch(state, landing);
        self.end_as_block(depth);
    }

    /// Finish the legacy `try` at control `depth` as the plain block it now is (its
    /// fallthroughs branched to its end label).
    fn end_as_block(&mut self, depth: usize) {
        self.controls.frame_mut(depth).kind = ControlKind::Block;
        self.reachable = false;
        self.visit_end();
    }

    /// The `end` of a legacy `try` block: an exception no clause matched is thrown on.
    pub(crate) fn legacy_end(&mut self) {
        let (depth, state, _) = self.leave_part();
        if state.part != LegacyPart::CatchAll {
            let landing = self.landings.last().map(|&(landing, _)| landing);
            self.throw_on_from_dispatch(state, landing);
        }
        self.end_as_block(depth);
    }
}
