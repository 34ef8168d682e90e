//! onepass's SIGSEGV handler and an embedder's, in either order. Alone in its own test
//! binary: it replaces process-wide signal handlers.
//!
//! The supported orders: an embedder's handler installed before onepass's is chained to
//! for every fault that is not a wasm out-of-bounds access; one installed after should
//! chain to the handler it replaced, and onepass puts its own back in front at the next
//! compile, or at once with `onepass::reinstall_signal_handlers()`.

use onepass::{Error, Runtime, TrapCode};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The embedder's page: PROT_NONE until its handler makes it readable.
static PAGE: AtomicUsize = AtomicUsize::new(0);
/// Faults the embedder's handler fixed.
static FIXED: AtomicUsize = AtomicUsize::new(0);
/// The handler the embedder's replaced (onepass's), and its flags.
static REPLACED: AtomicUsize = AtomicUsize::new(0);
/// The tests here change process-wide handlers: one at a time.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// The embedder's SIGSEGV handler: fixes faults on its page, passes the rest on.
extern "C" fn embedder(signum: libc::c_int, info: *mut libc::siginfo_t, context: *mut libc::c_void) {
    // SAFETY: the kernel's siginfo for SIGSEGV.
    let addr = unsafe { (*info).si_addr() } as usize;
    let page = PAGE.load(Ordering::SeqCst);
    if page != 0 && (page..page + 4096).contains(&addr) {
        // SAFETY: making our own mapping readable (async-signal-safe).
        unsafe { libc::mprotect(page as *mut libc::c_void, 4096, libc::PROT_READ) };
        FIXED.fetch_add(1, Ordering::SeqCst);
        return;
    }
    let replaced = REPLACED.load(Ordering::SeqCst);
    if replaced > 1 {
        // SAFETY: onepass installs its handler with SA_SIGINFO.
        let f = unsafe {
            std::mem::transmute::<usize, extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void)>(replaced)
        };
        f(signum, info, context);
    } else {
        // SAFETY: restoring the default action; the fault repeats and ends the process.
        unsafe { libc::signal(signum, libc::SIG_DFL) };
    }
}

/// Install the embedder's handler in front, remembering the one it replaces.
fn install_embedder() {
    // SAFETY: plain sigaction calls with valid, zero-initialized structs.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = embedder as *const () as usize;
        action.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
        libc::sigemptyset(&mut action.sa_mask);
        let mut old: libc::sigaction = std::mem::zeroed();
        assert_eq!(libc::sigaction(libc::SIGSEGV, &action, &mut old), 0);
        REPLACED.store(old.sa_sigaction, Ordering::SeqCst);
    }
}

/// A fresh PROT_NONE page for the embedder, read once: its handler fixes the fault.
fn embedder_fault() {
    // SAFETY: a fresh anonymous mapping, read only after it is published to the handler.
    unsafe {
        let page =
            libc::mmap(std::ptr::null_mut(), 4096, libc::PROT_NONE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0);
        assert_ne!(page, libc::MAP_FAILED);
        PAGE.store(page as usize, Ordering::SeqCst);
        assert_eq!(std::ptr::read_volatile(page as *const u8), 0);
        libc::munmap(page, 4096);
    }
}

fn out_of_bounds(rt: &Runtime) -> Result<Vec<onepass::Val>, Error> {
    let m = rt
        .instantiate(
            &wat::parse_str(
                r#"(module (memory 1)
                     (func (export "peek") (param i32) (result i32) (i32.load (local.get 0))))"#,
            )
            .unwrap(),
        )
        .unwrap();
    m.exported_function("peek").unwrap().call(&[onepass::Val::I32(70_000)])
}

fn is_oob(result: &Result<Vec<onepass::Val>, Error>) -> bool {
    matches!(result, Err(Error::Trap(t)) if t.code == TrapCode::MemoryOutOfBounds)
}

#[test]
fn a_handler_installed_after_onepass_and_onepass_s_take_turns() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let rt = Runtime::new();
    assert!(is_oob(&out_of_bounds(&rt)));

    // The embedder installs its handler after onepass, chaining to onepass's: wasm
    // out-of-bounds accesses still trap, and its own faults are its own.
    install_embedder();
    embedder_fault();
    assert_eq!(FIXED.load(Ordering::SeqCst), 1);
    assert!(is_oob(&out_of_bounds(&rt)), "compiling put onepass's handler back in front");

    // onepass's handler in front again (also right after the embedder's, by hand): the
    // embedder's faults are chained to it.
    install_embedder();
    onepass::reinstall_signal_handlers();
    embedder_fault();
    assert_eq!(FIXED.load(Ordering::SeqCst), 2);
    assert!(is_oob(&out_of_bounds(&rt)));
}

/// onepass's handler in front of the embedder's, which chains back to onepass's: a fault
/// neither handles still ends the process with SIGSEGV instead of looping. In a child.
#[test]
fn a_chain_that_comes_back_still_ends_the_process() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let rt = Runtime::new();
    assert!(is_oob(&out_of_bounds(&rt)));
    install_embedder();
    onepass::reinstall_signal_handlers();
    // SAFETY: the child performs only async-signal-safe operations, then faults.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0);
    if pid == 0 {
        PAGE.store(0, Ordering::SeqCst);
        // SAFETY: a fresh PROT_NONE page that nobody fixes.
        unsafe {
            let page =
                libc::mmap(std::ptr::null_mut(), 4096, libc::PROT_NONE, libc::MAP_PRIVATE | libc::MAP_ANONYMOUS, -1, 0);
            std::ptr::read_volatile(page as *const u8);
            libc::_exit(0);
        }
    }
    let mut status = 0;
    // SAFETY: waiting for our own child.
    assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
    assert!(libc::WIFSIGNALED(status), "status {status:#x}");
    assert_eq!(libc::WTERMSIG(status), libc::SIGSEGV);
}
