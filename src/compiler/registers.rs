//! The register state of the function being compiled: the allocator's free set, which
//! register holds which local's current value, and the loop homes (see `homes`).
//!
//! Invariants it keeps: a register holds at most one local and a local is held by at most
//! one register (checked by [`Registers::remember_local_in`] in debug builds); the local
//! cache only names allocatable registers; a home register belongs to one open loop and
//! names its local ([`Registers::home_local`]); the written-back homes are homes; the
//! registers whose local's frame slot is stale ([`Registers::dirty`]) hold that local and
//! are no homes, and knowledge of them is never dropped here (the code generator stores
//! or discards their values first: debug builds check).

use super::regalloc::RegAlloc;
use onepass_arch::{Reg, RegClass, RegSet};

/// See the module docs.
pub(crate) struct Registers {
    alloc: RegAlloc,
    /// The local whose current value each register (by [`Reg::index`]) still holds, valid
    /// for the registers in `with_local`: set by `local.set`/`local.tee` from a register,
    /// so that a `local.get` soon after takes (or copies) the register instead of loading
    /// from the frame.
    local_of_reg: [u32; 64],
    /// The registers whose entry in `local_of_reg` is valid.
    with_local: RegSet,
    /// By local: 1 + the [`Reg::index`] of the register last remembered holding it, or 0.
    /// Valid only when that register's `local_of_reg` entry (valid per `with_local`)
    /// names the local back, so stale entries need no clearing: one lookup answers
    /// [`Registers::local_in_reg`] instead of a walk over the registers.
    reg_of_local: Vec<u8>,
    /// The homes of the open loops, outermost first, as `(local, register)`.
    homes: Vec<(u32, Reg)>,
    /// The registers of `homes`.
    home_regs: RegSet,
    /// The local each register of `home_regs` (by [`Reg::index`]) is the home of.
    home_local: [u32; 64],
    /// The homes of write-back loops: a `local.set` of their locals does not store to the
    /// frame.
    written_back: RegSet,
    /// The registers holding a local whose `local.set` has not been stored to the frame
    /// yet (see `CodeGen::local_set`): a subset of `with_local`, never a home.
    dirty: RegSet,
    /// Written-back homes holding their locals whose frame slots have the same values
    /// (loaded from there, or stored since the last set): a subset of `with_local`.
    frame_has: RegSet,
}

/// At most this many registers known to hold locals are carried to a forward label
/// besides the loop homes (a subset of what is known is always safe to keep). Few enough
/// that a control frame stays small enough to be copied without a call to `memcpy`
/// (measured on esbuild.wasm's compile: 136-byte frames, with six pairs, cost 0.7% more instructions).
const LABEL_LOCALS: usize = 4;

/// What the registers other than loop homes hold on an edge to a forward label: at the
/// label, the registers that held the same local on every edge (see [`LabelLocals::meet`])
/// are known to hold it again. Homes are left out (the label's home set covers them), and
/// so are locals that have a home: a written-back home restored on the edge would then
/// hold the local beside the register recorded here.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct LabelLocals {
    /// The registers.
    regs: RegSet,
    /// The local of each register of `regs`, in [`Reg::index`] order (locals past
    /// `u16::MAX` are not recorded: this travels with every control frame).
    locals: [u16; LABEL_LOCALS],
}

impl LabelLocals {
    /// The local `self` records for the register of index `index` (in `regs`).
    #[inline]
    fn local_at(&self, index: usize) -> u16 {
        let below = self.regs.0 & ((1u64 << index) - 1);
        self.locals[below.count_ones() as usize]
    }

    /// The registers of `self` that `other` records with the same local.
    fn intersect(&mut self, other: &LabelLocals) {
        let common = RegSet(self.regs.0 & other.regs.0);
        let mut kept = LabelLocals::default();
        for reg in common.iter() {
            let local = self.local_at(reg.index());
            if other.local_at(reg.index()) == local {
                kept.locals[kept.regs.0.count_ones() as usize] = local;
                kept.regs.insert(reg);
            }
        }
        *self = kept;
    }

    /// The `(register, local)` pairs.
    fn pairs(&self) -> impl Iterator<Item = (Reg, u32)> + '_ {
        self.regs.iter().zip(self.locals.iter().map(|&local| u32::from(local)))
    }

    /// What holds at a label reached by the edges met so far (`first` when there was
    /// none: `self` means nothing yet) and by one more, which has `edge`.
    #[inline]
    pub(crate) fn meet(&mut self, edge: &LabelLocals, first: bool) {
        if first {
            *self = *edge;
        } else if self.regs.0 != 0 {
            self.intersect(edge);
        }
    }
}

/// The allocations of a [`Registers`], kept from function to function.
#[derive(Default)]
pub(crate) struct RegistersScratch {
    reg_of_local: Vec<u8>,
    homes: Vec<(u32, Reg)>,
}

impl Registers {
    /// All registers free, nothing known, for a function of `locals` locals.
    pub(crate) fn new(int: &'static [Reg], float: &'static [Reg], locals: usize, scratch: RegistersScratch) -> Self {
        let RegistersScratch { mut reg_of_local, mut homes } = scratch;
        // Stale entries are harmless (see the field).
        if reg_of_local.len() < locals {
            reg_of_local.resize(locals, 0);
        }
        homes.clear();
        Registers {
            alloc: RegAlloc::new(int, float),
            local_of_reg: [0; 64],
            with_local: RegSet::default(),
            reg_of_local,
            homes,
            home_regs: RegSet::default(),
            home_local: [0; 64],
            written_back: RegSet::default(),
            dirty: RegSet::default(),
            frame_has: RegSet::default(),
        }
    }

    /// The allocations, for the next function.
    pub(crate) fn into_scratch(self) -> RegistersScratch {
        RegistersScratch { reg_of_local: self.reg_of_local, homes: self.homes }
    }

    // The allocator.

    /// Take a free register of `class` not in `avoid`.
    #[inline]
    pub(crate) fn take_free(&mut self, class: RegClass, avoid: RegSet) -> Option<Reg> {
        self.alloc.take_free(class, avoid)
    }

    /// Whether a register of `class` that is no loop home is free.
    #[inline]
    pub(crate) fn any_free_besides_homes(&self, class: RegClass) -> bool {
        self.alloc.any_free(class, self.home_regs)
    }

    /// Take `reg` if it is free.
    #[inline]
    pub(crate) fn take_if_free(&mut self, reg: Reg) -> bool {
        self.alloc.take(reg)
    }

    /// Whether `reg` is free.
    #[inline]
    pub(crate) fn is_free(&self, reg: Reg) -> bool {
        self.alloc.is_free(reg)
    }

    /// Candidates for spilling, in round-robin order.
    pub(crate) fn spill_order(&mut self, class: RegClass) -> impl Iterator<Item = Reg> {
        self.alloc.spill_order(class)
    }

    /// Return `reg` to the free set.
    #[inline]
    pub(crate) fn release(&mut self, reg: Reg) {
        self.alloc.release(reg);
    }

    /// Give `reg`, taken, one more owner: `false` when it has three already (see
    /// `RegAlloc::share`).
    #[inline]
    pub(crate) fn share(&mut self, reg: Reg) -> bool {
        self.alloc.share(reg)
    }

    /// How many owners `reg` has besides its first (see `RegAlloc::sharers`).
    #[inline]
    pub(crate) fn sharers(&self, reg: Reg) -> u32 {
        self.alloc.sharers(reg)
    }

    /// Whether `reg` has more than one owner (so none may change it).
    #[inline]
    pub(crate) fn is_shared(&self, reg: Reg) -> bool {
        self.alloc.shared().contains(reg)
    }

    /// Whether `reg` is allocatable at all (not a pinned or scratch register).
    #[inline]
    pub(crate) fn is_allocatable(&self, reg: Reg) -> bool {
        self.alloc.is_allocatable(reg)
    }

    // Which register holds which local.

    /// The registers known to hold a local's current value.
    #[inline]
    pub(crate) fn with_local(&self) -> RegSet {
        self.with_local
    }

    /// Whether `reg` holds `local`'s current value.
    #[inline]
    pub(crate) fn holds(&self, reg: Reg, local: u32) -> bool {
        self.with_local.contains(reg) && self.local_of_reg[reg.index()] == local
    }

    /// The local `reg` holds, if any.
    #[inline]
    pub(crate) fn local_of(&self, reg: Reg) -> Option<u32> {
        self.with_local.contains(reg).then(|| self.local_of_reg[reg.index()])
    }

    /// The register of `class` holding local `index`'s current value, if one is known to.
    #[inline]
    pub(crate) fn local_in_reg(&self, index: u32, class: RegClass) -> Option<Reg> {
        let held = match self.reg_of_local.get(index as usize) {
            Some(&slot) if slot != 0 => Reg::from_index(slot as usize - 1),
            _ => return None,
        };
        let found = (held.class == class && self.holds(held, index)).then_some(held);
        debug_assert_eq!(found, self.local_in_reg_by_walk(index, class), "local {index}");
        found
    }

    /// [`Self::local_in_reg`] the slow way: a walk over the registers holding locals
    /// (checked against it in debug builds).
    fn local_in_reg_by_walk(&self, index: u32, class: RegClass) -> Option<Reg> {
        self.with_local.iter().find(|&reg| reg.class == class && self.local_of_reg[reg.index()] == index)
    }

    /// Record that `reg` now holds local `index`'s current value. No other register may
    /// (the caller forgot the one that did).
    #[inline]
    pub(crate) fn remember_local_in(&mut self, index: u32, reg: Reg) {
        debug_assert!(self.local_in_reg_by_walk(index, reg.class).is_none_or(|r| r == reg), "local {index}");
        debug_assert!(!self.dirty.contains(reg) || self.local_of_reg[reg.index()] == index, "{reg:?} is dirty");
        self.frame_has.remove(reg);
        if self.alloc.is_allocatable(reg) {
            self.local_of_reg[reg.index()] = index;
            self.with_local.insert(reg);
            if let Some(slot) = self.reg_of_local.get_mut(index as usize) {
                *slot = reg.index() as u8 + 1;
            }
        }
    }

    /// `reg` no longer holds a local.
    #[inline]
    pub(crate) fn forget_local_in(&mut self, reg: Reg) {
        debug_assert!(!self.dirty.contains(reg), "{reg:?} is dirty");
        self.with_local.remove(reg);
        self.frame_has.remove(reg);
    }

    /// No register holds a local any more.
    #[inline]
    pub(crate) fn forget_all_locals(&mut self) {
        debug_assert_eq!(self.dirty, RegSet::default(), "dirty registers");
        self.with_local = RegSet::default();
        self.frame_has = RegSet::default();
    }

    /// The written-back homes holding their locals whose frame slots have their values.
    #[inline]
    pub(crate) fn frame_has(&self) -> RegSet {
        self.frame_has
    }

    /// `reg`, a home holding its local, has the value its frame slot has (just loaded or
    /// stored).
    #[inline]
    pub(crate) fn mark_frame_has(&mut self, reg: Reg) {
        debug_assert!(self.with_local.contains(reg) && self.home_regs.contains(reg), "{reg:?}");
        self.frame_has.insert(reg);
    }

    // Locals not stored yet.

    /// The registers holding a local whose frame slot is stale.
    #[inline]
    pub(crate) fn dirty(&self) -> RegSet {
        self.dirty
    }

    /// `reg`, which holds its local's value (not a home), holds it alone: the frame slot
    /// was not written.
    #[inline]
    pub(crate) fn mark_dirty(&mut self, reg: Reg) {
        debug_assert!(self.with_local.contains(reg) && !self.home_regs.contains(reg), "{reg:?}");
        self.dirty.insert(reg);
    }

    /// `reg`'s local is in the frame again (stored), or its value is no longer needed.
    #[inline]
    pub(crate) fn mark_clean(&mut self, reg: Reg) {
        self.dirty.remove(reg);
    }

    /// No local's value is needed any more (the function returns).
    #[inline]
    pub(crate) fn mark_all_clean(&mut self) {
        self.dirty = RegSet::default();
    }

    // Loop homes.

    /// The homes of the open loops, outermost first, as `(local, register)`.
    #[inline]
    pub(crate) fn homes(&self) -> &[(u32, Reg)] {
        &self.homes
    }

    /// The registers of the homes.
    #[inline]
    pub(crate) fn home_regs(&self) -> RegSet {
        self.home_regs
    }

    /// The local home register `reg` is for (meaningful for [`Self::home_regs`]).
    #[inline]
    pub(crate) fn home_local(&self, reg: Reg) -> u32 {
        self.home_local[reg.index()]
    }

    /// The homes of write-back loops.
    #[inline]
    pub(crate) fn written_back(&self) -> RegSet {
        self.written_back
    }

    /// Give local `local` the home `reg`.
    pub(crate) fn add_home(&mut self, local: u32, reg: Reg) {
        debug_assert!(!self.home_regs.contains(reg), "{reg:?} is a home already");
        debug_assert!(!self.dirty.contains(reg), "{reg:?} is dirty");
        self.homes.push((local, reg));
        self.home_regs.insert(reg);
        self.home_local[reg.index()] = local;
    }

    /// Make the homes `regs` write-back homes.
    pub(crate) fn write_back(&mut self, regs: RegSet) {
        debug_assert_eq!(regs.0 & !self.home_regs.0, 0, "homes only");
        self.written_back.0 |= regs.0;
    }

    /// Close the homes from the `first`-th on.
    pub(crate) fn close_homes(&mut self, first: usize) {
        while self.homes.len() > first {
            let (_, reg) = self.homes.pop().expect("checked");
            self.home_regs.remove(reg);
            self.written_back.remove(reg);
        }
    }

    /// What the registers other than homes hold now, for an edge to a forward label (see
    /// [`LabelLocals`]).
    #[inline]
    pub(crate) fn label_locals(&self) -> LabelLocals {
        let mut known = LabelLocals::default();
        let candidates = RegSet(self.with_local.0 & !self.home_regs.0);
        if candidates.0 == 0 {
            return known;
        }
        let mut n = 0;
        for reg in candidates.iter() {
            let local = self.local_of_reg[reg.index()];
            let Ok(short) = u16::try_from(local) else { continue };
            if self.homes.iter().any(|&(homed, _)| homed == local) {
                continue;
            }
            if n == LABEL_LOCALS {
                break;
            }
            known.locals[n] = short;
            known.regs.insert(reg);
            n += 1;
        }
        known
    }

    /// At a forward label, after [`Self::keep_only_homes`]: the registers of `known` hold
    /// their locals again (every edge to the label left them so). They cannot clash with
    /// the homes kept: `known` names no home register and no homed local of the edges,
    /// whose homes include the label's.
    #[inline]
    pub(crate) fn add_label_locals(&mut self, known: &LabelLocals) {
        for (reg, local) in known.pairs() {
            debug_assert!(!self.home_regs.contains(reg) && !self.homes.iter().any(|&(homed, _)| homed == local));
            self.remember_local_in(local, reg);
        }
    }

    /// Keep only the knowledge that the homes in `holding` hold their locals (at a label:
    /// nothing else is known there).
    pub(crate) fn keep_only_homes(&mut self, holding: RegSet) {
        debug_assert_eq!(self.dirty, RegSet::default(), "dirty registers at a label");
        self.with_local = RegSet::default();
        self.frame_has = RegSet::default();
        for reg in RegSet(holding.0 & self.home_regs.0).iter() {
            self.remember_local_in(self.home_local[reg.index()], reg);
        }
    }
}
