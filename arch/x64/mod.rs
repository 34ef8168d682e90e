//! x86-64 backend.
//!
//! Register use inside wasm code:
//!
//! | register        | role                                                        |
//! |-----------------|-------------------------------------------------------------|
//! | r14             | vmctx (pinned)                                              |
//! | r13             | thread state of the current entry: stack limit and trap landing (pinned) |
//! | r15             | base of linear memory 0 (pinned)                            |
//! | rbp / rsp       | frame pointer / stack pointer                               |
//! | rax, rcx, rdx   | assembler scratch (division, shift counts, wide immediates); rax also holds integer results, the caller's vmctx on calls into imports, and a block's one integer result along a branch to its end |
//! | xmm0, xmm15     | float scratch; xmm0 also holds float results and a block's one float result along a branch to its end |
//! | rbx rsi rdi r8–r12 | allocatable integer registers (caller-saved in wasm code) |
//! | xmm1–xmm14      | allocatable float registers                                 |
//!
//! Frame layout (addresses grow upwards):
//!
//! ```text
//!   [rbp + 16 + 8*i]  incoming argument i (written by the caller)
//!   [rbp + 8]         return address
//!   [rbp]             caller's rbp
//!   [rbp - 8]         vmctx of this function
//!   [rbp - 16 ...]    locals, then one home slot per value-stack depth
//!   [rsp + 8*i]       outgoing argument i of calls made by this function
//! ```
//! The frame size is a multiple of 16, so `rsp` is 16-byte aligned at every call.

mod encode;
mod masm;
mod trampolines;

pub use masm::X64Masm;
pub use trampolines::{
    emit_entry_trampoline, emit_host_trampoline, emit_preserving_trampoline, emit_tail_returns, emit_unwind_trampoline,
};

use crate::{Abi, Reg};

/// Register numbers (hardware encodings).
#[allow(missing_docs)]
pub mod regs {
    use crate::Reg;
    pub const RAX: Reg = Reg::int(0);
    pub const RCX: Reg = Reg::int(1);
    pub const RDX: Reg = Reg::int(2);
    pub const RBX: Reg = Reg::int(3);
    pub const RSP: Reg = Reg::int(4);
    pub const RBP: Reg = Reg::int(5);
    pub const RSI: Reg = Reg::int(6);
    pub const RDI: Reg = Reg::int(7);
    pub const R8: Reg = Reg::int(8);
    pub const R9: Reg = Reg::int(9);
    pub const R10: Reg = Reg::int(10);
    pub const R11: Reg = Reg::int(11);
    pub const R12: Reg = Reg::int(12);
    pub const R13: Reg = Reg::int(13);
    pub const R14: Reg = Reg::int(14);
    pub const R15: Reg = Reg::int(15);
    pub const fn xmm(n: u8) -> Reg {
        Reg::float(n)
    }
}

/// Register conventions of the x86-64 backend (see the module docs).
#[derive(Debug)]
pub struct X64Abi;

impl Abi for X64Abi {
    const VMCTX: Reg = regs::R14;
    const HEAP_BASE: Reg = regs::R15;
    const THREAD_STATE: Reg = regs::R13;
    const INT_REGS: &'static [Reg] =
        &[regs::RBX, regs::RSI, regs::RDI, regs::R8, regs::R9, regs::R10, regs::R11, regs::R12];
    const FLOAT_REGS: &'static [Reg] = &[
        regs::xmm(1),
        regs::xmm(2),
        regs::xmm(3),
        regs::xmm(4),
        regs::xmm(5),
        regs::xmm(6),
        regs::xmm(7),
        regs::xmm(8),
        regs::xmm(9),
        regs::xmm(10),
        regs::xmm(11),
        regs::xmm(12),
        regs::xmm(13),
        regs::xmm(14),
    ];
    const INT_RETURN: Reg = regs::RAX;
    const FLOAT_RETURN: Reg = regs::xmm(0);
    const SYS_INT_ARGS: &'static [Reg] = &[regs::RDI, regs::RSI, regs::RDX, regs::RCX, regs::R8, regs::R9];
    const SYS_INT_RETURN: Reg = regs::RAX;
    const CALLER_VMCTX: Reg = regs::RAX;
    const MERGE_REGS: [Reg; 2] = [regs::RAX, regs::xmm(0)];
    const ARGS_OFFSET: i32 = 16;
    const ENTRY_ARGS_OFFSET: i32 = 8;
    const PARAM_INT_REGS: [Reg; 4] = [regs::RSI, regs::RDI, regs::R8, regs::R9];
    const PARAM_FLOAT_REGS: [Reg; 4] = [regs::xmm(1), regs::xmm(2), regs::xmm(3), regs::xmm(4)];
}
