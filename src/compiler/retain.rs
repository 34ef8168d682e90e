//! References leaving the instance: where compiled code lets a function reference reach
//! something that may outlive the running instance (see `vm::store` for the rules).
//!
//! - A store into a table or global another instance defined: no code at all. The
//!   function is marked (`ModuleEnv::stores_refs_into_imports`), and every instance of the
//!   module is pinned by its store before such code can run, so everything it holds lives
//!   as long as the store. (A test on every such store cost a quarter of a tight
//!   `table.set` loop's speed.)
//! - A call that passes references to another instance's function: one test of the
//!   running instance's `pinned` flag (in its vmctx) that falls through once pinned; the
//!   runtime call is *cold code* placed after the function body, through a trampoline
//!   that preserves every register, so the value stack stays where it is.

use super::cold::{Callee, ColdPath, ColdWork};
use super::context::CodeGen;
use crate::vm::vmctx::header;
use onepass_arch::*;
use std::sync::atomic::Ordering;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// A function reference is about to be stored into an imported table or global.
    pub(crate) fn note_ref_store_into_import(&mut self) {
        self.env.stores_refs_into_imports.store(true, Ordering::Release);
    }

    /// Before a call through `fref` whose arguments (already in the outgoing area) include
    /// function references: the callee, if it belongs to another instance, may keep them,
    /// so each must live as long as the callee.
    pub(crate) fn retain_args(&mut self, fref: Reg, params: &[wasmparser::ValType], callee: Callee) {
        let funcref_param = |t: &wasmparser::ValType| matches!(t, wasmparser::ValType::Ref(r) if crate::reftype::refers_to_functions(*r, self.env.aggregate_types));
        if !params.iter().any(funcref_param) {
            return;
        }
        let (entry, back) = (self.masm.new_label(), self.masm.new_label());
        let pinned = Operand::Mem(Self::vmctx(header::PINNED));
        self.masm.test_branch(OperandSize::S32, pinned, entry, BranchIf::Zero);
        self.masm.bind(back);
        self.cold.push(ColdPath { entry, back, work: ColdWork::RetainArgs { fref, callee } });
    }
}
