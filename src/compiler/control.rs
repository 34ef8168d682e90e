//! Structured control flow: blocks, loops, if/else, branches and returns.
//!
//! Merge discipline: at a block boundary the value stack is in *canonical form*: every
//! entry below the block is in its home slot or a constant, and the block's parameters
//! (at entry) or branch values (at its label) sit in the home slots of their depths. Every
//! branch goes through [`CodeGen::emit_branch`], which stores the carried values into the
//! target's slots; because a value never moves to a deeper slot than its own, storing in
//! increasing depth order never overwrites a value still to be moved. The exception is a
//! block, if or try with no parameters and one scalar result: its value travels in a
//! merge register (`Abi::MERGE_REGS`, outside the allocator) and is taken into an
//! allocated register at the label, a register move instead of a store and a reload.
//!
//! Registers at labels: a branch to a loop first restores the loop's homes (registers
//! that keep its busiest locals, see [`super::homes`]); a branch to a forward label
//! narrows the set of homes known to hold there, and the registers that hold a local on
//! every edge to a forward label (an `if`'s else included) hold it there too
//! ([`super::registers::LabelLocals`]). Nothing else is known at a label.

use super::context::CodeGen;
use super::control_stack::{Condition, Control, ControlKind, Tys};
use super::registers::LabelLocals;
use super::value_stack::{Entry, Loc};
use super::{Builtin, CompileError, Ty};
use onepass_arch::{BranchIf, JumpWhen, Label, MacroAssembler, Operand, OperandSize, RegSet, TrapCode};
use wasmparser::BlockType;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Parameter and result types of a block signature (shared, see [`Tys`]).
    pub(crate) fn block_types(&mut self, bt: BlockType) -> Result<(Tys, Tys), CompileError> {
        let conv = |tys: &[wasmparser::ValType], offset: usize| -> Result<Tys, CompileError> {
            tys.iter()
                .map(|&t| Ty::from_wasm(t).ok_or_else(|| CompileError::unsupported("value type", offset)))
                .collect()
        };
        let offset = self.offset;
        let sigs = &mut self.controls.sigs;
        let empty = sigs.empty();
        match bt {
            BlockType::Empty => Ok((empty.clone(), empty)),
            BlockType::Type(t) => {
                let ty = Ty::from_wasm(t).ok_or_else(|| CompileError::unsupported("value type", offset))?;
                if ty == Ty::V128 && !self.frame.has_wide_slots() {
                    // (Only a module whose types mention v128 has wide block signatures.)
                    self.needs_wide_slots = true;
                    return Err(CompileError::unsupported("a v128 block in a function with narrow slots", offset));
                }
                Ok((empty, sigs.single(ty)))
            }
            BlockType::FuncType(i) => {
                if let Some(pair) = sigs.of_type(i) {
                    return Ok(pair);
                }
                let ft = &self.env.types[i as usize];
                let pair = (conv(ft.params(), self.offset)?, conv(ft.results(), self.offset)?);
                self.controls.sigs.record_type(i, pair.clone());
                Ok(pair)
            }
        }
    }

    /// With termination enabled: trap when the instance was closed (a load and a branch).
    pub(crate) fn interrupt_check(&mut self) {
        if self.env.interruptible {
            let closed = self.masm.trap_label(TrapCode::Interrupted);
            let flag = Operand::Mem(onepass_arch::Address::Vmctx(crate::vm::vmctx::header::INTERRUPT));
            self.masm.test_branch(OperandSize::S32, flag, closed, BranchIf::NonZero);
        }
    }

    /// Drop entries above `len`, releasing their registers.
    pub(crate) fn truncate_stack(&mut self, len: usize) {
        while self.stack.len() > len {
            let op = self.pop_operand();
            self.free_operand(op);
        }
    }

    /// After br/return/unreachable: nothing below executes until a reachable label.
    pub(crate) fn set_unreachable(&mut self) {
        let base = self.controls.innermost().map_or(0, |c| c.base);
        self.truncate_stack(base);
        self.reachable = false;
    }

    /// Enter `block`, `loop` or `if` (the condition of an `if` is already popped).
    pub(crate) fn enter_block(&mut self, kind: ControlKind, bt: BlockType) -> Result<(), CompileError> {
        let (params, results) = self.block_types(bt)?;
        let label = self.masm.new_label();
        let base = if self.reachable { self.stack.len() - params.len() } else { self.stack.len() };
        if self.reachable {
            self.spill_for_block(base);
        }
        let mut control = Control::new(kind, label, base, params, results, self.regs.homes().len());
        control.start_reachable = self.reachable;
        self.controls.push(control);
        // The driver reads the loop's body ahead, then opens it (homes, label).
        self.loop_to_open = kind == ControlKind::Loop && self.reachable;
        Ok(())
    }

    /// `if`: spill, then jump to the else label when the condition is false.
    pub(crate) fn enter_if(&mut self, bt: BlockType, cond: Option<Condition>) -> Result<(), CompileError> {
        let else_label = self.masm.new_label();
        self.enter_block(ControlKind::If(else_label), bt)?;
        let index = self.controls.len() - 1;
        let mut homes = self.homes_holding();
        if let Some(cond) = cond {
            if self.edge_needs_homes(index) {
                // The else edge restores the written-back homes first.
                let then_label = self.masm.new_label();
                self.branch_on(cond, then_label, JumpWhen::True);
                self.homes_for_forward_edge(index);
                self.masm.jump(else_label);
                self.masm.bind(then_label);
                homes.0 |= self.written_back_kept(index).0;
            } else {
                self.branch_on(cond, else_label, JumpWhen::False);
            }
        }
        let locals = self.regs.label_locals();
        let frame = self.controls.frame_mut(index);
        frame.else_homes = homes;
        frame.else_locals = locals;
        Ok(())
    }

    /// Emit a conditional jump to `target` when the condition holds or fails, as `when`
    /// says, and free the condition's registers.
    pub(crate) fn branch_on(&mut self, cond: Condition, target: Label, when: JumpWhen) {
        match cond {
            Condition::NonZero(op) => {
                self.masm.test_branch(OperandSize::S32, op, target, when.nonzero());
                self.free_operand(op);
            }
            Condition::Compare(test) => {
                self.masm.cmp_branch(test.cmp, test.size, test.lhs, test.rhs, target, when);
                self.free_operand(Operand::Reg(test.lhs));
                self.free_operand(test.rhs);
            }
        }
    }

    pub(crate) fn visit_else(&mut self) {
        let depth = self.controls.len() - 1;
        let ControlKind::If(else_label) = self.controls.frame(depth).kind else {
            unreachable!("validated: else without if")
        };
        if self.reachable {
            self.emit_branch(0);
        }
        let frame = self.controls.frame_mut(depth);
        frame.kind = ControlKind::Else;
        let (base, params, start_reachable) = (frame.base, frame.params.clone(), frame.start_reachable);
        let (else_homes, else_locals) = (frame.else_homes, frame.else_locals);
        self.truncate_stack(base);
        if start_reachable {
            self.bind_with_homes(else_label, else_homes);
            self.regs.add_label_locals(&else_locals);
        }
        for &ty in params.iter() {
            self.push(Entry::slot(ty));
        }
        self.reachable = start_reachable;
    }

    pub(crate) fn visit_end(&mut self) {
        let depth = self.controls.len() - 1;
        match self.controls.frame(depth).kind {
            ControlKind::TryTable(true) => {
                self.landings.pop();
            }
            // Its clauses' dispatch first; it then ends as a block.
            ControlKind::LegacyTry(_) => return self.legacy_end(),
            _ => {}
        }
        if self.controls.frame(depth).kind == ControlKind::Function {
            if self.reachable {
                self.emit_return();
            }
            self.controls.pop();
            self.reachable = false;
            return;
        }
        let frame = self.controls.frame(depth);
        // The false path of an else-less `if` reaches the end with its parameters as results.
        let else_merges = matches!(frame.kind, ControlKind::If(_)) && frame.start_reachable;
        let merges = (frame.label_used && frame.kind != ControlKind::Loop) || else_merges;
        if !merges {
            // Only the fallthrough (if anything) reaches the end: the values stay where they are.
            let frame = self.controls.pop();
            if self.reachable && frame.kind == ControlKind::Loop {
                // Leaving a write-back loop: its homes' values stay unstored.
                self.close_homes_unstored(frame.homes_start);
            } else {
                self.close_homes(frame.homes_start);
            }
            if !self.reachable {
                self.truncate_stack(frame.base);
            }
            return;
        }
        let mut homes = frame.label_homes;
        let (mut locals, mut any_edge) = (frame.label_locals, frame.label_used);
        if else_merges {
            homes.0 &= frame.else_homes.0;
            locals.meet(&frame.else_locals, !any_edge);
            any_edge = true;
        }
        if self.reachable {
            self.store_branch_values(depth);
            self.homes_for_forward_edge(depth);
            homes.0 &= self.homes_holding().0 | self.written_back_kept(depth).0;
            locals.meet(&self.regs.label_locals(), !any_edge);
        }
        let frame = self.controls.pop();
        if let ControlKind::If(else_label) = frame.kind {
            self.masm.bind(else_label);
        }
        if frame.label_used {
            self.masm.bind(frame.label);
        }
        // (A frame that merges is no loop: no homes to close.)
        self.join_with_homes(homes);
        self.regs.add_label_locals(&locals);
        self.truncate_stack(frame.base);
        match frame.merge_class() {
            Some(class) => {
                let ty = frame.results[0];
                let reg = self.alloc(class);
                self.masm.mov(ty.size(), reg, Operand::Reg(Self::merge_reg(class)));
                self.push_reg(ty, reg);
            }
            None => {
                for &ty in frame.results.iter() {
                    self.push(Entry::slot(ty));
                }
            }
        }
        self.reachable = true;
    }

    /// Store the values carried to control frame `target` (an index into `controls`)
    /// into its canonical slots. Does not change the compile-time stack.
    fn store_branch_values(&mut self, target: usize) {
        let frame = self.controls.frame(target);
        if let Some(class) = frame.merge_class() {
            let depth = self.stack.len() - 1;
            let entry = self.stack.at(depth);
            let op = self.operand_at(depth, entry);
            self.masm.mov(entry.ty.size(), Self::merge_reg(class), op);
            return;
        }
        let n = frame.branch_types().len();
        let base = frame.base;
        let top = self.stack.len();
        for i in 0..n {
            let (src, dst) = (top - n + i, base + i);
            let entry = self.stack.at(src);
            if entry.loc == Loc::Slot && src == dst {
                continue;
            }
            let op = self.operand_at(src, entry);
            self.masm.store(entry.ty.size(), self.frame.slot(dst), op);
        }
    }

    /// The register a branch carries a block's one value of class `class` in (see
    /// [`Control::merge_class`]).
    fn merge_reg(class: onepass_arch::RegClass) -> onepass_arch::Reg {
        <M::Abi as onepass_arch::Abi>::MERGE_REGS[class as usize]
    }

    /// Whether a branch to `target` needs no data movement (nor home restoring).
    fn branch_is_plain(&self, target: usize) -> bool {
        let frame = self.controls.frame(target);
        if frame.kind == ControlKind::Function {
            return false;
        }
        if frame.kind == ControlKind::Loop {
            // (An edge to a loop stores the written-back homes of the loops it leaves.)
            let leaves_written_back = self.regs.homes()[frame.homes_end as usize..]
                .iter()
                .any(|&(_, reg)| self.regs.written_back().contains(reg));
            if leaves_written_back || !(self.homes_hold(frame.homes_end) || self.loop_edge_moves_nothing(target)) {
                return false;
            }
        } else if self.edge_needs_homes(target) {
            return false;
        }
        if frame.merge_class().is_some() {
            return false;
        }
        let n = frame.branch_types().len();
        let top = self.stack.len();
        (0..n).all(|i| top - n + i == frame.base + i && self.stack.at(top - n + i).loc == Loc::Slot)
    }

    /// Note a branch to `target` about to be emitted: its label is used, and (for a
    /// forward label) only the homes holding now may hold there.
    fn note_branch(&mut self, target: usize) {
        let holding = if self.controls.frame(target).kind == ControlKind::Loop {
            RegSet(u64::MAX)
        } else {
            // (Written-back homes hold on every edge: `homes_for_forward_edge`.)
            RegSet(self.homes_holding().0 | self.written_back_kept(target).0)
        };
        let is_loop = self.controls.frame(target).kind == ControlKind::Loop;
        let edge = if is_loop { LabelLocals::default() } else { self.regs.label_locals() };
        let frame = self.controls.frame_mut(target);
        frame.label_locals.meet(&edge, !frame.label_used);
        frame.label_used = true;
        frame.label_homes.0 &= holding.0;
    }

    /// Branch to the frame `relative_depth` levels out: move the carried values and jump
    /// (or return, for the function frame). Leaves the compile-time stack unchanged.
    pub(crate) fn emit_branch(&mut self, relative_depth: u32) {
        let target = self.controls.target(relative_depth);
        if self.controls.frame(target).kind == ControlKind::Function {
            self.emit_return();
            return;
        }
        self.store_branch_values(target);
        if self.controls.frame(target).kind == ControlKind::Loop {
            let kept = self.controls.frame(target).homes_end;
            self.write_back_homes(kept as usize);
            self.restore_homes_for_loop(target);
        } else {
            self.homes_for_forward_edge(target);
        }
        self.note_branch(target);
        let label = self.controls.frame(target).label;
        self.masm.jump(label);
    }

    pub(crate) fn visit_br(&mut self, relative_depth: u32) {
        self.emit_branch(relative_depth);
        // Locals a branch back to a loop left unstored (the loop sets them first) are dead:
        // nothing follows the jump.
        self.regs.mark_all_clean();
        self.set_unreachable();
    }

    pub(crate) fn visit_br_if(&mut self, relative_depth: u32, cond: Condition) {
        let target = self.controls.target(relative_depth);
        if self.branch_is_plain(target) {
            self.note_branch(target);
            let label = self.controls.frame(target).label;
            self.branch_on(cond, label, JumpWhen::True);
        } else {
            let skip = self.masm.new_label();
            self.branch_on(cond, skip, JumpWhen::False);
            self.emit_branch(relative_depth);
            // Only the conditional jump reaches `skip`, and the branch code in between
            // changes nothing the compiler knows of registers.
            self.masm.bind(skip);
        }
    }

    /// `br_on_null`: branch with the values under the reference when it is null; else go
    /// on with the reference (now known non-null) on top.
    pub(crate) fn visit_br_on_null(&mut self, relative_depth: u32) {
        let r = self.pop_reg();
        // The reference is owned here, off the stack: the branch code leaves it alone.
        self.branch_on_ref(relative_depth, r, BranchIf::Zero);
        self.push_reg(Ty::Ref, r);
    }

    /// `br_on_non_null`: branch with the reference (and the values under it) when it is
    /// not null; else drop it and go on.
    pub(crate) fn visit_br_on_non_null(&mut self, relative_depth: u32) {
        let r = self.pop_reg();
        self.push_reg(Ty::Ref, r);
        self.branch_on_ref(relative_depth, r, BranchIf::NonZero);
        self.truncate_stack(self.stack.len() - 1);
    }

    /// Branch to `relative_depth`, with the stack as it stands, when the reference in `r`
    /// is null (`when` is `Zero`) or not (`NonZero`); `r` stays as it is.
    pub(crate) fn branch_on_ref(&mut self, relative_depth: u32, r: onepass_arch::Reg, when: BranchIf) {
        let target = self.controls.target(relative_depth);
        if self.branch_is_plain(target) {
            self.note_branch(target);
            let label = self.controls.frame(target).label;
            self.masm.test_branch(OperandSize::S64, Operand::Reg(r), label, when);
        } else {
            let skip = self.masm.new_label();
            let otherwise = match when {
                BranchIf::Zero => BranchIf::NonZero,
                BranchIf::NonZero => BranchIf::Zero,
            };
            self.masm.test_branch(OperandSize::S64, Operand::Reg(r), skip, otherwise);
            self.emit_branch(relative_depth);
            self.masm.bind(skip);
        }
    }

    pub(crate) fn visit_br_table(&mut self, targets: &wasmparser::BrTable<'_>) -> Result<(), CompileError> {
        // The dispatch only reads the index: a loop home or a local's register as it is.
        let index = self.pop_reg_to_read();
        // Each distinct depth is resolved once (a table may have millions of entries over
        // thousands of depths): a plain target's own label, or an edge (value moves, then
        // a jump) emitted after the table. `label_of_depth` is scratch kept across tables,
        // all `None` between them.
        let mut edges: Vec<(Label, u32)> = Vec::new();
        let mut label_of_depth = self.controls.take_label_scratch();
        let mut label_for = |cg: &mut Self, depth: u32| -> Label {
            *label_of_depth[depth as usize].get_or_insert_with(|| {
                let target = cg.controls.target(depth);
                if cg.branch_is_plain(target) {
                    cg.note_branch(target);
                    return cg.controls.frame(target).label;
                }
                let l = cg.masm.new_label();
                edges.push((l, depth));
                l
            })
        };
        let default = targets.default();
        let labels = targets.targets().map(|d| Ok(label_for(self, d?))).collect::<Result<Vec<Label>, CompileError>>();
        let default_label = label_for(self, default);
        label_of_depth.iter_mut().for_each(|l| *l = None);
        self.controls.put_label_scratch(label_of_depth);
        self.masm.jump_table(index, &labels?, default_label);
        self.free_operand(Operand::Reg(index));
        // Each edge is reached only from the table, in the state the table left.
        for (label, depth) in edges {
            self.masm.bind(label);
            self.emit_branch(depth);
        }
        self.set_unreachable();
        Ok(())
    }

    /// Move the results into the return registers (one result) or the caller's argument
    /// area (several results) and leave the function.
    pub(crate) fn emit_return(&mut self) {
        let n = self.results.len();
        if self.listened.is_some() {
            return self.emit_listened_return(n);
        }
        if n > 1 || self.frame.has_wide_args() {
            self.store_results_to_caller(n);
        } else if n == 1 {
            let entry = self.stack.top();
            let reg = Self::return_reg(entry.ty.class());
            let op = self.operand_at(self.stack.len() - 1, entry);
            self.masm.mov(entry.ty.size(), reg, op);
        }
        self.masm.epilogue();
    }

    /// The return of a listened function: every result goes to the incoming-argument
    /// area (the caller sized it for them whatever their number), where the listener
    /// reads them; a single result of a narrow signature then comes back into its return
    /// register. Registers are free for the builtin call: nothing runs after it but this.
    fn emit_listened_return(&mut self, n: usize) {
        self.store_results_to_caller(n);
        self.call_listener(Builtin::ListenerExit);
        if n == 1 && !self.frame.has_wide_args() {
            let ty = self.results[0];
            self.masm.mov(ty.size(), Self::return_reg(ty.class()), Operand::Mem(self.frame.incoming(0)));
        }
        self.masm.epilogue();
    }

    /// Several results (or any of a signature with a `v128`) go to the incoming-argument
    /// area, `Frame(ARGS_OFFSET + A*i)` (see `frame`), which
    /// the caller sized for them. Parameters live there too, so results read from parameters
    /// are first copied to their entries' home slots (free memory, since those entries are
    /// not `Slot`s); the compile-time stack is left unchanged (a `br_if` falls through).
    fn store_results_to_caller(&mut self, n: usize) {
        let top = self.stack.len();
        let is_param = |e: &Entry, num_params: u32| matches!(e.loc, Loc::Local(j) if j < num_params);
        for d in top - n..top {
            let entry = self.stack.at(d);
            if is_param(&entry, self.frame.num_params()) {
                let op = self.operand_at(d, entry);
                self.masm.store(entry.ty.size(), self.frame.slot(d), op);
            }
        }
        for (i, d) in (top - n..top).enumerate() {
            let entry = self.stack.at(d);
            let op = if is_param(&entry, self.frame.num_params()) {
                Operand::Mem(self.frame.slot(d))
            } else {
                self.operand_at(d, entry)
            };
            let dst = self.frame.incoming(i);
            self.masm.store(entry.ty.size(), dst, op);
        }
    }

    pub(crate) fn visit_return(&mut self) {
        self.emit_return();
        self.set_unreachable();
    }
}
