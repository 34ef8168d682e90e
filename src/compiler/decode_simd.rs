//! The decoder's fast path for SIMD operators (the 0xfd prefix): every operator of the
//! fixed-width and relaxed SIMD proposals, read straight from the body bytes and handed
//! to the visitor's own method, without wasmparser's general decoder (two dispatches and
//! a call through `dyn VisitSimdOperator` per operator: about a twentieth of compiling
//! SIMD code).
//!
//! As in [`super::decode`], only what reads with no room for doubt is taken: a memory
//! immediate whose flags are a plain alignment with a short offset; an unknown
//! sub-opcode or anything else is left to wasmparser, so errors stay its own.

use super::bytecode::{fixed, memarg, uleb32};
use wasmparser::{VisitSimdOperator, V128};

/// Decode the SIMD operator whose sub-opcode starts at `code[*pos..]` (just past the 0xfd
/// prefix) and visit it, moving `pos` past it; `None` (with `pos` anywhere: the caller
/// discards it) when it is not one this fast path takes.
#[inline(always)]
pub(crate) fn visit_simd<'a, V>(code: &'a [u8], pos: &mut usize, v: &mut V) -> Option<V::Output>
where
    V: VisitSimdOperator<'a>,
{
    let p = pos;
    let sub = uleb32(code, p)?;
    Some(match sub {
        0x00..=0x0b | 0x5c | 0x5d => memory_op(sub, memarg(code, p, natural_align(sub))?, v),
        0x0c => v.visit_v128_const(V128::from(u128::from_le_bytes(fixed(code, p)?))),
        0x0d => v.visit_i8x16_shuffle(fixed(code, p)?),
        0x15..=0x22 => lane_op(sub, fixed::<1>(code, p)?[0], v),
        0x54..=0x5b => {
            let m = memarg(code, p, natural_align(sub))?;
            lane_memory_op(sub, m, fixed::<1>(code, p)?[0], v)
        }
        _ => plain(sub, v)?,
    })
}

/// log2 of the access width of SIMD memory sub-opcode `sub`: the largest alignment it
/// may declare.
#[inline(always)]
fn natural_align(sub: u32) -> u8 {
    match sub {
        0x00 | 0x0b => 4,
        0x07 | 0x54 | 0x58 => 0,
        0x08 | 0x55 | 0x59 => 1,
        0x09 | 0x56 | 0x5a | 0x5c => 2,
        _ => 3,
    }
}

/// Visit SIMD load/store sub-opcode `sub` (0x00..=0x0b, 0x5c, 0x5d).
#[inline(always)]
fn memory_op<'a, V: VisitSimdOperator<'a>>(sub: u32, m: wasmparser::MemArg, v: &mut V) -> V::Output {
    match sub {
        0x00 => v.visit_v128_load(m),
        0x01 => v.visit_v128_load8x8_s(m),
        0x02 => v.visit_v128_load8x8_u(m),
        0x03 => v.visit_v128_load16x4_s(m),
        0x04 => v.visit_v128_load16x4_u(m),
        0x05 => v.visit_v128_load32x2_s(m),
        0x06 => v.visit_v128_load32x2_u(m),
        0x07 => v.visit_v128_load8_splat(m),
        0x08 => v.visit_v128_load16_splat(m),
        0x09 => v.visit_v128_load32_splat(m),
        0x0a => v.visit_v128_load64_splat(m),
        0x0b => v.visit_v128_store(m),
        0x5c => v.visit_v128_load32_zero(m),
        _ => v.visit_v128_load64_zero(m),
    }
}

/// Visit lane sub-opcode `sub` (0x15..=0x22: extracts and replaces) of lane `lane`.
#[inline(always)]
fn lane_op<'a, V: VisitSimdOperator<'a>>(sub: u32, lane: u8, v: &mut V) -> V::Output {
    match sub {
        0x15 => v.visit_i8x16_extract_lane_s(lane),
        0x16 => v.visit_i8x16_extract_lane_u(lane),
        0x17 => v.visit_i8x16_replace_lane(lane),
        0x18 => v.visit_i16x8_extract_lane_s(lane),
        0x19 => v.visit_i16x8_extract_lane_u(lane),
        0x1a => v.visit_i16x8_replace_lane(lane),
        0x1b => v.visit_i32x4_extract_lane(lane),
        0x1c => v.visit_i32x4_replace_lane(lane),
        0x1d => v.visit_i64x2_extract_lane(lane),
        0x1e => v.visit_i64x2_replace_lane(lane),
        0x1f => v.visit_f32x4_extract_lane(lane),
        0x20 => v.visit_f32x4_replace_lane(lane),
        0x21 => v.visit_f64x2_extract_lane(lane),
        _ => v.visit_f64x2_replace_lane(lane),
    }
}

/// Visit lane load/store sub-opcode `sub` (0x54..=0x5b).
#[inline(always)]
fn lane_memory_op<'a, V: VisitSimdOperator<'a>>(sub: u32, m: wasmparser::MemArg, lane: u8, v: &mut V) -> V::Output {
    match sub {
        0x54 => v.visit_v128_load8_lane(m, lane),
        0x55 => v.visit_v128_load16_lane(m, lane),
        0x56 => v.visit_v128_load32_lane(m, lane),
        0x57 => v.visit_v128_load64_lane(m, lane),
        0x58 => v.visit_v128_store8_lane(m, lane),
        0x59 => v.visit_v128_store16_lane(m, lane),
        0x5a => v.visit_v128_store32_lane(m, lane),
        _ => v.visit_v128_store64_lane(m, lane),
    }
}

/// Visit SIMD sub-opcode `sub` when it is one without immediates (arithmetic,
/// comparisons, conversions, bit operations, splats, the relaxed operators); `None` for
/// any other (an unassigned sub-opcode: wasmparser reports it).
#[inline(always)]
fn plain<'a, V: VisitSimdOperator<'a>>(sub: u32, v: &mut V) -> Option<V::Output> {
    Some(match sub {
        0x0e => v.visit_i8x16_swizzle(),
        0x0f => v.visit_i8x16_splat(),
        0x10 => v.visit_i16x8_splat(),
        0x11 => v.visit_i32x4_splat(),
        0x12 => v.visit_i64x2_splat(),
        0x13 => v.visit_f32x4_splat(),
        0x14 => v.visit_f64x2_splat(),
        0x23 => v.visit_i8x16_eq(),
        0x24 => v.visit_i8x16_ne(),
        0x25 => v.visit_i8x16_lt_s(),
        0x26 => v.visit_i8x16_lt_u(),
        0x27 => v.visit_i8x16_gt_s(),
        0x28 => v.visit_i8x16_gt_u(),
        0x29 => v.visit_i8x16_le_s(),
        0x2a => v.visit_i8x16_le_u(),
        0x2b => v.visit_i8x16_ge_s(),
        0x2c => v.visit_i8x16_ge_u(),
        0x2d => v.visit_i16x8_eq(),
        0x2e => v.visit_i16x8_ne(),
        0x2f => v.visit_i16x8_lt_s(),
        0x30 => v.visit_i16x8_lt_u(),
        0x31 => v.visit_i16x8_gt_s(),
        0x32 => v.visit_i16x8_gt_u(),
        0x33 => v.visit_i16x8_le_s(),
        0x34 => v.visit_i16x8_le_u(),
        0x35 => v.visit_i16x8_ge_s(),
        0x36 => v.visit_i16x8_ge_u(),
        0x37 => v.visit_i32x4_eq(),
        0x38 => v.visit_i32x4_ne(),
        0x39 => v.visit_i32x4_lt_s(),
        0x3a => v.visit_i32x4_lt_u(),
        0x3b => v.visit_i32x4_gt_s(),
        0x3c => v.visit_i32x4_gt_u(),
        0x3d => v.visit_i32x4_le_s(),
        0x3e => v.visit_i32x4_le_u(),
        0x3f => v.visit_i32x4_ge_s(),
        0x40 => v.visit_i32x4_ge_u(),
        0x41 => v.visit_f32x4_eq(),
        0x42 => v.visit_f32x4_ne(),
        0x43 => v.visit_f32x4_lt(),
        0x44 => v.visit_f32x4_gt(),
        0x45 => v.visit_f32x4_le(),
        0x46 => v.visit_f32x4_ge(),
        0x47 => v.visit_f64x2_eq(),
        0x48 => v.visit_f64x2_ne(),
        0x49 => v.visit_f64x2_lt(),
        0x4a => v.visit_f64x2_gt(),
        0x4b => v.visit_f64x2_le(),
        0x4c => v.visit_f64x2_ge(),
        0x4d => v.visit_v128_not(),
        0x4e => v.visit_v128_and(),
        0x4f => v.visit_v128_andnot(),
        0x50 => v.visit_v128_or(),
        0x51 => v.visit_v128_xor(),
        0x52 => v.visit_v128_bitselect(),
        0x53 => v.visit_v128_any_true(),
        0x5e => v.visit_f32x4_demote_f64x2_zero(),
        0x5f => v.visit_f64x2_promote_low_f32x4(),
        0x60 => v.visit_i8x16_abs(),
        0x61 => v.visit_i8x16_neg(),
        0x62 => v.visit_i8x16_popcnt(),
        0x63 => v.visit_i8x16_all_true(),
        0x64 => v.visit_i8x16_bitmask(),
        0x65 => v.visit_i8x16_narrow_i16x8_s(),
        0x66 => v.visit_i8x16_narrow_i16x8_u(),
        0x67 => v.visit_f32x4_ceil(),
        0x68 => v.visit_f32x4_floor(),
        0x69 => v.visit_f32x4_trunc(),
        0x6a => v.visit_f32x4_nearest(),
        0x6b => v.visit_i8x16_shl(),
        0x6c => v.visit_i8x16_shr_s(),
        0x6d => v.visit_i8x16_shr_u(),
        0x6e => v.visit_i8x16_add(),
        0x6f => v.visit_i8x16_add_sat_s(),
        0x70 => v.visit_i8x16_add_sat_u(),
        0x71 => v.visit_i8x16_sub(),
        0x72 => v.visit_i8x16_sub_sat_s(),
        0x73 => v.visit_i8x16_sub_sat_u(),
        0x74 => v.visit_f64x2_ceil(),
        0x75 => v.visit_f64x2_floor(),
        0x76 => v.visit_i8x16_min_s(),
        0x77 => v.visit_i8x16_min_u(),
        0x78 => v.visit_i8x16_max_s(),
        0x79 => v.visit_i8x16_max_u(),
        0x7a => v.visit_f64x2_trunc(),
        0x7b => v.visit_i8x16_avgr_u(),
        0x7c => v.visit_i16x8_extadd_pairwise_i8x16_s(),
        0x7d => v.visit_i16x8_extadd_pairwise_i8x16_u(),
        0x7e => v.visit_i32x4_extadd_pairwise_i16x8_s(),
        0x7f => v.visit_i32x4_extadd_pairwise_i16x8_u(),
        0x80 => v.visit_i16x8_abs(),
        0x81 => v.visit_i16x8_neg(),
        0x82 => v.visit_i16x8_q15mulr_sat_s(),
        0x83 => v.visit_i16x8_all_true(),
        0x84 => v.visit_i16x8_bitmask(),
        0x85 => v.visit_i16x8_narrow_i32x4_s(),
        0x86 => v.visit_i16x8_narrow_i32x4_u(),
        0x87 => v.visit_i16x8_extend_low_i8x16_s(),
        0x88 => v.visit_i16x8_extend_high_i8x16_s(),
        0x89 => v.visit_i16x8_extend_low_i8x16_u(),
        0x8a => v.visit_i16x8_extend_high_i8x16_u(),
        0x8b => v.visit_i16x8_shl(),
        0x8c => v.visit_i16x8_shr_s(),
        0x8d => v.visit_i16x8_shr_u(),
        0x8e => v.visit_i16x8_add(),
        0x8f => v.visit_i16x8_add_sat_s(),
        0x90 => v.visit_i16x8_add_sat_u(),
        0x91 => v.visit_i16x8_sub(),
        0x92 => v.visit_i16x8_sub_sat_s(),
        0x93 => v.visit_i16x8_sub_sat_u(),
        0x94 => v.visit_f64x2_nearest(),
        0x95 => v.visit_i16x8_mul(),
        0x96 => v.visit_i16x8_min_s(),
        0x97 => v.visit_i16x8_min_u(),
        0x98 => v.visit_i16x8_max_s(),
        0x99 => v.visit_i16x8_max_u(),
        0x9b => v.visit_i16x8_avgr_u(),
        0x9c => v.visit_i16x8_extmul_low_i8x16_s(),
        0x9d => v.visit_i16x8_extmul_high_i8x16_s(),
        0x9e => v.visit_i16x8_extmul_low_i8x16_u(),
        0x9f => v.visit_i16x8_extmul_high_i8x16_u(),
        0xa0 => v.visit_i32x4_abs(),
        0xa1 => v.visit_i32x4_neg(),
        0xa3 => v.visit_i32x4_all_true(),
        0xa4 => v.visit_i32x4_bitmask(),
        0xa7 => v.visit_i32x4_extend_low_i16x8_s(),
        0xa8 => v.visit_i32x4_extend_high_i16x8_s(),
        0xa9 => v.visit_i32x4_extend_low_i16x8_u(),
        0xaa => v.visit_i32x4_extend_high_i16x8_u(),
        0xab => v.visit_i32x4_shl(),
        0xac => v.visit_i32x4_shr_s(),
        0xad => v.visit_i32x4_shr_u(),
        0xae => v.visit_i32x4_add(),
        0xb1 => v.visit_i32x4_sub(),
        0xb5 => v.visit_i32x4_mul(),
        0xb6 => v.visit_i32x4_min_s(),
        0xb7 => v.visit_i32x4_min_u(),
        0xb8 => v.visit_i32x4_max_s(),
        0xb9 => v.visit_i32x4_max_u(),
        0xba => v.visit_i32x4_dot_i16x8_s(),
        0xbc => v.visit_i32x4_extmul_low_i16x8_s(),
        0xbd => v.visit_i32x4_extmul_high_i16x8_s(),
        0xbe => v.visit_i32x4_extmul_low_i16x8_u(),
        0xbf => v.visit_i32x4_extmul_high_i16x8_u(),
        0xc0 => v.visit_i64x2_abs(),
        0xc1 => v.visit_i64x2_neg(),
        0xc3 => v.visit_i64x2_all_true(),
        0xc4 => v.visit_i64x2_bitmask(),
        0xc7 => v.visit_i64x2_extend_low_i32x4_s(),
        0xc8 => v.visit_i64x2_extend_high_i32x4_s(),
        0xc9 => v.visit_i64x2_extend_low_i32x4_u(),
        0xca => v.visit_i64x2_extend_high_i32x4_u(),
        0xcb => v.visit_i64x2_shl(),
        0xcc => v.visit_i64x2_shr_s(),
        0xcd => v.visit_i64x2_shr_u(),
        0xce => v.visit_i64x2_add(),
        0xd1 => v.visit_i64x2_sub(),
        0xd5 => v.visit_i64x2_mul(),
        0xd6 => v.visit_i64x2_eq(),
        0xd7 => v.visit_i64x2_ne(),
        0xd8 => v.visit_i64x2_lt_s(),
        0xd9 => v.visit_i64x2_gt_s(),
        0xda => v.visit_i64x2_le_s(),
        0xdb => v.visit_i64x2_ge_s(),
        0xdc => v.visit_i64x2_extmul_low_i32x4_s(),
        0xdd => v.visit_i64x2_extmul_high_i32x4_s(),
        0xde => v.visit_i64x2_extmul_low_i32x4_u(),
        0xdf => v.visit_i64x2_extmul_high_i32x4_u(),
        0xe0 => v.visit_f32x4_abs(),
        0xe1 => v.visit_f32x4_neg(),
        0xe3 => v.visit_f32x4_sqrt(),
        0xe4 => v.visit_f32x4_add(),
        0xe5 => v.visit_f32x4_sub(),
        0xe6 => v.visit_f32x4_mul(),
        0xe7 => v.visit_f32x4_div(),
        0xe8 => v.visit_f32x4_min(),
        0xe9 => v.visit_f32x4_max(),
        0xea => v.visit_f32x4_pmin(),
        0xeb => v.visit_f32x4_pmax(),
        0xec => v.visit_f64x2_abs(),
        0xed => v.visit_f64x2_neg(),
        0xef => v.visit_f64x2_sqrt(),
        0xf0 => v.visit_f64x2_add(),
        0xf1 => v.visit_f64x2_sub(),
        0xf2 => v.visit_f64x2_mul(),
        0xf3 => v.visit_f64x2_div(),
        0xf4 => v.visit_f64x2_min(),
        0xf5 => v.visit_f64x2_max(),
        0xf6 => v.visit_f64x2_pmin(),
        0xf7 => v.visit_f64x2_pmax(),
        0xf8 => v.visit_i32x4_trunc_sat_f32x4_s(),
        0xf9 => v.visit_i32x4_trunc_sat_f32x4_u(),
        0xfa => v.visit_f32x4_convert_i32x4_s(),
        0xfb => v.visit_f32x4_convert_i32x4_u(),
        0xfc => v.visit_i32x4_trunc_sat_f64x2_s_zero(),
        0xfd => v.visit_i32x4_trunc_sat_f64x2_u_zero(),
        0xfe => v.visit_f64x2_convert_low_i32x4_s(),
        0xff => v.visit_f64x2_convert_low_i32x4_u(),
        0x100 => v.visit_i8x16_relaxed_swizzle(),
        0x101 => v.visit_i32x4_relaxed_trunc_f32x4_s(),
        0x102 => v.visit_i32x4_relaxed_trunc_f32x4_u(),
        0x103 => v.visit_i32x4_relaxed_trunc_f64x2_s_zero(),
        0x104 => v.visit_i32x4_relaxed_trunc_f64x2_u_zero(),
        0x105 => v.visit_f32x4_relaxed_madd(),
        0x106 => v.visit_f32x4_relaxed_nmadd(),
        0x107 => v.visit_f64x2_relaxed_madd(),
        0x108 => v.visit_f64x2_relaxed_nmadd(),
        0x109 => v.visit_i8x16_relaxed_laneselect(),
        0x10a => v.visit_i16x8_relaxed_laneselect(),
        0x10b => v.visit_i32x4_relaxed_laneselect(),
        0x10c => v.visit_i64x2_relaxed_laneselect(),
        0x10d => v.visit_f32x4_relaxed_min(),
        0x10e => v.visit_f32x4_relaxed_max(),
        0x10f => v.visit_f64x2_relaxed_min(),
        0x110 => v.visit_f64x2_relaxed_max(),
        0x111 => v.visit_i16x8_relaxed_q15mulr_s(),
        0x112 => v.visit_i16x8_relaxed_dot_i8x16_i7x16_s(),
        0x113 => v.visit_i32x4_relaxed_dot_i8x16_i7x16_add_s(),
        _ => return None,
    })
}
