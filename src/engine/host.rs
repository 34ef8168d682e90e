//! Host functions as wasm sees them: a context with the vmctx header layout (so imported
//! calls treat it like any callee) whose `host_fn` word points at its entry: the generic
//! [`host_dispatch`], or a direct one for raw and typed callbacks without a listener.

use crate::error::panic_message;
use crate::values::{read_words, write_words};
use crate::vm::instance::Instance;
use crate::vm::types::TypeIdRef;
use crate::vm::vmctx::{header, VMFuncRef};
use crate::{Caller, Error, FuncType, TrapCode, Val, ValType};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

/// A host function over values.
pub(crate) type ValsFn = dyn Fn(&mut Caller<'_>, &[Val]) -> Result<Vec<Val>, Error> + Send + Sync;
/// A host function over the raw stack: parameters in, results written back in place, in
/// the word layout of `FuncType` (two words per value when the signature has a `v128`).
pub(crate) type RawFn = dyn Fn(&mut Caller<'_>, &mut [u64]) -> Result<(), Error> + Send + Sync;

/// What the host trampoline calls (a context's `host_fn` word): `(context, caller's
/// vmctx, argument words, two-word results area) -> 0 or a trap code`.
pub(crate) type HostEntry = unsafe extern "C" fn(*mut u8, *mut u8, *const u64, *mut u64) -> u32;

/// The Rust side of a host function.
#[derive(Clone)]
pub(crate) enum HostCallback {
    /// Decoded values (any types, references included).
    Vals(Arc<ValsFn>),
    /// Raw 64-bit words, laid out as `FuncType`'s rule says: one per value, or two per
    /// value (value `i` at words `2 * i` and `2 * i + 1`, a `v128` low half first) when
    /// the signature has a `v128`. Only for signatures without reference types, so a host
    /// can never forge a function reference.
    Raw(Arc<RawFn>),
    /// A typed closure (`func_wrap`): `raw` runs it for calls from Rust and listened calls;
    /// calls from wasm enter `entry`, compiled for the closure's own type, which finds the
    /// closure at `closure` (an address inside `raw`, which owns it) and calls it directly.
    Typed { raw: Arc<RawFn>, entry: HostEntry, closure: usize },
}

impl HostCallback {
    /// The raw form of a raw or typed callback.
    fn raw(&self) -> Option<&Arc<RawFn>> {
        match self {
            HostCallback::Vals(_) => None,
            HostCallback::Raw(raw) | HostCallback::Typed { raw, .. } => Some(raw),
        }
    }
}

/// A host function's context. The header must stay first and match the vmctx header.
#[repr(C)]
pub(crate) struct HostFuncCtx {
    header: [usize; (header::SIZE / 8) as usize],
    pub(crate) funcref: VMFuncRef,
    pub(crate) ty: FuncType,
    /// `ty`'s layout, worked out once for the calls from wasm.
    layout: WordLayout,
    callback: HostCallback,
    /// Keeps `funcref.type_id` assigned to `ty`.
    _type_id: TypeIdRef,
    /// The function's listener, if its runtime's factory gave it one (see
    /// [`HostFuncCtx::set_listener`]).
    pub(crate) listener: Option<Arc<crate::listener::ListenedFunction>>,
}

/// Where a call from wasm has a host function's values (see `FuncType`'s layout rule).
#[derive(Clone, Copy)]
struct WordLayout {
    /// Argument words the caller reserved: room for every parameter and every result.
    words: usize,
    /// Words per value: 2 for a wide signature (results all in the words), else 1.
    stride: usize,
    /// A narrow signature's single result, returned in a register (copied to the results
    /// area for the trampoline).
    result_in_register: bool,
}

impl WordLayout {
    fn of(ty: &FuncType) -> WordLayout {
        WordLayout {
            words: ty.buffer_words(),
            stride: ty.word_stride(),
            result_in_register: !ty.is_wide() && ty.results().len() == 1,
        }
    }
}

impl crate::vm::instance::HostFunc for HostFuncCtx {
    fn funcref_mut(&mut self) -> &mut VMFuncRef {
        &mut self.funcref
    }
}

impl HostFuncCtx {
    /// A boxed context (its address is stable) for `callback` with signature `ty`, in the
    /// runtime whose GC heap is `heap`.
    pub(crate) fn new(
        ty: FuncType,
        type_id: TypeIdRef,
        callback: HostCallback,
        heap: &crate::vm::gc_heap::GcHeap,
    ) -> Box<HostFuncCtx> {
        let code = super::trampolines().host_for(heap);
        let mut ctx = Box::new(HostFuncCtx {
            header: [0; (header::SIZE / 8) as usize],
            funcref: VMFuncRef::new(code, std::ptr::null_mut(), &type_id),
            layout: WordLayout::of(&ty),
            ty,
            callback,
            _type_id: type_id,
            listener: None,
        });
        ctx.header[(header::HOST_FN / 8) as usize] = ctx.entry() as *const () as usize;
        let self_ptr = &mut *ctx as *mut HostFuncCtx as *mut u8;
        ctx.funcref.vmctx = self_ptr;
        ctx
    }

    /// Give the function a listener (before any call): its calls from wasm then go through
    /// the generic entry, which tells the listener.
    pub(crate) fn set_listener(&mut self, listener: Option<Arc<crate::listener::ListenedFunction>>) {
        self.listener = listener;
        self.header[(header::HOST_FN / 8) as usize] = self.entry() as *const () as usize;
    }

    /// The entry for calls from wasm: the generic [`host_dispatch`] for value callbacks and
    /// listened functions; otherwise straight to the raw words, through the typed
    /// closure's own entry when there is one (no dispatch on the callback's kind, no
    /// indirect call of the closure).
    fn entry(&self) -> HostEntry {
        match (&self.listener, &self.callback) {
            (Some(_), _) | (None, HostCallback::Vals(_)) => host_dispatch,
            (None, HostCallback::Raw(_)) => raw_entry,
            (None, HostCallback::Typed { entry, .. }) => *entry,
        }
    }

    /// Run the callback with checked results.
    pub(crate) fn invoke(&self, caller: Option<&Instance>, args: &[Val]) -> Result<Vec<Val>, Error> {
        let mut caller = Caller { instance: caller };
        let results = match &self.callback {
            HostCallback::Vals(f) => f(&mut caller, args)?,
            HostCallback::Raw(f) | HostCallback::Typed { raw: f, .. } => {
                let stride = self.ty.word_stride();
                let mut words = vec![0u64; self.ty.buffer_words()];
                for (i, a) in args.iter().enumerate() {
                    write_words(&mut words, i, stride, a.to_words());
                }
                f(&mut caller, &mut words)?;
                let results = self.ty.results().iter().enumerate();
                // SAFETY: raw host functions have no reference types (checked when built).
                results.map(|(i, &t)| unsafe { Val::from_words(t, read_words(&words, i, stride)) }).collect()
            }
        };
        let ok = results.len() == self.ty.results().len()
            && results.iter().zip(self.ty.results()).all(|(v, &t)| v.ty() == t);
        if !ok {
            return Err(Error::Host(format!("host function returned {results:?}, expected {}", self.ty)));
        }
        Ok(results)
    }
}

/// Called by the host trampoline: decode arguments, run the callback (catching panics),
/// encode the results, as `FuncType`'s layout rule says (a wide signature's results all go
/// to the argument words, and the results area is unused). A non-zero return is a trap
/// code.
pub(crate) unsafe extern "C" fn host_dispatch(
    ctx: *mut u8,
    caller_vmctx: *mut u8,
    args: *const u64,
    results: *mut u64,
) -> u32 {
    // SAFETY: the trampoline passes the HostFuncCtx it was called with.
    let host = unsafe { &*(ctx as *const HostFuncCtx) };
    // SAFETY: the trampoline's arguments, passed on as they came.
    let dispatch = || unsafe { dispatch(host, caller_vmctx, args, results) };
    match &host.listener {
        None => dispatch(),
        // SAFETY: the caller reserved `buffer_words` argument words at `args` holding the
        // parameters, and the trampoline provides the results area.
        Some(f) => unsafe { super::listen::host_call_from_wasm(f, args as *mut u64, results, dispatch) },
    }
}

/// [`host_dispatch`] without the listener.
///
/// # Safety
/// As for [`host_dispatch`].
unsafe fn dispatch(ctx: &HostFuncCtx, caller_vmctx: *mut u8, args: *const u64, results: *mut u64) -> u32 {
    // SAFETY: as for this function.
    let caller = unsafe { caller_instance(caller_vmctx) };
    if let Some(f) = ctx.callback.raw() {
        return in_place(ctx, caller, args as *mut u64, results, |caller, stack| f(caller, stack));
    }
    let stride = ctx.ty.word_stride();
    // SAFETY: the wasm caller reserved `buffer_words` argument words at `args`, holding
    // the parameters in the signature's layout; nothing else touches them during this call.
    let words = unsafe { arg_words(args as *mut u64, ctx.ty.buffer_words()) };
    let params: Vec<Val> = ctx
        .ty
        .params()
        .iter()
        .enumerate()
        // SAFETY: the caller stored an argument of the declared type per parameter (a
        // funcref argument is a live VMFuncRef or null).
        .map(|(i, &t)| unsafe { Val::from_words(t, read_words(words, i, stride)) })
        .collect();
    match catch_unwind(AssertUnwindSafe(|| ctx.invoke(caller, &params))) {
        Ok(Ok(vals)) => {
            if let Some(caller) = caller {
                if let Err(e) = hand_over(caller, &vals) {
                    super::set_pending_host_error(e);
                    return TrapCode::HostError as u32;
                }
            }
            if ctx.ty.results_in_words() {
                for (i, v) in vals.iter().enumerate() {
                    write_words(words, i, stride, v.to_words());
                }
            } else if let Some(v) = vals.first() {
                // SAFETY: the trampoline provides a two-word results area.
                unsafe { *results = v.to_bits() };
            }
            0
        }
        Ok(Err(e)) => fail(e, caller, results),
        Err(panic) => {
            super::set_pending_host_error(Error::Host(format!("host function panicked: {}", panic_message(&panic))));
            TrapCode::HostError as u32
        }
    }
}

/// A host function failed with `e`: an [`Error::Exception`] is thrown into its wasm caller
/// (a new exception in this thread's arena, handed to the host trampoline in `results[0]`
/// with the code `UncaughtException`, on which the trampoline unwinds from the call site);
/// any other error ends the entry, kept for the host.
fn fail(e: Error, caller: Option<&Instance>, results: *mut u64) -> u32 {
    let Error::Exception(exception) = e else {
        super::set_pending_host_error(e);
        return TrapCode::HostError as u32;
    };
    if exception.payload().len() != exception.tag().ty().params().len() {
        // An exception whose exnref payload the host never saw cannot be thrown again.
        let message = "a host function rethrew an exception whose exnref payload stays in wasm code";
        super::set_pending_host_error(Error::Host(message.into()));
        return TrapCode::HostError as u32;
    }
    if let Err(e) = exception.tag().ty().check_host_args(exception.payload()) {
        super::set_pending_host_error(Error::Host(format!("a host function threw an exception: {e}")));
        return TrapCode::HostError as u32;
    }
    // A function reference the exception carries may be kept by the catching code.
    if let Some(caller) = caller {
        if let Err(e) = hand_over(caller, exception.payload()) {
            super::set_pending_host_error(e);
            return TrapCode::HostError as u32;
        }
    }
    let words: Vec<[u64; 2]> = exception.payload().iter().map(Val::to_words).collect();
    let exn = crate::vm::exception::new_with_payload(&exception.tag().inner, &words);
    // SAFETY: the trampoline provides a two-word results area.
    unsafe { *results = exn as u64 };
    TrapCode::UncaughtException as u32
}

/// Before a host function's results reach its wasm caller: function references must come
/// from the caller's runtime, and are retained for the caller (`vm::store::retain`), since
/// the host may drop its handles as soon as it returned.
fn hand_over(caller: &Instance, results: &[Val]) -> Result<(), Error> {
    for v in results {
        if matches!(v, Val::ExternRef(Some(_)) | Val::AnyRef(Some(_)) | Val::ExternAny(_)) {
            let store = caller.store().ok_or_else(|| Error::Host("the runtime is gone".into()))?;
            v.check_for(&store.gc_heap).map_err(|e| Error::Host(format!("host function result: {e}")))?;
        }
        if let Val::FuncRef(Some(f)) = v {
            let same_runtime = caller.store().is_some_and(|store| f.belongs_to(&store));
            if !same_runtime {
                return Err(Error::Host("host function returned a function reference from another runtime".into()));
            }
            crate::vm::store::retain(caller, f.handle.ptr);
        }
    }
    Ok(())
}

/// The instance whose code called, from its vmctx.
///
/// # Safety
/// `caller_vmctx` is a live wasm instance's vmctx whose INSTANCE word is set (the host
/// trampoline passes its caller's).
unsafe fn caller_instance<'a>(caller_vmctx: *mut u8) -> Option<&'a Instance> {
    // SAFETY: guaranteed by the caller.
    unsafe { (*(caller_vmctx.add(header::INSTANCE as usize) as *const *const Instance)).as_ref() }
}

/// The host trampoline's entry for a raw callback without a listener.
///
/// # Safety
/// As for [`host_dispatch`], with a context whose callback is raw or typed.
unsafe extern "C" fn raw_entry(ctx: *mut u8, caller_vmctx: *mut u8, args: *const u64, results: *mut u64) -> u32 {
    // SAFETY: the trampoline passes the HostFuncCtx it was called with.
    let host = unsafe { &*(ctx as *const HostFuncCtx) };
    let Some(f) = host.callback.raw() else { unreachable!("raw_entry serves raw callbacks") };
    // SAFETY: the trampoline passes its caller's vmctx.
    let caller = unsafe { caller_instance(caller_vmctx) };
    in_place(host, caller, args as *mut u64, results, |caller, stack| f(caller, stack))
}

/// The host trampoline's entry for a typed closure `F` without a listener (`func_wrap`
/// makes one per closure type): the parameters are read from the words and the results
/// written back by code compiled for `P` and `R`, around a direct call of the closure.
///
/// # Safety
/// As for [`host_dispatch`], with a context whose callback is `Typed` with this entry, so
/// that its `closure` address holds an `F`.
pub(crate) unsafe extern "C" fn typed_entry<P, R, F>(
    ctx: *mut u8,
    caller_vmctx: *mut u8,
    args: *const u64,
    results: *mut u64,
) -> u32
where
    P: crate::typed::WasmParams,
    R: crate::typed::WasmResults,
    F: Fn(&mut Caller<'_>, P) -> Result<R, Error> + Send + Sync + 'static,
{
    // SAFETY: the trampoline passes the HostFuncCtx it was called with.
    let host = unsafe { &*(ctx as *const HostFuncCtx) };
    let HostCallback::Typed { closure, .. } = host.callback else { unreachable!("typed_entry serves typed callbacks") };
    // SAFETY: this entry is only installed with a `closure` that addresses an `F`, owned by
    // the callback's `raw`, which the context keeps.
    let f = unsafe { &*(closure as *const F) };
    // SAFETY: the trampoline passes its caller's vmctx.
    let caller = unsafe { caller_instance(caller_vmctx) };
    let stride = host.layout.stride;
    in_place(host, caller, args as *mut u64, results, |caller, stack| run_typed(f, caller, stack, stride))
}

/// Run a typed closure on the raw words of a call, `stride` words per value: its
/// parameters read from them, its results written back (both `func_wrap`'s raw form and
/// its [`typed_entry`]).
#[inline(always)]
pub(crate) fn run_typed<P, R, F>(f: &F, caller: &mut Caller<'_>, stack: &mut [u64], stride: usize) -> Result<(), Error>
where
    P: crate::typed::WasmParams,
    R: crate::typed::WasmResults,
    F: Fn(&mut Caller<'_>, P) -> Result<R, Error>,
{
    f(caller, P::from_words(stack, stride))?.write_words(stack, stride);
    Ok(())
}

/// The raw path: `run` works in place on the caller's argument words (no copy, no
/// allocation), in the signature's layout (two words per value for a wide signature, whose
/// results all stay in the words).
#[inline(always)]
fn in_place(
    ctx: &HostFuncCtx,
    caller: Option<&Instance>,
    args: *mut u64,
    results: *mut u64,
    run: impl FnOnce(&mut Caller<'_>, &mut [u64]) -> Result<(), Error>,
) -> u32 {
    let layout = ctx.layout;
    // SAFETY: the wasm caller reserved `layout.words` argument words at `args`, holding the
    // parameters in the signature's layout; nothing else touches them until this call
    // returns.
    let stack = unsafe { arg_words(args, layout.words) };
    let instance = caller;
    let mut caller = Caller { instance: caller };
    match catch_unwind(AssertUnwindSafe(|| run(&mut caller, &mut *stack))) {
        Ok(Ok(())) => {
            if layout.result_in_register {
                // SAFETY: the trampoline provides a two-word results area.
                unsafe { *results = stack[0] };
            } else if layout.stride == 2 {
                // The rule's second word of a scalar result is 0, whatever the callback left.
                for (i, &t) in ctx.ty.results().iter().enumerate() {
                    if t != ValType::V128 {
                        stack[2 * i + 1] = 0;
                    }
                }
            }
            0
        }
        Ok(Err(e)) => fail(e, instance, results),
        Err(panic) => {
            super::set_pending_host_error(Error::Host(format!("host function panicked: {}", panic_message(&panic))));
            TrapCode::HostError as u32
        }
    }
}

/// The argument words of a call from wasm code as a slice (an empty one for `len` 0,
/// whatever `args` is).
///
/// # Safety
/// For `len > 0`, `args` must point to `len` words that nothing else touches while the
/// slice lives.
unsafe fn arg_words<'a>(args: *mut u64, len: usize) -> &'a mut [u64] {
    if len == 0 {
        return &mut [];
    }
    // SAFETY: guaranteed by the caller.
    unsafe { std::slice::from_raw_parts_mut(args, len) }
}
