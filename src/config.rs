//! Configuration of a runtime and of one module instance.
//!
//! Both are immutable values: every setter returns a new value, so a configuration can be
//! shared and derived from safely (the wazero model).

/// Which WebAssembly features to accept: a small set of feature bits (as in wazero's
/// `CoreFeatures`), combined with `|` or [`CoreFeatures::union`].
///
/// ```
/// use onepass::{CoreFeatures, RuntimeConfig};
/// let features = CoreFeatures::V2 | CoreFeatures::RELAXED_SIMD;
/// assert!(features.contains(CoreFeatures::V1));
/// assert!(CoreFeatures::V2.contains(CoreFeatures::SIMD));
/// assert!(!CoreFeatures::V2.contains(CoreFeatures::RELAXED_SIMD));
/// let config = RuntimeConfig::new().with_core_features(features);
/// # let _ = config;
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CoreFeatures(u32);

impl CoreFeatures {
    /// WebAssembly 1.0: the MVP plus mutable globals.
    pub const V1: CoreFeatures = CoreFeatures(1 << 0);
    /// WebAssembly 2.0 (it includes [`CoreFeatures::V1`] and [`CoreFeatures::SIMD`]): sign
    /// extension, non-trapping conversions, multi-value, bulk memory, reference types and
    /// fixed-width SIMD. The default, as in wazero.
    pub const V2: CoreFeatures = CoreFeatures(1 << 0 | 1 << 1 | 1 << 2);
    /// The fixed-width SIMD proposal: the `v128` type and its operators (part of
    /// [`CoreFeatures::V2`]; a bit of its own so that `V1 | SIMD` can be asked for).
    pub const SIMD: CoreFeatures = CoreFeatures(1 << 2);
    /// The relaxed SIMD proposal (a Wasm 3.0 feature, so not in [`CoreFeatures::V2`];
    /// needs [`CoreFeatures::SIMD`] too to mean anything). onepass gives each relaxed
    /// operator one result the proposal allows, the same on every ISA.
    pub const RELAXED_SIMD: CoreFeatures = CoreFeatures(1 << 3);
    /// Extended constant expressions (a Wasm 3.0 feature): `i32`/`i64` `add`, `sub` and
    /// `mul` in the initializers of globals and the offsets and items of data and element
    /// segments.
    pub const EXTENDED_CONST: CoreFeatures = CoreFeatures(1 << 4);
    /// Typed function references (a Wasm 3.0 feature): reference types naming a function
    /// type, non-nullable references and locals, `call_ref`, `ref.as_non_null`,
    /// `br_on_null`, `br_on_non_null`, and tables with initializers. In the embedding API
    /// a typed function reference is a [`crate::ValType::FuncRef`].
    pub const FUNCTION_REFERENCES: CoreFeatures = CoreFeatures(1 << 5);
    /// Multiple memories (a Wasm 3.0 feature): any number of memories per module, each
    /// operator naming the one it uses. Memory 0 keeps the pinned base register; the others
    /// are reached through the vmctx.
    pub const MULTI_MEMORY: CoreFeatures = CoreFeatures(1 << 6);
    /// Tail calls (a Wasm 3.0 feature): `return_call`, `return_call_indirect` and
    /// `return_call_ref`. A tail call runs in constant stack, into this instance, another
    /// one or a host function, when its callee takes at most eight argument words (every
    /// call reserves that many with tail calls enabled) and the caller's value layout; one
    /// with more, or a `v128`-wide callee of a narrow caller, is a call and a return. With
    /// tail calls enabled, direct calls reload the caller's vmctx and heap base after
    /// returning (about 4% on call-heavy code).
    pub const TAIL_CALL: CoreFeatures = CoreFeatures(1 << 7);
    /// 64-bit memories and tables (memory64 and table64, Wasm 3.0 features): `i64`
    /// addresses for every memory operator, `i64` indexes for every table operator, and
    /// limits beyond 4 GiB (up to [`RuntimeConfig::with_memory64_limit_pages`]). An access
    /// to a 64-bit memory checks its index against the memory's size (a load and a
    /// compare-and-branch); 32-bit memories keep their check-free guard pages.
    pub const MEMORY64: CoreFeatures = CoreFeatures(1 << 8);
    /// Exception handling (a Wasm 3.0 feature): tags, `throw`, `throw_ref`, `try_table`
    /// and `exnref`. A `try_table` that throws nothing costs what its entry spills and one
    /// jump; throwing walks the frames and consults a per-module table of the calls that
    /// handlers cover. `exnref` values stay inside wasm code: onepass refuses `exnref`
    /// globals and tables, and calls between the host and functions that take or return
    /// one. An uncaught exception reaches the host as [`crate::Error::Exception`].
    pub const EXCEPTIONS: CoreFeatures = CoreFeatures(1 << 9);
    /// The legacy exception-handling encoding that shipped toolchains still emit (`try`,
    /// `catch`, `catch_all`, `rethrow`, `delegate`; clang's `-fwasm-exceptions` before
    /// LLVM 20), compiled onto the same landing pads and unwinder as
    /// [`CoreFeatures::EXCEPTIONS`]. Off by default.
    pub const LEGACY_EXCEPTIONS: CoreFeatures = CoreFeatures(1 << 10);
    /// The threads proposal: shared memories, atomic loads, stores, read-modify-writes and
    /// compare-exchanges at every width, `atomic.fence`, and `memory.atomic.wait32/64` and
    /// `notify`. Not part of Wasm 3.0, so not in [`CoreFeatures::V3`]; `onepass run` turns
    /// it on.
    pub const THREADS: CoreFeatures = CoreFeatures(1 << 11);
    /// Garbage collection (a Wasm 3.0 feature): recursive type groups, struct and array
    /// types, subtyping (`sub`/`final`; a function of a subtype passes `call_indirect`,
    /// `call_ref` and imports of its supertypes), types made equal across modules by their
    /// groups' structure, `global.get` of a module's own earlier globals in constant
    /// expressions, every struct, array and `i31` instruction, `ref.eq`, the casts, and
    /// `any.convert_extern`/`extern.convert_any`. Objects live in the runtime's GC heap
    /// (limited by [`RuntimeConfig::with_gc_heap_limit`]) and reach the host as
    /// [`crate::AnyRef`]; a precise collector frees what nothing reaches (see
    /// [`RuntimeConfig::with_gc_stress`] for testing it), stopping every thread that runs
    /// the runtime's code at a safepoint first (compiled code of modules with struct or
    /// array types polls at function entries and loop headers). A thread that stays out of
    /// reach (blocked in a host function or `memory.atomic.wait`) makes a collection wait
    /// at most 200 ms (5 s when the allocation cannot fit otherwise) and give up: the heap
    /// grows, up to its limit, until a later one runs.
    /// Not in [`CoreFeatures::V3`]: a runtime with GC costs code that makes no objects a
    /// little (stack maps add about 2% to compile time, every call from the host counts
    /// itself as a mutator of the heap, every host call stores a frame record).
    pub const GC: CoreFeatures = CoreFeatures(1 << 12);

    /// The WebAssembly 3.0 features onepass has: [`CoreFeatures::V2`] plus relaxed SIMD,
    /// extended constant expressions, typed function references, multiple memories, tail
    /// calls, 64-bit memories and tables, and exception handling (the legacy encoding is
    /// not part of 3.0: [`CoreFeatures::LEGACY_EXCEPTIONS`]). Garbage collection is not
    /// among them yet ([`CoreFeatures::GC`] says why).
    ///
    /// ```
    /// use onepass::CoreFeatures;
    /// assert!(CoreFeatures::V3.contains(CoreFeatures::V2 | CoreFeatures::TAIL_CALL | CoreFeatures::EXCEPTIONS));
    /// assert!(!CoreFeatures::V3.contains(CoreFeatures::LEGACY_EXCEPTIONS));
    /// ```
    pub const V3: CoreFeatures = CoreFeatures::V2
        .union(CoreFeatures::RELAXED_SIMD)
        .union(CoreFeatures::EXTENDED_CONST)
        .union(CoreFeatures::FUNCTION_REFERENCES)
        .union(CoreFeatures::MULTI_MEMORY)
        .union(CoreFeatures::TAIL_CALL)
        .union(CoreFeatures::MEMORY64)
        .union(CoreFeatures::EXCEPTIONS);

    /// Every feature of `self` and of `other`.
    pub const fn union(self, other: CoreFeatures) -> CoreFeatures {
        CoreFeatures(self.0 | other.0)
    }

    /// Whether every feature of `other` is in `self`.
    pub const fn contains(self, other: CoreFeatures) -> bool {
        self.0 & other.0 == other.0
    }

    /// The wasmparser feature set these bits stand for.
    pub(crate) fn wasm_features(self) -> wasmparser::WasmFeatures {
        use wasmparser::WasmFeatures as F;
        // The bits of V2 beyond V1 and SIMD.
        let v2_only = CoreFeatures(CoreFeatures::V2.0 & !CoreFeatures::V1.0 & !CoreFeatures::SIMD.0);
        let mut features = F::empty();
        for (bit, set) in [
            (CoreFeatures::V1, F::WASM1),
            (v2_only, F::WASM2.difference(F::SIMD)),
            (CoreFeatures::SIMD, F::SIMD),
            (CoreFeatures::RELAXED_SIMD, F::RELAXED_SIMD),
            (CoreFeatures::EXTENDED_CONST, F::EXTENDED_CONST),
            (CoreFeatures::FUNCTION_REFERENCES, F::FUNCTION_REFERENCES),
            (CoreFeatures::MULTI_MEMORY, F::MULTI_MEMORY),
            (CoreFeatures::TAIL_CALL, F::TAIL_CALL),
            (CoreFeatures::MEMORY64, F::MEMORY64),
            (CoreFeatures::EXCEPTIONS, F::EXCEPTIONS),
            (CoreFeatures::LEGACY_EXCEPTIONS, F::LEGACY_EXCEPTIONS),
            (CoreFeatures::THREADS, F::THREADS),
            (CoreFeatures::GC, F::GC),
        ] {
            if self.contains(bit) {
                features |= set;
            }
        }
        features
    }
}

impl Default for CoreFeatures {
    /// [`CoreFeatures::V2`].
    fn default() -> CoreFeatures {
        CoreFeatures::V2
    }
}

impl std::ops::BitOr for CoreFeatures {
    type Output = CoreFeatures;
    /// [`CoreFeatures::union`].
    fn bitor(self, other: CoreFeatures) -> CoreFeatures {
        self.union(other)
    }
}

/// Default cap of a 64-bit memory: 16 GiB.
const DEFAULT_MEMORY64_LIMIT_PAGES: u64 = 1 << 18;

/// What a guest may do to a preopened host directory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DirAccess {
    ReadWrite,
    ReadOnly,
}

/// What a preopened directory is.
#[derive(Clone)]
pub(crate) enum DirSource {
    /// A host directory, with what the guest may do to it.
    Host(std::path::PathBuf, DirAccess),
    /// The root of a read-only file system the embedder provides.
    Fs(std::sync::Arc<dyn crate::wasi::ReadOnlyFs>),
}

impl std::fmt::Debug for DirSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DirSource::Host(path, access) => f.debug_tuple("Host").field(path).field(access).finish(),
            DirSource::Fs(_) => f.write_str("Fs"),
        }
    }
}

/// Runtime-wide settings.
#[derive(Clone, Debug)]
pub struct RuntimeConfig {
    pub(crate) memory_limit_pages: u64,
    pub(crate) memory64_limit_pages: u64,
    pub(crate) memory_capacity_from_max: bool,
    pub(crate) lazy_compilation: bool,
    pub(crate) core_features: CoreFeatures,
    pub(crate) close_on_context_done: bool,
    pub(crate) debug_info: bool,
    pub(crate) custom_sections: bool,
    pub(crate) perf_map: bool,
    pub(crate) host_stack_reserve: usize,
    pub(crate) max_wasm_stack: usize,
    pub(crate) gc_heap_limit: usize,
    pub(crate) gc_stress: bool,
    pub(crate) compilation_cache: Option<crate::CompilationCache>,
    pub(crate) listener_factory: Option<crate::listener::ListenerFactory>,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            memory_limit_pages: 65536,
            memory64_limit_pages: DEFAULT_MEMORY64_LIMIT_PAGES,
            memory_capacity_from_max: false,
            lazy_compilation: false,
            core_features: CoreFeatures::default(),
            close_on_context_done: false,
            debug_info: true,
            custom_sections: false,
            perf_map: false,
            host_stack_reserve: 256 * 1024,
            max_wasm_stack: 8 * 1024 * 1024,
            gc_heap_limit: 1 << 30,
            gc_stress: false,
            compilation_cache: None,
            listener_factory: None,
        }
    }
}

impl RuntimeConfig {
    /// The default configuration: 4 GiB memory limit, WebAssembly 2.0 features.
    pub fn new() -> RuntimeConfig {
        RuntimeConfig::default()
    }
    /// Cap every 32-bit linear memory at `pages` 64 KiB pages (at most 65536, the default).
    /// More than 65536 is an error ([`crate::Error::Config`]), as in wazero: from
    /// [`crate::Runtime::try_with_config`], or from a runtime made with
    /// [`crate::Runtime::with_config`] when it compiles, loads or instantiates.
    pub fn with_memory_limit_pages(&self, pages: u64) -> RuntimeConfig {
        RuntimeConfig { memory_limit_pages: pages, ..self.clone() }
    }
    /// Cap every 64-bit linear memory ([`CoreFeatures::MEMORY64`]) at `pages` 64 KiB pages
    /// (at most 2^32, that is 2^48 bytes; 262,144 pages = 16 GiB by default). A 64-bit
    /// memory reserves address space for its effective maximum (its declared maximum, capped
    /// by this limit) plus a 4 GiB guard, and commits only the pages it touches. More than
    /// 2^32 is an error, as for [`RuntimeConfig::with_memory_limit_pages`].
    pub fn with_memory64_limit_pages(&self, pages: u64) -> RuntimeConfig {
        RuntimeConfig { memory64_limit_pages: pages, ..self.clone() }
    }

    /// The settings that are out of range, as an error.
    pub(crate) fn validate(&self) -> Result<(), crate::Error> {
        let max64 = crate::vm::memory::MAX_PAGES_64;
        if self.memory_limit_pages > 65536 {
            let pages = self.memory_limit_pages;
            return Err(crate::Error::Config(format!("memory limit of {pages} pages exceeds 65536 (4 GiB)")));
        }
        if self.memory64_limit_pages > max64 {
            let pages = self.memory64_limit_pages;
            return Err(crate::Error::Config(format!(
                "64-bit memory limit of {pages} pages exceeds {max64} (2^48 bytes)"
            )));
        }
        Ok(())
    }
    /// Set a memory's capacity from its declared maximum at instantiation.
    ///
    /// A onepass memory never moves: its address space is reserved up front (8 GiB for a
    /// 32-bit memory) and growth only changes page protection, so there is no copying to
    /// avoid. What this option changes is *when memory is committed*: with it on, the whole
    /// declared maximum is charged against the system's commit limit at instantiation,
    /// which then fails cleanly if the memory could not be backed, and `memory.grow` up to
    /// the maximum cannot later fail for lack of memory. Memories without a declared
    /// maximum are unaffected. Off by default: only touched pages cost memory.
    pub fn with_memory_capacity_from_max(&self, enabled: bool) -> RuntimeConfig {
        RuntimeConfig { memory_capacity_from_max: enabled, ..self.clone() }
    }

    /// Compile each function on its first call instead of all at once.
    ///
    /// `compile_module` still parses and validates the whole module (so a bad module is
    /// still rejected up front), but generates only a small stub per function; the first
    /// call of a function compiles it (once per compiled module, whichever thread or
    /// instance calls first) and later calls go straight to its code. This trades a
    /// little speed — calls between functions of the module are indirect, and each first
    /// call pays for its compilation — for a much faster start when a large module runs
    /// only part of its code. Off by default.
    pub fn with_lazy_compilation(&self, enabled: bool) -> RuntimeConfig {
        RuntimeConfig { lazy_compilation: enabled, ..self.clone() }
    }

    /// Make running code stop when its module is closed (from any thread) or a call's
    /// deadline passes ([`crate::Function::call_with_timeout`]). Compiled code then tests
    /// a flag at every function entry and loop header: one load and one branch each.
    /// Off by default, as in wazero.
    pub fn with_close_on_context_done(&self, enabled: bool) -> RuntimeConfig {
        RuntimeConfig { close_on_context_done: enabled, ..self.clone() }
    }

    /// Keep `bytes` of native stack free below the deepest wasm frame, for host functions
    /// and the runtime (256 KiB by default). Wasm that would go deeper traps with
    /// [`crate::TrapCode::StackOverflow`]; a thread whose whole stack is smaller runs no
    /// wasm at all (each call traps at once).
    pub fn with_host_stack_reserve(&self, bytes: usize) -> RuntimeConfig {
        RuntimeConfig { host_stack_reserve: bytes, ..self.clone() }
    }

    /// Let one call from Rust use at most `bytes` of native stack for wasm frames (8 MiB by
    /// default), whatever the thread's stack; past it the call traps with
    /// [`crate::TrapCode::StackOverflow`]. (The thread's stack, less the host reserve,
    /// bounds it too.)
    pub fn with_max_wasm_stack(&self, bytes: usize) -> RuntimeConfig {
        RuntimeConfig { max_wasm_stack: bytes, ..self.clone() }
    }

    /// Let the GC heap (struct and array objects, [`crate::CoreFeatures::GC`]) of a
    /// runtime hold at most `bytes` of live objects (1 GiB by default). When allocations
    /// reach it (or, before that, three times what the last collection kept) the
    /// garbage collector runs; an allocation that still does not fit traps with
    /// [`crate::TrapCode::GcHeapExhausted`].
    pub fn with_gc_heap_limit(&self, bytes: usize) -> RuntimeConfig {
        RuntimeConfig { gc_heap_limit: bytes, ..self.clone() }
    }

    /// A testing aid: collect garbage at every allocation compiled code makes (each small
    /// object then takes the slow path) and at every safepoint poll (the function entries
    /// and loop headers of modules with struct or array types), and fill freed memory with
    /// a poison pattern, so
    /// that a reference the collector failed to see shows at once. Off by default; far
    /// slower.
    pub fn with_gc_stress(&self, enabled: bool) -> RuntimeConfig {
        RuntimeConfig { gc_stress: enabled, ..self.clone() }
    }

    /// Keep function names (from the name section) for trap backtraces. On by default.
    pub fn with_debug_info(&self, enabled: bool) -> RuntimeConfig {
        RuntimeConfig { debug_info: enabled, ..self.clone() }
    }

    /// Compile through `cache` (wazero's `WithCompilationCache`): a module this or any
    /// other runtime with the same cache compiled with the same settings is not compiled
    /// again, and with a directory ([`crate::CompilationCache::with_dir`]) neither is one
    /// an earlier process compiled. None by default.
    pub fn with_compilation_cache(&self, cache: &crate::CompilationCache) -> RuntimeConfig {
        RuntimeConfig { compilation_cache: Some(cache.clone()), ..self.clone() }
    }

    /// Give functions listeners (wazero's `experimental.WithFunctionListenerFactory`):
    /// `factory` is asked, for every function of every module this runtime compiles and
    /// every host function it builds, whether the function gets a
    /// [`crate::FunctionListener`], which then sees each of its calls (see
    /// [`crate::FunctionListenerFactory`]). Only the functions that get one are compiled
    /// with calls to it. Such a runtime compiles every module from its bytes: it does not
    /// use a compilation cache, and [`crate::Runtime::deserialize_module`] refuses
    /// artifacts, whose code has no listener calls. None by default.
    ///
    /// ```
    /// use onepass::{FunctionDefinition, FunctionListener, FunctionListenerFactory, Val};
    /// use std::sync::{atomic::{AtomicU64, Ordering}, Arc};
    ///
    /// /// Counts the calls of every function.
    /// #[derive(Default)]
    /// struct Calls(AtomicU64);
    /// impl FunctionListener for Calls {
    ///     fn before(&self, _: &FunctionDefinition, _: &[Val]) {
    ///         self.0.fetch_add(1, Ordering::Relaxed);
    ///     }
    ///     fn after(&self, _: &FunctionDefinition, _: &[Val]) {}
    /// }
    /// struct CountAll(Arc<Calls>);
    /// impl FunctionListenerFactory for CountAll {
    ///     fn new_listener(&self, _: &FunctionDefinition) -> Option<Arc<dyn FunctionListener>> {
    ///         Some(self.0.clone())
    ///     }
    /// }
    ///
    /// let calls = Arc::new(Calls::default());
    /// let config = onepass::RuntimeConfig::new().with_function_listener_factory(Arc::new(CountAll(calls.clone())));
    /// let runtime = onepass::Runtime::with_config(config);
    /// let wasm = wat::parse_str(r#"(module
    ///   (func $fib (export "fib") (param i32) (result i32)
    ///     (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
    ///       (then (local.get 0))
    ///       (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
    ///                      (call $fib (i32.sub (local.get 0) (i32.const 2))))))))"#).unwrap();
    /// let module = runtime.instantiate(&wasm).unwrap();
    /// module.exported_function("fib").unwrap().call(&[Val::I32(10)]).unwrap();
    /// assert_eq!(calls.0.load(Ordering::Relaxed), 177);
    /// ```
    pub fn with_function_listener_factory(
        &self,
        factory: std::sync::Arc<dyn crate::FunctionListenerFactory>,
    ) -> RuntimeConfig {
        RuntimeConfig { listener_factory: Some(crate::listener::ListenerFactory(factory)), ..self.clone() }
    }

    /// Keep custom sections in compiled modules ([`crate::CompiledModule::custom_sections`]).
    /// Off by default: they can be large.
    pub fn with_custom_sections(&self, enabled: bool) -> RuntimeConfig {
        RuntimeConfig { custom_sections: enabled, ..self.clone() }
    }

    /// List each eagerly compiled function in `/tmp/perf-<pid>.map`, so that Linux `perf`
    /// names JIT code in its profiles (best effort: a map that cannot be written is
    /// skipped). Off by default.
    pub fn with_perf_map(&self, enabled: bool) -> RuntimeConfig {
        RuntimeConfig { perf_map: enabled, ..self.clone() }
    }

    /// Accept these features (a specification version, with or without proposals such
    /// as [`CoreFeatures::SIMD`]); [`CoreFeatures::V2`] by default.
    pub fn with_core_features(&self, features: CoreFeatures) -> RuntimeConfig {
        RuntimeConfig { core_features: features, ..self.clone() }
    }
}

/// A shared reader for a guest's standard input.
pub type SharedReader = std::sync::Arc<std::sync::Mutex<dyn std::io::Read + Send>>;
/// A shared writer for a guest's standard output or error.
pub type SharedWriter = std::sync::Arc<std::sync::Mutex<dyn std::io::Write + Send>>;
/// One of a guest's standard streams (WASI descriptors 0, 1 and 2), as
/// [`ModuleConfig::with_terminal`] names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StdStream {
    /// Standard input, descriptor 0.
    Stdin,
    /// Standard output, descriptor 1.
    Stdout,
    /// Standard error, descriptor 2.
    Stderr,
}

/// A clock the guest reads through WASI, in nanoseconds ([`ModuleConfig::with_walltime`],
/// [`ModuleConfig::with_nanotime`]).
pub type SharedClock = std::sync::Arc<dyn Fn() -> u64 + Send + Sync>;
/// What a guest's WASI sleep does, given nanoseconds ([`ModuleConfig::with_nanosleep`]).
pub type SharedSleep = std::sync::Arc<dyn Fn(u64) + Send + Sync>;

/// Settings of one instantiation.
///
/// ```
/// use onepass::{ModuleConfig, Runtime};
/// let config = ModuleConfig::new()
///     .with_name("app")
///     .with_args(["app", "--verbose"])
///     .with_env("HOME", "/")
///     .with_start_functions(["_initialize"]);
/// let runtime = Runtime::new();
/// let compiled = runtime.compile_module(&wat::parse_str("(module)").unwrap()).unwrap();
/// let module = runtime.instantiate_module(&compiled, config).unwrap();
/// assert_eq!(module.name(), "app");
/// ```
#[derive(Clone)]
pub struct ModuleConfig {
    pub(crate) name: Option<String>,
    pub(crate) start_functions: Vec<String>,
    /// Command-line arguments for WASI (`args_get`), program name first.
    pub(crate) args: Vec<String>,
    /// Environment variables for WASI (`environ_get`), in order.
    pub(crate) env: Vec<(String, String)>,
    pub(crate) stdin: Option<SharedReader>,
    pub(crate) stdout: Option<SharedWriter>,
    pub(crate) stderr: Option<SharedWriter>,
    /// Which standard streams WASI reports as terminals, indexed by [`StdStream`].
    pub(crate) terminals: [bool; 3],
    /// Directories the guest may use through WASI, in descriptor order: what each is and
    /// the name the guest sees.
    pub(crate) dirs: Vec<(DirSource, String)>,
    /// Listening sockets the guest may accept connections on through WASI (each instance
    /// gets its own duplicate of each).
    pub(crate) listeners: Vec<std::sync::Arc<std::net::TcpListener>>,
    /// The WASI realtime clock, when not the host's.
    pub(crate) walltime: Option<SharedClock>,
    /// The WASI monotonic (and CPU-time) clock, when not the host's.
    pub(crate) nanotime: Option<SharedClock>,
    /// What WASI sleeps do, when not sleeping the thread.
    pub(crate) nanosleep: Option<SharedSleep>,
    /// Where `random_get` reads, when not the host's random source.
    pub(crate) random: Option<SharedReader>,
    /// Longest the start functions may run before the module is closed.
    pub(crate) start_timeout: Option<std::time::Duration>,
}

impl std::fmt::Debug for ModuleConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ModuleConfig")
            .field("name", &self.name)
            .field("start_functions", &self.start_functions)
            .field("args", &self.args)
            .field("env", &self.env)
            .field("dirs", &self.dirs)
            .field("listeners", &self.listeners)
            .field("start_timeout", &self.start_timeout)
            .finish_non_exhaustive()
    }
}

impl Default for ModuleConfig {
    fn default() -> Self {
        ModuleConfig {
            name: None,
            start_functions: vec!["_start".to_string()],
            args: Vec::new(),
            env: Vec::new(),
            stdin: None,
            stdout: None,
            stderr: None,
            terminals: [false; 3],
            dirs: Vec::new(),
            listeners: Vec::new(),
            walltime: None,
            nanotime: None,
            nanosleep: None,
            random: None,
            start_timeout: None,
        }
    }
}

impl ModuleConfig {
    /// Defaults: the name from the module's name section, start function `_start`.
    pub fn new() -> ModuleConfig {
        ModuleConfig::default()
    }
    /// Instantiate under `name` (overrides the name section's module name).
    pub fn with_name(&self, name: impl Into<String>) -> ModuleConfig {
        ModuleConfig { name: Some(name.into()), ..self.clone() }
    }
    /// Command-line arguments the guest sees (WASI), program name first.
    pub fn with_args<S: Into<String>>(&self, args: impl IntoIterator<Item = S>) -> ModuleConfig {
        ModuleConfig { args: args.into_iter().map(Into::into).collect(), ..self.clone() }
    }

    /// Set an environment variable the guest sees (WASI); setting a key again replaces its
    /// value (the variables keep the order in which their keys were first set).
    pub fn with_env(&self, key: impl Into<String>, value: impl Into<String>) -> ModuleConfig {
        let (key, value) = (key.into(), value.into());
        let mut env = self.env.clone();
        match env.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 = value,
            None => env.push((key, value)),
        }
        ModuleConfig { env, ..self.clone() }
    }

    /// The guest's standard input (WASI); none by default (reads return end of file).
    pub fn with_stdin(&self, stdin: SharedReader) -> ModuleConfig {
        ModuleConfig { stdin: Some(stdin), ..self.clone() }
    }

    /// The guest's standard output (WASI); discarded by default.
    pub fn with_stdout(&self, stdout: SharedWriter) -> ModuleConfig {
        ModuleConfig { stdout: Some(stdout), ..self.clone() }
    }

    /// Tell the guest that `stream` is a terminal: WASI reports it as a character device,
    /// which is what makes wasi-libc's `isatty` true and its `stdout` line-buffered. By
    /// default a standard stream is reported as of unknown type, as a pipe or file is, and
    /// C programs buffer their output in blocks (one `fd_write` per block, not per line).
    /// `onepass run` says so for each of its own streams that is a terminal.
    pub fn with_terminal(&self, stream: StdStream) -> ModuleConfig {
        let mut terminals = self.terminals;
        terminals[stream as usize] = true;
        ModuleConfig { terminals, ..self.clone() }
    }

    /// Let the guest use the host directory `host` under the name `guest` (WASI preopen;
    /// `"."` or `"/"` are usual names). It sees nothing outside the directories given.
    pub fn with_dir(&self, host: impl Into<std::path::PathBuf>, guest: impl Into<String>) -> ModuleConfig {
        let mut dirs = self.dirs.clone();
        dirs.push((DirSource::Host(host.into(), DirAccess::ReadWrite), guest.into()));
        ModuleConfig { dirs, ..self.clone() }
    }

    /// As [`ModuleConfig::with_dir`], read-only (wazero's `WithReadOnlyDirMount`): the
    /// guest can list, stat and read what is in it, and every call that would change it
    /// (create, write, truncate, rename or link out of it, remove, set times) fails with
    /// `NOTCAPABLE`. Files opened through it carry no write rights and are opened
    /// read-only on the host.
    pub fn with_readonly_dir(&self, host: impl Into<std::path::PathBuf>, guest: impl Into<String>) -> ModuleConfig {
        let mut dirs = self.dirs.clone();
        dirs.push((DirSource::Host(host.into(), DirAccess::ReadOnly), guest.into()));
        ModuleConfig { dirs, ..self.clone() }
    }

    /// Let the guest read the file system `fs` under the name `guest` (wazero's
    /// `WithFSMount` of an `fs.FS`): a preopened directory, in order with the
    /// [`ModuleConfig::with_dir`] ones, read-only as [`ModuleConfig::with_readonly_dir`]
    /// makes a host directory (see [`crate::wasi::ReadOnlyFs`] and
    /// [`crate::wasi::MemoryFs`]). Each instance shares `fs`.
    pub fn with_fs(&self, fs: std::sync::Arc<dyn crate::wasi::ReadOnlyFs>, guest: impl Into<String>) -> ModuleConfig {
        let mut dirs = self.dirs.clone();
        dirs.push((DirSource::Fs(fs), guest.into()));
        ModuleConfig { dirs, ..self.clone() }
    }

    /// Let the guest accept connections on `listener` (a WASI preopened socket, as
    /// wasmtime's `--tcplisten`): it gets the descriptor after the preopened directories,
    /// in the order given, and `sock_accept`s on it; the connections it accepts support
    /// `fd_read`/`fd_write`, `sock_recv`/`sock_send`, `sock_shutdown` and `poll_oneoff`.
    /// Each instance made with this configuration gets its own duplicate of the socket.
    pub fn with_tcp_listener(&self, listener: std::net::TcpListener) -> ModuleConfig {
        let mut listeners = self.listeners.clone();
        listeners.push(std::sync::Arc::new(listener));
        ModuleConfig { listeners, ..self.clone() }
    }

    /// The guest's realtime clock (WASI clock 0): `clock` returns nanoseconds since the Unix
    /// epoch. With [`ModuleConfig::with_nanotime`], [`ModuleConfig::with_nanosleep`] and
    /// [`ModuleConfig::with_rand_source`], a guest runs deterministically (as wazero's
    /// `WithWalltime` and friends). The host's clock by default.
    pub fn with_walltime(&self, clock: SharedClock) -> ModuleConfig {
        ModuleConfig { walltime: Some(clock), ..self.clone() }
    }

    /// The guest's monotonic clock (WASI clock 1, also answering the CPU-time clocks 2 and
    /// 3): `clock` returns nanoseconds from any fixed point, never decreasing. The host's
    /// clocks by default.
    pub fn with_nanotime(&self, clock: SharedClock) -> ModuleConfig {
        ModuleConfig { nanotime: Some(clock), ..self.clone() }
    }

    /// What the guest's sleeps do (`poll_oneoff` waiting on clocks only): `sleep` gets the
    /// nanoseconds to wait. Sleeping the calling thread by default.
    pub fn with_nanosleep(&self, sleep: SharedSleep) -> ModuleConfig {
        ModuleConfig { nanosleep: Some(sleep), ..self.clone() }
    }

    /// Where `random_get` reads its bytes (a read error is the guest's `EIO`). The host's
    /// cryptographic random source by default.
    pub fn with_rand_source(&self, source: SharedReader) -> ModuleConfig {
        ModuleConfig { random: Some(source), ..self.clone() }
    }

    /// The guest's standard error (WASI); discarded by default.
    pub fn with_stderr(&self, stderr: SharedWriter) -> ModuleConfig {
        ModuleConfig { stderr: Some(stderr), ..self.clone() }
    }

    /// Exported functions to call, in order, after instantiation (those not exported are skipped).
    pub fn with_start_functions<S: Into<String>>(&self, names: impl IntoIterator<Item = S>) -> ModuleConfig {
        ModuleConfig { start_functions: names.into_iter().map(Into::into).collect(), ..self.clone() }
    }

    /// Bound the module's start functions (its start section and
    /// [`ModuleConfig::with_start_functions`]) to `timeout`, as a context deadline does in
    /// wazero: when it passes, the module is closed with
    /// [`crate::EXIT_CODE_DEADLINE_EXCEEDED`] and instantiation fails with that exit. Code
    /// that never returns is stopped only with
    /// [`crate::RuntimeConfig::with_close_on_context_done`].
    pub fn with_start_timeout(&self, timeout: std::time::Duration) -> ModuleConfig {
        ModuleConfig { start_timeout: Some(timeout), ..self.clone() }
    }
}
