//! The decoder's fast path: the operators that make up nearly all of real code, read
//! straight from the body bytes and handed to the same visitor methods wasmparser's
//! decoder calls.
//!
//! wasmparser's general decoder costs about 11 ns per operator here (measured on
//! yosys.core.wasm with a visitor that does nothing), nearly a sixth of compiling; this
//! one reads the common cases in about half that. It only takes what it can read with no
//! room for doubt:
//! - LEB128 immediates of 32 bits in any valid form (up to five bytes, as linkers pad
//!   relocated ones), 64-bit signed ones of at most nine bytes (no range check applies);
//! - a block type that is empty or a number type;
//! - a memory immediate whose flags byte is a plain alignment (no memory index, no other
//!   flag bit), with a short offset.
//!
//! SIMD operators are read by [`super::decode_simd`], on the same terms.
//!
//! Everything else (other operators, longer or malformed encodings, an `else` outside an
//! `if`, anything after the body's final `end`) is left to wasmparser, operator by
//! operator, so errors and their offsets are wasmparser's own.

use super::bytecode::{fixed, memarg, op, sleb, sleb32, uleb32};
use super::decode_simd;
use wasmparser::{BlockType, FrameKind, FrameStack, Ieee32, Ieee64, MemArg, ValType, VisitOperator, VisitSimdOperator};

/// An empty or single-number-type block type.
#[inline(always)]
fn block_type(code: &[u8], pos: &mut usize) -> Option<BlockType> {
    let ty = match *code.get(*pos)? {
        op::BLOCK_EMPTY => BlockType::Empty,
        op::TYPE_I32 => BlockType::Type(ValType::I32),
        op::TYPE_I64 => BlockType::Type(ValType::I64),
        op::TYPE_F32 => BlockType::Type(ValType::F32),
        op::TYPE_F64 => BlockType::Type(ValType::F64),
        _ => return None,
    };
    *pos += 1;
    Some(ty)
}

/// What the fast path decodes into: a visitor that also knows the control frames.
pub(crate) trait DecodeTarget<'a>: VisitOperator<'a> + VisitSimdOperator<'a> + FrameStack {
    /// Whether a control frame is open (the body's final `end` has not been read): the
    /// one fact about frames every operator needs, cheaper to answer than
    /// [`FrameStack::current_frame`], which only `else` needs.
    fn in_body(&self) -> bool {
        self.current_frame().is_some()
    }
}

/// Decode the operator at `code[*pos..]` and visit it, moving `pos` past it; `None` (with
/// `pos` unchanged and nothing visited) when it is not one this fast path takes.
#[inline(always)]
pub(crate) fn visit_common<'a, V>(code: &'a [u8], pos: &mut usize, v: &mut V) -> Option<V::Output>
where
    V: DecodeTarget<'a>,
{
    if !v.in_body() {
        return None;
    }
    let opcode = *code.get(*pos)?;
    let mut at = *pos + 1;
    let p = &mut at;
    let out = match opcode {
        op::UNREACHABLE => v.visit_unreachable(),
        op::NOP => v.visit_nop(),
        op::BLOCK => v.visit_block(block_type(code, p)?),
        op::LOOP => v.visit_loop(block_type(code, p)?),
        op::IF => v.visit_if(block_type(code, p)?),
        op::ELSE if v.current_frame() == Some(FrameKind::If) => v.visit_else(),
        op::END => v.visit_end(),
        op::BR => v.visit_br(uleb32(code, p)?),
        op::BR_IF => v.visit_br_if(uleb32(code, p)?),
        op::RETURN => v.visit_return(),
        op::CALL => v.visit_call(uleb32(code, p)?),
        op::DROP => v.visit_drop(),
        op::SELECT => v.visit_select(),
        op::LOCAL_GET => v.visit_local_get(uleb32(code, p)?),
        op::LOCAL_SET => v.visit_local_set(uleb32(code, p)?),
        op::LOCAL_TEE => v.visit_local_tee(uleb32(code, p)?),
        op::GLOBAL_GET => v.visit_global_get(uleb32(code, p)?),
        op::GLOBAL_SET => v.visit_global_set(uleb32(code, p)?),
        op::FIRST_LOAD..=op::LAST_STORE => memory_op(opcode, memarg(code, p, natural_align(opcode))?, v),
        op::I32_CONST => v.visit_i32_const(sleb32(code, p)?),
        op::I64_CONST => v.visit_i64_const(sleb(code, p, 9)?),
        op::F32_CONST => v.visit_f32_const(Ieee32::from(f32::from_le_bytes(fixed(code, p)?))),
        op::F64_CONST => v.visit_f64_const(Ieee64::from(f64::from_le_bytes(fixed(code, p)?))),
        op::FIRST_NUMERIC..=op::LAST_NUMERIC => numeric(opcode, v),
        op::PREFIX_FD => decode_simd::visit_simd(code, p, v)?,
        _ => return None,
    };
    *pos = at;
    Some(out)
}

/// log2 of the access width of load/store opcode `op` (0x28..=0x3e): the largest
/// alignment it may declare.
#[inline(always)]
fn natural_align(opcode: u8) -> u8 {
    //           i32 i64 f32 f64 i32.8s/u i32.16s/u i64.8s/u i64.16s/u i64.32s/u
    const LOADS: [u8; 14] = [2, 3, 2, 3, 0, 0, 1, 1, 0, 0, 1, 1, 2, 2];
    //                        i32 i64 f32 f64 i32.8 i32.16 i64.8 i64.16 i64.32
    const STORES: [u8; 9] = [2, 3, 2, 3, 0, 1, 0, 1, 2];
    match opcode {
        op::FIRST_LOAD..=op::LAST_LOAD => LOADS[usize::from(opcode - op::FIRST_LOAD)],
        _ => STORES[usize::from(opcode - op::FIRST_STORE)],
    }
}

/// Visit load/store opcode `op` (0x28..=0x3e).
#[inline(always)]
fn memory_op<'a, V: VisitOperator<'a>>(op: u8, m: MemArg, v: &mut V) -> V::Output {
    match op {
        0x28 => v.visit_i32_load(m),
        0x29 => v.visit_i64_load(m),
        0x2a => v.visit_f32_load(m),
        0x2b => v.visit_f64_load(m),
        0x2c => v.visit_i32_load8_s(m),
        0x2d => v.visit_i32_load8_u(m),
        0x2e => v.visit_i32_load16_s(m),
        0x2f => v.visit_i32_load16_u(m),
        0x30 => v.visit_i64_load8_s(m),
        0x31 => v.visit_i64_load8_u(m),
        0x32 => v.visit_i64_load16_s(m),
        0x33 => v.visit_i64_load16_u(m),
        0x34 => v.visit_i64_load32_s(m),
        0x35 => v.visit_i64_load32_u(m),
        0x36 => v.visit_i32_store(m),
        0x37 => v.visit_i64_store(m),
        0x38 => v.visit_f32_store(m),
        0x39 => v.visit_f64_store(m),
        0x3a => v.visit_i32_store8(m),
        0x3b => v.visit_i32_store16(m),
        0x3c => v.visit_i64_store8(m),
        0x3d => v.visit_i64_store16(m),
        _ => v.visit_i64_store32(m),
    }
}

/// Visit numeric opcode `op` (0x45..=0xc4: comparisons, arithmetic, conversions; none
/// has an immediate).
#[inline(always)]
fn numeric<'a, V: VisitOperator<'a>>(op: u8, v: &mut V) -> V::Output {
    match op {
        0x45 => v.visit_i32_eqz(),
        0x46 => v.visit_i32_eq(),
        0x47 => v.visit_i32_ne(),
        0x48 => v.visit_i32_lt_s(),
        0x49 => v.visit_i32_lt_u(),
        0x4a => v.visit_i32_gt_s(),
        0x4b => v.visit_i32_gt_u(),
        0x4c => v.visit_i32_le_s(),
        0x4d => v.visit_i32_le_u(),
        0x4e => v.visit_i32_ge_s(),
        0x4f => v.visit_i32_ge_u(),
        0x50 => v.visit_i64_eqz(),
        0x51 => v.visit_i64_eq(),
        0x52 => v.visit_i64_ne(),
        0x53 => v.visit_i64_lt_s(),
        0x54 => v.visit_i64_lt_u(),
        0x55 => v.visit_i64_gt_s(),
        0x56 => v.visit_i64_gt_u(),
        0x57 => v.visit_i64_le_s(),
        0x58 => v.visit_i64_le_u(),
        0x59 => v.visit_i64_ge_s(),
        0x5a => v.visit_i64_ge_u(),
        0x5b => v.visit_f32_eq(),
        0x5c => v.visit_f32_ne(),
        0x5d => v.visit_f32_lt(),
        0x5e => v.visit_f32_gt(),
        0x5f => v.visit_f32_le(),
        0x60 => v.visit_f32_ge(),
        0x61 => v.visit_f64_eq(),
        0x62 => v.visit_f64_ne(),
        0x63 => v.visit_f64_lt(),
        0x64 => v.visit_f64_gt(),
        0x65 => v.visit_f64_le(),
        0x66 => v.visit_f64_ge(),
        0x67 => v.visit_i32_clz(),
        0x68 => v.visit_i32_ctz(),
        0x69 => v.visit_i32_popcnt(),
        0x6a => v.visit_i32_add(),
        0x6b => v.visit_i32_sub(),
        0x6c => v.visit_i32_mul(),
        0x6d => v.visit_i32_div_s(),
        0x6e => v.visit_i32_div_u(),
        0x6f => v.visit_i32_rem_s(),
        0x70 => v.visit_i32_rem_u(),
        0x71 => v.visit_i32_and(),
        0x72 => v.visit_i32_or(),
        0x73 => v.visit_i32_xor(),
        0x74 => v.visit_i32_shl(),
        0x75 => v.visit_i32_shr_s(),
        0x76 => v.visit_i32_shr_u(),
        0x77 => v.visit_i32_rotl(),
        0x78 => v.visit_i32_rotr(),
        0x79 => v.visit_i64_clz(),
        0x7a => v.visit_i64_ctz(),
        0x7b => v.visit_i64_popcnt(),
        0x7c => v.visit_i64_add(),
        0x7d => v.visit_i64_sub(),
        0x7e => v.visit_i64_mul(),
        0x7f => v.visit_i64_div_s(),
        0x80 => v.visit_i64_div_u(),
        0x81 => v.visit_i64_rem_s(),
        0x82 => v.visit_i64_rem_u(),
        0x83 => v.visit_i64_and(),
        0x84 => v.visit_i64_or(),
        0x85 => v.visit_i64_xor(),
        0x86 => v.visit_i64_shl(),
        0x87 => v.visit_i64_shr_s(),
        0x88 => v.visit_i64_shr_u(),
        0x89 => v.visit_i64_rotl(),
        0x8a => v.visit_i64_rotr(),
        0x8b => v.visit_f32_abs(),
        0x8c => v.visit_f32_neg(),
        0x8d => v.visit_f32_ceil(),
        0x8e => v.visit_f32_floor(),
        0x8f => v.visit_f32_trunc(),
        0x90 => v.visit_f32_nearest(),
        0x91 => v.visit_f32_sqrt(),
        0x92 => v.visit_f32_add(),
        0x93 => v.visit_f32_sub(),
        0x94 => v.visit_f32_mul(),
        0x95 => v.visit_f32_div(),
        0x96 => v.visit_f32_min(),
        0x97 => v.visit_f32_max(),
        0x98 => v.visit_f32_copysign(),
        0x99 => v.visit_f64_abs(),
        0x9a => v.visit_f64_neg(),
        0x9b => v.visit_f64_ceil(),
        0x9c => v.visit_f64_floor(),
        0x9d => v.visit_f64_trunc(),
        0x9e => v.visit_f64_nearest(),
        0x9f => v.visit_f64_sqrt(),
        0xa0 => v.visit_f64_add(),
        0xa1 => v.visit_f64_sub(),
        0xa2 => v.visit_f64_mul(),
        0xa3 => v.visit_f64_div(),
        0xa4 => v.visit_f64_min(),
        0xa5 => v.visit_f64_max(),
        0xa6 => v.visit_f64_copysign(),
        0xa7 => v.visit_i32_wrap_i64(),
        0xa8 => v.visit_i32_trunc_f32_s(),
        0xa9 => v.visit_i32_trunc_f32_u(),
        0xaa => v.visit_i32_trunc_f64_s(),
        0xab => v.visit_i32_trunc_f64_u(),
        0xac => v.visit_i64_extend_i32_s(),
        0xad => v.visit_i64_extend_i32_u(),
        0xae => v.visit_i64_trunc_f32_s(),
        0xaf => v.visit_i64_trunc_f32_u(),
        0xb0 => v.visit_i64_trunc_f64_s(),
        0xb1 => v.visit_i64_trunc_f64_u(),
        0xb2 => v.visit_f32_convert_i32_s(),
        0xb3 => v.visit_f32_convert_i32_u(),
        0xb4 => v.visit_f32_convert_i64_s(),
        0xb5 => v.visit_f32_convert_i64_u(),
        0xb6 => v.visit_f32_demote_f64(),
        0xb7 => v.visit_f64_convert_i32_s(),
        0xb8 => v.visit_f64_convert_i32_u(),
        0xb9 => v.visit_f64_convert_i64_s(),
        0xba => v.visit_f64_convert_i64_u(),
        0xbb => v.visit_f64_promote_f32(),
        0xbc => v.visit_i32_reinterpret_f32(),
        0xbd => v.visit_i64_reinterpret_f64(),
        0xbe => v.visit_f32_reinterpret_i32(),
        0xbf => v.visit_f64_reinterpret_i64(),
        0xc0 => v.visit_i32_extend8_s(),
        0xc1 => v.visit_i32_extend16_s(),
        0xc2 => v.visit_i64_extend8_s(),
        0xc3 => v.visit_i64_extend16_s(),
        _ => v.visit_i64_extend32_s(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasmparser::{BinaryReader, Operator};

    /// A visitor that gives back the operator it was handed, inside a frame of `frame`.
    struct Recorder {
        frame: Option<FrameKind>,
    }

    impl FrameStack for Recorder {
        fn current_frame(&self) -> Option<FrameKind> {
            self.frame
        }
    }

    impl DecodeTarget<'_> for Recorder {}

    macro_rules! record {
        ($(@$proposal:ident $op:ident $({ $($arg:ident: $argty:ty),* })? => $visit:ident ($($ann:tt)*))*) => {
            $(
                fn $visit(&mut self $($(, $arg: $argty)*)?) -> Operator<'a> {
                    Operator::$op $({ $($arg),* })?
                }
            )*
        };
    }

    impl<'a> VisitOperator<'a> for Recorder {
        type Output = Operator<'a>;
        fn simd_visitor(&mut self) -> Option<&mut dyn VisitSimdOperator<'a, Output = Self::Output>> {
            Some(self)
        }
        wasmparser::for_each_visit_operator!(record);
    }

    impl<'a> VisitSimdOperator<'a> for Recorder {
        wasmparser::for_each_visit_simd_operator!(record);
    }

    /// Immediates to try after each opcode: short and long LEB128s, block types, memory
    /// flags, bytes that are not continuations.
    const TAILS: &[&[u8]] = &[
        &[0x00],
        &[0x01, 0x05],
        &[0x3f, 0x7f],
        &[0x40, 0x00],
        &[0x7f],
        &[0x7e],
        &[0x7c],
        &[0x7b],
        &[0x70],
        &[0x6f],
        &[0x0f, 0x80, 0x01],
        &[0x10, 0x00],
        &[0x42, 0x01],
        &[0x80, 0x7f],
        &[0xff, 0x00],
        &[0x81, 0x80, 0x00],
        &[0xff, 0xff, 0xff, 0x7f],
        &[0xff, 0xff, 0xff, 0xff, 0x0f],
        &[0x80, 0x80, 0x80, 0x80, 0x78],
        &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
        &[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00],
        &[0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x40],
        &[0x02, 0xff, 0xff, 0xff, 0x7f],
        &[0x03, 0x80, 0x80, 0x80, 0x80, 0x01],
        &[0x00, 0x00, 0xc0, 0x7f, 0x01, 0x02, 0x03, 0x04],
        &[0x01, 0x00, 0x80, 0x7f, 0x00, 0x00, 0xf0, 0x7f],
        &[0x80],
        &[],
        // Five-byte forms: padded, at the limits of u32 and i32, and just past them.
        &[0x80, 0x80, 0x80, 0x80, 0x00],
        &[0x85, 0x80, 0x80, 0x80, 0x00, 0x0b],
        &[0xff, 0xff, 0xff, 0xff, 0x07],
        &[0xff, 0xff, 0xff, 0xff, 0x7f],
        &[0xff, 0xff, 0xff, 0xff, 0x1f],
        &[0x80, 0x80, 0x80, 0x80, 0x08],
        &[0x80, 0x80, 0x80, 0x80, 0x70],
        &[0x80, 0x80, 0x80, 0x80, 0x10],
        &[0x80, 0x80, 0x80, 0x80, 0x80, 0x00],
        &[0x02, 0x80, 0x80, 0x80, 0x80, 0x00],
        &[0x02, 0x80, 0x80, 0x80, 0x80, 0x10],
        &[0x80, 0x80, 0x80, 0x80],
    ];

    /// Every operator the fast path takes, it reads exactly as wasmparser does (the same
    /// operator, the same length); the rest it leaves alone.
    #[test]
    fn agrees_with_wasmparser() {
        let (mut taken, mut left) = (0, 0);
        for frame in [Some(FrameKind::Block), Some(FrameKind::If), None] {
            for op in 0..=255u8 {
                for tail in TAILS {
                    let code: Vec<u8> = std::iter::once(op).chain(tail.iter().copied()).collect();
                    let mut pos = 0;
                    let Some(fast) = visit_common(&code, &mut pos, &mut Recorder { frame }) else {
                        assert_eq!(pos, 0, "{code:02x?}: nothing read when left to wasmparser");
                        left += 1;
                        continue;
                    };
                    taken += 1;
                    let mut reader = BinaryReader::new(&code, 0);
                    let full = reader.visit_operator(&mut Recorder { frame });
                    let full =
                        full.unwrap_or_else(|e| panic!("{code:02x?}: fast path took what wasmparser rejects: {e}"));
                    assert_eq!(fast, full, "{code:02x?}");
                    assert_eq!(pos as u64, reader.original_position() as u64, "{code:02x?}: length");
                }
            }
        }
        // Every opcode the fast path knows is taken with a short immediate.
        assert!(taken > 3000 && left > 3000, "{taken} taken, {left} left to wasmparser");
    }

    /// Every SIMD operator the fast path takes, it reads exactly as wasmparser does, with
    /// the sub-opcode in its shortest form and padded; and it takes every sub-opcode
    /// wasmparser decodes, given short immediates.
    #[test]
    fn simd_agrees_with_wasmparser() {
        let long: Vec<u8> = (0..24).collect();
        let tails: Vec<&[u8]> = TAILS.iter().copied().chain([&long[..], &long[..3], &[0x04, 0x00, 0x1f][..]]).collect();
        let (mut taken, mut sub_opcodes) = (0, 0);
        for sub in 0..0x140u32 {
            let mut shortest = vec![op::PREFIX_FD];
            let mut rest = sub;
            while rest >= 0x80 {
                shortest.push(rest as u8 | 0x80);
                rest >>= 7;
            }
            shortest.push(rest as u8);
            let padded = vec![op::PREFIX_FD, sub as u8 & 0x7f | 0x80, (sub >> 7) as u8 | 0x80, 0x00];
            for prefix in [shortest, padded] {
                for tail in &tails {
                    let code: Vec<u8> = prefix.iter().chain(tail.iter()).copied().collect();
                    let mut pos = 0;
                    let fast = visit_common(&code, &mut pos, &mut Recorder { frame: Some(FrameKind::Block) });
                    let mut reader = BinaryReader::new(&code, 0);
                    let full = reader.visit_operator(&mut Recorder { frame: Some(FrameKind::Block) });
                    let Some(fast) = fast else {
                        assert_eq!(pos, 0, "{code:02x?}: nothing read when left to wasmparser");
                        let short_tail = std::ptr::eq(*tail, &long[..]);
                        assert!(!(short_tail && full.is_ok()), "{code:02x?}: decodable but left to wasmparser");
                        continue;
                    };
                    taken += 1;
                    let full =
                        full.unwrap_or_else(|e| panic!("{code:02x?}: fast path took what wasmparser rejects: {e}"));
                    assert_eq!(fast, full, "{code:02x?}");
                    assert_eq!(pos as u64, reader.original_position() as u64, "{code:02x?}: length");
                }
            }
            let padded = [op::PREFIX_FD, sub as u8 & 0x7f | 0x80, (sub >> 7) as u8 | 0x80, 0x00];
            let code = [&padded[..], &long].concat();
            let mut reader = BinaryReader::new(&code, 0);
            sub_opcodes += usize::from(reader.visit_operator(&mut Recorder { frame: Some(FrameKind::Block) }).is_ok());
        }
        // The fixed-width and relaxed SIMD operators: 236 and 20.
        assert_eq!(sub_opcodes, 256);
        assert!(taken > 256 * 2 * 10, "{taken} taken");
    }

    #[test]
    fn leaves_else_outside_an_if_and_anything_after_the_end_to_wasmparser() {
        let mut pos = 0;
        assert!(visit_common(&[0x05], &mut pos, &mut Recorder { frame: Some(FrameKind::Block) }).is_none());
        assert!(visit_common(&[0x05], &mut pos, &mut Recorder { frame: Some(FrameKind::If) }).is_some());
        let mut pos = 0;
        assert!(visit_common(&[0x01], &mut pos, &mut Recorder { frame: None }).is_none());
        assert_eq!(pos, 0);
    }
}
