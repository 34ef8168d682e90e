//! Configuration of a runtime and of one module instance.
//!
//! Both are immutable values: every setter returns a new value, so a configuration can be
//! shared and derived from safely (the wazero model).

/// Which WebAssembly core specification's feature set to accept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum CoreFeatures {
    /// WebAssembly 1.0 (MVP plus mutable globals).
    V1,
    /// WebAssembly 2.0 (adds sign extension, non-trapping conversions, multi-value, bulk
    /// memory, reference types; SIMD is rejected until supported).
    #[default]
    V2,
}

impl CoreFeatures {
    pub(crate) fn wasm_features(self) -> wasmparser::WasmFeatures {
        use wasmparser::WasmFeatures as F;
        match self {
            CoreFeatures::V1 => F::WASM1,
            CoreFeatures::V2 => F::WASM2.difference(F::SIMD),
        }
    }
}

/// Runtime-wide settings.
#[derive(Clone, Debug)]
pub struct RuntimeConfig {
    pub(crate) memory_limit_pages: u64,
    pub(crate) core_features: CoreFeatures,
    pub(crate) close_on_context_done: bool,
}

impl Default for RuntimeConfig {
    fn default() -> Self {
        RuntimeConfig {
            memory_limit_pages: 65536,
            core_features: CoreFeatures::default(),
            close_on_context_done: false,
        }
    }
}

impl RuntimeConfig {
    /// The default configuration: 4 GiB memory limit, WebAssembly 2.0 features.
    pub fn new() -> RuntimeConfig {
        RuntimeConfig::default()
    }
    /// Cap every linear memory at `pages` 64 KiB pages (at most 65536).
    pub fn with_memory_limit_pages(&self, pages: u64) -> RuntimeConfig {
        RuntimeConfig { memory_limit_pages: pages.min(65536), ..self.clone() }
    }
    /// Make running code stop when its module is closed (from any thread) or a call's
    /// deadline passes ([`crate::Function::call_with_timeout`]). Compiled code then tests
    /// a flag at every function entry and loop header: one load and one branch each.
    /// Off by default, as in wazero.
    pub fn with_close_on_context_done(&self, enabled: bool) -> RuntimeConfig {
        RuntimeConfig { close_on_context_done: enabled, ..self.clone() }
    }

    /// Accept the features of this core specification version.
    pub fn with_core_features(&self, features: CoreFeatures) -> RuntimeConfig {
        RuntimeConfig { core_features: features, ..self.clone() }
    }
}

/// Settings of one instantiation.
#[derive(Clone, Debug)]
pub struct ModuleConfig {
    pub(crate) name: Option<String>,
    pub(crate) start_functions: Vec<String>,
}

impl Default for ModuleConfig {
    fn default() -> Self {
        ModuleConfig { name: None, start_functions: vec!["_start".to_string()] }
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
    /// Exported functions to call, in order, after instantiation (those not exported are skipped).
    pub fn with_start_functions<S: Into<String>>(&self, names: impl IntoIterator<Item = S>) -> ModuleConfig {
        ModuleConfig { start_functions: names.into_iter().map(Into::into).collect(), ..self.clone() }
    }
}
