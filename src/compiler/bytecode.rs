//! The WebAssembly binary encoding as the compiler reads it itself, besides wasmparser:
//! opcodes by name, the LEB128 readers, and the *skimmer*, which steps over operators
//! without decoding them. Three readers are built on it: the decoder's fast path
//! (`decode`, `decode_simd`), the loop read-ahead and the next-operator peeks
//! (`lookahead`).
//!
//! Nothing here validates: a reader that meets anything it cannot read without doubt
//! gives up (`None`), and the caller leaves the bytes to wasmparser, whose errors are the
//! ones reported.

/// Opcodes (one byte; [`op::PREFIX_FC`] starts the two-byte ones).
pub(crate) mod op {
    #![allow(missing_docs)]
    pub(crate) const UNREACHABLE: u8 = 0x00;
    pub(crate) const NOP: u8 = 0x01;
    pub(crate) const BLOCK: u8 = 0x02;
    pub(crate) const LOOP: u8 = 0x03;
    pub(crate) const IF: u8 = 0x04;
    pub(crate) const ELSE: u8 = 0x05;
    pub(crate) const END: u8 = 0x0b;
    pub(crate) const BR: u8 = 0x0c;
    pub(crate) const BR_IF: u8 = 0x0d;
    pub(crate) const BR_TABLE: u8 = 0x0e;
    pub(crate) const RETURN: u8 = 0x0f;
    pub(crate) const CALL: u8 = 0x10;
    pub(crate) const CALL_INDIRECT: u8 = 0x11;
    /// The last of the control operators (`catch_all`; 0x00..=0x19).
    pub(crate) const LAST_CONTROL: u8 = 0x19;
    pub(crate) const DROP: u8 = 0x1a;
    pub(crate) const SELECT: u8 = 0x1b;
    pub(crate) const SELECT_TYPED: u8 = 0x1c;
    pub(crate) const TRY_TABLE: u8 = 0x1f;
    pub(crate) const LOCAL_GET: u8 = 0x20;
    pub(crate) const LOCAL_SET: u8 = 0x21;
    pub(crate) const LOCAL_TEE: u8 = 0x22;
    pub(crate) const GLOBAL_GET: u8 = 0x23;
    pub(crate) const GLOBAL_SET: u8 = 0x24;
    pub(crate) const TABLE_SET: u8 = 0x26;
    /// First load (`i32.load`).
    pub(crate) const FIRST_LOAD: u8 = 0x28;
    /// Last load (`i64.load32_u`).
    pub(crate) const LAST_LOAD: u8 = 0x35;
    /// First store (`i32.store`).
    pub(crate) const FIRST_STORE: u8 = 0x36;
    /// Last store (`i64.store32`).
    pub(crate) const LAST_STORE: u8 = 0x3e;
    pub(crate) const MEMORY_SIZE: u8 = 0x3f;
    pub(crate) const MEMORY_GROW: u8 = 0x40;
    pub(crate) const I32_CONST: u8 = 0x41;
    pub(crate) const I64_CONST: u8 = 0x42;
    pub(crate) const F32_CONST: u8 = 0x43;
    pub(crate) const F64_CONST: u8 = 0x44;
    /// First numeric operator without immediates (`i32.eqz`).
    pub(crate) const FIRST_NUMERIC: u8 = 0x45;
    pub(crate) const I32_EQZ: u8 = 0x45;
    pub(crate) const I64_EQZ: u8 = 0x50;
    /// Last numeric operator without immediates (`i64.extend32_s`).
    pub(crate) const LAST_NUMERIC: u8 = 0xc4;
    pub(crate) const REF_NULL: u8 = 0xd0;
    pub(crate) const REF_IS_NULL: u8 = 0xd1;
    pub(crate) const REF_FUNC: u8 = 0xd2;
    /// Saturating conversions, bulk memory and table operators (a LEB128 sub-opcode follows).
    pub(crate) const PREFIX_FC: u8 = 0xfc;
    /// The first 0xfc sub-opcode compiled to a runtime call (`memory.init`; 0..=7 are the
    /// saturating conversions, compiled inline).
    pub(crate) const FC_FIRST_BUILTIN: u32 = 8;
    /// SIMD operators (a LEB128 sub-opcode follows).
    pub(crate) const PREFIX_FD: u8 = 0xfd;
    /// Threads (atomics) prefix.
    pub(crate) const PREFIX_FE: u8 = 0xfe;
    /// The last 0xfe sub-opcode compiled to a builtin call (notify, wait32, wait64).
    pub(crate) const FE_LAST_BUILTIN: u32 = 2;

    /// Block types: no value, and the number types (one byte each).
    pub(crate) const BLOCK_EMPTY: u8 = 0x40;
    pub(crate) const TYPE_I32: u8 = 0x7f;
    pub(crate) const TYPE_I64: u8 = 0x7e;
    pub(crate) const TYPE_F32: u8 = 0x7d;
    pub(crate) const TYPE_F64: u8 = 0x7c;
}

/// Unsigned LEB128 of a `u32`: at most five bytes, the fifth holding only the top four
/// bits (exactly what wasmparser accepts). Linkers pad relocated immediates (call
/// targets, global indices, memory offsets) to five bytes, so real code has many.
#[inline(always)]
pub(crate) fn uleb32(code: &[u8], pos: &mut usize) -> Option<u32> {
    let mut value = 0u32;
    for i in 0..4 {
        let byte = *code.get(*pos + i)?;
        value |= u32::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            *pos += i + 1;
            return Some(value);
        }
    }
    let last = *code.get(*pos + 4)?;
    if last > 0x0f {
        return None;
    }
    *pos += 5;
    Some(value | u32::from(last) << 28)
}

/// Signed LEB128 of an `i32`: at most five bytes, the fifth holding the top four bits
/// and copies of the sign bit in its other three (exactly what wasmparser accepts).
#[inline(always)]
pub(crate) fn sleb32(code: &[u8], pos: &mut usize) -> Option<i32> {
    if let Some(value) = sleb(code, pos, 4) {
        return Some(value as i32);
    }
    // Four bytes with continuation bits (else `sleb` took them, or the code ended).
    let bytes: &[u8; 5] = code.get(*pos..*pos + 5)?.try_into().ok()?;
    let last = bytes[4];
    if last & 0x80 != 0 || (last & 0x78 != 0 && last & 0x78 != 0x78) {
        return None;
    }
    let low = bytes[..4].iter().enumerate().fold(0u32, |v, (i, b)| v | u32::from(b & 0x7f) << (7 * i));
    *pos += 5;
    Some((low | u32::from(last & 0x0f) << 28) as i32)
}

/// Signed LEB128 of at most `max_bytes` bytes (at most nine), sign-extended.
#[inline(always)]
pub(crate) fn sleb(code: &[u8], pos: &mut usize, max_bytes: usize) -> Option<i64> {
    let mut value = 0i64;
    for i in 0..max_bytes {
        let byte = *code.get(*pos + i)?;
        value |= i64::from(byte & 0x7f) << (7 * i);
        if byte & 0x80 == 0 {
            *pos += i + 1;
            let unused = 64 - 7 * (i as u32 + 1);
            return Some(value << unused >> unused);
        }
    }
    None
}

/// `n` raw bytes, little-endian.
#[inline(always)]
pub(crate) fn fixed<const N: usize>(code: &[u8], pos: &mut usize) -> Option<[u8; N]> {
    let bytes = code.get(*pos..*pos + N)?.try_into().ok()?;
    *pos += N;
    Some(bytes)
}

/// A memory immediate on memory 0 whose flags are an alignment alone.
#[inline(always)]
pub(crate) fn memarg(code: &[u8], pos: &mut usize, max_align: u8) -> Option<wasmparser::MemArg> {
    let align = *code.get(*pos)?;
    if align >= 0x10 {
        return None;
    }
    let mut at = *pos + 1;
    let offset = uleb32(code, &mut at)?;
    *pos = at;
    Some(wasmparser::MemArg {
        align,
        max_align,
        offset: offset.into(),
        target: wasmparser::MemArgTarget::Memory(0),
        ordering: None,
    })
}

/// Read the unsigned LEB128 at `code[*pos..]` (signed ones are only stepped over) and move
/// `pos` past it; `None` when it runs past the end or over ten bytes.
#[inline]
pub(crate) fn uleb64(code: &[u8], pos: &mut usize) -> Option<u64> {
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

/// How the skimmer steps over each opcode: what follows it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Imm {
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
pub(crate) const IMM_OF: [Imm; 256] = {
    let mut table = [Imm::Unknown; 256];
    let mut op = 0;
    while op < 256 {
        table[op] = match op as u8 {
            op::UNREACHABLE | op::NOP | op::ELSE | op::END | op::RETURN | op::DROP | op::SELECT => Imm::None,
            op::FIRST_NUMERIC..=op::LAST_NUMERIC | op::REF_IS_NULL => Imm::None,
            // global.get/set, table.get/set.
            op::BR | op::BR_IF | op::CALL | op::GLOBAL_GET..=op::TABLE_SET => Imm::Leb,
            op::MEMORY_SIZE | op::MEMORY_GROW | op::REF_FUNC | op::I32_CONST | op::I64_CONST => Imm::Leb,
            op::LOCAL_GET..=op::LOCAL_TEE => Imm::Local,
            op::BLOCK..=op::IF => Imm::Block,
            op::FIRST_LOAD..=op::LAST_STORE => Imm::Mem,
            op::BR_TABLE | op::CALL_INDIRECT | op::SELECT_TYPED | op::F32_CONST | op::F64_CONST => Imm::Rare,
            op::REF_NULL | op::PREFIX_FC | op::PREFIX_FD | op::PREFIX_FE => Imm::Rare,
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
pub(crate) const STEP: [u8; 256] = {
    let mut table = [STEP_SLOW; 256];
    let mut op = 0;
    while op < 256 {
        table[op] = match IMM_OF[op] {
            // `end` and the calls change what the skim tracks.
            _ if op == op::END as usize || op == op::CALL as usize || op == op::MEMORY_GROW as usize => STEP_SLOW,
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
pub(crate) const STEP_LOCAL: u8 = 1 << 2;
/// [`STEP`]: a load or store (flags, then an offset).
pub(crate) const STEP_MEM: u8 = 1 << 3;
/// [`STEP`]: anything else, stepped over by [`skim_op`].
pub(crate) const STEP_SLOW: u8 = 1 << 4;

/// The position after the LEB128 at `code[pos..]` (`None` when it runs past the end):
/// eight bytes at once where there are eight, so its length costs no branch.
#[inline(always)]
pub(crate) fn after_leb(code: &[u8], pos: usize) -> Option<usize> {
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
pub(crate) fn fast_step(code: &[u8], pos: usize, step: u8) -> Option<usize> {
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
pub(crate) fn local_operand(code: &[u8], pos: usize) -> Option<(u32, usize)> {
    let first = *code.get(pos + 1)?;
    if first < 0x80 {
        return Some((u32::from(first), pos + 2));
    }
    let mut at = pos + 1;
    let local = u32::try_from(uleb64(code, &mut at)?).ok()?;
    Some((local, at))
}

/// Step over the memory immediate at `code[*pos..]`: its flags (bit 6: a memory index
/// follows), then the offset.
#[inline(always)]
fn skip_memarg(code: &[u8], pos: &mut usize) -> Option<()> {
    if uleb64(code, pos)? & 0x40 != 0 {
        skip_leb(code, pos)?;
    }
    skip_leb(code, pos)
}

/// Step over the LEB128 at `code[*pos..]`.
#[inline(always)]
pub(crate) fn skip_leb(code: &[u8], pos: &mut usize) -> Option<()> {
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
pub(crate) fn skim_op(code: &[u8], pos: &mut usize) -> Option<(u8, u32)> {
    let op = *code.get(*pos)?;
    let start = *pos;
    *pos += 1;
    let mut local = 0;
    match IMM_OF[usize::from(op)] {
        Imm::None => {}
        Imm::Leb => skip_leb(code, pos)?,
        Imm::Local => local = u32::try_from(uleb64(code, pos)?).ok()?,
        Imm::Mem => skip_memarg(code, pos)?,
        // An empty or single-value block type, or a type index.
        Imm::Block => match *code.get(*pos)? {
            // Empty, or a value type: a number, v128 (0x7b), a reference (0x6f, 0x70).
            op::BLOCK_EMPTY | 0x6f | 0x70 | 0x7b..=op::TYPE_I32 => *pos += 1,
            t if t & 0x40 == 0 => skip_leb(code, pos)?,
            _ => return None,
        },
        Imm::Rare if op == op::PREFIX_FD => match simd_step(code, start) {
            Some(next) => *pos = next,
            None => local = skim_rare(op, code, pos)?,
        },
        Imm::Rare => local = skim_rare(op, code, pos)?,
        Imm::Unknown => {
            *pos = start;
            return None;
        }
    }
    (*pos <= code.len()).then_some((op, local))
}

/// What follows a SIMD sub-opcode, for the skimmer.
#[derive(Clone, Copy)]
enum SimdImm {
    /// Nothing (every arithmetic, comparison and conversion operator).
    Nothing,
    /// A lane index byte (lane extracts and replaces).
    Lane,
    /// Sixteen bytes (`v128.const`, `i8x16.shuffle`).
    Bytes16,
    /// A memory immediate (loads, splatting and widening loads, `v128.store`, the zero
    /// loads).
    Memory,
    /// A memory immediate, then a lane index byte (lane loads and stores).
    MemoryLane,
}

/// The immediates of SIMD sub-opcode `sub`: the one table [`simd_step`] and [`skim_rare`]
/// read. `None` for a sub-opcode past the relaxed SIMD ones; the unassigned ones among
/// them count as taking nothing (validation rejects them later).
#[inline(always)]
fn simd_immediates(sub: u64) -> Option<SimdImm> {
    Some(match sub {
        0x0e..=0x14 | 0x23..=0x53 | 0x5e..=0x113 => SimdImm::Nothing,
        0x15..=0x22 => SimdImm::Lane,
        0x0c | 0x0d => SimdImm::Bytes16,
        0x00..=0x0b | 0x5c | 0x5d => SimdImm::Memory,
        0x54..=0x5b => SimdImm::MemoryLane,
        _ => return None,
    })
}

/// The position after the SIMD operator at `code[pos..]` (its 0xfd prefix) when its
/// sub-opcode is at most two bytes and its memory immediate, if any, names no memory
/// index; `None` for the rest (read by [`skim_rare`]). The common SIMD operators, stepped
/// over without [`skim_rare`]'s call and its general LEB128 reads.
#[inline(always)]
fn simd_step(code: &[u8], pos: usize) -> Option<usize> {
    let (first, second) = (*code.get(pos + 1)?, code.get(pos + 2).copied().unwrap_or(0x80));
    let (sub, at) = match (first < 0x80, second < 0x80) {
        (true, _) => (u64::from(first), pos + 2),
        (false, true) => (u64::from(first & 0x7f) | u64::from(second) << 7, pos + 3),
        (false, false) => return None,
    };
    let next = match simd_immediates(sub)? {
        SimdImm::Nothing => at,
        SimdImm::Lane => at + 1,
        SimdImm::Bytes16 => at + 16,
        // A flags byte naming a memory index (bit 6) is left to `skim_rare`.
        SimdImm::Memory | SimdImm::MemoryLane if *code.get(at)? >= 0x40 => return None,
        SimdImm::Memory => after_leb(code, at + 1)?,
        SimdImm::MemoryLane => after_leb(code, at + 1)? + 1,
    };
    (next <= code.len()).then_some(next)
}

/// The immediates of the [`Imm::Rare`] opcode `op`, from `code[*pos..]`; for 0xfc, its
/// sub-opcode (else 0).
#[inline(never)]
pub(crate) fn skim_rare(op: u8, code: &[u8], pos: &mut usize) -> Option<u32> {
    let start = *pos - 1;
    match op {
        op::BR_TABLE => {
            for _ in 0..=uleb64(code, pos)? {
                skip_leb(code, pos)?;
            }
        }
        op::CALL_INDIRECT => {
            skip_leb(code, pos)?;
            skip_leb(code, pos)?;
        }
        // select with types: a vector of value types, where a typed reference (0x63
        // nullable, 0x64 not) is followed by its heap type; ref.null: a heap type (one
        // byte when abstract, else a type index), both as LEB128.
        op::SELECT_TYPED => {
            for _ in 0..uleb64(code, pos)? {
                let t = *code.get(*pos)?;
                *pos += 1;
                if t == 0x63 || t == 0x64 {
                    skip_leb(code, pos)?;
                }
            }
        }
        op::REF_NULL => skip_leb(code, pos)?,
        op::F32_CONST => *pos += 4,
        op::F64_CONST => *pos += 8,
        op::PREFIX_FD => {
            let Some(immediates) = simd_immediates(uleb64(code, pos)?) else {
                *pos = start;
                return None;
            };
            match immediates {
                SimdImm::Nothing => {}
                SimdImm::Lane => *pos += 1,
                SimdImm::Bytes16 => *pos += 16,
                SimdImm::Memory => skip_memarg(code, pos)?,
                SimdImm::MemoryLane => {
                    skip_memarg(code, pos)?;
                    *pos += 1;
                }
            }
        }
        // Atomics: a memory immediate, but `atomic.fence` (one zero byte); the sub-opcode.
        op::PREFIX_FE => {
            let sub = uleb64(code, pos)?;
            match sub {
                0x03 => *pos += 1,
                0x00..=0x02 | 0x10..=0x4e => skip_memarg(code, pos)?,
                _ => {
                    *pos = start;
                    return None;
                }
            }
            return Some(sub as u32);
        }
        // Saturating conversions, bulk memory and table operators.
        _ => {
            let sub = uleb64(code, pos)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Every SIMD operator wasmparser reads, the skimmer steps over by the same length:
    /// each sub-opcode, in its shortest form and padded, with memory immediates that do
    /// and do not name a memory, short and long offsets.
    #[test]
    fn simd_operators_are_skimmed_to_the_length_wasmparser_reads() {
        let long: Vec<u8> = (0..24).collect();
        let tails: [&[u8]; 5] = [
            &long,
            &[0x44, 0x00, 0x80, 0x01, 0x02, 0x03],
            &[0x03, 0xff, 0xff, 0x03, 0x05],
            &[0x02, 0x80, 0x80, 0x80, 0x80, 0x00, 0x01],
            &long[..3],
        ];
        let mut read = 0;
        for sub in 0..0x140u32 {
            let shortest = match sub {
                0..=0x7f => vec![sub as u8],
                _ => vec![sub as u8 | 0x80, (sub >> 7) as u8],
            };
            let padded = vec![sub as u8 | 0x80, (sub >> 7) as u8 | 0x80, 0x00];
            for sub_bytes in [shortest, padded] {
                for tail in tails {
                    let code: Vec<u8> = [&[op::PREFIX_FD][..], &sub_bytes, tail].concat();
                    let mut reader = wasmparser::OperatorsReader::new(wasmparser::BinaryReader::new(&code, 0));
                    if reader.read().is_err() {
                        continue;
                    }
                    read += 1;
                    let mut pos = 0;
                    assert!(skim_op(&code, &mut pos).is_some(), "{code:02x?}");
                    assert_eq!(pos as u64, reader.original_position() as u64, "{code:02x?}");
                }
            }
        }
        assert!(read > 256 * 2 * 3, "{read} operators read");
    }

    #[test]
    fn leb128_reads_sign_extend_and_stop_at_their_limits() {
        let read = |bytes: &[u8], max| sleb(bytes, &mut 0, max);
        assert_eq!(read(&[0x7f], 4), Some(-1));
        assert_eq!(read(&[0x3f], 4), Some(63));
        assert_eq!(read(&[0x80, 0x80, 0x80, 0x40], 4), Some(-(1 << 27)));
        assert_eq!(read(&[0x80, 0x80, 0x80, 0x80, 0x78], 4), None);
        assert_eq!(read(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x3f], 9), Some((1 << 62) - 1));
        assert_eq!(uleb32(&[0xff, 0xff, 0xff, 0x7f], &mut 0), Some((1 << 28) - 1));
        assert_eq!(uleb32(&[0xff, 0xff, 0xff, 0xff, 0x0f], &mut 0), Some(u32::MAX));
        assert_eq!(uleb32(&[0x83, 0x80, 0x80, 0x80, 0x00], &mut 0), Some(3));
        assert_eq!(uleb32(&[0xff, 0xff, 0xff, 0xff, 0x1f], &mut 0), None);
        assert_eq!(uleb32(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x00], &mut 0), None);
        assert_eq!(uleb32(&[0x80], &mut 0), None);
        let read32 = |bytes: &[u8]| {
            let mut pos = 0;
            sleb32(bytes, &mut pos).map(|v| (v, pos))
        };
        assert_eq!(read32(&[0xff, 0xff, 0xff, 0xff, 0x7f]), Some((-1, 5)));
        assert_eq!(read32(&[0x80, 0x80, 0x80, 0x80, 0x78]), Some((i32::MIN, 5)));
        assert_eq!(read32(&[0xff, 0xff, 0xff, 0xff, 0x07]), Some((i32::MAX, 5)));
        assert_eq!(read32(&[0x80, 0x80, 0x80, 0x80, 0x08]), None);
        assert_eq!(read32(&[0x80, 0x80, 0x80, 0x80, 0x70]), None);
        assert_eq!(read32(&[0x80, 0x80, 0x80, 0x80, 0x80, 0x00]), None);
    }
}
