//! Codegen helpers for numeric operators: arithmetic, comparisons and conversions. Each pops its operands from the value stack (constants and memory
//! operands fold straight into the instruction where the ISA allows) and pushes a result.

use super::context::CodeGen;
use super::control_stack::Condition;
use super::value_stack::Loc;
use super::Ty;
use onepass_arch::*;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Whether register `r`, just popped, must keep the value it holds: a loop home (unless
    /// the next operator sets its local), a local read again soon, or a register shared
    /// with a lazy read of its local (see [`CodeGen::read_local_in_reg`]). It is then not
    /// to be changed in place.
    pub(crate) fn keeps_local(&self, r: Reg) -> bool {
        // (A shared register is also read by its other owner.)
        self.regs.is_shared(r) || self.keeps_own_local(r)
    }

    /// [`CodeGen::keeps_local`] leaving aside a second owner. A register holding a local
    /// unstored whose value the code ahead may still read keeps it too while another
    /// register is free: a copy costs a move (nothing on aarch64, which computes into any
    /// register), changing it in place a store to the frame (polybench fdtd-2d stored an
    /// address temporary at every iteration, which only the loop's exit could read).
    pub(crate) fn keeps_own_local(&self, r: Reg) -> bool {
        if self.is_holding_home(r) {
            !self.next_op_sets(self.regs.home_local(r))
        } else {
            self.holds_local_read_soon(r) || self.unstored_value_needed(r)
        }
    }

    /// Whether `op` is a loop home holding its local that the next operator sets (a
    /// result computed in it needs no copy there).
    fn is_home_set_next(&self, op: Operand) -> bool {
        matches!(op, Operand::Reg(r) if self.is_holding_home(r) && self.next_op_sets(self.regs.home_local(r)))
    }

    /// Pop the top entry as the source of an operation that writes its result to a register
    /// of its own choosing (a three-address form): `(src, dst)`, where `dst` is `src` when
    /// the caller may change it, else a new register (so a loop home or a local read again
    /// needs no copy first). After emitting, the caller hands both to
    /// [`CodeGen::release_source`].
    #[inline]
    pub(crate) fn pop_reg_for_result(&mut self) -> (Reg, Reg) {
        let entry = self.stack.top();
        if let Loc::Reg(r) = entry.loc {
            self.pop_entry();
            return self.operand_for_result(entry.ty, Operand::Reg(r));
        }
        if let Some(r) = self.pop_local_in_reg(entry) {
            return self.operand_for_result(entry.ty, Operand::Reg(r));
        }
        let r = self.pop_reg();
        (r, r)
    }

    /// [`CodeGen::pop_reg_for_result`] where the source may also be memory (a local or a
    /// home slot, then read straight by the operation into a new register).
    pub(crate) fn pop_source_for_result(&mut self, ty: Ty) -> (Operand, Reg) {
        match self.stack.top().loc {
            Loc::Local(_) | Loc::Slot => {
                // Allocate before popping so a spill cannot pick this entry's slot for reuse.
                let dst = self.alloc(ty.class());
                (self.pop_operand(), dst)
            }
            _ => {
                let (src, dst) = self.pop_reg_for_result();
                (Operand::Reg(src), dst)
            }
        }
    }

    /// Release the source of [`CodeGen::pop_reg_for_result`] once the operation is emitted
    /// (nothing when the result took its register).
    pub(crate) fn release_source(&mut self, src: Reg, dst: Reg) {
        if src != dst {
            self.regs.release(src);
        }
    }

    /// Move an operand into a register the caller owns (and may change).
    #[inline]
    pub(crate) fn into_reg(&mut self, ty: Ty, op: Operand) -> Reg {
        if let Operand::Reg(r) = op {
            if self.keeps_local(r) {
                // A loop home, or a local read again soon, keeps its local: the caller
                // gets a copy.
                let copy = self.alloc_avoiding(ty.class(), RegSet::from_regs(&[r]));
                self.masm.mov(ty.size(), copy, op);
                self.regs.release(r);
                return copy;
            }
            // The caller may change it.
            self.forget_local_in(r);
            return r;
        }
        let r = self.alloc(ty.class());
        self.masm.mov(ty.size(), r, op);
        r
    }

    fn top_is_const(&self, n: usize) -> bool {
        matches!(self.stack.peek(n).loc, Loc::Const(_))
    }

    /// `dst = lhs op rhs` for add/sub/mul/and/or/xor.
    pub(crate) fn int_binop(&mut self, op: IntBinOp) {
        let ty = self.peek_ty(0);
        if let Loc::Const(imm) = self.stack.top().loc {
            if imm.bits() == 0 && matches!(op, IntBinOp::Add | IntBinOp::Sub | IntBinOp::Or | IntBinOp::Xor) {
                // `x op 0` is `x`, wherever it is (LLVM leaves `n + 0` where it turned
                // recursion into a loop with an accumulator starting at 0).
                self.pop_entry();
                return;
            }
        }
        let commutative = op != IntBinOp::Sub;
        let rhs = self.pop_operand();
        // A left operand that keeps its local (a loop home, a local read again soon) goes
        // to a new register in the same instruction where the ISA has a three-operand form.
        let ((src, dst), rhs) = if commutative && self.top_is_const(0) && !matches!(rhs, Operand::Imm(_)) {
            // A constant on the left: the operands trade places.
            let constant = self.pop_operand();
            (self.operand_for_result(ty, rhs), constant)
        } else if commutative && self.is_home_set_next(rhs) {
            // `x = e op x` where `x` has a loop home: the operands trade places, so the
            // result is computed in the home, which the `local.set` then keeps.
            let lhs = self.pop_operand();
            (self.operand_for_result(ty, rhs), lhs)
        } else {
            (self.pop_reg_for_result(), rhs)
        };
        let dst = self.into_home_set_next(src, dst, ty);
        self.masm.int_binop_from(op, ty.size(), dst, src, rhs);
        self.release_source(src, dst);
        self.free_operand(rhs);
        self.push_reg(ty, dst);
    }

    /// [`CodeGen::pop_reg_for_result`] for an operand already popped: `(src, dst)`, `dst`
    /// a new register when `op` is a register that keeps its local, else `src` (`op` moved
    /// into a register the caller may change).
    #[inline(always)]
    fn operand_for_result(&mut self, ty: Ty, op: Operand) -> (Reg, Reg) {
        if let Operand::Reg(r) = op {
            if self.keeps_local(r) {
                return (r, self.result_reg_besides(ty.class(), r));
            }
            self.forget_local_in(r);
            return (r, r);
        }
        let r = self.into_reg(ty, op);
        (r, r)
    }

    /// The register a three-operand result from `src` goes to: `dst` as chosen, except that
    /// a result that would overwrite `src` in place goes to the free home of the local the
    /// next operator sets, if there is one (the `local.set` then copies nothing; x86-64's
    /// `lea`, `imul` and `rorx` and every aarch64 form take no more instructions for it).
    #[inline]
    fn into_home_set_next(&mut self, src: Reg, dst: Reg, ty: Ty) -> Reg {
        if src != dst {
            return dst;
        }
        self.home_for_result(ty.class()).unwrap_or(dst)
    }

    /// A register other than `src` (which keeps its local) for a result computed from it:
    /// the home of the local set next when it is free, else a new one. Out of line, so
    /// that [`CodeGen::operand_for_result`] stays small enough to inline.
    #[inline(never)]
    fn result_reg_besides(&mut self, class: RegClass, src: Reg) -> Reg {
        match self.home_for_result(class) {
            Some(home) => home,
            None => self.alloc_avoiding(class, RegSet::from_regs(&[src])),
        }
    }

    pub(crate) fn int_shift(&mut self, op: ShiftKind) {
        let ty = self.peek_ty(0);
        if let Loc::Const(amount) = self.stack.top().loc {
            // By a constant: into a register of its own when the value must stay (a loop
            // home, a local read again soon) or is in memory, where the ISA has a
            // three-operand form (aarch64; x86-64 rotations with BMI2).
            self.pop_entry();
            let (src, dst) = self.pop_source_for_result(ty);
            let dst = match src {
                Operand::Reg(src) => self.into_home_set_next(src, dst, ty),
                _ => dst,
            };
            self.masm.shift_imm_from(op, ty.size(), dst, src, amount.bits() as u32);
            if let Operand::Reg(src) = src {
                self.release_source(src, dst);
            }
            self.push_reg(ty, dst);
            return;
        }
        let rhs = self.pop_operand();
        let dst = self.pop_reg();
        self.masm.shift(op, ty.size(), dst, rhs);
        self.free_operand(rhs);
        self.push_reg(ty, dst);
    }

    pub(crate) fn int_div(&mut self, op: DivKind) {
        let ty = self.peek_ty(0);
        let rhs = self.pop_reg();
        let dst = self.pop_reg();
        self.masm.int_div(op, ty.size(), dst, rhs);
        self.free_operand(Operand::Reg(rhs));
        self.push_reg(ty, dst);
    }

    pub(crate) fn int_unop(&mut self, op: IntUnOp) {
        let ty = self.peek_ty(0);
        let dst = self.pop_reg();
        self.masm.int_unop(op, ty.size(), dst);
        self.push_reg(ty, dst);
    }

    /// Sign extensions within a type (`i32.extend8_s` ...).
    pub(crate) fn extend(&mut self, kind: ExtendKind, result: Ty) {
        let dst = self.pop_reg();
        self.masm.extend(kind, dst);
        self.push_reg(result, dst);
    }

    /// Pop the operands of a comparison: the left one in a register.
    pub(crate) fn compare_condition(&mut self, cmp: Cmp) -> Condition {
        let ty = self.peek_ty(0);
        let rhs = self.pop_operand();
        if let Cmp::Int(c) = cmp {
            // The operands trade places (the comparison swapped) when the left one is a
            // constant and the right one is not, or a local still in the frame and the
            // right one a register: the left one is then read as the instruction's
            // immediate or memory operand (x86-64 `cmp r, [m]`) instead of loaded first.
            let trade = match (self.stack.top().loc, rhs) {
                (Loc::Const(_), Operand::Imm(_)) => false,
                (Loc::Const(_), _) | (Loc::Local(_), Operand::Reg(_)) => true,
                _ => false,
            };
            if trade {
                let lhs = self.pop_operand();
                let reg = match rhs {
                    Operand::Reg(r) => r,
                    _ => self.into_reg(ty, rhs),
                };
                return Condition::Compare(Comparison { cmp: Cmp::Int(c.swap()), size: ty.size(), lhs: reg, rhs: lhs });
            }
        }
        let lhs = self.pop_reg_to_read();
        Condition::Compare(Comparison { cmp, size: ty.size(), lhs, rhs })
    }

    /// `eqz`: compare with zero.
    pub(crate) fn eqz_condition(&mut self) -> Condition {
        let ty = self.peek_ty(0);
        let reg = self.pop_reg_to_read();
        Condition::Compare(Comparison {
            cmp: Cmp::Int(IntCmp::Eq),
            size: ty.size(),
            lhs: reg,
            rhs: Operand::Imm(Imm::I64(0)),
        })
    }

    /// Materialize a condition as an i32 0/1.
    pub(crate) fn set_condition(&mut self, cond: Condition) {
        let Condition::Compare(Comparison { cmp, size, lhs, rhs }) = cond else { unreachable!() };
        // Straight into the home of the local set next, if there is one; else the
        // condition's registers were popped to be read, and the result goes to `lhs` only
        // when that is no loop home (nor a local read again soon).
        let reusable = matches!(cmp, Cmp::Int(_) | Cmp::Bits(_)).then_some(lhs);
        let dst = self.result_reg_reusing(RegClass::Int, reusable);
        self.masm.cmp_set(cmp, size, dst, lhs, rhs);
        if dst != lhs {
            self.free_operand(Operand::Reg(lhs));
        }
        self.free_operand(rhs);
        self.push_reg(Ty::I32, dst);
    }

    /// `dst = lhs op rhs` on floats, in one instruction where the ISA has a three-operand
    /// form: a left operand that keeps its local (a loop home, a local read again soon)
    /// needs no copy first, and the right one of an arithmetic operation is read where it
    /// is (a frame slot, a constant) or taken as it is from a register that keeps its local.
    pub(crate) fn float_binop(&mut self, op: FloatBinOp) {
        let ty = self.peek_ty(0);
        let arithmetic = matches!(op, FloatBinOp::Add | FloatBinOp::Sub | FloatBinOp::Mul | FloatBinOp::Div);
        let rhs = match self.stack.top().loc {
            Loc::Local(_) | Loc::Slot | Loc::Const(_) if arithmetic => self.pop_operand(),
            _ => Operand::Reg(self.pop_reg_to_read()),
        };
        let (src, dst) = self.pop_reg_for_result();
        let dst = self.into_home_set_next(src, dst, ty);
        self.masm.float_binop_from(op, ty.size(), dst, src, rhs);
        self.release_source(src, dst);
        self.free_operand(rhs);
        self.push_reg(ty, dst);
    }

    pub(crate) fn float_unop(&mut self, op: FloatUnOp) {
        let ty = self.peek_ty(0);
        let dst = self.pop_reg();
        self.masm.float_unop(op, ty.size(), dst);
        self.push_reg(ty, dst);
    }

    /// Integer to float.
    pub(crate) fn convert_to_float(&mut self, to: Ty, from: Signedness) {
        let from_ty = self.peek_ty(0);
        let src = self.pop_reg();
        let dst = self.alloc(RegClass::Float);
        self.masm.int_to_float(dst, to.size(), src, from_ty.size(), from);
        self.free_operand(Operand::Reg(src));
        self.push_reg(to, dst);
    }

    /// Float to integer (trapping or saturating).
    pub(crate) fn convert_to_int(&mut self, to: Ty, signedness: Signedness, overflow: OnOverflow) {
        let from = self.peek_ty(0);
        let src = self.pop_reg();
        let dst = self.alloc(RegClass::Int);
        self.masm.float_to_int(dst, to.size(), src, from.size(), signedness, overflow);
        self.free_operand(Operand::Reg(src));
        self.push_reg(to, dst);
    }

    /// f32.demote_f64 / f64.promote_f32.
    pub(crate) fn float_convert(&mut self, to: Ty) {
        let src = self.pop_reg();
        self.masm.float_convert(src, to.size(), src);
        self.push_reg(to, src);
    }

    /// Reinterpret bits between int and float: one move into a register of the other
    /// class, from wherever the value is (a register, read but kept; memory, loaded
    /// straight into the new class; a constant, whose bits are the same).
    pub(crate) fn reinterpret(&mut self, to: Ty) {
        // Allocated before popping a value in memory, so a spill cannot pick its slot.
        let early = matches!(self.stack.top().loc, Loc::Local(_) | Loc::Slot).then(|| self.alloc_result(to.class()));
        let src = self.pop_operand();
        let dst = early.unwrap_or_else(|| self.alloc_result(to.class()));
        self.masm.mov(to.size(), dst, src);
        self.free_operand(src);
        self.push_reg(to, dst);
    }

    /// `i32.wrap_i64` / `i64.extend_i32_u`: keep the low half, zero-extended.
    pub(crate) fn zero_extend(&mut self, to: Ty) {
        if let Loc::Const(imm) = self.stack.top().loc {
            self.pop_entry();
            let v = imm.bits() as u32;
            let imm = if to == Ty::I32 { Imm::I32(v as i32) } else { Imm::I64(v as i64) };
            self.push_const(to, imm);
            return;
        }
        if to == Ty::I64 {
            // An i32 in a register has its upper half clear already, on both ISAs (every
            // 32-bit operation and load writes it so, and heap addressing relies on it):
            // the register, as it is, is the i64. It may go on holding its local.
            let mut reg = self.pop_reg_to_read();
            if self.regs.is_shared(reg) {
                // The register of a lazy read's local, which another entry owns: the result
                // gets a copy (two entries owning one register would leave the older one
                // unspillable).
                reg = self.into_reg(Ty::I32, Operand::Reg(reg));
            }
            self.push_reg(to, reg);
            return;
        }
        // `i32.wrap_i64`: one 32-bit move, which clears the upper half on both ISAs, from
        // where the value is (a register that keeps its local to a new one; a frame slot
        // read by a 32-bit load of its low half).
        if let Loc::Reg(r) = self.stack.top().loc {
            if !self.keeps_local(r) {
                // The common case, apart: it needs no new register. (Through
                // `pop_source_for_result` it cost esbuild's compile 0.9% more
                // instructions, from changed inlining and a second `keeps_local`.)
                self.pop_entry();
                self.forget_local_in(r);
                self.masm.extend(ExtendKind::Unsigned32, r);
                self.push_reg(to, r);
                return;
            }
        }
        self.wrap_into_new_reg(to);
    }

    /// `i32.wrap_i64` of a value that stays (a register keeping its local) or is in
    /// memory: one 32-bit move into a new register. Out of line: it is the rare case.
    #[inline(never)]
    fn wrap_into_new_reg(&mut self, to: Ty) {
        let (src, dst) = self.pop_source_for_result(Ty::I64);
        self.masm.mov(OperandSize::S32, dst, src);
        if let Operand::Reg(src) = src {
            self.release_source(src, dst);
        }
        self.push_reg(to, dst);
    }
}
