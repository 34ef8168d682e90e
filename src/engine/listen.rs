//! The listened calls in progress on each thread, and the builtins through which the
//! compiled code of listened functions reports its calls (see [`crate::listener`]).
//!
//! Each call in progress is keyed by the address of its argument area: for a wasm
//! function `fp + ARGS_OFFSET` (compiled code passes it), for a host function the argument
//! words its wasm caller passed. Frames deeper in the stack have lower keys, and a callee
//! that takes over its caller's frame by a tail call has its caller's key. So when a call
//! starts at key `k`, every call still recorded at a key `<= k` has ended without
//! returning (an exception unwound it and some caller caught it), and is reported as
//! [`Abort::Caught`] first; a return at key `k` likewise finds such calls at keys `< k`.
//! An entry from the host ([`EntryMark`]) ends every call made inside it that is still
//! recorded: aborted with the entry's error, or caught.

use crate::listener::{Abort, FunctionDefinition, ListenedFunction, ListenerFactory};
use crate::values::read_words;
use crate::vm::instance::{from_vmctx, Instance};
use crate::{Error, FuncType, Val, ValType};
use std::cell::RefCell;
use std::mem::MaybeUninit;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// One listened call in progress.
struct ActiveCall {
    key: usize,
    function: Arc<ListenedFunction>,
}

thread_local! {
    static ACTIVE: RefCell<Vec<ActiveCall>> = const { RefCell::new(Vec::new()) };
}

/// Set once any function of the process has a listener: until then an entry from the
/// host does not even look at the thread's calls.
static LISTENING: AtomicBool = AtomicBool::new(false);

/// Ask `factory` for the listener of `definition`; `None` when it gives none or the
/// function's values cannot reach the host.
pub(crate) fn make_listened(
    factory: &ListenerFactory,
    definition: FunctionDefinition,
) -> Option<Arc<ListenedFunction>> {
    if !definition.func_type.crosses_host() {
        return None;
    }
    let listener = factory.0.new_listener(&definition)?;
    LISTENING.store(true, Ordering::Relaxed);
    Some(Arc::new(ListenedFunction { definition, listener }))
}

/// Pop the innermost recorded call if `ended(key)` says it has ended; the caller reports it.
fn pop_if(ended: impl Fn(usize) -> bool) -> Option<Arc<ListenedFunction>> {
    ACTIVE.with(|a| {
        let mut active = a.borrow_mut();
        if active.last().is_some_and(|c| ended(c.key)) {
            return active.pop().map(|c| c.function);
        }
        None
    })
}

/// Report the calls at keys `ended` accepts as unwound by a caught exception.
fn end_unwound(ended: impl Fn(usize) -> bool) {
    while let Some(f) = pop_if(&ended) {
        f.listener.abort(&f.definition, &Abort::Caught);
    }
}

/// `function` was entered with `params`, its argument area at `key`.
pub(crate) fn enter(key: usize, function: &Arc<ListenedFunction>, params: &[Val]) {
    // One look at the thread's calls in the common case: nothing unwound to report.
    let pushed = ACTIVE.with(|a| {
        let mut active = a.borrow_mut();
        let unwound = active.last().is_some_and(|c| c.key <= key);
        if !unwound {
            active.push(ActiveCall { key, function: function.clone() });
        }
        !unwound
    });
    if !pushed {
        end_unwound(|k| k <= key);
        ACTIVE.with(|a| a.borrow_mut().push(ActiveCall { key, function: function.clone() }));
    }
    function.listener.before(&function.definition, params);
}

/// The call at `key` ends: its record is dropped, after the calls deeper than it (which
/// exceptions unwound) are reported.
fn end_call(key: usize) {
    let deeper = ACTIVE.with(|a| {
        let mut active = a.borrow_mut();
        match active.last() {
            Some(c) if c.key == key => {
                active.pop();
                false
            }
            Some(c) => c.key < key,
            None => false,
        }
    });
    if deeper {
        end_unwound(|k| k < key);
        pop_if(|k| k == key);
    }
}

/// `function`, its argument area at `key`, returned `results`.
pub(crate) fn exit(key: usize, function: &ListenedFunction, results: &[Val]) {
    end_call(key);
    function.listener.after(&function.definition, results);
}

/// `function`, its argument area at `key`, hands its frame to a tail call.
fn tail_call(key: usize, function: &ListenedFunction) {
    end_call(key);
    function.listener.tail_call(&function.definition);
}

/// How many listened calls this thread had when an entry from the host began (nothing
/// when no function has a listener).
pub(crate) struct EntryMark(Option<usize>);

impl EntryMark {
    /// Mark the start of an entry from the host.
    pub(crate) fn new() -> EntryMark {
        if !LISTENING.load(Ordering::Relaxed) {
            return EntryMark(None);
        }
        EntryMark(Some(ACTIVE.with(|a| a.borrow().len())))
    }

    /// The entry ended with `outcome`: every listened call made inside it and still
    /// recorded is aborted, innermost first. A listener that panics turns an `Ok` into
    /// [`Error::Host`].
    pub(crate) fn finish<T>(self, outcome: Result<T, Error>) -> Result<T, Error> {
        let Some(depth) = self.0 else { return outcome };
        let mut panicked = None;
        loop {
            let popped = ACTIVE.with(|a| {
                let mut active = a.borrow_mut();
                if active.len() > depth {
                    active.pop()
                } else {
                    None
                }
            });
            let Some(call) = popped else { break };
            let f = &call.function;
            let reason = match &outcome {
                Ok(_) => Abort::Caught,
                Err(e) => Abort::Error(e),
            };
            if let Err(panic) = catch_unwind(AssertUnwindSafe(|| f.listener.abort(&f.definition, &reason))) {
                panicked.get_or_insert(panic_error(&panic));
            }
        }
        match (outcome, panicked) {
            (Ok(_), Some(e)) => Err(e),
            (outcome, _) => outcome,
        }
    }
}

/// The error a listener's panic becomes.
pub(crate) fn panic_error(panic: &Box<dyn std::any::Any + Send>) -> Error {
    Error::Host(format!("function listener panicked: {}", crate::error::panic_message(panic)))
}

/// Run hooks called from compiled code: 0, or 1 with the panic kept as the pending host
/// error (the code then traps with `HostError`).
fn guarded(f: impl FnOnce()) -> u32 {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(()) => 0,
        Err(panic) => {
            super::set_pending_host_error(panic_error(&panic));
            1
        }
    }
}

/// The listener of function `func_index` of `inst`'s module (compiled code calls the
/// builtins only for functions that have one).
fn listened(inst: &Instance, func_index: u32) -> Option<&Arc<ListenedFunction>> {
    let info = inst.module.as_ref()?.info();
    let defined = func_index.checked_sub(info.num_imported_funcs)?;
    info.listeners.get(defined as usize)?.as_ref()
}

/// Run `f` on the values of `types` at `words`, in `ty`'s layout (see [`FuncType`]):
/// up to [`INLINE_VALUES`] of them in a buffer on the stack, more in a vector.
///
/// # Safety
/// `words` must hold a value of each type, as wasm code stores them (a function reference
/// is null or live).
pub(crate) unsafe fn with_values_at<R>(
    words: *const u64,
    ty: &FuncType,
    types: &[ValType],
    f: impl FnOnce(&[Val]) -> R,
) -> R {
    if types.is_empty() {
        return f(&[]);
    }
    let stride = ty.word_stride();
    // SAFETY: guaranteed by the caller.
    let words = unsafe { std::slice::from_raw_parts(words, types.len() * stride) };
    // SAFETY: as above, value by value.
    let value = |i: usize, t: ValType| unsafe { Val::from_words(t, read_words(words, i, stride)) };
    if types.len() <= INLINE_VALUES {
        let mut buffer = [const { MaybeUninit::<Val>::uninit() }; INLINE_VALUES];
        for (i, &t) in types.iter().enumerate() {
            buffer[i].write(value(i, t));
        }
        // SAFETY: the first `types.len()` elements were just written.
        let values = unsafe { std::slice::from_raw_parts_mut(buffer.as_mut_ptr() as *mut Val, types.len()) };
        let result = f(values);
        // SAFETY: written above and dropped once (a panic in `f` would leak them, no more).
        unsafe { std::ptr::drop_in_place(values) };
        return result;
    }
    let values: Vec<Val> = types.iter().enumerate().map(|(i, &t)| value(i, t)).collect();
    f(&values)
}

/// Values a listened call passes without allocating.
const INLINE_VALUES: usize = 8;

/// `Builtin::ListenerEnter`: defined function `func_index` of the instance of `vmctx` was
/// entered, its parameters at `args` (its incoming argument area). Non-zero when the
/// listener panicked.
pub(crate) extern "C" fn listener_enter(vmctx: *mut u8, func_index: u32, args: *const u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    let Some(f) = listened(inst, func_index) else { return 0 };
    // SAFETY: the function's caller stored its arguments there, in its signature's layout.
    unsafe { report_entry(f, args) }
}

/// `Builtin::ListenerExit`: the function returns, every result stored at `args` (its
/// incoming argument area, which its caller sized for them).
pub(crate) extern "C" fn listener_exit(vmctx: *mut u8, func_index: u32, args: *const u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    let Some(f) = listened(inst, func_index) else { return 0 };
    // SAFETY: the listened function's return stored every result there first.
    unsafe { report_exit(f, args as usize, args) }
}

/// Report the entry of `f`, whose argument area (its key) at `args` holds its parameters:
/// 0, or 1 when the listener panicked.
///
/// # Safety
/// `args` must hold a value of each parameter type, in the signature's layout.
unsafe fn report_entry(f: &Arc<ListenedFunction>, args: *const u64) -> u32 {
    let ty = &f.definition.func_type;
    // SAFETY: guaranteed by the caller.
    unsafe { with_values_at(args, ty, ty.params(), |params| guarded(|| enter(args as usize, f, params))) }
}

/// Report the return of `f`, keyed `key`, its results at `results`: 0, or 1 when the
/// listener panicked.
///
/// # Safety
/// `results` must hold a value of each result type, in the signature's layout.
unsafe fn report_exit(f: &ListenedFunction, key: usize, results: *const u64) -> u32 {
    let ty = &f.definition.func_type;
    // SAFETY: guaranteed by the caller.
    unsafe { with_values_at(results, ty, ty.results(), |values| guarded(|| exit(key, f, values))) }
}

/// `Builtin::ListenerTailCall`: the function is about to hand its frame to a tail call.
pub(crate) extern "C" fn listener_tail_call(vmctx: *mut u8, func_index: u32, args: *const u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    let Some(f) = listened(inst, func_index) else { return 0 };
    guarded(|| tail_call(args as usize, f))
}

/// Ask `factory` for the listener of each function `info` defines (its sections up to
/// the code section parsed): empty when it gives none. The names come from the name
/// section, found ahead in `bytes`.
pub(crate) fn listen_to(
    bytes: &[u8],
    info: &crate::vm::module_info::ModuleInfo,
    factory: &ListenerFactory,
) -> Vec<Option<Arc<ListenedFunction>>> {
    let (module_name, mut names) = super::sections::read_names(bytes);
    let mut export_names: std::collections::HashMap<u32, Vec<String>> = Default::default();
    for (name, kind, index) in &info.exports {
        if *kind == wasmparser::ExternalKind::Func {
            export_names.entry(*index).or_default().push(name.clone());
        }
    }
    let first = info.num_imported_funcs;
    let listeners: Vec<_> = (first..info.func_types.len() as u32)
        .map(|index| {
            let definition = FunctionDefinition {
                module_name: module_name.clone().unwrap_or_default(),
                index,
                name: names.remove(&index),
                export_names: export_names.remove(&index).unwrap_or_default(),
                func_type: info.signatures[info.func_types[index as usize] as usize].clone(),
            };
            make_listened(factory, definition)
        })
        .collect();
    if listeners.iter().all(Option::is_none) {
        return Vec::new();
    }
    listeners
}

/// A listened host function called from the host (no wasm frame involved): `call` runs
/// it with `args`, between its listener's hooks.
pub(crate) fn host_call_from_host(
    f: &Arc<ListenedFunction>,
    args: &[Val],
    call: impl FnOnce() -> Result<Vec<Val>, Error>,
) -> Result<Vec<Val>, Error> {
    let mark = EntryMark::new();
    // Any address of this frame: deeper than the caller's calls, shallower than the
    // callee's.
    let marker = 0u8;
    let key = std::hint::black_box(&marker) as *const u8 as usize;
    let outcome = catch_unwind(AssertUnwindSafe(|| enter(key, f, args)))
        .map_err(|panic| panic_error(&panic))
        .and_then(|()| call())
        .and_then(|results| {
            catch_unwind(AssertUnwindSafe(|| exit(key, f, &results))).map_err(|panic| panic_error(&panic))?;
            Ok(results)
        });
    mark.finish(outcome)
}

/// A listened host function called from wasm code: `dispatch` runs it on the argument
/// words at `args` (which its caller reserved for every parameter and result), its single
/// narrow result going to `*result`. Returns `dispatch`'s trap code, or `HostError` when a
/// hook panicked.
///
/// # Safety
/// As for `host::host_dispatch`: `args` holds the parameters of `f`'s signature in its
/// layout, with room for its results; `result` is a writable word.
pub(crate) unsafe fn host_call_from_wasm(
    f: &Arc<ListenedFunction>,
    args: *mut u64,
    result: *const u64,
    dispatch: impl FnOnce() -> u32,
) -> u32 {
    // SAFETY: guaranteed by the caller.
    if unsafe { report_entry(f, args) } != 0 {
        return crate::TrapCode::HostError as u32;
    }
    let code = dispatch();
    if code != 0 {
        // Ended without results: reported when the entry from the host ends, or (an
        // exception a caller catches) at the next listened call or return.
        return code;
    }
    // The dispatch wrote every result into the argument words, or the single one (if
    // any) to `*result`.
    let at = if f.definition.func_type.results_in_words() { args as *const u64 } else { result };
    // SAFETY: as just said.
    match unsafe { report_exit(f, args as usize, at) } {
        0 => 0,
        _ => crate::TrapCode::HostError as u32,
    }
}
