//! aarch64 backend.
//!
//! Register use inside wasm code:
//!
//! | register          | role                                                        |
//! |-------------------|-------------------------------------------------------------|
//! | x28               | vmctx (pinned; callee-saved in AAPCS64)                     |
//! | x27               | base of linear memory 0 (pinned; callee-saved)              |
//! | x26               | thread state of the current entry: stack limit and trap landing (pinned; callee-saved) |
//! | x29 / x30 / sp    | frame pointer / link register / stack pointer               |
//! | x16, x17          | assembler scratch (wide immediates, addresses)              |
//! | x15               | carries the caller's vmctx into imported and indirect calls, and a block's one integer result along a branch to its end |
//! | x18               | platform register, never touched                            |
//! | x0–x14, x19–x25   | allocatable integer registers (caller-saved in wasm code); x0 also holds integer results |
//! | v30, v31          | float scratch; v31 also carries a block's one float result along a branch to its end |
//! | v0–v29            | allocatable float registers; v0 also holds float results    |
//!
//! The frame layout is the same as on x86-64 (`[x29]` saved frame pointer, `[x29 + 8]`
//! return address, `[x29 + 16 + 8*i]` incoming argument i, `[x29 - 8]` vmctx, then locals
//! and home slots), so the arch-neutral compiler sees one ABI.

mod imm;
mod masm;
mod trampolines;

pub use imm::{arith_imm, logical_imm, scaled_offset, unscaled_offset};
pub use masm::Aarch64Masm;
pub use trampolines::{
    emit_entry_trampoline, emit_host_trampoline, emit_preserving_trampoline, emit_tail_returns, emit_unwind_trampoline,
};

use crate::{Abi, Reg};

const fn x(n: u8) -> Reg {
    Reg::int(n)
}
const fn v(n: u8) -> Reg {
    Reg::float(n)
}

/// Register conventions of the aarch64 backend (see the module docs).
#[derive(Debug)]
pub struct Aarch64Abi;

impl Abi for Aarch64Abi {
    const VMCTX: Reg = x(28);
    const HEAP_BASE: Reg = x(27);
    const THREAD_STATE: Reg = x(26);
    const INT_REGS: &'static [Reg] = &[
        x(0),
        x(1),
        x(2),
        x(3),
        x(4),
        x(5),
        x(6),
        x(7),
        x(8),
        x(9),
        x(10),
        x(11),
        x(12),
        x(13),
        x(14),
        x(19),
        x(20),
        x(21),
        x(22),
        x(23),
        x(24),
        x(25),
    ];
    const FLOAT_REGS: &'static [Reg] = &[
        v(0),
        v(1),
        v(2),
        v(3),
        v(4),
        v(5),
        v(6),
        v(7),
        v(8),
        v(9),
        v(10),
        v(11),
        v(12),
        v(13),
        v(14),
        v(15),
        v(16),
        v(17),
        v(18),
        v(19),
        v(20),
        v(21),
        v(22),
        v(23),
        v(24),
        v(25),
        v(26),
        v(27),
        v(28),
        v(29),
    ];
    const INT_RETURN: Reg = x(0);
    const FLOAT_RETURN: Reg = v(0);
    const SYS_INT_ARGS: &'static [Reg] = &[x(0), x(1), x(2), x(3), x(4), x(5), x(6), x(7)];
    const SYS_INT_RETURN: Reg = x(0);
    const CALLER_VMCTX: Reg = x(15);
    const MERGE_REGS: [Reg; 2] = [x(15), v(31)];
    const ARGS_OFFSET: i32 = 16;
    const ENTRY_ARGS_OFFSET: i32 = 0;
    const PARAM_INT_REGS: [Reg; 4] = [x(0), x(1), x(2), x(3)];
    const PARAM_FLOAT_REGS: [Reg; 4] = [v(0), v(1), v(2), v(3)];
}
