//! Host functions as wasm sees them: a context with the vmctx header layout (so imported
//! calls treat it like any callee) whose `host_fn` word points at [`host_dispatch`].

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
}

/// A host function's context. The header must stay first and match the vmctx header.
#[repr(C)]
pub(crate) struct HostFuncCtx {
    header: [usize; (header::SIZE / 8) as usize],
    pub(crate) funcref: VMFuncRef,
    pub(crate) ty: FuncType,
    callback: HostCallback,
    /// Keeps `funcref.type_id` assigned to `ty`.
    _type_id: TypeIdRef,
    /// The function's listener, if its runtime's factory gave it one.
    pub(crate) listener: Option<Arc<crate::listener::ListenedFunction>>,
}

impl crate::vm::instance::HostFunc for HostFuncCtx {
    fn funcref_mut(&mut self) -> &mut VMFuncRef {
        &mut self.funcref
    }
}

impl HostFuncCtx {
    /// A boxed context (its address is stable) for `callback` with signature `ty`.
    pub(crate) fn new(ty: FuncType, type_id: TypeIdRef, callback: HostCallback) -> Box<HostFuncCtx> {
        let mut ctx = Box::new(HostFuncCtx {
            header: [0; (header::SIZE / 8) as usize],
            funcref: VMFuncRef::new(super::trampolines().host, std::ptr::null_mut(), type_id.id()),
            ty,
            callback,
            _type_id: type_id,
            listener: None,
        });
        ctx.header[(header::HOST_FN / 8) as usize] = host_dispatch as *const () as usize;
        let self_ptr = &mut *ctx as *mut HostFuncCtx as *mut u8;
        ctx.funcref.vmctx = self_ptr;
        ctx
    }

    /// Run the callback with checked results.
    pub(crate) fn invoke(&self, caller: Option<&Instance>, args: &[Val]) -> Result<Vec<Val>, Error> {
        let mut caller = Caller { instance: caller };
        let results = match &self.callback {
            HostCallback::Vals(f) => f(&mut caller, args)?,
            HostCallback::Raw(f) => {
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
    // SAFETY: the caller's vmctx is a live wasm instance's vmctx whose INSTANCE word is set.
    let caller = unsafe {
        let p = *(caller_vmctx.add(header::INSTANCE as usize) as *const *const Instance);
        p.as_ref()
    };
    if let HostCallback::Raw(f) = &ctx.callback {
        return raw_dispatch(ctx, f, caller, args as *mut u64, results);
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

/// The raw path: the callback works in place on the caller's argument words (no copy, no
/// allocation), in the signature's layout (two words per value for a wide signature, whose
/// results all stay in the words).
fn raw_dispatch(
    ctx: &HostFuncCtx,
    f: &Arc<RawFn>,
    caller: Option<&Instance>,
    args: *mut u64,
    results: *mut u64,
) -> u32 {
    let ty = &ctx.ty;
    // SAFETY: the wasm caller reserved `buffer_words` argument words at `args`, holding the
    // parameters in the signature's layout; nothing else touches them until this call
    // returns.
    let stack = unsafe { arg_words(args, ty.buffer_words()) };
    let instance = caller;
    let mut caller = Caller { instance: caller };
    match catch_unwind(AssertUnwindSafe(|| f(&mut caller, &mut *stack))) {
        Ok(Ok(())) => {
            if ty.is_wide() {
                // The rule's second word of a scalar result is 0, whatever the callback left.
                for (i, &t) in ty.results().iter().enumerate() {
                    if t != ValType::V128 {
                        stack[2 * i + 1] = 0;
                    }
                }
            } else if ty.results().len() == 1 {
                // SAFETY: the trampoline provides a two-word results area.
                unsafe { *results = stack[0] };
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
