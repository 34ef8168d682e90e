//! The control stack: one frame per open block, loop, if and the function body, with
//! the block signatures seen so far and the `br_table` scratch.

use super::lookahead::SetFirst;
use super::registers::LabelLocals;
use super::Ty;
use onepass_arch::{Comparison, Label, Operand, RegClass, RegSet};
use std::cell::Cell;

/// What kind of construct a control frame is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ControlKind {
    /// The function body itself: branching to it returns.
    Function,
    Block,
    Loop,
    /// An `if` whose `else` has not been seen; the label is where the false path goes.
    If(Label),
    Else,
    /// A `try_table`; `true` when it is reachable and so has a landing pad (the last of
    /// `CodeGen::landings` while it is open).
    TryTable(bool),
    /// A legacy `try` (see `exceptions::LegacyTry`).
    LegacyTry(LegacyTry),
}

/// A legacy `try` block's state: its landing pad (if reachable) stores the exception in a
/// hidden local and jumps to `dispatch`, bound where the first `catch`, `catch_all`,
/// `delegate` or the `end` is met; each `catch` tests the tag and jumps to `next` when it
/// does not match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LegacyTry {
    /// Whether the try's start was reachable (it then has a landing pad).
    pub(crate) landing: bool,
    /// The hidden local holding the exception being handled.
    pub(crate) slot: u32,
    /// Where the landing pad jumps; then where the last clause goes when it does not match.
    pub(crate) dispatch: Label,
    /// Which part of the block is being compiled.
    pub(crate) part: LegacyPart,
}

/// The part of a legacy `try` block being compiled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LegacyPart {
    /// The body: calls in it land at the try's landing pad.
    Body,
    /// A `catch` clause's code (a non-matching exception goes to `dispatch`).
    Catch,
    /// The `catch_all` clause's code (nothing is left to match).
    CatchAll,
}

/// A list of value types shared by every block of one signature: a body may nest
/// millions of blocks, and a type may carry 1,000 values, so each block holds a
/// reference, never its own copy.
pub(crate) type Tys = std::rc::Rc<[Ty]>;

/// The shared type lists of the block signatures seen in one function.
#[derive(Default)]
pub(crate) struct BlockSigs {
    empty: Option<Tys>,
    single: [Option<Tys>; 6],
    by_type: std::collections::HashMap<u32, (Tys, Tys)>,
}

impl BlockSigs {
    /// The empty type list.
    pub(crate) fn empty(&mut self) -> Tys {
        self.empty.get_or_insert_with(|| Tys::from([])).clone()
    }

    /// The list of the one type `ty`.
    pub(crate) fn single(&mut self, ty: Ty) -> Tys {
        self.single[ty as usize].get_or_insert_with(|| Tys::from([ty])).clone()
    }

    /// The parameters and results of type `index`, if seen before.
    pub(crate) fn of_type(&self, index: u32) -> Option<(Tys, Tys)> {
        self.by_type.get(&index).cloned()
    }

    /// Record the parameters and results of type `index`.
    pub(crate) fn record_type(&mut self, index: u32, pair: (Tys, Tys)) {
        self.by_type.insert(index, pair);
    }
}

/// One entry of the control stack.
#[derive(Debug)]
pub(crate) struct Control {
    pub(crate) kind: ControlKind,
    /// Branch target: the end for blocks and ifs, the start for loops.
    pub(crate) label: Label,
    /// Stack height below the block's parameters.
    pub(crate) base: usize,
    pub(crate) params: Tys,
    pub(crate) results: Tys,
    /// Whether the block's start could execute.
    pub(crate) start_reachable: bool,
    /// Whether some branch targets the label.
    pub(crate) label_used: bool,
    /// Number of loop homes open when the frame was entered (dropped again at its end).
    pub(crate) homes_start: u32,
    /// Number of loop homes that hold at a loop's label (for other frames, `homes_start`).
    pub(crate) homes_end: u32,
    /// For a loop opened with its homes (see `CodeGen::open_loop`): its entry in
    /// [`ControlStack::loop_starts`]; [`NO_LOOP_START`] for any other frame. (Out of the
    /// frame, which every block copies: a larger frame cost 0.5% more compile
    /// instructions on esbuild.wasm.)
    pub(crate) loop_start: u32,
    /// The homes holding their locals on every branch to a forward label seen so far
    /// (all registers before the first).
    pub(crate) label_homes: RegSet,
    /// For an `if`: the homes holding their locals where it jumps to its else.
    pub(crate) else_homes: RegSet,
    /// The other registers holding locals on every branch to a forward label seen so far
    /// (meaningless before the first: `label_used`).
    pub(crate) label_locals: LabelLocals,
    /// For an `if`: the other registers holding locals where it jumps to its else.
    pub(crate) else_locals: LabelLocals,
}

impl Control {
    /// A frame entered with `homes` loop homes open.
    pub(crate) fn new(kind: ControlKind, label: Label, base: usize, params: Tys, results: Tys, homes: usize) -> Self {
        let homes = homes as u32;
        Control {
            kind,
            label,
            base,
            params,
            results,
            start_reachable: true,
            label_used: false,
            homes_start: homes,
            homes_end: homes,
            loop_start: NO_LOOP_START,
            label_homes: RegSet(u64::MAX),
            else_homes: RegSet::default(),
            label_locals: LabelLocals::default(),
            else_locals: LabelLocals::default(),
        }
    }

    /// The class of the register ([`onepass_arch::Abi::MERGE_REGS`]) a branch to this
    /// frame's label carries its value in: for a block, if or try without parameters
    /// and with one scalar result (the others carry their values in slots).
    pub(crate) fn merge_class(&self) -> Option<RegClass> {
        if matches!(self.kind, ControlKind::Loop | ControlKind::Function) || !self.params.is_empty() {
            return None;
        }
        match *self.results {
            [ty] if ty != Ty::V128 => Some(ty.class()),
            _ => None,
        }
    }

    /// Types carried by a branch to this frame.
    pub(crate) fn branch_types(&self) -> &[Ty] {
        if self.kind == ControlKind::Loop {
            &self.params
        } else {
            &self.results
        }
    }
}

/// How a conditional branch decides.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Condition {
    /// An i32 operand, true when non-zero.
    NonZero(Operand),
    /// A fused comparison `lhs cmp rhs`.
    Compare(Comparison),
}

/// The open control frames, innermost last.
pub(crate) struct ControlStack {
    frames: Vec<Control>,
    /// Type lists of the block signatures met so far.
    pub(crate) sigs: BlockSigs,
    /// `br_table` scratch: the label each branch depth resolved to (all `None` between
    /// tables; kept to reuse its allocation).
    label_of_depth: Vec<Option<Label>>,
    /// The starts of the loops opened with homes in this function, by
    /// [`Control::loop_start`].
    loop_starts: Vec<LoopStart>,
}

/// [`Control::loop_start`] of a frame that has none.
pub(crate) const NO_LOOP_START: u32 = u32::MAX;

/// Where a loop's body starts, and what its straight-line start sets first.
#[derive(Debug)]
pub(crate) struct LoopStart {
    /// The body's first operator, in the function's operator bytes.
    pub(crate) body_at: usize,
    /// Whether a handler of the function is open around the loop (calls in the body's
    /// start then end it: see `lookahead::CallsEndStart`).
    pub(crate) handlers_around: bool,
    /// The locals the body sets before reading them (`lookahead::locals_set_first`), read
    /// when first needed (at the loop's entry or a branch back to it), then kept.
    pub(crate) set_first: Cell<Option<SetFirst>>,
}

/// The allocations of a [`ControlStack`], kept from function to function.
#[derive(Default)]
pub(crate) struct ControlScratch {
    frames: Vec<Control>,
    label_of_depth: Vec<Option<Label>>,
    loop_starts: Vec<LoopStart>,
}

impl ControlStack {
    /// No frame open.
    pub(crate) fn new(scratch: ControlScratch) -> ControlStack {
        let ControlScratch { mut frames, label_of_depth, mut loop_starts } = scratch;
        frames.clear();
        loop_starts.clear();
        ControlStack { frames, sigs: BlockSigs::default(), label_of_depth, loop_starts }
    }

    /// The allocations, for the next function.
    pub(crate) fn into_scratch(self) -> ControlScratch {
        ControlScratch { frames: self.frames, label_of_depth: self.label_of_depth, loop_starts: self.loop_starts }
    }

    /// Record that loop frame `index`'s body starts at `body_at`, inside a handler of the
    /// function when `handlers_around`.
    pub(crate) fn set_loop_start(&mut self, index: usize, body_at: usize, handlers_around: bool) {
        self.frames[index].loop_start = self.loop_starts.len() as u32;
        self.loop_starts.push(LoopStart { body_at, handlers_around, set_first: Cell::new(None) });
    }

    /// Where frame `index`'s loop body starts, if it is a loop opened with homes.
    pub(crate) fn loop_start(&self, index: usize) -> Option<&LoopStart> {
        self.loop_starts.get(self.frames[index].loop_start as usize)
    }

    /// Whether no frame is open (the body's final `end` was read).
    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    /// Number of open frames.
    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.frames.len()
    }

    /// Open `frame`.
    #[inline]
    pub(crate) fn push(&mut self, frame: Control) {
        self.frames.push(frame);
    }

    /// Close the innermost frame (validated: one is open).
    #[inline]
    pub(crate) fn pop(&mut self) -> Control {
        self.frames.pop().expect("validated: control stack underflow")
    }

    /// The innermost frame, if any.
    #[inline]
    pub(crate) fn innermost(&self) -> Option<&Control> {
        self.frames.last()
    }

    /// Frame `index` (0 = the function body).
    #[inline]
    pub(crate) fn frame(&self, index: usize) -> &Control {
        &self.frames[index]
    }

    /// Frame `index`, to change.
    #[inline]
    pub(crate) fn frame_mut(&mut self, index: usize) -> &mut Control {
        &mut self.frames[index]
    }

    /// The index of the frame a branch of relative depth `depth` targets.
    #[inline]
    pub(crate) fn target(&self, depth: u32) -> usize {
        self.frames.len() - 1 - depth as usize
    }

    /// The `br_table` scratch, sized for every frame and all `None`; give it back with
    /// [`Self::put_label_scratch`].
    pub(crate) fn take_label_scratch(&mut self) -> Vec<Option<Label>> {
        let mut labels = std::mem::take(&mut self.label_of_depth);
        labels.resize(self.frames.len(), None);
        labels
    }

    /// Give back the `br_table` scratch (with every entry reset to `None`).
    pub(crate) fn put_label_scratch(&mut self, labels: Vec<Option<Label>>) {
        debug_assert!(labels.iter().all(Option::is_none));
        self.label_of_depth = labels;
    }
}
