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
    instantiate_sharing_wasi(store, compiled, config, runtime_config, None)
}

/// [`instantiate_module`], with the WASI context `wasi` when given (a thread of a WASI
/// program, `wasi::thread`) instead of one made from `config`. An instance with a WASI
/// context joins its thread group, which learns from the first how to spawn more.
pub(crate) fn instantiate_sharing_wasi(
    store: &Arc<Store>,
    compiled: &Arc<CompiledModuleInner>,
    config: &ModuleConfig,
    runtime_config: &RuntimeConfig,
    wasi: Option<Arc<crate::wasi::WasiCtx>>,
) -> Result<Arc<Instance>, Error> {
    // Installed once; whether another handler replaced them since is checked at every
    // compile (two system calls would be a tenth of a small module's instantiation).
    super::signals::ensure_installed();
    // Code compiled without stack maps could hold objects the collector cannot see, and
    // code that allocates needs its runtime's heap to count the threads inside it: a
    // module runs only in runtimes that agree with its compiler on garbage collection.
    let gc = wasmparser::WasmFeatures::GC;
    if compiled.options.features.contains(gc) != runtime_config.core_features.wasm_features().contains(gc) {
        return Err(Error::Instantiate(
            "the module was compiled by a runtime that differs from this one in garbage collection \
             (CoreFeatures::GC)"
                .into(),
        ));
    }
    // Objects made by constant expressions live only in the new instance until the store
    // lists it: no other thread's collection meanwhile.
    let _mutator = store.gc_heap.mutator();
    let info = &compiled.info;
    let name = config.name.clone().or_else(|| info.name.clone()).unwrap_or_default();
    store.reserve(&name)?;
    let limits = Limits {
        memory_limit_pages: runtime_config.memory_limit_pages,
        memory64_limit_pages: runtime_config.memory64_limit_pages,
        memory_capacity_from_max: runtime_config.memory_capacity_from_max,
    };
    let resolve = |m: &str| store.lookup(m);
    let imports_wasi =
        info.imports.iter().any(|i| i.module == crate::wasi::MODULE_NAME || i.module == crate::wasi::THREADS_MODULE);
    // A thread (sharing its program's context) joins the program once it is instantiated
    // (`ThreadSpawner`); the program's own instance before its start functions can spawn.
    let joins_now = wasi.is_none();
    let wasi = match wasi {
        Some(shared) => Ok(Some(shared)),
        None => imports_wasi.then(|| crate::wasi::WasiCtx::new(config).map(Arc::new)).transpose(),
    };
    let built = wasi.map_err(Error::Instantiate).and_then(|wasi| {
        let code: Arc<dyn ModuleCode> = compiled.clone();
        instantiate(&code, name.clone(), &resolve, limits, &super::vmctx_hooks(), wasi, store)
    });
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
    // Part of its WASI program from here on (closing it closes the program), before its
    // start functions can spawn threads.
    if let Some(wasi) = instance.wasi.as_ref().filter(|_| joins_now) {
        wasi.threads.set_spawner(|| {
            Box::new(ThreadSpawner {
                store: Arc::downgrade(store),
                compiled: compiled.clone(),
                runtime_config: runtime_config.clone(),
            })
        });
        wasi.threads.join(&instance);
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

/// How a WASI program's threads are started (`wasi::thread`): made with its first instance.
struct ThreadSpawner {
    store: std::sync::Weak<Store>,
    compiled: Arc<CompiledModuleInner>,
    runtime_config: RuntimeConfig,
}

/// Stack of a spawned thread's OS thread (wasm frames run on it).
const THREAD_STACK_BYTES: usize = 8 << 20;

impl crate::wasi::SpawnThread for ThreadSpawner {
    fn spawn(&self, wasi: Arc<crate::wasi::WasiCtx>, tid: u32, start_arg: i32) -> Result<(), Error> {
        let gone = || Error::Instantiate("thread-spawn: the runtime is closed".into());
        let store = self.store.upgrade().ok_or_else(gone)?;
        let no_start: [&str; 0] = [];
        let config = ModuleConfig::new().with_name("").with_start_functions(no_start);
        let shared = Some(wasi.clone());
        let instance = instantiate_sharing_wasi(&store, &self.compiled, &config, &self.runtime_config, shared)?;
        let Some(crate::vm::instance::Extern::Func(entry)) = instance.export("wasi_thread_start", &store) else {
            return Err(Error::Instantiate("thread-spawn: no wasi_thread_start export".into()));
        };
        // Part of the program from here (closed at once if the program ended meanwhile,
        // and then its call below ends at once too).
        wasi.threads.join(&instance);
        let run = move || {
            // A thread that returns just ends (its instance is dropped, not closed: closing
            // would end the program); an exit, or a crash, ends every thread.
            let exit = match super::call(&entry, &[crate::Val::I32(tid as i32), crate::Val::I32(start_arg)]) {
                Ok(_) => None,
                Err(Error::Exit(code)) => Some(code),
                Err(_) => Some(1),
            };
            if let Some(code) = exit {
                instance.close(code);
            }
        };
        std::thread::Builder::new()
            .name(format!("wasi-thread-{tid}"))
            .stack_size(THREAD_STACK_BYTES)
            .spawn(run)
            .map_err(|e| Error::Instantiate(format!("thread-spawn: {e}")))?;
        Ok(())
    }
}
