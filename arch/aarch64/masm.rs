//! The aarch64 [`MacroAssembler`]: lowering of each operation to A64 instructions.

use super::imm::{arith_imm, float_imm, logical_imm, scaled_offset, unscaled_offset};
use super::Aarch64Abi;
use crate::core::{self, AsmCore, Backend};
use crate::*;
use dynasmrt::{aarch64::Aarch64Relocation, dynasm, DynamicLabel, DynasmApi, DynasmLabelApi, VecAssembler};

/// Emit A64 instructions into `$ops`.

macro_rules! asm {
    ($ops:expr; $($t:tt)*) => {
        dynasm!($ops ; .arch aarch64 ; $($t)*)
    };
}

const SP: u8 = 31;
const FP: u8 = 29;
/// The pinned registers (see [`Aarch64Abi`]).
const VMCTX: u8 = Aarch64Abi::VMCTX.hw;
const HEAP: u8 = Aarch64Abi::HEAP_BASE.hw;
const THREAD: u8 = Aarch64Abi::THREAD_STATE.hw;
/// Integer scratch registers (never allocated).
const S1: u8 = 16;
const S2: u8 = 17;
/// The most `stp xzr, xzr` stores `zero_frame` writes out one by one for a run (256
/// bytes); longer runs, and runs out of `stp`'s reach of fp, loop.
const ZERO_FRAME_UNROLLED_PAIRS: i32 = 16;
/// Float scratch registers (never allocated).
const F1: u8 = 31;
const F2: u8 = 30;

/// Integer instruction `op d, a, b` at either width.
macro_rules! rrr {
    ($s:ident, $mn:ident, $size:expr, $d:expr, $a:expr, $b:expr) => {
        match $size {
            OperandSize::S32 => asm!($s.ops; $mn W($d), W($a), W($b)),
            OperandSize::S64 => asm!($s.ops; $mn X($d), X($a), X($b)),
            _ => crate::scalar_only(),
        }
    };
}

/// Integer instruction `op d, a` at either width.
macro_rules! rr {
    ($s:ident, $mn:ident, $size:expr, $d:expr, $a:expr) => {
        match $size {
            OperandSize::S32 => asm!($s.ops; $mn W($d), W($a)),
            OperandSize::S64 => asm!($s.ops; $mn X($d), X($a)),
            _ => crate::scalar_only(),
        }
    };
}

/// Float instruction `op d, a, b` at either width.
macro_rules! fff {
    ($s:ident, $mn:ident, $size:expr, $d:expr, $a:expr, $b:expr) => {
        match $size {
            OperandSize::S32 => asm!($s.ops; $mn S($d), S($a), S($b)),
            OperandSize::S64 => asm!($s.ops; $mn D($d), D($a), D($b)),
            _ => crate::scalar_only(),
        }
    };
}

/// Float instruction `op d, a` at either width.
macro_rules! ff {
    ($s:ident, $mn:ident, $size:expr, $d:expr, $a:expr) => {
        match $size {
            OperandSize::S32 => asm!($s.ops; $mn S($d), S($a)),
            OperandSize::S64 => asm!($s.ops; $mn D($d), D($a)),
            _ => crate::scalar_only(),
        }
    };
}

/// Load or store `reg` at `[base + off]`, picking the scaled, unscaled or register form.
macro_rules! ldst {
    ($s:ident, $op:ident, $unscaled:ident, $fam:ident, $r:expr, $base:expr, $off:expr, $bytes:expr) => {{
        let (r, b, off) = ($r, $base, $off as i64);
        if scaled_offset(off, $bytes) {
            asm!($s.ops; $op $fam(r), [XSP(b), off as u32]);
        } else if unscaled_offset(off) {
            asm!($s.ops; $unscaled $fam(r), [XSP(b), off as i32]);
        } else {
            $s.mov_imm(OperandSize::S64, S2, off as u64);
            asm!($s.ops; add XSP(S2), XSP(b), X(S2));
            asm!($s.ops; $op $fam(r), [XSP(S2)]);
        }
    }};
}

/// A load or store through the heap base and an index register: `[x27 + index]`.
macro_rules! heap {
    ($s:ident, $op:ident, $fam:ident, $r:expr, $index:expr) => {
        asm!($s.ops; $op $fam($r), [X(HEAP), X($index)])
    };
}

/// Conditional branch on an A64 condition named at run time.
macro_rules! bcond {
    ($s:ident, $cond:expr, $l:expr) => {{
        let l = $l;
        match $cond {
            Cond::Eq => asm!($s.ops; b.eq =>l),
            Cond::Ne => asm!($s.ops; b.ne =>l),
            Cond::Hs => asm!($s.ops; b.hs =>l),
            Cond::Lo => asm!($s.ops; b.lo =>l),
            Cond::Mi => asm!($s.ops; b.mi =>l),
            Cond::Pl => asm!($s.ops; b.pl =>l),
            Cond::Hi => asm!($s.ops; b.hi =>l),
            Cond::Ls => asm!($s.ops; b.ls =>l),
            Cond::Ge => asm!($s.ops; b.ge =>l),
            Cond::Lt => asm!($s.ops; b.lt =>l),
            Cond::Gt => asm!($s.ops; b.gt =>l),
            Cond::Le => asm!($s.ops; b.le =>l),
            Cond::Vs => asm!($s.ops; b.vs =>l),
            Cond::Vc => asm!($s.ops; b.vc =>l),
        }
    }};
}

/// A64 condition codes used here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cond {
    Eq,
    Ne,
    Hs,
    Lo,
    Mi,
    Pl,
    Hi,
    Ls,
    Ge,
    Lt,
    Gt,
    Le,
    Vs,
    Vc,
}

impl Cond {
    fn negate(self) -> Cond {
        use Cond::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            Hs => Lo,
            Lo => Hs,
            Mi => Pl,
            Pl => Mi,
            Hi => Ls,
            Ls => Hi,
            Ge => Lt,
            Lt => Ge,
            Gt => Le,
            Le => Gt,
            Vs => Vc,
            Vc => Vs,
        }
    }

    /// The A64 encoding of the condition (bits 12-15 of `csel`).
    fn bits(self) -> u32 {
        use Cond::*;
        match self {
            Eq => 0,
            Ne => 1,
            Hs => 2,
            Lo => 3,
            Mi => 4,
            Pl => 5,
            Vs => 6,
            Vc => 7,
            Hi => 8,
            Ls => 9,
            Ge => 10,
            Lt => 11,
            Gt => 12,
            Le => 13,
        }
    }

    fn int(c: IntCmp) -> Cond {
        use IntCmp::*;
        match c {
            Eq => Cond::Eq,
            Ne => Cond::Ne,
            LtS => Cond::Lt,
            LtU => Cond::Lo,
            GtS => Cond::Gt,
            GtU => Cond::Hi,
            LeS => Cond::Le,
            LeU => Cond::Ls,
            GeS => Cond::Ge,
            GeU => Cond::Hs,
        }
    }

    /// After `fcmp`: these are false for unordered operands (but `Ne`), and their
    /// negations are true for them, as Wasm requires.
    fn float(c: FloatCmp) -> Cond {
        match c {
            FloatCmp::Eq => Cond::Eq,
            FloatCmp::Ne => Cond::Ne,
            FloatCmp::Lt => Cond::Mi,
            FloatCmp::Gt => Cond::Gt,
            FloatCmp::Le => Cond::Ls,
            FloatCmp::Ge => Cond::Ge,
        }
    }
}

/// The aarch64 macro assembler for one function.
pub struct Aarch64Masm {
    ops: VecAssembler<Aarch64Relocation>,
    labels: Vec<DynamicLabel>,
    core: AsmCore,
    /// Branches to labels go through an unconditional `b` (±128 MiB) instead of `b.cond`,
    /// `cbz` or `cbnz` (±1 MiB).
    far_branches: bool,
}

impl Aarch64Masm {
    /// Branch to `target` (anywhere in the function) when `cond` holds.
    fn branch_if(&mut self, cond: Cond, target: DynamicLabel) {
        if self.far_branches {
            let skip = self.local_label();
            bcond!(self, cond.negate(), skip);
            asm!(self.ops; b =>target; =>skip);
        } else {
            bcond!(self, cond, target);
        }
    }

    /// Branch to `target` (anywhere in the function) when register `r` is zero (or, per
    /// `when`, when it is not).
    fn branch_if_zero(&mut self, size: OperandSize, r: u8, when: BranchIf, target: DynamicLabel) {
        let nonzero = when == BranchIf::NonZero;
        let (label, on_nonzero) = if self.far_branches { (self.local_label(), !nonzero) } else { (target, nonzero) };
        match (size, on_nonzero) {
            (OperandSize::S32, true) => asm!(self.ops; cbnz W(r), =>label),
            (OperandSize::S32, false) => asm!(self.ops; cbz W(r), =>label),
            (OperandSize::S64, true) => asm!(self.ops; cbnz X(r), =>label),
            (OperandSize::S64, false) => asm!(self.ops; cbz X(r), =>label),
            _ => crate::scalar_only(),
        }
        if self.far_branches {
            asm!(self.ops; b =>target; =>label);
        }
    }

    fn dl(&self, l: Label) -> DynamicLabel {
        self.labels[l.0 as usize]
    }

    fn local_label(&mut self) -> DynamicLabel {
        self.ops.new_dynamic_label()
    }

    fn trap_dl(&mut self, code: TrapCode) -> DynamicLabel {
        let l = self.trap_label(code);
        self.dl(l)
    }

    fn emit_u32(&mut self, word: u32) {
        self.ops.extend(word.to_le_bytes());
    }

    fn addr(a: Address) -> (u8, i32) {
        match a {
            Address::Frame(o) => (FP, o),
            Address::Sp(o) => (SP, o),
            Address::Vmctx(o) => (VMCTX, o),
            Address::Base(r, o) => (r.hw, o),
        }
    }

    /// Materialize `value` in integer register `d` (movz/movn/movk).
    fn mov_imm(&mut self, size: OperandSize, d: u8, value: u64) {
        let v = if size == OperandSize::S32 { value as u32 as u64 } else { value };
        let chunks = if size == OperandSize::S32 { 2 } else { 4 };
        let inverted = if size == OperandSize::S32 { !v & 0xffff_ffff } else { !v };
        if inverted >> 16 == 0 && v >> 16 != 0 {
            match size {
                OperandSize::S32 => asm!(self.ops; movn W(d), inverted as u32),
                OperandSize::S64 => asm!(self.ops; movn X(d), inverted as u32),
                _ => crate::scalar_only(),
            }
            return;
        }
        let mut first = true;
        for i in 0..chunks {
            let part = ((v >> (16 * i)) & 0xffff) as u32;
            if part == 0 && !(first && i == chunks - 1) {
                continue;
            }
            let shift = 16 * i as u32;
            match (first, size) {
                (true, OperandSize::S32) => asm!(self.ops; movz W(d), part, lsl shift),
                (true, OperandSize::S64) => asm!(self.ops; movz X(d), part, lsl shift),
                (false, OperandSize::S32) => asm!(self.ops; movk W(d), part, lsl shift),
                (false, OperandSize::S64) => asm!(self.ops; movk X(d), part, lsl shift),
                _ => crate::scalar_only(),
            }
            first = false;
        }
    }

    /// An integer operand in a register (scratch `tmp` for constants and memory).
    fn int_reg(&mut self, size: OperandSize, op: Operand, tmp: u8) -> u8 {
        match op {
            Operand::Reg(r) => r.hw,
            Operand::Imm(imm) => {
                self.mov_imm(size, tmp, imm.bits());
                tmp
            }
            Operand::Mem(a) => {
                self.load_int(size, tmp, a);
                tmp
            }
        }
    }

    /// A float operand in a register (scratch `tmp` for constants and memory).
    fn float_reg(&mut self, size: OperandSize, op: Operand, tmp: u8) -> u8 {
        match op {
            Operand::Reg(r) => r.hw,
            Operand::Imm(imm) => {
                self.float_const(size, tmp, imm.bits());
                tmp
            }
            Operand::Mem(a) => {
                let (b, o) = Self::addr(a);
                match size {
                    OperandSize::S32 => ldst!(self, ldr, ldur, S, tmp, b, o, 4),
                    OperandSize::S64 => ldst!(self, ldr, ldur, D, tmp, b, o, 8),
                    OperandSize::S128 => ldst!(self, ldr, ldur, Q, tmp, b, o, 16),
                }
                tmp
            }
        }
    }

    fn float_const(&mut self, size: OperandSize, d: u8, bits: u64) {
        if bits == 0 {
            asm!(self.ops; fmov D(d), xzr);
            return;
        }
        let ftype = match size {
            OperandSize::S32 => 0,
            OperandSize::S64 => 1,
            _ => crate::scalar_only(),
        };
        if let Some(imm8) = float_imm(bits, size) {
            // fmov (scalar, immediate): 0.125, 0.5, 1.5, 2, 10 and the like, in one.
            self.ops.push_u32(0x1e20_1000 | ftype << 22 | u32::from(imm8) << 13 | u32::from(d));
            return;
        }
        if !self.far_branches {
            if let Some(label) = core::constant_label(self, u128::from(bits)) {
                // From the function's constant pool, PC-relative (within 1 MiB, as
                // `v128_const`'s loads), rather than built in a general register and moved.
                let l = self.dl(label);
                match size {
                    OperandSize::S32 => asm!(self.ops; ldr S(d), =>l),
                    _ => asm!(self.ops; ldr D(d), =>l),
                }
                return;
            }
        }
        self.mov_imm(size, S2, bits);
        match size {
            OperandSize::S32 => asm!(self.ops; fmov S(d), W(S2)),
            OperandSize::S64 => asm!(self.ops; fmov D(d), X(S2)),
            _ => crate::scalar_only(),
        }
    }

    fn compare_int(&mut self, size: OperandSize, lhs: u8, rhs: Operand) {
        if let Operand::Imm(imm) = rhs {
            let v = match size {
                OperandSize::S32 => imm.bits() as u32 as i32 as i64,
                OperandSize::S64 => imm.bits() as i64,
                _ => crate::scalar_only(),
            };
            if v >= 0 && arith_imm(v as u64) {
                self.arith_imm_op(ArithOp::Cmp, size, 31, lhs, v as u64);
                return;
            }
            if v < 0 && v != i64::MIN && arith_imm(v.unsigned_abs()) {
                self.arith_imm_op(ArithOp::Cmn, size, 31, lhs, v.unsigned_abs());
                return;
            }
        }
        let r = self.int_reg(size, rhs, S1);
        match size {
            OperandSize::S32 => asm!(self.ops; cmp W(lhs), W(r)),
            OperandSize::S64 => asm!(self.ops; cmp X(lhs), X(r)),
            _ => crate::scalar_only(),
        }
    }

    fn compare_float(&mut self, size: OperandSize, lhs: u8, rhs: Operand) {
        let r = self.float_reg(size, rhs, F1);
        match size {
            OperandSize::S32 => asm!(self.ops; fcmp S(lhs), S(r)),
            OperandSize::S64 => asm!(self.ops; fcmp D(lhs), D(r)),
            _ => crate::scalar_only(),
        }
    }

    fn compare(&mut self, cmp: Cmp, size: OperandSize, lhs: Reg, rhs: Operand) -> Cond {
        match cmp {
            Cmp::Int(c) => {
                self.compare_int(size, lhs.hw, rhs);
                Cond::int(c)
            }
            Cmp::Float(f) => {
                self.compare_float(size, lhs.hw, rhs);
                Cond::float(f)
            }
            Cmp::Bits(c) => {
                debug_assert!(matches!(c, IntCmp::Eq | IntCmp::Ne), "a bit test is Eq or Ne");
                let l = lhs.hw;
                match rhs {
                    Operand::Imm(imm) if logical_imm(imm.bits(), size) => match size {
                        OperandSize::S32 => asm!(self.ops; tst W(l), imm.bits() as u32),
                        _ => asm!(self.ops; tst X(l), imm.bits()),
                    },
                    _ => {
                        let r = self.int_reg(size, rhs, S1);
                        match size {
                            OperandSize::S32 => asm!(self.ops; tst W(l), W(r)),
                            _ => asm!(self.ops; tst X(l), X(r)),
                        }
                    }
                }
                Cond::int(c)
            }
        }
    }

    fn cset(&mut self, d: u8, cond: Cond) {
        match cond {
            Cond::Eq => asm!(self.ops; cset W(d), eq),
            Cond::Ne => asm!(self.ops; cset W(d), ne),
            Cond::Hs => asm!(self.ops; cset W(d), hs),
            Cond::Lo => asm!(self.ops; cset W(d), lo),
            Cond::Mi => asm!(self.ops; cset W(d), mi),
            Cond::Pl => asm!(self.ops; cset W(d), pl),
            Cond::Hi => asm!(self.ops; cset W(d), hi),
            Cond::Ls => asm!(self.ops; cset W(d), ls),
            Cond::Ge => asm!(self.ops; cset W(d), ge),
            Cond::Lt => asm!(self.ops; cset W(d), lt),
            Cond::Gt => asm!(self.ops; cset W(d), gt),
            Cond::Le => asm!(self.ops; cset W(d), le),
            Cond::Vs => asm!(self.ops; cset W(d), vs),
            Cond::Vc => asm!(self.ops; cset W(d), vc),
        }
    }

    /// `x` (float, `src_size`) compared with the constant `bound`; jump to `target` on `cond`.
    fn float_bound_check(&mut self, src_size: OperandSize, x: u8, bound: f64, cond: Cond, target: DynamicLabel) {
        let bits = match src_size {
            OperandSize::S32 => (bound as f32).to_bits() as u64,
            OperandSize::S64 => bound.to_bits(),
            _ => crate::scalar_only(),
        };
        self.float_const(src_size, F1, bits);
        match src_size {
            OperandSize::S32 => asm!(self.ops; fcmp S(x), S(F1)),
            OperandSize::S64 => asm!(self.ops; fcmp D(x), D(F1)),
            _ => crate::scalar_only(),
        }
        self.branch_if(cond, target);
    }

    fn convert(&mut self, d: u8, dst_size: OperandSize, x: u8, src_size: OperandSize, to: Signedness) {
        use OperandSize::*;
        match (to == Signedness::Signed, dst_size, src_size) {
            (true, S32, S32) => asm!(self.ops; fcvtzs W(d), S(x)),
            (true, S32, S64) => asm!(self.ops; fcvtzs W(d), D(x)),
            (true, S64, S32) => asm!(self.ops; fcvtzs X(d), S(x)),
            (true, S64, S64) => asm!(self.ops; fcvtzs X(d), D(x)),
            (false, S32, S32) => asm!(self.ops; fcvtzu W(d), S(x)),
            (false, S32, S64) => asm!(self.ops; fcvtzu W(d), D(x)),
            (false, S64, S32) => asm!(self.ops; fcvtzu X(d), S(x)),
            (false, S64, S64) => asm!(self.ops; fcvtzu X(d), D(x)),
            _ => crate::scalar_only(),
        }
    }
}

// Every method but `new` and `finish` is `#[inline]`: the code generator, in another
// crate, calls them with operands often known at the call site, and without the hint they
// are never inlined across the crate boundary unless the embedder builds with LTO
// (measured on x86-64: 2% fewer instructions compiling esbuild.wasm).
impl MacroAssembler for Aarch64Masm {
    type Abi = Aarch64Abi;
    /// `b.cond`, `cbz` and `cbnz` reach ±1 MiB; leave room for the trap stubs at the end.
    const NEAR_CODE_RANGE: u32 = (1 << 20) - 4096;
    /// `bl` reaches ±128 MiB.
    const MAX_CALL_DISTANCE: usize = (128 << 20) - 4;

    const CODE_BYTES_PER_BODY_BYTE: usize = 4;

    fn new(layout: VmctxLayout, features: CpuFeatures) -> Self {
        Aarch64Masm {
            ops: VecAssembler::new(0),
            labels: Vec::new(),
            core: AsmCore::new(layout, features),
            far_branches: false,
        }
    }

    #[inline]
    fn set_far_branches(&mut self) {
        self.far_branches = true;
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
        let dl = self.ops.new_dynamic_label();
        self.labels.push(dl);
        Label(self.labels.len() as u32 - 1)
    }

    #[inline]
    fn bind(&mut self, label: Label) {
        let l = self.dl(label);
        asm!(self.ops; =>l);
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
        asm!(self.ops; stp x29, x30, [sp, -16]!; mov x29, sp);
        self.core.note_frame_size_field(self.ops.offset().0);
        self.emit_u32(0xD503201F); // nop, patched to the frame allocation
        self.emit_u32(0xD503201F);
        let overflow = self.trap_dl(TrapCode::StackOverflow);
        asm!(self.ops
            ; stur X(VMCTX), [X(FP), VMCTX_FRAME_SLOT]
            ; ldr X(S1), [X(THREAD), stack_limit_offset as u32]
            ; cmp sp, X(S1), uxtx
        );
        self.branch_if(Cond::Lo, overflow);
    }

    #[inline]
    fn zero_frame(&mut self, runs: &[(i32, u32)]) {
        for &(start, len) in runs {
            let words = (len / 8) as i32;
            let pairs = words / 2;
            // `stp` reaches fp - 512 to fp + 504.
            let in_reach = start >= -512 && start + 16 * pairs <= 512;
            if pairs <= ZERO_FRAME_UNROLLED_PAIRS && in_reach {
                for i in 0..pairs {
                    let at = start + 16 * i;
                    asm!(self.ops; stp xzr, xzr, [X(FP), at]);
                }
            } else if pairs > 0 {
                // A loop of one pair per round from fp + start up (S1, S2 are scratch).
                let top = self.local_label();
                self.mov_imm(OperandSize::S64, S1, (-(start as i64)) as u64);
                asm!(self.ops; sub X(S1), X(FP), X(S1));
                self.mov_imm(OperandSize::S64, S2, pairs as u64);
                asm!(self.ops
                    ; =>top
                    ; stp xzr, xzr, [X(S1)], 16
                    ; subs X(S2), XSP(S2), 1
                    ; b.ne =>top
                );
            }
            if words % 2 == 1 {
                ldst!(self, str, stur, X, 31, FP, start + 8 * (words - 1), 8);
            }
        }
    }

    #[inline]
    fn epilogue(&mut self) {
        asm!(self.ops; mov sp, x29; ldp x29, x30, [sp], 16; ret);
    }

    #[inline]
    fn epilogue_jump(&mut self, target: Reg) {
        asm!(self.ops; mov sp, x29; ldp x29, x30, [sp], 16; br X(target.hw));
    }

    #[inline]
    fn mov(&mut self, size: OperandSize, dst: Reg, src: Operand) {
        core::mov(self, size, dst, src);
    }

    #[inline]
    fn store(&mut self, size: OperandSize, addr: Address, src: Operand) {
        let (b, o) = Self::addr(addr);
        let (reg, float) = match src {
            Operand::Reg(r) => (r.hw, r.class == RegClass::Float),
            Operand::Imm(imm) if imm.bits() == 0 => (31, false),
            Operand::Imm(imm) => {
                self.mov_imm(size, S1, imm.bits());
                (S1, false)
            }
            Operand::Mem(a) if size == OperandSize::S128 => (self.float_reg(size, Operand::Mem(a), F2), true),
            Operand::Mem(a) => {
                self.load_int(size, S1, a);
                (S1, false)
            }
        };
        match (float, size) {
            (false, OperandSize::S32) => ldst!(self, str, stur, W, reg, b, o, 4),
            (false, OperandSize::S64) => ldst!(self, str, stur, X, reg, b, o, 8),
            (true, OperandSize::S32) => ldst!(self, str, stur, S, reg, b, o, 4),
            (true, OperandSize::S64) => ldst!(self, str, stur, D, reg, b, o, 8),
            (true, OperandSize::S128) => ldst!(self, str, stur, Q, reg, b, o, 16),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn lea(&mut self, dst: Reg, addr: Address) {
        let (b, o) = Self::addr(addr);
        self.mov_imm(OperandSize::S64, S2, o as i64 as u64);
        asm!(self.ops; add XSP(dst.hw), XSP(b), X(S2));
    }

    #[inline]
    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, rhs: Operand) {
        self.int_binop_from(op, size, dst, dst, rhs)
    }

    #[inline]
    fn int_binop_from(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        let (d, l) = (dst.hw, lhs.hw);
        if let Operand::Imm(imm) = rhs {
            let bits = match size {
                OperandSize::S32 => imm.bits() as u32 as u64,
                OperandSize::S64 => imm.bits(),
                _ => crate::scalar_only(),
            };
            let neg = match size {
                OperandSize::S32 => (bits as u32).wrapping_neg() as u64,
                OperandSize::S64 => bits.wrapping_neg(),
                _ => crate::scalar_only(),
            };
            match op {
                IntBinOp::Add | IntBinOp::Sub if arith_imm(bits) || arith_imm(neg) => {
                    let add = (op == IntBinOp::Add) == arith_imm(bits);
                    let v = if arith_imm(bits) { bits } else { neg };
                    self.arith_imm_op(if add { ArithOp::Add } else { ArithOp::Sub }, size, d, l, v);
                    return;
                }
                IntBinOp::And | IntBinOp::Or | IntBinOp::Xor if logical_imm(bits, size) => {
                    match (op, size) {
                        (IntBinOp::And, OperandSize::S32) => asm!(self.ops; and WSP(d), W(l), bits as u32),
                        (IntBinOp::And, OperandSize::S64) => asm!(self.ops; and XSP(d), X(l), bits),
                        (IntBinOp::Or, OperandSize::S32) => asm!(self.ops; orr WSP(d), W(l), bits as u32),
                        (IntBinOp::Or, OperandSize::S64) => asm!(self.ops; orr XSP(d), X(l), bits),
                        (_, OperandSize::S32) => asm!(self.ops; eor WSP(d), W(l), bits as u32),
                        (_, OperandSize::S64) => asm!(self.ops; eor XSP(d), X(l), bits),
                        _ => crate::scalar_only(),
                    }
                    return;
                }
                _ => {}
            }
        }
        let r = self.int_reg(size, rhs, S1);
        match op {
            IntBinOp::Add => rrr!(self, add, size, d, l, r),
            IntBinOp::Sub => rrr!(self, sub, size, d, l, r),
            IntBinOp::Mul => rrr!(self, mul, size, d, l, r),
            IntBinOp::And => rrr!(self, and, size, d, l, r),
            IntBinOp::Or => rrr!(self, orr, size, d, l, r),
            IntBinOp::Xor => rrr!(self, eor, size, d, l, r),
        }
    }

    #[inline]
    fn shift_imm_from(&mut self, op: ShiftKind, size: OperandSize, dst: Reg, src: Operand, amount: u32) {
        let (d, width) = (dst.hw, size.bytes() * 8);
        let s = match src {
            Operand::Reg(s) => s.hw,
            other => {
                self.mov(size, dst, other);
                d
            }
        };
        let n = amount & (width - 1);
        let n = if op == ShiftKind::Rotl { (width - n) & (width - 1) } else { n };
        match (op, size) {
            (_, OperandSize::S32) if n == 0 => asm!(self.ops; mov W(d), W(s)),
            (_, _) if n == 0 => {
                if s != d {
                    asm!(self.ops; mov X(d), X(s));
                }
            }
            (ShiftKind::Shl, OperandSize::S32) => asm!(self.ops; lsl W(d), W(s), n),
            (ShiftKind::Shl, OperandSize::S64) => asm!(self.ops; lsl X(d), X(s), n),
            (ShiftKind::ShrS, OperandSize::S32) => asm!(self.ops; asr W(d), W(s), n),
            (ShiftKind::ShrS, OperandSize::S64) => asm!(self.ops; asr X(d), X(s), n),
            (ShiftKind::ShrU, OperandSize::S32) => asm!(self.ops; lsr W(d), W(s), n),
            (ShiftKind::ShrU, OperandSize::S64) => asm!(self.ops; lsr X(d), X(s), n),
            (_, OperandSize::S32) => asm!(self.ops; ror W(d), W(s), n),
            (_, OperandSize::S64) => asm!(self.ops; ror X(d), X(s), n),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn shift(&mut self, op: ShiftKind, size: OperandSize, dst: Reg, rhs: Operand) {
        let d = dst.hw;
        if let Operand::Imm(imm) = rhs {
            return self.shift_imm_from(op, size, dst, Operand::Reg(dst), imm.bits() as u32);
        }
        let mut c = self.int_reg(size, rhs, S1);
        if op == ShiftKind::Rotl {
            rr!(self, neg, size, S1, c);
            c = S1;
        }
        match op {
            ShiftKind::Shl => rrr!(self, lslv, size, d, d, c),
            ShiftKind::ShrS => rrr!(self, asrv, size, d, d, c),
            ShiftKind::ShrU => rrr!(self, lsrv, size, d, d, c),
            ShiftKind::Rotl | ShiftKind::Rotr => rrr!(self, rorv, size, d, d, c),
        }
    }

    #[inline]
    fn int_div(&mut self, op: DivKind, size: OperandSize, dst: Reg, rhs: Reg) {
        let (d, r) = (dst.hw, rhs.hw);
        let div0 = self.trap_dl(TrapCode::IntegerDivideByZero);
        self.branch_if_zero(size, r, BranchIf::Zero, div0);
        match op {
            DivKind::DivS => {
                let normal = self.local_label();
                let overflow = self.trap_dl(TrapCode::IntegerOverflow);
                self.compare_int(size, r, Operand::Imm(Imm::I64(-1)));
                asm!(self.ops; b.ne =>normal);
                let min = match size {
                    OperandSize::S32 => i32::MIN as u32 as u64,
                    OperandSize::S64 => i64::MIN as u64,
                    _ => crate::scalar_only(),
                };
                self.compare_int(size, d, Operand::Imm(Imm::I64(min as i64)));
                self.branch_if(Cond::Eq, overflow);
                asm!(self.ops; =>normal);
                rrr!(self, sdiv, size, d, d, r);
            }
            DivKind::DivU => rrr!(self, udiv, size, d, d, r),
            DivKind::RemS | DivKind::RemU => {
                // MIN % -1: sdiv wraps to MIN and MIN - MIN * -1 wraps to 0, as Wasm wants.
                if op == DivKind::RemS {
                    rrr!(self, sdiv, size, S1, d, r);
                } else {
                    rrr!(self, udiv, size, S1, d, r);
                }
                match size {
                    OperandSize::S32 => asm!(self.ops; msub W(d), W(S1), W(r), W(d)),
                    OperandSize::S64 => asm!(self.ops; msub X(d), X(S1), X(r), X(d)),
                    _ => crate::scalar_only(),
                }
            }
        }
    }

    #[inline]
    fn int_unop(&mut self, op: IntUnOp, size: OperandSize, dst: Reg) {
        let d = dst.hw;
        match op {
            IntUnOp::Clz => rr!(self, clz, size, d, d),
            IntUnOp::Ctz => {
                rr!(self, rbit, size, d, d);
                rr!(self, clz, size, d, d);
            }
            IntUnOp::Popcnt => {
                match size {
                    OperandSize::S32 => asm!(self.ops; fmov S(F1), W(d)),
                    OperandSize::S64 => asm!(self.ops; fmov D(F1), X(d)),
                    _ => crate::scalar_only(),
                }
                asm!(self.ops
                    ; cnt V(F1).B8, V(F1).B8
                    ; addv B(F1), V(F1).B8
                    ; fmov W(d), S(F1)
                );
            }
        }
    }

    #[inline]
    fn extend(&mut self, kind: ExtendKind, dst: Reg) {
        let d = dst.hw;
        match kind {
            ExtendKind::Signed8(OperandSize::S32) => asm!(self.ops; sxtb W(d), W(d)),
            ExtendKind::Signed8(OperandSize::S64) => asm!(self.ops; sxtb X(d), W(d)),
            ExtendKind::Signed16(OperandSize::S32) => asm!(self.ops; sxth W(d), W(d)),
            ExtendKind::Signed16(OperandSize::S64) => asm!(self.ops; sxth X(d), W(d)),
            ExtendKind::Signed32 => asm!(self.ops; sxtw X(d), W(d)),
            ExtendKind::Unsigned32 => asm!(self.ops; mov W(d), W(d)),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn cmp_set(&mut self, cmp: Cmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        let cond = self.compare(cmp, size, lhs, rhs);
        self.cset(dst.hw, cond);
    }

    #[inline]
    fn cmp_branch(&mut self, cmp: Cmp, size: OperandSize, lhs: Reg, rhs: Operand, target: Label, when: JumpWhen) {
        let jump_if = when == JumpWhen::True;
        let t = self.dl(target);
        let cond = self.compare(cmp, size, lhs, rhs);
        self.branch_if(if jump_if { cond } else { cond.negate() }, t);
    }

    #[inline]
    fn test_branch(&mut self, size: OperandSize, value: Operand, target: Label, when: BranchIf) {
        core::test_branch(self, size, value, target, when);
    }

    #[inline]
    fn select(&mut self, size: OperandSize, dst: Reg, alt: Operand, cond: Operand) {
        let c = self.int_reg(OperandSize::S32, cond, S1);
        asm!(self.ops; cmp WSP(c), 0);
        let d = dst.hw;
        if dst.class == RegClass::Int {
            let a = self.int_reg(size, alt, S2);
            match size {
                OperandSize::S32 => asm!(self.ops; csel W(d), W(d), W(a), ne),
                OperandSize::S64 => asm!(self.ops; csel X(d), X(d), X(a), ne),
                _ => crate::scalar_only(),
            }
        } else {
            let a = self.float_reg(size, alt, F1);
            match size {
                OperandSize::S32 => asm!(self.ops; fcsel S(d), S(d), S(a), ne),
                OperandSize::S64 => asm!(self.ops; fcsel D(d), D(d), D(a), ne),
                // All ones where `cond` is zero, then insert `alt`'s bits there.
                OperandSize::S128 => asm!(self.ops
                    ; csetm X(S1), eq
                    ; dup V(F2).D2, X(S1)
                    ; bit V(d).B16, V(a).B16, V(F2).B16
                ),
            }
        }
    }

    fn cmp_select(&mut self, test: Comparison, size: OperandSize, dst: Reg, alt: Operand) {
        let wide = match size {
            OperandSize::S32 => 0,
            OperandSize::S64 => 1,
            _ => return self.cmp_select_by_branch(test, size, dst, alt),
        };
        // The compare first: materializing its operands may use both scratch registers (a
        // float constant is built in S2, a far frame slot's address too). The alternative
        // then goes to a scratch register with moves and loads, which leave the flags.
        let (d, float) = (dst.hw as u32, dst.class == RegClass::Float);
        let cond = self.compare(test.cmp, test.size, test.lhs, test.rhs).bits();
        let a = if float { self.float_reg(size, alt, F2) } else { self.int_reg(size, alt, S2) } as u32;
        // `csel`/`fcsel d, d, a, cond`, encoded here: dynasm takes the condition only as
        // a literal.
        let base: u32 = if float { 0x1e20_0c00 | wide << 22 } else { 0x1a80_0000 | wide << 31 };
        self.ops.push_u32(base | a << 16 | cond << 12 | d << 5 | d);
    }

    #[inline]
    fn float_binop_from(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        let (d, l) = (dst.hw, lhs.hw);
        let r = self.float_reg(size, rhs, F1);
        match op {
            FloatBinOp::Add => fff!(self, fadd, size, d, l, r),
            FloatBinOp::Sub => fff!(self, fsub, size, d, l, r),
            FloatBinOp::Mul => fff!(self, fmul, size, d, l, r),
            FloatBinOp::Div => fff!(self, fdiv, size, d, l, r),
            // FMIN/FMAX propagate NaN and order -0 below +0, exactly as Wasm requires.
            FloatBinOp::Min => fff!(self, fmin, size, d, l, r),
            FloatBinOp::Max => fff!(self, fmax, size, d, l, r),
            FloatBinOp::Copysign => match size {
                OperandSize::S32 => asm!(self.ops
                    ; fmov W(S1), S(l)
                    ; fmov W(S2), S(r)
                    ; lsr W(S2), W(S2), 31
                    ; bfi W(S1), W(S2), 31, 1
                    ; fmov S(d), W(S1)
                ),
                OperandSize::S64 => asm!(self.ops
                    ; fmov X(S1), D(l)
                    ; fmov X(S2), D(r)
                    ; lsr X(S2), X(S2), 63
                    ; bfi X(S1), X(S2), 63, 1
                    ; fmov D(d), X(S1)
                ),
                _ => crate::scalar_only(),
            },
        }
    }

    #[inline]
    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, rhs: Reg) {
        self.float_binop_from(op, size, dst, dst, Operand::Reg(rhs))
    }

    #[inline]
    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg) {
        let d = dst.hw;
        match op {
            FloatUnOp::Abs => ff!(self, fabs, size, d, d),
            FloatUnOp::Neg => ff!(self, fneg, size, d, d),
            FloatUnOp::Sqrt => ff!(self, fsqrt, size, d, d),
            FloatUnOp::Ceil => ff!(self, frintp, size, d, d),
            FloatUnOp::Floor => ff!(self, frintm, size, d, d),
            FloatUnOp::Trunc => ff!(self, frintz, size, d, d),
            FloatUnOp::Nearest => ff!(self, frintn, size, d, d),
        }
    }

    #[inline]
    fn int_to_float(&mut self, dst: Reg, dst_size: OperandSize, src: Reg, src_size: OperandSize, from: Signedness) {
        use OperandSize::*;
        let (d, s) = (dst.hw, src.hw);
        match (from == Signedness::Signed, dst_size, src_size) {
            (true, S32, S32) => asm!(self.ops; scvtf S(d), W(s)),
            (true, S32, S64) => asm!(self.ops; scvtf S(d), X(s)),
            (true, S64, S32) => asm!(self.ops; scvtf D(d), W(s)),
            (true, S64, S64) => asm!(self.ops; scvtf D(d), X(s)),
            (false, S32, S32) => asm!(self.ops; ucvtf S(d), W(s)),
            (false, S32, S64) => asm!(self.ops; ucvtf S(d), X(s)),
            (false, S64, S32) => asm!(self.ops; ucvtf D(d), W(s)),
            (false, S64, S64) => asm!(self.ops; ucvtf D(d), X(s)),
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
        let (d, x) = (dst.hw, src.hw);
        if overflow == OnOverflow::Trap {
            // FCVTZ* saturate; Wasm traps instead, so check NaN and the range first.
            let bad = self.trap_dl(TrapCode::BadConversionToInteger);
            let overflow = self.trap_dl(TrapCode::IntegerOverflow);
            match src_size {
                OperandSize::S32 => asm!(self.ops; fcmp S(x), S(x)),
                OperandSize::S64 => asm!(self.ops; fcmp D(x), D(x)),
                _ => crate::scalar_only(),
            }
            self.branch_if(Cond::Vs, bad);
            let bits = dst_size.bytes() as i32 * 8;
            let (low, low_inclusive, high) = if to == Signedness::Signed {
                let min = -(2f64.powi(bits - 1));
                // min - 1 is exact in f64 only for 32-bit results.
                if src_size == OperandSize::S64 && bits == 32 {
                    (min - 1.0, false, -min)
                } else {
                    (min, true, -min)
                }
            } else {
                (-1.0, false, 2f64.powi(bits))
            };
            // In range: x > low (or x >= low) and x < high.
            self.float_bound_check(src_size, x, low, if low_inclusive { Cond::Lt } else { Cond::Le }, overflow);
            self.float_bound_check(src_size, x, high, Cond::Ge, overflow);
        }
        // FCVTZ* give Wasm's saturating results directly (NaN becomes 0).
        self.convert(d, dst_size, x, src_size, to);
    }

    #[inline]
    fn float_convert(&mut self, dst: Reg, dst_size: OperandSize, src: Reg) {
        match dst_size {
            OperandSize::S64 => asm!(self.ops; fcvt D(dst.hw), S(src.hw)),
            OperandSize::S32 => asm!(self.ops; fcvt S(dst.hw), D(src.hw)),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn reinterpret(&mut self, size: OperandSize, dst: Reg, src: Reg) {
        let (d, s) = (dst.hw, src.hw);
        match (dst.class, size) {
            (RegClass::Int, OperandSize::S32) => asm!(self.ops; fmov W(d), S(s)),
            (RegClass::Int, OperandSize::S64) => asm!(self.ops; fmov X(d), D(s)),
            (RegClass::Float, OperandSize::S32) => asm!(self.ops; fmov S(d), W(s)),
            (RegClass::Float, OperandSize::S64) => asm!(self.ops; fmov D(d), X(s)),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn heap_load(&mut self, access: HeapAccess, dst: Reg, index: HeapIndex, offset: u32) {
        let i = self.heap_index(index, offset);
        let d = dst.hw;
        if access.class == RegClass::Float {
            match access.size {
                OperandSize::S32 => heap!(self, ldr, S, d, i),
                OperandSize::S64 => heap!(self, ldr, D, d, i),
                OperandSize::S128 => heap!(self, ldr, Q, d, i),
            }
            return;
        }
        match (access.bytes, access.extend == Signedness::Signed, access.size) {
            (1, true, OperandSize::S32) => heap!(self, ldrsb, W, d, i),
            (1, true, OperandSize::S64) => heap!(self, ldrsb, X, d, i),
            (1, false, _) => heap!(self, ldrb, W, d, i),
            (2, true, OperandSize::S32) => heap!(self, ldrsh, W, d, i),
            (2, true, OperandSize::S64) => heap!(self, ldrsh, X, d, i),
            (2, false, _) => heap!(self, ldrh, W, d, i),
            (4, true, OperandSize::S64) => heap!(self, ldrsw, X, d, i),
            (4, _, _) => heap!(self, ldr, W, d, i),
            _ => heap!(self, ldr, X, d, i),
        }
    }

    #[inline]
    fn heap_store(&mut self, access: HeapAccess, index: HeapIndex, offset: u32, src: Operand) {
        let s = if access.class == RegClass::Float {
            self.float_reg(access.size, src, F2)
        } else {
            self.int_reg(access.size, src, S2)
        };
        let i = self.heap_index(index, offset);
        if access.class == RegClass::Float {
            match access.size {
                OperandSize::S32 => heap!(self, str, S, s, i),
                OperandSize::S64 => heap!(self, str, D, s, i),
                OperandSize::S128 => heap!(self, str, Q, s, i),
            }
            return;
        }
        match access.bytes {
            1 => heap!(self, strb, W, s, i),
            2 => heap!(self, strh, W, s, i),
            4 => heap!(self, str, W, s, i),
            _ => heap!(self, str, X, s, i),
        }
    }

    #[inline]
    fn load_sized(&mut self, access: HeapAccess, dst: Reg, addr: Address) {
        let (b, o) = Self::addr(addr);
        let d = dst.hw;
        match (access.class, access.bytes, access.extend == Signedness::Signed, access.size) {
            (RegClass::Float, _, _, OperandSize::S32) => ldst!(self, ldr, ldur, S, d, b, o, 4),
            (RegClass::Float, _, _, OperandSize::S64) => ldst!(self, ldr, ldur, D, d, b, o, 8),
            (RegClass::Float, ..) => ldst!(self, ldr, ldur, Q, d, b, o, 16),
            (_, 1, true, OperandSize::S32) => ldst!(self, ldrsb, ldursb, W, d, b, o, 1),
            (_, 1, true, _) => ldst!(self, ldrsb, ldursb, X, d, b, o, 1),
            (_, 1, false, _) => ldst!(self, ldrb, ldurb, W, d, b, o, 1),
            (_, 2, true, OperandSize::S32) => ldst!(self, ldrsh, ldursh, W, d, b, o, 2),
            (_, 2, true, _) => ldst!(self, ldrsh, ldursh, X, d, b, o, 2),
            (_, 2, false, _) => ldst!(self, ldrh, ldurh, W, d, b, o, 2),
            (_, 4, true, OperandSize::S64) => ldst!(self, ldrsw, ldursw, X, d, b, o, 4),
            (_, 4, ..) => ldst!(self, ldr, ldur, W, d, b, o, 4),
            _ => ldst!(self, ldr, ldur, X, d, b, o, 8),
        }
    }

    #[inline]
    fn store_sized(&mut self, access: HeapAccess, addr: Address, src: Reg) {
        let (b, o) = Self::addr(addr);
        let s = src.hw;
        match (access.class, access.bytes, access.size) {
            (RegClass::Float, _, OperandSize::S32) => ldst!(self, str, stur, S, s, b, o, 4),
            (RegClass::Float, _, OperandSize::S64) => ldst!(self, str, stur, D, s, b, o, 8),
            (RegClass::Float, ..) => ldst!(self, str, stur, Q, s, b, o, 16),
            (_, 1, _) => ldst!(self, strb, sturb, W, s, b, o, 1),
            (_, 2, _) => ldst!(self, strh, sturh, W, s, b, o, 2),
            (_, 4, _) => ldst!(self, str, stur, W, s, b, o, 4),
            _ => ldst!(self, str, stur, X, s, b, o, 8),
        }
    }

    #[inline]
    fn jump(&mut self, target: Label) {
        let t = self.dl(target);
        asm!(self.ops; b =>t);
    }

    #[inline]
    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label) {
        let def = self.dl(default);
        let table = self.local_label();
        let i = index.hw;
        self.compare_int(OperandSize::S32, i, Operand::Imm(Imm::I32(targets.len() as i32)));
        self.branch_if(Cond::Hs, def);
        // One indirect branch: each entry is the target's distance from the table.
        asm!(self.ops
            ; adr X(S1), =>table
            ; ldrsw X(S2), [X(S1), W(i), uxtw 2]
            ; add X(S1), X(S1), X(S2)
            ; br X(S1)
            ; =>table
        );
        core::jump_table_entries(self, targets);
    }

    #[inline]
    fn call_direct(&mut self, callee: u32) {
        let offset = self.ops.offset().0 as u32;
        self.emit_u32(0x9400_0000); // bl, patched by the linker
        self.core.note_call(offset, callee);
    }

    #[inline]
    fn patch_call(image: &mut [u8], field: usize, target: i64) {
        let words = (target - field as i64) / 4;
        let insn = 0x9400_0000u32 | (words as u32 & 0x03ff_ffff);
        image[field..field + 4].copy_from_slice(&insn.to_le_bytes());
    }

    fn patch_nops(image: &mut [u8], range: std::ops::Range<usize>) {
        debug_assert!(range.start % 4 == 0 && range.len() % 4 == 0, "whole instructions");
        for insn in image[range].chunks_exact_mut(4) {
            insn.copy_from_slice(&0xD503_201Fu32.to_le_bytes()); // nop
        }
    }

    #[inline]
    fn call_reg(&mut self, target: Reg) {
        asm!(self.ops; blr X(target.hw));
    }

    #[inline]
    fn lea_label(&mut self, dst: Reg, label: Label) {
        // (Within 1 MiB: callers record a point a few instructions away.)
        let l = self.dl(label);
        asm!(self.ops; adr X(dst.hw), =>l);
    }

    #[inline]
    fn call_returning_to(&mut self, target: Reg, ret: Reg) {
        asm!(self.ops; mov x30, X(ret.hw); br X(target.hw));
    }

    #[inline]
    fn call_preserving(&mut self, target: Address, builtin: u32, arg: Reg, payload: u32) {
        // The trampoline finds `arg` at [sp] and the word at [sp + 8] on entry; the link
        // register is saved by this function's prologue.
        let imm = crate::preserving_word(builtin, payload);
        self.mov_imm(OperandSize::S32, S1, imm as u64);
        asm!(self.ops; stp X(arg.hw), X(S1), [sp, -16]!);
        self.load_int(OperandSize::S64, S1, target);
        asm!(self.ops
            ; blr X(S1)
            ; add sp, sp, 16
        );
    }

    #[inline]
    fn trap(&mut self, code: TrapCode) {
        core::trap(self, code);
    }
}

impl Backend for Aarch64Masm {
    /// The prologue allocates the frame with two `sub sp` of 12-bit immediates (the first
    /// shifted by 12).
    const MAX_FRAME_SIZE: u32 = (1 << 24) - 1;

    #[inline]
    fn core(&mut self) -> &mut AsmCore {
        &mut self.core
    }

    fn trap_stub(&mut self, code: TrapCode, tail: Label) {
        let tail = self.dl(tail);
        asm!(self.ops; movz W(0), code as u32; b =>tail);
    }

    fn record_frames(&mut self, here: Label) {
        // Record the wasm frames (frame pointer chain from here), keeping the trap code.
        let (here, recorder) = (self.dl(here), self.core.layout().trap_recorder as u32);
        asm!(self.ops
            ; mov w19, w0
            ; mov x0, X(FP)
            ; adr x1, =>here
            ; mov XSP(S1), sp
            ; and sp, X(S1), 0xfffffffffffffff0
            ; ldr X(S2), [X(VMCTX), recorder]
            ; blr X(S2)
            ; mov w0, w19
        );
    }

    fn unwind_to_entry(&mut self) {
        // [entry_sp] holds the landing address.
        let entry_sp = self.core.layout().entry_sp as u32;
        asm!(self.ops
            ; ldr X(S1), [X(THREAD), entry_sp]
            ; ldr X(S2), [X(S1)]
            ; add sp, XSP(S1), 16
            ; br X(S2)
        );
    }

    fn take_code(&mut self) -> Result<Vec<u8>, String> {
        self.labels.clear();
        self.far_branches = false;
        crate::take_code(&mut self.ops)
    }

    fn patch_frame_size(code: &mut [u8], field: usize, frame_size: u32) {
        // sub sp, sp, #hi, lsl 12 ; sub sp, sp, #lo (a frame under 4 KiB keeps the nop
        // instead of subtracting 0, one instruction less on sp's chain at every call)
        let hi = match (frame_size >> 12) & 0xfff {
            0 => 0xD503201Fu32,
            hi => 0xD14003FFu32 | hi << 10,
        };
        let lo = 0xD10003FFu32 | (frame_size & 0xfff) << 10;
        code[field..field + 4].copy_from_slice(&hi.to_le_bytes());
        code[field + 4..field + 8].copy_from_slice(&lo.to_le_bytes());
    }

    #[inline]
    fn mov_int_reg(&mut self, size: OperandSize, d: u8, s: u8) {
        rr!(self, mov, size, d, s);
    }

    #[inline]
    fn align_16(&mut self) {
        // udf #0 padding: never executed.
        while self.ops.offset().0 % 16 != 0 {
            self.ops.extend([0u8; 4]);
        }
    }

    fn emit_data(&mut self, bytes: &[u8]) {
        self.ops.extend(bytes.iter().copied());
    }

    fn label_offset(&self, label: Label) -> Option<u32> {
        self.ops.labels().resolve_dynamic(self.dl(label)).ok().map(|at| at.0 as u32)
    }

    #[inline]
    fn mov_float_reg(&mut self, size: OperandSize, d: u8, s: u8) {
        if size == OperandSize::S128 {
            asm!(self.ops; mov V(d).B16, V(s).B16);
        } else {
            asm!(self.ops; fmov D(d), D(s));
        }
    }

    #[inline]
    fn mov_int_imm(&mut self, size: OperandSize, d: u8, bits: u64) {
        self.mov_imm(size, d, bits);
    }

    #[inline]
    fn mov_float_imm(&mut self, size: OperandSize, d: u8, bits: u64) {
        self.float_const(size, d, bits);
    }

    #[inline]
    fn load_int(&mut self, size: OperandSize, d: u8, a: Address) {
        let (b, o) = Self::addr(a);
        match size {
            OperandSize::S32 => ldst!(self, ldr, ldur, W, d, b, o, 4),
            OperandSize::S64 => ldst!(self, ldr, ldur, X, d, b, o, 8),
            _ => crate::scalar_only(),
        }
    }

    #[inline]
    fn load_float(&mut self, size: OperandSize, d: u8, a: Address) {
        self.float_reg(size, Operand::Mem(a), d);
    }

    #[inline]
    fn branch_on_zero(&mut self, size: OperandSize, value: Operand, target: Label, when: BranchIf) {
        let t = self.dl(target);
        let r = self.int_reg(size, value, S1);
        self.branch_if_zero(size, r, when, t);
    }
}

/// Arithmetic instructions that take a 12-bit immediate, optionally shifted left by 12.
#[derive(Clone, Copy, PartialEq)]
enum ArithOp {
    Add,
    Sub,
    /// `cmp n, #imm` (the destination is the zero register).
    Cmp,
    /// `cmn n, #imm`.
    Cmn,
}

impl Aarch64Masm {
    /// `op d, n, #value` where `arith_imm(value)`: values from 4096 up are encoded as
    /// `value >> 12` shifted left by 12.
    fn arith_imm_op(&mut self, op: ArithOp, size: OperandSize, d: u8, n: u8, value: u64) {
        debug_assert!(arith_imm(value));
        let (imm, shifted) = if value < 4096 { (value as u32, false) } else { ((value >> 12) as u32, true) };
        macro_rules! emit {
            ($mn:ident, $D:ident, $N:ident) => {
                if shifted {
                    asm!(self.ops; $mn $D(d), $N(n), imm, lsl 12)
                } else {
                    asm!(self.ops; $mn $D(d), $N(n), imm)
                }
            };
        }
        match (op, size) {
            (ArithOp::Add, OperandSize::S32) => emit!(add, WSP, WSP),
            (ArithOp::Add, OperandSize::S64) => emit!(add, XSP, XSP),
            (ArithOp::Sub, OperandSize::S32) => emit!(sub, WSP, WSP),
            (ArithOp::Sub, OperandSize::S64) => emit!(sub, XSP, XSP),
            // cmp/cmn are subs/adds into the zero register (31 as a destination).
            (ArithOp::Cmp, OperandSize::S32) => emit!(subs, W, WSP),
            (ArithOp::Cmp, OperandSize::S64) => emit!(subs, X, XSP),
            (ArithOp::Cmn, OperandSize::S32) => emit!(adds, W, WSP),
            (ArithOp::Cmn, OperandSize::S64) => emit!(adds, X, XSP),
            _ => crate::scalar_only(),
        }
    }

    /// The register holding `index + offset` for a `[x27 + reg]` heap access.
    fn heap_index(&mut self, index: HeapIndex, offset: u32) -> u8 {
        match index {
            HeapIndex::Reg(r) if offset == 0 => r.hw,
            HeapIndex::Reg(r) if arith_imm(offset as u64) => {
                self.arith_imm_op(ArithOp::Add, OperandSize::S64, S1, r.hw, offset as u64);
                S1
            }
            HeapIndex::Reg(r) => {
                self.mov_imm(OperandSize::S64, S1, offset as u64);
                asm!(self.ops; add X(S1), X(S1), X(r.hw));
                S1
            }
            HeapIndex::Const(c) => {
                self.mov_imm(OperandSize::S64, S1, c as u64 + offset as u64);
                S1
            }
        }
    }
}

mod atomic;
mod vector;
