//! Execution engine: compiling modules into executable memory, the host<->wasm
//! trampolines, calling into wasm, and turning traps (explicit or from signals) into errors.

pub(crate) mod artifact;
pub(crate) mod backtrace;
pub(crate) mod builtins;
pub(crate) mod code_memory;
pub(crate) mod deadline;
pub(crate) mod gc_roots;
#[cfg(test)]
mod golden;
mod helpers;
pub(crate) mod host;
pub(crate) mod inspect;
pub(crate) mod instantiate;
pub(crate) mod lazy;
pub(crate) mod listen;
pub(crate) mod module;
pub(crate) mod perf_map;
mod pipeline;
mod sections;
pub(crate) mod signals;
pub(crate) mod stack;
pub(crate) mod stack_map_table;
pub(crate) mod unwind;

use crate::vm::instance::{check_args, FuncHandle};
use crate::vm::vmctx::{header, thread, VMThreadState};
use crate::{Error, Trap, TrapCode, Val};
use code_memory::CodeMemory;
use std::cell::RefCell;
use std::sync::OnceLock;

/// `extern "C" fn(vmctx, code, args, nargs, results) -> trap code`.
type EntryFn = unsafe extern "C" fn(*mut u8, *const u8, *mut u64, usize, *mut u64, *mut VMThreadState) -> u32;

/// The process-wide trampolines.
pub(crate) struct Trampolines {
    _entry_code: CodeMemory,
    _host_code: CodeMemory,
    _host_gc_code: CodeMemory,
    _preserving_code: CodeMemory,
    _unwind_code: CodeMemory,
    entry: EntryFn,
    /// Address wasm code calls to reach a host function of a runtime without GC.
    host: *const u8,
    /// The same for runtimes with GC: it also names the calling wasm frame in the thread
    /// state while the host function runs (`VMThreadState::safepoint`), for a collection;
    /// two stores a call that the other runtimes do not pay (the typed host call measured
    /// 4.4 ns without them, 4.8-5.2 with a first, five-access version).
    host_gc: *const u8,
    /// Register-preserving trampoline to the builtins of cold paths (vmctx `PRESERVING_STUB`),
    /// followed at `tail_return::OFFSET` by the tail-return stubs.
    pub(crate) preserving: *const u8,
    /// The unwind trampoline compiled code calls to throw (thread state `UNWIND_STUB`).
    pub(crate) unwind: *const u8,
}

// SAFETY: the trampolines are immutable executable code.
unsafe impl Send for Trampolines {}
// SAFETY: as above.
unsafe impl Sync for Trampolines {}

impl Trampolines {
    /// The host trampoline for functions of a runtime whose heap is `heap`.
    pub(crate) fn host_for(&self, heap: &crate::vm::gc_heap::GcHeap) -> *const u8 {
        if heap.is_enabled() {
            self.host_gc
        } else {
            self.host
        }
    }

    /// Whether `code` is a host trampoline (its function is a host function).
    pub(crate) fn is_host(&self, code: *const u8) -> bool {
        code == self.host || code == self.host_gc
    }
}

/// Whether `pc` lies among the tail-return stubs' slots (see `onepass_arch::tail_return`):
/// as a return address, only a stub's entry can, the return address of a callee running in
/// a tail call's class area (nothing calls from inside the stubs). Stack walkers step over
/// the frame it returns for, which made that tail call and runs no more.
pub(crate) fn is_tail_return(pc: usize) -> bool {
    use onepass_arch::tail_return::{entry_offset, CLASSES, STRIDE};
    let first = trampolines().preserving as usize + entry_offset(0) as usize;
    pc.wrapping_sub(first) < (CLASSES as usize) * STRIDE as usize
}

/// The trampolines, generated on first use.
pub(crate) fn trampolines() -> &'static Trampolines {
    static TRAMPOLINES: OnceLock<Trampolines> = OnceLock::new();
    TRAMPOLINES.get_or_init(|| {
        use onepass_arch as isa;
        let offsets = isa::TrampolineOffsets {
            entry_sp: thread::ENTRY_SP,
            heap_base: header::HEAP_BASE,
            host_fn: header::HOST_FN,
            unwind_stub: thread::UNWIND_STUB,
            throw_code: TrapCode::UncaughtException as u32,
            safepoint: None,
        };
        let entry_code = CodeMemory::new(&isa::emit_entry_trampoline(offsets)).expect("map entry trampoline");
        let host_code = CodeMemory::new(&isa::emit_host_trampoline(offsets)).expect("map host trampoline");
        let recording = isa::TrampolineOffsets { safepoint: Some(thread::SAFEPOINT), ..offsets };
        let host_gc_code = CodeMemory::new(&isa::emit_host_trampoline(recording)).expect("map host trampoline");
        // The tail-return stubs sit at a fixed distance from the preserving trampoline, so
        // compiled code finds them through the vmctx's PRESERVING_STUB (see onepass_arch::tail_return).
        let mut preserving_and_tail_returns = isa::emit_preserving_trampoline(header::BUILTINS);
        let offset = isa::tail_return::OFFSET as usize;
        assert!(
            preserving_and_tail_returns.len() <= offset,
            "the preserving trampoline overlaps the tail-return stubs"
        );
        preserving_and_tail_returns.resize(offset, 0);
        preserving_and_tail_returns.extend(isa::emit_tail_returns());
        let preserving_code = CodeMemory::new(&preserving_and_tail_returns).expect("map preserving trampoline");
        let unwind_offsets = isa::UnwindOffsets {
            entry_sp: thread::ENTRY_SP,
            resume_sp: thread::RESUME_SP,
            resume_fp: thread::RESUME_FP,
            resume_pc: thread::RESUME_PC,
            resume_exn: thread::RESUME_EXN,
            unwind: unwind::unwind as *const () as usize,
        };
        let unwind_code = CodeMemory::new(&isa::emit_unwind_trampoline(unwind_offsets)).expect("map unwind trampoline");
        // SAFETY: the mapping holds the entry trampoline, which follows the EntryFn ABI.
        let entry = unsafe { std::mem::transmute::<*const u8, EntryFn>(entry_code.as_ptr()) };
        let host = host_code.as_ptr();
        let host_gc = host_gc_code.as_ptr();
        let preserving = preserving_code.as_ptr();
        Trampolines {
            _entry_code: entry_code,
            _host_code: host_code,
            _host_gc_code: host_gc_code,
            host_gc,
            unwind: unwind_code.as_ptr(),
            _preserving_code: preserving_code,
            _unwind_code: unwind_code,
            entry,
            host,
            preserving,
        }
    })
}

thread_local! {
    static PENDING_HOST_ERROR: RefCell<Option<Error>> = const { RefCell::new(None) };
    /// How many entries from the host are running on this thread.
    static ENTRY_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// One entry from the host into wasm on this thread: when the outermost one ends, no frame
/// can hold an exception any more, and the thread's exceptions are freed.
struct EntryDepth;

impl EntryDepth {
    /// Enter; `top` is an address in the caller's frame, above every wasm frame of the
    /// entry (the exception collector scans the stack below it).
    fn enter(top: usize) -> EntryDepth {
        let outermost = ENTRY_DEPTH.with(|d| {
            d.set(d.get() + 1);
            d.get() == 1
        });
        if outermost {
            crate::vm::exception::set_stack_top(top);
        }
        EntryDepth
    }
}

impl Drop for EntryDepth {
    fn drop(&mut self) {
        let outermost = ENTRY_DEPTH.with(|d| {
            d.set(d.get() - 1);
            d.get() == 0
        });
        if outermost {
            crate::vm::exception::clear_thread();
            crate::vm::exception::set_stack_top(0);
        }
    }
}

/// The addresses of the engine's code that every vmctx holds.
pub(crate) fn vmctx_hooks() -> crate::vm::instance::VmctxHooks {
    crate::vm::instance::VmctxHooks {
        builtins: builtins::BUILTINS.0.as_ptr() as usize,
        trap_recorder: backtrace::record_trap as *const () as usize,
        preserving_stub: trampolines().preserving as usize,
    }
}

/// Remember a host function's error so the trap it raises can report it.
pub(crate) fn set_pending_host_error(e: Error) {
    PENDING_HOST_ERROR.with(|p| *p.borrow_mut() = Some(e));
}

/// Call a function with checked arguments.
pub(crate) fn call(func: &FuncHandle, args: &[Val]) -> Result<Vec<Val>, Error> {
    // Until the results are host values (rooted): no other thread's collection meanwhile.
    let _mutator = func.store.gc_heap.mutator();
    let bits = check_args(&func.ty, args)?;
    func.ty.check_host_args(args).map_err(Error::Call)?;
    // The callee may keep a reference it is given (in its own tables, which it writes
    // without telling the runtime): each must live as long as the callee (`vm::store`).
    for arg in args {
        arg.check_for(&func.store.gc_heap).map_err(Error::Call)?;
        if let Val::FuncRef(Some(f)) = arg {
            if !f.belongs_to(&func.store) {
                return Err(Error::Call("a function reference from another runtime".into()));
            }
            // (A host function gets `Function`s, which own their modules.)
            if func.definer().module.is_some() {
                crate::vm::store::retain(func.definer(), f.handle.ptr);
            }
        }
    }
    // SAFETY: the handle keeps the VMFuncRef alive.
    let fref = unsafe { &*func.ptr };
    if trampolines().is_host(fref.code()) {
        // A host function called from Rust: no wasm frame involved.
        // SAFETY: a funcref whose code is the host trampoline carries a HostFuncCtx.
        let ctx = unsafe { &*(fref.vmctx as *const host::HostFuncCtx) };
        return match &ctx.listener {
            None => ctx.invoke(None, args),
            Some(f) => listen::host_call_from_host(f, args, || ctx.invoke(None, args)),
        };
    }
    let mut words = bits;
    // Held until the results are decoded: an `exnref` result is copied out of this
    // thread's exception arena, which the outermost entry's end clears.
    let top = 0u8;
    let exn_results = func.ty.results().contains(&crate::ValType::ExnRef);
    let _depth = exn_results.then(|| EntryDepth::enter(std::ptr::addr_of!(top) as usize));
    // SAFETY: the words were checked against the signature and leave room for the results;
    // the mutator is held.
    let registers = unsafe { call_raw(func, &mut words)? };
    let ty = &func.ty;
    let (stride, in_words) = (ty.word_stride(), ty.results_in_words());
    let results = ty.results().iter().enumerate().map(|(i, &t)| {
        let raw = if in_words {
            crate::values::read_words(&words, i, stride)
        } else {
            let float = matches!(t, crate::ValType::F32 | crate::ValType::F64);
            [registers[float as usize], 0]
        };
        // SAFETY: the words are a result of type `t` produced by wasm code.
        unsafe { Val::from_words(t, raw) }
    });
    Ok(results.collect())
}

/// Call a wasm function with raw argument words; returns the integer and float result
/// registers. The words are laid out as `FuncType`'s layout rule says (two per value for a
/// signature with a `v128`); results that the rule puts in the words (several, or any of
/// a wide signature) come back in `args`, and the registers are then meaningless.
///
/// # Safety
/// `args` must start with the function's arguments in that layout, have room for all of
/// its results (`FuncType::buffer_words`), and the function must not be a host function
/// (those are called directly). The caller holds the store's `gc_stop::Mutator` (taken
/// with `func.store.gc_heap.mutator()`; none in a runtime without GC): while wasm code of
/// the store runs on this thread, no other thread may collect.
pub(crate) unsafe fn call_raw(func: &FuncHandle, args: &mut [u64]) -> Result<[u64; 2], Error> {
    let mark = listen::EntryMark::new();
    // SAFETY: the caller's guarantees, passed on.
    mark.finish(unsafe { enter_wasm(func, args) })
}

/// [`call_raw`] without the listened calls' bookkeeping.
///
/// # Safety
/// As for [`call_raw`].
unsafe fn enter_wasm(func: &FuncHandle, args: &mut [u64]) -> Result<[u64; 2], Error> {
    // SAFETY: the handle keeps the VMFuncRef alive.
    let fref = unsafe { &*func.ptr };
    signals::ensure_installed();
    signals::ensure_alt_stack();
    let mut results = [0u64; 2];
    backtrace::clear();
    // This entry's own stack limit and trap landing: an instance may be running on other
    // threads at the same time, so neither may live in its vmctx.
    let mut thread_state = VMThreadState {
        stack_limit: stack::entry_limit(func.store.stack),
        entry_sp: 0,
        unwind_stub: trampolines().unwind as usize,
        resume_sp: 0,
        resume_fp: 0,
        resume_pc: 0,
        resume_exn: 0,
        gc_cursor: 0,
        gc_end: 0,
        gc_heap: std::ptr::null(),
        safepoint_fp: 0,
        safepoint_pc: 0,
        safepoint: 0,
    };
    let _depth = EntryDepth::enter(std::ptr::addr_of!(results) as usize);
    // Listed for the garbage collector's walk of this thread's frames (after `_depth`,
    // so before it, the list drops first).
    // (Only entries of runtimes with GC: no other frame can hold an object.)
    // (One raw pointer for the trampoline, the list and the reads below: the collector
    // writes the buffer fields through the list while the entry runs.)
    let state: *mut VMThreadState = &mut thread_state;
    let _listed = func.store.gc_heap.is_enabled().then(|| gc_roots::EntryListed::new(state));
    // The callee gets at least as much argument area as a call between wasm functions
    // gives with tail calls enabled (it may take over its frame for a tail call with more
    // arguments than it has).
    const ROOM: usize = crate::compiler::TAIL_CALL_ROOM_WORDS as usize;
    let mut padded = [0u64; ROOM];
    let short = args.len() < ROOM;
    if short {
        padded[..args.len()].copy_from_slice(args);
    }
    let words: &mut [u64] = if short { &mut padded } else { &mut *args };
    // SAFETY: code/vmctx come from a live funcref of a compiled module; the words start
    // with its arguments (the caller's contract) and are at least as many as it may use;
    // results has room for the two result registers; the thread state outlives the call,
    // which is the only code that uses it.
    let code = unsafe {
        (trampolines().entry)(fref.vmctx, fref.code(), words.as_mut_ptr(), words.len(), results.as_mut_ptr(), state)
    };
    if short {
        // Results that come back in the words.
        let n = args.len();
        args.copy_from_slice(&padded[..n]);
    }
    // SAFETY: the entry is over: nothing else uses the thread state now.
    let (gc_heap, gc_cursor, gc_end) = unsafe { ((*state).gc_heap, (*state).gc_cursor, (*state).gc_end) };
    if !gc_heap.is_null() {
        // SAFETY: the heap that handed out this entry's allocation buffer: the store's,
        // which `func` holds.
        unsafe { (*gc_heap).give_back(gc_cursor, gc_end) };
    }
    if code != 0 {
        let trap = TrapCode::from_u32(code).unwrap_or(TrapCode::Unreachable);
        if trap == TrapCode::Interrupted {
            // The module whose termination check fired (it may be a callee of the one
            // entered), else the entered one.
            let closed = backtrace::interrupted_exit_code().or_else(|| func.definer().exit_code());
            if let Some(code) = closed.or_else(|| func.owner.exit_code()) {
                backtrace::clear();
                return Err(Error::Exit(code));
            }
        }
        if trap == TrapCode::UncaughtException {
            if let Some(uncaught) = unwind::take_uncaught_exception() {
                backtrace::clear();
                let tag = crate::Tag { inner: uncaught.tag };
                // (An exnref payload stays in wasm code: such a payload is not shown.)
                let shown = if tag.ty().crosses_host() { &uncaught.payload[..] } else { &[] };
                let payload = tag.ty().params().iter().zip(shown);
                // SAFETY: the words are values of the tag's types written by wasm code; a
                // function reference among them is live (its instance is held by the
                // frames that threw it, which this entry's caller keeps alive).
                let payload = payload.map(|(&t, &words)| unsafe { Val::from_words(t, words) }).collect();
                return Err(Error::Exception(crate::Exception::from_parts(tag, payload)));
            }
        }
        if trap == TrapCode::HostError {
            if let Some(e) = PENDING_HOST_ERROR.with(|p| p.borrow_mut().take()) {
                return Err(e);
            }
        }
        return Err(Error::Trap(Trap { code: trap, backtrace: backtrace::take() }));
    }
    Ok(results)
}
