//! `onepass-arch`: the only crate of onepass that knows instruction encodings.
//!
//! The arch-neutral compiler in `onepass::compiler` drives a [`MacroAssembler`]: a small
//! vocabulary of operations (moves, integer and float arithmetic, compares fused with
//! branches, heap accesses, calls, traps) over registers, immediates and frame addresses.
//! Each ISA implements it on top of dynasm-rs: [`x64`] and [`aarch64`], both complete and
//! both tested against the same spec suites and golden listings. What the two do the same
//! way (trap stubs, call relocations, the frame-size patch, the `mov` dispatch, constant
//! branch folding) is written once in `core`. The [`Abi`] facts (pinned registers,
//! allocatable registers, return registers) come with the assembler so the compiler never
//! names a physical register itself.
//!
//! Conventions every implementation follows:
//! - Integer operations are *two-address*: `dst` is also the left operand. 32-bit results
//!   are always zero-extended into the full 64-bit register, so an `i32` held in a
//!   register can be used directly as a heap index.
//! - The assembler owns a few scratch registers that are never handed out by the
//!   allocator; any method may clobber them (and the condition flags).
//! - Traps are jumps to per-function stubs created on demand by [`MacroAssembler::trap_label`];
//!   the stub stores the trap code and returns to the host entry trampoline.

#![warn(missing_docs)]

pub mod aarch64;
mod atomic;
mod core;
pub mod signal;
pub mod tail_return;
mod vector;
pub mod x64;

pub use atomic::{AtomicAccess, AtomicAssembler, AtomicRmwOp, RmwResult};
pub use vector::{Lanes, V128BinOp, V128Test, V128UnOp, VectorAssembler};

/// Offset from the frame pointer of the slot where every wasm function's prologue stores
/// its vmctx (read back after calls that may change the vmctx register, and by the
/// backtrace walk).
pub const VMCTX_FRAME_SLOT: i32 = -8;

/// Resolve the labels of `ops` and move its code buffer out (no copy: the caller copies
/// the code once, into its module's image), keeping the label tables for the next
/// function. After an error the assembler still holds labels and relocations: its owner
/// must start afresh.
fn take_code<R: dynasmrt::relocations::Relocation>(ops: &mut dynasmrt::VecAssembler<R>) -> Result<Vec<u8>, String> {
    ops.take().map_err(|e| format!("assembler error: {e:?}"))
}

/// Optional instruction-set extensions a backend may use, beyond the baseline it always
/// assumes (x86-64: SSE4.1, SSE4.2 and POPCNT; aarch64: ARMv8.0-A with NEON).
///
/// Compiled code depends on them, so they are fixed per compilation: the engine passes the
/// host's ([`CpuFeatures::host`], detected once per process); the golden tests pass each
/// set whose code differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CpuFeatures {
    bits: u32,
}

/// The environment variable that, set to `1` when a process starts compiling, makes
/// [`CpuFeatures::host`] report no optional extension: x86-64 code is then the baseline
/// (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2) whatever the CPU has, and aarch64 code ARMv8.0 (no
/// LSE atomics). CI runs the spec suite under it so both paths of each ISA stay tested.
pub const BASELINE_ENV: &str = "ONEPASS_X86_64_BASELINE";

impl CpuFeatures {
    /// No optional extension.
    pub const NONE: CpuFeatures = CpuFeatures { bits: 0 };
    /// x86-64 LZCNT with BMI1's TZCNT: `clz`/`ctz` in one instruction (else BSR/BSF and a
    /// zero check).
    pub const X64_LZCNT_TZCNT: CpuFeatures = CpuFeatures { bits: 1 };
    /// x86-64 AVX: `v128` operations in their VEX encodings, with three operands (the
    /// result need not overwrite an input, which saves copies).
    pub const X64_AVX: CpuFeatures = CpuFeatures { bits: 2 };
    /// x86-64 AVX2 (with AVX): integer splats by one broadcast instruction.
    pub const X64_AVX2: CpuFeatures = CpuFeatures { bits: 4 };
    /// aarch64 LSE (ARMv8.1 large system extensions): atomic read-modify-writes and
    /// compare-exchange in one instruction (`ldaddal`, `casal`, ...) instead of
    /// exclusive load/store loops.
    pub const AARCH64_LSE: CpuFeatures = CpuFeatures { bits: 8 };
    /// x86-64 BMI2: `rorx`, a rotation by a constant into another register (or from
    /// memory), so a rotated value that is still needed costs no copy first.
    pub const X64_BMI2: CpuFeatures = CpuFeatures { bits: 16 };
    /// Every extension a backend knows how to use.
    pub const ALL: CpuFeatures = CpuFeatures { bits: 31 };

    /// The extensions of the CPU this process runs on, detected on the first call and the
    /// same for the rest of the process; none when [`BASELINE_ENV`] is `1`.
    pub fn host() -> CpuFeatures {
        static HOST: std::sync::OnceLock<CpuFeatures> = std::sync::OnceLock::new();
        *HOST.get_or_init(|| CpuFeatures::for_switch(std::env::var_os(BASELINE_ENV).as_deref()))
    }

    /// The host's extensions given the value of [`BASELINE_ENV`] (`None` when unset).
    fn for_switch(baseline: Option<&std::ffi::OsStr>) -> CpuFeatures {
        if baseline.is_some_and(|v| v == "1") {
            return CpuFeatures::NONE;
        }
        CpuFeatures::detect()
    }

    /// The extensions the CPU has, asked of it.
    fn detect() -> CpuFeatures {
        #[allow(unused_mut)]
        let mut bits = 0;
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("lzcnt") && std::is_x86_feature_detected!("bmi1") {
                bits |= CpuFeatures::X64_LZCNT_TZCNT.bits;
            }
            if std::is_x86_feature_detected!("bmi2") {
                bits |= CpuFeatures::X64_BMI2.bits;
            }
            // The macro also checks that the OS saves the AVX state (XSAVE/XGETBV).
            if std::is_x86_feature_detected!("avx") {
                bits |= CpuFeatures::X64_AVX.bits;
                if std::is_x86_feature_detected!("avx2") {
                    bits |= CpuFeatures::X64_AVX2.bits;
                }
            }
        }
        #[cfg(target_arch = "aarch64")]
        {
            if std::arch::is_aarch64_feature_detected!("lse") {
                bits |= CpuFeatures::AARCH64_LSE.bits;
            }
        }
        CpuFeatures { bits }
    }

    /// The set as bits (for a compiled artifact's header).
    pub fn bits(self) -> u32 {
        self.bits
    }

    /// The set whose [`CpuFeatures::bits`] are `bits`; `None` if it names an extension no
    /// backend knows.
    pub fn from_bits(bits: u32) -> Option<CpuFeatures> {
        (bits & !CpuFeatures::ALL.bits == 0).then_some(CpuFeatures { bits })
    }

    /// Whether every extension of `other` is in `self`.
    pub fn contains(self, other: CpuFeatures) -> bool {
        self.bits & other.bits == other.bits
    }

    /// The baseline extensions the backend for this process's ISA always uses that the
    /// CPU it runs on lacks, as a list of names ("SSE4.1, SSE4.2, POPCNT"); `None` when it has
    /// them all (always, off x86-64: aarch64 code needs only ARMv8.0-A). Code compiled for
    /// a CPU without them would die of an illegal instruction.
    pub fn missing_baseline() -> Option<String> {
        #[cfg(target_arch = "x86_64")]
        {
            missing_x64_baseline(|feature| match feature {
                "sse4.1" => std::is_x86_feature_detected!("sse4.1"),
                "sse4.2" => std::is_x86_feature_detected!("sse4.2"),
                "popcnt" => std::is_x86_feature_detected!("popcnt"),
                _ => false,
            })
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            None
        }
    }
}

/// The x86-64 baseline every compiled function may use, beyond x86-64 itself (which has
/// SSE2): each as `std::is_x86_feature_detected!` names it, and as a person would.
pub const X64_BASELINE: &[(&str, &str)] = &[("sse4.1", "SSE4.1"), ("sse4.2", "SSE4.2"), ("popcnt", "POPCNT")];

/// The names of the [`X64_BASELINE`] extensions that `has` (given the detection name of
/// an extension, as in [`X64_BASELINE`]) says the CPU lacks, comma-separated; `None` when
/// it has them all. [`CpuFeatures::missing_baseline`] asks the host; tests pass a fake CPU.
pub fn missing_x64_baseline(has: impl Fn(&str) -> bool) -> Option<String> {
    let missing: Vec<&str> = X64_BASELINE.iter().filter(|(id, _)| !has(id)).map(|&(_, name)| name).collect();
    (!missing.is_empty()).then(|| missing.join(", "))
}

#[cfg(test)]
mod baseline_tests {
    use super::*;

    #[test]
    fn a_cpu_with_the_whole_baseline_misses_nothing() {
        assert_eq!(missing_x64_baseline(|_| true), None);
    }

    #[test]
    fn each_missing_extension_is_named_in_order() {
        assert_eq!(missing_x64_baseline(|_| false).as_deref(), Some("SSE4.1, SSE4.2, POPCNT"));
        assert_eq!(missing_x64_baseline(|f| f != "popcnt").as_deref(), Some("POPCNT"));
        assert_eq!(missing_x64_baseline(|f| f != "sse4.1").as_deref(), Some("SSE4.1"));
    }

    #[test]
    fn the_baseline_switch_turns_every_extension_off() {
        use std::ffi::OsStr;
        assert_eq!(CpuFeatures::for_switch(Some(OsStr::new("1"))), CpuFeatures::NONE);
        assert_eq!(CpuFeatures::for_switch(None), CpuFeatures::detect());
        assert_eq!(CpuFeatures::for_switch(Some(OsStr::new("0"))), CpuFeatures::detect());
        #[cfg(target_arch = "x86_64")]
        if std::is_x86_feature_detected!("avx2") {
            assert!(CpuFeatures::detect().contains(CpuFeatures::X64_AVX));
            assert!(CpuFeatures::detect().contains(CpuFeatures::X64_AVX2));
        }
        #[cfg(target_arch = "x86_64")]
        assert_eq!(CpuFeatures::detect().contains(CpuFeatures::X64_BMI2), std::is_x86_feature_detected!("bmi2"));
        #[cfg(target_arch = "aarch64")]
        assert_eq!(
            CpuFeatures::detect().contains(CpuFeatures::AARCH64_LSE),
            std::arch::is_aarch64_feature_detected!("lse")
        );
    }

    #[test]
    fn the_host_running_these_tests_has_the_baseline() {
        // Whatever compiled and runs onepass's other tests has it (they would die of an
        // illegal instruction otherwise).
        assert_eq!(CpuFeatures::missing_baseline(), None);
    }
}

impl Default for CpuFeatures {
    /// The host's extensions ([`CpuFeatures::host`]).
    fn default() -> CpuFeatures {
        CpuFeatures::host()
    }
}

/// The backend for the host ISA.
#[cfg(target_arch = "x86_64")]
pub type NativeMasm = x64::X64Masm;
/// The backend for the host ISA.
#[cfg(target_arch = "aarch64")]
pub type NativeMasm = aarch64::Aarch64Masm;

/// Trampolines for the host ISA.
#[cfg(target_arch = "aarch64")]
pub use aarch64::{
    emit_entry_trampoline, emit_host_trampoline, emit_preserving_trampoline, emit_tail_returns, emit_unwind_trampoline,
};

/// Offsets into the vmctx header and the thread-state block that the trampolines use.
#[derive(Clone, Copy, Debug)]
pub struct TrampolineOffsets {
    /// Offset in the thread-state block of the stack pointer saved by the entry (its top
    /// word is the trap landing).
    pub entry_sp: i32,
    /// Base of linear memory 0.
    pub heap_base: i32,
    /// Host function pointer in a host-function context.
    pub host_fn: i32,
    /// Offset in the thread-state block of the unwind trampoline's address.
    pub unwind_stub: i32,
    /// The code a host function returns to throw the exception it left in its first
    /// result word into its wasm caller (the host trampoline then unwinds from the call).
    pub throw_code: u32,
    /// Offset in the thread-state block of the word that names the innermost wasm frame
    /// while a call out of wasm runs: the host trampoline stores its own frame pointer
    /// there (its frame record holds the calling frame's frame pointer and the return
    /// address) before it calls the host function, and 0 after (a garbage collection walks
    /// the wasm frames from there). `None` for a trampoline of runtimes without a collector,
    /// which stores nothing.
    pub safepoint: Option<i32>,
}

/// What the unwind trampoline (`emit_unwind_trampoline`) needs: offsets in the
/// thread-state block and the runtime's unwinder.
#[derive(Clone, Copy, Debug)]
pub struct UnwindOffsets {
    /// The stack pointer saved by the entry (its top word is the trap landing).
    pub entry_sp: i32,
    /// Where the unwinder leaves the handler frame's stack pointer.
    pub resume_sp: i32,
    /// Where the unwinder leaves the handler frame's frame pointer.
    pub resume_fp: i32,
    /// Where the unwinder leaves the landing pad's address.
    pub resume_pc: i32,
    /// Where the unwinder leaves the exception the landing pad receives.
    pub resume_exn: i32,
    /// Address of `extern "C" fn(thread, fp, pc, exception) -> u32`: finds the handler of
    /// the wasm call site returning to `pc` in the frame `fp` (or of an outer frame) and
    /// fills the resume fields, returning 0; or returns the trap code with which the entry
    /// ends when no frame of this entry handles the exception.
    pub unwind: usize,
}

/// Make instruction fetches see code just written to `[start, start + len)`.
///
/// # Safety
/// The range must be mapped memory of this process.
pub unsafe fn flush_icache(start: *mut u8, len: usize) {
    #[cfg(target_arch = "aarch64")]
    {
        extern "C" {
            /// From libgcc / compiler-rt: cleans the data cache and invalidates the
            /// instruction cache over `[start, end)`.
            fn __clear_cache(start: *mut libc::c_char, end: *mut libc::c_char);
        }
        // SAFETY: the caller guarantees the range is mapped.
        unsafe { __clear_cache(start.cast(), start.add(len).cast()) };
    }
    // x86-64 keeps instruction fetch coherent with stores.
    #[cfg(not(target_arch = "aarch64"))]
    let _ = (start, len);
}
/// Trampolines for the host ISA.
#[cfg(target_arch = "x86_64")]
pub use x64::{
    emit_entry_trampoline, emit_host_trampoline, emit_preserving_trampoline, emit_tail_returns, emit_unwind_trampoline,
};

/// Width of an operation or a moved value.
///
/// Scalar operations take [`OperandSize::S32`] or [`OperandSize::S64`];
/// [`OperandSize::S128`] (a `v128` in a float/vector register) is only ever given to data
/// movement: [`MacroAssembler::mov`], [`MacroAssembler::store`], [`MacroAssembler::select`]
/// and heap accesses. A scalar operation handed `S128` is a compiler bug and panics.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OperandSize {
    /// 32 bits (`i32`, `f32`).
    S32,
    /// 64 bits (`i64`, `f64`).
    S64,
    /// 128 bits (`v128`).
    S128,
}

impl OperandSize {
    /// Size in bytes.
    pub fn bytes(self) -> u32 {
        match self {
            OperandSize::S32 => 4,
            OperandSize::S64 => 8,
            OperandSize::S128 => 16,
        }
    }
}

/// When a branch on an integer's zeroness is taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BranchIf {
    /// Taken when the value is zero.
    Zero,
    /// Taken when the value is not zero.
    NonZero,
}

/// Whether a conditional branch is taken when its condition holds or when it does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JumpWhen {
    /// Taken when the condition holds.
    True,
    /// Taken when the condition does not hold.
    False,
}

impl JumpWhen {
    /// The branch on a value's zeroness taken exactly when "value != 0" is `self`.
    pub fn nonzero(self) -> BranchIf {
        match self {
            JumpWhen::True => BranchIf::NonZero,
            JumpWhen::False => BranchIf::Zero,
        }
    }
}

/// Whether an integer is read as signed or unsigned (conversions, narrow loads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signedness {
    /// Two's complement: sign-extend, convert with the sign.
    Signed,
    /// Zero-extend, convert as a non-negative number.
    Unsigned,
}

/// What a float-to-integer conversion does with NaN and values out of the target's range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnOverflow {
    /// Trap (`i32.trunc_f32_s` and the like).
    Trap,
    /// Give the nearest representable value, 0 for NaN (`i32.trunc_sat_f32_s` and the like).
    Saturate,
}

/// Integer comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum IntCmp {
    Eq,
    Ne,
    LtS,
    LtU,
    GtS,
    GtU,
    LeS,
    LeU,
    GeS,
    GeU,
}

impl IntCmp {
    /// The comparison that holds exactly when `self` does not.
    pub fn negate(self) -> IntCmp {
        use IntCmp::*;
        match self {
            Eq => Ne,
            Ne => Eq,
            LtS => GeS,
            LtU => GeU,
            GtS => LeS,
            GtU => LeU,
            LeS => GtS,
            LeU => GtU,
            GeS => LtS,
            GeU => LtU,
        }
    }

    /// The comparison with its operands exchanged (`a < b` is `b > a`).
    pub fn swap(self) -> IntCmp {
        use IntCmp::*;
        match self {
            Eq => Eq,
            Ne => Ne,
            LtS => GtS,
            LtU => GtU,
            GtS => LtS,
            GtU => LtU,
            LeS => GeS,
            LeU => GeU,
            GeS => LeS,
            GeU => LeU,
        }
    }
}

/// Float comparison with Wasm semantics (any comparison involving NaN is false, but `Ne`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum FloatCmp {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
}

/// A comparison of either kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    /// Integer comparison.
    Int(IntCmp),
    /// Float comparison.
    Float(FloatCmp),
    /// Bit test: `lhs & rhs` compared with zero, `Eq` (no bit in common) or `Ne` only
    /// (x86-64 `test`, aarch64 `tst`).
    Bits(IntCmp),
}

impl Cmp {
    /// The comparison that holds exactly when `self` does not: an integer comparison's or
    /// bit test's opposite; `None` for a float comparison (NaN fails both `a < b` and
    /// `a >= b`).
    pub fn negate(self) -> Option<Cmp> {
        match self {
            Cmp::Int(c) => Some(Cmp::Int(c.negate())),
            Cmp::Bits(c) => Some(Cmp::Bits(c.negate())),
            Cmp::Float(_) => None,
        }
    }
}

/// A comparison an instruction consumes: `cmp(lhs, rhs)` on operands of width `size`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// What is compared, and how.
    pub cmp: Cmp,
    /// The operands' width.
    pub size: OperandSize,
    /// The left operand.
    pub lhs: Reg,
    /// The right operand.
    pub rhs: Operand,
}

/// Two-operand integer operations whose result has the operand size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum IntBinOp {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
}

/// Shifts and rotates (the count is taken modulo the width).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum ShiftKind {
    Shl,
    ShrS,
    ShrU,
    Rotl,
    Rotr,
}

/// Division and remainder; the assembler emits the Wasm traps (divide by zero, overflow).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum DivKind {
    DivS,
    DivU,
    RemS,
    RemU,
}

/// One-operand integer operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum IntUnOp {
    Clz,
    Ctz,
    Popcnt,
}

/// Two-operand float operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum FloatBinOp {
    Add,
    Sub,
    Mul,
    Div,
    Min,
    Max,
    Copysign,
}

/// One-operand float operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum FloatUnOp {
    Abs,
    Neg,
    Sqrt,
    Ceil,
    Floor,
    Trunc,
    Nearest,
}

/// Integer width changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtendKind {
    /// Sign-extend the low 8 bits to the operand size.
    Signed8(OperandSize),
    /// Sign-extend the low 16 bits to the operand size.
    Signed16(OperandSize),
    /// `i64.extend_i32_s`.
    Signed32,
    /// `i64.extend_i32_u` and `i32.wrap_i64`: keep the low 32 bits, zero the rest.
    Unsigned32,
}

/// Why a Wasm program stopped. The numeric values are the codes passed from JIT code
/// to the entry trampoline (0 means "returned normally").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum TrapCode {
    /// `unreachable` executed.
    Unreachable = 1,
    /// Integer division or remainder by zero.
    IntegerDivideByZero = 2,
    /// Signed division overflow (`MIN / -1`).
    IntegerOverflow = 3,
    /// Float to integer conversion of NaN or an out-of-range value.
    BadConversionToInteger = 4,
    /// Linear memory access out of bounds.
    MemoryOutOfBounds = 5,
    /// `call_indirect` index past the end of the table.
    UndefinedElement = 6,
    /// `call_indirect` through a null table entry.
    UninitializedElement = 7,
    /// `call_indirect` signature mismatch.
    IndirectCallTypeMismatch = 8,
    /// The wasm stack limit was reached.
    StackOverflow = 9,
    /// Table access out of bounds (table.get/set/fill/copy/init).
    TableOutOfBounds = 10,
    /// A host function returned an error; the host keeps the error itself.
    HostError = 11,
    /// A null reference was dereferenced.
    NullReference = 12,
    /// The module was closed (termination) while running.
    Interrupted = 13,
    /// `call_ref` of a null function reference.
    NullFunctionReference = 14,
    /// An exception no frame of the entry caught; the host keeps the exception itself.
    UncaughtException = 15,
    /// An atomic access at an address that is not a multiple of its size.
    UnalignedAtomic = 16,
    /// `memory.atomic.wait32/64` on a memory that is not shared.
    WaitOnUnsharedMemory = 17,
    /// `i31.get_s`/`i31.get_u` of a null reference.
    NullI31Reference = 18,
    /// `ref.cast` of a value that is not of the target type.
    CastFailure = 19,
    /// A field access through a null struct reference.
    NullStructReference = 20,
    /// An array access through a null array reference.
    NullArrayReference = 21,
    /// An array access out of the array's bounds.
    ArrayOutOfBounds = 22,
    /// A struct or array allocation past the GC heap's limit.
    GcHeapExhausted = 23,
}

impl TrapCode {
    /// Every trap code, in numeric order.
    pub const ALL: [TrapCode; 23] = [
        TrapCode::Unreachable,
        TrapCode::IntegerDivideByZero,
        TrapCode::IntegerOverflow,
        TrapCode::BadConversionToInteger,
        TrapCode::MemoryOutOfBounds,
        TrapCode::UndefinedElement,
        TrapCode::UninitializedElement,
        TrapCode::IndirectCallTypeMismatch,
        TrapCode::StackOverflow,
        TrapCode::TableOutOfBounds,
        TrapCode::HostError,
        TrapCode::NullReference,
        TrapCode::Interrupted,
        TrapCode::NullFunctionReference,
        TrapCode::UncaughtException,
        TrapCode::UnalignedAtomic,
        TrapCode::WaitOnUnsharedMemory,
        TrapCode::NullI31Reference,
        TrapCode::CastFailure,
        TrapCode::NullStructReference,
        TrapCode::NullArrayReference,
        TrapCode::ArrayOutOfBounds,
        TrapCode::GcHeapExhausted,
    ];

    /// The trap code with numeric value `code`, if any.
    pub fn from_u32(code: u32) -> Option<TrapCode> {
        TrapCode::ALL.get((code as usize).wrapping_sub(1)).copied()
    }
}

/// Register class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegClass {
    /// General purpose (integers, references, addresses).
    Int,
    /// Floating point / vector.
    Float,
}

/// A physical register: class plus hardware encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg {
    /// Register class.
    pub class: RegClass,
    /// Hardware encoding (0..32).
    pub hw: u8,
}

impl Reg {
    /// An integer register.
    pub const fn int(hw: u8) -> Reg {
        Reg { class: RegClass::Int, hw }
    }
    /// A float register.
    pub const fn float(hw: u8) -> Reg {
        Reg { class: RegClass::Float, hw }
    }
    /// Index into a 64-entry register bitmap (ints 0..32, floats 32..64).
    pub fn index(self) -> usize {
        self.hw as usize + if self.class == RegClass::Float { 32 } else { 0 }
    }
    /// Inverse of [`Reg::index`].
    pub fn from_index(i: usize) -> Reg {
        if i >= 32 {
            Reg::float((i - 32) as u8)
        } else {
            Reg::int(i as u8)
        }
    }
}

/// A set of registers as a bitmap over [`Reg::index`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RegSet(pub u64);

impl RegSet {
    /// The set holding `regs`.
    pub fn from_regs(regs: &[Reg]) -> RegSet {
        RegSet(regs.iter().fold(0, |bits, r| bits | 1u64 << r.index()))
    }
    /// Whether `reg` is in the set.
    pub fn contains(self, reg: Reg) -> bool {
        self.0 & (1u64 << reg.index()) != 0
    }
    /// Add `reg`.
    pub fn insert(&mut self, reg: Reg) {
        self.0 |= 1u64 << reg.index();
    }
    /// Remove `reg`.
    pub fn remove(&mut self, reg: Reg) {
        self.0 &= !(1u64 << reg.index());
    }
    /// The registers in the set, in [`Reg::index`] order.
    pub fn iter(self) -> impl Iterator<Item = Reg> {
        let mut bits = self.0;
        std::iter::from_fn(move || {
            if bits == 0 {
                return None;
            }
            let index = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            Some(Reg::from_index(index))
        })
    }
}

/// A constant operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Imm {
    /// 32-bit integer.
    I32(i32),
    /// 64-bit integer.
    I64(i64),
    /// 32-bit float, as bits.
    F32(u32),
    /// 64-bit float, as bits.
    F64(u64),
}

impl Imm {
    /// The raw bits, zero-extended to 64.
    pub fn bits(self) -> u64 {
        match self {
            Imm::I32(v) => v as u32 as u64,
            Imm::I64(v) => v as u64,
            Imm::F32(v) => v as u64,
            Imm::F64(v) => v,
        }
    }
}

/// A memory location the compiler names (never the linear memory: see [`HeapAccess`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address {
    /// Frame pointer plus offset (locals, home slots, incoming stack arguments).
    Frame(i32),
    /// Stack pointer plus offset (outgoing call arguments).
    Sp(i32),
    /// The pinned vmctx register plus offset.
    Vmctx(i32),
    /// Any integer register plus offset.
    Base(Reg, i32),
}

/// A source operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// A register.
    Reg(Reg),
    /// A constant.
    Imm(Imm),
    /// A memory location (see [`Address`]).
    Mem(Address),
}

/// What a linear-memory load or store moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapAccess {
    /// Bytes accessed in memory: 1, 2, 4 or 8.
    pub bytes: u8,
    /// How a narrow load extends (ignored for stores and full-width accesses).
    pub extend: Signedness,
    /// Width of the register value (the Wasm type of the loaded/stored value).
    pub size: OperandSize,
    /// Register class of the value.
    pub class: RegClass,
}

/// The linear-memory address of an access: a 32-bit index (register, zero-extended, or
/// constant) plus the static offset of the instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeapIndex {
    /// Index held in a register (an `i32`, so its upper half is zero).
    Reg(Reg),
    /// Constant index.
    Const(u32),
}

/// A branch target or a position in the code, created by [`MacroAssembler::new_label`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// A place in emitted code that the linker patches with the address of a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallReloc {
    /// Offset in the function's code of the patched field.
    pub offset: u32,
    /// Index of the called function in the module.
    pub callee: u32,
}

/// The reload of the pinned registers (vmctx and heap base) after a direct call, which the
/// linker overwrites with no-ops when the callee makes no tail call: such a callee returns
/// with our instance's values still in them (see the compiler's `call`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PinnedReload {
    /// Offset in the function's code of the reload's first byte.
    pub start: u32,
    /// Offset just past its last byte.
    pub end: u32,
    /// Index of the called function in the module.
    pub callee: u32,
}

/// A call site inside a `try_table`: an exception thrown by the callee lands at `landing`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HandlerSite {
    /// Offset in the function's code of the call's return address.
    pub ret: u32,
    /// Offset in the function's code of the landing pad.
    pub landing: u32,
}

/// One compiled function: position-independent code plus the calls the linker patches.
#[derive(Debug, Default)]
pub struct CompiledCode {
    /// Machine code.
    pub code: Vec<u8>,
    /// Direct calls to patch.
    pub relocs: Vec<CallReloc>,
    /// Call sites covered by exception handlers, in code order.
    pub handlers: Vec<HandlerSite>,
    /// Bytes between the frame pointer and the stack pointer in the function's body (a
    /// landing pad runs with `sp = fp - frame_size`).
    pub frame_size: u32,
    /// The call sites at which a collection may find this function's frame on the stack,
    /// with where the frame holds references there (filled by the compiler, not the
    /// assembler; empty unless the module's runtime has a garbage collector).
    pub safepoints: Vec<Safepoint>,
    /// The frame offsets (from the frame pointer) the safepoints name, each one's a run.
    pub ref_slots: Vec<i32>,
    /// Reloads after direct calls that the linker may remove (filled by the compiler).
    pub pinned_reloads: Vec<PinnedReload>,
    /// Whether the function makes a tail call: its callee then returns to this function's
    /// caller, perhaps with another instance's vmctx and heap base (filled by the compiler).
    /// The linker keeps the reloads after direct calls of such a function only, so anything
    /// else that could return to the caller with other pinned registers must set it too.
    pub tail_calls: bool,
    /// Offset of the entry that direct calls use, past the instructions that load the
    /// parameters passed in registers from the stack for every other caller (filled by
    /// the compiler; 0 when no parameter is passed in a register).
    pub register_entry: u32,
    /// Ranges of `code` that hold data, not instructions (jump tables, constants).
    pub data: Vec<std::ops::Range<u32>>,
}

/// A call site at which the function's frame may be on the stack during a garbage
/// collection: the frame slots that hold references there are
/// `ref_slots[start .. start + len]` of its [`CompiledCode`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Safepoint {
    /// Offset in the function's code of the call's return address (or, for a call the
    /// code records itself, of the point it records).
    pub ret: u32,
    /// First of its slots in `ref_slots`.
    pub start: u32,
    /// Number of its slots.
    pub len: u32,
}

/// The offsets that trap stubs use.
///
/// Each entry from the host into wasm gets its own *thread-state block*, reached through a
/// pinned register (x86-64: r13, aarch64: x26) and never through the vmctx: an instance
/// (and a host function) may run on several threads at once, while a stack limit and a trap
/// landing belong to one thread's stack.
#[derive(Clone, Copy, Debug)]
pub struct VmctxLayout {
    /// Offset in the thread-state block of the stack pointer saved by the entry trampoline
    /// (its top word is the trap landing).
    pub entry_sp: i32,
    /// Address of `extern "C" fn(fp, pc)`, called by trap stubs (but the stack-overflow
    /// one) to record the wasm frames before they are unwound.
    pub trap_recorder: i32,
}

/// Register conventions of an ISA as the compiler sees them.
pub trait Abi {
    /// Holds the vmctx pointer throughout wasm code.
    const VMCTX: Reg;
    /// Holds the base of linear memory 0 throughout wasm code.
    const HEAP_BASE: Reg;
    /// Holds the thread-state block of the current entry from the host (stack limit, trap
    /// landing) throughout wasm code.
    const THREAD_STATE: Reg;
    /// Integer registers the value stack may allocate (all caller-saved in wasm code).
    const INT_REGS: &'static [Reg];
    /// Float registers the value stack may allocate.
    const FLOAT_REGS: &'static [Reg];
    /// Integer result of a wasm or host call.
    const INT_RETURN: Reg;
    /// Float result of a wasm or host call.
    const FLOAT_RETURN: Reg;
    /// Integer argument registers of the system calling convention (for runtime calls).
    const SYS_INT_ARGS: &'static [Reg];
    /// Integer result of a system-ABI call.
    const SYS_INT_RETURN: Reg;
    /// Register that carries the caller's vmctx into an imported or indirect callee.
    const CALLER_VMCTX: Reg;
    /// Registers (integer, float) that carry a block's one result along a branch to its
    /// end: outside the allocator, and left alone by what an edge emits after the value
    /// (home moves, frame loads and stores).
    const MERGE_REGS: [Reg; 2];
    /// Bytes between the frame pointer and the first incoming stack argument.
    const ARGS_OFFSET: i32;
    /// Bytes between the stack pointer and the first incoming stack argument at a
    /// function's first instruction (before its prologue).
    const ENTRY_ARGS_OFFSET: i32;
    /// Integer registers a direct call passes its first integer parameters in (see the
    /// compiler's `RegisterParams`): allocatable ones. Some are system argument registers
    /// too, which is safe because a builtin or listener call stores (and forgets) every
    /// local held in a register before it loads its own arguments.
    const PARAM_INT_REGS: [Reg; 4];
    /// Float registers a direct call passes its first float parameters in.
    const PARAM_FLOAT_REGS: [Reg; 4];
}

/// Payloads of [`MacroAssembler::call_preserving`] are below this: the word the caller
/// passes holds the builtin's number above them (see [`preserving_word`]).
pub const PRESERVING_PAYLOAD_LIMIT: u32 = 1 << 24;

/// The one word a preserving call passes besides its register: `builtin` in the top 8
/// bits, `payload` in the low 24 (the trampoline splits them).
pub fn preserving_word(builtin: u32, payload: u32) -> u32 {
    assert!(builtin < 256 && payload < PRESERVING_PAYLOAD_LIMIT, "preserving call {builtin}/{payload} out of range");
    builtin << 24 | payload
}

/// The instructions the compiler needs, one method per kind of operation.
///
/// `dst` registers of two-address operations are also the left operand.
pub trait MacroAssembler: VectorAssembler + AtomicAssembler {
    /// The register conventions of this ISA.
    type Abi: Abi;

    /// Largest function (bytes of code) whose branches to labels all reach with the short
    /// encodings; a larger one must be assembled again after [`MacroAssembler::set_far_branches`].
    const NEAR_CODE_RANGE: u32 = u32::MAX;
    /// Largest code image in which every direct call reaches every function (and the
    /// largest function whose branches reach everywhere in it).
    const MAX_CALL_DISTANCE: usize;

    /// A fresh assembler that may use the extensions in `features`. After
    /// [`MacroAssembler::finish`] it assembles the next function, keeping its allocations.
    fn new(layout: VmctxLayout, features: CpuFeatures) -> Self;

    /// Make room for about `bytes` of code at once, so the buffer does not grow (and copy
    /// itself) step by step.
    fn reserve_code(&mut self, bytes: usize);

    /// Typical machine-code bytes per byte of Wasm function body (measured on large
    /// modules), to size [`MacroAssembler::reserve_code`].
    const CODE_BYTES_PER_BODY_BYTE: usize;
    /// Emit every branch to a label so it reaches anywhere in the function (slower code,
    /// for functions larger than [`MacroAssembler::NEAR_CODE_RANGE`]).
    fn set_far_branches(&mut self) {}
    /// Current code offset.
    fn offset(&self) -> u32;
    /// Create an unbound label.
    fn new_label(&mut self) -> Label;
    /// Bind `label` to the current offset.
    fn bind(&mut self, label: Label);
    /// Per-function trap stub for `code` (created on first use, emitted at `finish`).
    fn trap_label(&mut self, code: TrapCode) -> Label;
    /// Record that the call just emitted (its return address is the current offset) is
    /// covered by the exception landing pad at offset `landing` of this function.
    fn note_handler(&mut self, landing: u32);
    /// Finish the function: emit trap stubs, patch the frame size, resolve labels, and
    /// hand over the code buffer (its capacity may exceed the code). The assembler is then
    /// empty and ready for another function (also after an error).
    fn finish(&mut self, frame_size: u32) -> Result<CompiledCode, String>;

    /// Function entry: save the caller's frame pointer, set up the frame (size patched in
    /// `finish`), store the vmctx at `[fp + VMCTX_FRAME_SLOT]`, and trap when the stack pointer falls
    /// below the limit held at `stack_limit_offset` in the entry's thread-state block.
    fn prologue(&mut self, stack_limit_offset: i32);
    /// Zero each run `(start, len)` of the frame: `len` bytes from `Frame(start)` (both
    /// multiples of 8). Emitted right after the prologue, when no register is live.
    fn zero_frame(&mut self, runs: &[(i32, u32)]);
    /// Tear down the frame and return to the caller.
    fn epilogue(&mut self);
    /// Tear down the frame and jump to the code address in `target`: a tail call that
    /// leaves this function's incoming arguments where they are for the target.
    fn epilogue_jump(&mut self, target: Reg);

    /// `dst = src` (register classes may differ only via [`MacroAssembler::reinterpret`]).
    fn mov(&mut self, size: OperandSize, dst: Reg, src: Operand);
    /// `*addr = src` for a register or constant source.
    fn store(&mut self, size: OperandSize, addr: Address, src: Operand);
    /// Load the effective address `addr` into `dst`.
    fn lea(&mut self, dst: Reg, addr: Address);

    /// `dst = dst op rhs`.
    fn int_binop(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, rhs: Operand);
    /// `dst = lhs op rhs`, `lhs` a register that keeps its value unless it is `dst` (a
    /// loop home, a local read again soon), `rhs` never `dst`. By default a copy into
    /// `dst`, then [`MacroAssembler::int_binop`]; an ISA with a three-operand form (aarch64's
    /// every operation, x86-64's `lea` and `imul` by a constant) overrides it.
    fn int_binop_from(&mut self, op: IntBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand) {
        if lhs != dst {
            self.mov(size, dst, Operand::Reg(lhs));
        }
        self.int_binop(op, size, dst, rhs)
    }
    /// `dst = dst shift rhs`.
    fn shift(&mut self, op: ShiftKind, size: OperandSize, dst: Reg, rhs: Operand);
    /// `dst = src shift amount` (the amount taken modulo the width), `src` a register
    /// (`dst` itself, or one that must keep its value) or memory. By default a copy into
    /// `dst`, then [`MacroAssembler::shift`]; an ISA with a three-operand form overrides it.
    fn shift_imm_from(&mut self, op: ShiftKind, size: OperandSize, dst: Reg, src: Operand, amount: u32) {
        if src != Operand::Reg(dst) {
            self.mov(size, dst, src);
        }
        self.shift(op, size, dst, Operand::Imm(Imm::I32(amount as i32)));
    }
    /// `dst = dst div rhs` with Wasm's traps.
    fn int_div(&mut self, op: DivKind, size: OperandSize, dst: Reg, rhs: Reg);
    /// `dst = op dst`.
    fn int_unop(&mut self, op: IntUnOp, size: OperandSize, dst: Reg);
    /// `dst = extend(dst)`.
    fn extend(&mut self, kind: ExtendKind, dst: Reg);
    /// `dst = cmp(lhs, rhs) ? 1 : 0` (integer `dst`, 32-bit result).
    fn cmp_set(&mut self, cmp: Cmp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand);
    /// Jump to `target` when `cmp(lhs, rhs)` holds or fails, as `when` says.
    fn cmp_branch(&mut self, cmp: Cmp, size: OperandSize, lhs: Reg, rhs: Operand, target: Label, when: JumpWhen);
    /// Jump to `target` when `value` is zero or not, as `when` says (a constant `value`
    /// gives an unconditional jump or nothing).
    fn test_branch(&mut self, size: OperandSize, value: Operand, target: Label, when: BranchIf);
    /// `dst = cond != 0 ? dst : alt` (`cond` is an i32 operand; `dst`/`alt` of any class).
    fn select(&mut self, size: OperandSize, dst: Reg, alt: Operand, cond: Operand);
    /// `dst = test ? dst : alt`: a `select` on a comparison (`dst`/`alt` of any class and
    /// width `size`). A conditional move where the ISA has one for the pair, so that an
    /// unpredictable condition costs no misprediction.
    fn cmp_select(&mut self, test: Comparison, size: OperandSize, dst: Reg, alt: Operand);
    /// [`Self::cmp_select`] as a compare-and-branch around a move: for the pairs an ISA
    /// has no conditional move for.
    fn cmp_select_by_branch(&mut self, test: Comparison, size: OperandSize, dst: Reg, alt: Operand) {
        let skip = self.new_label();
        self.cmp_branch(test.cmp, test.size, test.lhs, test.rhs, skip, JumpWhen::True);
        self.mov(size, dst, alt);
        self.bind(skip);
    }

    /// `dst = dst op rhs` on floats.
    fn float_binop(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, rhs: Reg);
    /// `dst = lhs op rhs` on floats, `lhs` a register that keeps its value unless it is
    /// `dst`, `rhs` never `dst`: a register, or for add, sub, mul and div also memory or a
    /// constant. One instruction where the ISA has a three-operand form (aarch64; x86-64
    /// with AVX), else a copy into `dst` first.
    fn float_binop_from(&mut self, op: FloatBinOp, size: OperandSize, dst: Reg, lhs: Reg, rhs: Operand);
    /// `dst = op dst` on floats.
    fn float_unop(&mut self, op: FloatUnOp, size: OperandSize, dst: Reg);
    /// Integer to float conversion (`dst` float, `src` int).
    fn int_to_float(&mut self, dst: Reg, dst_size: OperandSize, src: Reg, src_size: OperandSize, from: Signedness);
    /// Float to integer conversion; NaN and out-of-range values trap or saturate per `overflow`.
    fn float_to_int(
        &mut self,
        dst: Reg,
        dst_size: OperandSize,
        src: Reg,
        src_size: OperandSize,
        to: Signedness,
        overflow: OnOverflow,
    );
    /// f32 <-> f64 (`dst_size` is the result width).
    fn float_convert(&mut self, dst: Reg, dst_size: OperandSize, src: Reg);
    /// Move bits between register classes unchanged.
    fn reinterpret(&mut self, size: OperandSize, dst: Reg, src: Reg);

    /// Load from linear memory 0 (base in the pinned heap register, guard pages catch overflow).
    fn heap_load(&mut self, access: HeapAccess, dst: Reg, index: HeapIndex, offset: u32);
    /// Store to linear memory 0.
    fn heap_store(&mut self, access: HeapAccess, index: HeapIndex, offset: u32, src: Operand);
    /// Load what `access` describes from `addr` (outside linear memory: a GC object's
    /// field) into `dst`, a narrow value extended as `access` says.
    fn load_sized(&mut self, access: HeapAccess, dst: Reg, addr: Address);
    /// Store the low `access.bytes` of `src` (of `access.class`) to `addr`.
    fn store_sized(&mut self, access: HeapAccess, addr: Address, src: Reg);

    /// Unconditional jump.
    fn jump(&mut self, target: Label);
    /// Jump to `targets[index]`, or `default` when `index >= targets.len()`.
    fn jump_table(&mut self, index: Reg, targets: &[Label], default: Label);
    /// Direct call to a function of the same module (patched by the linker).
    fn call_direct(&mut self, callee: u32);
    /// Patch the call field at `field` in a linked image to reach image offset `target`.
    fn patch_call(image: &mut [u8], field: usize, target: i64);
    /// Overwrite `image[range]` (whole instructions) with no-ops, as few as the ISA allows.
    fn patch_nops(image: &mut [u8], range: std::ops::Range<usize>);
    /// Call the code address held in `target`.
    fn call_reg(&mut self, target: Reg);
    /// Load the address of `label` (in this function's code) into `dst`.
    fn lea_label(&mut self, dst: Reg, label: Label);
    /// Jump to the code address held in `target` as a call that returns to the address in
    /// `ret` (a tail-return stub, see [`tail_return`]) instead of the next instruction.
    fn call_returning_to(&mut self, target: Reg, ret: Reg);
    /// Call the register-preserving trampoline (`emit_preserving_trampoline`) whose address
    /// is at `target`, to run builtin number `builtin` with `arg` and `payload` (below
    /// [`PRESERVING_PAYLOAD_LIMIT`]). Every register keeps its value (but the assembler's
    /// scratch registers and the flags), so compiled code can make a rare runtime call in
    /// the middle of an operation without spilling its value stack.
    fn call_preserving(&mut self, target: Address, builtin: u32, arg: Reg, payload: u32);
    /// Jump to the trap stub for `code`.
    fn trap(&mut self, code: TrapCode);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A function with a prologue, a forward branch, a trap stub and a direct call.
    fn assemble<M: MacroAssembler>(masm: &mut M, callee: u32) -> CompiledCode {
        masm.prologue(0);
        let done = masm.new_label();
        let reg = M::Abi::INT_REGS[0];
        masm.test_branch(OperandSize::S32, Operand::Reg(reg), done, BranchIf::NonZero);
        masm.trap(TrapCode::Unreachable);
        masm.bind(done);
        masm.call_direct(callee);
        masm.finish(32).expect("assembles")
    }

    /// An assembler gives the same code for a function whatever it assembled before.
    fn reuse_is_clean<M: MacroAssembler>() {
        let layout = VmctxLayout { entry_sp: 8, trap_recorder: 16 };
        let fresh = assemble(&mut M::new(layout, CpuFeatures::host()), 7);
        let mut reused = M::new(layout, CpuFeatures::host());
        reused.set_far_branches();
        assemble(&mut reused, 3);
        let again = assemble(&mut reused, 7);
        assert_eq!(again.code, fresh.code);
        assert_eq!(
            again.relocs.iter().map(|r| (r.offset, r.callee)).collect::<Vec<_>>(),
            vec![(fresh.relocs[0].offset, 7)]
        );
    }

    #[test]
    fn finished_assemblers_start_clean() {
        reuse_is_clean::<x64::X64Masm>();
        reuse_is_clean::<aarch64::Aarch64Masm>();
    }
}

/// A 128-bit value reached a scalar operation: a compiler bug (see [`OperandSize`]).
#[cold]
#[inline(never)]
pub(crate) fn scalar_only() -> ! {
    panic!("a 128-bit value reached a scalar operation")
}
