//! The x86-64 [`MacroAssembler`]: lowering of each operation to SSE4.1/x86-64 instructions.

use super::encode::{self, op, Alu, Mem};
use super::X64Abi;
use crate::core::{self, AsmCore, Backend};
use crate::*;
use dynasmrt::{dynasm, x64::X64Relocation, AssemblyOffset, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};

/// Emit x86-64 instructions into `$ops` (forces the architecture so the macro is unambiguous).

macro_rules! asm {
    ($ops:expr; $($t:tt)*) => {
        dynasm!($ops ; .arch x64 ; $($t)*)
    };
}

/// Condition code of `jp` (parity: an unordered float compare).
const PARITY: u8 = 0xA;

const RAX: u8 = 0;
const RCX: u8 = 1;
const RBP: u8 = 5;
const RSP: u8 = 4;
/// The pinned registers (see [`X64Abi`]).
const VMCTX: u8 = X64Abi::VMCTX.hw;
const HEAP: u8 = X64Abi::HEAP_BASE.hw;
const THREAD: u8 = X64Abi::THREAD_STATE.hw;
/// Float scratch registers.
const XTMP: u8 = 15;
const XTMP2: u8 = 0;
/// The most 16-byte stores `zero_frame` writes out one by one for a run (256 bytes);
/// longer runs loop.
const ZERO_FRAME_UNROLLED_PAIRS: i32 = 16;

/// Which float bits a mask keeps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SignMask {
    /// The sign bit alone.
    Sign,
    /// Every bit but the sign.
    Magnitude,
}

/// A lowered source operand: register number, sign-extended 32-bit immediate, or base+disp.
#[derive(Clone, Copy)]
enum Src {
    Reg(u8),
    Imm(i32),
    Mem(u8, i32),
}

/// Integer instruction with a register or memory source only (no immediate form).
macro_rules! rm {
    ($s:ident, $mn:ident, $size:expr, $d:expr, $src:expr) => {
        match ($size, $src) {
            (OperandSize::S32, Src::Reg(r)) => asm!($s.ops; $mn Rd($d), Rd(r)),
            (OperandSize::S64, Src::Reg(r)) => asm!($s.ops; $mn Rq($d), Rq(r)),
            (OperandSize::S32, Src::Mem(b, o)) => asm!($s.ops; $mn Rd($d), DWORD [Rq(b) + o]),
            (OperandSize::S64, Src::Mem(b, o)) => asm!($s.ops; $mn Rq($d), QWORD [Rq(b) + o]),
            (_, Src::Imm(_)) => unreachable!("immediates are materialized first"),
            _ => crate::scalar_only(),
        }
    };
}

/// Scalar SSE instruction `op dst, src` for f32 (`$ss`) or f64 (`$sd`), register or memory source.
macro_rules! sse {
    ($s:ident, $ss:ident, $sd:ident, $size:expr, $d:expr, $src:expr) => {
        match ($size, $src) {
            (OperandSize::S32, Src::Reg(r)) => asm!($s.ops; $ss Rx($d), Rx(r)),
            (OperandSize::S64, Src::Reg(r)) => asm!($s.ops; $sd Rx($d), Rx(r)),
            (OperandSize::S32, Src::Mem(b, o)) => asm!($s.ops; $ss Rx($d), DWORD [Rq(b) + o]),
            (OperandSize::S64, Src::Mem(b, o)) => asm!($s.ops; $sd Rx($d), QWORD [Rq(b) + o]),
            (_, Src::Imm(_)) => unreachable!("float immediates are materialized first"),
            _ => crate::scalar_only(),
        }
    };
}

/// Offset of a label not bound yet.
const UNBOUND: u32 = u32::MAX;

/// One of the function's [`Label`]s: where it is bound, and its dynasm twin once code
/// emitted through dynasm refers to it.
///
/// The branches the compiler emits most (`jmp`, `jcc`, to block ends, loop headers and
/// trap stubs) are encoded here, not by dynasm: a branch to a bound label (a loop's
/// back-edge) takes the 2-byte form when it reaches, and a forward one leaves a rel32
/// field patched in `finish` with one subtraction, where dynasm's generic relocations
/// cost about 70 instructions each (1.3% of compiling yosys.core.wasm).
#[derive(Clone, Copy)]
struct LabelSlot {
    offset: u32,
    dynasm: Option<DynamicLabel>,
}

/// The x86-64 macro assembler for one function.
pub struct X64Masm {
    ops: VecAssembler<X64Relocation>,
    labels: Vec<LabelSlot>,
    /// rel32 fields of hand-encoded branches, and the RIP-relative displacements of
    /// constant-pool operands (also counted from the field's end), with the label each
    /// targets.
    fixups: Vec<(u32, Label)>,
    core: AsmCore,
    has_lzcnt: bool,
    /// `v128` operations in VEX encodings (three operands).
    has_avx: bool,
    /// Integer splats by `vpbroadcast`.
    has_avx2: bool,
    /// Rotations by a constant into another register by `rorx`.
    has_bmi2: bool,
}

fn fits_i32(v: i64) -> bool {
    v == v as i32 as i64
}

/// The integer constant `imm` as an operation of width `size` reads it, sign-extended to
/// 64 bits (an i32 constant's upper half is ignored).
fn imm_value(size: OperandSize, imm: Imm) -> i64 {
    match size {
        OperandSize::S32 => imm.bits() as u32 as i32 as i64,
        OperandSize::S64 => imm.bits() as i64,
        _ => crate::scalar_only(),
    }
}

impl X64Masm {
    /// The dynasm twin of `l`, for code emitted through dynasm (made on first use, and
    /// defined at once when `l` is already bound).
    fn dl(&mut self, l: Label) -> DynamicLabel {
        let slot = self.labels[l.0 as usize];
        if let Some(d) = slot.dynasm {
            return d;
        }
        let d = self.ops.new_dynamic_label();
        if slot.offset != UNBOUND {
            // A fresh label: defining it cannot collide.
            let _ = self.ops.labels_mut().define_dynamic(d, AssemblyOffset(slot.offset as usize));
        }
        self.labels[l.0 as usize].dynasm = Some(d);
        d
    }

    /// `jmp l` (`cc` None) or `jcc l` with condition code `cc`: the 2-byte form to a bound
    /// label within reach, else a rel32 (patched in `finish` when `l` is not bound yet).
    fn branch(&mut self, cc: Option<u8>, l: Label) {
        let at = self.offset();
        let target = self.labels[l.0 as usize].offset;
        if target != UNBOUND {
            let short = i64::from(target) - i64::from(at) - 2;
            if let Ok(rel) = i8::try_from(short) {
                self.ops.extend([cc.map_or(0xEB, |cc| 0x70 | cc), rel as u8]);
                return;
            }
        }
        let field = match cc {
            None => {
                self.ops.push(0xE9);
                at + 1
            }
            Some(cc) => {
                self.ops.extend([0x0F, 0x80 | cc]);
                at + 2
            }
        };
        if target == UNBOUND {
            self.fixups.push((field, l));
            self.ops.push_i32(0);
        } else {
            self.ops.push_i32((i64::from(target) - i64::from(field) - 4) as i32);
        }
    }

    /// Write the rel32 field of every branch to a label bound after it, and of every
    /// constant-pool operand, into `code`.
    fn patch_branches(&mut self, code: &mut [u8]) -> Result<(), String> {
        for (field, l) in self.fixups.drain(..) {
            let target = self.labels[l.0 as usize].offset;
            if target == UNBOUND {
                return Err(format!("branch at {field:#x} to a label never bound"));
            }
            let rel = (i64::from(target) - i64::from(field) - 4) as i32;
            code[field as usize..field as usize + 4].copy_from_slice(&rel.to_le_bytes());
        }
        Ok(())
    }

    fn local_label(&mut self) -> DynamicLabel {
        self.ops.new_dynamic_label()
    }

    fn addr(a: Address) -> (u8, i32) {
        match a {
            Address::Frame(o) => (RBP, o),
            Address::Sp(o) => (RSP, o),
            Address::Vmctx(o) => (VMCTX, o),
            Address::Base(r, o) => (r.hw, o),
        }
    }

    /// Lower an integer operand; immediates that do not fit a sign-extended imm32 go to rax.
    fn int_src(&mut self, size: OperandSize, op: Operand) -> Src {
        match op {
            Operand::Reg(r) => Src::Reg(r.hw),
            Operand::Mem(a) => {
                let (b, o) = Self::addr(a);
                Src::Mem(b, o)
            }
            Operand::Imm(imm) => {
                let v = imm_value(size, imm);
                if fits_i32(v) {
                    Src::Imm(v as i32)
                } else {
                    asm!(self.ops; mov rax, QWORD v);
                    Src::Reg(RAX)
                }
            }
        }
    }

    /// Lower a float operand; immediates are materialized in the float scratch register.
    fn float_src(&mut self, size: OperandSize, op: Operand) -> Src {
        match op {
            Operand::Reg(r) => Src::Reg(r.hw),
            Operand::Mem(a) => {
                let (b, o) = Self::addr(a);
                Src::Mem(b, o)
            }
            Operand::Imm(imm) => {
                self.load_float_const(XTMP, size, imm.bits());
                Src::Reg(XTMP)
            }
        }
    }

    fn load_float_const(&mut self, x: u8, size: OperandSize, bits: u64) {
        if bits == 0 {
            asm!(self.ops; xorps Rx(x), Rx(x));
            return;
        }
        if let Some(label) = core::constant_label(self, u128::from(bits)) {
            // One load from the function's constant pool, rather than two instructions
            // through rax (a move across register files on the way).
            let field = encode::reg_rip(&mut self.ops, op::float_load(size), x);
            self.fixups.push((field, label));
            return;
        }
        match size {
            OperandSize::S32 => asm!(self.ops; mov eax, bits as u32 as i32; movd Rx(x), eax),
            OperandSize::S64 => asm!(self.ops; mov rax, QWORD bits as i64; movq Rx(x), rax),
            _ => crate::scalar_only(),
        }
    }

    /// Linear-memory operand: `[r15 + disp]` or `[r15 + index + disp]`.
    fn heap_mem(&mut self, index: HeapIndex, offset: u32) -> Mem {
        match index {
            HeapIndex::Reg(r) => {
                if offset <= i32::MAX as u32 {
                    Mem { base: HEAP, index: Some(r.hw), disp: offset as i32 }
                } else {
                    asm!(self.ops; mov eax, offset as i32; add rax, Rq(r.hw));
                    Mem { base: HEAP, index: Some(RAX), disp: 0 }
                }
            }
            HeapIndex::Const(i) => {
                let ea = i as u64 + offset as u64;
                if ea <= i32::MAX as u64 {
                    Mem::base(HEAP, ea as i32)
                } else {
                    asm!(self.ops; mov rax, QWORD ea as i64);
                    Mem { base: HEAP, index: Some(RAX), disp: 0 }
                }
            }
        }
    }

    /// `op dst, src` for the group-1 ALU operations, in the shortest encoding; a compare
    /// with zero is a `test`.
    fn alu(&mut self, alu: Alu, size: OperandSize, d: u8, src: Src) {
        match src {
            Src::Imm(0) if alu == Alu::Cmp => encode::reg_reg(&mut self.ops, op::TEST.with_size(size), d, d),
            Src::Imm(i) => encode::alu_imm(&mut self.ops, alu, size, d, i),
            Src::Reg(r) => encode::reg_reg(&mut self.ops, alu.reg_opcode(size), d, r),
            Src::Mem(b, o) => encode::reg_mem(&mut self.ops, alu.reg_opcode(size), d, Mem::base(b, o)),
        }
    }

    /// `test r, r`.
    fn test_reg(&mut self, size: OperandSize, r: u8) {
        encode::reg_reg(&mut self.ops, op::TEST.with_size(size), r, r);
    }

    /// Set ZF when `value` (a register, memory or constant) is zero.
    fn test_zero(&mut self, size: OperandSize, value: Operand) {
        match value {
            Operand::Reg(r) => self.test_reg(size, r.hw),
            Operand::Mem(a) => {
                let (b, o) = Self::addr(a);
                encode::alu_mem_imm(&mut self.ops, Alu::Cmp, size, Mem::base(b, o), 0);
            }
            Operand::Imm(i) => {
                asm!(self.ops; mov eax, i.bits() as i32);
                self.test_reg(OperandSize::S32, RAX);
            }
        }
    }

    /// The x86 condition code (`jcc`'s and `cmovcc`'s low opcode nibble) of `cmp`.
    fn cc(cmp: IntCmp) -> u8 {
        use IntCmp::*;
        match cmp {
            Eq => 0x4,
            Ne => 0x5,
            LtS => 0xC,
            LtU => 0x2,
            GtS => 0xF,
            GtU => 0x7,
            LeS => 0xE,
            LeU => 0x6,
            GeS => 0xD,
            GeU => 0x3,
        }
    }

    /// The source operand of a `cmov` for `alt`: an immediate goes to rcx (before the
    /// flags are set: its move may be an `xor`).
    fn cmov_source(&mut self, size: OperandSize, alt: Operand) -> Src {
        match alt {
            Operand::Imm(_) => {
                self.mov(size, Reg::int(RCX), alt);
                Src::Reg(RCX)
            }
            Operand::Reg(r) => Src::Reg(r.hw),
            Operand::Mem(a) => {
                let (b, o) = Self::addr(a);
                Src::Mem(b, o)
            }
        }
    }

    /// `cmovcc d, src` on condition code `cc`. A 32-bit cmov always writes its
    /// destination, zero-extended, whether or not the condition holds (Intel SDM, CMOVcc:
    /// in 64-bit mode the upper half is cleared even when the condition is false).
    fn cmov(&mut self, cc: u8, size: OperandSize, d: u8, src: Src) {
        let op = encode::op::cmov(cc, size);
        match src {
            Src::Reg(r) => encode::reg_reg(&mut self.ops, op, d, r),
            Src::Mem(b, o) => encode::reg_mem(&mut self.ops, op, d, encode::Mem::base(b, o)),
            Src::Imm(_) => unreachable!("immediates are materialized first"),
        }
    }

    /// `jcc l` on integer condition `cmp`.
    fn jcc(&mut self, cmp: IntCmp, l: Label) {
        self.branch(Some(Self::cc(cmp)), l);
    }

    fn setcc(&mut self, cmp: IntCmp, d: u8) {
        use IntCmp::*;
        match cmp {
            Eq => asm!(self.ops; sete Rb(d)),
            Ne => asm!(self.ops; setne Rb(d)),
            LtS => asm!(self.ops; setl Rb(d)),
            LtU => asm!(self.ops; setb Rb(d)),
            GtS => asm!(self.ops; setg Rb(d)),
            GtU => asm!(self.ops; seta Rb(d)),
            LeS => asm!(self.ops; setle Rb(d)),
            LeU => asm!(self.ops; setbe Rb(d)),
            GeS => asm!(self.ops; setge Rb(d)),
            GeU => asm!(self.ops; setae Rb(d)),
        }
        asm!(self.ops; movzx Rd(d), Rb(d));
    }

    fn int_compare(&mut self, size: OperandSize, lhs: Reg, rhs: Operand) {
        let src = self.int_src(size, rhs);
        let l = lhs.hw;
        self.alu(Alu::Cmp, size, l, src);
    }

    /// The flags of an integer comparison (`cmp`) or a bit test (`test`), and the
    /// condition to test them with.
    fn int_flags(&mut self, cmp: Cmp, size: OperandSize, lhs: Reg, rhs: Operand) -> IntCmp {
        match cmp {
            Cmp::Int(c) => {
                self.int_compare(size, lhs, rhs);
                c
            }
            Cmp::Bits(c) => {
                debug_assert!(matches!(c, IntCmp::Eq | IntCmp::Ne), "a bit test is Eq or Ne");
                let l = lhs.hw;
                match (size, self.int_src(size, rhs)) {
                    (_, Src::Reg(r)) => encode::reg_reg(&mut self.ops, op::TEST.with_size(size), r, l),
                    (_, Src::Mem(b, o)) => encode::reg_mem(&mut self.ops, op::TEST.with_size(size), l, Mem::base(b, o)),
                    (OperandSize::S64, Src::Imm(i)) => asm!(self.ops; test Rq(l), i),
                    (_, Src::Imm(i)) => asm!(self.ops; test Rd(l), i),
                }
                c
            }
            Cmp::Float(_) => unreachable!("float compares have their own flags"),
        }
    }

    /// `ucomis` for a float compare; returns the unsigned-style condition to test
    /// (`Eq`/`Ne` need the parity flag as well, handled by the callers).
    fn float_compare(&mut self, cmp: FloatCmp, size: OperandSize, lhs: Reg, rhs: Operand) -> IntCmp {
        let (a, b, cond) = match cmp {
            FloatCmp::Lt | FloatCmp::Le => {
                // a < b  <=>  b > a: compare with swapped operands so unordered is false.
                let b = match self.float_src(size, rhs) {
                    Src::Reg(r) => r,
                    Src::Mem(base, o) => {
                        self.float_load(size, XTMP, base, o);
                        XTMP
                    }
                    Src::Imm(_) => unreachable!(),
                };
                let cond = if cmp == FloatCmp::Lt { IntCmp::GtU } else { IntCmp::GeU };
                (Src::Reg(lhs.hw), b, cond)
            }
            _ => {
                let src = self.float_src(size, rhs);
                let cond = match cmp {
                    FloatCmp::Eq => IntCmp::Eq,
                    FloatCmp::Ne => IntCmp::Ne,
                    FloatCmp::Gt => IntCmp::GtU,
                    _ => IntCmp::GeU,
                };
                (src, lhs.hw, cond)
            }
        };
        sse!(self, ucomiss, ucomisd, size, b, a);
        cond
    }

    fn float_load(&mut self, size: OperandSize, x: u8, base: u8, o: i32) {
        encode::reg_mem(&mut self.ops, op::float_load(size), x, Mem::base(base, o));
    }

    fn trap_dl(&mut self, code: TrapCode) -> DynamicLabel {
        let l = self.trap_label(code);
        self.dl(l)
    }

    /// `movaps dst, src` unless they are the same register.
    fn fmov(&mut self, d: u8, s: u8) {
        if d != s {
            asm!(self.ops; movaps Rx(d), Rx(s));
        }
    }

    /// Convert float `x` (truncating) into integer `d` with the hardware instruction.
    fn cvtt(&mut self, d: u8, dst_size: OperandSize, x: u8, src_size: OperandSize) {
        match (dst_size, src_size) {
            (OperandSize::S32, OperandSize::S32) => asm!(self.ops; cvttss2si Rd(d), Rx(x)),
            (OperandSize::S32, OperandSize::S64) => asm!(self.ops; cvttsd2si Rd(d), Rx(x)),
            (OperandSize::S64, OperandSize::S32) => asm!(self.ops; cvttss2si Rq(d), Rx(x)),
            (OperandSize::S64, OperandSize::S64) => asm!(self.ops; cvttsd2si Rq(d), Rx(x)),
            _ => crate::scalar_only(),
        }
    }

    /// `ucomis x, y`.
    fn ucomi(&mut self, size: OperandSize, x: u8, y: u8) {
        sse!(self, ucomiss, ucomisd, size, x, Src::Reg(y));
    }
}

// Every method but `new` and `finish` is `#[inline]`: the code generator, in another
// crate, calls them with operands often known at the call site, and without the hint they
// are never inlined across the crate boundary unless the embedder builds with LTO
// (measured on x86-64: 2% fewer instructions compiling esbuild.wasm).
impl MacroAssembler for X64Masm {
    type Abi = X64Abi;
    /// `call rel32` reaches ±2 GiB.
    const MAX_CALL_DISTANCE: usize = i32::MAX as usize;

    const CODE_BYTES_PER_BODY_BYTE: usize = 3;

    fn new(layout: VmctxLayout, features: CpuFeatures) -> Self {
        X64Masm {
            ops: VecAssembler::new(0),
            labels: Vec::new(),
            fixups: Vec::new(),
            core: AsmCore::new(layout, features),
            has_lzcnt: features.contains(CpuFeatures::X64_LZCNT_TZCNT),
            has_avx: features.contains(CpuFeatures::X64_AVX),
            has_avx2: features.contains(CpuFeatures::X64_AVX) && features.contains(CpuFeatures::X64_AVX2),
            has_bmi2: features.contains(CpuFeatures::X64_BMI2),
        }
    }

    #[inline]
    fn reserve_code(&mut self, bytes: usize) {
        self.ops.reserve_ops(bytes);
    }

    #[inline]
    fn offset(&self) -> u32 {
        self.ops.offset().0 as u32
    }

    #[inline]
    fn new_label(&mut self) -> Label {
        self.labels.push(LabelSlot { offset: UNBOUND, dynasm: None });
        Label(self.labels.len() as u32 - 1)
    }

    #[inline]
    fn bind(&mut self, label: Label) {
        let offset = self.offset();
        let slot = &mut self.labels[label.0 as usize];
        slot.offset = offset;
        if let Some(d) = slot.dynasm {
            asm!(self.ops; =>d);
        }
    }

    #[inline]
    fn trap_label(&mut self, code: TrapCode) -> Label {
        core::trap_label(self, code)
    }

    fn finish(&mut self, frame_size: u32) -> Result<CompiledCode, String> {
        core::finish(self, frame_size)
    }

    fn note_handler(&mut self, landing: u32) {
        let ret = self.offset();
        self.core.note_handler(ret, landing);
    }

    #[inline]
    fn prologue(&mut self, stack_limit_offset: i32) {
        asm!(self.ops; push rbp; mov rbp, rsp);
        // sub rsp, imm32 with the frame size patched in `finish`.
        self.ops.extend([0x48, 0x81, 0xEC]);
        self.core.note_frame_size_field(self.ops.offset().0);
        self.ops.extend([0, 0, 0, 0]);
        let overflow = self.trap_label(TrapCode::StackOverflow);
        encode::reg_mem(&mut self.ops, op::store(OperandSize::S64), VMCTX, Mem::base(RBP, VMCTX_FRAME_SLOT));
        encode::reg_mem(
            &mut self.ops,
            Alu::Cmp.reg_opcode(OperandSize::S64),
            RSP,
            Mem::base(THREAD, stack_limit_offset),
        );
        self.jcc(IntCmp::LtU, overflow);
    }

    #[inline]
    fn zero_frame(&mut self, runs: &[(i32, u32)]) {
        if runs.is_empty() {
            return;
        }
        // 16-byte stores of a zeroed float scratch (nothing is live at function entry):
        // `rep stosq` costs tens of cycles to start, which showed as the hottest
        // instruction of CoreMark's small functions and of libsodium's field arithmetic.
        asm!(self.ops; xorps Rx(XTMP2), Rx(XTMP2));
        for &(start, len) in runs {
            let words = (len / 8) as i32;
            let pairs = words / 2;
            if pairs <= ZERO_FRAME_UNROLLED_PAIRS {
                for i in 0..pairs {
                    encode::reg_mem(&mut self.ops, op::MOVUPS_STORE, XTMP2, Mem::base(RBP, start + 16 * i));
                }
            } else {
                // A loop of two stores per round, counting rax up from minus the bytes
                // to zero (rax is free at entry, like every allocatable register).
                let rounds = pairs / 2;
                let end = start + 32 * rounds;
                let top = self.local_label();
                asm!(self.ops; mov rax, -32 * rounds; =>top);
                for half in [end, end + 16] {
                    let to = Mem { base: RBP, index: Some(RAX), disp: half };
                    encode::reg_mem(&mut self.ops, op::MOVUPS_STORE, XTMP2, to);
                }
                asm!(self.ops; add rax, 32; jnz =>top);
                if pairs % 2 == 1 {
                    encode::reg_mem(&mut self.ops, op::MOVUPS_STORE, XTMP2, Mem::base(RBP, end));
                }
            }
            if words % 2 == 1 {
                let last = Mem::base(RBP, start + 8 * (words - 1));
                encode::reg_mem(&mut self.ops, op::MOVQ_STORE, XTMP2, last);
            }
        }
    }

    #[inline]
    fn epilogue(&mut self) {
        asm!(self.ops; mov rsp, rbp; pop rbp; ret);
    }

    #[inline]
    fn epilogue_jump(&mut self, target: Reg) {
        asm!(self.ops; mov rsp, rbp; pop rbp; jmp Rq(target.hw));
    }

    #[inline]
    fn mov(&mut self, size: OperandSize, dst: Reg, src: Operand) {
        core::mov(self, size, dst, src);
    }

    #[inline]
    fn store(&mut self, size: OperandSize, addr: Address, src: Operand) {
        let (b, o) = Self::addr(addr);
        let to = Mem::base(b, o);
        match src {
            Operand::Reg(r) if r.class == RegClass::Int => encode::reg_mem(&mut self.ops, op::store(size), r.hw, to),
            Operand::Reg(r) => encode::reg_mem(&mut self.ops, op::float_store(size), r.hw, to),
            Operand::Imm(imm) => {
                let bits = imm.bits();
                match size {
                    OperandSize::S32 => encode::mov_mem_imm(&mut self.ops, OperandSize::S32, to, bits as u32 as i32),
                    OperandSize::S64 if fits_i32(bits as i64) => {
                        encode::mov_mem_imm(&mut self.ops, OperandSize::S64, to, bits as i64 as i32)
                    }
                    OperandSize::S64 => {
                        asm!(self.ops; mov rax, QWORD bits as i64);
                        encode::reg_mem(&mut self.ops, op::store(OperandSize::S64), RAX, to);
                    }
                    _ => crate::scalar_only(),
                }
            }
            Operand::Mem(from) if size == OperandSize::S128 => {
                let (fb, fo) = Self::addr(from);
                encode::reg_mem(&mut self.ops, op::float_load(size), XTMP, Mem::base(fb, fo));
                encode::reg_mem(&mut self.ops, op::float_store(size), XTMP, to);
            }
            Operand::Mem(from) => {
                let (fb, fo) = Self::addr(from);
                encode::reg_mem(&mut self.ops, op::load(size), RAX, Mem::base(fb, fo));
                encode::reg_mem(&mut self.ops, op::store(size), RAX, to);
            }
        }
    }

    #[inline]
    fn lea(&mut self, dst: Reg, addr: Address) {
        let (b, o) = Self::addr(addr);
        encode::reg_mem(&mut self.ops, op::LEA, dst.hw, Mem::base(b, o));
    }

    #[inline(always)]
    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, rhs: Operand) {
        let src = self.int_src(size, rhs);
        let d = dst.hw;
        match op {
            IntBinOp::Add => self.alu(Alu::Add, size, d, src),
            IntBinOp::Sub => self.alu(Alu::Sub, size, d, src),
            IntBinOp::And => self.alu(Alu::And, size, d, src),
            IntBinOp::Or => self.alu(Alu::Or, size, d, src),
            IntBinOp::Xor => self.alu(Alu::Xor, size, d, src),
            IntBinOp::Mul => match (size, src) {
                (OperandSize::S32, Src::Imm(i)) => asm!(self.ops; imul Rd(d), Rd(d), i),
                (OperandSize::S64, Src::Imm(i)) => asm!(self.ops; imul Rq(d), Rq(d), i),
                (_, src) => rm!(self, imul, size, d, src),
            },
        }
    }

    #[inline]
    fn int_binop_from(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        if lhs == dst {
            return self.int_binop(op, size, dst, rhs);
        }
        let (d, l) = (dst.hw, lhs.hw);
        let value = |imm: Imm| imm_value(size, imm);
        match (op, rhs) {
            (IntBinOp::Add | IntBinOp::Sub, Operand::Imm(imm)) => {
                let v = if op == IntBinOp::Sub { value(imm).wrapping_neg() } else { value(imm) };
                // A 32-bit result keeps the low half of the sum: any displacement with the
                // right low 32 bits will do.
                if size == OperandSize::S32 || fits_i32(v) {
                    let lea = op::LEA.with_size(size);
                    return encode::reg_mem(&mut self.ops, lea, d, Mem::base(l, v as i32));
                }
            }
            // rsp is never allocated, so never the index.
            (IntBinOp::Add, Operand::Reg(r)) => {
                let mem = Mem { base: l, index: Some(r.hw), disp: 0 };
                return encode::reg_mem(&mut self.ops, op::LEA.with_size(size), d, mem);
            }
            (IntBinOp::Mul, Operand::Imm(imm)) if fits_i32(value(imm)) => {
                let i = value(imm) as i32;
                return match size {
                    OperandSize::S32 => asm!(self.ops; imul Rd(d), Rd(l), i),
                    _ => asm!(self.ops; imul Rq(d), Rq(l), i),
                };
            }
            _ => {}
        }
        self.mov(size, dst, Operand::Reg(lhs));
        self.int_binop(op, size, dst, rhs)
    }

    #[inline]
    fn shift_imm_from(&mut self, op: ShiftKind, size: OperandSize, dst: Reg, src: Operand, amount: u32) {
        let width = size.bytes() * 8;
        let n = amount & (width - 1);
        if let (ShiftKind::Shl, Operand::Reg(s), 1..=3) = (op, src, n) {
            // A register that must keep its value, shifted left by 1-3: one `lea` (the
            // 32-bit form keeps the low half of the product).
            if s != dst {
                let (d, s) = (dst.hw, s.hw);
                return match (size, n) {
                    (OperandSize::S32, 1) => asm!(self.ops; lea Rd(d), [Rq(s) + Rq(s)]),
                    (OperandSize::S32, 2) => asm!(self.ops; lea Rd(d), [Rq(s) * 4]),
                    (OperandSize::S32, _) => asm!(self.ops; lea Rd(d), [Rq(s) * 8]),
                    (_, 1) => asm!(self.ops; lea Rq(d), [Rq(s) + Rq(s)]),
                    (_, 2) => asm!(self.ops; lea Rq(d), [Rq(s) * 4]),
                    (_, _) => asm!(self.ops; lea Rq(d), [Rq(s) * 8]),
                };
            }
        }
        if !(self.has_bmi2 && n != 0 && matches!(op, ShiftKind::Rotl | ShiftKind::Rotr)) {
            if src != Operand::Reg(dst) {
                self.mov(size, dst, src);
            }
            return self.shift(op, size, dst, Operand::Imm(Imm::I32(n as i32)));
        }
        // rorx rotates right: a left rotation by n is a right one by width - n.
        let right = if op == ShiftKind::Rotl { width - n } else { n } as i8;
        let d = dst.hw;
        match (src, size) {
            (Operand::Reg(s), OperandSize::S32) => asm!(self.ops; rorx Rd(d), Rd(s.hw), right),
            (Operand::Reg(s), _) => asm!(self.ops; rorx Rq(d), Rq(s.hw), right),
            (Operand::Mem(a), OperandSize::S32) => {
                let (b, o) = Self::addr(a);
                asm!(self.ops; rorx Rd(d), DWORD [Rq(b) + o], right);
            }
            (Operand::Mem(a), _) => {
                let (b, o) = Self::addr(a);
                asm!(self.ops; rorx Rq(d), QWORD [Rq(b) + o], right);
            }
            (Operand::Imm(_), _) => unreachable!("shift_imm_from of a constant"),
        }
    }

    #[inline]
    fn shift(&mut self, op: ShiftKind, size: OperandSize, dst: Reg, rhs: Operand) {
        let d = dst.hw;
        let mask = size.bytes() as i64 * 8 - 1;
        if let Operand::Imm(imm) = rhs {
            let n = (imm.bits() as i64 & mask) as i8;
            if n == 0 {
                if size == OperandSize::S32 {
                    asm!(self.ops; mov Rd(d), Rd(d));
                }
                return;
            }
            macro_rules! by_imm {
                ($mn:ident) => {
                    match size {
                        OperandSize::S32 => asm!(self.ops; $mn Rd(d), n),
                        OperandSize::S64 => asm!(self.ops; $mn Rq(d), n),
                        _ => crate::scalar_only(),
                    }
                };
            }
            match op {
                ShiftKind::Shl => by_imm!(shl),
                ShiftKind::ShrS => by_imm!(sar),
                ShiftKind::ShrU => by_imm!(shr),
                ShiftKind::Rotl => by_imm!(rol),
                ShiftKind::Rotr => by_imm!(ror),
            }
            return;
        }
        match rhs {
            Operand::Reg(r) => asm!(self.ops; mov ecx, Rd(r.hw)),
            Operand::Mem(a) => {
                let (b, o) = Self::addr(a);
                asm!(self.ops; mov ecx, DWORD [Rq(b) + o]);
            }
            Operand::Imm(_) => unreachable!(),
        }
        macro_rules! by_cl {
            ($mn:ident) => {
                match size {
                    OperandSize::S32 => asm!(self.ops; $mn Rd(d), cl),
                    OperandSize::S64 => asm!(self.ops; $mn Rq(d), cl),
                    _ => crate::scalar_only(),
                }
            };
        }
        match op {
            ShiftKind::Shl => by_cl!(shl),
            ShiftKind::ShrS => by_cl!(sar),
            ShiftKind::ShrU => by_cl!(shr),
            ShiftKind::Rotl => by_cl!(rol),
            ShiftKind::Rotr => by_cl!(ror),
        }
    }

    #[inline]
    fn int_div(&mut self, op: DivKind, size: OperandSize, dst: Reg, rhs: Reg) {
        let (d, r) = (dst.hw, rhs.hw);
        let div0 = self.trap_dl(TrapCode::IntegerDivideByZero);
        self.test_reg(size, r);
        asm!(self.ops; jz =>div0);
        let done = self.local_label();
        let normal = self.local_label();
        match op {
            DivKind::DivS | DivKind::RemS => {
                self.alu(Alu::Cmp, size, r, Src::Imm(-1));
                asm!(self.ops; jne =>normal);
                if op == DivKind::DivS {
                    let overflow = self.trap_dl(TrapCode::IntegerOverflow);
                    match size {
                        OperandSize::S32 => asm!(self.ops; cmp Rd(d), i32::MIN),
                        OperandSize::S64 => asm!(self.ops; mov rax, QWORD i64::MIN; cmp Rq(d), rax),
                        _ => crate::scalar_only(),
                    }
                    asm!(self.ops; je =>overflow; jmp =>normal);
                } else {
                    // x % -1 == 0, and idiv would fault on MIN % -1.
                    asm!(self.ops; xor Rd(d), Rd(d); jmp =>done);
                }
                asm!(self.ops; =>normal);
                match size {
                    OperandSize::S32 => asm!(self.ops; mov eax, Rd(d); cdq; idiv Rd(r)),
                    OperandSize::S64 => asm!(self.ops; mov rax, Rq(d); cqo; idiv Rq(r)),
                    _ => crate::scalar_only(),
                }
            }
            DivKind::DivU | DivKind::RemU => match size {
                OperandSize::S32 => asm!(self.ops; mov eax, Rd(d); xor edx, edx; div Rd(r)),
                OperandSize::S64 => asm!(self.ops; mov rax, Rq(d); xor edx, edx; div Rq(r)),
                _ => crate::scalar_only(),
            },
        }
        let result = if matches!(op, DivKind::DivS | DivKind::DivU) { RAX } else { 2 };
        match size {
            OperandSize::S32 => asm!(self.ops; mov Rd(d), Rd(result)),
            OperandSize::S64 => asm!(self.ops; mov Rq(d), Rq(result)),
            _ => crate::scalar_only(),
        }
        asm!(self.ops; =>done);
    }

    #[inline]
    fn int_unop(&mut self, op: IntUnOp, size: OperandSize, dst: Reg) {
        let d = dst.hw;
        let bits = size.bytes() as i32 * 8;
        match op {
            IntUnOp::Popcnt => rm!(self, popcnt, size, d, Src::Reg(d)),
            IntUnOp::Clz if self.has_lzcnt => rm!(self, lzcnt, size, d, Src::Reg(d)),
            IntUnOp::Ctz if self.has_lzcnt => rm!(self, tzcnt, size, d, Src::Reg(d)),
            IntUnOp::Clz => {
                // clz = (bits - 1) - bsr(x); bsr of 0 is taken as -1.
                rm!(self, bsr, size, RAX, Src::Reg(d));
                asm!(self.ops; mov ecx, -1; cmovz eax, ecx; mov Rd(d), bits - 1; sub Rd(d), eax);
            }
            IntUnOp::Ctz => {
                rm!(self, bsf, size, RAX, Src::Reg(d));
                asm!(self.ops; mov ecx, bits; cmovz eax, ecx; mov Rd(d), eax);
            }
        }
    }

    #[inline]
    fn extend(&mut self, kind: ExtendKind, dst: Reg) {
        let d = dst.hw;
        match kind {
            ExtendKind::Signed8(OperandSize::S32) => asm!(self.ops; movsx Rd(d), Rb(d)),
            ExtendKind::Signed8(OperandSize::S64) => asm!(self.ops; movsx Rq(d), Rb(d)),
            ExtendKind::Signed16(OperandSize::S32) => asm!(self.ops; movsx Rd(d), Rw(d)),
            ExtendKind::Signed16(OperandSize::S64) => asm!(self.ops; movsx Rq(d), Rw(d)),
            ExtendKind::Signed32 => asm!(self.ops; movsxd Rq(d), Rd(d)),
            ExtendKind::Unsigned32 => asm!(self.ops; mov Rd(d), Rd(d)),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn cmp_set(&mut self, cmp: Cmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        let d = dst.hw;
        match cmp {
            Cmp::Int(_) | Cmp::Bits(_) => {
                let c = self.int_flags(cmp, size, lhs, rhs);
                self.setcc(c, d);
            }
            Cmp::Float(f) => {
                let cond = self.float_compare(f, size, lhs, rhs);
                match f {
                    FloatCmp::Eq => asm!(self.ops; sete al; setnp cl; and al, cl; movzx Rd(d), al),
                    FloatCmp::Ne => asm!(self.ops; setne al; setp cl; or al, cl; movzx Rd(d), al),
                    _ => self.setcc(cond, d),
                }
            }
        }
    }

    #[inline]
    fn cmp_branch(&mut self, cmp: Cmp, size: OperandSize, lhs: Reg, rhs: Operand, target: Label, when: JumpWhen) {
        let jump_if = when == JumpWhen::True;
        match cmp {
            Cmp::Int(_) | Cmp::Bits(_) => {
                let c = self.int_flags(cmp, size, lhs, rhs);
                self.jcc(if jump_if { c } else { c.negate() }, target);
            }
            Cmp::Float(f) => {
                let cond = self.float_compare(f, size, lhs, rhs);
                // Equality needs the parity flag (unordered); the others are unordered-safe.
                let jump_when_equal = match f {
                    FloatCmp::Eq => Some(jump_if),
                    FloatCmp::Ne => Some(!jump_if),
                    _ => None,
                };
                match jump_when_equal {
                    Some(true) => {
                        // Unordered (parity) is not equal: skip the jump.
                        let skip = self.new_label();
                        self.branch(Some(PARITY), skip);
                        self.jcc(IntCmp::Eq, target);
                        self.bind(skip);
                    }
                    Some(false) => {
                        self.branch(Some(PARITY), target);
                        self.jcc(IntCmp::Ne, target);
                    }
                    None => self.jcc(if jump_if { cond } else { cond.negate() }, target),
                }
            }
        }
    }

    #[inline]
    fn test_branch(&mut self, size: OperandSize, value: Operand, target: Label, when: BranchIf) {
        core::test_branch(self, size, value, target, when);
    }

    #[inline]
    fn select(&mut self, size: OperandSize, dst: Reg, alt: Operand, cond: Operand) {
        if dst.class == RegClass::Int {
            let alt = self.cmov_source(size, alt);
            self.test_zero(OperandSize::S32, cond);
            self.cmov(Self::cc(IntCmp::Eq), size, dst.hw, alt);
        } else {
            let skip = self.local_label();
            self.test_zero(OperandSize::S32, cond);
            asm!(self.ops; jnz =>skip);
            self.mov(size, dst, alt);
            asm!(self.ops; =>skip);
        }
    }

    fn cmp_select(&mut self, test: Comparison, size: OperandSize, dst: Reg, alt: Operand) {
        // Floats (no cmov into xmm) and float compares (unordered needs the parity flag)
        // branch.
        let (Cmp::Int(cond) | Cmp::Bits(cond)) = test.cmp else {
            return self.cmp_select_by_branch(test, size, dst, alt);
        };
        if dst.class != RegClass::Int {
            return self.cmp_select_by_branch(test, size, dst, alt);
        }
        // The alternative first: an immediate may be materialized by an `xor`, which
        // changes the flags (the compare's immediate uses rax, never rcx).
        let alt = self.cmov_source(size, alt);
        self.int_flags(test.cmp, test.size, test.lhs, test.rhs);
        self.cmov(Self::cc(cond.negate()), size, dst.hw, alt);
    }

    #[inline]
    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, rhs: Reg) {
        let (d, r) = (dst.hw, Src::Reg(rhs.hw));
        match op {
            FloatBinOp::Add => sse!(self, addss, addsd, size, d, r),
            FloatBinOp::Sub => sse!(self, subss, subsd, size, d, r),
            FloatBinOp::Mul => sse!(self, mulss, mulsd, size, d, r),
            FloatBinOp::Div => sse!(self, divss, divsd, size, d, r),
            FloatBinOp::Min => self.float_min_max(op, size, d, rhs.hw),
            FloatBinOp::Max => self.float_min_max(op, size, d, rhs.hw),
            FloatBinOp::Copysign => {
                self.sign_mask(XTMP, size, SignMask::Magnitude);
                asm!(self.ops; andps Rx(d), Rx(XTMP));
                self.sign_mask(XTMP, size, SignMask::Sign);
                asm!(self.ops; andps Rx(XTMP), Rx(rhs.hw); orps Rx(d), Rx(XTMP));
            }
        }
    }

    fn float_binop_from(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        let (d, l) = (dst.hw, lhs.hw);
        let Some(opcode) = op::float_arith(op, size) else {
            let Operand::Reg(rhs) = rhs else { panic!("{op:?} takes a register operand") };
            self.fmov(d, l);
            return self.float_binop(op, size, dst, rhs);
        };
        debug_assert!(rhs != Operand::Reg(dst) || dst == lhs, "the right operand is not the destination");
        let pooled = match rhs {
            Operand::Imm(imm) if imm.bits() != 0 => core::constant_label(self, u128::from(imm.bits())),
            _ => None,
        };
        if let Some(label) = pooled {
            // The constant as a RIP-relative memory operand: one instruction.
            let field = if self.has_avx {
                encode::vex_reg_rip(&mut self.ops, opcode, d, l)
            } else {
                self.fmov(d, l);
                encode::reg_rip(&mut self.ops, opcode, d)
            };
            self.fixups.push((field, label));
            return;
        }
        let rhs = self.float_src(size, rhs);
        match rhs {
            Src::Reg(r) if self.has_avx => encode::vex_reg_reg(&mut self.ops, opcode, d, l, r),
            Src::Mem(b, o) if self.has_avx => encode::vex_reg_mem(&mut self.ops, opcode, d, l, Mem::base(b, o)),
            Src::Reg(r) => {
                self.fmov(d, l);
                encode::reg_reg(&mut self.ops, opcode, d, r);
            }
            Src::Mem(b, o) => {
                self.fmov(d, l);
                encode::reg_mem(&mut self.ops, opcode, d, Mem::base(b, o));
            }
            Src::Imm(_) => unreachable!("float constants are materialized"),
        }
    }

    #[inline]
    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg) {
        let d = dst.hw;
        let round = |mode: i8| mode | 8; // suppress the precision exception
        match op {
            FloatUnOp::Abs => {
                self.sign_mask(XTMP, size, SignMask::Magnitude);
                asm!(self.ops; andps Rx(d), Rx(XTMP));
            }
            FloatUnOp::Neg => {
                self.sign_mask(XTMP, size, SignMask::Sign);
                asm!(self.ops; xorps Rx(d), Rx(XTMP));
            }
            FloatUnOp::Sqrt => sse!(self, sqrtss, sqrtsd, size, d, Src::Reg(d)),
            FloatUnOp::Nearest | FloatUnOp::Floor | FloatUnOp::Ceil | FloatUnOp::Trunc => {
                let mode = round(match op {
                    FloatUnOp::Nearest => 0,
                    FloatUnOp::Floor => 1,
                    FloatUnOp::Ceil => 2,
                    _ => 3,
                });
                match size {
                    OperandSize::S32 => asm!(self.ops; roundss Rx(d), Rx(d), mode),
                    OperandSize::S64 => asm!(self.ops; roundsd Rx(d), Rx(d), mode),
                    _ => crate::scalar_only(),
                }
            }
        }
    }

    #[inline]
    fn int_to_float(&mut self, dst: Reg, dst_size: OperandSize, src: Reg, src_size: OperandSize, from: Signedness) {
        let signed = from == Signedness::Signed;
        let (d, s) = (dst.hw, src.hw);
        macro_rules! cvt {
            ($rk:ident, $r:expr) => {
                match dst_size {
                    OperandSize::S32 => asm!(self.ops; cvtsi2ss Rx(d), $rk($r)),
                    OperandSize::S64 => asm!(self.ops; cvtsi2sd Rx(d), $rk($r)),
                    _ => crate::scalar_only(),
                }
            };
        }
        asm!(self.ops; xorps Rx(d), Rx(d));
        match (src_size, signed) {
            (OperandSize::S32, true) => cvt!(Rd, s),
            // A zero-extended u32 converts exactly through the signed 64-bit form.
            (OperandSize::S32, false) => cvt!(Rq, s),
            (OperandSize::S64, true) => cvt!(Rq, s),
            (OperandSize::S64, false) => {
                let big = self.local_label();
                let done = self.local_label();
                asm!(self.ops; test Rq(s), Rq(s); js =>big);
                cvt!(Rq, s);
                // Halve (keeping the low bit for correct rounding), convert, double.
                asm!(self.ops; jmp =>done; =>big; mov rax, Rq(s); shr rax, 1; mov ecx, Rd(s); and ecx, 1; or rax, rcx);
                cvt!(Rq, RAX);
                sse!(self, addss, addsd, dst_size, d, Src::Reg(d));
                asm!(self.ops; =>done);
            }
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn float_to_int(
        &mut self,
        dst: Reg,
        dst_size: OperandSize,
        src: Reg,
        src_size: OperandSize,
        to: Signedness,
        overflow: OnOverflow,
    ) {
        match overflow {
            OnOverflow::Saturate => self.float_to_int_saturating(dst.hw, dst_size, src.hw, src_size, to),
            OnOverflow::Trap => self.float_to_int_trapping(dst.hw, dst_size, src.hw, src_size, to),
        }
    }

    #[inline]
    fn float_convert(&mut self, dst: Reg, dst_size: OperandSize, src: Reg) {
        match dst_size {
            OperandSize::S64 => asm!(self.ops; cvtss2sd Rx(dst.hw), Rx(src.hw)),
            OperandSize::S32 => asm!(self.ops; cvtsd2ss Rx(dst.hw), Rx(src.hw)),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn reinterpret(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match (dst.class, size) {
            (RegClass::Int, OperandSize::S32) => asm!(self.ops; movd Rd(d), Rx(s)),
            (RegClass::Int, OperandSize::S64) => asm!(self.ops; movq Rq(d), Rx(s)),
            (RegClass::Float, OperandSize::S32) => asm!(self.ops; movd Rx(d), Rd(s)),
            (RegClass::Float, OperandSize::S64) => asm!(self.ops; movq Rx(d), Rq(s)),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn heap_load(&mut self, access: HeapAccess, dst: Reg, index: HeapIndex, offset: u32) {
        let mem = self.heap_mem(index, offset);
        encode::reg_mem(&mut self.ops, encode::load_opcode(access), dst.hw, mem);
    }

    #[inline]
    fn load_sized(&mut self, access: HeapAccess, dst: Reg, addr: Address) {
        let (b, o) = Self::addr(addr);
        encode::reg_mem(&mut self.ops, encode::load_opcode(access), dst.hw, Mem::base(b, o));
    }

    #[inline]
    fn store_sized(&mut self, access: HeapAccess, addr: Address, src: Reg) {
        let (b, o) = Self::addr(addr);
        encode::reg_mem(&mut self.ops, encode::store_opcode(access), src.hw, Mem::base(b, o));
    }

    #[inline]
    fn heap_store(&mut self, access: HeapAccess, index: HeapIndex, offset: u32, src: Operand) {
        // Materialize a constant (or memory) source first: the address may use rax.
        let src = match src {
            Operand::Reg(r) => r,
            other => {
                let tmp = if access.class == RegClass::Float { Reg::float(XTMP) } else { Reg::int(RCX) };
                self.mov(access.size, tmp, other);
                tmp
            }
        };
        let mem = self.heap_mem(index, offset);
        encode::reg_mem(&mut self.ops, encode::store_opcode(access), src.hw, mem);
    }

    #[inline]
    fn jump(&mut self, target: Label) {
        self.branch(None, target);
    }

    #[inline]
    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label) {
        let def = self.dl(default);
        let table = self.local_label();
        let i = index.hw;
        // One indirect jump: each entry is the target's distance from the table (the
        // index register is allocatable, never rax or rcx).
        asm!(self.ops
            ; cmp Rd(i), targets.len() as i32
            ; jae =>def
            ; lea rax, [=>table]
            ; movsxd rcx, DWORD [rax + Rq(i) * 4]
            ; add rax, rcx
            ; jmp rax
            ; .align 4
            ; =>table
        );
        core::jump_table_entries(self, targets);
    }

    #[inline]
    fn call_direct(&mut self, callee: u32) {
        self.ops.push(0xE8);
        let offset = self.ops.offset().0 as u32;
        self.ops.extend([0, 0, 0, 0]);
        self.core.note_call(offset, callee);
    }

    #[inline]
    fn patch_call(image: &mut [u8], field: usize, target: i64) {
        // rel32 is relative to the end of the 4-byte field.
        let rel = (target - (field as i64 + 4)) as i32;
        image[field..field + 4].copy_from_slice(&rel.to_le_bytes());
    }

    fn patch_nops(image: &mut [u8], range: std::ops::Range<usize>) {
        // The recommended multi-byte no-ops (`nop` with a memory operand), longest first.
        const NOPS: [&[u8]; 8] = [
            &[0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00],
            &[0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00],
            &[0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00],
            &[0x0F, 0x1F, 0x44, 0x00, 0x00],
            &[0x0F, 0x1F, 0x40, 0x00],
            &[0x0F, 0x1F, 0x00],
            &[0x66, 0x90],
            &[0x90],
        ];
        let mut at = range.start;
        while at < range.end {
            let nop = NOPS.iter().find(|n| n.len() <= range.end - at).expect("a one-byte nop fits");
            image[at..at + nop.len()].copy_from_slice(nop);
            at += nop.len();
        }
    }

    #[inline]
    fn call_reg(&mut self, target: Reg) {
        asm!(self.ops; call Rq(target.hw));
    }

    #[inline]
    fn lea_label(&mut self, dst: Reg, label: Label) {
        let l = self.dl(label);
        asm!(self.ops; lea Rq(dst.hw), [=>l]);
    }

    #[inline]
    fn call_returning_to(&mut self, target: Reg, ret: Reg) {
        asm!(self.ops; push Rq(ret.hw); jmp Rq(target.hw));
    }

    #[inline]
    fn call_preserving(&mut self, target: Address, builtin: u32, arg: Reg, payload: u32) {
        // The trampoline finds the word at [rsp + 8] and `arg` at [rsp + 16] on entry; two
        // pushes keep the stack 16-byte aligned at the call.
        let imm = crate::preserving_word(builtin, payload);
        let (base, offset) = Self::addr(target);
        asm!(self.ops
            ; push Rq(arg.hw)
            ; push imm as i32
            ; call QWORD [Rq(base) + offset]
            ; lea rsp, [rsp + 16]
        );
    }

    #[inline]
    fn trap(&mut self, code: TrapCode) {
        core::trap(self, code);
    }
}

impl Backend for X64Masm {
    /// `sub rsp, imm32` sign-extends its immediate.
    const MAX_FRAME_SIZE: u32 = i32::MAX as u32;

    #[inline]
    fn core(&mut self) -> &mut AsmCore {
        &mut self.core
    }

    fn trap_stub(&mut self, code: TrapCode, tail: Label) {
        asm!(self.ops; mov eax, code as u32 as i32);
        self.branch(None, tail);
    }

    fn record_frames(&mut self, here: Label) {
        // Record the wasm frames (frame pointer chain from here), keeping the trap code.
        let (here, recorder) = (self.dl(here), self.core.layout().trap_recorder);
        asm!(self.ops
            ; mov ebx, eax
            ; mov rdi, rbp
            ; lea rsi, [=>here]
            ; and rsp, -16
        );
        encode::reg_mem(&mut self.ops, op::CALL_MEM, op::CALL_MEM_DIGIT, Mem::base(VMCTX, recorder));
        asm!(self.ops; mov eax, ebx);
    }

    fn unwind_to_entry(&mut self) {
        // The landing address is on top of the stack the entry saved.
        let entry_sp = self.core.layout().entry_sp;
        encode::reg_mem(&mut self.ops, op::load(OperandSize::S64), RSP, Mem::base(THREAD, entry_sp));
        asm!(self.ops; ret);
    }

    fn take_code(&mut self) -> Result<Vec<u8>, String> {
        let mut code = crate::take_code(&mut self.ops)?;
        self.patch_branches(&mut code)?;
        self.labels.clear();
        Ok(code)
    }

    fn patch_frame_size(code: &mut [u8], field: usize, frame_size: u32) {
        // The imm32 of `sub rsp, imm32`.
        code[field..field + 4].copy_from_slice(&frame_size.to_le_bytes());
    }

    #[inline]
    fn mov_int_reg(&mut self, size: OperandSize, d: u8, s: u8) {
        match size {
            OperandSize::S32 => asm!(self.ops; mov Rd(d), Rd(s)),
            OperandSize::S64 => asm!(self.ops; mov Rq(d), Rq(s)),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn align_16(&mut self) {
        // int3 padding: never executed.
        while self.ops.offset().0 % 16 != 0 {
            self.ops.push(0xcc);
        }
    }

    fn emit_data(&mut self, bytes: &[u8]) {
        self.ops.extend(bytes.iter().copied());
    }

    fn label_offset(&self, label: Label) -> Option<u32> {
        let offset = self.labels[label.0 as usize].offset;
        (offset != UNBOUND).then_some(offset)
    }

    #[inline]
    fn mov_float_reg(&mut self, _size: OperandSize, d: u8, s: u8) {
        self.fmov(d, s);
    }

    #[inline]
    fn mov_int_imm(&mut self, size: OperandSize, d: u8, bits: u64) {
        if bits == 0 {
            asm!(self.ops; xor Rd(d), Rd(d));
        } else if size == OperandSize::S32 || bits <= u32::MAX as u64 {
            asm!(self.ops; mov Rd(d), bits as u32 as i32);
        } else if fits_i32(bits as i64) {
            asm!(self.ops; mov Rq(d), bits as i64 as i32);
        } else {
            asm!(self.ops; mov Rq(d), QWORD bits as i64);
        }
    }

    #[inline]
    fn mov_float_imm(&mut self, size: OperandSize, d: u8, bits: u64) {
        self.load_float_const(d, size, bits);
    }

    #[inline]
    fn load_int(&mut self, size: OperandSize, d: u8, addr: Address) {
        let (b, o) = Self::addr(addr);
        encode::reg_mem(&mut self.ops, op::load(size), d, Mem::base(b, o));
    }

    #[inline]
    fn load_float(&mut self, size: OperandSize, d: u8, addr: Address) {
        let (b, o) = Self::addr(addr);
        self.float_load(size, d, b, o);
    }

    #[inline]
    fn branch_on_zero(&mut self, size: OperandSize, value: Operand, target: Label, when: BranchIf) {
        self.test_zero(size, value);
        self.jcc(if when == BranchIf::NonZero { IntCmp::Ne } else { IntCmp::Eq }, target);
    }
}

mod atomic;
mod float;
mod vector;

#[cfg(test)]
mod tests;
