//! Errors and traps.

use crate::TrapCode;
use std::fmt;

/// Everything that can go wrong in onepass.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The bytes are not a valid module (malformed, invalid, or using a feature onepass
    /// does not support); `offset` is the byte offset in the module it refers to.
    #[error("invalid module at offset {offset:#x}: {message}")]
    Compile {
        /// What is wrong.
        message: String,
        /// Byte offset in the module binary.
        offset: usize,
    },
    /// An import could not be satisfied (missing module or export, or a type mismatch).
    #[error("{0}")]
    Link(String),
    /// Instantiation failed for another reason (a segment out of bounds, resources).
    #[error("{0}")]
    Instantiate(String),
    /// Wasm code trapped.
    #[error("{0}")]
    Trap(Trap),
    /// The module's start function failed.
    #[error("module[{module}] function[{function}] failed: {source}")]
    Start {
        /// Module name.
        module: String,
        /// Start function name.
        function: String,
        /// The underlying error.
        source: Box<Error>,
    },
    /// The module (or the guest, through WASI `proc_exit`) exited with a code.
    #[error("module closed with exit_code({0})")]
    Exit(u32),
    /// The runtime was closed; it accepts no more work.
    #[error("runtime closed with exit_code({0})")]
    RuntimeClosed(u32),
    /// A module with this name already exists in the runtime.
    #[error("module[{0}] has already been instantiated")]
    NameInUse(String),
    /// A host function failed.
    #[error("{0}")]
    Host(String),
    /// A call from Rust had the wrong number or types of arguments.
    #[error("{0}")]
    Call(String),
    /// The CPU lacks instruction-set extensions that onepass's compiled code needs (on
    /// x86-64: SSE4.1 and POPCNT); the string names the missing ones. Nothing is compiled
    /// on such a CPU, rather than code that would die of an illegal instruction.
    #[error("this x86-64 CPU lacks {0}, which onepass's compiled code needs")]
    UnsupportedCpu(String),
    /// Bytes given as a compiled module ([`crate::Runtime::deserialize_module`]) that this
    /// runtime will not load: not an artifact, corrupted or truncated, made by another
    /// build of onepass or for another ISA, or compiled for CPU extensions or a
    /// configuration this runtime does not have; the string says which.
    #[error("cannot load compiled module: {0}")]
    Artifact(String),
    /// A [`crate::RuntimeConfig`] setting is out of range (a memory limit over what the
    /// memory type can address); the string says which.
    #[error("invalid runtime configuration: {0}")]
    Config(String),
    /// A wasm exception that no frame of the call caught ([`crate::CoreFeatures::EXCEPTIONS`]).
    #[error("uncaught wasm exception: {0}")]
    Exception(Exception),
}

/// A wasm exception as the host sees it: its tag and the values it carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Exception {
    tag: crate::Tag,
    payload: Vec<crate::Val>,
}

impl Exception {
    /// The tag the exception was thrown with.
    pub fn tag(&self) -> &crate::Tag {
        &self.tag
    }
    /// The values it carries, one per parameter of its tag's type.
    pub fn payload(&self) -> &[crate::Val] {
        &self.payload
    }
    /// An exception of `tag` carrying `payload`, for a host function to throw into its
    /// wasm caller (`Err(Error::Exception(..))`). Fails unless the values match the tag's
    /// parameter types.
    pub fn new(tag: &crate::Tag, payload: Vec<crate::Val>) -> Result<Exception, Error> {
        let params = tag.ty().params();
        if params.len() != payload.len() || params.iter().zip(&payload).any(|(&t, v)| v.ty() != t) {
            return Err(Error::Call(format!("exception payload {payload:?} does not match tag type {}", tag.ty())));
        }
        Ok(Exception { tag: tag.clone(), payload })
    }

    pub(crate) fn from_parts(tag: crate::Tag, payload: Vec<crate::Val>) -> Exception {
        Exception { tag, payload }
    }

    /// A copy of the exception at `ptr`, live in this thread's arena (an `exnref` wasm code
    /// returned); `None` if the arena has no such exception.
    pub(crate) fn copy_out(ptr: *const u64) -> Option<Exception> {
        let uncaught = crate::vm::exception::take_uncaught(ptr)?;
        let tag = crate::Tag { inner: uncaught.tag };
        let payload = tag.ty().params().iter().zip(&uncaught.payload);
        // SAFETY: the words are values of the tag's types written by wasm code of a live
        // entry (function references among them are held by its frames' instances).
        let payload = payload.map(|(&t, &words)| unsafe { crate::Val::from_words(t, words) }).collect();
        Some(Exception { tag, payload })
    }
}

impl fmt::Display for Exception {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tag {}", self.tag.ty())?;
        for v in &self.payload {
            write!(f, " {v}")?;
        }
        Ok(())
    }
}

/// A Wasm trap: what happened and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trap {
    /// The kind of trap.
    pub code: TrapCode,
    /// The wasm frames at the trap, innermost first, as `module!function` (names from the
    /// name section, else `func[index]`). Empty for stack overflows and traps outside a call.
    pub backtrace: Vec<String>,
}

impl Trap {
    /// A trap of kind `code` without frames.
    pub fn new(code: TrapCode) -> Trap {
        Trap { code, backtrace: Vec::new() }
    }
}

/// The message of each trap kind, as the Wasm specification words it.
pub fn trap_message(code: TrapCode) -> &'static str {
    match code {
        TrapCode::Unreachable => "unreachable",
        TrapCode::IntegerDivideByZero => "integer divide by zero",
        TrapCode::IntegerOverflow => "integer overflow",
        TrapCode::BadConversionToInteger => "invalid conversion to integer",
        TrapCode::MemoryOutOfBounds => "out of bounds memory access",
        TrapCode::UndefinedElement => "undefined element",
        TrapCode::UninitializedElement => "uninitialized element",
        TrapCode::IndirectCallTypeMismatch => "indirect call type mismatch",
        TrapCode::StackOverflow => "call stack exhausted",
        TrapCode::TableOutOfBounds => "out of bounds table access",
        TrapCode::HostError => "host function failed",
        TrapCode::NullReference => "null reference",
        TrapCode::Interrupted => "interrupted",
        TrapCode::NullFunctionReference => "null function reference",
        TrapCode::UncaughtException => "uncaught exception",
        TrapCode::UnalignedAtomic => "unaligned atomic",
        TrapCode::WaitOnUnsharedMemory => "expected shared memory",
        TrapCode::NullI31Reference => "null i31 reference",
        TrapCode::CastFailure => "cast failure",
        TrapCode::NullStructReference => "null structure reference",
        TrapCode::NullArrayReference => "null array reference",
        TrapCode::ArrayOutOfBounds => "out of bounds array access",
        TrapCode::GcHeapExhausted => "GC heap limit exceeded",
    }
}

impl fmt::Display for Trap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "wasm trap: {}", trap_message(self.code))?;
        for frame in &self.backtrace {
            write!(f, "\n    at {frame}")?;
        }
        Ok(())
    }
}

/// The text of a panic payload (a host function's or a listener's).
pub(crate) fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}
