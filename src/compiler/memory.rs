//! Codegen helpers for linear-memory operators: loads, stores, `memory.size`/`grow`, and
//! the bulk operators (`memory.copy`/`fill`/`init`, `data.drop`, run by builtins).
//! Accesses to 32-bit memories need no bounds check: they sit in a reservation whose guard
//! pages turn any out-of-bounds access into a fault that the signal handler converts to a
//! trap. An access to a 64-bit memory checks that its index is at most the memory's size,
//! read from the word just before its base; the 4 GiB guard past the memory's maximum
//! catches the rest (`vm::memory::GUARD_64`).

use super::builtin::Builtin;
use super::context::CodeGen;
use super::value_stack::Loc;
use super::Ty;
use crate::vm::vmctx::{header, MAX_MEMORY64_BYTES, MEMORY64_BOUND, VMMEMORY_BASE, VMMEMORY_SIZE};
use onepass_arch::*;
use wasmparser::MemArg;

/// The memory an access names (validated: a linear memory, never a GC array here).
pub(crate) fn memory_of(memarg: &MemArg) -> u32 {
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

    /// Whether memory `memory` has 64-bit addresses.
    fn is_memory64(&self, memory: u32) -> bool {
        self.env.memories[memory as usize].memory64
    }

    /// The vmctx slot of memory `memory`'s `VMMemory` pointer.
    fn memory_slot(&self, memory: u32) -> i32 {
        if memory == 0 {
            header::MEMORY
        } else {
            self.env.offsets.memory(memory)
        }
    }

    /// The address operand of an access to memory `memory` at static offset `offset`,
    /// popped, with the offset to access it at. Memory 0 is the pinned heap base plus the
    /// index; another memory's index is rebased onto it, so the backends' one heap
    /// addressing form serves every memory. 32-bit memories need no bounds check; a 64-bit
    /// one traps unless the index is at most its size (see [`Self::check_memory64`]).
    pub(crate) fn pop_heap_address(&mut self, memory: u32, offset: u64) -> (HeapIndex, u32) {
        let heap_base = <M::Abi as Abi>::HEAP_BASE;
        if !self.is_memory64(memory) {
            // Validation keeps a 32-bit memory's offsets below 2^32.
            let index = self.pop_heap_index();
            if memory == 0 {
                return (index, offset as u32);
            }
            let base = self.memory_base(memory);
            return (HeapIndex::Reg(self.rebase(base, index)), offset as u32);
        }
        let index = match self.stack.top().loc {
            Loc::Const(imm) => {
                self.pop_entry();
                let r = self.alloc(RegClass::Int);
                self.masm.mov(OperandSize::S64, r, Operand::Imm(Imm::I64(imm.bits() as i64)));
                r
            }
            _ => self.pop_reg_to_read(),
        };
        if memory == 0 {
            let (index, offset) = self.check_memory64(heap_base, index, offset);
            return (HeapIndex::Reg(index), offset);
        }
        let base = self.memory_base(memory);
        let (index, offset) = self.check_memory64(base, index, offset);
        (HeapIndex::Reg(self.rebase(base, HeapIndex::Reg(index))), offset)
    }

    /// The base address of memory `memory`, in a fresh register.
    fn memory_base(&mut self, memory: u32) -> Reg {
        let base = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, base, Operand::Mem(Self::vmctx(self.env.offsets.memory(memory))));
        self.masm.mov(OperandSize::S64, base, Operand::Mem(Address::Base(base, VMMEMORY_BASE)));
        base
    }

    /// `base - heap base + index` in `base` (`index` consumed): the index of the same byte
    /// relative to memory 0's pinned base.
    fn rebase(&mut self, base: Reg, index: HeapIndex) -> Reg {
        let s64 = OperandSize::S64;
        self.masm.int_binop(IntBinOp::Sub, s64, base, Operand::Reg(<M::Abi as Abi>::HEAP_BASE));
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
        self.masm.int_binop(IntBinOp::Add, s64, base, Operand::Reg(index));
        self.free_operand(Operand::Reg(index));
        base
    }

    /// Trap unless `index` (an `i64`, consumed) is at most the size of the 64-bit memory
    /// whose base is in `base`, read from its size word at `base + MEMORY64_BOUND`: the
    /// access then ends at most `offset + 16` bytes past the memory's size, inside its
    /// 4 GiB guard when `offset < 2^32`. A larger offset is added to the index and checked
    /// again (the index is then at most 2^48, so the sum cannot wrap; an offset above 2^48
    /// is always out of bounds). Returns the index and the offset left to apply.
    fn check_memory64(&mut self, base: Reg, index: Reg, offset: u64) -> (Reg, u32) {
        let s64 = OperandSize::S64;
        let bound = Operand::Mem(Address::Base(base, MEMORY64_BOUND));
        let oob = self.masm.trap_label(TrapCode::MemoryOutOfBounds);
        self.masm.cmp_branch(Cmp::Int(IntCmp::GtU), s64, index, bound, oob, JumpWhen::True);
        let Ok(offset) = u32::try_from(offset) else {
            if offset > MAX_MEMORY64_BYTES {
                self.masm.jump(oob);
            }
            let address = self.alloc(RegClass::Int);
            self.masm.mov(s64, address, Operand::Imm(Imm::I64(offset as i64)));
            self.masm.int_binop(IntBinOp::Add, s64, address, Operand::Reg(index));
            self.free_operand(Operand::Reg(index));
            self.masm.cmp_branch(Cmp::Int(IntCmp::GtU), s64, address, bound, oob, JumpWhen::True);
            return (address, 0);
        };
        (index, offset)
    }

    pub(crate) fn load(&mut self, ty: Ty, bytes: u8, extend: Signedness, memarg: MemArg) {
        let access = HeapAccess { bytes, extend, size: ty.size(), class: ty.class() };
        let (index, offset) = self.pop_heap_address(memory_of(&memarg), memarg.offset);
        // The loaded value goes to the home of the local set next, if there is one, or may
        // replace the address, unless that is a loop home.
        let reusable = match index {
            HeapIndex::Reg(r) if ty.class() == RegClass::Int => Some(r),
            _ => None,
        };
        let dst = self.result_reg_reusing(ty.class(), reusable);
        self.masm.heap_load(access, dst, index, offset);
        if let HeapIndex::Reg(r) = index {
            if r != dst {
                self.free_operand(Operand::Reg(r));
            }
        }
        self.push_reg(ty, dst);
    }

    pub(crate) fn store(&mut self, ty: Ty, bytes: u8, memarg: MemArg) {
        let access = HeapAccess { bytes, extend: Signedness::Unsigned, size: ty.size(), class: ty.class() };
        let value = self.pop_operand();
        let (index, offset) = self.pop_heap_address(memory_of(&memarg), memarg.offset);
        self.masm.heap_store(access, index, offset, value);
        self.free_operand(value);
        if let HeapIndex::Reg(r) = index {
            self.free_operand(Operand::Reg(r));
        }
    }

    pub(crate) fn memory_size(&mut self, memory: u32) {
        let r = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, r, Operand::Mem(Self::vmctx(self.memory_slot(memory))));
        self.masm.mov(OperandSize::S64, r, Operand::Mem(Address::Base(r, VMMEMORY_SIZE)));
        self.masm.shift(ShiftKind::ShrU, OperandSize::S64, r, Operand::Imm(Imm::I32(16)));
        self.push_reg(self.address_ty(memory), r);
    }

    /// The type of memory `memory`'s addresses and page counts.
    fn address_ty(&self, memory: u32) -> Ty {
        if self.is_memory64(memory) {
            Ty::I64
        } else {
            Ty::I32
        }
    }

    /// `memory.grow` calls the runtime: `(vmctx, memory, delta) -> old pages | -1`.
    pub(crate) fn memory_grow(&mut self, memory: u32) {
        self.call_builtin(Builtin::MemoryGrow, &[memory], 1, Some(self.address_ty(memory)), None);
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
