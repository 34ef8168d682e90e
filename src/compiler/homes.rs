//! Loop homes: registers that keep a loop's busiest locals across its back-edges.
//!
//! A single pass cannot see a loop's body before compiling its header, so when a reachable
//! `loop` opens the driver first reads ahead (at most [`LOOP_SCAN_BYTES`] of the body) and
//! counts each local's accesses, those in nested loops weighing more. The busiest integer
//! and float locals each get a *home* register, leaving [`FREE_OF_HOMES`] registers of each
//! class for the loop's operations (across all open loops).
//!
//! In a loop that calls out (or whose body could not be read to its end), locals are
//! still written through to the frame on every `local.set`, so the frame is always
//! current and a home only saves reloads. In a loop that calls nothing, homes are
//! *written back* instead: a `local.set` only updates the home, and the frame is brought
//! up to date on the edges that leave the loop (see [`CodeGen::write_back_homes`]). The
//! rules for both:
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
use super::control::ControlKind;
use super::Ty;
use onepass_arch::{Abi, Label, MacroAssembler, Operand, Reg, RegClass, RegSet};

/// How far ahead a loop's body is read for its locals: inner loops are usually short, and
/// the read costs about as much as decoding the body once more.
pub(crate) const LOOP_SCAN_BYTES: u64 = 512;

/// Bytes all the loops of a function may read ahead, per byte of its body: nested loops
/// read the same bytes again, and without a bound a body of nothing but nested loops would
/// be read thousands of times over. The loops opened once it is spent get no homes.
const SCAN_BYTES_PER_BODY_BYTE: u64 = 1;

/// Registers of each class left out of homes for the operations of the loop body, which
/// rarely need more at once (measured on CoreMark: leaving half of x86-64's eight integer
/// registers was no faster).
const FREE_OF_HOMES: usize = 3;

/// Weight of an access inside `n` nested loops (relative to the loop being opened): each
/// level counts four times the one around it, up to four levels.
fn nesting_weight(n: u32) -> u32 {
    1 << (2 * n.min(4))
}

/// Scratch for reading loop bodies ahead, kept across the loops of a function.
pub(crate) struct LoopScan {
    /// `(local, weighted accesses)` of the loop last read.
    pub(crate) uses: Vec<(u32, u32)>,
    /// Where in `uses` each local (by index, below [`SLOT_MAP_LOCALS`]) was counted, if
    /// the entry there names it: a stale entry names another local, so the map is never
    /// cleared.
    slots: Vec<u16>,
    /// Whether the loop last read calls out (see [`skim`]).
    pub(crate) calls: bool,
    /// Bytes the function's loops may still read ahead.
    budget: u64,
    /// Module offset just past the last loop read to its `end`: a loop starting before it
    /// is nested in that loop, whose choice of homes already weighed it.
    covered_end: u64,
}

/// The allocations of a [`LoopScan`], kept by each compiling thread from function to
/// function.
#[derive(Default)]
pub(crate) struct LoopScratch {
    uses: Vec<(u32, u32)>,
    slots: Vec<u16>,
}

/// Locals up to this index are found in the loop's counts through a map; the rest (rare:
/// a function with thousands of locals) by a search.
const SLOT_MAP_LOCALS: u32 = 1 << 14;

/// The weighted access counts of the loop being read.
struct Uses<'a> {
    list: &'a mut Vec<(u32, u32)>,
    slots: &'a mut Vec<u16>,
}

impl Uses<'_> {
    /// Count an access to `local` of weight `weight`.
    #[inline(always)]
    fn count(&mut self, local: u32, weight: u32) {
        let list = &mut *self.list;
        if local < SLOT_MAP_LOCALS {
            let at = local as usize;
            if at >= self.slots.len() {
                self.slots.resize((at + 1).next_power_of_two(), 0);
            }
            let slot = self.slots[at] as usize;
            match list.get_mut(slot) {
                Some((l, count)) if *l == local => *count = count.saturating_add(weight),
                _ => {
                    // At most one entry per two bytes read (LOOP_SCAN_BYTES): fits u16.
                    self.slots[at] = list.len() as u16;
                    list.push((local, weight));
                }
            }
            return;
        }
        match list.iter_mut().find(|(l, _)| *l == local) {
            Some((_, count)) => *count = count.saturating_add(weight),
            None => list.push((local, weight)),
        }
    }
}

/// How a read ahead ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScanEnd {
    /// At the loop's `end`: every access was counted.
    LoopEnd,
    /// At the byte limit, the end of the body, or an operator the skimmer does not decode:
    /// the accesses before it were counted.
    Partial,
    /// Not read: the loop is nested in one read to its end. That loop took the busiest
    /// locals of both (weighing the nested accesses more), up to the register budget both
    /// share, so this one would find nothing to add.
    Covered,
}

impl LoopScan {
    /// Scratch for a function body of `body_len` bytes, reusing the allocations of
    /// `scratch`.
    pub(crate) fn new(body_len: usize, scratch: LoopScratch) -> Self {
        let budget = (body_len as u64).saturating_mul(SCAN_BYTES_PER_BODY_BYTE);
        let LoopScratch { mut uses, slots } = scratch;
        uses.clear();
        LoopScan { uses, slots, calls: false, budget, covered_end: 0 }
    }

    /// The allocations to keep for the next function.
    pub(crate) fn into_scratch(self) -> LoopScratch {
        LoopScratch { uses: self.uses, slots: self.slots }
    }

    /// Count the local accesses of the loop body `code` (the rest of the function after
    /// the `loop` operator, found at module offset `start`), up to its `end`,
    /// [`LOOP_SCAN_BYTES`] or the function's budget.
    pub(crate) fn read(&mut self, code: &[u8], start: usize) -> ScanEnd {
        self.uses.clear();
        self.calls = false;
        if (start as u64) < self.covered_end {
            return ScanEnd::Covered;
        }
        let limit = (LOOP_SCAN_BYTES.min(self.budget) as usize).min(code.len());
        let (read, end) =
            skim(&code[..limit], &mut Uses { list: &mut self.uses, slots: &mut self.slots }, &mut self.calls);
        self.budget -= (read as u64).min(self.budget);
        if end == ScanEnd::LoopEnd {
            self.covered_end = start as u64 + read as u64;
        }
        end
    }
}

/// Read the unsigned LEB128 at `code[*pos..]` (signed ones are only stepped over) and move
/// `pos` past it; `None` when it runs past the end or over ten bytes.
#[inline]
pub(crate) fn read_leb(code: &[u8], pos: &mut usize) -> Option<u64> {
    let (mut value, mut shift) = (0u64, 0u32);
    loop {
        let b = *code.get(*pos)?;
        *pos += 1;
        if shift < 64 {
            value |= ((b & 0x7f) as u64) << shift;
        }
        if b & 0x80 == 0 {
            return Some(value);
        }
        shift += 7;
        if shift >= 70 {
            return None;
        }
    }
}

/// Step over the operator at `code[*pos..]`, returning its opcode and, for `local.get`,
/// `local.set` and `local.tee`, the local (for a 0xfc operator its sub-opcode, else 0). `None` at the end of `code` or at an
/// operator the skimmer does not decode, with `pos` past what it read (and at the
/// operator's start for an unknown opcode).
///
/// A skimmer rather than wasmparser's reader: it decodes only what it must to step over
/// the common operators (a few instructions per byte, where a full decode cost as much as
/// a tenth of compiling esbuild.wasm) and stops at any other. The body is not validated
/// yet, so whatever it reads only steers the compiler's choices; the validator reports bad
/// input when the compiler gets there.
/// How the skimmer steps over each opcode: what follows it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Imm {
    /// Nothing.
    None,
    /// One LEB128.
    Leb,
    /// A local index (`local.get`, `local.set`, `local.tee`).
    Local,
    /// A block type (`block`, `loop`, `if`).
    Block,
    /// A memory immediate (loads and stores).
    Mem,
    /// Something rarer, read by [`skim_rare`].
    Rare,
    /// An opcode the skimmer does not decode.
    Unknown,
}

/// [`Imm`] of each opcode: one table lookup and a branch over a few kinds per operator,
/// rather than a jump over hundreds of opcodes (which the branch predictor misses often
/// enough to matter here).
const IMM_OF: [Imm; 256] = {
    let mut table = [Imm::Unknown; 256];
    let mut op = 0;
    while op < 256 {
        table[op] = match op as u8 {
            // unreachable, nop, else, end, return, drop, select, numeric operators, ref.is_null.
            0x00 | 0x01 | 0x05 | 0x0b | 0x0f | 0x1a | 0x1b | 0x45..=0xc4 | 0xd1 => Imm::None,
            // br, br_if, call, global.get/set, table.get/set, memory.size/grow, ref.func, consts.
            0x0c | 0x0d | 0x10 | 0x23..=0x26 | 0x3f | 0x40 | 0xd2 | 0x41 | 0x42 => Imm::Leb,
            0x20..=0x22 => Imm::Local,
            0x02..=0x04 => Imm::Block,
            0x28..=0x3e => Imm::Mem,
            0x0e | 0x11 | 0x1c | 0x43 | 0x44 | 0xd0 | 0xfc => Imm::Rare,
            _ => Imm::Unknown,
        };
        op += 1;
    }
    table
};

/// How [`skim`]'s fast step treats each opcode: the number of LEB128 immediates to step
/// over (0 or 1), or a flag for those it must look into. One table lookup and a
/// test per operator; the dispatch over [`Imm`] kinds (an indirect jump the branch
/// predictor missed often: the skimmer was a tenth of compile time on yosys.core.wasm)
/// is left to the rare operators.
const STEP: [u8; 256] = {
    let mut table = [STEP_SLOW; 256];
    let mut op = 0;
    while op < 256 {
        table[op] = match IMM_OF[op] {
            // `end` and the calls change what the skim tracks.
            _ if op == 0x0b || op == 0x10 || op == 0x40 => STEP_SLOW,
            Imm::None => 0,
            Imm::Leb => 1,
            Imm::Local => STEP_LOCAL,
            Imm::Mem => STEP_MEM,
            Imm::Block | Imm::Rare | Imm::Unknown => STEP_SLOW,
        };
        op += 1;
    }
    table
};
/// [`STEP`]: `local.get`, `local.set`, `local.tee`.
const STEP_LOCAL: u8 = 1 << 2;
/// [`STEP`]: a load or store (flags, then an offset).
const STEP_MEM: u8 = 1 << 3;
/// [`STEP`]: anything else, stepped over by [`skim_op`].
const STEP_SLOW: u8 = 1 << 4;

/// The position after the LEB128 at `code[pos..]` (`None` when it runs past the end):
/// eight bytes at once where there are eight, so its length costs no branch.
#[inline(always)]
fn after_leb(code: &[u8], pos: usize) -> Option<usize> {
    if let Some(bytes) = code.get(pos..pos + 8) {
        let word = u64::from_le_bytes(bytes.try_into().ok()?);
        let ends = !word & 0x8080_8080_8080_8080;
        if ends != 0 {
            return Some(pos + (ends.trailing_zeros() / 8) as usize + 1);
        }
    }
    let mut at = pos;
    skip_leb(code, &mut at)?;
    Some(at)
}

/// The operator at `code[pos..]` stepped over without [`skim_op`] when it is a plain one,
/// a load or a store: the position after it. `None` for the rest (and at the end).
#[inline(always)]
fn fast_step(code: &[u8], pos: usize, step: u8) -> Option<usize> {
    match step {
        0 => Some(pos + 1),
        1 => after_leb(code, pos + 1),
        // Loads and stores whose flags are one byte naming no memory index.
        STEP_MEM if *code.get(pos + 1)? < 0x40 => after_leb(code, pos + 2),
        _ => None,
    }
}

/// The local of the `local.*` operator at `code[pos..]` and the position after it.
#[inline(always)]
fn local_operand(code: &[u8], pos: usize) -> Option<(u32, usize)> {
    let first = *code.get(pos + 1)?;
    if first < 0x80 {
        return Some((u32::from(first), pos + 2));
    }
    let mut at = pos + 1;
    let local = u32::try_from(read_leb(code, &mut at)?).ok()?;
    Some((local, at))
}

/// Step over the LEB128 at `code[*pos..]`.
#[inline(always)]
fn skip_leb(code: &[u8], pos: &mut usize) -> Option<()> {
    loop {
        let b = *code.get(*pos)?;
        *pos += 1;
        if b & 0x80 == 0 {
            return Some(());
        }
    }
}

/// Step over the operator at `code[*pos..]`, returning its opcode and, for `local.get`,
/// `local.set` and `local.tee`, the local (for a 0xfc operator its sub-opcode, else 0). `None` at the end of `code` or at an
/// operator the skimmer does not decode, with `pos` past what it read (and at the
/// operator's start for an unknown opcode).
///
/// A skimmer rather than wasmparser's reader: it decodes only what it must to step over
/// the common operators (a few instructions per byte, where a full decode cost as much as
/// a tenth of compiling esbuild.wasm) and stops at any other. The body is not validated
/// yet, so whatever it reads only steers the compiler's choices; the validator reports bad
/// input when the compiler gets there.
#[inline(always)]
fn skim_op(code: &[u8], pos: &mut usize) -> Option<(u8, u32)> {
    let op = *code.get(*pos)?;
    let start = *pos;
    *pos += 1;
    let mut local = 0;
    match IMM_OF[usize::from(op)] {
        Imm::None => {}
        Imm::Leb => skip_leb(code, pos)?,
        Imm::Local => local = u32::try_from(read_leb(code, pos)?).ok()?,
        Imm::Mem => {
            // Alignment (bit 6: a memory index follows), then the offset.
            if read_leb(code, pos)? & 0x40 != 0 {
                skip_leb(code, pos)?;
            }
            skip_leb(code, pos)?;
        }
        // An empty or single-value block type, or a type index.
        Imm::Block => match *code.get(*pos)? {
            0x40 | 0x6f | 0x70 | 0x7b..=0x7f => *pos += 1,
            t if t & 0x40 == 0 => skip_leb(code, pos)?,
            _ => return None,
        },
        Imm::Rare => local = skim_rare(op, code, pos)?,
        Imm::Unknown => {
            *pos = start;
            return None;
        }
    }
    (*pos <= code.len()).then_some((op, local))
}

/// The immediates of the [`Imm::Rare`] opcode `op`, from `code[*pos..]`; for 0xfc, its
/// sub-opcode (else 0).
#[inline(never)]
fn skim_rare(op: u8, code: &[u8], pos: &mut usize) -> Option<u32> {
    let start = *pos - 1;
    match op {
        0x0e => {
            for _ in 0..=read_leb(code, pos)? {
                skip_leb(code, pos)?;
            }
        }
        0x11 => {
            skip_leb(code, pos)?;
            skip_leb(code, pos)?;
        }
        // select with types, ref.null: single-byte value or heap types only.
        0x1c => *pos = pos.checked_add(usize::try_from(read_leb(code, pos)?).ok()?)?,
        0xd0 => *pos += 1,
        0x43 => *pos += 4,
        0x44 => *pos += 8,
        // Saturating conversions, bulk memory and table operators.
        _ => {
            let sub = read_leb(code, pos)?;
            let immediates = match sub {
                0..=7 => 0,
                9 | 11 | 13 | 15..=17 => 1,
                8 | 10 | 12 | 14 => 2,
                _ => {
                    *pos = start;
                    return None;
                }
            };
            for _ in 0..immediates {
                skip_leb(code, pos)?;
            }
            return Some(sub as u32);
        }
    }
    Some(0)
}

/// Count local accesses in `code`, the start of a loop's body, until the loop's `end`.
/// Returns the bytes read and how the read ended.
///
/// `calls` is set when the body calls out of the function's code (a call, or an operator
/// compiled to a builtin call): calls clobber every register.
fn skim(code: &[u8], uses: &mut Uses<'_>, calls: &mut bool) -> (usize, ScanEnd) {
    let mut pos = 0;
    // One bit per open construct inside the loop, set for loops; at most 63 deep.
    let (mut depth, mut loop_bits, mut loops) = (0u32, 0u64, 0u32);
    loop {
        let Some(&first) = code.get(pos) else { return (pos, ScanEnd::Partial) };
        let step = STEP[usize::from(first)];
        if step & STEP_LOCAL != 0 {
            let Some((local, next)) = local_operand(code, pos) else { return (code.len(), ScanEnd::Partial) };
            uses.count(local, nesting_weight(loops));
            pos = next;
            continue;
        }
        if let Some(next) = fast_step(code, pos, step) {
            pos = next;
            continue;
        }
        let before = pos;
        let Some((op, local)) = skim_op(code, &mut pos) else {
            return (before.max(pos).min(code.len()), ScanEnd::Partial);
        };
        match op {
            0x02..=0x04 => {
                if depth == 63 {
                    return (pos, ScanEnd::Partial);
                }
                let is_loop = op == 0x03;
                loop_bits = loop_bits << 1 | is_loop as u64;
                loops += is_loop as u32;
                depth += 1;
            }
            0x0b => {
                if depth == 0 {
                    return (pos, ScanEnd::LoopEnd);
                }
                loops -= (loop_bits & 1) as u32;
                loop_bits >>= 1;
                depth -= 1;
            }
            // call, call_indirect, memory.grow; bulk memory and table operators (the
            // saturating conversions, 0xfc 0..=7, are compiled inline).
            0x10 | 0x11 | 0x40 => *calls = true,
            0xfc if local >= 8 => *calls = true,
            _ => {}
        }
    }
}

/// How far past the current operator [`read_again_soon`] looks.
const READ_AGAIN_BYTES: usize = 32;

/// Whether `local` is read (`local.get`) among the operators in the [`READ_AGAIN_BYTES`]
/// after the one at `code[at..]`, before anything that sets it or that makes the compiler
/// forget which registers hold locals anyway (a label, a branch, a call).
pub(crate) fn read_again_soon(code: &[u8], at: usize, local: u32) -> bool {
    let code = &code[..code.len().min(at + 1 + READ_AGAIN_BYTES)];
    let mut pos = at;
    if skim_op(code, &mut pos).is_none() {
        return false;
    }
    while let Some(&first) = code.get(pos) {
        // A label, branch or call ends the look (and the knowledge it is for).
        if matches!(first, 0x02..=0x11) {
            return false;
        }
        let step = STEP[usize::from(first)];
        if step & STEP_LOCAL != 0 {
            let Some((index, next)) = local_operand(code, pos) else { return false };
            if index == local {
                return first == 0x20;
            }
            pos = next;
            continue;
        }
        if let Some(next) = fast_step(code, pos, step) {
            pos = next;
            continue;
        }
        if skim_op(code, &mut pos).is_none() {
            return false;
        }
    }
    false
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Whether `reg` holds `local`'s current value.
    #[inline]
    fn holds(&self, reg: Reg, local: u32) -> bool {
        self.regs_with_local.contains(reg) && self.local_of_reg[reg.index()] == local
    }

    /// Whether `reg` is a home holding its local (so it must not be changed).
    #[inline]
    pub(crate) fn is_holding_home(&self, reg: Reg) -> bool {
        self.home_regs.contains(reg) && self.holds(reg, self.home_local[reg.index()])
    }

    /// The homes holding their locals now.
    #[inline]
    pub(crate) fn homes_holding(&self) -> RegSet {
        let mut set = RegSet::default();
        let candidates = RegSet(self.home_regs.0 & self.regs_with_local.0);
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
        if self.home_regs.0 == 0 {
            return None;
        }
        self.home_regs.iter().find(|r| self.home_local[r.index()] == index)
    }

    /// Whether the first `count` homes all hold their locals (a branch to a loop whose label
    /// needs those homes then needs no fix-up).
    #[inline]
    pub(crate) fn homes_hold(&self, count: u32) -> bool {
        count == 0 || self.homes[..count as usize].iter().all(|&(local, reg)| self.holds(reg, local))
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
        if count == 0 {
            return;
        }
        let count = count as usize;
        let mut sources = RegSet::default();
        for &(local, reg) in &self.homes[..count] {
            match self.local_in_reg(local, reg.class) {
                Some(held) if held != reg && mask.contains(reg) => sources.insert(held),
                _ => {}
            }
        }
        let mut filled = RegSet::default();
        for i in 0..count {
            let (local, reg) = self.homes[i];
            if !mask.contains(reg) {
                continue;
            }
            let size = self.frame.local_types.get(local).size();
            match self.local_in_reg(local, reg.class) {
                Some(held) if held == reg => continue,
                Some(held) if !sources.contains(reg) => self.masm.mov(size, reg, Operand::Reg(held)),
                _ => continue,
            }
            filled.insert(reg);
        }
        for i in 0..count {
            let (local, reg) = self.homes[i];
            if mask.contains(reg) && !filled.contains(reg) && !self.holds(reg, local) {
                let size = self.frame.local_types.get(local).size();
                self.masm.mov(size, reg, Operand::Mem(self.frame.local(local)));
            }
        }
    }

    /// Open the reachable loop just entered (its stack already spilled): choose homes for
    /// the busiest locals of `uses`, fill every home the loop's label needs, bind the
    /// label and check for termination.
    ///
    /// With `write_back` (the whole body was read and calls nothing), the loop's homes are
    /// *written back*: a `local.set` of a homed local only moves the value into its home,
    /// and the frame is brought up to date where the home could stop holding the local
    /// (see [`CodeGen::write_back_homes`]).
    pub(crate) fn open_loop(&mut self, uses: &mut [(u32, u32)], write_back: bool) {
        let depth = self.controls.len() - 1;
        debug_assert_eq!(self.controls[depth].kind, ControlKind::Loop);
        let int_regs = <M::Abi as Abi>::INT_REGS;
        let float_regs = <M::Abi as Abi>::FLOAT_REGS;
        let homed = |class| self.homes.iter().filter(|(_, r)| r.class == class).count();
        let cap = |regs: &[Reg], class| regs.len().saturating_sub(FREE_OF_HOMES + homed(class));
        let mut budget = [cap(int_regs, RegClass::Int), cap(float_regs, RegClass::Float)];
        // Busiest first; ties by index, so the choice is deterministic.
        uses.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut taken = self.home_regs;
        // The locals still to place: at most one per register of the budget (no allocation).
        let (mut wanted, mut num_wanted) = ([0u32; 64], 0);
        for &(local, _) in uses.iter() {
            // (Read ahead of validation: the index may be out of range.)
            if local >= self.frame.local_types.len() {
                continue;
            }
            let class = match self.frame.local_types.get(local) {
                Ty::I32 | Ty::I64 => RegClass::Int,
                Ty::F32 | Ty::F64 => RegClass::Float,
                Ty::Ref => continue,
            };
            if budget[class as usize] == 0 || self.home_of(local).is_some() {
                continue;
            }
            budget[class as usize] -= 1;
            // A register already holding the local becomes its home: no move needed.
            match self.local_in_reg(local, class) {
                Some(held) if !taken.contains(held) && self.regs.free.contains(held) => {
                    taken.insert(held);
                    self.add_home(local, held);
                }
                _ => {
                    wanted[num_wanted] = local;
                    num_wanted += 1;
                }
            }
        }
        for &local in &wanted[..num_wanted] {
            let class = self.frame.local_types.get(local).class();
            let regs = if class == RegClass::Int { int_regs } else { float_regs };
            // From the end of the allocation order, which the allocator reaches last.
            let free = regs.iter().rev().find(|&&r| !taken.contains(r) && self.regs.free.contains(r));
            if let Some(&reg) = free {
                taken.insert(reg);
                self.add_home(local, reg);
            }
        }
        let count = self.homes.len() as u32;
        if write_back {
            for &(_, reg) in &self.homes[self.controls[depth].homes_start as usize..] {
                self.written_back.insert(reg);
            }
        }
        self.controls[depth].homes_end = count;
        self.restore_homes(count);
        let label = self.controls[depth].label;
        self.bind_with_homes(label, self.home_regs);
        self.interrupt_check();
    }

    fn add_home(&mut self, local: u32, reg: Reg) {
        self.homes.push((local, reg));
        self.home_regs.insert(reg);
        self.home_local[reg.index()] = local;
    }

    /// At a loop's end: the homes it added end with it.
    pub(crate) fn close_homes(&mut self, first: u32) {
        while self.homes.len() > first as usize {
            let (_, reg) = self.homes.pop().expect("checked");
            self.home_regs.remove(reg);
            self.written_back.remove(reg);
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
        if self.written_back.0 == 0 {
            return;
        }
        for i in from..self.homes.len() {
            let (local, reg) = self.homes[i];
            if self.written_back.contains(reg) && self.holds(reg, local) {
                let size = self.frame.local_types.get(local).size();
                self.masm.store(size, self.frame.local(local), Operand::Reg(reg));
            }
        }
    }

    /// Before `reg` stops holding its local for a reason other than a new value: store it
    /// when it is a written-back home.
    #[inline]
    pub(crate) fn write_back_reg(&mut self, reg: Reg) {
        if self.written_back.contains(reg) && self.is_holding_home(reg) {
            let local = self.home_local[reg.index()];
            let size = self.frame.local_types.get(local).size();
            self.masm.store(size, self.frame.local(local), Operand::Reg(reg));
        }
    }

    /// Whether an edge to control frame `target` (a forward label or a loop) must store or
    /// restore written-back homes: it leaves a written-back loop, or one of the
    /// written-back homes that hold at the target does not hold now.
    pub(crate) fn edge_needs_homes(&self, target: usize) -> bool {
        if self.written_back.0 == 0 {
            return false;
        }
        let kept = self.controls[target].homes_end as usize;
        self.homes
            .iter()
            .enumerate()
            .any(|(i, &(local, reg))| self.written_back.contains(reg) && (i >= kept || !self.holds(reg, local)))
    }

    /// The written-back homes that hold at control frame `target`'s label (those of the
    /// loops around it).
    pub(crate) fn written_back_kept(&self, target: usize) -> RegSet {
        let mut set = RegSet::default();
        if self.written_back.0 != 0 {
            for &(_, reg) in &self.homes[..self.controls[target].homes_end as usize] {
                if self.written_back.contains(reg) {
                    set.insert(reg);
                }
            }
        }
        set
    }

    /// On an edge to the forward label of control frame `target`: store the written-back
    /// homes of the loops it leaves, and restore those of the loops around the target.
    pub(crate) fn homes_for_forward_edge(&mut self, target: usize) {
        if self.written_back.0 == 0 {
            return;
        }
        let kept = self.controls[target].homes_end as usize;
        self.write_back_homes(kept);
        let mask = self.written_back;
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
        self.regs_with_local = RegSet::default();
        for reg in RegSet(homes.0 & self.home_regs.0).iter() {
            self.remember_local_in(self.home_local[reg.index()], reg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmparser::{BinaryReader, Operator, OperatorsReader};

    /// The reference: the same counts with wasmparser's full decoder, to the loop's end.
    fn reference_uses(reader: BinaryReader<'_>) -> Option<Vec<(u32, u32)>> {
        let mut ops = OperatorsReader::new(reader);
        let mut uses: Vec<(u32, u32)> = Vec::new();
        let (mut kinds, mut loops) = (Vec::new(), 0u32);
        loop {
            match ops.read().ok()? {
                op @ (Operator::Block { .. } | Operator::If { .. } | Operator::Loop { .. }) => {
                    let is_loop = matches!(op, Operator::Loop { .. });
                    kinds.push(is_loop);
                    loops += is_loop as u32;
                }
                Operator::End => match kinds.pop() {
                    None => break,
                    Some(is_loop) => loops -= is_loop as u32,
                },
                Operator::LocalGet { local_index }
                | Operator::LocalSet { local_index }
                | Operator::LocalTee { local_index } => match uses.iter_mut().find(|(l, _)| *l == local_index) {
                    Some((_, count)) => *count += nesting_weight(loops),
                    None => uses.push((local_index, nesting_weight(loops))),
                },
                _ => {}
            }
        }
        uses.sort();
        Some(uses)
    }

    /// Read the loop whose body `reader` is at.
    fn read_at(scan: &mut LoopScan, reader: BinaryReader<'_>) -> ScanEnd {
        let start = reader.original_position();
        let mut rest = reader.clone();
        let code = rest.read_bytes(rest.bytes_remaining()).expect("in bounds");
        scan.read(code, start as usize)
    }

    /// Every loop of every body of `wasm`: `(skimmed uses, how the skim ended, reference)`.
    fn loops_of(wasm: &[u8]) -> Vec<(Vec<(u32, u32)>, ScanEnd, Option<Vec<(u32, u32)>>)> {
        let mut found = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(wasm) {
            let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload else { continue };
            let body_len = (body.range().end - body.range().start) as usize;
            let Ok(mut ops) = body.get_operators_reader() else { continue };
            while let Ok(op) = ops.read() {
                if let Operator::Loop { .. } = op {
                    // A fresh scan for each loop, so nested loops are read too.
                    let mut scan = LoopScan::new(body_len, LoopScratch::default());
                    scan.budget = u64::MAX;
                    let end = read_at(&mut scan, ops.get_binary_reader());
                    let mut uses = scan.uses.clone();
                    uses.sort();
                    found.push((uses, end, reference_uses(ops.get_binary_reader())));
                }
            }
        }
        found
    }

    fn uses_of(wat: &str) -> (Vec<(u32, u32)>, ScanEnd) {
        let (uses, end, _) = loops_of(&wat::parse_str(wat).expect("valid wat")).remove(0);
        (uses, end)
    }

    #[test]
    fn counts_accesses_until_the_loop_ends_weighting_nested_loops() {
        let (uses, end) = uses_of(
            "(module (memory 1) (func (param f64) (local i32 i32 i32)
               (loop
                 (local.set 1 (i32.add (local.get 1) (i32.const -100000)))
                 (block (result i32) (loop (local.set 2 (i64.load32_s offset=70000 (local.get 2)))
                   (br_if 0 (local.get 2))) (i32.const 1))
                 (drop (f64.add (local.get 0) (f64.const 1.5)))
                 (drop (i32.trunc_sat_f64_s (f64.const 2)))
                 (memory.copy (local.get 1) (local.get 1) (i32.const 4))
                 (br_if 0 (local.get 1)))
               (local.set 3 (local.get 3))))",
        );
        // Local 1: five accesses; local 2: three inside the nested loop (weight 4 each);
        // local 3 comes after the loop's end and is not counted.
        assert_eq!(uses, vec![(0, 1), (1, 5), (2, 12)]);
        assert_eq!(end, ScanEnd::LoopEnd);
    }

    #[test]
    fn stops_at_an_operator_it_does_not_decode() {
        let (uses, end) = uses_of(
            "(module (func (local v128 i32)
               (loop (local.set 1 (i32.const 1)) (local.set 0 (v128.const i64x2 0 0)) (local.set 1 (i32.const 2)))))",
        );
        assert_eq!((uses, end), (vec![(1, 1)], ScanEnd::Partial));
    }

    #[test]
    fn stops_after_the_byte_limit() {
        let body = "(local.set 0 (local.get 0))".repeat(LOOP_SCAN_BYTES as usize);
        let (uses, end) =
            uses_of(&format!("(module (func (local i32 i32) (loop {body} (local.set 1 (local.get 1)))))"));
        assert_eq!(end, ScanEnd::Partial);
        // Each pair of accesses is 4 bytes; local 1 lies past the limit.
        assert_eq!(uses, vec![(0, (LOOP_SCAN_BYTES / 2) as u32)]);
    }

    #[test]
    fn agrees_with_wasmparser_on_generated_modules() {
        use arbitrary::Unstructured;
        let (mut compared, mut ended) = (0, 0);
        for seed in 0..300u64 {
            let data: Vec<u8> = (0..4000u64)
                .map(|i| (seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ i.wrapping_mul(0x2545_f491)) as u8)
                .collect();
            // Wasm 2.0 without SIMD: what the skimmer decodes (it stops at anything else).
            let config = wasm_smith::Config {
                simd_enabled: false,
                relaxed_simd_enabled: false,
                threads_enabled: false,
                exceptions_enabled: false,
                gc_enabled: false,
                memory64_enabled: false,
                tail_call_enabled: false,
                wide_arithmetic_enabled: false,
                custom_page_sizes_enabled: false,
                max_memories: 1,
                max_tables: 1,
                ..Default::default()
            };
            let Ok(module) = wasm_smith::Module::new(config, &mut Unstructured::new(&data)) else { continue };
            for (uses, end, reference) in loops_of(&module.to_bytes()) {
                let Some(reference) = reference else { continue };
                compared += 1;
                match end {
                    ScanEnd::LoopEnd => {
                        ended += 1;
                        assert_eq!(uses, reference, "seed {seed}");
                    }
                    // A partial count is a prefix of the full one.
                    ScanEnd::Partial => {
                        for (local, count) in uses {
                            let full = reference.iter().find(|(l, _)| *l == local).map_or(0, |(_, c)| *c);
                            assert!(count <= full, "seed {seed}: local {local}");
                        }
                    }
                    ScanEnd::Covered => unreachable!("a fresh scan covers nothing"),
                }
            }
        }
        assert!(compared > 100 && ended > 50, "{compared} loops compared, {ended} read to their end");
    }

    /// The first function body of module `bytes`.
    fn first_body(bytes: &[u8]) -> wasmparser::FunctionBody<'_> {
        wasmparser::Parser::new(0)
            .parse_all(bytes)
            .find_map(|p| match p.expect("valid") {
                wasmparser::Payload::CodeSectionEntry(body) => Some(body),
                _ => None,
            })
            .expect("a body")
    }

    /// How each loop of the first body of `wat` is read by one scan of the function.
    fn scan_ends(wat: &str) -> Vec<ScanEnd> {
        let bytes = wat::parse_str(wat).expect("valid wat");
        let body = first_body(&bytes);
        let body_len = (body.range().end - body.range().start) as usize;
        let mut scan = LoopScan::new(body_len, LoopScratch::default());
        let mut ops = body.get_operators_reader().expect("valid");
        let mut ends = Vec::new();
        while !ops.eof() {
            if let Operator::Loop { .. } = ops.read().expect("valid") {
                ends.push(read_at(&mut scan, ops.get_binary_reader()));
            }
        }
        ends
    }

    #[test]
    fn loops_nested_in_a_loop_read_to_its_end_are_not_read_again() {
        use ScanEnd::*;
        let nest = "(loop (local.set 0 (local.get 0)) (loop (loop (br 0))) (loop))";
        let after = "(loop (local.set 1 (local.get 1)))";
        assert_eq!(
            scan_ends(&format!("(module (func (local i32 i32) {nest} {after} {after}))")),
            vec![LoopEnd, Covered, Covered, Covered, LoopEnd, LoopEnd]
        );
        // A loop read only in part does not cover the loops in it.
        let long = "(local.set 0 (local.get 0))".repeat(LOOP_SCAN_BYTES as usize);
        assert_eq!(
            scan_ends(&format!("(module (func (local i32 i32) (loop {long} (loop (br 0)) (loop))))")),
            vec![Partial, LoopEnd, LoopEnd]
        );
    }

    #[test]
    fn nested_loops_share_a_budget_of_the_body_size() {
        let depth = 5000;
        let body = format!("{}(local.set 0 (local.get 0)){}", "(loop ".repeat(depth), ")".repeat(depth));
        let bytes = wat::parse_str(format!("(module (func (local i32) {body}))")).expect("valid wat");
        let wasmparser::Payload::CodeSectionEntry(body) = wasmparser::Parser::new(0)
            .parse_all(&bytes)
            .map(|p| p.expect("valid"))
            .find(|p| matches!(p, wasmparser::Payload::CodeSectionEntry(_)))
            .expect("a body")
        else {
            unreachable!()
        };
        let body_len = (body.range().end - body.range().start) as usize;
        let mut scan = LoopScan::new(body_len, LoopScratch::default());
        let mut ops = body.get_operators_reader().expect("valid");
        let (mut loops_read, mut read) = (0, 0);
        while !ops.eof() {
            if let Operator::Loop { .. } = ops.read().expect("valid") {
                let before = scan.budget;
                read_at(&mut scan, ops.get_binary_reader());
                read += before - scan.budget;
                loops_read += (before != scan.budget) as u32;
            }
        }
        // Each loop reads until 63 constructs deep, until the budget is spent; the rest
        // read nothing.
        assert!(read <= body_len as u64 * SCAN_BYTES_PER_BODY_BYTE, "{read} bytes read for a {body_len}-byte body");
        assert_eq!(scan.budget, 0);
        assert!(loops_read < depth as u32 / 10, "{loops_read} of {depth} loops read ahead");
    }

    #[test]
    fn a_local_is_read_again_soon_only_before_it_is_set_or_control_flow_intervenes() {
        let body = |wat: &str| {
            let bytes = wat::parse_str(format!("(module (func (param i32 i32) (local i32) {wat}))")).expect("wat");
            let mut ops = first_body(&bytes).get_operators_reader().expect("valid").get_binary_reader();
            ops.read_bytes(ops.bytes_remaining()).expect("in bounds").to_vec()
        };
        // From the first operator (an `i32.add` after two pushes is at offset 4).
        let soon = |wat: &str, at: usize| read_again_soon(&body(wat), at, 2);
        let add = "local.get 0 local.get 1 i32.add";
        assert!(soon(&format!("{add} drop local.get 2 drop"), 4));
        assert!(!soon(&format!("{add} local.set 2 local.get 2 drop"), 4));
        assert!(!soon(&format!("{add} local.tee 2 local.get 2 drop drop"), 4));
        assert!(!soon(&format!("{add} drop block end local.get 2 drop"), 4));
        assert!(!soon(&format!("{add} drop i32.const 1 br_if 0 local.get 2 drop"), 4));
        assert!(!soon(&format!("{add} drop i32.const 0 call 0 local.get 2 drop"), 4));
        assert!(soon(&format!("{add} drop local.get 1 drop local.get 2 drop"), 4));
        let far = "i32.const 1 drop ".repeat(READ_AGAIN_BYTES / 3 + 1);
        assert!(!soon(&format!("{add} drop {far} local.get 2 drop"), 4));
    }

    /// The look-ahead as it was first written, operator by operator through `skim_op`.
    fn read_again_soon_reference(code: &[u8], at: usize, local: u32) -> bool {
        let code = &code[..code.len().min(at + 1 + READ_AGAIN_BYTES)];
        let mut pos = at;
        if skim_op(code, &mut pos).is_none() {
            return false;
        }
        while let Some((op, index)) = skim_op(code, &mut pos) {
            match op {
                0x20 if index == local => return true,
                0x21 | 0x22 if index == local => return false,
                0x02..=0x05 | 0x0b..=0x11 => return false,
                _ => {}
            }
        }
        false
    }

    #[test]
    fn the_fast_look_ahead_agrees_with_one_operator_at_a_time() {
        // Random byte strings, biased towards the opcodes the look-ahead steps over.
        let ops: &[u8] = &[0x20, 0x21, 0x22, 0x41, 0x28, 0x36, 0x6a, 0x0c, 0x0d, 0x10, 0x02, 0x0b, 0x1a, 0xfc, 0x43];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = 1 + (next() % 48) as usize;
            let code: Vec<u8> = (0..len)
                .map(|_| match next() % 4 {
                    0 => next() as u8,
                    1 => (next() % 4) as u8 | if next() % 5 == 0 { 0x80 } else { 0 },
                    _ => ops[(next() % ops.len() as u64) as usize],
                })
                .collect();
            for local in 0..3 {
                assert_eq!(
                    read_again_soon(&code, 0, local),
                    read_again_soon_reference(&code, 0, local),
                    "{code:02x?} local {local}"
                );
            }
        }
    }

    #[test]
    fn locals_past_the_slot_map_are_counted_too() {
        let many = " i32".repeat(SLOT_MAP_LOCALS as usize + 10);
        let last = SLOT_MAP_LOCALS + 9;
        let (uses, end) = uses_of(&format!(
            "(module (func (local{many}) (loop (local.set {last} (local.get 3)) (local.set 3 (local.get {last})))))"
        ));
        assert_eq!((uses, end), (vec![(3, 2), (last, 2)], ScanEnd::LoopEnd));
    }

    #[test]
    fn weight_grows_fourfold_per_level_up_to_four() {
        assert_eq!(nesting_weight(0), 1);
        assert_eq!(nesting_weight(1), 4);
        assert_eq!(nesting_weight(4), 256);
        assert_eq!(nesting_weight(9), 256);
    }
}
