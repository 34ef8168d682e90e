//! Function listeners (wazero's experimental `FunctionListenerFactory`): hooks that see
//! every call of the functions they are given, with its parameters and results, for
//! tracing, call counting and profiling.
//!
//! A [`FunctionListenerFactory`] set with [`crate::RuntimeConfig::with_function_listener_factory`]
//! is asked once per function, when a module is compiled (or a host module is built),
//! whether that function gets a [`FunctionListener`]. Only the functions that get one are
//! compiled with the calls to it (at entry, at every return and before a tail call); the
//! rest, and every module of a runtime without a factory, are compiled exactly as before,
//! so listeners cost nothing where they are not used.
//!
//! For each call of a listened function the listener sees [`FunctionListener::before`]
//! with the parameters, then exactly one of: [`FunctionListener::after`] with the
//! results; [`FunctionListener::abort`] when a trap, a host error, an exit or an uncaught
//! exception ends the call from the host, or an exception unwinds it and a caller catches
//! it; or [`FunctionListener::tail_call`] when it hands its frame to a tail call (whose
//! callee's results are then its results). Calls nest per thread, innermost first.
//!
//! Who keeps what alive: the compiled module (or host module) holds its functions'
//! listeners and definitions; a call in progress holds a counted reference to its
//! function's, so a module closed or dropped during a call (from a listener or a host
//! function) cannot free them under it.

use crate::{Error, FuncType, Val};
use std::fmt;
use std::sync::Arc;

/// What a function is, as listeners see it (wazero's `api.FunctionDefinition`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionDefinition {
    pub(crate) module_name: String,
    pub(crate) index: u32,
    pub(crate) name: Option<String>,
    pub(crate) export_names: Vec<String>,
    pub(crate) func_type: FuncType,
}

impl FunctionDefinition {
    /// The module's name: the name section's for a compiled module (empty without one),
    /// the builder's for a host module.
    pub fn module_name(&self) -> &str {
        &self.module_name
    }

    /// The function's index in its module's function index space (imports first).
    pub fn index(&self) -> u32 {
        self.index
    }

    /// The function's name from the name section (a host function's is its export name).
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The names the module exports the function under, in export order.
    pub fn export_names(&self) -> &[String] {
        &self.export_names
    }

    /// The function's signature.
    pub fn func_type(&self) -> &FuncType {
        &self.func_type
    }

    /// `module.name` for messages and traces: the name section's name, else the first
    /// export name, else `$index` (as wazero's `DebugName`).
    pub fn debug_name(&self) -> String {
        let (module, dot) = (&self.module_name, if self.module_name.is_empty() { "" } else { "." });
        match self.name.as_deref().or(self.export_names.first().map(String::as_str)) {
            Some(name) => format!("{module}{dot}{name}"),
            None => format!("{module}{dot}${}", self.index),
        }
    }
}

/// Why a listened call ended without results (see [`FunctionListener::abort`]).
#[derive(Debug)]
#[non_exhaustive]
pub enum Abort<'a> {
    /// The call from the host that this call ran in ended with this error (a trap, a host
    /// function's error, an exit, or an exception no wasm code caught).
    Error(&'a Error),
    /// A wasm exception unwound the call, and a caller caught it. Reported at the latest
    /// when the listened code next calls or returns, or the call from the host ends.
    Caught,
}

/// The hooks of one function (wazero's `experimental.FunctionListener`). A listener may
/// be called from several threads at once (a module's functions run wherever they are
/// called); the calls of one thread nest.
///
/// A hook must not panic: a panic is caught and ends the call from the host with
/// [`Error::Host`], as a host function's panic does.
pub trait FunctionListener: Send + Sync {
    /// The function was entered with `params`.
    fn before(&self, function: &FunctionDefinition, params: &[Val]);

    /// The function returned `results`.
    fn after(&self, function: &FunctionDefinition, results: &[Val]);

    /// The function will not return: see [`Abort`].
    fn abort(&self, function: &FunctionDefinition, reason: &Abort<'_>) {
        let _ = (function, reason);
    }

    /// The function ended by a tail call (`return_call` and its kin) that took over its
    /// frame: the callee's results will be its results, and the callee's listener (if it
    /// has one) sees its own `before`. A tail call that cannot take over the frame (see
    /// [`crate::CoreFeatures::TAIL_CALL`]) is a call followed by a return, and `after`
    /// reports it.
    fn tail_call(&self, function: &FunctionDefinition) {
        let _ = function;
    }
}

/// Makes the listeners of a runtime's functions (wazero's
/// `experimental.FunctionListenerFactory`).
pub trait FunctionListenerFactory: Send + Sync {
    /// The listener of `function`, or `None` to leave it unlistened (its code then has no
    /// listener calls at all). Asked once per function when its module is compiled or
    /// its host module built. Functions that take or return `exnref` are never asked:
    /// their values cannot reach the host.
    fn new_listener(&self, function: &FunctionDefinition) -> Option<Arc<dyn FunctionListener>>;
}

/// A runtime's factory (a handle so that [`crate::RuntimeConfig`] stays `Debug`).
#[derive(Clone)]
pub(crate) struct ListenerFactory(pub(crate) Arc<dyn FunctionListenerFactory>);

impl fmt::Debug for ListenerFactory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FunctionListenerFactory")
    }
}

/// A function that has a listener: what its calls report to.
pub(crate) struct ListenedFunction {
    pub(crate) definition: FunctionDefinition,
    pub(crate) listener: Arc<dyn FunctionListener>,
}
