//! Emission of cold paths (see `cold`): branching to one, and the code after the body.

use super::cold::{Callee, ColdPath, ColdWork};
use super::context::CodeGen;
use super::Builtin;
use crate::vm::vmctx::{funcref, header};
use onepass_arch::*;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Branch to a new cold path doing `work` when `value` is null; it comes back here.
    pub(crate) fn cold_if_null(&mut self, value: Reg, work: ColdWork) {
        let (entry, back) = (self.masm.new_label(), self.masm.new_label());
        self.masm.test_branch(OperandSize::S64, Operand::Reg(value), entry, BranchIf::Zero);
        self.masm.bind(back);
        self.cold.push(ColdPath { entry, back, work });
    }

    /// Whether table `table_index` may start lazily (it holds function references).
    pub(crate) fn may_start_lazily(&self, table_index: u32) -> bool {
        crate::reftype::refers_to_functions(
            self.env.tables[table_index as usize].element_type,
            self.env.aggregate_types,
        )
    }

    /// Emit the cold paths the body branched to (after its last instruction).
    pub(crate) fn emit_cold_paths(&mut self) {
        let mut cold = std::mem::take(&mut self.cold);
        let stub = Self::vmctx(header::PRESERVING_STUB);
        for path in cold.drain(..) {
            self.masm.bind(path.entry);
            match path.work {
                ColdWork::RetainArgs { fref, callee } => {
                    if callee == Callee::Unknown {
                        let vmctx = <M::Abi as Abi>::VMCTX;
                        let its_vmctx = Operand::Mem(Address::Base(fref, funcref::VMCTX));
                        let (eq, s64) = (Cmp::Int(IntCmp::Eq), OperandSize::S64);
                        self.masm.cmp_branch(eq, s64, vmctx, its_vmctx, path.back, JumpWhen::True);
                    }
                    self.masm.call_preserving(stub, Builtin::RetainArgs as u32, fref, 0);
                }
                ColdWork::FuncRef { reg, func_index } => {
                    self.masm.call_preserving(stub, Builtin::FuncRef as u32, reg, func_index);
                    let slot = Self::vmctx(self.env.offsets.func(func_index));
                    self.masm.mov(OperandSize::S64, reg, Operand::Mem(slot));
                }
                ColdWork::TableSlot { slot, dst, table, null } => {
                    self.masm.call_preserving(stub, Builtin::TableSlot as u32, slot, table);
                    self.masm.mov(OperandSize::S64, dst, Operand::Mem(Address::Base(slot, 0)));
                    if let Some(null) = null {
                        self.masm.test_branch(OperandSize::S64, Operand::Reg(dst), null, BranchIf::Zero);
                    }
                }
                ColdWork::TableMakeAll { reg, table } => {
                    self.masm.call_preserving(stub, Builtin::TableMakeAll as u32, reg, table);
                }
                ColdWork::GcRefill { bytes, exhausted, site } => {
                    self.collecting_call_at_site(stub, Builtin::GcRefill, site, bytes);
                    let thread = <M::Abi as Abi>::THREAD_STATE;
                    let end = Operand::Mem(Address::Base(thread, crate::vm::vmctx::thread::GC_END));
                    self.masm.test_branch(OperandSize::S64, end, exhausted, BranchIf::Zero);
                }
                ColdWork::GcPoll { site } => self.collecting_call_at_site(stub, Builtin::GcPoll, site, 0),
                ColdWork::Supertype { fref, expected, display, entry, depth, mismatch } => {
                    self.branch_unless_in_display(
                        (fref, crate::vm::vmctx::funcref::SUPERTYPES),
                        expected,
                        [display, entry],
                        depth,
                        mismatch,
                    );
                }
            }
            self.masm.jump(path.back);
        }
        // (Kept for its allocation.)
        self.cold = cold;
    }
}
