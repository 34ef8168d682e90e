//! `memory.atomic.wait32/64` and `memory.atomic.notify`: threads parked on addresses of
//! shared memories, woken in the order they parked.
//!
//! One process-wide table maps an address (the byte's host address: two memories never
//! overlap, and a memory's reservation stays put while any instance uses it) to its
//! queue of parked threads. A waiter compares the memory's value with the expected one
//! under the table's lock and parks in the same critical section, and a notifier takes
//! the same lock, so a notify that follows a store cannot miss a waiter that saw the old
//! value. Each waiter has its own flag and condition variable, so a notify wakes exactly
//! the threads it counts.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How a wait ended (the values `memory.atomic.wait` returns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WaitResult {
    /// Woken by a notify.
    Woken = 0,
    /// The value was not the expected one: not parked.
    NotEqual = 1,
    /// The timeout passed first.
    TimedOut = 2,
    /// The memory is not shared: nothing may wait on it (not a result wasm sees: the
    /// call traps).
    Unshared = 3,
    /// The waiting code's instance was closed (not a result wasm sees: the call traps).
    Closed = 4,
}

/// A parked thread.
#[derive(Default)]
struct Waiter {
    /// Whose code parked it (an instance's address, compared only): closing that instance
    /// wakes it.
    owner: usize,
    /// Set by the notify that takes it off its queue.
    woken: Mutex<bool>,
    wake: Condvar,
}

/// Parked threads by address.
static QUEUES: Mutex<Option<HashMap<usize, VecDeque<Arc<Waiter>>>>> = Mutex::new(None);

fn queues() -> MutexGuard<'static, Option<HashMap<usize, VecDeque<Arc<Waiter>>>>> {
    QUEUES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Park this thread, running code of `owner`, on `addr` unless `refuse()` (called under
/// the lock) gives a reason not to (the value is not the expected one, or `owner` is
/// closed), until a notify of `addr`, `timeout` (none: forever), or `wake_owner(owner)`.
/// Checking under the lock is what keeps a notify, or a close (which marks its instance
/// closed before it wakes the owner's waiters), from coming between the check and the
/// parking.
pub(crate) fn wait(
    addr: usize,
    owner: usize,
    refuse: impl FnOnce() -> Option<WaitResult>,
    timeout: Option<Duration>,
) -> WaitResult {
    let waiter = Arc::new(Waiter { owner, ..Waiter::default() });
    {
        let mut table = queues();
        if let Some(refused) = refuse() {
            return refused;
        }
        table.get_or_insert_with(HashMap::new).entry(addr).or_default().push_back(waiter.clone());
    }
    let deadline = timeout.and_then(|t| Instant::now().checked_add(t));
    let mut woken = waiter.woken.lock().unwrap_or_else(|e| e.into_inner());
    while !*woken {
        match deadline {
            None => woken = waiter.wake.wait(woken).unwrap_or_else(|e| e.into_inner()),
            Some(deadline) => {
                let now = Instant::now();
                if now >= deadline {
                    break;
                }
                woken = waiter.wake.wait_timeout(woken, deadline - now).unwrap_or_else(|e| e.into_inner()).0;
            }
        }
    }
    if *woken {
        return WaitResult::Woken;
    }
    drop(woken);
    // Timed out, unless a notify took this waiter off its queue meanwhile.
    let mut table = queues();
    let queue = table.as_mut().and_then(|t| t.get_mut(&addr));
    let parked = queue.and_then(|q| q.iter().position(|w| Arc::ptr_eq(w, &waiter)).map(|i| (q, i)));
    match parked {
        Some((queue, i)) => {
            queue.remove(i);
            if queue.is_empty() {
                table.as_mut().map(|t| t.remove(&addr));
            }
            WaitResult::TimedOut
        }
        None => WaitResult::Woken,
    }
}

/// Wake up to `count` threads parked on `addr`, first parked first; how many were woken.
pub(crate) fn notify(addr: usize, count: u32) -> u32 {
    let mut table = queues();
    let Some(queue) = table.as_mut().and_then(|t| t.get_mut(&addr)) else { return 0 };
    let mut woken = 0;
    while woken < count {
        let Some(waiter) = queue.pop_front() else { break };
        waiter.wake();
        woken += 1;
    }
    if queue.is_empty() {
        table.as_mut().map(|t| t.remove(&addr));
    }
    woken
}

/// Wake every thread parked by code of `owner` (an instance being closed): they return
/// as woken, and their code sees the instance closed.
pub(crate) fn wake_owner(owner: usize) -> usize {
    let mut table = queues();
    let Some(queues) = table.as_mut() else { return 0 };
    let mut woken = 0;
    queues.retain(|_, queue| {
        queue.retain(|waiter| {
            let mine = waiter.owner == owner;
            if mine {
                waiter.wake();
                woken += 1;
            }
            !mine
        });
        !queue.is_empty()
    });
    woken
}

impl Waiter {
    /// Mark it woken and wake its thread (its queue entry is gone).
    fn wake(&self) {
        *self.woken.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.wake.notify_one();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_compares_times_out_and_wakes_in_order() {
        assert_eq!(wait(8, 1, || Some(WaitResult::NotEqual), None), WaitResult::NotEqual);
        assert_eq!(wait(8, 1, || None, Some(Duration::from_millis(5))), WaitResult::TimedOut);
        assert_eq!(notify(8, 1), 0, "a timed-out waiter left its queue");
        let threads: Vec<_> =
            (0..3).map(|_| std::thread::spawn(|| wait(16, 1, || None, Some(Duration::from_secs(30))))).collect();
        let mut woken = 0;
        while woken < 3 {
            woken += notify(16, 2);
            std::thread::yield_now();
        }
        for t in threads {
            assert_eq!(t.join().unwrap(), WaitResult::Woken);
        }
        let closing = std::thread::spawn(|| wait(24, 7, || None, None));
        while wake_owner(7) == 0 {
            std::thread::yield_now();
        }
        assert_eq!(closing.join().unwrap(), WaitResult::Woken);
    }
}
