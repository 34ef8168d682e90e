//! Access to the interrupted machine state inside a signal handler, for the host ISA.
//!
//! The runtime's SIGSEGV/SIGBUS handler asks [`pc`] whether the fault happened in JIT code
//! and, if so, calls [`redirect_to_trap`] so the thread resumes in the entry trampoline's
//! trap landing as if the JIT code had jumped to a trap stub: the stack pointer is reset to
//! the `entry_sp` recorded in the entry's thread-state block (held by a pinned register),
//! and the trap code
//! is placed in the return register. Both functions are async-signal-safe (plain loads and
//! stores on the context).

use libc::c_void;

/// The program counter saved in `ucontext`.
///
/// # Safety
/// `ucontext` must be the third argument of an `SA_SIGINFO` signal handler.
pub unsafe fn pc(ucontext: *const c_void) -> usize {
    let uc = ucontext as *const libc::ucontext_t;
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: the caller passes the kernel-provided ucontext of this signal.
        unsafe { (*uc).uc_mcontext.gregs[libc::REG_RIP as usize] as usize }
    }
    #[cfg(target_arch = "aarch64")]
    {
        // SAFETY: the caller passes the kernel-provided ucontext of this signal.
        unsafe { (*uc).uc_mcontext.pc as usize }
    }
}

/// The frame pointer saved in `ucontext` (rbp / x29).
///
/// # Safety
/// `ucontext` must be the third argument of an `SA_SIGINFO` signal handler.
pub unsafe fn fp(ucontext: *const c_void) -> usize {
    let uc = ucontext as *const libc::ucontext_t;
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: the caller passes the kernel-provided ucontext of this signal.
        unsafe { (*uc).uc_mcontext.gregs[libc::REG_RBP as usize] as usize }
    }
    #[cfg(target_arch = "aarch64")]
    {
        // SAFETY: the caller passes the kernel-provided ucontext of this signal.
        unsafe { (*uc).uc_mcontext.regs[29] as usize }
    }
}

/// Make the interrupted thread resume at its trap landing with `trap_code`.
///
/// `entry_sp_offset` is the offset in the entry's thread-state block (pinned in r13 on
/// x86-64, x26 on aarch64) of the stack pointer saved by the entry trampoline; the word at
/// that stack address is the landing address.
///
/// # Safety
/// `ucontext` must be the third argument of an `SA_SIGINFO` handler for a fault raised by
/// JIT code, whose thread-state register therefore holds a live block with a valid `entry_sp`.
pub unsafe fn redirect_to_trap(ucontext: *mut c_void, trap_code: u32, entry_sp_offset: usize) {
    let uc = ucontext as *mut libc::ucontext_t;
    #[cfg(target_arch = "x86_64")]
    {
        // SAFETY: the context belongs to this signal; r13 holds the entry's thread state in
        // JIT code and its entry_sp points at the landing address pushed by the trampoline.
        unsafe {
            let gregs = &mut (*uc).uc_mcontext.gregs;
            let thread = gregs[libc::REG_R13 as usize] as usize;
            let entry_sp = *((thread + entry_sp_offset) as *const usize);
            let landing = *(entry_sp as *const usize);
            gregs[libc::REG_RSP as usize] = (entry_sp + 8) as i64;
            gregs[libc::REG_RIP as usize] = landing as i64;
            gregs[libc::REG_RAX as usize] = trap_code as i64;
        }
    }
    #[cfg(target_arch = "aarch64")]
    {
        // SAFETY: as above; the aarch64 backend pins the thread state in x26 and the
        // landing address is the word at its entry_sp.
        unsafe {
            let mc = &mut (*uc).uc_mcontext;
            let thread = mc.regs[26] as usize;
            let entry_sp = *((thread + entry_sp_offset) as *const usize);
            let landing = *(entry_sp as *const usize);
            mc.sp = (entry_sp + 16) as u64;
            mc.pc = landing as u64;
            mc.regs[0] = trap_code as u64;
        }
    }
}
