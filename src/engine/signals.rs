//! Turning faults in JIT code into Wasm traps.
//!
//! A SIGSEGV/SIGBUS whose program counter lies in a registered code range is an access
//! beyond a memory's accessible prefix (compiled code has no other faulting instructions):
//! the handler rewrites the interrupted context so the thread resumes at the trap landing
//! of the innermost entry trampoline. Everything here is async-signal-safe: the range
//! registry is an append-only list of fixed-size chunks of atomics, never freed.
//! Other faults go to the previously installed handler (or the default action).

use std::cell::Cell;
use std::ptr;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};
use std::sync::Once;

const CHUNK: usize = 256;

struct Chunk {
    starts: [AtomicUsize; CHUNK],
    ends: [AtomicUsize; CHUNK],
    next: AtomicPtr<Chunk>,
}

static HEAD: AtomicPtr<Chunk> = AtomicPtr::new(ptr::null_mut());

/// Keeps a code range registered until dropped (or released).
pub(crate) struct CodeRangeHandle {
    start: *const AtomicUsize,
    end: *const AtomicUsize,
}

// SAFETY: the pointers refer to leaked, never-freed atomics.
unsafe impl Send for CodeRangeHandle {}
// SAFETY: as above.
unsafe impl Sync for CodeRangeHandle {}

impl CodeRangeHandle {
    /// Unregister now (idempotent).
    pub(crate) fn release(&mut self) {
        if !self.start.is_null() {
            // SAFETY: the chunk is never freed.
            unsafe {
                (*self.end).store(0, Ordering::Release);
                (*self.start).store(0, Ordering::Release);
            }
            self.start = ptr::null();
        }
    }
}

impl Drop for CodeRangeHandle {
    fn drop(&mut self) {
        self.release();
    }
}

/// Register `[start, start + len)` as JIT code.
pub(crate) fn register_code_range(start: usize, len: usize) -> CodeRangeHandle {
    let start = start.max(1);
    loop {
        let mut chunk = HEAD.load(Ordering::Acquire);
        while !chunk.is_null() {
            // SAFETY: chunks are leaked and never freed.
            let c = unsafe { &*chunk };
            for i in 0..CHUNK {
                if c.starts[i].compare_exchange(0, start, Ordering::AcqRel, Ordering::Relaxed).is_ok() {
                    c.ends[i].store(start + len, Ordering::Release);
                    return CodeRangeHandle { start: &c.starts[i], end: &c.ends[i] };
                }
            }
            chunk = c.next.load(Ordering::Acquire);
        }
        let fresh = Box::leak(Box::new(Chunk {
            starts: std::array::from_fn(|_| AtomicUsize::new(0)),
            ends: std::array::from_fn(|_| AtomicUsize::new(0)),
            next: AtomicPtr::new(ptr::null_mut()),
        }));
        let head = HEAD.load(Ordering::Acquire);
        fresh.next.store(head, Ordering::Release);
        if HEAD.compare_exchange(head, fresh, Ordering::AcqRel, Ordering::Acquire).is_err() {
            // Lost the race: the chunk stays leaked but unused; try again.
            continue;
        }
    }
}

/// Whether `pc` lies in registered JIT code (async-signal-safe).
pub(crate) fn is_jit_pc(pc: usize) -> bool {
    let mut chunk = HEAD.load(Ordering::Acquire);
    while !chunk.is_null() {
        // SAFETY: chunks are never freed.
        let c = unsafe { &*chunk };
        for i in 0..CHUNK {
            let start = c.starts[i].load(Ordering::Acquire);
            if start != 0 && pc >= start && pc < c.ends[i].load(Ordering::Acquire) {
                return true;
            }
        }
        chunk = c.next.load(Ordering::Acquire);
    }
    false
}

static mut PREVIOUS_SEGV: libc::sigaction = unsafe { std::mem::zeroed() };
static mut PREVIOUS_BUS: libc::sigaction = unsafe { std::mem::zeroed() };

/// Install the SIGSEGV/SIGBUS handlers once per process.
pub(crate) fn install_handlers() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        // SAFETY: installing a handler with a zeroed, then filled, sigaction; the previous
        // actions are saved before any signal can reach our handler.
        unsafe {
            let mut action: libc::sigaction = std::mem::zeroed();
            action.sa_sigaction = handler as *const () as usize;
            action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(libc::SIGSEGV, &action, ptr::addr_of_mut!(PREVIOUS_SEGV));
            libc::sigaction(libc::SIGBUS, &action, ptr::addr_of_mut!(PREVIOUS_BUS));
        }
    });
}

extern "C" fn handler(signum: libc::c_int, info: *mut libc::siginfo_t, ucontext: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid ucontext for SA_SIGINFO handlers.
    let pc = unsafe { onepass_arch::signal::pc(ucontext) };
    if is_jit_pc(pc) {
        // SAFETY: the fault came from JIT code, whose vmctx register is valid.
        unsafe {
            onepass_arch::signal::redirect_to_trap(
                ucontext,
                onepass_arch::TrapCode::MemoryOutOfBounds as u32,
                crate::vm::vmctx::header::ENTRY_SP as usize,
            )
        };
        return;
    }
    // SAFETY: reading the saved previous action (written once before handlers could run).
    let previous = unsafe {
        if signum == libc::SIGSEGV {
            ptr::addr_of!(PREVIOUS_SEGV).read()
        } else {
            ptr::addr_of!(PREVIOUS_BUS).read()
        }
    };
    if previous.sa_sigaction == libc::SIG_DFL || previous.sa_sigaction == libc::SIG_IGN {
        // Restore the default action and return: the fault repeats and ends the process.
        // SAFETY: plain sigaction call from a signal handler (async-signal-safe).
        unsafe {
            let mut dfl: libc::sigaction = std::mem::zeroed();
            dfl.sa_sigaction = libc::SIG_DFL;
            libc::sigaction(signum, &dfl, ptr::null_mut());
        }
    } else if previous.sa_flags & libc::SA_SIGINFO != 0 {
        // SAFETY: the previous handler was installed with this signature.
        let f: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
            unsafe { std::mem::transmute(previous.sa_sigaction) };
        f(signum, info, ucontext);
    } else {
        // SAFETY: the previous handler was installed with the one-argument signature.
        let f: extern "C" fn(libc::c_int) = unsafe { std::mem::transmute(previous.sa_sigaction) };
        f(signum);
    }
}

/// Give this thread an alternate signal stack (once), so the handler runs even when the
/// fault is on a nearly exhausted stack. The stack is leaked at thread exit by design:
/// it must never be freed while installed.
pub(crate) fn ensure_alt_stack() {
    thread_local! {
        static DONE: Cell<bool> = const { Cell::new(false) };
    }
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    const SIZE: usize = 64 * 1024;
    // SAFETY: querying and installing this thread's alternate stack with a fresh mapping.
    unsafe {
        let mut old: libc::stack_t = std::mem::zeroed();
        if libc::sigaltstack(ptr::null(), &mut old) == 0 && old.ss_flags & libc::SS_DISABLE == 0 && old.ss_size >= SIZE
        {
            return;
        }
        let guard = 4096;
        let mem = libc::mmap(
            ptr::null_mut(),
            SIZE + guard,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if mem == libc::MAP_FAILED {
            return;
        }
        libc::mprotect(mem, guard, libc::PROT_NONE);
        let stack =
            libc::stack_t { ss_sp: (mem as *mut u8).add(guard) as *mut libc::c_void, ss_flags: 0, ss_size: SIZE };
        libc::sigaltstack(&stack, ptr::null_mut());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_tracks_ranges() {
        let handles: Vec<_> = (0..600).map(|i| register_code_range(0x1000_0000 + i * 0x1000, 0x100)).collect();
        assert!(is_jit_pc(0x1000_0000 + 5 * 0x1000 + 0x10));
        assert!(!is_jit_pc(0x1000_0000 + 5 * 0x1000 + 0x100));
        drop(handles);
        assert!(!is_jit_pc(0x1000_0000 + 5 * 0x1000 + 0x10));
    }
}
