//! Where wasm code may grow the native stack: the limit every function prologue compares
//! the stack pointer against (a `StackOverflow` trap below it).
//!
//! Each entry from Rust gets its own limit, the higher of
//! - the thread's lowest usable stack address plus the *host reserve*
//!   ([`crate::RuntimeConfig::with_host_stack_reserve`], 256 KiB by default): room left for
//!   host functions, the runtime and the signal handler's caller below the deepest wasm
//!   frame; and
//! - the entry's stack pointer minus the *maximum wasm stack*
//!   ([`crate::RuntimeConfig::with_max_wasm_stack`], 8 MiB by default), which bounds one
//!   entry's recursion even on a thread whose stack is huge or unbounded.
//!
//! The thread's stack comes from `pthread_getattr_np`. For the main thread, glibc sizes it
//! from `RLIMIT_STACK`, capped by the mapping below it; when the cap applies (an unlimited
//! or very large limit), the kernel keeps a guard gap (256 pages) above that mapping into
//! which the stack cannot grow, so the gap is left out too. A thread whose stack cannot be
//! found is given 1 MiB below the first entry. A thread whose stack is smaller than the
//! reserve can run no wasm: its first prologue traps with `StackOverflow`.

pub(crate) use crate::vm::store::StackLimits;
use std::cell::Cell;

/// Stack below the first entry of a thread whose stack cannot be found.
const UNKNOWN_STACK: usize = 1024 * 1024;

/// Pages the kernel keeps unmapped between a growing stack and the mapping below it.
const KERNEL_GUARD_GAP_PAGES: usize = 256;

thread_local! {
    /// This thread's lowest usable stack address; 0 before it is looked up, 1 when unknown.
    static STACK_LOW: Cell<usize> = const { Cell::new(0) };
}

/// The lowest address the prologues of an entry made now, by this thread, may let the
/// stack pointer reach.
pub(crate) fn entry_limit(limits: StackLimits) -> usize {
    // A local (not a promoted constant) marks where this thread's stack is now.
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    let by_size = here.saturating_sub(limits.max_wasm);
    let low = STACK_LOW.with(|cell| {
        if cell.get() == 0 {
            cell.set(thread_stack_low(here).unwrap_or(1));
        }
        cell.get()
    });
    let floor = match low {
        1 => here.saturating_sub(UNKNOWN_STACK),
        low => low.saturating_add(limits.host_reserve),
    };
    by_size.max(floor)
}

/// The lowest address this thread's stack can grow to, if the C library tells.
fn thread_stack_low(here: usize) -> Option<usize> {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; it is destroyed
    // after use; getrlimit and getpid/gettid only write the given struct.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return None;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        let low = addr as usize;
        if !ok || low == 0 || low >= here {
            return None;
        }
        if libc::gettid() != libc::getpid() {
            return Some(low);
        }
        // The main thread: size is RLIMIT_STACK unless the mapping below capped it.
        let mut limit: libc::rlimit = std::mem::zeroed();
        let capped = libc::getrlimit(libc::RLIMIT_STACK, &mut limit) != 0
            || limit.rlim_cur == libc::RLIM_INFINITY
            || (size as u64) < limit.rlim_cur as u64;
        let page = usize::try_from(libc::sysconf(libc::_SC_PAGESIZE)).unwrap_or(4096);
        Some(if capped { low.saturating_add(KERNEL_GUARD_GAP_PAGES * page) } else { low })
    }
}
