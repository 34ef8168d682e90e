//! x86-64 lowering of the atomic operations. Aligned loads are atomic as plain moves, and
//! every atomic store is an `xchg` (locked by definition), which is what makes plain loads
//! sequentially consistent without fences; add and sub are `lock xadd`, exchange `xchg`,
//! and/or/xor a `lock cmpxchg` loop, compare-exchange one `lock cmpxchg`. Scratch
//! registers are rax (cmpxchg's implicit operand) and rcx.

use super::*;

impl X64Masm {
    /// `op [heap + addr], rcx` at the access's width: `xchg`, `lock xadd` or `lock cmpxchg`.
    fn locked_rcx(&mut self, op: Locked, bytes: u8, addr: Reg) {
        let a = addr.hw;
        match (op, bytes) {
            (Locked::Xchg, 1) => asm!(self.ops; xchg BYTE [Rq(HEAP) + Rq(a)], cl),
            (Locked::Xchg, 2) => asm!(self.ops; xchg WORD [Rq(HEAP) + Rq(a)], cx),
            (Locked::Xchg, 4) => asm!(self.ops; xchg DWORD [Rq(HEAP) + Rq(a)], ecx),
            (Locked::Xchg, _) => asm!(self.ops; xchg QWORD [Rq(HEAP) + Rq(a)], rcx),
            (Locked::Xadd, 1) => asm!(self.ops; lock xadd BYTE [Rq(HEAP) + Rq(a)], cl),
            (Locked::Xadd, 2) => asm!(self.ops; lock xadd WORD [Rq(HEAP) + Rq(a)], cx),
            (Locked::Xadd, 4) => asm!(self.ops; lock xadd DWORD [Rq(HEAP) + Rq(a)], ecx),
            (Locked::Xadd, _) => asm!(self.ops; lock xadd QWORD [Rq(HEAP) + Rq(a)], rcx),
            (Locked::Cmpxchg, 1) => asm!(self.ops; lock cmpxchg BYTE [Rq(HEAP) + Rq(a)], cl),
            (Locked::Cmpxchg, 2) => asm!(self.ops; lock cmpxchg WORD [Rq(HEAP) + Rq(a)], cx),
            (Locked::Cmpxchg, 4) => asm!(self.ops; lock cmpxchg DWORD [Rq(HEAP) + Rq(a)], ecx),
            (Locked::Cmpxchg, _) => asm!(self.ops; lock cmpxchg QWORD [Rq(HEAP) + Rq(a)], rcx),
        }
    }

    /// `lock op [heap + addr], src` at the access's width, for a result nobody reads.
    fn locked_update(&mut self, op: AtomicRmwOp, bytes: u8, addr: Reg, src: Reg) {
        let (a, s) = (addr.hw, src.hw);
        macro_rules! widths {
            ($mn:ident) => {
                match bytes {
                    1 => asm!(self.ops; lock $mn BYTE [Rq(HEAP) + Rq(a)], Rb(s)),
                    2 => asm!(self.ops; lock $mn WORD [Rq(HEAP) + Rq(a)], Rw(s)),
                    4 => asm!(self.ops; lock $mn DWORD [Rq(HEAP) + Rq(a)], Rd(s)),
                    _ => asm!(self.ops; lock $mn QWORD [Rq(HEAP) + Rq(a)], Rq(s)),
                }
            };
        }
        match op {
            AtomicRmwOp::Add => widths!(add),
            AtomicRmwOp::Sub => widths!(sub),
            AtomicRmwOp::And => widths!(and),
            AtomicRmwOp::Or => widths!(or),
            _ => widths!(xor),
        }
    }

    /// `dst = src` zero-extended from the access's width (`src` a scratch register).
    fn zero_extend_from(&mut self, bytes: u8, dst: Reg, src: u8) {
        let d = dst.hw;
        match bytes {
            1 => asm!(self.ops; movzx Rd(d), Rb(src)),
            2 => asm!(self.ops; movzx Rd(d), Rw(src)),
            4 => asm!(self.ops; mov Rd(d), Rd(src)),
            _ => asm!(self.ops; mov Rq(d), Rq(src)),
        }
    }
}

/// The locked instructions used here.
#[derive(Clone, Copy)]
enum Locked {
    Xchg,
    Xadd,
    Cmpxchg,
}

impl AtomicAssembler for X64Masm {
    fn atomic_load(&mut self, access: AtomicAccess, dst: Reg, addr: Reg) {
        let load =
            HeapAccess { bytes: access.bytes, extend: Signedness::Unsigned, size: access.size, class: RegClass::Int };
        self.heap_load(load, dst, HeapIndex::Reg(addr), 0);
    }

    fn atomic_store(&mut self, access: AtomicAccess, addr: Reg, src: Reg) {
        asm!(self.ops; mov rcx, Rq(src.hw));
        self.locked_rcx(Locked::Xchg, access.bytes, addr);
    }

    fn atomic_rmw(
        &mut self,
        op: AtomicRmwOp,
        access: AtomicAccess,
        result: RmwResult,
        dst: Reg,
        addr: Reg,
        src: Reg,
        _tmp: Reg,
    ) {
        let (a, s, bytes) = (addr.hw, src.hw, access.bytes);
        if result == RmwResult::Unused && op != AtomicRmwOp::Xchg {
            self.locked_update(op, bytes, addr, src);
            return;
        }
        let locked = match op {
            AtomicRmwOp::Add | AtomicRmwOp::Sub => Some(Locked::Xadd),
            AtomicRmwOp::Xchg => Some(Locked::Xchg),
            AtomicRmwOp::And | AtomicRmwOp::Or | AtomicRmwOp::Xor => None,
        };
        if let Some(locked) = locked {
            asm!(self.ops; mov rcx, Rq(s));
            if op == AtomicRmwOp::Sub {
                asm!(self.ops; neg rcx);
            }
            self.locked_rcx(locked, bytes, addr);
            self.zero_extend_from(bytes, dst, RCX);
            return;
        }
        // rax = old; retry until no other write came between the load and the cmpxchg
        // (a failed cmpxchg reloads rax).
        match bytes {
            1 => asm!(self.ops; movzx eax, BYTE [Rq(HEAP) + Rq(a)]),
            2 => asm!(self.ops; movzx eax, WORD [Rq(HEAP) + Rq(a)]),
            4 => asm!(self.ops; mov eax, DWORD [Rq(HEAP) + Rq(a)]),
            _ => asm!(self.ops; mov rax, QWORD [Rq(HEAP) + Rq(a)]),
        }
        asm!(self.ops; retry: ; mov rcx, rax);
        match op {
            AtomicRmwOp::And => asm!(self.ops; and rcx, Rq(s)),
            AtomicRmwOp::Or => asm!(self.ops; or rcx, Rq(s)),
            _ => asm!(self.ops; xor rcx, Rq(s)),
        }
        self.locked_rcx(Locked::Cmpxchg, bytes, addr);
        asm!(self.ops; jne <retry);
        self.zero_extend_from(bytes, dst, RAX);
    }

    fn atomic_cmpxchg(
        &mut self,
        access: AtomicAccess,
        dst: Reg,
        addr: Reg,
        expected: Reg,
        replacement: Reg,
        _tmp: Reg,
    ) {
        asm!(self.ops
            ; mov rax, Rq(expected.hw)
            ; mov rcx, Rq(replacement.hw)
        );
        self.locked_rcx(Locked::Cmpxchg, access.bytes, addr);
        self.zero_extend_from(access.bytes, dst, RAX);
    }

    fn atomic_fence(&mut self) {
        asm!(self.ops; mfence);
    }

    fn store_store_fence(&mut self) {}
}
