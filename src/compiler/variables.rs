//! Codegen for locals and globals: `local.get` (lazy reads, values still in registers),
//! `local.set`/`local.tee` (with loop homes) and `global.get`/`global.set` (through the
//! vmctx's pointer to the global's cell).

use super::context::CodeGen;
use super::value_stack::Loc;
use super::Ty;
use onepass_arch::*;

/// Whether a local write keeps the value on the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SetKind {
    /// `local.set`: the value is consumed.
    Set,
    /// `local.tee`: the value stays on the stack.
    Tee,
}

/// What an operator does with the locals held unstored (see [`CodeGen::local_set`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnstoredLocals {
    /// Store them: the operator leaves straight-line code, joins another path or calls out.
    Store,
    /// `br`/`br_if` to the frame this many levels out: store them, except, on a branch back
    /// to a loop, those its body sets before reading (see `CodeGen::store_dirty_for_branch`).
    StoreForBranch(u32),
    /// `end`: store them, unless it is the body's last (the function returns).
    StoreUnlessLast,
    /// Drop them: the function returns, its frame is gone.
    Drop,
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// `local.get`: the register still holding the local's value when there is one (taken
    /// if free, else copied), otherwise a lazy read of the frame.
    pub(crate) fn local_get(&mut self, index: u32) {
        let ty = self.frame.local_type(index);
        let Some(held) = self.local_in_reg(index, ty.class()) else {
            match self.home_of(index) {
                // Reload a loop home that lost its local (after a call, say).
                Some(home) if self.regs.take_if_free(home) => {
                    self.masm.mov(ty.size(), home, Operand::Mem(self.frame.local(index)));
                    // (A home never holds a local unstored.)
                    self.regs.remember_local_in(index, home);
                    self.regs.mark_frame_has(home);
                    self.push_reg(ty, home);
                }
                _ => self.push(super::value_stack::Entry { ty, loc: Loc::Local(index) }),
            }
            return;
        };
        if self.regs.take_if_free(held) {
            self.push_reg(ty, held);
        } else if matches!(ty, Ty::I32 | Ty::I64 | Ty::F32 | Ty::F64) {
            // The register is another entry's: a lazy read, which the operator that pops it
            // reads from that register while it still holds the local (shared, see
            // `CodeGen::read_local_in_reg`), copies only if it changes it, and otherwise
            // reads from the frame (a local held unstored, or by a written-back home, is
            // stored before its register lets it go). `local.tee x; local.get x; f64.mul`
            // squares in one instruction.
            self.push(super::value_stack::Entry { ty, loc: Loc::Local(index) });
        } else {
            let copy = self.alloc_avoiding(ty.class(), RegSet::from_regs(&[held]));
            self.masm.mov(ty.size(), copy, Operand::Reg(held));
            self.push_reg(ty, copy);
        }
    }

    /// `local.set`/`local.tee`. A value in a register, for a local with no loop home, is not
    /// stored: the register holds the local *dirty* until something needs the frame to
    /// have it (the register taken for another value or local, a label, a branch, a call:
    /// see `CodeGen::store_dirty_locals`), and a return or a later set of the same local
    /// before then makes the store unnecessary.
    pub(crate) fn local_set(&mut self, index: u32, kind: SetKind) {
        self.materialize_local(index);
        self.discard_local(index);
        let ty = self.frame.local_type(index);
        let addr = self.frame.local(index);
        let op = if kind == SetKind::Tee {
            let entry = self.stack.top();
            self.operand_at(self.stack.len() - 1, entry)
        } else {
            self.pop_operand()
        };
        let home = self.home_of(index);
        // A write-back loop's home alone gets the new value (see `homes::write_back_homes`).
        let write_back = home.is_some_and(|h| self.regs.written_back().contains(h));
        match (home, op) {
            // Held unstored, by a register that is no home (even one not holding its local
            // now, which its loop would restore from the frame).
            (None, Operand::Reg(r)) if self.regs.is_allocatable(r) && !self.regs.home_regs().contains(r) => {
                self.remember_local_in(index, r);
                self.regs.mark_dirty(r);
            }
            // A loop home gets the new value too (from memory: through it).
            (Some(home), _) if op != Operand::Reg(home) && self.regs.is_free(home) => {
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
            (Some(home), _) if op == Operand::Reg(home) && write_back => self.remember_local_in(index, home),
            // A home another entry owns (an older value of the local, still on the stack:
            // `local.tee x; local.get x; load; ...; local.tee x`): the value's register
            // holds the local unstored, as for a local with no home. Whatever makes the
            // frame need it stores it, and a branch to the loop moves it into the home.
            (Some(_), Operand::Reg(r)) if self.regs.is_allocatable(r) && !self.regs.home_regs().contains(r) => {
                self.remember_local_in(index, r);
                self.regs.mark_dirty(r);
            }
            _ => {
                self.masm.store(ty.size(), addr, op);
                match op {
                    // (Another local's loop home keeps that local.)
                    Operand::Reg(r) if !self.is_holding_home(r) => self.remember_local_in(index, r),
                    _ => {}
                }
            }
        }
        if kind == SetKind::Set {
            self.free_operand(op);
        }
    }

    /// Settle the locals held unstored before an operator, as `before` says (see
    /// [`UnstoredLocals`]); `offset` is the operator's.
    #[inline(never)]
    pub(crate) fn settle_dirty_locals(&mut self, before: UnstoredLocals, offset: usize) {
        let last = offset + 1 == self.code_end();
        match before {
            UnstoredLocals::Drop => self.discard_dirty_locals(),
            UnstoredLocals::StoreUnlessLast if last => self.discard_dirty_locals(),
            UnstoredLocals::Store | UnstoredLocals::StoreUnlessLast => self.store_dirty_locals(),
            UnstoredLocals::StoreForBranch(relative_depth) => self.store_dirty_for_branch(relative_depth),
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
        let holds_funcs = matches!(self.env.globals[index as usize].content_type, wasmparser::ValType::Ref(r) if crate::reftype::refers_to_functions(r, self.env.aggregate_types));
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
