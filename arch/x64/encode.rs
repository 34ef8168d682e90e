//! Hand encoding of the x86-64 forms the compiler emits most: register/memory operands and
//! ALU instructions with small immediates.
//!
//! dynasm encodes a memory operand whose base register is chosen at run time in its
//! worst-case form (a REX prefix, a SIB byte and a 32-bit displacement, 8 bytes for
//! `mov ebx, [rbp - 16]`), and an immediate chosen at run time always as 32 bits. Frame
//! slots, locals and linear-memory accesses are most of the code, so the compiler emits
//! those forms here in their shortest encoding (`mov ebx, [rbp - 16]` is 3 bytes): smaller
//! code to write and to run.

use crate::{HeapAccess, OperandSize, RegClass, Signedness};
use dynasmrt::DynasmApi;

/// A memory operand `[base + index + disp]` (scale 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Mem {
    pub(crate) base: u8,
    /// Never rsp (4): rsp cannot be an index.
    pub(crate) index: Option<u8>,
    pub(crate) disp: i32,
}

impl Mem {
    pub(crate) fn base(base: u8, disp: i32) -> Mem {
        Mem { base, index: None, disp }
    }
}

/// How an instruction is prefixed and which opcode bytes it has.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Opcode {
    /// A mandatory or operand-size prefix (0x66, 0xF2, 0xF3), emitted before REX.
    pub(crate) prefix: Option<u8>,
    /// REX.W: 64-bit operand size.
    pub(crate) wide: bool,
    /// The register operand is a byte register: spl/bpl/sil/dil need a REX prefix.
    pub(crate) byte_reg: bool,
    /// One to three opcode bytes.
    pub(crate) bytes: &'static [u8],
}

impl Opcode {
    /// A plain opcode of operand size `size` (64 bits set REX.W).
    pub(crate) const fn new(bytes: &'static [u8], size: OperandSize) -> Opcode {
        Opcode { prefix: None, wide: matches!(size, OperandSize::S64), byte_reg: false, bytes }
    }

    pub(crate) const fn with_prefix(self, prefix: u8) -> Opcode {
        Opcode { prefix: Some(prefix), ..self }
    }

    pub(crate) const fn byte_reg(self) -> Opcode {
        Opcode { byte_reg: true, ..self }
    }

    pub(crate) const fn with_size(self, size: OperandSize) -> Opcode {
        Opcode { wide: matches!(size, OperandSize::S64), ..self }
    }
}

#[inline(always)]
fn fits_i8(v: i32) -> bool {
    v == v as i8 as i32
}

/// The prefix, REX (only when needed) and opcode of an instruction whose ModRM `reg` field
/// is `reg` and whose r/m names register or base `rm` (and `index`). Inlined, like the
/// rest of this module: at almost every call site the opcode is a constant and most of
/// this folds away (a generic out-of-line encoder cost a tenth of compile time).
#[inline(always)]
fn head<A: DynasmApi>(ops: &mut A, op: Opcode, reg: u8, index: u8, rm: u8) {
    if let Some(p) = op.prefix {
        ops.push(p);
    }
    let rex = (op.wide as u8) << 3 | (reg >> 3) << 2 | (index >> 3) << 1 | rm >> 3;
    if rex != 0 || (op.byte_reg && (4..8).contains(&reg)) {
        ops.push(0x40 | rex);
    }
    for &b in op.bytes {
        ops.push(b);
    }
}

/// The ModRM, SIB and displacement bytes naming `reg` and `[mem]`, after the opcode. A
/// macro rather than a function: written into each encoder, it keeps the encoders' code as
/// it was when this was written out in `reg_mem` (a helper, even `#[inline(always)]`, cost
/// 0.7% more compile instructions on esbuild.wasm, through changed inlining around it).
macro_rules! mem_operand {
    ($ops:expr, $reg:expr, $mem:expr) => {{
        let (reg, mem): (u8, Mem) = ($reg, $mem);
        let sib = mem.index.is_some() || mem.base & 7 == 4;
        let rm = if sib { 0b100 } else { mem.base & 7 };
        let modrm = (reg & 7) << 3 | rm;
        // [rbp]/[r13] have no displacement-free form.
        let mode = if mem.disp == 0 && mem.base & 7 != 5 {
            0b00
        } else if fits_i8(mem.disp) {
            0b01
        } else {
            0b10
        };
        $ops.push(mode << 6 | modrm);
        if sib {
            $ops.push((mem.index.unwrap_or(4) & 7) << 3 | (mem.base & 7));
        }
        if mode == 0b01 {
            $ops.push(mem.disp as i8 as u8);
        } else if mode == 0b10 {
            $ops.push_i32(mem.disp);
        }
    }};
}

/// `op reg, [mem]` (or `op [mem], reg`: the direction is the opcode's): ModRM, SIB only for
/// an index or an rsp/r12 base, and the shortest displacement (none, 8 or 32 bits).
#[inline(always)]
pub(crate) fn reg_mem<A: DynasmApi>(ops: &mut A, op: Opcode, reg: u8, mem: Mem) {
    debug_assert!(mem.index != Some(4), "rsp cannot be an index");
    head(ops, op, reg, mem.index.unwrap_or(0), mem.base);
    mem_operand!(ops, reg, mem);
}

/// `op reg, rm` between two registers.
#[inline(always)]
pub(crate) fn reg_reg<A: DynasmApi>(ops: &mut A, op: Opcode, reg: u8, rm: u8) {
    head(ops, op, reg, 0, rm);
    ops.push(0b11 << 6 | (reg & 7) << 3 | (rm & 7));
}

/// `op reg, src1, rm` in its VEX encoding (AVX, 128-bit): the SSE opcode `op` (its
/// mandatory prefix and `0F`, `0F 38` or `0F 3A` escape become VEX's `pp` and map fields,
/// REX.W becomes VEX.W) with a second source `src1` in `vvvv`. An instruction with one
/// source has no `src1`: pass 0, which encodes as the `1111` such instructions require.
/// The two-byte `C5` form when it can express the instruction, else `C4`.
#[inline(always)]
pub(crate) fn vex_reg_reg<A: DynasmApi>(ops: &mut A, op: Opcode, reg: u8, src1: u8, rm: u8) {
    vex_head(ops, op, reg, src1, 0, rm);
    ops.push(0b11 << 6 | (reg & 7) << 3 | (rm & 7));
}

/// `op reg, src1, [mem]` in its VEX encoding, as [`vex_reg_reg`] with a memory operand.
#[inline(always)]
pub(crate) fn vex_reg_mem<A: DynasmApi>(ops: &mut A, op: Opcode, reg: u8, src1: u8, mem: Mem) {
    debug_assert!(mem.index != Some(4), "rsp cannot be an index");
    vex_head(ops, op, reg, src1, mem.index.unwrap_or(0), mem.base);
    mem_operand!(ops, reg, mem);
}

/// `op reg, [rip + disp32]` (or the store direction, as the opcode says), with the
/// displacement left zero: returns the offset of its 4-byte field, which ends the
/// instruction, so the field holds the target's distance from its own end, as a rel32
/// branch's does (and is patched the same way).
#[inline(always)]
pub(crate) fn reg_rip<A: DynasmApi>(ops: &mut A, op: Opcode, reg: u8) -> u32 {
    // rm = 101 with mod = 00 and no REX.B: RIP-relative.
    head(ops, op, reg, 0, 0b101);
    ops.push((reg & 7) << 3 | 0b101);
    let field = ops.offset().0 as u32;
    ops.push_i32(0);
    field
}

/// `op reg, src1, [rip + disp32]` in its VEX encoding, as [`reg_rip`].
#[inline(always)]
pub(crate) fn vex_reg_rip<A: DynasmApi>(ops: &mut A, op: Opcode, reg: u8, src1: u8) -> u32 {
    vex_head(ops, op, reg, src1, 0, 0b101);
    ops.push((reg & 7) << 3 | 0b101);
    let field = ops.offset().0 as u32;
    ops.push_i32(0);
    field
}

/// The VEX prefix and opcode byte of `op reg, src1, r/m`, the r/m naming register or base
/// `rm` and index `index` (0 for none).
#[inline(always)]
fn vex_head<A: DynasmApi>(ops: &mut A, op: Opcode, reg: u8, src1: u8, index: u8, rm: u8) {
    let pp = match op.prefix {
        None => 0,
        Some(0x66) => 1,
        Some(0xf3) => 2,
        Some(0xf2) => 3,
        Some(other) => panic!("no VEX form for prefix {other:#x}"),
    };
    let (map, rest) = match op.bytes {
        [0x0f, 0x38, rest @ ..] => (2, rest),
        [0x0f, 0x3a, rest @ ..] => (3, rest),
        [0x0f, rest @ ..] => (1, rest),
        other => panic!("no VEX form for opcode {other:02x?}"),
    };
    // R, X, B and vvvv are stored inverted; L = 0 (128 bits).
    let not_r = (!reg >> 3 & 1) << 7;
    let w_vvvv_l_pp = (op.wide as u8) << 7 | (!src1 & 15) << 3 | pp;
    if map == 1 && !op.wide && rm < 8 && index < 8 {
        ops.push(0xc5);
        ops.push(not_r | (w_vvvv_l_pp & 0x7f));
    } else {
        ops.push(0xc4);
        ops.push(not_r | (!index >> 3 & 1) << 6 | (!rm >> 3 & 1) << 5 | map);
        ops.push(w_vvvv_l_pp);
    }
    for &b in rest {
        ops.push(b);
    }
}

/// The group-1 ALU operations (`op r/m, imm`), by their ModRM `reg` digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Alu {
    Add = 0,
    Or = 1,
    And = 4,
    Sub = 5,
    Xor = 6,
    Cmp = 7,
}

impl Alu {
    /// The `op r, r/m` opcode of the same operation.
    pub(crate) fn reg_opcode(self, size: OperandSize) -> Opcode {
        const OPCODES: [&[u8]; 8] = [&[0x03], &[0x0b], &[], &[], &[0x23], &[0x2b], &[0x33], &[0x3b]];
        Opcode::new(OPCODES[self as usize], size)
    }
}

/// The group-1 opcode for immediate `imm`: the sign-extended 8-bit form when it fits.
#[inline]
fn alu_imm_opcode(size: OperandSize, imm: i32) -> Opcode {
    Opcode::new(if fits_i8(imm) { &[0x83] } else { &[0x81] }, size)
}

/// The immediate of a group-1 instruction, in the size [`alu_imm_opcode`] chose.
#[inline]
fn push_alu_imm<A: DynasmApi>(ops: &mut A, imm: i32) {
    if fits_i8(imm) {
        ops.push(imm as i8 as u8);
    } else {
        ops.push_i32(imm);
    }
}

/// `op reg, imm`.
#[inline]
pub(crate) fn alu_imm<A: DynasmApi>(ops: &mut A, alu: Alu, size: OperandSize, reg: u8, imm: i32) {
    reg_reg(ops, alu_imm_opcode(size, imm), alu as u8, reg);
    push_alu_imm(ops, imm);
}

/// `op [mem], imm`.
#[inline]
pub(crate) fn alu_mem_imm<A: DynasmApi>(ops: &mut A, alu: Alu, size: OperandSize, mem: Mem, imm: i32) {
    reg_mem(ops, alu_imm_opcode(size, imm), alu as u8, mem);
    push_alu_imm(ops, imm);
}

/// `mov [mem], imm32` (sign-extended to 64 bits for a 64-bit `size`).
#[inline(always)]
pub(crate) fn mov_mem_imm<A: DynasmApi>(ops: &mut A, size: OperandSize, mem: Mem, imm: i32) {
    reg_mem(ops, Opcode::new(&[0xc7], size), 0, mem);
    ops.push_i32(imm);
}

/// Opcodes of the forms emitted through this module.
pub(crate) mod op {
    use super::Opcode;
    use crate::OperandSize;

    /// `mov r, r/m`.
    pub(crate) const fn load(size: OperandSize) -> Opcode {
        Opcode::new(&[0x8b], size)
    }
    /// `mov r/m, r` (32/64-bit).
    pub(crate) const fn store(size: OperandSize) -> Opcode {
        Opcode::new(&[0x89], size)
    }
    /// `mov r/m8, r8`.
    pub(crate) const STORE8: Opcode = Opcode::new(&[0x88], OperandSize::S32).byte_reg();
    /// `mov r/m16, r16`.
    pub(crate) const STORE16: Opcode = Opcode::new(&[0x89], OperandSize::S32).with_prefix(0x66);
    /// `movzx r32, r/m8` and `r/m16`.
    pub(crate) const MOVZX8: Opcode = Opcode::new(&[0x0f, 0xb6], OperandSize::S32);
    pub(crate) const MOVZX16: Opcode = Opcode::new(&[0x0f, 0xb7], OperandSize::S32);
    /// `movsx r, r/m8` and `r/m16`.
    pub(crate) const fn movsx8(size: OperandSize) -> Opcode {
        Opcode::new(&[0x0f, 0xbe], size)
    }
    pub(crate) const fn movsx16(size: OperandSize) -> Opcode {
        Opcode::new(&[0x0f, 0xbf], size)
    }
    /// `movsxd r64, r/m32`.
    pub(crate) const MOVSXD: Opcode = Opcode::new(&[0x63], OperandSize::S64);
    /// `movss`/`movsd`/`movups xmm, m` (load) and `m, xmm` (store), by the value's width.
    pub(crate) const fn float_load(size: OperandSize) -> Opcode {
        with_float_prefix(Opcode::new(&[0x0f, 0x10], OperandSize::S32), size)
    }
    pub(crate) const fn float_store(size: OperandSize) -> Opcode {
        with_float_prefix(Opcode::new(&[0x0f, 0x11], OperandSize::S32), size)
    }
    /// The prefix selecting `movsd` (f64) or `movss` (f32); none for `movups` (v128).
    const fn with_float_prefix(op: Opcode, size: OperandSize) -> Opcode {
        match size {
            OperandSize::S64 => op.with_prefix(0xf2),
            OperandSize::S32 => op.with_prefix(0xf3),
            OperandSize::S128 => op,
        }
    }
    /// `addss`/`addsd`, `subss`/`subsd`, `mulss`/`mulsd` and `divss`/`divsd` (`0F 58`,
    /// `5C`, `59`, `5E`), by the value's width; `None` for the other operations.
    pub(crate) const fn float_arith(binop: crate::FloatBinOp, size: OperandSize) -> Option<Opcode> {
        let bytes: &'static [u8] = match binop {
            crate::FloatBinOp::Add => &[0x0f, 0x58],
            crate::FloatBinOp::Sub => &[0x0f, 0x5c],
            crate::FloatBinOp::Mul => &[0x0f, 0x59],
            crate::FloatBinOp::Div => &[0x0f, 0x5e],
            _ => return None,
        };
        Some(with_float_prefix(Opcode::new(bytes, OperandSize::S32), size))
    }
    /// `movups m128, xmm` and `movq m64, xmm`.
    pub(crate) const MOVUPS_STORE: Opcode = Opcode::new(&[0x0f, 0x11], OperandSize::S32);
    pub(crate) const MOVQ_STORE: Opcode = Opcode::new(&[0x0f, 0xd6], OperandSize::S32).with_prefix(0x66);
    /// `test r/m, r`.
    pub(crate) const TEST: Opcode = Opcode::new(&[0x85], OperandSize::S32);
    /// `call r/m64` (FF /2): the ModRM `reg` field holds [`CALL_MEM_DIGIT`].
    pub(crate) const CALL_MEM: Opcode = Opcode::new(&[0xff], OperandSize::S32);
    /// The opcode extension of [`CALL_MEM`].
    pub(crate) const CALL_MEM_DIGIT: u8 = 2;
    /// `lea r64, m`.
    pub(crate) const LEA: Opcode = Opcode::new(&[0x8d], OperandSize::S64);
    /// `cmovcc r, r/m` (`0F 40+cc`) on condition code `cc`, the low nibble of `jcc`'s.
    pub(crate) fn cmov(cc: u8, size: OperandSize) -> Opcode {
        static CMOV: [[u8; 2]; 16] = {
            let mut bytes = [[0x0f, 0x40]; 16];
            let mut cc = 0;
            while cc < 16 {
                bytes[cc][1] = 0x40 + cc as u8;
                cc += 1;
            }
            bytes
        };
        Opcode::new(&CMOV[cc as usize & 15], size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dynasmrt::{x64::X64Relocation, VecAssembler};
    use yaxpeax_arch::{Decoder, LengthedInstruction, U8Reader};

    fn text(bytes: &[u8]) -> String {
        let decoder = yaxpeax_x86::amd64::InstDecoder::default();
        let inst = decoder.decode(&mut U8Reader::new(bytes)).expect("decodes");
        assert_eq!(inst.len().to_const() as usize, bytes.len(), "one whole instruction: {bytes:02x?}");
        inst.to_string()
    }

    fn emit(f: impl FnOnce(&mut VecAssembler<X64Relocation>)) -> Vec<u8> {
        let mut ops = VecAssembler::new(0);
        f(&mut ops);
        ops.finalize().expect("no relocations")
    }

    const REG_NAMES: [&str; 16] = [
        "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi", "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d",
        "r15d",
    ];
    const QREG_NAMES: [&str; 16] =
        ["rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"];

    fn mem_text(mem: Mem) -> String {
        let mut s = format!("[{}", QREG_NAMES[mem.base as usize]);
        if let Some(i) = mem.index {
            s += &format!(" + {} * 1", QREG_NAMES[i as usize]);
        }
        if mem.disp > 0 {
            s += &format!(" + {:#x}", mem.disp);
        } else if mem.disp < 0 {
            s += &format!(" - {:#x}", -(mem.disp as i64));
        }
        s + "]"
    }

    /// Every register against every base (with and without an index) and displacements at
    /// the edges of each form decode to the instruction meant, in the expected length.
    #[test]
    fn loads_and_stores_decode_for_every_register_base_and_displacement() {
        for reg in 0..16u8 {
            for base in 0..16u8 {
                for index in [None, Some(0), Some(5), Some(12), Some(13)] {
                    for disp in [0, 1, -1, 127, -128, 128, -129, 0x7fff_ffff, i32::MIN] {
                        let mem = Mem { base, index, disp };
                        let bytes = emit(|o| reg_mem(o, op::load(OperandSize::S32), reg, mem));
                        let want = format!("mov {}, dword {}", REG_NAMES[reg as usize], mem_text(mem));
                        assert_eq!(text(&bytes), want, "{bytes:02x?}");
                        let bytes = emit(|o| reg_mem(o, op::store(OperandSize::S64), reg, mem));
                        let want = format!("mov qword {}, {}", mem_text(mem), QREG_NAMES[reg as usize]);
                        assert_eq!(text(&bytes), want, "{bytes:02x?}");
                    }
                }
            }
        }
    }

    #[test]
    fn shortest_forms() {
        assert_eq!(emit(|o| reg_mem(o, op::load(OperandSize::S32), 3, Mem::base(5, -16))), [0x8b, 0x5d, 0xf0]);
        assert_eq!(emit(|o| reg_mem(o, op::load(OperandSize::S32), 3, Mem::base(5, 0))), [0x8b, 0x5d, 0x00]);
        assert_eq!(
            emit(|o| reg_mem(o, op::load(OperandSize::S64), 0, Mem::base(4, 8))),
            [0x48, 0x8b, 0x44, 0x24, 0x08]
        );
        let heap = Mem { base: 15, index: Some(3), disp: 0 };
        assert_eq!(emit(|o| reg_mem(o, op::load(OperandSize::S32), 3, heap)), [0x41, 0x8b, 0x1c, 0x1f]);
        assert_eq!(emit(|o| alu_imm(o, Alu::Sub, OperandSize::S32, 3, 1)), [0x83, 0xeb, 0x01]);
        assert_eq!(
            emit(|o| alu_imm(o, Alu::Add, OperandSize::S64, 9, 1000)),
            [0x49, 0x81, 0xc1, 0xe8, 0x03, 0x00, 0x00]
        );
    }

    /// VEX forms decode as the SSE instruction's AVX counterpart, for every register in
    /// every operand, in both the two- and three-byte prefix forms and with VEX.W.
    #[test]
    fn vex_forms_decode_for_every_register() {
        const PADDD: Opcode = Opcode::new(&[0x0f, 0xfe], OperandSize::S32).with_prefix(0x66);
        const PSHUFB: Opcode = Opcode::new(&[0x0f, 0x38, 0x00], OperandSize::S32).with_prefix(0x66);
        const PABSB: Opcode = Opcode::new(&[0x0f, 0x38, 0x1c], OperandSize::S32).with_prefix(0x66);
        const CVTTPS2DQ: Opcode = Opcode::new(&[0x0f, 0x5b], OperandSize::S32).with_prefix(0xf3);
        const MOVQ: Opcode = Opcode::new(&[0x0f, 0x6e], OperandSize::S64).with_prefix(0x66);
        for a in 0..16u8 {
            for b in 0..16u8 {
                for c in [0u8, 1, 7, 8, 15] {
                    let t = text(&emit(|o| vex_reg_reg(o, PADDD, a, b, c)));
                    assert_eq!(t, format!("vpaddd xmm{a}, xmm{b}, xmm{c}"));
                    let t = text(&emit(|o| vex_reg_reg(o, PSHUFB, a, b, c)));
                    assert_eq!(t, format!("vpshufb xmm{a}, xmm{b}, xmm{c}"));
                }
                assert_eq!(text(&emit(|o| vex_reg_reg(o, PABSB, a, 0, b))), format!("vpabsb xmm{a}, xmm{b}"));
                assert_eq!(text(&emit(|o| vex_reg_reg(o, CVTTPS2DQ, a, 0, b))), format!("vcvttps2dq xmm{a}, xmm{b}"));
                let t = text(&emit(|o| vex_reg_reg(o, MOVQ, a, 0, b)));
                assert_eq!(t, format!("vmovq xmm{a}, {}", QREG_NAMES[b as usize]));
            }
        }
        assert_eq!(emit(|o| vex_reg_reg(o, PADDD, 1, 2, 3)), [0xc5, 0xe9, 0xfe, 0xcb]);
    }

    /// The scalar float arithmetic opcodes with a memory operand, SSE and VEX, decode for
    /// every destination, first source, base and index register (the VEX X and B bits).
    #[test]
    fn float_arithmetic_with_a_memory_operand_decodes_for_every_register() {
        use crate::FloatBinOp;
        let ops =
            [(FloatBinOp::Add, "add"), (FloatBinOp::Sub, "sub"), (FloatBinOp::Mul, "mul"), (FloatBinOp::Div, "div")];
        for (binop, name) in ops {
            for (size, suffix, width) in [(OperandSize::S32, "ss", "dword"), (OperandSize::S64, "sd", "qword")] {
                let opcode = op::float_arith(binop, size).expect("an arithmetic operation");
                for d in 0..16u8 {
                    for base in 0..16u8 {
                        for index in [None, Some(1), Some(9), Some(13)] {
                            for disp in [0, -8, 0x7f0] {
                                let mem = Mem { base, index, disp };
                                let a = (d + 5) % 16;
                                let t = text(&emit(|o| vex_reg_mem(o, opcode, d, a, mem)));
                                assert_eq!(t, format!("v{name}{suffix} xmm{d}, xmm{a}, {width} {}", mem_text(mem)));
                                let t = text(&emit(|o| reg_mem(o, opcode, d, mem)));
                                assert_eq!(t, format!("{name}{suffix} xmm{d}, {width} {}", mem_text(mem)));
                            }
                        }
                    }
                    let t = text(&emit(|o| vex_reg_reg(o, opcode, d, 15 - d, 7)));
                    assert_eq!(t, format!("v{name}{suffix} xmm{d}, xmm{}, xmm7", 15 - d));
                }
            }
        }
        assert_eq!(op::float_arith(FloatBinOp::Min, OperandSize::S64).map(|o| o.bytes), None);
    }

    /// RIP-relative operands (constants in the function's pool): the field is the last
    /// four bytes, so a distance written there counts from the instruction's end.
    #[test]
    fn rip_relative_operands_decode_for_every_register() {
        use crate::FloatBinOp;
        let with_disp = |mut bytes: Vec<u8>, field: u32| {
            assert_eq!(field as usize + 4, bytes.len(), "the field ends the instruction");
            bytes[field as usize..].copy_from_slice(&0x40i32.to_le_bytes());
            bytes
        };
        let mul = op::float_arith(FloatBinOp::Mul, OperandSize::S64).expect("arithmetic");
        let div = op::float_arith(FloatBinOp::Div, OperandSize::S32).expect("arithmetic");
        for d in 0..16u8 {
            let mut field = 0;
            let bytes = with_disp(emit(|o| field = vex_reg_rip(o, mul, d, 15 - d)), field);
            assert_eq!(text(&bytes), format!("vmulsd xmm{d}, xmm{}, qword [rip + 0x40]", 15 - d));
            let bytes = with_disp(emit(|o| field = reg_rip(o, div, d)), field);
            assert_eq!(text(&bytes), format!("divss xmm{d}, dword [rip + 0x40]"));
            let bytes = with_disp(emit(|o| field = reg_rip(o, op::float_load(OperandSize::S64), d)), field);
            assert_eq!(text(&bytes), format!("movsd xmm{d}, qword [rip + 0x40]"));
        }
    }

    #[test]
    fn byte_stores_of_sil_and_dil_take_a_rex_prefix() {
        let mem = Mem { base: 15, index: Some(3), disp: 2 };
        assert_eq!(text(&emit(|o| reg_mem(o, op::STORE8, 6, mem))), "mov byte [r15 + rbx * 1 + 0x2], sil");
        assert_eq!(text(&emit(|o| reg_mem(o, op::STORE8, 3, mem))), "mov byte [r15 + rbx * 1 + 0x2], bl");
        assert_eq!(text(&emit(|o| reg_mem(o, op::STORE16, 9, mem))), "mov word [r15 + rbx * 1 + 0x2], r9w");
    }

    #[test]
    fn alu_immediates_and_other_opcodes_decode() {
        for reg in 0..16u8 {
            for imm in [0, 1, -1, 127, -128, 128, -129, i32::MAX, i32::MIN] {
                for (alu, name) in [
                    (Alu::Add, "add"),
                    (Alu::Or, "or"),
                    (Alu::And, "and"),
                    (Alu::Sub, "sub"),
                    (Alu::Xor, "xor"),
                    (Alu::Cmp, "cmp"),
                ] {
                    let t = text(&emit(|o| alu_imm(o, alu, OperandSize::S64, reg, imm)));
                    assert!(t.starts_with(&format!("{name} {}, ", QREG_NAMES[reg as usize])), "{t}");
                    let t = text(&emit(|o| reg_mem(o, alu.reg_opcode(OperandSize::S32), reg, Mem::base(reg, imm))));
                    assert!(t.starts_with(&format!("{name} {}, dword [", REG_NAMES[reg as usize])), "{t}");
                }
            }
        }
        let mem = Mem::base(5, -8);
        assert_eq!(text(&emit(|o| alu_mem_imm(o, Alu::Cmp, OperandSize::S32, mem, 0))), "cmp dword [rbp - 0x8], 0x0");
        assert_eq!(text(&emit(|o| mov_mem_imm(o, OperandSize::S64, mem, -2))), "mov qword [rbp - 0x8], -0x2");
        assert_eq!(text(&emit(|o| reg_mem(o, op::MOVZX8, 3, mem))), "movzx ebx, byte [rbp - 0x8]");
        assert_eq!(text(&emit(|o| reg_mem(o, op::movsx16(OperandSize::S64), 3, mem))), "movsx rbx, word [rbp - 0x8]");
        assert_eq!(text(&emit(|o| reg_mem(o, op::MOVSXD, 3, mem))), "movsxd rbx, dword [rbp - 0x8]");
        assert_eq!(
            text(&emit(|o| reg_mem(o, op::float_load(OperandSize::S64), 9, mem))),
            "movsd xmm9, qword [rbp - 0x8]"
        );
        assert_eq!(
            text(&emit(|o| reg_mem(o, op::float_store(OperandSize::S32), 1, mem))),
            "movss dword [rbp - 0x8], xmm1"
        );
        assert_eq!(text(&emit(|o| reg_mem(o, op::LEA, 12, mem))), "lea r12, qword [rbp - 0x8]");
        assert_eq!(text(&emit(|o| reg_mem(o, op::MOVUPS_STORE, 0, mem))), "movups xmmword [rbp - 0x8], xmm0");
        assert_eq!(text(&emit(|o| reg_mem(o, op::MOVQ_STORE, 0, mem))), "movq qword [rbp - 0x8], xmm0");
        assert_eq!(text(&emit(|o| reg_reg(o, op::TEST, 9, 9))), "test r9d, r9d");
    }
}

/// The instruction loading what `access` describes (extended as it says).
pub(crate) fn load_opcode(access: HeapAccess) -> Opcode {
    let wide = access.size == OperandSize::S64;
    match (access.class, access.bytes, access.extend == Signedness::Signed) {
        (RegClass::Float, ..) => op::float_load(access.size),
        (_, 1, true) => op::movsx8(access.size),
        (_, 1, false) => op::MOVZX8,
        (_, 2, true) => op::movsx16(access.size),
        (_, 2, false) => op::MOVZX16,
        (_, 4, true) if wide => op::MOVSXD,
        (_, 4, _) => op::load(OperandSize::S32),
        _ => op::load(OperandSize::S64),
    }
}

/// The instruction storing what `access` describes.
pub(crate) fn store_opcode(access: HeapAccess) -> Opcode {
    match (access.class, access.bytes) {
        (RegClass::Float, _) => op::float_store(access.size),
        (_, 1) => op::STORE8,
        (_, 2) => op::STORE16,
        (_, 4) => op::store(OperandSize::S32),
        _ => op::store(OperandSize::S64),
    }
}
