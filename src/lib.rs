//! onepass: a WebAssembly runtime whose core is a single-pass baseline JIT.
//!
//! Each function body is validated and compiled in one walk over its operators, straight
//! into x86-64 or aarch64 machine code, with a value-stack register allocator and no
//! IR. All functions of a module share one executable mapping.
//!
//! The embedding API follows wazero: a [`Runtime`] compiles modules ([`CompiledModule`]),
//! instantiates them under unique names as [`Module`]s whose imports resolve against modules
//! already in the runtime (including host modules built with [`HostModuleBuilder`]), and
//! closes them. Errors are [`Error`] values; Wasm traps carry a [`TrapCode`].
//!
//! ```
//! use onepass::{Runtime, Val};
//! let wasm = wat::parse_str(r#"(module
//!   (func $fib (export "fib") (param i32) (result i32)
//!     (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
//!       (then (local.get 0))
//!       (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
//!                      (call $fib (i32.sub (local.get 0) (i32.const 2))))))))"#).unwrap();
//! let runtime = Runtime::new();
//! let module = runtime.instantiate(&wasm).unwrap();
//! let fib = module.exported_function("fib").unwrap();
//! assert_eq!(fib.call(&[Val::I32(20)]).unwrap(), vec![Val::I32(6765)]);
//! ```

#![warn(missing_docs)]

mod builder;
mod cache;
mod compiler;
mod config;
mod engine;
mod error;
mod listener;
mod module;
mod reftype;
mod runtime;
mod typed;
mod values;
mod vm;
pub mod wasi;

pub use builder::HostModuleBuilder;
pub use cache::{CacheStats, CompilationCache};
pub use config::{
    CoreFeatures, ModuleConfig, RuntimeConfig, SharedClock, SharedReader, SharedSleep, SharedWriter, StdStream,
};
pub use error::{trap_message, Error, Exception, Trap};
pub use listener::{Abort, FunctionDefinition, FunctionListener, FunctionListenerFactory};
pub use module::{Caller, Function, Global, Memory, Module, Tag, EXIT_CODE_DEADLINE_EXCEEDED};
pub use onepass_arch::TrapCode;
pub use runtime::{CompiledModule, Runtime};
pub use typed::{TypedFunction, WasmParams, WasmResults, WasmTy};
pub use values::{AnyRef, ExternKind, FuncType, MemoryType, Val, ValType};

/// Put onepass's SIGSEGV and SIGBUS handlers back in front, if another handler replaced
/// them, and chain faults that are not onepass's to that handler.
///
/// onepass turns out-of-bounds memory accesses of wasm code into traps with these
/// handlers. It installs them on first use and checks them again whenever a module is
/// compiled or loaded;
/// an embedder that installs its own handler later, while modules run, should call this
/// right after, or chain to the handler it replaced for faults it does not handle itself.
/// (A handler that chains back to onepass's is fine: the loop is detected, and a fault no
/// one handles ends the process as usual.)
pub fn reinstall_signal_handlers() {
    engine::signals::install_handlers();
}

/// Diagnostics for tests of onepass itself; not part of the supported API.
#[doc(hidden)]
pub mod diagnostics {
    /// Instances (modules, host modules) alive in this process.
    pub fn live_instances() -> usize {
        crate::vm::instance::LIVE_INSTANCES.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Signatures holding a canonical id (freed when no module or host function uses them).
    pub fn registered_signatures() -> usize {
        crate::vm::types::registered_types()
    }

    /// Instances `runtime`'s store pins (kept until the runtime and its handles are gone,
    /// because a reference to one of their functions was stored in another module).
    pub fn pinned_instances(runtime: &crate::Runtime) -> usize {
        runtime.store().pinned_count()
    }

    pub use crate::engine::inspect::FunctionCode;
    #[cfg(any(test, feature = "cli"))]
    pub use crate::engine::inspect::Instruction;

    /// Each instruction of `code`, machine code for `isa`: offset, length and text. The
    /// ranges in `data` (sorted; see [`FunctionCode::data`]) are shown as 4-byte words.
    #[cfg(any(test, feature = "cli"))]
    pub fn disassemble(isa: Isa, code: &[u8], data: &[std::ops::Range<u32>]) -> Vec<Instruction> {
        crate::engine::inspect::disassemble(isa, code, data)
    }

    /// An instruction set onepass compiles for.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Isa {
        /// x86-64.
        X86_64,
        /// AArch64 (ARMv8-A).
        Aarch64,
    }

    impl Isa {
        /// The instruction set of this process.
        pub fn host() -> Isa {
            if cfg!(target_arch = "aarch64") {
                Isa::Aarch64
            } else {
                Isa::X86_64
            }
        }
    }

    /// The machine code onepass makes for functions `func_indices` of the module `bytes`
    /// (every feature of `features` accepted), in that order, for `isa`: with this host's
    /// instruction-set extensions when `isa` is the host's, with every optional one otherwise
    /// (`onepass inspect`). The module is validated once.
    pub fn function_code(
        bytes: &[u8],
        features: crate::CoreFeatures,
        isa: Isa,
        func_indices: &[u32],
    ) -> Result<Vec<FunctionCode>, crate::Error> {
        use crate::engine::inspect::function_code;
        use onepass_arch::{aarch64::Aarch64Masm, x64::X64Masm, CpuFeatures};
        let cpu = if isa == Isa::host() { CpuFeatures::host() } else { CpuFeatures::ALL };
        let features = features.wasm_features();
        match isa {
            Isa::X86_64 => function_code::<X64Masm>(bytes, features, cpu, func_indices),
            Isa::Aarch64 => function_code::<Aarch64Masm>(bytes, features, cpu, func_indices),
        }
    }
}
