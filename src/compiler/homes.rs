//! Loop homes: registers that keep a loop's busiest locals across its back-edges.
//!
//! A single pass cannot see a loop's body before compiling its header, so when a reachable
//! `loop` opens the driver first reads ahead (at most [`super::lookahead::LOOP_SCAN_BYTES`] of the body) and
//! counts each local's accesses, those in nested loops weighing more. The busiest integer
//! and float locals each get a *home* register, leaving [`FREE_OF_HOMES`] registers of each
//! class for the loop's operations (across all open loops).
//!
//! In a loop that calls nothing, or that was read to its end, the homes of the locals the
//! part read sets are *written back*: a `local.set` only updates the home, and the frame
//! is brought up to date on the edges that leave the loop and before any call, throw or
//! runtime call (`forget_locals_in_regs`; see [`CodeGen::write_back_homes`]). Before a call
//! to a function, that is only for the locals the code after the call may read
//! (`CodeGen::forget_locals_at_call`); at the loop's fallthrough end its written-back homes
//! become locals held unstored. The other homes are written through: a `local.set` also
//! stores to the frame, so their frame slots always have their values (for a local the part
//! read never sets, that costs nothing). A longer loop that calls keeps writing through:
//! every edge and join inside a written-back loop restores its homes, which cost esbuild's
//! compile 2.6% more instructions when every loop that calls was written back (0.5% when
//! only those read to their end are). See ARCHITECTURE.md for what this saved.
//!
//! The rules for all homes:
//! - At a loop's label, every home of that loop and of the loops around it holds its local.
//!   A branch to the label first restores the homes that do not: a move from the register
//!   that holds the local, else a load from the frame.
//! - At a forward label (a block's or an if's end, an else), a home holds its local when it
//!   did on every path reaching the label. That set is recorded per control frame as the
//!   branches are emitted: by the time a forward label is bound, all of its branches have
//!   been seen. A written-back home holds at every label inside its loop: an edge to one
//!   restores it if it had stopped holding (its frame slot is current then).
//! - Inside the loop, allocation takes a home register last, an operation that changes a
//!   register gets a copy when the register is its local's home, and a `local.set` of a
//!   homed local also moves the value into the home.

use super::context::CodeGen;
use super::control_stack::ControlKind;
use super::lookahead::{CallsEndStart, ScanEnd, SetFirst};
use super::Ty;
use onepass_arch::{Abi, Label, MacroAssembler, Operand, Reg, RegClass, RegSet};

/// Registers of each class left out of homes for the operations of the loop body, which
/// rarely need more at once (measured on CoreMark: leaving half of x86-64's eight integer
/// registers was no faster).
const FREE_OF_HOMES: usize = 3;

/// How a loop's `local.set` of a homed local reaches the frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum HomeWrites {
    /// Each write goes to the home and the frame slot.
    Through,
    /// The homes of the locals the part read sets are written back.
    WriteBack,
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Whether `reg` is a home holding its local (so it must not be changed).
    #[inline]
    pub(crate) fn is_holding_home(&self, reg: Reg) -> bool {
        self.regs.home_regs().contains(reg) && self.regs.holds(reg, self.regs.home_local(reg))
    }

    /// The homes holding their locals now.
    #[inline]
    pub(crate) fn homes_holding(&self) -> RegSet {
        let mut set = RegSet::default();
        let candidates = RegSet(self.regs.home_regs().0 & self.regs.with_local().0);
        if candidates.0 == 0 {
            return set;
        }
        for reg in candidates.iter() {
            if self.is_holding_home(reg) {
                set.insert(reg);
            }
        }
        set
    }

    /// The home of local `index`, if an open loop gave it one.
    #[inline]
    pub(crate) fn home_of(&self, index: u32) -> Option<Reg> {
        let homes = self.regs.home_regs();
        if homes.0 == 0 {
            return None;
        }
        homes.iter().find(|&r| self.regs.home_local(r) == index)
    }

    /// Whether the first `count` homes all hold their locals (a branch to a loop whose label
    /// needs those homes then needs no fix-up).
    #[inline]
    pub(crate) fn homes_hold(&self, count: u32) -> bool {
        count == 0 || self.regs.homes()[..count as usize].iter().all(|&(local, reg)| self.regs.holds(reg, local))
    }

    /// Emit the moves that make each of the first `count` homes hold its local. What the
    /// compiler knows of registers is left unchanged: the caller jumps away, or binds a
    /// label and then records the homes.
    ///
    /// A home is filled from the register holding its local when no other home still
    /// needs that home's old value, otherwise from the frame (always current), so the
    /// moves never overwrite a value still to be read.
    pub(crate) fn restore_homes(&mut self, count: u32) {
        self.restore_homes_in(count, RegSet(u64::MAX));
    }

    /// [`Self::restore_homes`] for the homes among the first `count` whose registers are
    /// in `mask`.
    pub(crate) fn restore_homes_in(&mut self, count: u32, mask: RegSet) {
        self.restore_homes_unless_set_first(count, mask, 0);
    }

    /// On an edge to loop `target`'s label: [`Self::restore_homes`] for the homes that
    /// hold there, except that a home whose local the loop's body sets before reading it
    /// is not loaded from the frame: it is taken as holding, as when the loop opened (see
    /// [`Self::open_loop`]). polybench floyd-warshall reloaded a dead address at every
    /// iteration.
    pub(crate) fn restore_homes_for_loop(&mut self, target: usize) {
        let count = self.controls.frame(target).homes_end;
        if self.homes_hold(count) {
            return;
        }
        let (unread, _) = self.loop_homes_unread(target);
        self.restore_homes_unless_set_first(count, RegSet(u64::MAX), unread);
    }

    /// Whether an edge to loop `target`'s label moves nothing into its homes (see
    /// [`Self::restore_homes_for_loop`]): a branch there is then a plain jump.
    pub(crate) fn loop_edge_moves_nothing(&self, target: usize) -> bool {
        let (unread, to_fill) = self.loop_homes_unread(target);
        unread == to_fill
    }

    /// For an edge to loop `target`: the homes (bits by index among the homes) that
    /// [`Self::restore_homes_for_loop`] leaves as they are although they do not hold (the
    /// body sets their locals before reading them), and all those that do not hold.
    fn loop_homes_unread(&self, target: usize) -> (u64, u64) {
        let count = self.controls.frame(target).homes_end as usize;
        let set_first = self.set_first_of_loop(target);
        // (Homes are registers of one register set: at most 64.)
        let (mut unread, mut to_fill) = (0u64, 0u64);
        for (i, &(local, reg)) in self.regs.homes()[..count].iter().enumerate() {
            if !self.regs.holds(reg, local) {
                to_fill |= 1 << i;
                if set_first.contains(local) {
                    unread |= 1 << i;
                }
            }
        }
        (unread, to_fill)
    }

    /// Which of `locals` (bit `i` for `locals[i]`, at most 64) loop `target`'s body sets
    /// before it reads them (see [`Self::set_first_of_loop`]).
    pub(crate) fn set_first_at_loop(&self, target: usize, locals: &[u32]) -> u64 {
        self.set_first_of_loop(target).of(locals)
    }

    /// The locals loop `target`'s body sets before it reads them (see
    /// [`super::lookahead::locals_set_first`], read once per loop); none for a loop whose
    /// body start is not known.
    pub(crate) fn set_first_of_loop(&self, target: usize) -> SetFirst {
        let Some(start) = self.controls.loop_start(target) else { return SetFirst::default() };
        start.set_first.get().unwrap_or_else(|| {
            let calls_end = if start.handlers_around { CallsEndStart::Yes } else { CallsEndStart::No };
            let set = super::lookahead::locals_set_first(self.code_from(start.body_at), calls_end);
            start.set_first.set(Some(set));
            set
        })
    }

    /// [`Self::restore_homes_in`], leaving out the homes whose bits (by index among the
    /// homes) `unread` sets.
    fn restore_homes_unless_set_first(&mut self, count: u32, mask: RegSet, unread: u64) {
        let count = count as usize;
        let homes = &self.regs.homes()[..count];
        if homes.iter().all(|&(local, reg)| !mask.contains(reg) || self.regs.holds(reg, local)) {
            return;
        }
        let left = |i: usize| unread >> i & 1 != 0;
        let mut sources = RegSet::default();
        for (i, &(local, reg)) in self.regs.homes()[..count].iter().enumerate() {
            match self.regs.local_in_reg(local, reg.class) {
                Some(held) if held != reg && mask.contains(reg) && !left(i) => sources.insert(held),
                _ => {}
            }
        }
        let mut filled = RegSet::default();
        for i in 0..count {
            let (local, reg) = self.regs.homes()[i];
            if !mask.contains(reg) || left(i) {
                continue;
            }
            let size = self.frame.local_type(local).size();
            match self.local_in_reg(local, reg.class) {
                Some(held) if held == reg => continue,
                Some(held) if !sources.contains(reg) => self.masm.mov(size, reg, Operand::Reg(held)),
                _ => continue,
            }
            filled.insert(reg);
        }
        for i in 0..count {
            let (local, reg) = self.regs.homes()[i];
            if mask.contains(reg) && !filled.contains(reg) && !self.regs.holds(reg, local) && !left(i) {
                let size = self.frame.local_type(local).size();
                self.masm.mov(size, reg, Operand::Mem(self.frame.local(local)));
            }
        }
    }

    /// Open the reachable loop just entered (its stack already spilled): choose homes for
    /// the busiest locals of `uses`, fill every home the loop's label needs, bind the
    /// label and check for termination. `body` is the rest of the function from the
    /// loop's first operator: a new home whose local the body sets before it reads it
    /// is not filled (see [`super::lookahead::locals_set_first`]).
    ///
    /// Such a home is taken as holding its local from the label on, although it holds
    /// whatever it held: nothing reads the local, its home or its frame slot before the
    /// body sets it. The start ends at every branch, and, when a handler of this
    /// function is open around the loop, at every call and runtime call, before which
    /// written-back homes are stored (the handler could read the slot); the allocator may
    /// still take the home under pressure and store its stale value to the slot, which
    /// the set then overwrites (or makes the home hold again) before any read.
    ///
    /// The homes of the locals `uses` marks as set are *written back*: a `local.set` of
    /// such a local only moves the value into its home, and the frame is brought up to
    /// date where the home could stop holding the local (see
    /// [`CodeGen::write_back_homes`]).
    pub(crate) fn open_loop(&mut self, uses: &mut [(u32, u32, bool)], writes: HomeWrites, sight: ScanEnd, body: &[u8]) {
        let depth = self.controls.len() - 1;
        debug_assert_eq!(self.controls.frame(depth).kind, ControlKind::Loop);
        let int_regs = <M::Abi as Abi>::INT_REGS;
        let float_regs = <M::Abi as Abi>::FLOAT_REGS;
        let homed = |class| self.regs.homes().iter().filter(|(_, r)| r.class == class).count();
        let cap = |regs: &[Reg], class| regs.len().saturating_sub(FREE_OF_HOMES + homed(class));
        let mut budget = [cap(int_regs, RegClass::Int), cap(float_regs, RegClass::Float)];
        if sight == ScanEnd::Partial {
            // Loops nested past the part read may be hotter: leave them half.
            budget = budget.map(|b| b.div_ceil(2));
        }
        // Busiest first; ties by index, so the choice is deterministic.
        uses.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut taken = self.regs.home_regs();
        // The locals still to place: at most one per register of the budget (no allocation).
        let (mut wanted, mut num_wanted) = ([(0u32, false); 64], 0);
        // The homes of locals the part read sets (the others are never stored: the frame
        // has their values all along).
        let mut set_homes = RegSet::default();
        for &(local, _, set) in uses.iter() {
            // (Read ahead of validation: the index may be out of range.)
            if local >= self.frame.num_locals() {
                continue;
            }
            let class = match self.frame.local_type(local) {
                Ty::I32 | Ty::I64 => RegClass::Int,
                Ty::F32 | Ty::F64 | Ty::V128 => RegClass::Float,
                Ty::Ref => continue,
            };
            if budget[class as usize] == 0 || self.home_of(local).is_some() {
                continue;
            }
            budget[class as usize] -= 1;
            // A register already holding the local becomes its home: no move needed.
            match self.local_in_reg(local, class) {
                Some(held) if !taken.contains(held) && self.regs.is_free(held) => {
                    taken.insert(held);
                    self.regs.add_home(local, held);
                    if set {
                        set_homes.insert(held);
                    }
                }
                _ => {
                    wanted[num_wanted] = (local, set);
                    num_wanted += 1;
                }
            }
        }
        for &(local, set) in &wanted[..num_wanted] {
            let class = self.frame.local_type(local).class();
            let regs = if class == RegClass::Int { int_regs } else { float_regs };
            // From the end of the allocation order, which the allocator reaches last.
            let free = regs.iter().rev().find(|&&r| !taken.contains(r) && self.regs.is_free(r));
            if let Some(&reg) = free {
                taken.insert(reg);
                self.regs.add_home(local, reg);
                if set {
                    set_homes.insert(reg);
                }
            }
        }
        let count = self.regs.homes().len() as u32;
        let start = self.controls.frame(depth).homes_start as usize;
        // A written-back home is stored before a call; a handler of this function open
        // around the loop could read that slot (without one, a call stores only the homes
        // whose values the code after it reads: see `CodeGen::forget_locals_at_call`).
        // (Any handler open now is around the loop: the start ends at any control operator,
        // so no handler inside the loop is open there.)
        self.controls.set_loop_start(depth, self.code_len() - body.len(), !self.landings.is_empty());
        self.take_homes_set_first(start, depth);
        if writes == HomeWrites::WriteBack {
            self.regs.write_back(set_homes);
        }
        self.controls.frame_mut(depth).homes_end = count;
        self.restore_homes(count);
        let label = self.controls.frame(depth).label;
        self.bind_with_homes(label, self.regs.home_regs());
        self.interrupt_check();
        self.safepoint_poll();
    }

    /// Take the homes from `start` on (a loop's new ones) that do not hold their locals and
    /// whose locals the body of loop `depth` sets before reading as holding them, with no
    /// load.
    fn take_homes_set_first(&mut self, start: usize, depth: usize) {
        let mut locals = [0u32; 64];
        let mut regs = [Reg::int(0); 64];
        let mut n = 0;
        for &(local, reg) in &self.regs.homes()[start..] {
            if n < 64 && !self.regs.holds(reg, local) {
                (locals[n], regs[n]) = (local, reg);
                n += 1;
            }
        }
        if n == 0 {
            return;
        }
        let set = self.set_first_at_loop(depth, &locals[..n]);
        for i in (0..n).filter(|&i| set >> i & 1 != 0) {
            let reg = regs[i];
            self.forget_local(locals[i]);
            self.forget_local_in(reg);
            self.remember_local_in(locals[i], reg);
        }
    }

    /// At a loop's end: the homes it added end with it.
    pub(crate) fn close_homes(&mut self, first: u32) {
        self.regs.close_homes(first as usize);
    }

    /// At the end of a loop reached by falling through: its homes end, and those written
    /// back that hold their locals keep holding them as locals held unstored (see
    /// `CodeGen::local_set`), stored only where the code after the loop needs the frame
    /// to have them, or not at all when it overwrites them first or returns. (One whose
    /// frame slot has its value already keeps holding it as a stored local.)
    pub(crate) fn close_homes_unstored(&mut self, first: u32) {
        let stale = RegSet(self.regs.written_back().0 & !self.regs.frame_has().0);
        let mut unstored = RegSet::default();
        for &(local, reg) in &self.regs.homes()[first as usize..] {
            if stale.contains(reg) && self.regs.holds(reg, local) {
                unstored.insert(reg);
            }
        }
        self.regs.close_homes(first as usize);
        for reg in unstored.iter() {
            self.regs.mark_dirty(reg);
        }
    }

    /// Store the written-back homes among `homes[from..]` that hold their locals into the
    /// frame: on an edge leaving their loops, or before they may stop holding.
    ///
    /// The rules that keep a written-back loop's frame good enough:
    /// - A home that does not hold its local has the local's current value in the frame:
    ///   every way a home stops holding its local other than a new value being set (a
    ///   register taken by the allocator, registers forgotten at calls) stores it first.
    /// - Every edge to a label inside the loop (forward labels too) leaves the loop's
    ///   homes holding (restoring them from the frame if needed), so they still hold
    ///   after any join; every edge leaving the loop stores them.
    pub(crate) fn write_back_homes(&mut self, from: usize) {
        let written_back = self.regs.written_back();
        if written_back.0 == 0 {
            return;
        }
        for i in from..self.regs.homes().len() {
            let (local, reg) = self.regs.homes()[i];
            if written_back.contains(reg) && self.regs.holds(reg, local) && !self.regs.frame_has().contains(reg) {
                let size = self.frame.local_type(local).size();
                self.masm.store(size, self.frame.local(local), Operand::Reg(reg));
            }
        }
    }

    /// Whether `reg` is a written-back home holding its local with a value its frame slot
    /// lacks.
    #[inline(always)]
    pub(crate) fn is_stale_home(&self, reg: Reg) -> bool {
        self.regs.written_back().contains(reg) && self.is_holding_home(reg) && !self.regs.frame_has().contains(reg)
    }

    /// Before `reg` stops holding its local for a reason other than a new value: store it
    /// when it is a written-back home.
    #[inline(always)]
    pub(crate) fn write_back_reg(&mut self, reg: Reg) {
        if self.is_stale_home(reg) {
            let local = self.regs.home_local(reg);
            let size = self.frame.local_type(local).size();
            self.masm.store(size, self.frame.local(local), Operand::Reg(reg));
        }
    }

    /// Whether an edge to control frame `target` (a forward label or a loop) must store or
    /// restore written-back homes: it leaves a written-back loop, or one of the
    /// written-back homes that hold at the target does not hold now.
    pub(crate) fn edge_needs_homes(&self, target: usize) -> bool {
        let written_back = self.regs.written_back();
        if written_back.0 == 0 {
            return false;
        }
        let kept = self.controls.frame(target).homes_end as usize;
        self.regs
            .homes()
            .iter()
            .enumerate()
            .any(|(i, &(local, reg))| written_back.contains(reg) && (i >= kept || !self.regs.holds(reg, local)))
    }

    /// The written-back homes that hold at control frame `target`'s label (those of the
    /// loops around it).
    pub(crate) fn written_back_kept(&self, target: usize) -> RegSet {
        let mut set = RegSet::default();
        let written_back = self.regs.written_back();
        if written_back.0 != 0 {
            for &(_, reg) in &self.regs.homes()[..self.controls.frame(target).homes_end as usize] {
                if written_back.contains(reg) {
                    set.insert(reg);
                }
            }
        }
        set
    }

    /// On an edge to the forward label of control frame `target`: store the written-back
    /// homes of the loops it leaves, and restore those of the loops around the target.
    pub(crate) fn homes_for_forward_edge(&mut self, target: usize) {
        let mask = self.regs.written_back();
        if mask.0 == 0 {
            return;
        }
        let kept = self.controls.frame(target).homes_end as usize;
        self.write_back_homes(kept);
        self.restore_homes_in(kept as u32, mask);
    }

    /// Bind `label`, which the paths reaching it enter with (at least) the homes `homes`
    /// holding their locals; nothing else is known of registers there.
    pub(crate) fn bind_with_homes(&mut self, label: Label, homes: RegSet) {
        self.masm.bind(label);
        self.join_with_homes(homes);
    }

    /// At a point other paths join, reached with (at least) the homes `homes` holding their
    /// locals: nothing else is known of registers there.
    pub(crate) fn join_with_homes(&mut self, homes: RegSet) {
        // Not `forget_locals_in_regs`: every edge here already left the written-back homes
        // holding, or stored them.
        self.regs.keep_only_homes(homes);
    }
}
