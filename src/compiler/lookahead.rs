//! Reading a body ahead of the compiler, with the skimmer of [`super::bytecode`]: the
//! local accesses of a loop about to open (for its homes, see `homes`), whether a local
//! is read again within the next few operators, and whether the next operator sets a
//! given local.

use super::bytecode::{fast_step, local_operand, op, skim_op, uleb32, uleb64, STEP, STEP_LOCAL};

/// How far ahead a loop's body is read for its locals: inner loops are usually short, and
/// the read costs about as much as decoding the body once more.
pub(crate) const LOOP_SCAN_BYTES: u64 = 512;

/// How far a loop with SIMD operators is read when [`LOOP_SCAN_BYTES`] did not reach its
/// end: SIMD code is longer in bytes (two-byte-plus opcodes, memory arguments on most
/// loads), and a loop read to its end keeps its homes in registers (write-back) instead
/// of storing each `local.set` to the frame too. Only loops that need it pay the reread.
const SIMD_LOOP_SCAN_BYTES: u64 = 2048;

/// Bytes all the loops of a function may read ahead, per byte of its body: nested loops
/// read the same bytes again, and without a bound a body of nothing but nested loops would
/// be read thousands of times over. The loops opened once it is spent get no homes.
const SCAN_BYTES_PER_BODY_BYTE: u64 = 1;

/// Weight of an access inside `n` nested loops (relative to the loop being opened): each
/// level counts four times the one around it, up to four levels.
fn nesting_weight(n: u32) -> u32 {
    1 << (2 * n.min(4))
}

/// Scratch for reading loop bodies ahead, kept across the loops of a function.
pub(crate) struct LoopScan {
    /// `(local, weighted accesses, whether the loop sets it)` of the loop last read.
    pub(crate) uses: Vec<(u32, u32, bool)>,
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
    uses: Vec<(u32, u32, bool)>,
    slots: Vec<u16>,
}

/// Locals up to this index are found in the loop's counts through a map; the rest (rare:
/// a function with thousands of locals) by a search.
const SLOT_MAP_LOCALS: u32 = 1 << 14;

/// The weighted access counts of the loop being read.
struct Uses<'a> {
    list: &'a mut Vec<(u32, u32, bool)>,
    slots: &'a mut Vec<u16>,
}

impl Uses<'_> {
    /// Count an access to `local` of weight `weight`, a `local.set` or `local.tee` when
    /// `set`.
    #[inline(always)]
    fn count(&mut self, local: u32, weight: u32, set: bool) {
        let list = &mut *self.list;
        if local < SLOT_MAP_LOCALS {
            let at = local as usize;
            if at >= self.slots.len() {
                self.slots.resize((at + 1).next_power_of_two(), 0);
            }
            let slot = self.slots[at] as usize;
            match list.get_mut(slot) {
                Some((l, count, sets)) if *l == local => {
                    *count = count.saturating_add(weight);
                    *sets |= set;
                }
                _ => {
                    // At most one entry per two bytes read (LOOP_SCAN_BYTES): fits u16.
                    self.slots[at] = list.len() as u16;
                    list.push((local, weight, set));
                }
            }
            return;
        }
        match list.iter_mut().find(|(l, ..)| *l == local) {
            Some((_, count, sets)) => {
                *count = count.saturating_add(weight);
                *sets |= set;
            }
            None => list.push((local, weight, set)),
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
        let mut simd = false;
        let mut uses = Uses { list: &mut self.uses, slots: &mut self.slots };
        let (mut read, mut end) = skim(&code[..limit], &mut uses, &mut self.calls, &mut simd);
        if end == ScanEnd::Partial && simd && read == limit && limit < code.len() {
            let limit = (SIMD_LOOP_SCAN_BYTES.min(self.budget) as usize).min(code.len());
            uses.list.clear();
            self.calls = false;
            (read, end) = skim(&code[..limit], &mut uses, &mut self.calls, &mut simd);
        }
        self.budget -= (read as u64).min(self.budget);
        if end == ScanEnd::LoopEnd {
            self.covered_end = start as u64 + read as u64;
        }
        end
    }
}

/// Count local accesses in `code`, the start of a loop's body, until the loop's `end`.
/// Returns the bytes read and how the read ended.
///
/// `calls` is set when the body calls out of the function's code (a call, or an operator
/// compiled to a builtin call): calls clobber every register.
fn skim(code: &[u8], uses: &mut Uses<'_>, calls: &mut bool, simd: &mut bool) -> (usize, ScanEnd) {
    let mut pos = 0;
    // One bit per open construct inside the loop, set for loops; at most 63 deep.
    let (mut depth, mut loop_bits, mut loops) = (0u32, 0u64, 0u32);
    loop {
        let Some(&first) = code.get(pos) else { return (pos, ScanEnd::Partial) };
        let step = STEP[usize::from(first)];
        if step & STEP_LOCAL != 0 {
            let Some((local, next)) = local_operand(code, pos) else { return (code.len(), ScanEnd::Partial) };
            uses.count(local, nesting_weight(loops), first != op::LOCAL_GET);
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
            op::BLOCK..=op::IF => {
                if depth == 63 {
                    return (pos, ScanEnd::Partial);
                }
                let is_loop = op == op::LOOP;
                loop_bits = loop_bits << 1 | is_loop as u64;
                loops += is_loop as u32;
                depth += 1;
            }
            op::END => {
                if depth == 0 {
                    return (pos, ScanEnd::LoopEnd);
                }
                loops -= (loop_bits & 1) as u32;
                loop_bits >>= 1;
                depth -= 1;
            }
            // call, call_indirect, memory.grow; bulk memory and table operators (the
            // saturating conversions, 0xfc 0..=7, are compiled inline).
            op::CALL | op::CALL_INDIRECT | op::MEMORY_GROW => *calls = true,
            op::PREFIX_FC if local >= op::FC_FIRST_BUILTIN => *calls = true,
            // memory.atomic.notify, wait32, wait64.
            op::PREFIX_FE if local <= op::FE_LAST_BUILTIN => *calls = true,
            op::PREFIX_FD => *simd = true,
            _ => {}
        }
    }
}

/// Whether the operator at `at` is directly followed by `drop`.
pub(crate) fn next_op_drops(code: &[u8], at: usize) -> bool {
    let mut pos = at;
    skim_op(code, &mut pos).is_some() && code.get(pos) == Some(&op::DROP)
}

/// How far past the current operator [`read_again_soon`] looks.
const READ_AGAIN_BYTES: usize = 96;

/// Whether `local` is read (`local.get`) among the operators in the [`READ_AGAIN_BYTES`]
/// after the one at `code[at..]`, before anything that sets it or that makes the compiler
/// forget which registers hold locals anyway (a label, a branch other than `br_if`, a
/// call). A `br_if` falls through with the registers as they were (musl's `exp` tests a
/// local's bits and reads the local just past the `br_if`).
pub(crate) fn read_again_soon(code: &[u8], at: usize, local: u32) -> bool {
    let code = &code[..code.len().min(at + 1 + READ_AGAIN_BYTES)];
    let mut pos = at;
    if skim_op(code, &mut pos).is_none() {
        return false;
    }
    while let Some(&first) = code.get(pos) {
        // A label, branch or call ends the look (and the knowledge it is for).
        if (op::BLOCK..=op::CALL_INDIRECT).contains(&first) && first != op::BR_IF {
            return false;
        }
        match skim_step(code, &mut pos) {
            Some(Skimmed::Local(index)) if index == local => return first == op::LOCAL_GET,
            Some(_) => {}
            None => return false,
        }
    }
    false
}

/// How far past the current operator [`overwritten_before_read`] looks.
const OVERWRITTEN_BYTES: usize = 64;

/// Whether local `local`'s current value is never read again: among the operators in the
/// [`OVERWRITTEN_BYTES`] after the one at `code[at..]`, a `local.set`/`local.tee` of it or
/// the function's return (`return`, the body's final `end`) comes before any read of it
/// and before anything that leaves straight-line code or calls out (which may read the
/// frame: a label, a branch, a call, a throw, a prefixed operator that may call a builtin).
///
/// `loop_sets_first(depth)`, for a `br`/`br_if` `depth` levels out to a loop, gives the
/// locals (bits by index in `locals`) that loop's body sets before it reads them; `None`
/// for any other target. Such a branch reads only the others: the look goes on past a
/// `br_if`, and a `br` ends it with those locals overwritten.
pub(crate) fn overwritten_before_read(
    code: &[u8],
    at: usize,
    local: u32,
    loop_sets_first: impl FnMut(u32, &[u32]) -> Option<u64>,
) -> bool {
    overwritten_before_read_of(code, at, &[local], loop_sets_first) != 0
}

/// [`overwritten_before_read`] for each of `locals` (at most 64) in one scan: bit `i` is
/// set when `locals[i]`'s current value is never read again.
pub(crate) fn overwritten_before_read_of(
    code: &[u8],
    at: usize,
    locals: &[u32],
    mut loop_sets_first: impl FnMut(u32, &[u32]) -> Option<u64>,
) -> u64 {
    debug_assert!(locals.len() <= 64);
    let window = &code[..code.len().min(at + 1 + OVERWRITTEN_BYTES)];
    let all = u64::MAX >> (64 - locals.len().clamp(1, 64));
    let mut pos = at;
    if locals.is_empty() || skim_op(window, &mut pos).is_none() {
        return 0;
    }
    let (mut seen, mut overwritten) = (0u64, 0u64);
    while seen != all {
        let Some(&first) = window.get(pos) else { break };
        if first == op::RETURN || (first == op::END && pos + 1 == code.len()) {
            return overwritten | (all & !seen);
        }
        if first == op::BR || first == op::BR_IF {
            let mut depth_at = pos + 1;
            let sets_first = uleb32(window, &mut depth_at).and_then(|depth| loop_sets_first(depth, locals));
            let Some(sets_first) = sets_first else { break };
            // Those the loop may read are read here.
            seen |= all & !sets_first;
            if first == op::BR {
                return overwritten | (all & !seen);
            }
            pos = depth_at;
            continue;
        }
        let control = first <= op::LAST_CONTROL && first != op::NOP;
        if control || matches!(first, op::TRY_TABLE | 0xd5 | 0xd6 | 0xfb | op::PREFIX_FC | op::PREFIX_FE) {
            break;
        }
        match skim_step(window, &mut pos) {
            Some(Skimmed::Local(index)) => {
                if let Some(i) = locals.iter().position(|&l| l == index) {
                    let bit = 1u64 << i;
                    if seen & bit == 0 && first != op::LOCAL_GET {
                        overwritten |= bit;
                    }
                    seen |= bit;
                }
            }
            Some(Skimmed::Other) => {}
            None => break,
        }
    }
    overwritten
}

/// Whether calls end the straight-line start [`locals_set_first`] reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CallsEndStart {
    /// They do (a handler of the function is open around the loop).
    Yes,
    /// They do not.
    No,
}

/// Whether `first`, an operator's first byte, ends the straight-line start
/// [`locals_set_first`] reads whatever the loop's homes: a control operator other than
/// `nop` and the two calls (a block, a branch, a return or tail call, a throw, a
/// handler), and the prefixes it does not decode (0xfb, GC; 0xff).
fn ends_set_first_start(first: u8) -> bool {
    let control = first <= op::LAST_CONTROL && !matches!(first, op::NOP | op::CALL | op::CALL_INDIRECT);
    control || first == op::TRY_TABLE || first == 0xfb || first == 0xff
}

/// How far into a loop's body [`locals_set_first`] looks.
const SET_FIRST_BYTES: usize = 256;

/// The locals the loop body `code` sets before it reads them (at most
/// [`SetFirst::CAPACITY`]; past that, or past 64 distinct locals, the rest are left out,
/// which only costs stores and loads): those whose first access in the straight-line start
/// of the body (up to its first control operator, or an operator this scan does not
/// decode) is a set. Every pass through the loop's label runs that start, so the value such
/// a local has at the label is never read: a home for it needs no load when the loop is
/// entered, and a branch back to the loop needs neither to store it nor to fill its home.
///
/// With [`CallsEndStart::Yes`] calls and runtime calls end the start too: a written-back
/// home is stored to the frame before one, and a handler outside the loop may read that
/// frame slot. With no handler open, nothing reads the slot before the set (a call stores
/// the home only if the code after the call may read the local: even then before the
/// set), so with [`CallsEndStart::No`] a call does not end it.
pub(crate) fn locals_set_first(code: &[u8], calls_end: CallsEndStart) -> SetFirst {
    let code = &code[..code.len().min(SET_FIRST_BYTES)];
    let (mut pos, mut seen, mut num_seen) = (0, [0u32; 64], 0);
    let mut set = SetFirst::default();
    while let Some(&first) = code.get(pos) {
        let is_call = matches!(first, op::CALL | op::CALL_INDIRECT | op::MEMORY_GROW | op::PREFIX_FC | op::PREFIX_FE);
        if ends_set_first_start(first) || (is_call && calls_end == CallsEndStart::Yes) {
            break;
        }
        match skim_step(code, &mut pos) {
            Some(Skimmed::Local(index)) => {
                if seen[..num_seen].contains(&index) {
                    continue;
                }
                if num_seen == seen.len() {
                    break;
                }
                seen[num_seen] = index;
                num_seen += 1;
                if first != op::LOCAL_GET && !set.push(index) {
                    break;
                }
            }
            Some(Skimmed::Other) => {}
            None => break,
        }
    }
    set
}

/// Some of the locals a loop's body sets before it reads them (see [`locals_set_first`]),
/// kept in the loop's control frame.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct SetFirst {
    locals: [u32; SetFirst::CAPACITY],
    len: u8,
}

impl SetFirst {
    /// How many locals it keeps.
    pub(crate) const CAPACITY: usize = 16;

    /// Add `local`: `false` when full.
    fn push(&mut self, local: u32) -> bool {
        let Some(slot) = self.locals.get_mut(self.len as usize) else { return false };
        *slot = local;
        self.len += 1;
        true
    }

    /// Whether it holds `local`.
    pub(crate) fn contains(&self, local: u32) -> bool {
        self.locals[..self.len as usize].contains(&local)
    }

    /// Which of `locals` (at most 64) it holds: bit `i` for `locals[i]`.
    pub(crate) fn of(&self, locals: &[u32]) -> u64 {
        let mut bits = 0;
        for (i, &local) in locals.iter().enumerate().take(64) {
            if self.contains(local) {
                bits |= 1 << i;
            }
        }
        bits
    }
}

/// What [`skim_step`] stepped over.
enum Skimmed {
    /// A `local.get`, `local.set` or `local.tee` of this local.
    Local(u32),
    /// Any other operator.
    Other,
}

/// Step over the operator at `code[*pos..]`: the fast step where it applies, else
/// [`skim_op`]. `None` at the end or at an operator the skimmer does not decode.
#[inline(always)]
fn skim_step(code: &[u8], pos: &mut usize) -> Option<Skimmed> {
    let step = STEP[usize::from(*code.get(*pos)?)];
    if step & STEP_LOCAL != 0 {
        let (local, next) = local_operand(code, *pos)?;
        *pos = next;
        return Some(Skimmed::Local(local));
    }
    match fast_step(code, *pos, step) {
        Some(next) => *pos = next,
        None => _ = skim_op(code, pos)?,
    }
    Some(Skimmed::Other)
}

/// What the straight-line start of a body does first to a declared local.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FirstAccess {
    /// Nothing before the straight-line start ended (or it ended at once).
    Unseen,
    /// A `local.set` or `local.tee`: every path reaches it before any read, so the local
    /// need not start zeroed.
    Set,
    /// A `local.get`: the read may see the zero the local starts with.
    Read,
}

/// Control operators that end a body's straight-line start, as bits by opcode (all below
/// 0x20): whatever follows may be reached along another path (a branch, `if`/`else`, a
/// handler) or not at all (`unreachable`, `return`, `throw`). `block`, `loop`, `end`
/// (reached by falling through: no branch came before it), `nop` and the direct and
/// indirect calls (a call that throws leaves the function, or reaches a handler past the
/// end) keep it going.
const ENDS_STRAIGHT_LINE: u32 = {
    let keeps = 1 << op::NOP | 1 << op::BLOCK | 1 << op::LOOP | 1 << op::END | 1 << op::CALL | 1 << op::CALL_INDIRECT;
    // 0x00..=0x19 are control operators; 0x1a..=0x1e are drop, select and reserved ones;
    // 0x1f is `try_table`.
    (0x03ff_ffff & !keeps) | 1 << op::TRY_TABLE
};

/// Record in `first` (one entry per declared local, `Unseen` on entry) what the
/// straight-line start of `code` (a body's operators; locals below `num_params` are its
/// parameters) does first to each declared local, reading up to its first branch,
/// `if`, `return`, trap, handler or operator the skimmer does not decode.
///
/// The body is not validated yet: an index past `first` is ignored (the validator rejects
/// the body later), and what the scan finds only decides which locals the prologue zeroes.
pub(crate) fn first_accesses(code: &[u8], num_params: u32, first: &mut [FirstAccess]) {
    let mut pos = 0;
    while let Some(&byte) = code.get(pos) {
        if byte < 0x20 && ENDS_STRAIGHT_LINE >> byte & 1 != 0 {
            return;
        }
        match skim_step(code, &mut pos) {
            Some(Skimmed::Local(local)) => {
                let Some(entry) = local.checked_sub(num_params).and_then(|i| first.get_mut(i as usize)) else {
                    continue;
                };
                if *entry == FirstAccess::Unseen {
                    *entry = if byte == op::LOCAL_GET { FirstAccess::Read } else { FirstAccess::Set };
                }
            }
            Some(Skimmed::Other) => {}
            None => return,
        }
    }
}

/// What a construct open during [`set_on_every_path`]'s scan is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ConstructKind {
    /// A `block`, or the function's body: branches to it go to its end.
    Block,
    /// A `loop`: branches to it go back to its start.
    Loop,
    /// An `if` before its `else` (if any).
    If,
    /// An `if` after its `else`.
    Else,
}

/// A construct open during [`set_on_every_path`]'s scan.
#[derive(Clone, Copy, Debug)]
pub(crate) struct OpenConstruct {
    kind: ConstructKind,
    /// The locals set on every path to its start (an `if` without `else` falls from there
    /// to its end).
    at_start: u64,
    /// The locals set on every branch to its end seen so far (all ones before the first;
    /// for an `if` after `else`, its `then` arm's end too).
    at_end: u64,
}

/// How deep [`set_on_every_path`] follows nested constructs before it gives up.
const SET_ON_EVERY_PATH_DEPTH: usize = 256;

/// The longest body [`set_on_every_path`] reads (a longer one is not read at all): the
/// zeroing it saves is paid once per call, which matters in short functions (long ones
/// spend their time elsewhere); reading every body to its end cost 5% of compile time,
/// and the first 512 bytes of every body 1.9%.
const SET_ON_EVERY_PATH_BYTES: usize = 512;

/// Which of the declared locals in `tracked` (bit `i`: declared local `i`, so only the
/// first 64) the body `code` sets on every path before any read of them: the locals that
/// need not start zeroed, though a branch comes before their first `local.set`.
/// [`first_accesses`] stops at the first branch; this follows the structured control
/// flow of a body of at most [`SET_ON_EVERY_PATH_BYTES`] to its end (or until every
/// tracked local is read or set at the body's top level), a must-analysis over the
/// constructs:
///
/// - the set of locals set on every path to the current operator grows at each
///   `local.set`/`local.tee`; a `local.get` of a tracked local not in it is a read that may
///   see the starting zero;
/// - a branch to a `block` or `if` meets that set into the end's (intersection); `end`
///   continues with the meet of the fall-through and the branches (and of the start, for
///   an `if` without `else`); `else` restarts from the `if`'s start;
/// - a branch to a `loop` changes nothing: every path in the body passed the loop's start,
///   so what was set there was set at the branch too, and the start's set stays exact;
/// - after `br`, `br_table`, `return` and `unreachable` the code is unreachable: its set
///   is all locals (the identity of the meet, and no read there counts).
///
/// `None` (nothing known) at anything else that could move control (handlers, throws,
/// tail calls, `br_on_*`, the GC prefix), at an operator the skimmer does not decode, or
/// at malformed code: the body is not validated yet, and only valid bodies run.
pub(crate) fn set_on_every_path(
    code: &[u8],
    num_params: u32,
    tracked: u64,
    open: &mut Vec<OpenConstruct>,
) -> Option<u64> {
    const ALL: u64 = u64::MAX;
    if code.len() > SET_ON_EVERY_PATH_BYTES {
        return None;
    }
    open.clear();
    open.push(OpenConstruct { kind: ConstructKind::Block, at_start: 0, at_end: ALL });
    // Locals set on every path to `pos` (ALL where unreachable), and locals read where
    // they might not have been.
    let (mut set, mut read_first) = (0u64, 0u64);
    let mut pos = 0;
    loop {
        let byte = *code.get(pos)?;
        match byte {
            op::LOCAL_GET | op::LOCAL_SET | op::LOCAL_TEE => {
                let (local, next) = local_operand(code, pos)?;
                pos = next;
                let bit = match local.checked_sub(num_params) {
                    Some(i) if i < 64 => 1u64 << i & tracked,
                    _ => 0,
                };
                if byte == op::LOCAL_GET {
                    read_first |= bit & !set;
                } else {
                    set |= bit;
                }
                // Set or read on every path at the top level: nothing later changes that.
                if open.len() == 1 && (set | read_first) & tracked == tracked {
                    return Some(tracked & !read_first);
                }
                continue;
            }
            op::BLOCK | op::LOOP | op::IF => {
                skim_op(code, &mut pos)?;
                let kind = match byte {
                    op::BLOCK => ConstructKind::Block,
                    op::LOOP => ConstructKind::Loop,
                    _ => ConstructKind::If,
                };
                if open.len() == SET_ON_EVERY_PATH_DEPTH {
                    return None;
                }
                open.push(OpenConstruct { kind, at_start: set, at_end: ALL });
                continue;
            }
            op::ELSE => {
                pos += 1;
                let top = open.last_mut()?;
                if top.kind != ConstructKind::If {
                    return None;
                }
                top.at_end &= set;
                top.kind = ConstructKind::Else;
                set = top.at_start;
                continue;
            }
            op::END => {
                pos += 1;
                let top = open.pop()?;
                set = match top.kind {
                    ConstructKind::Block | ConstructKind::Else => set & top.at_end,
                    ConstructKind::Loop => set,
                    ConstructKind::If => set & top.at_end & top.at_start,
                };
                if open.is_empty() {
                    return Some(tracked & !read_first);
                }
                continue;
            }
            op::BR | op::BR_IF => {
                pos += 1;
                let depth = uleb32(code, &mut pos)?;
                branch_meets(open, depth, set)?;
                if byte == op::BR {
                    set = ALL;
                }
                continue;
            }
            op::BR_TABLE => {
                pos += 1;
                let targets = uleb32(code, &mut pos)?;
                // The default target after the others.
                for _ in 0..=targets {
                    let depth = uleb32(code, &mut pos)?;
                    branch_meets(open, depth, set)?;
                }
                set = ALL;
                continue;
            }
            op::UNREACHABLE | op::RETURN => {
                pos += 1;
                set = ALL;
                continue;
            }
            // Calls return here (a throw leaves the function: no handler is open, as
            // `try_table` and the legacy `try` end the scan).
            op::NOP | op::CALL | op::CALL_INDIRECT | op::DROP | op::SELECT | op::SELECT_TYPED => {}
            // Every other control operator, `br_on_null`/`br_on_non_null`, and the GC
            // prefix (`br_on_cast`): control flow this scan does not follow.
            0x00..=0x1f | 0xd5 | 0xd6 | 0xfb | 0xff => return None,
            _ => {}
        }
        skim_step(code, &mut pos)?;
    }
}

/// Meet `set` into the end of the construct `depth` levels out (a branch to it); `None`
/// when there is no such construct.
fn branch_meets(open: &mut [OpenConstruct], depth: u32, set: u64) -> Option<()> {
    let index = open.len().checked_sub(1)?.checked_sub(depth as usize)?;
    let target = &mut open[index];
    if target.kind != ConstructKind::Loop {
        target.at_end &= set;
    }
    Some(())
}

/// The local that the operator after the one at `code[at..]` sets (`local.set` or
/// `local.tee`), if it is one.
pub(crate) fn next_op_set_local(code: &[u8], at: usize) -> Option<u32> {
    let pos = match fast_step(code, at, STEP[usize::from(*code.get(at)?)]) {
        Some(pos) => pos,
        None => {
            let mut pos = at;
            skim_op(code, &mut pos)?;
            pos
        }
    };
    match *code.get(pos)? {
        op::LOCAL_SET | op::LOCAL_TEE => local_operand(code, pos).map(|(local, _)| local),
        _ => None,
    }
}

/// Whether the operator at `code[at..]` is one without immediates (a numeric operator, an
/// untyped `select`, or a SIMD operator without immediates) directly followed by a
/// `local.set`/`local.tee` of `local`.
pub(crate) fn next_op_sets(code: &[u8], at: usize, local: u32) -> bool {
    let single_byte = |b: u8| b == op::SELECT || (op::FIRST_NUMERIC..=op::LAST_NUMERIC).contains(&b);
    let next = match code.get(at) {
        Some(&b) if single_byte(b) => at + 1,
        Some(&op::PREFIX_FD) => {
            let mut pos = at + 1;
            match uleb64(code, &mut pos) {
                Some(0x0e..=0x14 | 0x23..=0x53 | 0x5e..=0x113) => pos,
                _ => return false,
            }
        }
        _ => return false,
    };
    if !matches!(code.get(next), Some(&(op::LOCAL_SET | op::LOCAL_TEE))) {
        return false;
    }
    uleb64(code, &mut (next + 1)) == Some(local as u64)
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
                    let mut uses: Vec<(u32, u32)> = scan.uses.iter().map(|&(l, w, _)| (l, w)).collect();
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
    fn marks_the_locals_the_loop_sets() {
        let wasm = wat::parse_str(
            "(module (func (param i32) (local i32 i32 i32)
               (loop
                 (local.set 1 (local.get 0))
                 (drop (local.tee 2 (local.get 1)))
                 (br_if 0 (local.get 3)))))",
        )
        .expect("valid wat");
        let code_start = wasm.windows(2).position(|w| w == [0x03, 0x40]).expect("a loop") + 2;
        let mut scan = LoopScan::new(64, LoopScratch::default());
        assert_eq!(scan.read(&wasm[code_start..], code_start), ScanEnd::LoopEnd);
        let mut uses = scan.uses.clone();
        uses.sort();
        assert_eq!(uses, vec![(0, 1, false), (1, 2, true), (2, 1, true), (3, 1, false)]);
    }

    #[test]
    fn stops_at_an_operator_it_does_not_decode() {
        let (uses, end) = uses_of(
            "(module (func (local i32 i32)
               (loop (local.set 1 (i32.const 1)) (drop (ref.i31 (i32.const 0))) (local.set 1 (i32.const 2)))))",
        );
        assert_eq!((uses, end), (vec![(1, 1)], ScanEnd::Partial));
        // Atomic operators it steps over (the fence's zero byte too).
        let (uses, end) = uses_of(
            "(module (memory 1 1 shared) (func (local i32 i32)
               (loop (local.set 1 (i32.const 1)) (drop (i32.atomic.load offset=8 (i32.const 0))) (atomic.fence)
                 (drop (i64.atomic.rmw.cmpxchg (i32.const 0) (i64.const 1) (i64.const 2))) (local.set 1 (i32.const 2)))))",
        );
        assert_eq!((uses, end), (vec![(1, 2)], ScanEnd::LoopEnd));
        // SIMD operators it steps over.
        let (uses, end) = uses_of(
            "(module (func (local v128 i32)
               (loop (local.set 1 (i32.const 1)) (local.set 0 (v128.const i64x2 0 0)) (local.set 1 (i32.const 2)))))",
        );
        assert_eq!((uses, end), (vec![(0, 1), (1, 2)], ScanEnd::LoopEnd));
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
        // (A `br_if` falls through with the registers as they were.)
        assert!(soon(&format!("{add} drop i32.const 1 br_if 0 local.get 2 drop"), 4));
        assert!(!soon(&format!("{add} drop i32.const 1 br 0 local.get 2 drop"), 4));
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
                0x02..=0x05 | 0x0b | 0x0c | 0x0e..=0x11 => return false,
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
    fn simd_operators_are_stepped_over_like_wasmparser_reads_them() {
        // Every immediate shape: memory immediates, v128.const, shuffle, lanes, lane loads.
        let wasm = wat::parse_str(
            "(module (memory 1) (func (param i32 v128) (result v128) (local v128)
               (local.set 2 (v128.load offset=70000 (local.get 0)))
               (v128.store align=4 (local.get 0) (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31
                 (v128.const i64x2 -1 7) (local.get 1)))
               (local.set 2 (i32x4.replace_lane 3 (local.get 2) (i8x16.extract_lane_u 15 (local.get 1))))
               (local.set 2 (v128.load16_lane offset=300 7 (local.get 0) (local.get 2)))
               (v128.store64_lane 1 (local.get 0) (local.get 2))
               (local.set 2 (v128.load64_zero (local.get 0)))
               (local.set 2 (f32x4.relaxed_madd (local.get 2) (local.get 2) (i16x8.splat (local.get 0))))
               (local.get 2)))",
        )
        .expect("valid wat");
        let body = wasmparser::Parser::new(0)
            .parse_all(&wasm)
            .find_map(|p| match p {
                Ok(wasmparser::Payload::CodeSectionEntry(body)) => Some(body),
                _ => None,
            })
            .expect("a body");
        let mut reader = body.get_operators_reader().expect("operators");
        let base = reader.original_position() as usize;
        let code = &wasm[base..body.range().end as usize];
        let mut pos = 0;
        while !reader.eof() {
            reader.read().expect("an operator");
            let next = reader.original_position() as usize - base;
            let (op, _) = skim_op(code, &mut pos).unwrap_or_else(|| panic!("skim stopped at {pos}"));
            assert_eq!(pos, next, "after opcode {op:#x}");
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

    #[test]
    fn locals_set_on_every_path_follow_blocks_ifs_and_branches() {
        // Declared locals 0..3 (after one parameter) of a body, all tracked.
        let scan = |wat: &str| {
            let text =
                format!("(module (tag $e) (func (param $p i32) (local $a i32) (local $b i32) (local $c i32) {wat}))");
            let bytes = wat::parse_str(text).expect("wat");
            let mut ops = first_body(&bytes).get_operators_reader().expect("valid").get_binary_reader();
            let code = ops.read_bytes(ops.bytes_remaining()).expect("in bounds").to_vec();
            set_on_every_path(&code, 1, 0b111, &mut Vec::new())
        };
        // Never read: no zeroing needed.
        assert_eq!(scan(""), Some(0b111));
        // Set in both arms, then read; $b read on the path that skips its set.
        let arms = "(if (local.get $p) (then (local.set $a (i32.const 1))) (else (local.set $a (i32.const 2))))";
        let skip = "(block (br_if 0 (local.get $p)) (local.set $b (i32.const 1))) (drop (local.get $b))";
        assert_eq!(scan(&format!("{arms} (drop (local.get $a)) {skip}")), Some(0b101));
        // An `if` without `else` leaves unset what only its arm sets.
        assert_eq!(scan("(if (local.get $p) (then (local.set $c (i32.const 1)))) (drop (local.get $c))"), Some(0b011));
        // A loop's back edge changes nothing; a read in the body before the set counts.
        let looped = "(loop $l (drop (local.get $a)) (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (br_if $l (local.get $b))) (drop (local.get $b))";
        assert_eq!(scan(looped), Some(0b110));
        // Reads in unreachable code do not count; sets there do not reach the end.
        assert_eq!(
            scan("(block (br 0) (drop (local.get $a)) (local.set $b (i32.const 1))) (drop (local.get $b))"),
            Some(0b101)
        );
        // Handlers, throws and `br_on_null` end the scan with nothing known.
        assert_eq!(scan("(block $h (try_table (catch_all $h) (local.set $a (i32.const 1))))"), None);
        assert_eq!(scan("(throw $e)"), None);
        assert_eq!(scan("(block $n (br_on_null $n (ref.null func)) (drop))"), None);
        // Malformed: a branch past the function.
        let bad = [0x0c, 0x05, 0x0b];
        assert_eq!(set_on_every_path(&bad, 1, 1, &mut Vec::new()), None);
        assert_eq!(set_on_every_path(&[op::ELSE, op::END], 1, 1, &mut Vec::new()), None);
    }
}
