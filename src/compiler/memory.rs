//! Codegen helpers for linear-memory operators: loads, stores, `memory.size`/`grow`, and
//! the bulk operators (`memory.copy`/`fill`/`init`, `data.drop`, run by builtins).
//! Accesses need no bounds check: 32-bit memories sit in a reservation whose guard pages
//! turn any out-of-bounds access into a fault that the signal handler converts to a trap.

use super::builtin::Builtin;
use super::context::CodeGen;
use super::value_stack::Loc;
use super::Ty;
use crate::vm::vmctx::{header, VMMEMORY_SIZE};
use onepass_arch::*;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Pop an address operand (only read): a constant folds into the addressing mode.
    fn pop_heap_index(&mut self) -> HeapIndex {
        if let Loc::Const(imm) = self.stack.top().loc {
            self.pop_entry();
            return HeapIndex::Const(imm.bits() as u32);
        }
        HeapIndex::Reg(self.pop_reg_to_read())
    }

    pub(crate) fn load(&mut self, ty: Ty, bytes: u8, extend: Signedness, offset: u64) {
        let access = HeapAccess { bytes, extend, size: ty.size(), class: ty.class() };
        let index = self.pop_heap_index();
        // The loaded value may replace the address, unless that is a loop home.
        let reused = match index {
            HeapIndex::Reg(r) if ty.class() == RegClass::Int => self.reuse_to_change(r),
            _ => None,
        };
        let dst = reused.unwrap_or_else(|| self.alloc(ty.class()));
        self.masm.heap_load(access, dst, index, offset as u32);
        if let HeapIndex::Reg(r) = index {
            if r != dst {
                self.free_operand(Operand::Reg(r));
            }
        }
        self.push_reg(ty, dst);
    }

    pub(crate) fn store(&mut self, ty: Ty, bytes: u8, offset: u64) {
        let access = HeapAccess { bytes, extend: Signedness::Unsigned, size: ty.size(), class: ty.class() };
        let value = self.pop_operand();
        let index = self.pop_heap_index();
        self.masm.heap_store(access, index, offset as u32, value);
        self.free_operand(value);
        if let HeapIndex::Reg(r) = index {
            self.free_operand(Operand::Reg(r));
        }
    }

    pub(crate) fn memory_size(&mut self) {
        let r = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, r, Operand::Mem(Self::vmctx(header::MEMORY)));
        self.masm.mov(OperandSize::S64, r, Operand::Mem(Address::Base(r, VMMEMORY_SIZE)));
        self.masm.shift(ShiftKind::ShrU, OperandSize::S64, r, Operand::Imm(Imm::I32(16)));
        self.push_reg(Ty::I32, r);
    }

    /// `memory.grow` calls the runtime: `(vmctx, delta) -> old pages | -1`.
    pub(crate) fn memory_grow(&mut self) {
        self.call_builtin(Builtin::MemoryGrow, &[], 1, Some(Ty::I32), None);
    }

    pub(crate) fn memory_copy(&mut self) {
        self.call_builtin(Builtin::MemoryCopy, &[], 3, None, Some(TrapCode::MemoryOutOfBounds));
    }

    pub(crate) fn memory_fill(&mut self) {
        self.call_builtin(Builtin::MemoryFill, &[], 3, None, Some(TrapCode::MemoryOutOfBounds));
    }

    pub(crate) fn memory_init(&mut self, data: u32) {
        self.call_builtin(Builtin::MemoryInit, &[data], 3, None, Some(TrapCode::MemoryOutOfBounds));
    }

    pub(crate) fn data_drop(&mut self, data: u32) {
        self.call_builtin(Builtin::DataDrop, &[data], 0, None, None);
    }
}
