//! wasi-threads: `wasi::thread-spawn`, the one call of the `wasm32-wasip1-threads` target.
//!
//! Every instance of a WASI program belongs to one [`ThreadGroup`], kept in the WASI
//! context its threads share (descriptors, arguments, clocks). `thread-spawn(arg)` makes a
//! new instance of the caller's module in the same runtime, with the same imports (the
//! program's shared memory among them) and the same context, under no name; it runs that
//! instance's `wasi_thread_start(tid, arg)` on a new OS thread and returns `tid` (from 1
//! up), or a negative number when it cannot. The instance is dropped when its thread ends.
//!
//! The group is one program: closing any of its instances closes them all with the same
//! code (`Instance::close`) — `proc_exit` on any thread, a trap on a spawned thread (code 1,
//! as a crash), or the embedder closing the program's module — which stops every thread
//! (parked ones at once, running ones at their next interrupt check, see
//! `RuntimeConfig::with_close_on_context_done`).

use crate::vm::instance::Instance;
use crate::{Caller, Error, HostModuleBuilder};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock, Weak};

/// Name of the host module guests import `thread-spawn` from.
pub const THREADS_MODULE: &str = "wasi";

/// Largest thread id (wasi-threads keeps the top bits for itself).
const MAX_TID: u32 = 0x1FFF_FFFF;

/// What starts a thread of a program: made by the engine with the program's first
/// instance (`engine::instantiate`, which knows how to instantiate and call).
pub(crate) trait SpawnThread: Send + Sync {
    /// Instantiate the program again sharing `wasi`, and run its
    /// `wasi_thread_start(tid, start_arg)` on a new OS thread.
    fn spawn(&self, wasi: Arc<super::WasiCtx>, tid: u32, start_arg: i32) -> Result<(), Error>;
}

/// The instances of one WASI program (its main instance and its spawned threads).
#[derive(Default)]
pub(crate) struct ThreadGroup {
    spawner: OnceLock<Box<dyn SpawnThread>>,
    next_tid: AtomicU32,
    members: Mutex<Vec<Weak<Instance>>>,
}

impl ThreadGroup {
    /// Add `instance` to the group; the first one also says how to spawn threads.
    pub(crate) fn join(&self, instance: &Arc<Instance>, spawner: impl FnOnce() -> Box<dyn SpawnThread>) {
        let _ = self.spawner.get_or_init(spawner);
        let mut members = self.members.lock().unwrap_or_else(|e| e.into_inner());
        members.retain(|m| m.strong_count() > 0);
        members.push(Arc::downgrade(instance));
    }

    /// End the program: close every instance of the group with `exit_code`.
    pub(crate) fn exit(&self, exit_code: u32) {
        let members: Vec<_> = self.members.lock().unwrap_or_else(|e| e.into_inner()).clone();
        for member in members.iter().filter_map(Weak::upgrade) {
            member.close(exit_code);
        }
    }
}

/// Register the `wasi` host module with `thread-spawn`.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    b.func_wrap("thread-spawn", |caller: &mut Caller<'_>, start_arg: i32| -> Result<i32, Error> {
        let Some(instance) = caller.instance else { return Ok(-1) };
        Ok(spawn(instance, start_arg).map_or(-1, |tid| tid as i32))
    })
}

/// Spawn a thread of `parent`'s program: its id.
fn spawn(parent: &Instance, start_arg: i32) -> Result<u32, Error> {
    let unavailable = || Error::Instantiate("thread-spawn: not a WASI program's instance".into());
    let wasi = parent.wasi.clone().ok_or_else(unavailable)?;
    let spawner = wasi.threads.spawner.get().ok_or_else(unavailable)?;
    let tid = wasi.threads.next_tid.fetch_add(1, Ordering::Relaxed) + 1;
    if tid > MAX_TID {
        return Err(Error::Instantiate("thread-spawn: out of thread ids".into()));
    }
    spawner.spawn(wasi.clone(), tid, start_arg)?;
    Ok(tid)
}
