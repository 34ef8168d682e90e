//! The runtime: compiles modules, instantiates them under unique names, resolves imports
//! between them, and closes them all at once.

use crate::config::{ModuleConfig, RuntimeConfig};
use crate::engine::module::{compile, compile_listened, publish, CompileOptions, CompiledModuleInner};
use crate::engine::stack::StackLimits;
use crate::vm::instance::Instance;
use crate::vm::store::Store;
use crate::{Error, ExternKind, FuncType, HostModuleBuilder, MemoryType, Module};
use std::sync::Arc;
use wasmparser::TypeRef;

/// Shared state behind every clone of a [`Runtime`].
pub(crate) struct RuntimeInner {
    pub(crate) config: RuntimeConfig,
    /// Names, instances and pins (see `vm::store` for who keeps what alive).
    pub(crate) store: Arc<Store>,
}

impl RuntimeInner {
    /// Register a fully built host module.
    pub(crate) fn add_host_module(self: &Arc<Self>, instance: Instance) -> Result<Module, Error> {
        if instance.name.is_empty() {
            return Err(Error::Instantiate("a host module needs a non-empty name".into()));
        }
        self.store.reserve(&instance.name)?;
        let instance = Arc::new_cyclic(|me| {
            let mut instance = instance;
            for ctx in instance.host_funcs.iter_mut() {
                ctx.funcref_mut().instance = me.as_ptr();
            }
            instance
        });
        instance.adopt_defined_state();
        if let Err(e) = self.store.add_host(&instance) {
            self.store.release(&instance.name);
            instance.close(0);
            return Err(e);
        }
        Ok(Module { instance, runtime: self.clone() })
    }
}

/// A WebAssembly runtime. Cheap to clone; all clones share the same modules.
///
/// ```
/// use onepass::{Runtime, Val};
/// let runtime = Runtime::new();
/// let wasm = wat::parse_str(r#"(module (func (export "add") (param i32 i32) (result i32)
///     local.get 0 local.get 1 i32.add))"#).unwrap();
/// let module = runtime.instantiate(&wasm).unwrap();
/// let add = module.exported_function("add").unwrap();
/// assert_eq!(add.call(&[Val::I32(2), Val::I32(3)]).unwrap(), vec![Val::I32(5)]);
/// ```
#[derive(Clone)]
pub struct Runtime {
    inner: Arc<RuntimeInner>,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

impl std::fmt::Debug for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Runtime").field("config", &self.inner.config).finish()
    }
}

/// A compiled module: validated machine code, ready to instantiate any number of times.
#[derive(Clone)]
pub struct CompiledModule {
    pub(crate) inner: Arc<CompiledModuleInner>,
}

impl std::fmt::Debug for CompiledModule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let info = &self.inner.info;
        f.debug_struct("CompiledModule")
            .field("name", &info.name)
            .field("functions", &info.func_types.len())
            .field("code_bytes", &self.inner.code.as_ref().map_or(0, |c| c.len()))
            .finish()
    }
}

impl CompiledModule {
    /// The contents of the custom sections called `name`, in order (kept only with
    /// [`RuntimeConfig::with_custom_sections`]).
    pub fn custom_sections<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a [u8]> + 'a {
        self.inner.info.custom_sections.iter().filter(move |(n, _)| n == name).map(|(_, d)| d.as_slice())
    }

    /// The module name from the name section, if any.
    pub fn name(&self) -> Option<&str> {
        self.inner.info.name.as_deref()
    }

    /// The exported functions' names and signatures, in export order.
    pub fn exported_functions(&self) -> impl Iterator<Item = (&str, FuncType)> + '_ {
        let info = &self.inner.info;
        info.exports
            .iter()
            .filter(|(_, kind, _)| *kind == wasmparser::ExternalKind::Func)
            .map(|(name, _, index)| (name.as_str(), info.signatures[info.func_types[*index as usize] as usize].clone()))
    }

    /// Every export's name and kind, in export order.
    pub fn exports(&self) -> impl Iterator<Item = (&str, ExternKind)> + '_ {
        self.inner.info.exports.iter().map(|(name, kind, _)| (name.as_str(), ExternKind::from_wasm(*kind)))
    }

    /// The imported functions: module name, item name and signature, in import order.
    pub fn imported_functions(&self) -> impl Iterator<Item = (&str, &str, FuncType)> + '_ {
        let info = &self.inner.info;
        info.imports.iter().filter_map(move |import| match import.ty {
            TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                Some((import.module.as_str(), import.name.as_str(), info.signatures[t as usize].clone()))
            }
            _ => None,
        })
    }

    /// The imported memories: module name, item name and type, in import order.
    pub fn imported_memories(&self) -> impl Iterator<Item = (&str, &str, MemoryType)> + '_ {
        self.inner.info.imports.iter().filter_map(|import| match &import.ty {
            TypeRef::Memory(m) => Some((import.module.as_str(), import.name.as_str(), MemoryType::from_wasm(m))),
            _ => None,
        })
    }

    /// The module as bytes that [`Runtime::deserialize_module`] loads in another process
    /// (of the same onepass build, on the same ISA) without compiling it again: its
    /// machine code, and its sections other than the function bodies (custom sections
    /// only if [`RuntimeConfig::with_custom_sections`] kept them). A lazily compiled
    /// module's bytes hold the whole module instead, which loading validates again.
    pub fn serialize(&self) -> Vec<u8> {
        crate::engine::artifact::encode(&self.inner, [0; 32])
    }

    /// [`CompiledModule::serialize`] into file `path`, written so that no reader ever sees
    /// half of it: into a temporary file beside it, then renamed over it (for
    /// [`Runtime::deserialize_module_file`], which maps the file and needs it never
    /// rewritten in place).
    pub fn serialize_to_file(&self, path: impl AsRef<std::path::Path>) -> std::io::Result<()> {
        crate::engine::artifact::write_atomically(path.as_ref(), &self.serialize())
    }

    /// The exported memories' names and types, in export order.
    pub fn exported_memories(&self) -> impl Iterator<Item = (&str, MemoryType)> + '_ {
        // The memory index space: imported memories first, then the module's own.
        let info = &self.inner.info;
        info.exports
            .iter()
            .filter(|(_, kind, _)| *kind == wasmparser::ExternalKind::Memory)
            .map(|(name, _, index)| (name.as_str(), MemoryType::from_wasm(&info.memories[*index as usize])))
    }
}

impl Runtime {
    /// A runtime with the default configuration.
    pub fn new() -> Runtime {
        Runtime::with_config(RuntimeConfig::default())
    }

    /// A runtime with `config`, checked against the CPU first: fails with
    /// [`Error::UnsupportedCpu`] on an x86-64 CPU without the extensions onepass's code
    /// always uses (SSE4.1, SSE4.2, POPCNT; scalar code needs them as well as SIMD), so an
    /// embedder learns it when it sets up rather than at its first compile.
    /// [`Runtime::with_config`] cannot fail; its runtime reports the same error from
    /// [`Runtime::compile_module`].
    pub fn try_with_config(config: RuntimeConfig) -> Result<Runtime, Error> {
        if let Some(missing) = onepass_arch::CpuFeatures::missing_baseline() {
            return Err(Error::UnsupportedCpu(missing));
        }
        config.validate()?;
        Ok(Runtime::with_config(config))
    }

    /// A runtime with `config`.
    pub fn with_config(config: RuntimeConfig) -> Runtime {
        let stack = StackLimits { host_reserve: config.host_stack_reserve, max_wasm: config.max_wasm_stack };
        let store = Arc::new(Store::new(stack, gc_settings(&config)));
        Runtime { inner: Arc::new(RuntimeInner { config, store }) }
    }

    /// Validate and compile a binary module.
    ///
    /// Fails with [`Error::UnsupportedCpu`] on an x86-64 CPU without the extensions
    /// onepass's code always uses (SSE4.1, SSE4.2, POPCNT).
    pub fn compile_module(&self, bytes: &[u8]) -> Result<CompiledModule, Error> {
        self.check_can_compile()?;
        let options = self.compile_options();
        let config = &self.inner.config;
        let inner = match (&config.listener_factory, &config.compilation_cache) {
            // Listeners are this runtime's objects: its modules are its own.
            (Some(factory), _) => publish(compile_listened(bytes, options, Some(factory))?),
            (None, Some(cache)) => cache.get_or_compile(bytes, options)?,
            (None, None) => publish(compile(bytes, options)?),
        };
        self.adopt(inner)
    }

    /// Load a module compiled by [`CompiledModule::serialize`] (or kept by a compilation
    /// cache), without compiling it again: its code is copied into a fresh executable
    /// mapping as it is (no relocation). Fails with [`Error::Artifact`] for bytes that are
    /// not a whole artifact of this build of onepass for this ISA, or that were compiled
    /// for CPU extensions this CPU lacks, with WebAssembly features this runtime's
    /// configuration leaves out, without the interrupt checks
    /// [`RuntimeConfig::with_close_on_context_done`] needs, or without the custom sections
    /// [`RuntimeConfig::with_custom_sections`] keeps.
    ///
    /// # Safety
    ///
    /// An artifact is native code: `bytes` must come from [`CompiledModule::serialize`]
    /// (of any onepass build: other builds' artifacts are refused), and must not have
    /// been written by anyone not trusted to run code in this process. Its checksum finds
    /// corruption, not tampering: a crafted artifact can run anything.
    pub unsafe fn deserialize_module(&self, bytes: &[u8]) -> Result<CompiledModule, Error> {
        self.check_can_load()?;
        let inner = publish(crate::engine::artifact::decode(bytes, self.compile_options())?);
        self.adopt(inner)
    }

    /// [`Runtime::deserialize_module`] for the artifact in file `path`, whose code is
    /// mapped from the file (read-only, then executable) instead of copied, where the file
    /// system allows executable mappings.
    ///
    /// # Safety
    ///
    /// As for [`Runtime::deserialize_module`]; and the file must not be modified in place
    /// while the module lives (replace it by renaming another file over it instead).
    pub unsafe fn deserialize_module_file(&self, path: impl AsRef<std::path::Path>) -> Result<CompiledModule, Error> {
        self.check_can_load()?;
        let inner = publish(crate::engine::artifact::decode_file(path.as_ref(), self.compile_options(), None)?);
        self.adopt(inner)
    }

    /// Whether this runtime may load an artifact now: as [`Runtime::check_can_compile`],
    /// and it has no function listeners.
    fn check_can_load(&self) -> Result<(), Error> {
        self.check_can_compile()?;
        if self.inner.config.listener_factory.is_some() {
            let message =
                "a runtime with function listeners compiles modules from their bytes: artifacts have no listener calls";
            return Err(Error::Artifact(message.into()));
        }
        Ok(())
    }

    /// Whether this runtime may compile or load a module now: it is open, its configuration
    /// is valid, and the CPU has what compiled code needs.
    fn check_can_compile(&self) -> Result<(), Error> {
        self.inner.store.check_open()?;
        self.inner.config.validate()?;
        match onepass_arch::CpuFeatures::missing_baseline() {
            Some(missing) => Err(Error::UnsupportedCpu(missing)),
            None => Ok(()),
        }
    }

    /// How this runtime compiles.
    fn compile_options(&self) -> CompileOptions {
        let config = &self.inner.config;
        CompileOptions {
            features: config.core_features.wasm_features(),
            cpu: onepass_arch::CpuFeatures::host(),
            interruptible: config.close_on_context_done,
            lazy: config.lazy_compilation,
            keep_custom_sections: config.custom_sections,
            keep_names: config.debug_info,
        }
    }

    /// A compiled (or loaded) module as this runtime's: checked against its memory limits,
    /// and listed in the perf map if it asks for one.
    fn adopt(&self, inner: Arc<CompiledModuleInner>) -> Result<CompiledModule, Error> {
        // Another SIGSEGV handler may have replaced onepass's since the last time.
        crate::engine::signals::install_handlers();
        let config = &self.inner.config;
        // As wazero does, a memory that could never be created fails at compile time.
        let own_memories = &inner.info.memories[inner.info.num_imported_memories as usize..];
        for (index, memory) in own_memories.iter().enumerate() {
            let limit = if memory.memory64 { config.memory64_limit_pages } else { config.memory_limit_pages };
            if memory.initial > limit {
                let index = index + inner.info.num_imported_memories as usize;
                let message =
                    format!("memory {index}: minimum of {} pages exceeds the limit of {limit} pages", memory.initial);
                return Err(Error::Compile { message, offset: 0 });
            }
        }
        if config.perf_map && !inner.in_perf_map.swap(true, std::sync::atomic::Ordering::Relaxed) {
            crate::engine::perf_map::add_module(&inner);
        }
        Ok(CompiledModule { inner })
    }

    /// Instantiate a compiled module: link imports, initialize, run its start function and
    /// then `config`'s start functions, and make it importable under its name.
    ///
    /// As in wazero, a start function that exits (WASI `proc_exit`) with code 0 ends
    /// instantiation at once: later start functions do not run, and the module is returned,
    /// closed. Any other exit code is the error ([`Error::Exit`]), and any other failure
    /// closes the module and is returned as [`Error::Start`]. A module whose start
    /// functions are running is closed by [`Runtime::close`], and
    /// [`ModuleConfig::with_start_timeout`] bounds them (both need
    /// [`RuntimeConfig::with_close_on_context_done`] to stop code that never returns).
    pub fn instantiate_module(&self, compiled: &CompiledModule, config: ModuleConfig) -> Result<Module, Error> {
        let inner = &self.inner;
        inner.config.validate()?;
        let instance =
            crate::engine::instantiate::instantiate_module(&inner.store, &compiled.inner, &config, &inner.config)?;
        Ok(Module { instance, runtime: inner.clone() })
    }

    /// Compile `bytes` and instantiate the result with `config` (wazero's
    /// `InstantiateWithConfig`).
    pub fn instantiate_with_config(&self, bytes: &[u8], config: ModuleConfig) -> Result<Module, Error> {
        let compiled = self.compile_module(bytes)?;
        self.instantiate_module(&compiled, config)
    }

    /// Compile and instantiate `bytes` with the default module configuration.
    pub fn instantiate(&self, bytes: &[u8]) -> Result<Module, Error> {
        self.instantiate_with_config(bytes, ModuleConfig::default())
    }

    /// The open module instantiated under `name`.
    pub fn module(&self, name: &str) -> Option<Module> {
        self.inner.store.lookup(name).map(|instance| Module { instance, runtime: self.inner.clone() })
    }

    /// Make `module` importable under a second name as well (like the spec tests'
    /// `register`). Fails when the name is empty or taken, or the module is closed.
    pub fn register_alias(&self, module: &Module, name: &str) -> Result<(), Error> {
        self.inner.store.alias(&module.instance, name)
    }

    /// Start defining a host module called `name` (which must not be empty).
    pub fn new_host_module_builder(&self, name: impl Into<String>) -> HostModuleBuilder {
        HostModuleBuilder::new(self.inner.clone(), name.into())
    }

    /// The runtime's store (for diagnostics).
    pub(crate) fn store(&self) -> &Store {
        &self.inner.store
    }

    /// Close the runtime and every module it created, with exit code 0.
    pub fn close(&self) -> Result<(), Error> {
        self.close_with_exit_code(0)
    }

    /// Close the runtime and every module it created (including modules whose start
    /// functions are running); only the first close has an effect. Afterwards the runtime
    /// compiles and instantiates nothing, and calls into its modules fail with
    /// [`Error::Exit`]. Memory is given back as handles are dropped: an instance lives as
    /// long as a handle or another instance holds it, and instances pinned by the store
    /// (see the README) until the runtime and all its handles are gone.
    pub fn close_with_exit_code(&self, exit_code: u32) -> Result<(), Error> {
        self.inner.store.close(exit_code);
        Ok(())
    }
}

/// What a runtime's GC heap is told of its configuration.
fn gc_settings(config: &RuntimeConfig) -> crate::vm::gc_heap::GcSettings {
    crate::vm::gc_heap::GcSettings {
        limit: config.gc_heap_limit,
        stress: config.gc_stress,
        enabled: config.core_features.contains(crate::CoreFeatures::GC),
    }
}
