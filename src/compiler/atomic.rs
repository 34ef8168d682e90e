//! Codegen for the threads proposal's operators: atomic loads, stores, read-modify-writes
//! and compare-exchanges (each ISA's `AtomicAssembler` lowers them), `atomic.fence`, and
//! `memory.atomic.wait32/64` / `notify` (builtins, `vm::parking`).
//!
//! An atomic access computes its effective address (index plus offset, rebased onto
//! memory 0's base like every access, see `memory`) into a register, traps with
//! `UnalignedAtomic` unless it is a multiple of the access size, and accesses
//! `heap base + address`: out of bounds faults in the guard pages as plain accesses do.

use super::builtin::Builtin;
use super::context::CodeGen;
use super::memory::memory_of;
use super::{CompileError, Ty};
use onepass_arch::*;
use wasmparser::{MemArg, Operator as Op};

/// What the wait builtin returns when the memory is not shared (a trap).
const WAIT_UNSHARED: i32 = crate::vm::parking::WaitResult::Unshared as i32;
/// What the wait builtin returns when the instance was closed (a trap, `Interrupted`).
const WAIT_CLOSED: i32 = crate::vm::parking::WaitResult::Closed as i32;

/// The read-modify-write operators: (operator, value type, bytes, memarg).
fn rmw_of(op: &Op<'_>) -> Option<(AtomicRmwOp, Ty, u8, MemArg)> {
    macro_rules! rmw {
        ($($kind:ident: $i32:ident $i64:ident $i32_8:ident $i32_16:ident $i64_8:ident $i64_16:ident $i64_32:ident;)*) => {
            match *op {
                $(
                    Op::$i32 { memarg } => Some((AtomicRmwOp::$kind, Ty::I32, 4, memarg)),
                    Op::$i64 { memarg } => Some((AtomicRmwOp::$kind, Ty::I64, 8, memarg)),
                    Op::$i32_8 { memarg } => Some((AtomicRmwOp::$kind, Ty::I32, 1, memarg)),
                    Op::$i32_16 { memarg } => Some((AtomicRmwOp::$kind, Ty::I32, 2, memarg)),
                    Op::$i64_8 { memarg } => Some((AtomicRmwOp::$kind, Ty::I64, 1, memarg)),
                    Op::$i64_16 { memarg } => Some((AtomicRmwOp::$kind, Ty::I64, 2, memarg)),
                    Op::$i64_32 { memarg } => Some((AtomicRmwOp::$kind, Ty::I64, 4, memarg)),
                )*
                _ => None,
            }
        };
    }
    rmw! {
        Add: I32AtomicRmwAdd I64AtomicRmwAdd I32AtomicRmw8AddU I32AtomicRmw16AddU I64AtomicRmw8AddU I64AtomicRmw16AddU I64AtomicRmw32AddU;
        Sub: I32AtomicRmwSub I64AtomicRmwSub I32AtomicRmw8SubU I32AtomicRmw16SubU I64AtomicRmw8SubU I64AtomicRmw16SubU I64AtomicRmw32SubU;
        And: I32AtomicRmwAnd I64AtomicRmwAnd I32AtomicRmw8AndU I32AtomicRmw16AndU I64AtomicRmw8AndU I64AtomicRmw16AndU I64AtomicRmw32AndU;
        Or: I32AtomicRmwOr I64AtomicRmwOr I32AtomicRmw8OrU I32AtomicRmw16OrU I64AtomicRmw8OrU I64AtomicRmw16OrU I64AtomicRmw32OrU;
        Xor: I32AtomicRmwXor I64AtomicRmwXor I32AtomicRmw8XorU I32AtomicRmw16XorU I64AtomicRmw8XorU I64AtomicRmw16XorU I64AtomicRmw32XorU;
        Xchg: I32AtomicRmwXchg I64AtomicRmwXchg I32AtomicRmw8XchgU I32AtomicRmw16XchgU I64AtomicRmw8XchgU I64AtomicRmw16XchgU I64AtomicRmw32XchgU;
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Compile one operator of the threads proposal.
    pub(crate) fn visit_atomic(&mut self, op: &Op<'_>) -> Result<(), CompileError> {
        use Ty::{I32, I64};
        if !self.reachable {
            // No atomic operator opens or closes a block.
            return Ok(());
        }
        if let Some((kind, ty, bytes, memarg)) = rmw_of(op) {
            self.atomic_rmw(kind, ty, bytes, memarg);
            return Ok(());
        }
        match *op {
            Op::I32AtomicLoad { memarg } => self.atomic_load(I32, 4, memarg),
            Op::I64AtomicLoad { memarg } => self.atomic_load(I64, 8, memarg),
            Op::I32AtomicLoad8U { memarg } => self.atomic_load(I32, 1, memarg),
            Op::I32AtomicLoad16U { memarg } => self.atomic_load(I32, 2, memarg),
            Op::I64AtomicLoad8U { memarg } => self.atomic_load(I64, 1, memarg),
            Op::I64AtomicLoad16U { memarg } => self.atomic_load(I64, 2, memarg),
            Op::I64AtomicLoad32U { memarg } => self.atomic_load(I64, 4, memarg),
            Op::I32AtomicStore { memarg } => self.atomic_store(I32, 4, memarg),
            Op::I64AtomicStore { memarg } => self.atomic_store(I64, 8, memarg),
            Op::I32AtomicStore8 { memarg } => self.atomic_store(I32, 1, memarg),
            Op::I32AtomicStore16 { memarg } => self.atomic_store(I32, 2, memarg),
            Op::I64AtomicStore8 { memarg } => self.atomic_store(I64, 1, memarg),
            Op::I64AtomicStore16 { memarg } => self.atomic_store(I64, 2, memarg),
            Op::I64AtomicStore32 { memarg } => self.atomic_store(I64, 4, memarg),
            Op::I32AtomicRmwCmpxchg { memarg } => self.atomic_cmpxchg(I32, 4, memarg),
            Op::I64AtomicRmwCmpxchg { memarg } => self.atomic_cmpxchg(I64, 8, memarg),
            Op::I32AtomicRmw8CmpxchgU { memarg } => self.atomic_cmpxchg(I32, 1, memarg),
            Op::I32AtomicRmw16CmpxchgU { memarg } => self.atomic_cmpxchg(I32, 2, memarg),
            Op::I64AtomicRmw8CmpxchgU { memarg } => self.atomic_cmpxchg(I64, 1, memarg),
            Op::I64AtomicRmw16CmpxchgU { memarg } => self.atomic_cmpxchg(I64, 2, memarg),
            Op::I64AtomicRmw32CmpxchgU { memarg } => self.atomic_cmpxchg(I64, 4, memarg),
            Op::AtomicFence { .. } => self.masm.atomic_fence(),
            Op::MemoryAtomicWait32 { memarg } => self.atomic_wait(I32, 4, memarg),
            Op::MemoryAtomicWait64 { memarg } => self.atomic_wait(I64, 8, memarg),
            Op::MemoryAtomicNotify { memarg } => self.atomic_notify(memarg),
            ref other => return Err(self.unsupported(&format!("operator {other:?}"))),
        }
        Ok(())
    }

    /// Pop the address of an atomic access of `bytes` bytes into a fresh register: the
    /// effective address (offset added) relative to the pinned heap base, checked to be
    /// aligned.
    fn pop_atomic_address(&mut self, memarg: MemArg, bytes: u8) -> Reg {
        let s64 = OperandSize::S64;
        let (index, offset) = self.pop_heap_address(memory_of(&memarg), memarg.offset);
        let address = self.alloc(RegClass::Int);
        match index {
            HeapIndex::Const(c) => {
                // A constant address: its alignment is known now.
                let ea = c as u64 + offset as u64;
                self.masm.mov(s64, address, Operand::Imm(Imm::I64(ea as i64)));
                if !ea.is_multiple_of(bytes as u64) {
                    let unaligned = self.masm.trap_label(TrapCode::UnalignedAtomic);
                    self.masm.jump(unaligned);
                }
                return address;
            }
            HeapIndex::Reg(r) => {
                self.masm.mov(s64, address, Operand::Reg(r));
                self.free_operand(Operand::Reg(r));
                if offset != 0 {
                    self.masm.int_binop(IntBinOp::Add, s64, address, Operand::Imm(Imm::I64(offset as i64)));
                }
            }
        }
        if bytes > 1 {
            let low = self.alloc(RegClass::Int);
            self.masm.mov(OperandSize::S32, low, Operand::Reg(address));
            self.masm.int_binop(IntBinOp::And, OperandSize::S32, low, Operand::Imm(Imm::I32(bytes as i32 - 1)));
            let unaligned = self.masm.trap_label(TrapCode::UnalignedAtomic);
            self.masm.test_branch(OperandSize::S32, Operand::Reg(low), unaligned, BranchIf::NonZero);
            self.free_operand(Operand::Reg(low));
        }
        address
    }

    fn atomic_load(&mut self, ty: Ty, bytes: u8, memarg: MemArg) {
        let address = self.pop_atomic_address(memarg, bytes);
        let dst = self.alloc(RegClass::Int);
        self.masm.atomic_load(AtomicAccess { bytes, size: ty.size() }, dst, address);
        self.free_operand(Operand::Reg(address));
        self.push_reg(ty, dst);
    }

    fn atomic_store(&mut self, ty: Ty, bytes: u8, memarg: MemArg) {
        let value = self.pop_reg_to_read();
        let address = self.pop_atomic_address(memarg, bytes);
        self.masm.atomic_store(AtomicAccess { bytes, size: ty.size() }, address, value);
        self.free_operand(Operand::Reg(address));
        self.free_operand(Operand::Reg(value));
    }

    fn atomic_rmw(&mut self, op: AtomicRmwOp, ty: Ty, bytes: u8, memarg: MemArg) {
        let operand = self.pop_reg_to_read();
        let address = self.pop_atomic_address(memarg, bytes);
        let (dst, tmp) = (self.alloc(RegClass::Int), self.alloc(RegClass::Int));
        // The old value of an operation whose result is dropped at once need not be read
        // back: a constant stands for it, which the `drop` pops.
        let result = if self.next_op_drops() { RmwResult::Unused } else { RmwResult::Used };
        self.masm.atomic_rmw(op, AtomicAccess { bytes, size: ty.size() }, result, dst, address, operand, tmp);
        for r in [tmp, address, operand] {
            self.free_operand(Operand::Reg(r));
        }
        match result {
            RmwResult::Used => self.push_reg(ty, dst),
            RmwResult::Unused => {
                self.free_operand(Operand::Reg(dst));
                let zero = if ty == Ty::I64 { Imm::I64(0) } else { Imm::I32(0) };
                self.push(super::value_stack::Entry::constant(ty, zero));
            }
        }
    }

    fn atomic_cmpxchg(&mut self, ty: Ty, bytes: u8, memarg: MemArg) {
        let replacement = self.pop_reg_to_read();
        let expected = self.pop_reg_to_read();
        let address = self.pop_atomic_address(memarg, bytes);
        let (dst, tmp) = (self.alloc(RegClass::Int), self.alloc(RegClass::Int));
        let access = AtomicAccess { bytes, size: ty.size() };
        self.masm.atomic_cmpxchg(access, dst, address, expected, replacement, tmp);
        for r in [tmp, address, expected, replacement] {
            self.free_operand(Operand::Reg(r));
        }
        self.push_reg(ty, dst);
    }

    /// The address of a wait or notify, checked as an access of `bytes` bytes: aligned,
    /// and in bounds (a load of its last byte faults in the guard pages otherwise).
    fn pop_checked_address(&mut self, memarg: MemArg, bytes: u8) -> Reg {
        let address = self.pop_atomic_address(memarg, bytes);
        let probe = self.alloc(RegClass::Int);
        let access =
            HeapAccess { bytes: 1, extend: Signedness::Unsigned, size: OperandSize::S32, class: RegClass::Int };
        self.masm.heap_load(access, probe, HeapIndex::Reg(address), bytes as u32 - 1);
        self.free_operand(Operand::Reg(probe));
        address
    }

    /// `memory.atomic.wait32/64`: the builtin parks the thread (`vm::parking`), or returns
    /// `WAIT_UNSHARED` for a memory that is not shared or `WAIT_CLOSED` once the instance
    /// is closed, which trap.
    fn atomic_wait(&mut self, ty: Ty, bytes: u8, memarg: MemArg) {
        let timeout = self.pop_reg();
        let expected = self.pop_reg();
        let address = self.pop_checked_address(memarg, bytes);
        self.push_reg(Ty::I64, address);
        self.push_reg(ty, expected);
        self.push_reg(Ty::I64, timeout);
        let memory = memory_of(&memarg);
        self.call_builtin(Builtin::AtomicWait, &[memory, bytes as u32], 3, Some(Ty::I32), None);
        let result = self.pop_reg();
        for (code, trap) in [(WAIT_UNSHARED, TrapCode::WaitOnUnsharedMemory), (WAIT_CLOSED, TrapCode::Interrupted)] {
            let label = self.masm.trap_label(trap);
            let code = Operand::Imm(Imm::I32(code));
            self.masm.cmp_branch(Cmp::Int(IntCmp::Eq), OperandSize::S32, result, code, label, JumpWhen::True);
        }
        self.push_reg(Ty::I32, result);
    }

    /// `memory.atomic.notify`: the builtin wakes the threads (none on an unshared memory).
    fn atomic_notify(&mut self, memarg: MemArg) {
        let count = self.pop_reg();
        let address = self.pop_checked_address(memarg, 4);
        self.push_reg(Ty::I64, address);
        self.push_reg(Ty::I32, count);
        self.call_builtin(Builtin::AtomicNotify, &[memory_of(&memarg)], 2, Some(Ty::I32), None);
    }
}
