//! Compile helpers: a process-wide pool of threads that help compile a module, started
//! on first need and then kept, blocked on a condition variable while idle.
//!
//! A pool rather than threads started for each compile: starting a thread costs about
//! 45 us here, and the kernel often runs a new thread on the CPU of the thread that
//! started it, where it waits until that one blocks. Measured on this 2-core machine:
//! every other compile of coremark-1000.wasm (25 KB of code) got no help from its new
//! thread and took 0.9 ms instead of 0.6 ms. A sleeping helper woken through a condition
//! variable is placed on an idle CPU.
//!
//! A [`Help`] lends a closure to up to `n` helpers, each running it once. The closure
//! may borrow from its owner's stack: dropping the `Help` withdraws the helpers that have
//! not started and waits for those running, so no helper touches it afterwards.
//! Helpers serve jobs first come, first served; a compile never waits for a helper to
//! start (its own thread does whatever work is left), so several compiles at once share
//! the pool without deadlock.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};

/// A closure lent to helpers, with its lifetime erased: [`Help`] keeps it alive (and in
/// place, boxed) until no helper can call it any more.
type Erased = *const (dyn Fn() + Sync + 'static);

/// One lent closure and who is running it.
struct Job {
    run: Erased,
    /// Guarded by the job's own lock; `wanted` is changed only with the pool's lock held
    /// too (taken first), so a withdrawn job is never started.
    state: Mutex<JobState>,
    /// Signalled when `running` drops to zero.
    idle: Condvar,
}

struct JobState {
    /// Helpers still to start running it.
    wanted: usize,
    /// Helpers running it now.
    running: usize,
    /// Whether a helper's run panicked.
    panicked: bool,
}

// SAFETY: `run` points to a `Sync` closure that its `Help` keeps alive and unmoved until
// `running` is zero and `wanted` is zero; helpers call it only in between.
unsafe impl Send for Job {}
// SAFETY: as above; the rest of `Job` is locks and condition variables.
unsafe impl Sync for Job {}

/// The pool: jobs waiting for helpers, and how many helper threads exist.
struct Pool {
    queue: Mutex<Queue>,
    /// Signalled when a job is queued.
    work: Condvar,
}

struct Queue {
    jobs: VecDeque<Arc<Job>>,
    threads: usize,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| Pool { queue: Mutex::new(Queue { jobs: VecDeque::new(), threads: 0 }), work: Condvar::new() })
}

/// Lock ignoring poisoning: the pool's state stays consistent across a panic (helpers
/// catch their closure's panics, and no code here panics with a lock held).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A helper thread: run queued jobs, one call each, forever.
fn helper(pool: &'static Pool) {
    loop {
        let job = {
            let mut queue = lock(&pool.queue);
            loop {
                match queue.jobs.front().cloned() {
                    Some(job) => {
                        let mut state = lock(&job.state);
                        let take = state.wanted > 0;
                        if take {
                            state.wanted -= 1;
                            state.running += 1;
                        }
                        let exhausted = state.wanted == 0;
                        drop(state);
                        if exhausted {
                            queue.jobs.pop_front();
                        }
                        if take {
                            break job;
                        }
                    }
                    None => queue = pool.work.wait(queue).unwrap_or_else(|e| e.into_inner()),
                }
            }
        };
        // SAFETY: this helper was counted in `running` while `wanted` was positive, both
        // under the locks `Help::drop` takes; it waits for `running` to return to zero
        // before the closure is dropped or its borrows end.
        let run = unsafe { &*job.run };
        let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)).is_ok();
        let mut state = lock(&job.state);
        state.running -= 1;
        state.panicked |= !ok;
        if state.running == 0 {
            job.idle.notify_all();
        }
    }
}

/// A closure lent to helper threads (see the module docs).
pub(crate) struct Help<'f> {
    job: Arc<Job>,
    /// The closure `job.run` points to (boxed: its address must not change).
    closure: Option<Box<dyn Fn() + Sync + 'f>>,
}

impl<'f> Help<'f> {
    /// Lend `closure` to up to `helpers` helper threads, each calling it once, starting
    /// threads for the pool as needed (a thread that cannot start only means less help).
    pub(crate) fn start(helpers: usize, closure: Box<dyn Fn() + Sync + 'f>) -> Help<'f> {
        let short: *const (dyn Fn() + Sync + 'f) = &*closure;
        // SAFETY: only the lifetime bound of the trait object changes. `Help` owns the box
        // (so the address stays valid and unmoved) and, when dropped, waits until no helper
        // can call it before the box and its borrows go (see `Drop`).
        let run: Erased = unsafe { std::mem::transmute::<*const (dyn Fn() + Sync + 'f), Erased>(short) };
        let job = Arc::new(Job {
            run,
            state: Mutex::new(JobState { wanted: helpers, running: 0, panicked: false }),
            idle: Condvar::new(),
        });
        let pool = pool();
        let mut queue = lock(&pool.queue);
        while queue.threads < helpers {
            let spawned = std::thread::Builder::new().name("onepass-compile".into()).spawn(move || helper(pool));
            if spawned.is_err() {
                break;
            }
            queue.threads += 1;
        }
        if helpers > 0 {
            queue.jobs.push_back(job.clone());
            pool.work.notify_all();
        }
        drop(queue);
        Help { job, closure: Some(closure) }
    }

    /// Withdraw the helpers not started and wait for the running ones; whether any run
    /// panicked.
    pub(crate) fn finish(mut self) -> bool {
        self.wait()
    }

    fn wait(&mut self) -> bool {
        {
            let mut queue = lock(&pool().queue);
            lock(&self.job.state).wanted = 0;
            queue.jobs.retain(|j| !Arc::ptr_eq(j, &self.job));
        }
        let mut state = lock(&self.job.state);
        while state.running > 0 {
            state = self.job.idle.wait(state).unwrap_or_else(|e| e.into_inner());
        }
        state.panicked
    }
}

impl Drop for Help<'_> {
    /// Wait until no helper runs the closure, then drop it.
    fn drop(&mut self) {
        self.wait();
        drop(self.closure.take());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn helpers_run_a_borrowing_closure_and_are_waited_for() {
        let counter = AtomicUsize::new(0);
        let done = AtomicUsize::new(0);
        let help = Help::start(
            1,
            Box::new(|| {
                counter.fetch_add(1, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(20));
                done.fetch_add(1, Ordering::SeqCst);
            }),
        );
        // Wait (bounded) until the helper has started, then finish: it must have completed.
        for _ in 0..1000 {
            if counter.load(Ordering::SeqCst) > 0 {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        assert!(!help.finish());
        assert_eq!(counter.load(Ordering::SeqCst), done.load(Ordering::SeqCst));
    }

    #[test]
    fn withdrawn_help_never_runs_and_panics_are_reported() {
        // Helpers that did not start before `finish` never run.
        for _ in 0..100 {
            let ran = AtomicUsize::new(0);
            let help = Help::start(
                1,
                Box::new(|| {
                    ran.fetch_add(1, Ordering::SeqCst);
                }),
            );
            drop(help);
            let after = ran.load(Ordering::SeqCst);
            std::thread::sleep(std::time::Duration::from_millis(1));
            assert_eq!(ran.load(Ordering::SeqCst), after, "ran after being withdrawn");
        }
        let started = AtomicUsize::new(0);
        let help = Help::start(
            1,
            Box::new(|| {
                started.fetch_add(1, Ordering::SeqCst);
                panic!("helper panic (expected by the test)");
            }),
        );
        while started.load(Ordering::SeqCst) == 0 {
            std::thread::yield_now();
        }
        assert!(help.finish(), "a helper's panic is reported");
    }

    #[test]
    fn many_jobs_at_once_share_the_helpers() {
        let total = AtomicUsize::new(0);
        std::thread::scope(|s| {
            for _ in 0..8 {
                s.spawn(|| {
                    for _ in 0..50 {
                        let help = Help::start(
                            2,
                            Box::new(|| {
                                total.fetch_add(1, Ordering::SeqCst);
                            }),
                        );
                        help.finish();
                    }
                });
            }
        });
        assert!(total.load(Ordering::SeqCst) <= 8 * 50 * 2);
    }
}
