//! Host <-> wasm transitions for x86-64 (System V ABI on the host side).

use dynasmrt::{dynasm, x64::X64Relocation, DynasmApi, DynasmLabelApi, VecAssembler};

/// Offsets into the vmctx header that the trampolines use.
#[derive(Clone, Copy, Debug)]
pub struct TrampolineOffsets {
    /// Offset in the thread-state block of the stack pointer saved by the entry (its top
    /// word is the trap landing).
    pub entry_sp: i32,
    /// Base of linear memory 0.
    pub heap_base: i32,
    /// Host function pointer in a host-function context.
    pub host_fn: i32,
}

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
        ; mov r14, rdi
        ; mov r13, r9
        ; lea rax, [->landing]
        ; push rax                         // [rbp-72] landing address = entry_sp
        ; mov [r13 + entry_sp], rsp
        ; mov r15, [r14 + heap]
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
/// callee-saved in the system ABI, still holds the entry's thread state).
pub fn emit_host_trampoline(off: TrampolineOffsets) -> Vec<u8> {
    let mut ops: VecAssembler<X64Relocation> = VecAssembler::new(0);
    let entry_sp = off.entry_sp;
    let host_fn = off.host_fn;
    dynasm!(ops
        ; .arch x64
        ; push rbp
        ; mov rbp, rsp
        ; sub rsp, 16
        ; mov rdi, r14
        ; mov rsi, rax
        ; lea rdx, [rbp + 16]
        ; mov rcx, rsp
        ; call QWORD [r14 + host_fn]
        ; test eax, eax
        ; jnz ->trap
        ; mov rax, [rsp]
        ; movq xmm0, rax
        ; mov rsp, rbp
        ; pop rbp
        ; ret
        ; ->trap:
        ; mov rsp, [r13 + entry_sp]
        ; ret
    );
    ops.finalize().expect("host trampoline assembles")
}
