//! Wasm backtraces: trap stubs (and the fault handler) record the return addresses of the
//! wasm frames into a per-thread buffer before the stack is unwound; after the call
//! returns the trap, they are mapped to module and function names.
//!
//! Recording is async-signal-safe: it follows the frame-pointer chain (every wasm frame
//! and both trampolines keep `[fp]` = caller's fp, `[fp + 8]` = return address), stops at
//! the first return address outside JIT code, and writes into a fixed thread-local array.

use super::module::CompiledModuleInner;
use crate::vm::ranges::is_jit_pc;
use onepass_arch::VMCTX_FRAME_SLOT;
use std::cell::UnsafeCell;
use std::sync::{Arc, Mutex, Weak};

/// Most frames recorded (the innermost ones).
const MAX_FRAMES: usize = 32;

struct Trace {
    len: usize,
    pcs: [usize; MAX_FRAMES],
    /// The vmctx of the innermost (trapping) frame.
    vmctx: usize,
}

thread_local! {
    static TRACE: UnsafeCell<Trace> = const { UnsafeCell::new(Trace { len: 0, pcs: [0; MAX_FRAMES], vmctx: 0 }) };
}

/// Called by trap stubs with the trapping function's frame pointer and a pc inside it.
pub(crate) extern "C" fn record_trap(fp: usize, pc: usize) {
    TRACE.with(|t| {
        // SAFETY: this thread's buffer; the only other writer is the fault handler, which
        // cannot interrupt this function (it runs only for faults in JIT code).
        let t = unsafe { &mut *t.get() };
        t.len = 0;
        t.pcs[0] = pc;
        t.len = 1;
        // SAFETY: every wasm frame keeps its vmctx at [fp + VMCTX_FRAME_SLOT] from its prologue on, and
        // trap stubs run after the prologue.
        t.vmctx = if fp != 0 && fp % 8 == 0 {
            unsafe { *((fp as isize + VMCTX_FRAME_SLOT as isize) as *const usize) }
        } else {
            0
        };
        let mut fp = fp;
        while t.len < MAX_FRAMES && fp != 0 && fp % 8 == 0 {
            // SAFETY: `fp` is a frame pointer of the wasm frame chain rooted in the entry
            // trampoline, all of it live stack memory of this thread.
            let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
            // A frame that made a tail call through a class area (its return address is
            // a tail-return stub) runs no more: it has no place in the trace.
            let tail_return = super::is_tail_return(ret);
            if !tail_return && !is_jit_pc(ret) {
                break;
            }
            if !tail_return {
                t.pcs[t.len] = ret - 1;
                t.len += 1;
            }
            if next <= fp {
                break;
            }
            fp = next;
        }
    });
}

/// Forget any recorded frames (before a call).
pub(crate) fn clear() {
    // SAFETY: this thread's buffer, not borrowed elsewhere.
    TRACE.with(|t| unsafe {
        (*t.get()).len = 0;
        (*t.get()).vmctx = 0;
    });
}

/// After an `Interrupted` trap on this thread: the exit code of the module whose
/// termination check fired (the trapping frame's instance), if it was closed.
pub(crate) fn interrupted_exit_code() -> Option<u32> {
    // SAFETY: this thread's buffer, copied out.
    let vmctx = TRACE.with(|t| unsafe { (*t.get()).vmctx });
    if vmctx == 0 {
        return None;
    }
    // SAFETY: the trapping frame ran code of this instance during the call that just
    // returned, whose entry handle still keeps it alive (directly, through the instances
    // it holds, or through the store's pins); its vmctx's INSTANCE word points to it.
    let instance = unsafe {
        let p = *((vmctx + crate::vm::vmctx::header::INSTANCE as usize) as *const *const crate::vm::instance::Instance);
        p.as_ref()?
    };
    instance.exit_code()
}

/// A code range that can appear in backtraces: a module's image, or one lazily compiled
/// function of it.
struct CodeRange {
    start: usize,
    end: usize,
    module: Weak<CompiledModuleInner>,
    /// The defined function the range holds alone (lazily compiled code).
    function: Option<u32>,
}

/// Code ranges that can appear in backtraces.
static MODULES: Mutex<Vec<CodeRange>> = Mutex::new(Vec::new());

fn add(range: CodeRange) {
    let mut modules = MODULES.lock().unwrap_or_else(|e| e.into_inner());
    modules.retain(|r| r.module.strong_count() > 0);
    modules.push(range);
}

/// Make `module`'s functions nameable in backtraces.
pub(crate) fn register(module: &Arc<CompiledModuleInner>) {
    let Some(code) = &module.code else { return };
    let start = code.as_ptr() as usize;
    add(CodeRange { start, end: start + code.len(), module: Arc::downgrade(module), function: None });
}

/// Make a lazily compiled function of `module` (defined index `defined`) nameable.
pub(crate) fn register_function(
    module: &Arc<CompiledModuleInner>,
    code: &super::code_memory::CodeMemory,
    defined: u32,
) {
    let start = code.as_ptr() as usize;
    add(CodeRange { start, end: start + code.len(), module: Arc::downgrade(module), function: Some(defined) });
}

/// The module whose code holds `pc`, if any (for the exception unwinder).
pub(crate) fn module_at(pc: usize) -> Option<Arc<CompiledModuleInner>> {
    let modules = MODULES.lock().unwrap_or_else(|e| e.into_inner());
    modules.iter().find(|r| (r.start..r.end).contains(&pc))?.module.upgrade()
}

/// The module whose code holds `pc`, with the defined function when the code is one
/// lazily compiled function (for the garbage collector's stack walk).
pub(crate) fn code_at(pc: usize) -> Option<(Arc<CompiledModuleInner>, Option<u32>)> {
    let modules = MODULES.lock().unwrap_or_else(|e| e.into_inner());
    let range = modules.iter().find(|r| (r.start..r.end).contains(&pc))?;
    Some((range.module.upgrade()?, range.function))
}

/// The recorded frames of this thread's last trap, innermost first, as
/// `module!function` names (unknown code is skipped).
pub(crate) fn take() -> Vec<String> {
    // SAFETY: this thread's buffer, copied out.
    let pcs: Vec<usize> = TRACE.with(|t| unsafe {
        let t = &*t.get();
        t.pcs[..t.len].to_vec()
    });
    clear();
    let modules = MODULES.lock().unwrap_or_else(|e| e.into_inner());
    pcs.iter()
        .filter_map(|&pc| {
            let range = modules.iter().find(|r| (r.start..r.end).contains(&pc))?;
            let module = range.module.upgrade()?;
            let offset = (pc - range.start) as u32;
            let defined = match range.function {
                Some(defined) => defined as usize,
                None => function_at(&module.func_offsets, &module.func_order, offset)? as usize,
            };
            Some(function_name(&module, defined))
        })
        .collect()
}

/// The defined function whose code holds `offset`: the last to start at or before it.
/// `order` lists the functions by ascending offset (they land in the image in the order
/// they finish compiling, not in function order).
fn function_at(offsets: &[u32], order: &[u32], offset: u32) -> Option<u32> {
    let at = order.partition_point(|&f| offsets[f as usize] <= offset).checked_sub(1)?;
    Some(order[at])
}

/// `module!function` for defined function `defined` of `module` (`func[N]` without a name).
pub(crate) fn function_name(module: &CompiledModuleInner, defined: usize) -> String {
    let index = module.info.num_imported_funcs + defined as u32;
    let name = module.info.func_names.get(&index).cloned().unwrap_or_else(|| format!("func[{index}]"));
    let module_name = module.info.name.as_deref().unwrap_or_default();
    format!("{module_name}!{name}")
}

#[cfg(test)]
mod tests {
    use super::function_at;

    #[test]
    fn finds_functions_laid_out_out_of_order() {
        // Functions 0..4 at offsets 64, 0, 128, 32: in the image 1, 3, 0, 2.
        let offsets = [64, 0, 128, 32];
        let order = [1, 3, 0, 2];
        let at = |offset| function_at(&offsets, &order, offset);
        assert_eq!(at(0), Some(1));
        assert_eq!(at(31), Some(1));
        assert_eq!(at(32), Some(3));
        assert_eq!(at(100), Some(0));
        assert_eq!(at(500), Some(2));
    }
}
