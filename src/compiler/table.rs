//! Codegen for reference and table operators. Element access is inlined (bounds check,
//! load/store); growing, filling, copying and initializing call the runtime.

use super::builtin::Builtin;
use super::cold::ColdWork;
use super::context::CodeGen;
use super::value_stack::Entry;
use super::Ty;
use crate::vm::vmctx::table;
use onepass_arch::*;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// The type of table `table_index`'s indexes and sizes: `i64` for a table64, else
    /// `i32`.
    pub(crate) fn table_index_ty(&self, table_index: u32) -> Ty {
        if self.env.tables[table_index as usize].table64 {
            Ty::I64
        } else {
            Ty::I32
        }
    }

    /// Trap with `code` unless `index` (of table `table_index`'s index type) is below the
    /// length of the `VMTable` at `table`. The length is a `u32` whose upper neighbour is
    /// always zero, so a 64-bit index compares with it as a `u64`.
    pub(crate) fn check_table_index(&mut self, table_index: u32, table: Reg, index: Reg, code: TrapCode) {
        let oob = self.masm.trap_label(code);
        let len = Operand::Mem(Address::Base(table, table::LEN));
        let size = self.table_index_ty(table_index).size();
        self.masm.cmp_branch(Cmp::Int(IntCmp::GeU), size, index, len, oob, JumpWhen::True);
    }

    /// Address of element `index` of table `table_index` in a fresh register (trapping when
    /// out of bounds). `index` is consumed.
    fn table_element(&mut self, table_index: u32, index: Reg) -> Reg {
        let s64 = OperandSize::S64;
        let tab = self.alloc(RegClass::Int);
        self.masm.mov(s64, tab, Operand::Mem(Self::vmctx(self.env.offsets.table(table_index))));
        self.check_table_index(table_index, tab, index, TrapCode::TableOutOfBounds);
        self.masm.mov(s64, tab, Operand::Mem(Address::Base(tab, table::BASE)));
        self.masm.shift(ShiftKind::Shl, s64, index, Operand::Imm(Imm::I32(3)));
        self.masm.int_binop(IntBinOp::Add, s64, tab, Operand::Reg(index));
        self.free_operand(Operand::Reg(index));
        tab
    }

    pub(crate) fn table_get(&mut self, table_index: u32) {
        let index = self.pop_reg();
        let elem = self.table_element(table_index, index);
        let value = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, value, Operand::Mem(Address::Base(elem, 0)));
        if self.may_start_lazily(table_index) {
            let (slot, dst, table) = (elem, value, table_index);
            self.cold_if_null(value, ColdWork::TableSlot { slot, dst, table, null: None });
        }
        self.free_operand(Operand::Reg(elem));
        self.push_reg(Ty::Ref, value);
    }

    pub(crate) fn table_set(&mut self, table_index: u32) {
        let value = self.pop_operand();
        let value = self.into_reg(Ty::Ref, value);
        let index = self.pop_reg();
        let elem = self.table_element(table_index, index);
        let imported = table_index < self.env.num_imported_tables;
        if imported
            && crate::reftype::refers_to_functions(
                self.env.tables[table_index as usize].element_type,
                self.env.aggregate_types,
            )
        {
            self.note_ref_store_into_import();
        }
        if self.may_start_lazily(table_index) {
            let (reg, table) = (value, table_index);
            self.cold_if_null(value, ColdWork::TableMakeAll { reg, table });
        }
        self.masm.store(OperandSize::S64, Address::Base(elem, 0), Operand::Reg(value));
        self.free_operand(Operand::Reg(elem));
        self.free_operand(Operand::Reg(value));
    }

    pub(crate) fn table_size(&mut self, table_index: u32) {
        let r = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, r, Operand::Mem(Self::vmctx(self.env.offsets.table(table_index))));
        // A 32-bit load zero-extends: the size as an i32 or an i64.
        self.masm.mov(OperandSize::S32, r, Operand::Mem(Address::Base(r, table::LEN)));
        self.push_reg(self.table_index_ty(table_index), r);
    }

    pub(crate) fn table_grow(&mut self, table_index: u32) {
        let ty = self.table_index_ty(table_index);
        self.call_builtin(Builtin::TableGrow, &[table_index], 2, Some(ty), None);
    }

    pub(crate) fn table_fill(&mut self, table_index: u32) {
        self.call_builtin(Builtin::TableFill, &[table_index], 3, None, Some(TrapCode::TableOutOfBounds));
    }

    pub(crate) fn table_copy(&mut self, dst: u32, src: u32) {
        self.call_builtin(Builtin::TableCopy, &[dst, src], 3, None, Some(TrapCode::TableOutOfBounds));
    }

    pub(crate) fn table_init(&mut self, table_index: u32, elem: u32) {
        self.call_builtin(Builtin::TableInit, &[table_index, elem], 3, None, Some(TrapCode::TableOutOfBounds));
    }

    pub(crate) fn elem_drop(&mut self, elem: u32) {
        self.call_builtin(Builtin::ElemDrop, &[elem], 0, None, None);
    }

    pub(crate) fn ref_func(&mut self, func_index: u32) {
        let r = self.load_funcref(func_index);
        self.push_reg(Ty::Ref, r);
    }

    pub(crate) fn ref_null(&mut self) {
        self.push(Entry::constant(Ty::Ref, Imm::I64(0)));
    }

    /// `ref.as_non_null`: trap on null, else leave the reference.
    pub(crate) fn ref_as_non_null(&mut self) {
        let r = self.pop_reg();
        let null = self.masm.trap_label(TrapCode::NullReference);
        self.masm.test_branch(OperandSize::S64, Operand::Reg(r), null, BranchIf::Zero);
        self.push_reg(Ty::Ref, r);
    }
}
