//! Codegen helpers for numeric operators: arithmetic, comparisons, conversions, select,
//! locals and globals. Each pops its operands from the value stack (constants and memory
//! operands fold straight into the instruction where the ISA allows) and pushes a result.

use super::context::CodeGen;
use super::control_stack::Condition;
use super::value_stack::Loc;
use super::Ty;
use onepass_arch::*;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Move an operand into a register the caller owns (and may change).
    #[inline]
    pub(crate) fn into_reg(&mut self, ty: Ty, op: Operand) -> Reg {
        if let Operand::Reg(r) = op {
            let keeps_local = if self.is_holding_home(r) {
                !self.next_op_sets(self.regs.home_local(r))
            } else {
                self.holds_local_read_soon(r)
            };
            if keeps_local {
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
        let commutative = op != IntBinOp::Sub;
        let rhs = self.pop_operand();
        let (dst, rhs) = if commutative && self.top_is_const(0) && !matches!(rhs, Operand::Imm(_)) {
            let lhs = self.pop_operand();
            (self.into_reg(ty, rhs), lhs)
        } else {
            (self.pop_reg(), rhs)
        };
        self.masm.int_binop(op, ty.size(), dst, rhs);
        self.free_operand(rhs);
        self.push_reg(ty, dst);
    }

    pub(crate) fn int_shift(&mut self, op: ShiftKind) {
        let ty = self.peek_ty(0);
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
        if let (Cmp::Int(c), true, false) = (cmp, self.top_is_const(0), matches!(rhs, Operand::Imm(_))) {
            let lhs = self.pop_operand();
            let reg = match rhs {
                Operand::Reg(r) => r,
                _ => self.into_reg(ty, rhs),
            };
            return Condition::Compare(Cmp::Int(c.swap()), ty.size(), reg, lhs);
        }
        let lhs = self.pop_reg_to_read();
        Condition::Compare(cmp, ty.size(), lhs, rhs)
    }

    /// `eqz`: compare with zero.
    pub(crate) fn eqz_condition(&mut self) -> Condition {
        let ty = self.peek_ty(0);
        let reg = self.pop_reg_to_read();
        Condition::Compare(Cmp::Int(IntCmp::Eq), ty.size(), reg, Operand::Imm(Imm::I64(0)))
    }

    /// Materialize a condition as an i32 0/1.
    pub(crate) fn set_condition(&mut self, cond: Condition) {
        let Condition::Compare(cmp, size, lhs, rhs) = cond else { unreachable!() };
        // The condition's registers were popped to be read: the result goes to `lhs` only
        // when that is no loop home.
        let reused = match cmp {
            Cmp::Int(_) => self.reuse_to_change(lhs),
            Cmp::Float(_) => None,
        };
        let dst = reused.unwrap_or_else(|| self.alloc(RegClass::Int));
        self.masm.cmp_set(cmp, size, dst, lhs, rhs);
        if dst != lhs {
            self.free_operand(Operand::Reg(lhs));
        }
        self.free_operand(rhs);
        self.push_reg(Ty::I32, dst);
    }

    pub(crate) fn float_binop(&mut self, op: FloatBinOp) {
        let ty = self.peek_ty(0);
        let rhs = self.pop_reg();
        let dst = self.pop_reg();
        self.masm.float_binop(op, ty.size(), dst, rhs);
        self.free_operand(Operand::Reg(rhs));
        self.push_reg(ty, dst);
    }

    pub(crate) fn float_unop(&mut self, op: FloatUnOp) {
        let ty = self.peek_ty(0);
        let dst = self.pop_reg();
        self.masm.float_unop(op, ty.size(), dst);
        self.push_reg(ty, dst);
    }

    /// Integer to float.
    pub(crate) fn convert_to_float(&mut self, to: Ty, signed: bool) {
        let from = self.peek_ty(0);
        let src = self.pop_reg();
        let dst = self.alloc(RegClass::Float);
        self.masm.int_to_float(dst, to.size(), src, from.size(), signed);
        self.free_operand(Operand::Reg(src));
        self.push_reg(to, dst);
    }

    /// Float to integer (trapping or saturating).
    pub(crate) fn convert_to_int(&mut self, to: Ty, signed: bool, saturating: bool) {
        let from = self.peek_ty(0);
        let src = self.pop_reg();
        let dst = self.alloc(RegClass::Int);
        self.masm.float_to_int(dst, to.size(), src, from.size(), signed, saturating);
        self.free_operand(Operand::Reg(src));
        self.push_reg(to, dst);
    }

    /// f32.demote_f64 / f64.promote_f32.
    pub(crate) fn float_convert(&mut self, to: Ty) {
        let src = self.pop_reg();
        self.masm.float_convert(src, to.size(), src);
        self.push_reg(to, src);
    }

    /// Reinterpret bits between int and float.
    pub(crate) fn reinterpret(&mut self, to: Ty) {
        let src = self.pop_reg();
        let dst = self.alloc(to.class());
        self.masm.reinterpret(to.size(), dst, src);
        self.free_operand(Operand::Reg(src));
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
        let dst = self.pop_reg();
        self.masm.extend(ExtendKind::Unsigned32, dst);
        self.push_reg(to, dst);
    }

    /// `select`: `cond ? a : b`.
    pub(crate) fn select(&mut self, cond: Option<Condition>) {
        let cond = match cond {
            Some(c) => c,
            None => Condition::NonZero(self.pop_operand()),
        };
        let ty = self.peek_ty(0);
        let alt = self.pop_operand();
        let dst = self.pop_reg();
        match cond {
            Condition::NonZero(Operand::Imm(imm)) => {
                if imm.bits() == 0 {
                    self.masm.mov(ty.size(), dst, alt);
                }
            }
            Condition::NonZero(c) => {
                self.masm.select(ty.size(), dst, alt, c);
                self.free_operand(c);
            }
            compare => {
                let skip = self.masm.new_label();
                self.branch_on(compare, skip, true);
                self.masm.mov(ty.size(), dst, alt);
                // Both paths reach `skip` knowing the same of registers (`dst` holds no local).
                self.masm.bind(skip);
            }
        }
        self.free_operand(alt);
        self.push_reg(ty, dst);
    }

    /// `local.get`: the register still holding the local's value when there is one (taken
    /// if free, else copied), otherwise a lazy read of the frame.
    pub(crate) fn local_get(&mut self, index: u32) {
        let ty = self.frame.local_type(index);
        let Some(held) = self.local_in_reg(index, ty.class()) else {
            match self.home_of(index) {
                // Reload a loop home that lost its local (after a call, say).
                Some(home) if self.regs.take_if_free(home) => {
                    self.masm.mov(ty.size(), home, Operand::Mem(self.frame.local(index)));
                    self.remember_local_in(index, home);
                    self.push_reg(ty, home);
                }
                _ => self.push(super::value_stack::Entry { ty, loc: Loc::Local(index) }),
            }
            return;
        };
        if self.regs.take_if_free(held) {
            self.push_reg(ty, held);
        } else {
            let copy = self.alloc_avoiding(ty.class(), RegSet::from_regs(&[held]));
            self.masm.mov(ty.size(), copy, Operand::Reg(held));
            self.push_reg(ty, copy);
        }
    }

    pub(crate) fn local_set(&mut self, index: u32, keep: bool) {
        self.materialize_local(index);
        self.forget_local(index);
        let ty = self.frame.local_type(index);
        let addr = self.frame.local(index);
        let op = if keep {
            let entry = self.stack.top();
            self.operand_at(self.stack.len() - 1, entry)
        } else {
            self.pop_operand()
        };
        let home = self.home_of(index);
        // A write-back loop's home alone gets the new value (see `homes::write_back_homes`).
        let write_back = home.is_some_and(|h| self.regs.written_back().contains(h));
        match home {
            // A loop home gets the new value too (from memory: through it).
            Some(home) if op != Operand::Reg(home) && self.regs.is_free(home) => {
                if let Operand::Mem(_) = op {
                    self.masm.mov(ty.size(), home, op);
                    if !write_back {
                        self.masm.store(ty.size(), addr, Operand::Reg(home));
                    }
                } else {
                    if !write_back {
                        self.masm.store(ty.size(), addr, op);
                    }
                    self.masm.mov(ty.size(), home, op);
                }
                self.remember_local_in(index, home);
            }
            // Computed in place in its home (the operator before saw this set coming).
            Some(home) if op == Operand::Reg(home) && write_back => self.remember_local_in(index, home),
            _ => {
                self.masm.store(ty.size(), addr, op);
                match op {
                    // (Another local's loop home keeps that local.)
                    Operand::Reg(r) if !self.is_holding_home(r) => self.remember_local_in(index, r),
                    _ => {}
                }
            }
        }
        if !keep {
            self.free_operand(op);
        }
    }

    pub(crate) fn global_get(&mut self, index: u32) -> Result<(), super::CompileError> {
        let ty = self.global_ty(index)?;
        let cell = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, cell, Operand::Mem(Self::vmctx(self.env.offsets.global(index))));
        let dst = if ty.class() == RegClass::Int { cell } else { self.alloc(ty.class()) };
        self.masm.mov(ty.size(), dst, Operand::Mem(Address::Base(cell, 0)));
        if dst != cell {
            self.free_operand(Operand::Reg(cell));
        }
        self.push_reg(ty, dst);
        Ok(())
    }

    pub(crate) fn global_set(&mut self, index: u32) -> Result<(), super::CompileError> {
        let ty = self.global_ty(index)?;
        let value = self.pop_operand();
        let value = match value {
            Operand::Mem(_) => Operand::Reg(self.into_reg(ty, value)),
            v => v,
        };
        let holds_funcs =
            matches!(self.env.globals[index as usize].content_type, wasmparser::ValType::Ref(r) if r.is_func_ref());
        if holds_funcs && index < self.env.num_imported_globals {
            self.note_ref_store_into_import();
        }
        let cell = self.alloc(RegClass::Int);
        self.masm.mov(OperandSize::S64, cell, Operand::Mem(Self::vmctx(self.env.offsets.global(index))));
        self.masm.store(ty.size(), Address::Base(cell, 0), value);
        self.free_operand(Operand::Reg(cell));
        self.free_operand(value);
        Ok(())
    }

    fn global_ty(&self, index: u32) -> Result<Ty, super::CompileError> {
        Ty::from_wasm(self.env.globals[index as usize].content_type).ok_or_else(|| self.unsupported("global type"))
    }
}
