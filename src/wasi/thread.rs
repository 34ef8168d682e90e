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
    members: Mutex<Members>,
}

/// The instances of a group, and whether it ended.
#[derive(Default)]
struct Members {
    instances: Vec<Weak<Instance>>,
    /// The exit code, once the program ended: an instance joining later (a thread being
    /// spawned as it ended) is closed at once.
    ended: Option<u32>,
}

impl ThreadGroup {
    /// Add `instance` to the group; the first one also says how to spawn threads.
    /// Learn how to spawn threads (from the program's first instance).
    pub(crate) fn set_spawner(&self, spawner: impl FnOnce() -> Box<dyn SpawnThread>) {
        let _ = self.spawner.get_or_init(spawner);
    }

    /// Add `instance` to the program (closed at once if it already ended).
    pub(crate) fn join(&self, instance: &Arc<Instance>) {
        let mut members = self.lock();
        if let Some(code) = members.ended {
            drop(members);
            instance.close(code);
            return;
        }
        members.instances.retain(|m| m.strong_count() > 0);
        members.instances.push(Arc::downgrade(instance));
    }

    /// End the program: close every instance of the group with `exit_code` (and any that
    /// joins later).
    pub(crate) fn exit(&self, exit_code: u32) {
        let instances = {
            let mut members = self.lock();
            if members.ended.is_some() {
                // The first exit closes every member (and later joiners): closing them
                // calls this again, which stops here instead of recursing.
                return;
            }
            members.ended = Some(exit_code);
            members.instances.clone()
        };
        for member in instances.iter().filter_map(Weak::upgrade) {
            member.close(exit_code);
        }
    }

    /// `instance` was closed with `exit_code`: if it is one of the program's, the program
    /// ends (an instance that failed before joining, a thread that could not start, does
    /// not end it).
    pub(crate) fn member_closed(&self, instance: &Instance, exit_code: u32) {
        let member = self.lock().instances.iter().any(|m| std::ptr::eq(m.as_ptr(), instance));
        if member {
            self.exit(exit_code);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Members> {
        self.members.lock().unwrap_or_else(|e| e.into_inner())
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
    if let Some(code) = parent.exit_code() {
        return Err(Error::Exit(code));
    }
    let spawner = wasi.threads.spawner.get().ok_or_else(unavailable)?;
    let tid = wasi.threads.next_tid.fetch_add(1, Ordering::Relaxed) + 1;
    if tid > MAX_TID {
        return Err(Error::Instantiate("thread-spawn: out of thread ids".into()));
    }
    spawner.spawn(wasi.clone(), tid, start_arg)?;
    Ok(tid)
}
