//! aarch64 lowering of the atomic operations: load-acquire and store-release for loads and
//! stores; read-modify-writes and compare-exchange as one LSE instruction with acquire and
//! release semantics (`ldaddal`, `ldclral`, `ldsetal`, `ldeoral`, `swpal`, `casal`) when
//! the CPU has ARMv8.1's LSE ([`CpuFeatures::AARCH64_LSE`], chosen once per process), else
//! as loops of an exclusive load-acquire and store-release (ARMv8.0, every aarch64 CPU): the
//! mappings that make them sequentially consistent. Scratch registers: x16 holds the
//! address, w17 the exclusive store's status.

use super::*;

impl Aarch64Masm {
    /// x16 = heap base + `addr`.
    fn atomic_address(&mut self, addr: Reg) {
        asm!(self.ops; add X(S1), X(HEAP), X(addr.hw));
    }

    /// `dst = [x16]` exclusively, with acquire, zero-extended.
    fn load_exclusive(&mut self, bytes: u8, dst: u8) {
        match bytes {
            1 => asm!(self.ops; ldaxrb W(dst), [X(S1)]),
            2 => asm!(self.ops; ldaxrh W(dst), [X(S1)]),
            4 => asm!(self.ops; ldaxr W(dst), [X(S1)]),
            _ => asm!(self.ops; ldaxr X(dst), [X(S1)]),
        }
    }

    /// Whether the LSE instructions may be used.
    fn has_lse(&self) -> bool {
        self.core.features().contains(CpuFeatures::AARCH64_LSE)
    }

    /// `dst = [x16]`, `[x16] = dst op operand` in one LSE instruction (acquire and
    /// release), at the access's width; `operand` is what the instruction takes (the
    /// complement for `and`, the negation for `sub`).
    fn lse_rmw(&mut self, op: AtomicRmwOp, bytes: u8, dst: u8, operand: u8) {
        macro_rules! widths {
            ($b:ident, $h:ident, $w:ident) => {
                match bytes {
                    1 => asm!(self.ops; $b W(operand), W(dst), [X(S1)]),
                    2 => asm!(self.ops; $h W(operand), W(dst), [X(S1)]),
                    4 => asm!(self.ops; $w W(operand), W(dst), [X(S1)]),
                    _ => asm!(self.ops; $w X(operand), X(dst), [X(S1)]),
                }
            };
        }
        match op {
            AtomicRmwOp::Add | AtomicRmwOp::Sub => widths!(ldaddalb, ldaddalh, ldaddal),
            AtomicRmwOp::And => widths!(ldclralb, ldclralh, ldclral),
            AtomicRmwOp::Or => widths!(ldsetalb, ldsetalh, ldsetal),
            AtomicRmwOp::Xor => widths!(ldeoralb, ldeoralh, ldeoral),
            AtomicRmwOp::Xchg => widths!(swpalb, swpalh, swpal),
        }
    }

    /// `[x16] = src` if still exclusive, with release; w17 = 0 on success.
    fn store_exclusive(&mut self, bytes: u8, src: u8) {
        match bytes {
            1 => asm!(self.ops; stlxrb W(S2), W(src), [X(S1)]),
            2 => asm!(self.ops; stlxrh W(S2), W(src), [X(S1)]),
            4 => asm!(self.ops; stlxr W(S2), W(src), [X(S1)]),
            _ => asm!(self.ops; stlxr W(S2), X(src), [X(S1)]),
        }
    }
}

/// The register width an access of `bytes` computes in.
fn width(bytes: u8) -> OperandSize {
    if bytes == 8 {
        OperandSize::S64
    } else {
        OperandSize::S32
    }
}

impl AtomicAssembler for Aarch64Masm {
    fn atomic_load(&mut self, access: AtomicAccess, dst: Reg, addr: Reg) {
        self.atomic_address(addr);
        let d = dst.hw;
        match access.bytes {
            1 => asm!(self.ops; ldarb W(d), [X(S1)]),
            2 => asm!(self.ops; ldarh W(d), [X(S1)]),
            4 => asm!(self.ops; ldar W(d), [X(S1)]),
            _ => asm!(self.ops; ldar X(d), [X(S1)]),
        }
    }

    fn atomic_store(&mut self, access: AtomicAccess, addr: Reg, src: Reg) {
        self.atomic_address(addr);
        let s = src.hw;
        match access.bytes {
            1 => asm!(self.ops; stlrb W(s), [X(S1)]),
            2 => asm!(self.ops; stlrh W(s), [X(S1)]),
            4 => asm!(self.ops; stlr W(s), [X(S1)]),
            _ => asm!(self.ops; stlr X(s), [X(S1)]),
        }
    }

    fn atomic_rmw(
        &mut self,
        op: AtomicRmwOp,
        access: AtomicAccess,
        _result: RmwResult,
        dst: Reg,
        addr: Reg,
        src: Reg,
        tmp: Reg,
    ) {
        let (d, s, t, bytes) = (dst.hw, src.hw, tmp.hw, access.bytes);
        let size = width(bytes);
        self.atomic_address(addr);
        if self.has_lse() {
            let operand = match op {
                AtomicRmwOp::Sub => {
                    rr!(self, neg, size, t, s);
                    t
                }
                AtomicRmwOp::And => {
                    rr!(self, mvn, size, t, s);
                    t
                }
                _ => s,
            };
            self.lse_rmw(op, bytes, d, operand);
            return;
        }
        asm!(self.ops; retry:);
        self.load_exclusive(bytes, d);
        let new = match op {
            AtomicRmwOp::Xchg => s,
            AtomicRmwOp::Add => {
                rrr!(self, add, size, t, d, s);
                t
            }
            AtomicRmwOp::Sub => {
                rrr!(self, sub, size, t, d, s);
                t
            }
            AtomicRmwOp::And => {
                rrr!(self, and, size, t, d, s);
                t
            }
            AtomicRmwOp::Or => {
                rrr!(self, orr, size, t, d, s);
                t
            }
            AtomicRmwOp::Xor => {
                rrr!(self, eor, size, t, d, s);
                t
            }
        };
        self.store_exclusive(bytes, new);
        asm!(self.ops; cbnz W(S2), <retry);
    }

    fn atomic_cmpxchg(&mut self, access: AtomicAccess, dst: Reg, addr: Reg, expected: Reg, replacement: Reg, tmp: Reg) {
        let (d, e, r, t, bytes) = (dst.hw, expected.hw, replacement.hw, tmp.hw, access.bytes);
        // The expected value truncated to the access, as the loaded value is extended.
        let e = match bytes {
            1 => {
                asm!(self.ops; uxtb W(t), W(e));
                t
            }
            2 => {
                asm!(self.ops; uxth W(t), W(e));
                t
            }
            4 => {
                asm!(self.ops; mov W(t), W(e));
                t
            }
            _ => e,
        };
        self.atomic_address(addr);
        if self.has_lse() {
            // casal compares with, and returns the old value in, its first register.
            match bytes {
                1 => asm!(self.ops; mov W(d), W(e) ; casalb W(d), W(r), [X(S1)]),
                2 => asm!(self.ops; mov W(d), W(e) ; casalh W(d), W(r), [X(S1)]),
                4 => asm!(self.ops; mov W(d), W(e) ; casal W(d), W(r), [X(S1)]),
                _ => asm!(self.ops; mov X(d), X(e) ; casal X(d), X(r), [X(S1)]),
            }
            return;
        }
        asm!(self.ops; retry:);
        self.load_exclusive(bytes, d);
        match width(bytes) {
            OperandSize::S64 => asm!(self.ops; cmp X(d), X(e)),
            _ => asm!(self.ops; cmp W(d), W(e)),
        }
        asm!(self.ops; b.ne >done);
        self.store_exclusive(bytes, r);
        asm!(self.ops; cbnz W(S2), <retry ; done:);
    }

    fn atomic_fence(&mut self) {
        asm!(self.ops; dmb ish);
    }

    fn store_store_fence(&mut self) {
        asm!(self.ops; dmb ishst);
    }
}
