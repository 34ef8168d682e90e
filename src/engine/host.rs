//! Host functions as wasm sees them: a context with the vmctx header layout (so imported
//! calls treat it like any callee) whose `host_fn` word points at [`host_dispatch`].

use crate::vm::instance::{Instance, TypeIdRef};
use crate::vm::vmctx::{header, VMFuncRef};
use crate::{Caller, Error, FuncType, TrapCode, Val};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

/// A host function over values.
pub(crate) type ValsFn = dyn Fn(&mut Caller<'_>, &[Val]) -> Result<Vec<Val>, Error> + Send + Sync;
/// A host function over the raw stack: parameters in, results written back in place.
pub(crate) type RawFn = dyn Fn(&mut Caller<'_>, &mut [u64]) -> Result<(), Error> + Send + Sync;

/// The Rust side of a host function.
#[derive(Clone)]
pub(crate) enum HostCallback {
    /// Decoded values (any types, references included).
    Vals(Arc<ValsFn>),
    /// Raw 64-bit words; only for signatures without reference types, so a host can never
    /// forge a function reference.
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
                let mut words: Vec<u64> = args.iter().map(Val::to_bits).collect();
                words.resize(self.ty.params().len().max(self.ty.results().len()), 0);
                f(&mut caller, &mut words)?;
                self.ty
                    .results()
                    .iter()
                    .zip(&words)
                    // SAFETY: raw host functions have no reference types (checked when built).
                    .filter_map(|(&t, &w)| unsafe { Val::from_bits(t, w) })
                    .collect()
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
/// encode the result. A non-zero return is a trap code.
pub(crate) unsafe extern "C" fn host_dispatch(
    ctx: *mut u8,
    caller_vmctx: *mut u8,
    args: *const u64,
    results: *mut u64,
) -> u32 {
    // SAFETY: the trampoline passes the HostFuncCtx it was called with.
    let ctx = unsafe { &*(ctx as *const HostFuncCtx) };
    // SAFETY: the caller's vmctx is a live wasm instance's vmctx whose INSTANCE word is set.
    let caller = unsafe {
        let p = *(caller_vmctx.add(header::INSTANCE as usize) as *const *const Instance);
        p.as_ref()
    };
    if let HostCallback::Raw(f) = &ctx.callback {
        return raw_dispatch(ctx, f, caller, args as *mut u64, results);
    }
    let params: Vec<Val> = ctx
        .ty
        .params()
        .iter()
        .enumerate()
        // SAFETY: the caller stored one 8-byte argument of the declared type per parameter
        // (a funcref argument is a live VMFuncRef or null).
        .map(|(i, &t)| unsafe { Val::from_bits(t, *args.add(i)) }.unwrap_or(Val::I64(0)))
        .collect();
    match catch_unwind(AssertUnwindSafe(|| ctx.invoke(caller, &params))) {
        Ok(Ok(vals)) => {
            if let Some(caller) = caller {
                if let Err(e) = hand_over(caller, &vals) {
                    super::set_pending_host_error(e);
                    return TrapCode::HostError as u32;
                }
            }
            if vals.len() > 1 {
                for (i, v) in vals.iter().enumerate() {
                    // SAFETY: the wasm caller reserved max(params, results) argument words.
                    unsafe { *(args as *mut u64).add(i) = v.to_bits() };
                }
            } else if let Some(v) = vals.first() {
                // SAFETY: the trampoline provides a two-word results area.
                unsafe { *results = v.to_bits() };
            }
            0
        }
        Ok(Err(e)) => {
            super::set_pending_host_error(e);
            TrapCode::HostError as u32
        }
        Err(panic) => {
            super::set_pending_host_error(Error::Host(format!("host function panicked: {}", panic_message(&panic))));
            TrapCode::HostError as u32
        }
    }
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
/// allocation).
fn raw_dispatch(
    ctx: &HostFuncCtx,
    f: &Arc<RawFn>,
    caller: Option<&Instance>,
    args: *mut u64,
    results: *mut u64,
) -> u32 {
    let nresults = ctx.ty.results().len();
    let words = ctx.ty.params().len().max(nresults);
    // SAFETY: the wasm caller reserved max(params, results) argument words at `args`, holding
    // the parameters; nothing else touches them until this call returns.
    let stack = unsafe { std::slice::from_raw_parts_mut(args, words) };
    let mut caller = Caller { instance: caller };
    match catch_unwind(AssertUnwindSafe(|| f(&mut caller, &mut *stack))) {
        Ok(Ok(())) => {
            if nresults == 1 {
                // SAFETY: the trampoline provides a two-word results area.
                unsafe { *results = stack[0] };
            }
            0
        }
        Ok(Err(e)) => {
            super::set_pending_host_error(e);
            TrapCode::HostError as u32
        }
        Err(panic) => {
            super::set_pending_host_error(Error::Host(format!("host function panicked: {}", panic_message(&panic))));
            TrapCode::HostError as u32
        }
    }
}

/// The text of a panic payload.
fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}
