//! Atomic memory accesses of the threads proposal, as each ISA lowers them: sequentially
//! consistent loads, stores, read-modify-writes and compare-exchanges at 1, 2, 4 and 8
//! bytes, and the fence. Addresses are linear-memory indices relative to the pinned heap
//! base (already bounds-, alignment- and rebase-checked by the compiler), in a register.

use crate::{OperandSize, Reg};

/// A read-modify-write operator: the new value is `old op operand` (`Xchg`: the operand).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtomicRmwOp {
    /// Wrapping addition.
    Add,
    /// Wrapping subtraction.
    Sub,
    /// Bitwise and.
    And,
    /// Bitwise or.
    Or,
    /// Bitwise exclusive or.
    Xor,
    /// Exchange.
    Xchg,
}

/// Whether the old value a read-modify-write returns is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RmwResult {
    /// Wanted in `dst`.
    Used,
    /// Dropped at once: `dst` may be left as it is, and an ISA that can update memory
    /// without reading it back (x86-64's `lock add/sub/and/or/xor`) does.
    Unused,
}

/// The shape of an atomic access: how many bytes of memory (1, 2, 4 or 8) and the width of
/// the value register (values read are zero-extended to it; values written are truncated).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AtomicAccess {
    /// Bytes of memory accessed.
    pub bytes: u8,
    /// Width of the value.
    pub size: OperandSize,
}

/// Atomic memory operations (each ISA's `MacroAssembler` has them). Every register named
/// is an allocated one, none of them the assembler's scratch registers; `dst` and `tmp`
/// are distinct from every other operand, and the operands are only read.
pub trait AtomicAssembler {
    /// `dst = [heap + addr]`, zero-extended.
    fn atomic_load(&mut self, access: AtomicAccess, dst: Reg, addr: Reg);
    /// `[heap + addr] = src`.
    fn atomic_store(&mut self, access: AtomicAccess, addr: Reg, src: Reg);
    /// `dst = [heap + addr]` (zero-extended), `[heap + addr] = dst op src`, as one access
    /// (`dst` unchanged or not when `result` is unused).
    #[allow(clippy::too_many_arguments)]
    fn atomic_rmw(
        &mut self,
        op: AtomicRmwOp,
        access: AtomicAccess,
        result: RmwResult,
        dst: Reg,
        addr: Reg,
        src: Reg,
        tmp: Reg,
    );
    /// `dst = [heap + addr]` (zero-extended), and if it equals `expected` (truncated to
    /// the access), `[heap + addr] = replacement`, as one access.
    fn atomic_cmpxchg(&mut self, access: AtomicAccess, dst: Reg, addr: Reg, expected: Reg, replacement: Reg, tmp: Reg);
    /// A full (sequentially consistent) memory fence.
    fn atomic_fence(&mut self);
    /// Order the stores before it before the stores after it, as other threads see them
    /// (a new object's header before the reference to it is published): nothing on
    /// x86-64, whose stores are seen in order; `dmb ishst` on aarch64.
    fn store_store_fence(&mut self);
}
