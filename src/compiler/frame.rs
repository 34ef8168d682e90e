//! Frame layout of a compiled function (arch-neutral part; see the backend's module docs
//! for where the frame pointer and return address sit).
//!
//! ```text
//!   Frame(ARGS_OFFSET + A*i)            parameter i (incoming stack argument)
//!   Frame(-8)                           this function's vmctx (VMCTX_FRAME_SLOT)
//!   Frame(-8 - S*(j+1))                 non-parameter local j
//!   Frame(-8 - S*(locals+d+1))          home slot of value-stack depth d
//!   Sp(A'*i)                            outgoing argument i
//! ```
//! S, the slot width, is 8 bytes, or 16 in a function that may hold a `v128` (its
//! signature, its locals or its module's types and globals have one, or its body turned
//! out to use SIMD: see `driver`). A, the argument width, is 8 bytes, or 16 when the
//! function's own signature has a `v128` (A' likewise for the callee's signature: see
//! [`super::ValueLayout`]). The frame size is known only after the body is compiled (the
//! deepest value stack and the widest call decide it) and is patched into the prologue.

use super::lookahead::FirstAccess;
use super::{Ty, ValueLayout};
use onepass_arch::{Address, VMCTX_FRAME_SLOT};

/// Locals below this index have their type in a flat table; the rest are found by a
/// binary search over the declarations, so a body that declares 50,000 locals in four
/// bytes costs a few bytes of compiler memory, not 50,000.
const DENSE_LOCALS: usize = 256;

/// Types of a function's locals, parameters first, kept as runs of one type (one per
/// parameter or local declaration) plus a flat table of the first [`DENSE_LOCALS`].
#[derive(Default)]
pub(crate) struct LocalTypes {
    dense: Vec<Ty>,
    /// (end of the run, exclusive; its type), in index order.
    runs: Vec<(u32, Ty)>,
    count: u32,
}

impl LocalTypes {
    /// Append `count` locals of type `ty` (the total stays within wasmparser's limit of
    /// 50,000 locals, checked before this is called).
    pub(crate) fn push(&mut self, count: u32, ty: Ty) {
        if count == 0 {
            return;
        }
        let dense = (DENSE_LOCALS - self.dense.len()).min(count as usize);
        self.dense.extend(std::iter::repeat_n(ty, dense));
        self.count += count;
        self.runs.push((self.count, ty));
    }

    /// Whether any local is a `v128`.
    pub(crate) fn has_v128(&self) -> bool {
        self.runs.iter().any(|&(_, ty)| ty == Ty::V128)
    }

    /// Number of locals.
    pub(crate) fn len(&self) -> u32 {
        self.count
    }

    /// Type of local `index` (validated to exist).
    pub(crate) fn get(&self, index: u32) -> Ty {
        if let Some(&ty) = self.dense.get(index as usize) {
            return ty;
        }
        self.runs[self.runs.partition_point(|&(end, _)| end <= index)].1
    }
}

/// Largest frame a function may have, on every ISA (aarch64 encodes the size in two
/// 12-bit immediates). A deeper value stack is a compile error, checked as the stack
/// grows, so slot offsets never approach the range of an `i32`.
pub(crate) const MAX_FRAME_BYTES: u32 = (1 << 24) - 16;

/// Where a function's locals and home slots live. Its size grows as the body needs it
/// (deeper stacks, wider calls) and is final once the body is compiled.
pub(crate) struct Frame {
    /// Types of all locals, parameters first.
    local_types: LocalTypes,
    /// Number of parameters.
    num_params: u32,
    /// Offset of the first incoming argument from the frame pointer.
    args_offset: i32,
    /// Bytes per incoming argument (and result written back there).
    arg_bytes: i32,
    /// Bytes per local and home slot.
    slot_bytes: i32,
    /// Deepest value stack seen (number of home slots needed).
    max_depth: u32,
    /// Most stack arguments passed by one call.
    max_outgoing: u32,
}

impl Frame {
    /// The frame of a function with `local_types` (its `num_params` parameters first),
    /// whose incoming arguments start `args_offset` bytes above the frame pointer and are
    /// laid out as `args` says, with locals and home slots of `slots` bytes each.
    pub(crate) fn new(
        local_types: LocalTypes,
        num_params: u32,
        args_offset: i32,
        args: ValueLayout,
        slots: ValueLayout,
    ) -> Frame {
        let (arg_bytes, slot_bytes) = (args.bytes(), slots.bytes());
        Frame { local_types, num_params, args_offset, arg_bytes, slot_bytes, max_depth: 0, max_outgoing: 0 }
    }

    /// Whether locals and home slots are 16 bytes wide (room for a `v128`).
    pub(crate) fn has_wide_slots(&self) -> bool {
        self.slot_bytes == 16
    }

    /// Whether the function's own signature has a `v128` (then all its results, even a
    /// single one, go back through the incoming-argument area).
    pub(crate) fn has_wide_args(&self) -> bool {
        self.arg_bytes == 16
    }

    /// Number of locals, parameters included.
    #[inline]
    pub(crate) fn num_locals(&self) -> u32 {
        self.local_types.len()
    }

    /// Number of parameters.
    #[inline]
    pub(crate) fn num_params(&self) -> u32 {
        self.num_params
    }

    /// Type of local `index` (validated to exist).
    #[inline]
    pub(crate) fn local_type(&self, index: u32) -> Ty {
        self.local_types.get(index)
    }

    /// Address of result (or incoming argument) word `i` in the caller's area.
    pub(crate) fn incoming(&self, i: usize) -> Address {
        Address::Frame(self.args_offset + self.arg_bytes * i as i32)
    }

    /// The value stack reached depth `depth`: it needs that many home slots.
    #[inline(always)]
    pub(crate) fn note_depth(&mut self, depth: usize) {
        self.max_depth = self.max_depth.max(depth as u32);
    }

    /// Deepest value stack seen.
    pub(crate) fn max_depth(&self) -> u32 {
        self.max_depth
    }

    /// A call passes (or gets back) `words` 8-byte stack words.
    pub(crate) fn note_outgoing(&mut self, words: u32) {
        self.max_outgoing = self.max_outgoing.max(words);
    }

    fn declared_locals(&self) -> u32 {
        self.local_types.len() - self.num_params
    }

    /// Address of local `index`.
    pub(crate) fn local(&self, index: u32) -> Address {
        if index < self.num_params {
            Address::Frame(self.args_offset + self.arg_bytes * index as i32)
        } else {
            Address::Frame(VMCTX_FRAME_SLOT - self.slot_bytes * (index - self.num_params + 1) as i32)
        }
    }

    /// Address of the home slot of value-stack depth `depth`.
    pub(crate) fn slot(&self, depth: usize) -> Address {
        Address::Frame(VMCTX_FRAME_SLOT - self.slot_bytes * (self.declared_locals() as i32 + depth as i32 + 1))
    }

    /// The frame ranges (start offset, length) the prologue zeroes into `runs`: the slots
    /// of the declared locals whose entry in `first` (one per declared local) is not
    /// [`FirstAccess::Set`]. A slot that is set first but lies between two to zero is
    /// zeroed with them (one store costs less than a split run).
    pub(crate) fn zeroed_runs(&self, first: &[FirstAccess], runs: &mut Vec<(i32, u32)>) {
        runs.clear();
        let slot = self.slot_bytes;
        // Declared local `i` is at VMCTX_FRAME_SLOT - slot * (i + 1): a run of indices
        // [from, to) starts at the slot of `to - 1`.
        let mut push = |from: u32, to: u32| {
            let start = VMCTX_FRAME_SLOT - slot * to as i32;
            let end = VMCTX_FRAME_SLOT - slot * from as i32;
            match runs.last_mut() {
                // At most one slot between this run and the one above it.
                Some((last_start, len)) if *last_start - end <= slot => {
                    *len += (*last_start - start) as u32;
                    *last_start = start;
                }
                _ => runs.push((start, slot as u32 * (to - from))),
            }
        };
        let mut open: Option<u32> = None;
        for (i, &access) in first.iter().enumerate() {
            let i = i as u32;
            match (access == FirstAccess::Set, open) {
                (false, None) => open = Some(i),
                (true, Some(from)) => {
                    push(from, i);
                    open = None;
                }
                _ => {}
            }
        }
        if let Some(from) = open {
            push(from, first.len() as u32);
        }
    }

    /// Frame size below the saved frame pointer, 16-byte aligned (computed in 64 bits:
    /// callers compare it with [`MAX_FRAME_BYTES`]).
    pub(crate) fn size(&self) -> u64 {
        let slots = self.declared_locals() as u64 + self.max_depth as u64;
        (8 + self.slot_bytes as u64 * slots + 8 * self.max_outgoing as u64).next_multiple_of(16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn local_types_answer_by_index_past_the_flat_table() {
        let mut types = LocalTypes::default();
        types.push(1, Ty::I32);
        types.push(0, Ty::F64);
        types.push(300, Ty::I64);
        types.push(50_000 - 302, Ty::F32);
        types.push(1, Ty::Ref);
        assert_eq!(types.len(), 50_000);
        assert_eq!(types.get(0), Ty::I32);
        assert_eq!(types.get(1), Ty::I64);
        assert_eq!(types.get(255), Ty::I64);
        assert_eq!(types.get(256), Ty::I64);
        assert_eq!(types.get(300), Ty::I64);
        assert_eq!(types.get(301), Ty::F32);
        assert_eq!(types.get(49_998), Ty::F32);
        assert_eq!(types.get(49_999), Ty::Ref);
    }
}
