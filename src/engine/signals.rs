//! Turning faults in JIT code into Wasm traps.
//!
//! Compiled code has no bounds checks for guarded 32-bit memories: an access beyond a
//! memory's accessible prefix hits reserved `PROT_NONE` address space and raises SIGSEGV
//! (or SIGBUS). The handler installed here looks at the faulting program counter and address;
//! when the first lies in registered JIT code and the second in a registered linear-memory
//! reservation, the fault is an out-of-bounds access, and the handler
//! rewrites the interrupted context (through [`onepass_arch::signal`]) so the thread resumes
//! at the trap landing of the innermost entry trampoline with [`OOB_TRAP_CODE`]. Any other
//! fault goes to the previously installed handler, or to the default action.
//!
//! # Alternate stacks
//!
//! The handler runs on an alternate signal stack ([`ensure_alt_stack`]), so it works even
//! when the fault happened with the thread's stack nearly exhausted.

use crate::vm::ranges::{is_heap_addr, is_jit_pc};
use std::cell::Cell;
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

/// The trap code reported for a fault in JIT code: an out-of-bounds memory access.
pub(crate) const OOB_TRAP_CODE: u32 = crate::TrapCode::MemoryOutOfBounds as u32;

/// The previous disposition of one signal, saved for chaining.
struct PreviousAction {
    /// `sa_sigaction` (or `sa_handler`; the same word in libc's `sigaction`).
    handler: AtomicUsize,
    /// `sa_flags`.
    flags: AtomicUsize,
}

impl PreviousAction {
    /// "Default action" until a real previous action is recorded.
    const fn new() -> PreviousAction {
        PreviousAction { handler: AtomicUsize::new(libc::SIG_DFL), flags: AtomicUsize::new(0) }
    }
}

/// SIGSEGV's action before ours.
static PREVIOUS_SEGV: PreviousAction = PreviousAction::new();
/// SIGBUS's action before ours.
static PREVIOUS_BUS: PreviousAction = PreviousAction::new();

/// Install the SIGSEGV and SIGBUS handlers, the first time and again whenever another
/// handler replaced ours since, remembering the action found so that faults outside JIT
/// code are chained to it. Called whenever a runtime compiles or loads a module (two
/// `sigaction` queries) and by [`crate::reinstall_signal_handlers`]; not at every
/// instantiation or call, where the queries would cost a tenth of instantiating a small
/// module, or more than the call. If the OS refuses, no handler is installed for that signal
/// (faults in JIT code then end the process).
pub(crate) fn install_handlers() {
    static INSTALLING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _serial = INSTALLING.lock().unwrap_or_else(|e| e.into_inner());
    for (signum, previous) in [(libc::SIGSEGV, &PREVIOUS_SEGV), (libc::SIGBUS, &PREVIOUS_BUS)] {
        // SAFETY: `sigaction` with a null new action only reads the current one into
        // `old`, a zero-initialized plain C struct (all-zero is a valid value).
        let mut old: libc::sigaction = unsafe { std::mem::zeroed() };
        // SAFETY: as above; `old` is a valid, writable sigaction.
        if unsafe { libc::sigaction(signum, ptr::null(), &mut old) } != 0 {
            continue;
        }
        if old.sa_sigaction == handler as *const () as usize {
            continue;
        }
        // Record the action we replace before ours can run.
        previous.handler.store(old.sa_sigaction, Ordering::Release);
        previous.flags.store(old.sa_flags as usize, Ordering::Release);
        // SAFETY: all-zero is a valid sigaction; the fields are filled below.
        let mut action: libc::sigaction = unsafe { std::mem::zeroed() };
        action.sa_sigaction = handler as *const () as usize;
        action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
        // SAFETY: `action.sa_mask` is a valid sigset_t to initialize; then installing
        // a handler whose signature matches SA_SIGINFO and which is async-signal-safe.
        unsafe {
            libc::sigemptyset(&mut action.sa_mask);
            libc::sigaction(signum, &action, ptr::null_mut());
        }
    }
}

/// Install the handlers if they never were (once per process, cheap afterwards): the
/// first call into wasm needs them.
pub(crate) fn ensure_installed() {
    static ONCE: Once = Once::new();
    ONCE.call_once(install_handlers);
}

thread_local! {
    /// Set while this thread's handler passes a fault on to the previous handler: a
    /// previous handler that chains back to ours (it was installed after ours, saved it,
    /// and ours was installed again) must not loop.
    static CHAINING: Cell<bool> = const { Cell::new(false) };
}

/// Make the interrupted JIT code resume at its trap landing with [`OOB_TRAP_CODE`].
///
/// # Safety
/// `ucontext` is the context of a fault raised by JIT code (see `handler`).
unsafe fn redirect_to_oob_trap(ucontext: *mut libc::c_void) {
    // SAFETY: guaranteed by the caller; JIT code keeps a valid vmctx in its pinned register
    // and the innermost entry trampoline recorded `entry_sp` in it.
    unsafe {
        onepass_arch::signal::redirect_to_trap(ucontext, OOB_TRAP_CODE, crate::vm::vmctx::thread::ENTRY_SP as usize)
    }
}

/// The SIGSEGV/SIGBUS handler. Async-signal-safe: atomic loads, context rewriting and
/// async-signal-safe libc calls only; no allocation, locks or panics.
extern "C" fn handler(signum: libc::c_int, info: *mut libc::siginfo_t, ucontext: *mut libc::c_void) {
    if !ucontext.is_null() {
        // SAFETY: the kernel passes the interrupted context as the third argument of an
        // SA_SIGINFO handler.
        let pc = unsafe { onepass_arch::signal::pc(ucontext) };
        // Only a fault the kernel raised (si_code > 0, not a kill from another process),
        // by JIT code, at an address inside a linear memory's reservation is a Wasm
        // out-of-bounds access. Anything else is a bug and goes to the previous handler
        // (by default: the process ends) instead of being disguised as a trap.
        // SAFETY: `info` is the kernel-provided siginfo of an SA_SIGINFO handler when
        // non-null; si_addr is valid for SIGSEGV and SIGBUS.
        let from_kernel_at = (!info.is_null() && unsafe { (*info).si_code } > 0)
            // SAFETY: as above.
            .then(|| unsafe { (*info).si_addr() } as usize);
        if is_jit_pc(pc) && from_kernel_at.is_some_and(is_heap_addr) {
            // SAFETY: as above; the frame pointer heads the wasm frame chain.
            let fp = unsafe { onepass_arch::signal::fp(ucontext) };
            super::backtrace::record_trap(fp, pc);
            // SAFETY: the fault was raised by registered JIT code, so its context holds a
            // valid vmctx with a live entry_sp; returning resumes at the trap landing.
            unsafe { redirect_to_oob_trap(ucontext) };
            return;
        }
    }
    let previous = if signum == libc::SIGBUS { &PREVIOUS_BUS } else { &PREVIOUS_SEGV };
    let mut prev_handler = previous.handler.load(Ordering::Acquire);
    let prev_flags = previous.flags.load(Ordering::Acquire) as libc::c_int;
    // Entered again while passing this thread's fault on: the chain came back to us.
    // (try_with: a const-initialized thread-local without destructor, no allocation.)
    let looping = CHAINING.try_with(|c| c.replace(true)).unwrap_or(true);
    if looping {
        prev_handler = libc::SIG_DFL;
    }
    if prev_handler == libc::SIG_DFL || prev_handler == libc::SIG_IGN {
        // A fault cannot be ignored: restore the default action. Returning re-executes the
        // faulting instruction, which faults again and ends the process with the usual
        // signal (and core dump). A signal sent by a process (si_code <= 0) would not
        // repeat, so raise it again.
        // SAFETY: all-zero is a valid sigaction (an empty mask); sigaction and raise are
        // async-signal-safe; `info` is the kernel-provided siginfo when non-null.
        unsafe {
            let mut default: libc::sigaction = std::mem::zeroed();
            default.sa_sigaction = libc::SIG_DFL;
            libc::sigaction(signum, &default, ptr::null_mut());
            if !info.is_null() && (*info).si_code <= 0 {
                libc::raise(signum);
            }
        }
    } else if prev_flags & libc::SA_SIGINFO != 0 {
        // SAFETY: the previous handler was installed with SA_SIGINFO, so this word is a
        // three-argument handler; it receives our own (valid) arguments.
        let f = unsafe {
            std::mem::transmute::<usize, extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void)>(
                prev_handler,
            )
        };
        f(signum, info, ucontext);
    } else {
        // SAFETY: without SA_SIGINFO the previous handler is a one-argument sa_handler.
        let f = unsafe { std::mem::transmute::<usize, extern "C" fn(libc::c_int)>(prev_handler) };
        f(signum);
    }
    if !looping {
        let _ = CHAINING.try_with(|c| c.set(false));
    }
}

/// Size of the alternate signal stacks this module installs (and the minimum it accepts).
const ALT_STACK_SIZE: usize = 64 * 1024;

/// An alternate signal stack this module mapped: `mapping_len` bytes at `mapping`, the
/// lowest OS page of which is a PROT_NONE guard; the stack proper is the rest.
struct AltStack {
    /// Start of the mapping (the guard page).
    mapping: *mut libc::c_void,
    /// Length of the mapping, guard page included.
    mapping_len: usize,
    /// Start of the usable stack (just above the guard page).
    stack: *mut libc::c_void,
    /// Usable stack size.
    stack_len: usize,
}

impl AltStack {
    /// Map a stack of at least [`ALT_STACK_SIZE`] bytes with a guard page below it.
    fn map() -> Option<AltStack> {
        let page = page_size();
        let stack_len = ALT_STACK_SIZE.next_multiple_of(page);
        let mapping_len = stack_len + page;
        // SAFETY: a fresh anonymous private mapping; checked against MAP_FAILED.
        let mapping = unsafe {
            libc::mmap(ptr::null_mut(), mapping_len, libc::PROT_NONE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
        };
        if mapping == libc::MAP_FAILED {
            return None;
        }
        let stack = mapping.cast::<u8>().wrapping_add(page).cast::<libc::c_void>();
        let alt = AltStack { mapping, mapping_len, stack, stack_len };
        // SAFETY: [stack, stack + stack_len) is the page-aligned upper part of the mapping
        // just created and owned by `alt`.
        let rc = unsafe { libc::mprotect(stack, stack_len, libc::PROT_READ | libc::PROT_WRITE) };
        // On failure `alt` is dropped: not installed, so it is simply unmapped.
        (rc == 0).then_some(alt)
    }

    /// Install as this thread's alternate signal stack.
    fn install(&self) -> bool {
        let stack = libc::stack_t { ss_sp: self.stack, ss_flags: 0, ss_size: self.stack_len };
        // SAFETY: the stack is a read+write mapping owned by `self`, which is kept alive
        // (in a thread-local, or leaked) for as long as it is installed.
        unsafe { libc::sigaltstack(&stack, ptr::null_mut()) == 0 }
    }
}

impl Drop for AltStack {
    /// Unmap the stack, after disabling it if it is still this thread's alternate stack.
    /// If it cannot be disabled (or the thread is running on it), it is leaked instead:
    /// an installed stack is never freed.
    fn drop(&mut self) {
        // SAFETY: all-zero is a valid stack_t; sigaltstack only writes the current setting.
        let mut current: libc::stack_t = unsafe { std::mem::zeroed() };
        // SAFETY: `current` is a valid, writable stack_t.
        if unsafe { libc::sigaltstack(ptr::null(), &mut current) } != 0 {
            return;
        }
        if current.ss_flags & libc::SS_DISABLE == 0 && current.ss_sp == self.stack {
            if current.ss_flags & libc::SS_ONSTACK != 0 {
                return;
            }
            let disable = libc::stack_t { ss_sp: ptr::null_mut(), ss_flags: libc::SS_DISABLE, ss_size: 0 };
            // SAFETY: disabling this thread's alternate stack (ours, not in use).
            if unsafe { libc::sigaltstack(&disable, ptr::null_mut()) } != 0 {
                return;
            }
        }
        // SAFETY: the mapping is owned by `self` and is not (any longer) installed as an
        // alternate signal stack, so nothing can use it after this point.
        unsafe { libc::munmap(self.mapping, self.mapping_len) };
    }
}

/// The OS page size (4 KiB if it cannot be determined).
fn page_size() -> usize {
    // SAFETY: sysconf has no memory-safety preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).ok().filter(|&s| s > 0).unwrap_or(4096)
}

thread_local! {
    /// Whether this thread already has an adequate alternate signal stack.
    static ALT_STACK_READY: Cell<bool> = const { Cell::new(false) };
    /// The alternate stack this module installed on this thread; freed at thread exit
    /// (after being disabled, if still installed).
    static ALT_STACK: Cell<Option<AltStack>> = const { Cell::new(None) };
}

/// Make sure this thread has an alternate signal stack of at least 64 KiB, so the fault
/// handler can run even when the fault happened on a nearly exhausted stack. Cheap after
/// the first call on a thread. A stack installed here lives in a thread-local and is
/// disabled and freed at thread exit; if thread-local storage is already being torn down,
/// the stack is leaked instead. On failure nothing changes and a later call tries again.
pub(crate) fn ensure_alt_stack() {
    if ALT_STACK_READY.with(Cell::get) {
        return;
    }
    // SAFETY: all-zero is a valid stack_t; sigaltstack only writes the current setting.
    let mut current: libc::stack_t = unsafe { std::mem::zeroed() };
    // SAFETY: `current` is a valid, writable stack_t.
    let queried = unsafe { libc::sigaltstack(ptr::null(), &mut current) } == 0;
    if queried && current.ss_flags & libc::SS_DISABLE == 0 && current.ss_size >= ALT_STACK_SIZE {
        ALT_STACK_READY.with(|ready| ready.set(true));
        return;
    }
    let installed = ALT_STACK.try_with(|slot| {
        let Some(stack) = AltStack::map() else {
            return false;
        };
        if !stack.install() {
            return false; // dropped: never installed, just unmapped
        }
        // Dropping a previous stack (none is expected) disables it only if still installed.
        slot.set(Some(stack));
        true
    });
    let ready = match installed {
        Ok(ok) => ok,
        Err(_) => match AltStack::map() {
            // Thread-local storage is gone (thread exit): install and leak.
            Some(stack) if stack.install() => {
                std::mem::forget(stack);
                true
            }
            _ => false,
        },
    };
    if ready {
        ALT_STACK_READY.with(|flag| flag.set(true));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alt_stack_is_installed_once_and_freed_at_exit() {
        let stack = std::thread::spawn(|| {
            ensure_alt_stack();
            // SAFETY: all-zero is a valid stack_t; sigaltstack writes the current setting.
            let mut current: libc::stack_t = unsafe { std::mem::zeroed() };
            // SAFETY: `current` is valid and writable.
            assert_eq!(unsafe { libc::sigaltstack(ptr::null(), &mut current) }, 0);
            assert_eq!(current.ss_flags & libc::SS_DISABLE, 0);
            assert!(current.ss_size >= ALT_STACK_SIZE);
            ensure_alt_stack();
            // SAFETY: as above.
            let mut again: libc::stack_t = unsafe { std::mem::zeroed() };
            // SAFETY: as above.
            assert_eq!(unsafe { libc::sigaltstack(ptr::null(), &mut again) }, 0);
            assert_eq!(again.ss_sp, current.ss_sp, "second call keeps the stack");
            current.ss_sp as usize
        })
        .join()
        .expect("thread");
        assert_ne!(stack, 0);
    }

    /// A fault outside JIT code still ends the process with SIGSEGV (chained to the
    /// previous handler or the default action). Checked in a forked child.
    #[test]
    fn foreign_fault_is_not_swallowed() {
        install_handlers();
        // SAFETY: a fresh PROT_NONE page, used only by the child to fault on.
        let page = unsafe {
            libc::mmap(ptr::null_mut(), 4096, libc::PROT_NONE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0)
        };
        assert_ne!(page, libc::MAP_FAILED);
        // SAFETY: fork in a test; the child only performs async-signal-safe operations
        // (a faulting volatile read, then _exit) before terminating.
        let pid = unsafe { libc::fork() };
        if pid == 0 {
            let no_core = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
            // SAFETY: setrlimit (no core file from the expected crash) and a read that
            // faults (PROT_NONE); _exit is only reached if it does not.
            unsafe {
                libc::setrlimit(libc::RLIMIT_CORE, &no_core);
                ptr::read_volatile(page.cast::<u8>());
                libc::_exit(0);
            }
        }
        assert!(pid > 0, "fork failed");
        let mut status = 0;
        // SAFETY: waiting for our own child.
        assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
        // SAFETY: unmapping the page mapped above.
        unsafe { libc::munmap(page, 4096) };
        assert!(libc::WIFSIGNALED(status), "child status {status:#x}");
        assert_eq!(libc::WTERMSIG(status), libc::SIGSEGV);
    }
}
