//! Exception unwinding: from a throwing call site to the landing pad of the innermost
//! handler, through wasm frames of any instance, within one entry from the host.
//!
//! Compiled code throws by calling the unwind trampoline (`emit_unwind_trampoline`) with
//! the exception in the return register. The trampoline calls [`unwind`] with the
//! throwing frame's frame pointer and the call's return address. Each wasm frame keeps
//! `[fp]` = caller's frame pointer and `[fp + 8]` = return address, so the walk needs no
//! unwind tables: at each return address it asks the module that holds the code for a
//! handler covering that call site (`ModuleCode::exception_handler`, a sorted table built at
//! compile time, empty for code without `try_table`). A try block that throws nothing
//! therefore costs nothing at run time beyond what its entry spills.
//!
//! The walk stops at the first return address outside every module's code: the entry
//! trampoline of this entry (Rust frames lie beyond). Unwinding never crosses Rust frames;
//! an exception leaving an entry reaches its caller as [`crate::Error::Exception`], and a
//! host function returning one throws it again into its wasm caller (see
//! `engine::host`).

use super::backtrace::module_at;
use crate::vm::exception::{take_uncaught, Uncaught};
use crate::vm::module_info::ModuleCode;
use crate::vm::vmctx::VMThreadState;
use onepass_arch::TrapCode;
use std::cell::RefCell;

thread_local! {
    /// The exception that ended this thread's last entry, for `call_raw` to report.
    static UNCAUGHT: RefCell<Option<Uncaught>> = const { RefCell::new(None) };
}

/// Find the landing pad for exception `exn`, thrown by the call returning to `pc` in the
/// wasm frame `fp`: fill `thread`'s resume fields and return 0, or, when no frame of this
/// entry handles it, keep a copy for the host and return the trap code that ends the entry.
pub(crate) extern "C" fn unwind(thread: *mut VMThreadState, fp: usize, pc: usize, exn: *mut u64) -> u32 {
    let (mut fp, mut pc) = (fp, pc);
    while fp != 0 && fp % 8 == 0 {
        let module = module_at(pc);
        if module.is_none() && !super::is_tail_return(pc) {
            break;
        }
        // (A frame whose return address is a tail-return stub made a tail call: it has no
        // handlers any more.)
        if let Some((landing, frame_size)) = module.and_then(|m| m.exception_handler(pc)) {
            // SAFETY: the trampoline passes this entry's live thread-state block.
            let thread = unsafe { &mut *thread };
            thread.resume_sp = fp - frame_size as usize;
            thread.resume_fp = fp;
            thread.resume_pc = landing;
            thread.resume_exn = exn as usize;
            return 0;
        }
        // SAFETY: `fp` is the frame pointer of a wasm frame (its return address is in a
        // module's code) of this entry's frame chain, live stack memory of this thread.
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if next <= fp {
            break;
        }
        (fp, pc) = (next, ret);
    }
    let uncaught = take_uncaught(exn);
    UNCAUGHT.with(|u| *u.borrow_mut() = uncaught);
    TrapCode::UncaughtException as u32
}

/// The exception that ended this thread's last entry, if one did.
pub(crate) fn take_uncaught_exception() -> Option<Uncaught> {
    UNCAUGHT.with(|u| u.borrow_mut().take())
}
