//! Tail-return stubs: how a tail call whose callee needs more argument room than the
//! caller's frame has (or another value layout) still runs in bounded stack.
//!
//! Such a call cannot take over its frame: its caller made room for our arguments, not
//! the callee's. So the frame stays, its outgoing area becomes the callee's argument area
//! (rounded up to a size *class*: [`MIN_WORDS`] words doubled up to [`CLASSES`] times), and
//! the callee is entered with a return address that is not ours but the tail-return stub
//! of that class. When the callee returns there, the stub moves the results from the
//! class area to where our caller expects ours (converting between the two value layouts,
//! register or memory, as an [`Info`] word stored just above the area says), then runs our
//! epilogue: the stub returns for the frame that made the call, which is what a tail call
//! must look like to the caller.
//!
//! The chain stays bounded because a function running in a class area knows it: its return
//! address is a stub of that class. A tail call that does not fit its caller's room checks
//! that first (`[fp + 8]` within the stubs of a class at least as large as it needs) and,
//! when it fits, takes over the frame as usual, updating the area's [`Info`] to the new
//! occupant's layout. Only a call that needs a larger class than every enclosing area
//! makes a new one, so the stack holds at most one frame per class, however long the
//! chain.
//!
//! The stubs live at a fixed distance ([`OFFSET`]) after the register-preserving
//! trampoline, whose address every vmctx holds, so compiled code needs no new header field
//! and artifacts stay position-independent. Slot `k` (each [`STRIDE`] bytes) holds the
//! class's area size in bytes as a 64-bit word, then the stub code at [`ENTRY`]. The stack
//! walkers (unwinding, backtraces) step over a frame whose return address is a stub: the
//! frame below it is the one that made the tail call, which no longer runs.

use crate::RegClass;
use dynasmrt::{relocations::Relocation, DynasmApi, VecAssembler};

/// Number of area classes: [`MIN_WORDS`] << 7 = 2048 words holds the largest signature
/// wasm allows (1,000 parameters or results, 16 bytes each in the wide layout).
pub const CLASSES: u32 = 8;
/// Words of the smallest class's area.
pub const MIN_WORDS: u32 = 16;
/// Bytes per stub slot.
pub const STRIDE: i32 = 32;
/// Where a slot's code starts (after its area-size word).
pub const ENTRY: i32 = 8;
/// Distance of the first slot from the start of the register-preserving trampoline.
pub const OFFSET: i32 = 1024;

/// Words of class `class`'s area.
pub fn class_words(class: u32) -> u32 {
    MIN_WORDS << class
}

/// The smallest class whose area holds `words`, if one does.
pub fn class_for(words: u32) -> Option<u32> {
    (0..CLASSES).find(|&c| class_words(c) >= words)
}

/// Offset of class `class`'s stub entry from the start of the register-preserving
/// trampoline.
pub fn entry_offset(class: u32) -> i32 {
    OFFSET + class as i32 * STRIDE + ENTRY
}

/// Lay out the stub slots in `ops` (empty): for each class, its area size in bytes, then
/// the code `entry` emits for it, padded to [`STRIDE`] with copies of `pad` (an instruction
/// that traps).
pub(crate) fn emit_slots<R: Relocation>(
    ops: &mut VecAssembler<R>,
    pad: &[u8],
    mut entry: impl FnMut(&mut VecAssembler<R>, u32),
) {
    for class in 0..CLASSES {
        let size = class_words(class) * 8;
        ops.extend((size as u64).to_le_bytes());
        entry(ops, size);
        let end = ((class + 1) as i32 * STRIDE) as usize;
        while ops.offset().0 < end {
            ops.extend(pad.iter().copied());
        }
        assert_eq!(ops.offset().0, end, "a tail-return slot overflows its stride");
    }
}

/// The word above a class area that tells its stub how to move the results: stored by the
/// call that makes the area, its occupant's layout updated by each call that takes it over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Info {
    /// Number of results (both signatures have the same).
    pub results: u16,
    /// Layout of the function running in the area (where its results are).
    pub occupant: Layout,
    /// Layout our caller expects the results in.
    pub expected: Layout,
    /// Register class of a single result (its return register in the narrow layout).
    pub single: RegClass,
}

/// Where a signature's values go (the compiler's `ValueLayout`): narrow signatures use 8
/// bytes per value and return one result in a register; wide ones (any `v128`) use 16
/// bytes per value and return every result in the argument area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// 8 bytes per value, one result in a register.
    Narrow,
    /// 16 bytes per value, results in memory.
    Wide,
}

/// Bit of [`Info::occupant`] being wide.
pub const OCCUPANT_WIDE: u64 = 1 << 16;
/// Bit of [`Info::expected`] being wide.
pub const EXPECTED_WIDE: u64 = 1 << 17;
/// Bit of a single result being a float.
pub const FLOAT_RESULT: u64 = 1 << 18;
/// Mask of the result count.
pub const COUNT_MASK: u64 = 0xffff;

impl Info {
    /// The word's bits.
    pub fn bits(self) -> u64 {
        let mut bits = self.results as u64;
        if self.occupant == Layout::Wide {
            bits |= OCCUPANT_WIDE;
        }
        if self.expected == Layout::Wide {
            bits |= EXPECTED_WIDE;
        }
        if self.single == RegClass::Float {
            bits |= FLOAT_RESULT;
        }
        bits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_hold_every_signature() {
        assert_eq!(class_for(1), Some(0));
        assert_eq!(class_for(16), Some(0));
        assert_eq!(class_for(17), Some(1));
        assert_eq!(class_for(2000), Some(7));
        assert_eq!(class_for(2049), None);
        assert!(entry_offset(CLASSES - 1) + STRIDE - ENTRY <= OFFSET + CLASSES as i32 * STRIDE);
    }

    #[test]
    fn info_bits() {
        let info = Info { results: 3, occupant: Layout::Wide, expected: Layout::Narrow, single: RegClass::Int };
        assert_eq!(info.bits(), 3 | OCCUPANT_WIDE);
    }
}
