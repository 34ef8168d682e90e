//! Host <-> wasm transitions for x86-64 (System V ABI on the host side).

use super::X64Abi;
use crate::{Abi, TrampolineOffsets, UnwindOffsets};
use dynasmrt::{dynasm, x64::X64Relocation, DynasmApi, DynasmLabelApi, VecAssembler};

/// The pinned registers (see [`X64Abi`]); the entry trampoline saves r12-r15 and rbx, the
/// registers callee-saved in the System V ABI, which include all three.
const VMCTX: u8 = X64Abi::VMCTX.hw;
const HEAP: u8 = X64Abi::HEAP_BASE.hw;
const THREAD: u8 = X64Abi::THREAD_STATE.hw;

/// Entry trampoline, callable from Rust as
/// `extern "C" fn(vmctx, code, args: *mut u64, nargs: usize, results: *mut u64, thread: *mut
/// VMThreadState) -> u32`.
///
/// It saves the callee-saved registers, pins `thread` (this entry's own thread-state block,
/// holding the stack limit) in r13 and records its trap landing there, copies the `nargs` argument words to the stack
/// as the wasm ABI expects, calls `code`, copies the same words back into `args` (a callee
/// with several results leaves them there; callers pass `max(params, results)` words), and
/// stores the integer and float result registers in `results[0]` and `results[1]`. It
/// returns 0, or the trap code when the callee trapped.
pub fn emit_entry_trampoline(off: TrampolineOffsets) -> Vec<u8> {
    let mut ops: VecAssembler<X64Relocation> = VecAssembler::new(0);
    let entry_sp = off.entry_sp;
    let heap = off.heap_base;
    dynasm!(ops
        ; .arch x64
        ; push rbp
        ; mov rbp, rsp
        ; push rbx
        ; push r12
        ; push r13
        ; push r14
        ; push r15
        ; push r8                          // [rbp-48] results
        ; push rdx                         // [rbp-56] args
        ; push rcx                         // [rbp-64] nargs
        ; mov Rq(VMCTX), rdi
        ; mov Rq(THREAD), r9
        ; lea rax, [->landing]
        ; push rax                         // [rbp-72] landing address = entry_sp
        ; mov [Rq(THREAD) + entry_sp], rsp
        ; mov Rq(HEAP), [Rq(VMCTX) + heap]
        ; sub rsp, 8
        ; lea rax, [rcx * 8 + 15]
        ; and rax, -16
        ; sub rsp, rax
        ; xor eax, eax
        ; ->copy:
        ; cmp rax, rcx
        ; jae ->copied
        ; mov r9, [rdx + rax * 8]
        ; mov [rsp + rax * 8], r9
        ; inc rax
        ; jmp ->copy
        ; ->copied:
        ; call rsi
        ; mov rdx, [rbp - 56]
        ; mov rcx, [rbp - 64]
        ; xor r8d, r8d
        ; ->back:
        ; cmp r8, rcx
        ; jae ->done
        ; mov r9, [rsp + r8 * 8]
        ; mov [rdx + r8 * 8], r9
        ; inc r8
        ; jmp ->back
        ; ->done:
        ; mov rcx, [rbp - 48]
        ; mov [rcx], rax
        ; movq [rcx + 8], xmm0
        ; xor eax, eax
        ; jmp ->restore
        ; ->landing:                       // rsp = rbp - 64 here, rbp is unknown
        ; lea rbp, [rsp + 64]
        ; ->restore:
        ; lea rsp, [rbp - 40]
        ; pop r15
        ; pop r14
        ; pop r13
        ; pop r12
        ; pop rbx
        ; pop rbp
        ; ret
    );
    ops.finalize().expect("entry trampoline assembles")
}

/// Host-call trampoline: wasm code calls it like any wasm function, with the host-function
/// context in the vmctx register and the caller's vmctx in rax. It calls
/// `extern "C" fn(ctx, caller_vmctx, args: *const u64, results: *mut u64) -> u32` stored at
/// `ctx + host_fn`; a non-zero return is a trap code and unwinds to the entry landing (r13,
/// callee-saved in the system ABI, still holds the entry's thread state), except
/// `throw_code`, which throws the exception left in the first result word.
pub fn emit_host_trampoline(off: TrampolineOffsets) -> Vec<u8> {
    let mut ops: VecAssembler<X64Relocation> = VecAssembler::new(0);
    let entry_sp = off.entry_sp;
    let host_fn = off.host_fn;
    dynasm!(ops
        ; .arch x64
        ; push rbp
        ; mov rbp, rsp
        ; sub rsp, 16
        ; mov rdi, Rq(VMCTX)
        ; mov rsi, rax
    );
    if let Some(safepoint) = off.safepoint {
        // This frame's record (the calling wasm frame, the call's return address), for a
        // garbage collection the host function may run (cleared once it returns).
        dynasm!(ops; .arch x64; mov [Rq(THREAD) + safepoint], rbp);
    }
    dynasm!(ops
        ; .arch x64
        ; lea rdx, [rbp + 16]
        ; mov rcx, rsp
        ; call QWORD [Rq(VMCTX) + host_fn]
    );
    if let Some(safepoint) = off.safepoint {
        dynasm!(ops; .arch x64; mov QWORD [Rq(THREAD) + safepoint], 0);
    }
    dynasm!(ops
        ; .arch x64
        ; test eax, eax
        ; jnz ->trap
        ; mov rax, [rsp]
        ; movq xmm0, rax
        ; mov rsp, rbp
        ; pop rbp
        ; ret
        ; ->trap:
        ; cmp eax, off.throw_code as i32
        ; jne ->end_entry
        // Throw the exception in the first result word from the call site: with this
        // frame gone, the unwind stub sees what a wasm callee's call would leave.
        ; mov rax, [rsp]
        ; mov rsp, rbp
        ; pop rbp
        ; jmp QWORD [Rq(THREAD) + off.unwind_stub]
        ; ->end_entry:
        ; mov rsp, [Rq(THREAD) + entry_sp]
        ; ret
    );
    ops.finalize().expect("host trampoline assembles")
}

/// Register-preserving trampoline for a runtime call made in the middle of wasm code,
/// where the value stack still lives in registers (see
/// [`crate::MacroAssembler::call_preserving`]). The caller pushed a register argument and
/// then a word (a builtin's number and a payload, [`crate::preserving_word`]), and called
/// this through a vmctx word; it saves every register the System V ABI lets a callee
/// clobber (rax, rcx, rdx, rsi, rdi, r8–r11, xmm0–xmm15 in full), calls
/// `extern "C" fn(vmctx, payload: u32, arg: u64, caller_sp: *const u64)` at
/// `builtins[number]` (`builtins`: the table whose address is at `vmctx + builtins`;
/// `caller_sp`: the caller's stack pointer before its pushes, where its outgoing call
/// arguments are), restores them and returns. The caller pops the two argument words.
pub fn emit_preserving_trampoline(builtins: i32) -> Vec<u8> {
    let mut ops: VecAssembler<X64Relocation> = VecAssembler::new(0);
    // 9 pushes + 256 bytes of vector registers: the stack is 16-byte aligned at the call
    // (it was at the caller's call instruction, then 8 for the return address + 72 + 256).
    const SAVED: i32 = 9 * 8 + 256;
    dynasm!(ops
        ; .arch x64
        ; push rax
        ; push rcx
        ; push rdx
        ; push rsi
        ; push rdi
        ; push r8
        ; push r9
        ; push r10
        ; push r11
        ; sub rsp, 256
    );
    for i in 0..16u8 {
        dynasm!(ops; .arch x64; movdqu [rsp + 16 * i as i32], Rx(i));
    }
    dynasm!(ops
        ; .arch x64
        ; mov rdi, Rq(VMCTX)
        ; mov esi, [rsp + SAVED + 8]
        ; mov eax, esi
        ; shr eax, 24
        ; and esi, 0x00ff_ffff
        ; mov rdx, [rsp + SAVED + 16]
        ; lea rcx, [rsp + SAVED + 24]
        ; mov r8, [Rq(VMCTX) + builtins]
        ; call QWORD [r8 + rax * 8]
    );
    for i in 0..16u8 {
        dynasm!(ops; .arch x64; movdqu Rx(i), [rsp + 16 * i as i32]);
    }
    dynasm!(ops
        ; .arch x64
        ; add rsp, 256
        ; pop r11
        ; pop r10
        ; pop r9
        ; pop r8
        ; pop rdi
        ; pop rsi
        ; pop rdx
        ; pop rcx
        ; pop rax
        ; ret
    );
    ops.finalize().expect("preserving trampoline assembles")
}

/// Unwind trampoline: compiled code calls it like a wasm function to throw the exception in
/// rax (the return address is the throwing call site, rbp its frame). It calls the
/// unwinder with (thread state, rbp, return address, exception); on 0 it resumes at the
/// landing pad the unwinder chose (rsp, rbp and rip from the thread state, the exception in
/// rax), else it ends the entry like a trap with the returned code.
pub fn emit_unwind_trampoline(off: UnwindOffsets) -> Vec<u8> {
    let mut ops: VecAssembler<X64Relocation> = VecAssembler::new(0);
    dynasm!(ops
        ; .arch x64
        ; mov rdi, Rq(THREAD)
        ; mov rsi, rbp
        ; mov rdx, [rsp]
        ; mov rcx, rax
        ; sub rsp, 8
        ; mov rax, QWORD off.unwind as i64
        ; call rax
        ; test eax, eax
        ; jnz ->uncaught
        ; mov rsp, [Rq(THREAD) + off.resume_sp]
        ; mov rbp, [Rq(THREAD) + off.resume_fp]
        ; mov rax, [Rq(THREAD) + off.resume_exn]
        ; jmp QWORD [Rq(THREAD) + off.resume_pc]
        ; ->uncaught:
        ; mov rsp, [Rq(THREAD) + off.entry_sp]
        ; ret
    );
    ops.finalize().expect("unwind trampoline assembles")
}

/// The tail-return stubs (see [`crate::tail_return`]), to be placed at
/// `tail_return::OFFSET` after the register-preserving trampoline. Slot `k` holds its
/// class's area size, then `mov rcx, [rsp + size]` (the [`crate::tail_return::Info`] word
/// above the area) and a jump to the shared part, which runs with rsp at the area (the
/// callee has returned), rbp the frame that made the tail call, and the results in rax or
/// xmm0 or the area. It moves them where that frame's caller expects them (rbp + 16 or a
/// return register), then tears the frame down and returns for it.
pub fn emit_tail_returns() -> Vec<u8> {
    use crate::tail_return as tr;
    let mut ops: VecAssembler<X64Relocation> = VecAssembler::new(0);
    let common = ops.new_dynamic_label();
    tr::emit_slots(&mut ops, &[0xCC], |ops, size| {
        dynasm!(ops
            ; .arch x64
            ; mov rcx, [rsp + size as i32]
            ; jmp =>common
        );
    });
    let [one_in_memory, many, copy, next, done, float_store, float_load] =
        std::array::from_fn(|_| ops.new_dynamic_label());
    dynasm!(ops
        ; .arch x64
        ; =>common
        ; mov edx, ecx
        ; and edx, tr::COUNT_MASK as i32
        ; cmp edx, 1
        ; jne =>many
        // One result: in a register unless its layout is wide.
        ; bt ecx, 16
        ; jc =>one_in_memory
        ; bt ecx, 17
        ; jnc =>done
        ; bt ecx, 18
        ; jc =>float_store
        ; mov [rbp + 16], rax
        ; jmp =>done
        ; =>float_store
        ; movq [rbp + 16], xmm0
        ; jmp =>done
        ; =>one_in_memory
        ; bt ecx, 17
        ; jc =>many
        ; bt ecx, 18
        ; jc =>float_load
        ; mov rax, [rsp]
        ; jmp =>done
        ; =>float_load
        ; movq xmm0, [rsp]
        ; jmp =>done
        // Results in memory on both sides: `count` values at each side's stride, 16 bytes
        // each when both are wide (a v128 may be among them), else 8.
        ; =>many
        ; mov rsi, rsp
        ; lea rdi, [rbp + 16]
        ; mov r8d, 8
        ; mov r9d, 8
        ; bt ecx, 16
        ; jnc >src_narrow
        ; mov r8d, 16
        ; src_narrow:
        ; bt ecx, 17
        ; jnc >dst_narrow
        ; mov r9d, 16
        ; dst_narrow:
        ; test edx, edx
        ; jz =>done
        ; =>copy
        ; mov r10, [rsi]
        ; mov [rdi], r10
        ; lea r10d, [r8 + r9]
        ; cmp r10d, 32
        ; jne =>next
        ; mov r10, [rsi + 8]
        ; mov [rdi + 8], r10
        ; =>next
        ; add rsi, r8
        ; add rdi, r9
        ; sub edx, 1
        ; jnz =>copy
        ; =>done
        ; mov rsp, rbp
        ; pop rbp
        ; ret
    );
    ops.finalize().expect("tail-return stubs assemble")
}
