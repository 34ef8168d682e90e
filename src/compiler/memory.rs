//! Codegen helpers for linear-memory operators: loads, stores, `memory.size`/`grow`, and
//! the bulk operators (`memory.copy`/`fill`/`init`, `data.drop`, run by builtins).
//! Accesses need no bounds check: 32-bit memories sit in a reservation whose guard pages
//! turn any out-of-bounds access into a fault that the signal handler converts to a trap.

use super::builtin::Builtin;
use super::context::CodeGen;
use super::value_stack::Loc;
use super::Ty;
use crate::vm::vmctx::{header, VMMEMORY_BASE, VMMEMORY_SIZE};
use onepass_arch::*;
use wasmparser::MemArg;

/// The memory an access names (validated: a linear memory, never a GC array here).
fn memory_of(memarg: &MemArg) -> u32 {
    match memarg.target {
        wasmparser::MemArgTarget::Memory(m) => m,
        wasmparser::MemArgTarget::Array(_) => unreachable!("validated: a GC array access needs the gc feature"),
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Pop an address operand (only read): a constant folds into the addressing mode.
    fn pop_heap_index(&mut self) -> HeapIndex {
        if let Loc::Const(imm) = self.stack.top().loc {
            self.pop_entry();
            return HeapIndex::Const(imm.bits() as u32);
        }
        HeapIndex::Reg(self.pop_reg_to_read())
    }

    /// The address operand of an access to memory `memory`, popped. Memory 0 is the
    /// pinned heap base plus the index; another memory's index is rebased onto it (its base
    /// minus memory 0's plus the index, in a fresh register), so the backends' one heap
    /// addressing form serves every memory. Every memory sits in its own guarded
    /// reservation, so none needs a bounds check.
    fn pop_heap_index_in(&mut self, memory: u32) -> HeapIndex {
        let index = self.pop_heap_index();
        if memory == 0 {
            return index;
        }
        let s64 = OperandSize::S64;
        let rebased = self.alloc(RegClass::Int);
        self.masm.mov(s64, rebased, Operand::Mem(Self::vmctx(self.env.offsets.memory(memory))));
        self.masm.mov(s64, rebased, Operand::Mem(Address::Base(rebased, VMMEMORY_BASE)));
        self.masm.int_binop(IntBinOp::Sub, s64, rebased, Operand::Reg(<M::Abi as Abi>::HEAP_BASE));
        let index = match index {
            HeapIndex::Reg(r) => r,
            HeapIndex::Const(c) => {
                // A 32-bit move zero-extends.
                let r = self.alloc(RegClass::Int);
                self.masm.mov(OperandSize::S32, r, Operand::Imm(Imm::I32(c as i32)));
                r
            }
        };
        // An i32 in a register has its upper 32 bits clear (both ISAs' 32-bit operations
        // zero them), so a 64-bit add is the unsigned index.
        self.masm.int_binop(IntBinOp::Add, s64, rebased, Operand::Reg(index));
        self.free_operand(Operand::Reg(index));
        HeapIndex::Reg(rebased)
    }

    pub(crate) fn load(&mut self, ty: Ty, bytes: u8, extend: Signedness, memarg: MemArg) {
        let access = HeapAccess { bytes, extend, size: ty.size(), class: ty.class() };
        let offset = memarg.offset;
        let index = self.pop_heap_index_in(memory_of(&memarg));
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

    pub(crate) fn store(&mut self, ty: Ty, bytes: u8, memarg: MemArg) {
        let access = HeapAccess { bytes, extend: Signedness::Unsigned, size: ty.size(), class: ty.class() };
        let offset = memarg.offset;
        let value = self.pop_operand();
        let index = self.pop_heap_index_in(memory_of(&memarg));
        self.masm.heap_store(access, index, offset as u32, value);
        self.free_operand(value);
        if let HeapIndex::Reg(r) = index {
            self.free_operand(Operand::Reg(r));
        }
    }

    pub(crate) fn memory_size(&mut self, memory: u32) {
        let r = self.alloc(RegClass::Int);
        let slot = if memory == 0 { header::MEMORY } else { self.env.offsets.memory(memory) };
        self.masm.mov(OperandSize::S64, r, Operand::Mem(Self::vmctx(slot)));
        self.masm.mov(OperandSize::S64, r, Operand::Mem(Address::Base(r, VMMEMORY_SIZE)));
        self.masm.shift(ShiftKind::ShrU, OperandSize::S64, r, Operand::Imm(Imm::I32(16)));
        self.push_reg(Ty::I32, r);
    }

    /// `memory.grow` calls the runtime: `(vmctx, memory, delta) -> old pages | -1`.
    pub(crate) fn memory_grow(&mut self, memory: u32) {
        self.call_builtin(Builtin::MemoryGrow, &[memory], 1, Some(Ty::I32), None);
    }

    pub(crate) fn memory_copy(&mut self, dst_memory: u32, src_memory: u32) {
        let trap = Some(TrapCode::MemoryOutOfBounds);
        self.call_builtin(Builtin::MemoryCopy, &[dst_memory, src_memory], 3, None, trap);
    }

    pub(crate) fn memory_fill(&mut self, memory: u32) {
        self.call_builtin(Builtin::MemoryFill, &[memory], 3, None, Some(TrapCode::MemoryOutOfBounds));
    }

    pub(crate) fn memory_init(&mut self, data: u32, memory: u32) {
        self.call_builtin(Builtin::MemoryInit, &[data, memory], 3, None, Some(TrapCode::MemoryOutOfBounds));
    }

    pub(crate) fn data_drop(&mut self, data: u32) {
        self.call_builtin(Builtin::DataDrop, &[data], 0, None, None);
    }
}
