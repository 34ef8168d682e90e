//! WASI preview1 (`wasi_snapshot_preview1`) as a host module.
//!
//! [`instantiate`] adds the host module to a runtime; each module that imports it then
//! gets its own WASI context, made at instantiation from its [`crate::ModuleConfig`]:
//! arguments, environment, standard streams, and the directories it may use. Those are
//! *preopened* explicitly (`ModuleConfig::with_dir`); every path a guest names is resolved
//! inside one of them, one component at a time, and neither `..` nor a symbolic link can
//! lead outside (see [`path`]). A bad pointer or length from the guest is an errno result
//! (`EFAULT`), never a crash.
//!
//! One file per group of calls: [`args`] (arguments and environment), [`clock`], [`fd`]
//! (file descriptors), [`path`], [`poll`], [`proc`] (exit), [`random`], [`sched`], [`sock`];
//! [`vfs`] is what the calls do on a file system the embedder provides ([`ReadOnlyFs`]).

mod args;
mod clock;
pub(crate) mod ctx;
mod errno;
mod fd;
mod mem;
mod path;
mod poll;
mod proc;
mod random;
mod rights;
mod sched;
mod sock;
mod thread;
mod vfs;

use crate::{Caller, Error, HostModuleBuilder, Module, Runtime};
pub(crate) use ctx::WasiCtx;
use errno::Errno;
pub(crate) use thread::SpawnThread;
pub use thread::THREADS_MODULE;
pub use vfs::{FsEntry, MemoryFs, ReadOnlyFs};

/// Name of the host module guests import WASI from.
pub const MODULE_NAME: &str = "wasi_snapshot_preview1";

/// Add the `wasi_snapshot_preview1` host module to `runtime`, so modules instantiated
/// afterwards can import WASI, and the `wasi` module of wasi-threads (`thread-spawn`, for
/// programs built for `wasm32-wasip1-threads`, see [`THREADS_MODULE`]). Each importing
/// module uses the arguments, environment, standard streams and directories of its own
/// [`crate::ModuleConfig`]; the threads a program spawns share its module's.
///
/// ```
/// # let wasm = wat::parse_str(r#"(module (import "wasi_snapshot_preview1" "proc_exit"
/// #     (func $exit (param i32))) (memory (export "memory") 1)
/// #     (func (export "_start") (call $exit (i32.const 3))))"#).unwrap();
/// let runtime = onepass::Runtime::new();
/// onepass::wasi::instantiate(&runtime).unwrap();
/// // `_start` runs at instantiation; the guest's exit code comes back as an error.
/// match runtime.instantiate(&wasm) {
///     Err(onepass::Error::Exit(code)) => assert_eq!(code, 3),
///     other => panic!("unexpected {other:?}"),
/// }
/// ```
pub fn instantiate(runtime: &Runtime) -> Result<Module, Error> {
    let mut builder = runtime.new_host_module_builder(MODULE_NAME);
    builder = args::define(builder);
    builder = clock::define(builder);
    builder = fd::define(builder);
    builder = path::define(builder);
    builder = poll::define(builder);
    builder = proc::define(builder);
    builder = random::define(builder);
    builder = sched::define(builder);
    builder = sock::define(builder);
    let preview1 = builder.instantiate()?;
    thread::define(runtime.new_host_module_builder(THREADS_MODULE)).instantiate()?;
    Ok(preview1)
}

/// Run `f` with the calling module's WASI context and memory; its errno (or `EFAULT`
/// when the caller has no memory, `ENOSYS` without a context) is the function's result.
fn with_ctx(caller: &mut Caller<'_>, f: impl FnOnce(&WasiCtx, &mem::GuestMemory) -> Result<(), Errno>) -> i32 {
    let Some(ctx) = caller.wasi() else { return Errno::NOSYS.0 as i32 };
    let Some(memory) = caller.memory() else { return Errno::FAULT.0 as i32 };
    match f(ctx, &mem::GuestMemory::new(memory)) {
        Ok(()) => 0,
        Err(e) => e.0 as i32,
    }
}

/// Shorthand for defining a WASI function whose result is an errno.
fn errno_fn<P: crate::WasmParams>(
    builder: HostModuleBuilder,
    name: &str,
    f: impl Fn(&WasiCtx, &mem::GuestMemory, P) -> Result<(), Errno> + Send + Sync + 'static,
) -> HostModuleBuilder {
    builder.func_wrap(name, move |caller: &mut Caller<'_>, params: P| Ok(with_ctx(caller, |ctx, m| f(ctx, m, params))))
}
