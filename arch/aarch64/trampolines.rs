//! Host <-> wasm transitions for aarch64 (AAPCS64 on the host side).

use super::Aarch64Abi;
use crate::{Abi, TrampolineOffsets, UnwindOffsets};
use dynasmrt::{aarch64::Aarch64Relocation, dynasm, DynasmApi, DynasmLabelApi, VecAssembler};

/// The pinned registers and the caller's-vmctx register (see [`Aarch64Abi`]); the entry
/// trampoline saves x19-x30, the registers callee-saved in AAPCS64, which include the
/// pinned three.
const VMCTX: u8 = Aarch64Abi::VMCTX.hw;
const HEAP: u8 = Aarch64Abi::HEAP_BASE.hw;
const THREAD: u8 = Aarch64Abi::THREAD_STATE.hw;
const CALLER_VMCTX: u8 = Aarch64Abi::CALLER_VMCTX.hw;

/// Entry trampoline with the same contract as the x86-64 one:
/// `extern "C" fn(vmctx, code, args: *mut u64, nargs: usize, results: *mut u64, thread) -> u32`.
/// It saves x19–x30 and d8–d15, pins `thread` in x26 and records its landing in the
/// thread state's `entry_sp` (the landing
/// address is the word at `entry_sp`; a trap resumes there with `sp = entry_sp + 16`),
/// copies the argument words to the stack, calls, copies them back and stores x0/d0.
pub fn emit_entry_trampoline(off: TrampolineOffsets) -> Vec<u8> {
    let mut ops: VecAssembler<Aarch64Relocation> = VecAssembler::new(0);
    let entry_sp = off.entry_sp as u32;
    let heap = off.heap_base as u32;
    dynasm!(ops
        ; .arch aarch64
        ; stp x29, x30, [sp, -16]!
        ; mov x29, sp
        ; stp x19, x20, [sp, -16]!
        ; stp x21, x22, [sp, -16]!
        ; stp x23, x24, [sp, -16]!
        ; stp x25, x26, [sp, -16]!
        ; stp x27, x28, [sp, -16]!
        ; stp d8, d9, [sp, -16]!
        ; stp d10, d11, [sp, -16]!
        ; stp d12, d13, [sp, -16]!
        ; stp d14, d15, [sp, -16]!         // sp = fp - 144
        ; stp x4, x2, [sp, -16]!           // [fp-160] results, [fp-152] args
        ; stp x3, x0, [sp, -16]!           // [fp-176] nargs, [fp-168] entry vmctx
        ; mov X(VMCTX), x0
        ; mov X(THREAD), x5
        ; adr x10, ->landing
        ; stp x10, xzr, [sp, -16]!         // [fp-192] landing = entry_sp
        ; mov x9, sp
        ; str x9, [X(THREAD), entry_sp]
        ; ldr X(HEAP), [X(VMCTX), heap]
        ; lsl x9, x3, 3
        ; add x9, x9, 15
        ; and x9, x9, 0xfffffffffffffff0
        ; sub sp, sp, x9
        ; mov x10, 0
        ; ->copy:
        ; cmp x10, x3
        ; b.hs ->copied
        ; ldr x11, [x2, x10, lsl 3]
        ; str x11, [sp, x10, lsl 3]
        ; add x10, x10, 1
        ; b ->copy
        ; ->copied:
        ; blr x1
        ; ldur x3, [x29, -176]
        ; ldur x2, [x29, -152]
        ; mov x10, 0
        ; ->back:
        ; cmp x10, x3
        ; b.hs ->done
        ; ldr x11, [sp, x10, lsl 3]
        ; str x11, [x2, x10, lsl 3]
        ; add x10, x10, 1
        ; b ->back
        ; ->done:
        ; ldur x4, [x29, -160]
        ; str x0, [x4]
        ; str d0, [x4, 8]
        ; mov w0, 0
        ; b ->restore
        ; ->landing:                        // sp = fp - 176 here, x29 is unknown
        ; add x29, sp, 176
        ; ->restore:
        ; sub sp, x29, 144
        ; ldp d14, d15, [sp], 16
        ; ldp d12, d13, [sp], 16
        ; ldp d10, d11, [sp], 16
        ; ldp d8, d9, [sp], 16
        ; ldp x27, x28, [sp], 16
        ; ldp x25, x26, [sp], 16
        ; ldp x23, x24, [sp], 16
        ; ldp x21, x22, [sp], 16
        ; ldp x19, x20, [sp], 16
        ; ldp x29, x30, [sp], 16
        ; ret
    );
    ops.finalize().expect("entry trampoline assembles")
}

/// Host-call trampoline: called like a wasm function with the host-function context in
/// x28 and the caller's vmctx in x15; calls
/// `extern "C" fn(ctx, caller_vmctx, args, results) -> u32` at `ctx + host_fn`.
pub fn emit_host_trampoline(off: TrampolineOffsets) -> Vec<u8> {
    let mut ops: VecAssembler<Aarch64Relocation> = VecAssembler::new(0);
    let entry_sp = off.entry_sp as u32;
    let host_fn = off.host_fn as u32;
    let (unwind_stub, throw_code) = (off.unwind_stub as u32, off.throw_code);
    dynasm!(ops
        ; .arch aarch64
        ; stp x29, x30, [sp, -16]!
        ; mov x29, sp
        ; sub sp, sp, 16
        ; mov x0, X(VMCTX)
        ; mov x1, X(CALLER_VMCTX)
    );
    if let Some(safepoint) = off.safepoint {
        // This frame's record (the calling wasm frame, the call's return address), for a
        // garbage collection the host function may run (cleared once it returns).
        let safepoint = safepoint as u32;
        dynasm!(ops; .arch aarch64; str x29, [X(THREAD), safepoint]);
    }
    dynasm!(ops
        ; .arch aarch64
        ; add x2, x29, 16
        ; mov x3, sp
        ; ldr x9, [X(VMCTX), host_fn]
        ; blr x9
    );
    if let Some(safepoint) = off.safepoint {
        let safepoint = safepoint as u32;
        dynasm!(ops; .arch aarch64; str xzr, [X(THREAD), safepoint]);
    }
    dynasm!(ops
        ; .arch aarch64
        ; cbnz w0, ->trap
        ; ldr x0, [sp]
        ; ldr d0, [sp]
        ; mov sp, x29
        ; ldp x29, x30, [sp], 16
        ; ret
        ; ->trap:
        ; cmp w0, throw_code
        ; b.ne ->end_entry
        // Throw the exception in the first result word from the call site (as the x86-64
        // trampoline does).
        ; ldr x0, [sp]
        ; mov sp, x29
        ; ldp x29, x30, [sp], 16
        ; ldr x16, [X(THREAD), unwind_stub]
        ; br x16
        ; ->end_entry:
        ; ldr x16, [X(THREAD), entry_sp]
        ; ldr x17, [x16]
        ; add sp, x16, 16
        ; br x17
    );
    ops.finalize().expect("host trampoline assembles")
}

/// Register-preserving trampoline with the same contract as the x86-64 one (see
/// [`crate::MacroAssembler::call_preserving`]): the caller stored its register argument
/// at `[sp]` and the word (builtin number and payload) at `[sp + 8]` and called this with
/// `blr`. It saves every register AAPCS64 lets a callee clobber (x0–x17, the link
/// register, q0–q31 in full), calls `extern "C" fn(vmctx, payload: u32, arg: u64,
/// caller_sp: *const u64)` at `builtins[number]` (`caller_sp`: the caller's stack pointer
/// before it stored the two words), restores them and returns; the caller pops its two
/// words.
pub fn emit_preserving_trampoline(builtins: i32) -> Vec<u8> {
    let mut ops: VecAssembler<Aarch64Relocation> = VecAssembler::new(0);
    let builtins = builtins as u32;
    dynasm!(ops
        ; .arch aarch64
        ; stp x29, x30, [sp, -16]!
        ; mov x29, sp
    );
    for pair in 0..9u8 {
        dynasm!(ops; .arch aarch64; stp X(2 * pair), X(2 * pair + 1), [sp, -16]!);
    }
    for pair in 0..16u8 {
        dynasm!(ops; .arch aarch64; stp Q(2 * pair), Q(2 * pair + 1), [sp, -32]!);
    }
    dynasm!(ops
        ; .arch aarch64
        ; mov x0, X(VMCTX)
        ; ldr w1, [x29, 24]
        ; lsr w10, w1, 24
        ; and w1, w1, 0x00ff_ffff
        ; ldr x2, [x29, 16]
        ; add x3, x29, 32
        ; ldr x9, [X(VMCTX), builtins]
        ; ldr x9, [x9, x10, lsl 3]
        ; blr x9
    );
    for pair in (0..16u8).rev() {
        dynasm!(ops; .arch aarch64; ldp Q(2 * pair), Q(2 * pair + 1), [sp], 32);
    }
    for pair in (0..9u8).rev() {
        dynasm!(ops; .arch aarch64; ldp X(2 * pair), X(2 * pair + 1), [sp], 16);
    }
    dynasm!(ops
        ; .arch aarch64
        ; ldp x29, x30, [sp], 16
        ; ret
    );
    ops.finalize().expect("preserving trampoline assembles")
}

/// Unwind trampoline with the same contract as the x86-64 one: called with `blr` to throw
/// the exception in x0 (x30 is the throwing call site, x29 its frame); resumes at the
/// landing pad the unwinder chose (sp, x29 and the code address from the thread state, the
/// exception in x0) or ends the entry like a trap.
pub fn emit_unwind_trampoline(off: UnwindOffsets) -> Vec<u8> {
    let mut ops: VecAssembler<Aarch64Relocation> = VecAssembler::new(0);
    let unwind = off.unwind as u64;
    let (entry_sp, resume_sp, resume_fp) = (off.entry_sp as u32, off.resume_sp as u32, off.resume_fp as u32);
    let (resume_pc, resume_exn) = (off.resume_pc as u32, off.resume_exn as u32);
    dynasm!(ops
        ; .arch aarch64
        ; mov x3, x0
        ; mov x0, X(THREAD)
        ; mov x1, x29
        ; mov x2, x30
        ; movz x16, (unwind & 0xffff) as u32
        ; movk x16, ((unwind >> 16) & 0xffff) as u32, lsl 16
        ; movk x16, ((unwind >> 32) & 0xffff) as u32, lsl 32
        ; movk x16, ((unwind >> 48) & 0xffff) as u32, lsl 48
        ; blr x16
        ; cbnz w0, ->uncaught
        ; ldr x16, [X(THREAD), resume_sp]
        ; mov sp, x16
        ; ldr x29, [X(THREAD), resume_fp]
        ; ldr x0, [X(THREAD), resume_exn]
        ; ldr x16, [X(THREAD), resume_pc]
        ; br x16
        ; ->uncaught:
        ; ldr x16, [X(THREAD), entry_sp]
        ; ldr x17, [x16]
        ; add sp, x16, 16
        ; br x17
    );
    ops.finalize().expect("unwind trampoline assembles")
}

/// The tail-return stubs (see [`crate::tail_return`]), with the same contract as the
/// x86-64 ones: slot `k` holds its class's area size, then `ldr x9, [sp, size]` (the
/// [`crate::tail_return::Info`] word above the area) and a branch to the shared part, which
/// runs with sp at the area (the callee has returned), x29 the frame that made the tail
/// call, and the results in x0 or v0 or the area. It moves them where that frame's caller
/// expects them (x29 + 16 or a return register), then tears the frame down and returns for
/// it.
pub fn emit_tail_returns() -> Vec<u8> {
    use crate::tail_return as tr;
    let mut ops: VecAssembler<Aarch64Relocation> = VecAssembler::new(0);
    let common = ops.new_dynamic_label();
    tr::emit_slots(&mut ops, &0xD420_0000u32.to_le_bytes(), |ops, size| {
        dynasm!(ops
            ; .arch aarch64
            ; ldr x9, [sp, size]
            ; b =>common
        );
    });
    let [one_in_memory, many, copy, next, done, float_store, float_load] =
        std::array::from_fn(|_| ops.new_dynamic_label());
    dynasm!(ops
        ; .arch aarch64
        ; =>common
        ; and x10, x9, tr::COUNT_MASK
        ; cmp x10, 1
        ; b.ne =>many
        // One result: in a register unless its layout is wide.
        ; tbnz x9, 16, =>one_in_memory
        ; tbz x9, 17, =>done
        ; tbnz x9, 18, =>float_store
        ; str x0, [x29, 16]
        ; b =>done
        ; =>float_store
        ; str d0, [x29, 16]
        ; b =>done
        ; =>one_in_memory
        ; tbnz x9, 17, =>many
        ; tbnz x9, 18, =>float_load
        ; ldr x0, [sp]
        ; b =>done
        ; =>float_load
        ; ldr d0, [sp]
        ; b =>done
        // Results in memory on both sides: `count` values at each side's stride, 16 bytes
        // each when both are wide (a v128 may be among them), else 8.
        ; =>many
        ; mov x11, sp
        ; add x12, x29, 16
        ; ubfx x13, x9, 16, 1
        ; add x13, x13, 1
        ; lsl x13, x13, 3
        ; ubfx x14, x9, 17, 1
        ; add x14, x14, 1
        ; lsl x14, x14, 3
        ; cbz x10, =>done
        ; =>copy
        ; ldr x16, [x11]
        ; str x16, [x12]
        ; add x17, x13, x14
        ; cmp x17, 32
        ; b.ne =>next
        ; ldr x16, [x11, 8]
        ; str x16, [x12, 8]
        ; =>next
        ; add x11, x11, x13
        ; add x12, x12, x14
        ; subs x10, x10, 1
        ; b.ne =>copy
        ; =>done
        ; mov sp, x29
        ; ldp x29, x30, [sp], 16
        ; ret
    );
    ops.finalize().expect("tail-return stubs assemble")
}
