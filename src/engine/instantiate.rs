//! Instantiating a compiled module in a runtime's store: build the instance (the vm
//! layer), make it closable, apply its segments, run its start function and the
//! configured start functions, and publish its name. The order matters for closing: once
//! the instance is enrolled, `Runtime::close` reaches it, also while its start functions
//! run (see `vm::store`).

use super::module::CompiledModuleInner;
use crate::config::{ModuleConfig, RuntimeConfig};
use crate::vm::instance::{initialize_segments, instantiate, Instance, Limits};
use crate::vm::module_info::ModuleCode;
use crate::vm::store::Store;
use crate::Error;
use std::sync::Arc;

/// Instantiate `compiled` in `store` as `config` says (see the module docs). As in
/// wazero, a configured start function that exits with code 0 ends instantiation at once
/// and the closed instance is returned; any other exit is the error, and any other
/// failure closes the instance and is returned as [`Error::Start`].
pub(crate) fn instantiate_module(
    store: &Arc<Store>,
    compiled: &Arc<CompiledModuleInner>,
    config: &ModuleConfig,
    runtime_config: &RuntimeConfig,
) -> Result<Arc<Instance>, Error> {
    // Installed once; whether another handler replaced them since is checked at every
    // compile (two system calls would be a tenth of a small module's instantiation).
    super::signals::ensure_installed();
    let info = &compiled.info;
    let name = config.name.clone().or_else(|| info.name.clone()).unwrap_or_default();
    store.reserve(&name)?;
    let limits = Limits {
        memory_limit_pages: runtime_config.memory_limit_pages,
        memory64_limit_pages: runtime_config.memory64_limit_pages,
        memory_capacity_from_max: runtime_config.memory_capacity_from_max,
    };
    let resolve = |m: &str| store.lookup(m);
    let imports_wasi = info.imports.iter().any(|i| i.module == crate::wasi::MODULE_NAME);
    let built =
        imports_wasi.then(|| crate::wasi::WasiCtx::new(config)).transpose().map_err(Error::Instantiate).and_then(
            |wasi| {
                let code: Arc<dyn ModuleCode> = compiled.clone();
                instantiate(&code, name.clone(), &resolve, limits, &super::vmctx_hooks(), wasi, store)
            },
        );
    let instance = match built {
        Ok(instance) => instance,
        Err(e) => {
            store.release(&name);
            return Err(e);
        }
    };
    // From here on the runtime can close the instance; closing frees its name.
    if let Err(e) = store.enroll(&instance) {
        store.release(&name);
        instance.close(0);
        return Err(e);
    }
    if let Err(e) = initialize_segments(&instance) {
        // What the segments wrote before the trap stays, and the instance with it.
        instance.close(0);
        return Err(e);
    }
    let _deadline =
        config.start_timeout.map(|timeout| super::deadline::arm(&instance, std::time::Instant::now() + timeout));
    if let Some(start) = info.start {
        let handle = instance.func_handle(start, store);
        if let Err(e) = super::call(&handle, &[]) {
            return Err(start_failed(&instance, instance.func_name(start), e));
        }
    }
    for start in &config.start_functions {
        let Some(crate::vm::instance::Extern::Func(handle)) = instance.export(start, store) else { continue };
        match instance.exit_code().map(Error::Exit).map_or_else(|| super::call(&handle, &[]), Err) {
            Ok(_) => {}
            Err(Error::Exit(0)) => {
                instance.close(0);
                return Ok(instance);
            }
            Err(e) => return Err(start_failed(&instance, start.clone(), e)),
        }
    }
    store.publish(&instance);
    Ok(instance)
}

/// The error of a failed start function (`function` of `instance`), after closing the
/// instance: an exit is returned as it is, anything else wrapped in [`Error::Start`].
fn start_failed(instance: &Instance, function: String, e: Error) -> Error {
    match e {
        Error::Exit(code) => {
            instance.close(code);
            Error::Exit(code)
        }
        other => {
            instance.close(0);
            Error::Start { module: instance.name.clone(), function, source: Box::new(other) }
        }
    }
}
