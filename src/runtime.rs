//! The runtime: compiles modules, instantiates them under unique names, resolves imports
//! between them, and closes them all at once.

use crate::config::{ModuleConfig, RuntimeConfig};
use crate::engine::module::{compile, CompileOptions, CompiledModuleInner};
use crate::vm::instance::{instantiate, Instance, Limits};
use crate::{Error, FuncType, HostModuleBuilder, Module};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// Shared state behind every clone of a [`Runtime`].
pub(crate) struct RuntimeInner {
    pub(crate) config: RuntimeConfig,
    /// Named modules; a name is reserved (None) while its module is being instantiated.
    modules: Mutex<HashMap<String, Option<Arc<Instance>>>>,
    /// Unnamed modules, kept so that closing the runtime closes them too.
    anonymous: Mutex<Vec<std::sync::Weak<Instance>>>,
    /// 0 while open, else `1 + (exit_code << 32)`.
    closed: AtomicU64,
}

impl RuntimeInner {
    fn check_open(&self) -> Result<(), Error> {
        match self.closed.load(Ordering::Acquire) {
            0 => Ok(()),
            state => Err(Error::RuntimeClosed((state >> 32) as u32)),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<Arc<Instance>>>> {
        self.modules.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Reserve `name`, or fail if a module already has it.
    fn reserve(&self, name: &str) -> Result<(), Error> {
        if name.is_empty() {
            return Ok(());
        }
        let mut modules = self.lock();
        if modules.contains_key(name) {
            return Err(Error::NameInUse(name.to_string()));
        }
        modules.insert(name.to_string(), None);
        Ok(())
    }

    fn release(&self, name: &str) {
        let mut modules = self.lock();
        if matches!(modules.get(name), Some(None)) {
            modules.remove(name);
        }
    }

    fn publish(&self, instance: &Arc<Instance>) {
        if instance.name.is_empty() {
            let mut anon = self.anonymous.lock().unwrap_or_else(|e| e.into_inner());
            anon.retain(|w| w.strong_count() > 0);
            anon.push(Arc::downgrade(instance));
        } else {
            self.lock().insert(instance.name.clone(), Some(instance.clone()));
        }
    }

    /// Remove a closed module from the name table.
    pub(crate) fn forget(&self, instance: &Arc<Instance>) {
        let mut modules = self.lock();
        if let Some(Some(existing)) = modules.get(&instance.name) {
            if Arc::ptr_eq(existing, instance) {
                modules.remove(&instance.name);
            }
        }
    }

    /// The open module registered under `name` (closed ones are dropped from the table).
    pub(crate) fn lookup(&self, name: &str) -> Option<Arc<Instance>> {
        let mut modules = self.lock();
        let found = modules.get(name).cloned().flatten()?;
        if found.exit_code().is_some() {
            modules.remove(name);
            return None;
        }
        Some(found)
    }

    /// Register a fully built host module.
    pub(crate) fn add_host_module(self: &Arc<Self>, instance: Instance) -> Result<Module, Error> {
        self.check_open()?;
        self.reserve(&instance.name)?;
        let instance = Arc::new_cyclic(|me| {
            let mut instance = instance;
            for ctx in instance.host_funcs.iter_mut() {
                ctx.funcref.instance = me.as_ptr();
            }
            instance
        });
        self.publish(&instance);
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
        info.exports.iter().filter(|(_, kind, _)| *kind == wasmparser::ExternalKind::Func).map(|(name, _, index)| {
            let ty = &info.types[info.func_types[*index as usize] as usize];
            (name.as_str(), FuncType::from_wasm(ty))
        })
    }
}

impl Runtime {
    /// A runtime with the default configuration.
    pub fn new() -> Runtime {
        Runtime::with_config(RuntimeConfig::default())
    }

    /// A runtime with `config`.
    pub fn with_config(config: RuntimeConfig) -> Runtime {
        Runtime {
            inner: Arc::new(RuntimeInner {
                config,
                modules: Mutex::new(HashMap::new()),
                anonymous: Mutex::new(Vec::new()),
                closed: AtomicU64::new(0),
            }),
        }
    }

    /// Validate and compile a binary module.
    pub fn compile_module(&self, bytes: &[u8]) -> Result<CompiledModule, Error> {
        self.inner.check_open()?;
        let config = &self.inner.config;
        let options = CompileOptions {
            features: config.core_features.wasm_features(),
            interruptible: config.close_on_context_done,
            lazy: config.lazy_compilation,
            keep_custom_sections: config.custom_sections,
        };
        let mut inner = compile(bytes, options)?;
        if !config.debug_info {
            inner.info.func_names.clear();
        }
        let inner = Arc::new(inner);
        crate::engine::backtrace::register(&inner);
        if config.perf_map {
            crate::engine::perf_map::add_module(&inner);
        }
        Ok(CompiledModule { inner })
    }

    /// Instantiate a compiled module: link imports, initialize, run start functions.
    pub fn instantiate_module(&self, compiled: &CompiledModule, config: ModuleConfig) -> Result<Module, Error> {
        self.inner.check_open()?;
        let name = config.name.clone().or_else(|| compiled.inner.info.name.clone()).unwrap_or_default();
        self.inner.reserve(&name)?;
        let runtime_config = &self.inner.config;
        let limits = Limits {
            memory_limit_pages: runtime_config.memory_limit_pages,
            memory_capacity_from_max: runtime_config.memory_capacity_from_max,
        };
        let resolve = |m: &str| self.inner.lookup(m);
        let imports_wasi = compiled.inner.info.imports.iter().any(|i| i.module == crate::wasi::MODULE_NAME);
        let wasi = match imports_wasi.then(|| crate::wasi::WasiCtx::new(&config)).transpose() {
            Ok(w) => w,
            Err(message) => {
                self.inner.release(&name);
                return Err(Error::Instantiate(message));
            }
        };
        let instance = match instantiate(&compiled.inner, name.clone(), &resolve, limits, wasi) {
            Ok(i) => i,
            Err(e) => {
                self.inner.release(&name);
                return Err(e);
            }
        };
        let module = Module { instance, runtime: self.inner.clone() };
        for start in &config.start_functions {
            if let Some(f) = module.exported_function(start) {
                if let Err(e) = f.call(&[]) {
                    self.inner.release(&name);
                    return Err(match e {
                        Error::Exit(0) => continue,
                        Error::Exit(code) => Error::Exit(code),
                        other => {
                            Error::Start { module: name.clone(), function: start.clone(), source: Box::new(other) }
                        }
                    });
                }
            }
        }
        self.inner.publish(&module.instance);
        Ok(module)
    }

    /// Compile and instantiate `bytes` with the default module configuration.
    pub fn instantiate(&self, bytes: &[u8]) -> Result<Module, Error> {
        let compiled = self.compile_module(bytes)?;
        self.instantiate_module(&compiled, ModuleConfig::default())
    }

    /// The module instantiated under `name`.
    pub fn module(&self, name: &str) -> Option<Module> {
        self.inner.lookup(name).map(|instance| Module { instance, runtime: self.inner.clone() })
    }

    /// Make `module` importable under a second name as well (like the spec tests'
    /// `register`). Fails when the name is taken.
    pub fn register_alias(&self, module: &Module, name: &str) -> Result<(), Error> {
        self.inner.check_open()?;
        let mut modules = self.inner.lock();
        if modules.contains_key(name) {
            return Err(Error::NameInUse(name.to_string()));
        }
        modules.insert(name.to_string(), Some(module.instance.clone()));
        Ok(())
    }

    /// Start defining a host module called `name`.
    pub fn new_host_module_builder(&self, name: impl Into<String>) -> HostModuleBuilder {
        HostModuleBuilder::new(self.inner.clone(), name.into())
    }

    /// Close the runtime and every module it created, with exit code 0.
    pub fn close(&self) -> Result<(), Error> {
        self.close_with_exit_code(0)
    }

    /// Close the runtime and every module it created; only the first close has an effect.
    pub fn close_with_exit_code(&self, exit_code: u32) -> Result<(), Error> {
        let state = 1 + ((exit_code as u64) << 32);
        if self.inner.closed.compare_exchange(0, state, Ordering::AcqRel, Ordering::Acquire).is_err() {
            return Ok(());
        }
        let named: Vec<Arc<Instance>> = self.inner.lock().drain().filter_map(|(_, m)| m).collect();
        let anon: Vec<Arc<Instance>> = self
            .inner
            .anonymous
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .drain(..)
            .filter_map(|w| w.upgrade())
            .collect();
        for instance in named.into_iter().chain(anon) {
            instance.close(exit_code);
        }
        Ok(())
    }
}
