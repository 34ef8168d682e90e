//! Call deadlines: one background thread closes the modules whose calls overran.
//!
//! A deadline is armed for the duration of a call; when it passes first, the module is
//! closed with [`crate::EXIT_CODE_DEADLINE_EXCEEDED`], which stops the running code at its
//! next termination check.

use crate::vm::instance::Instance;
use crate::EXIT_CODE_DEADLINE_EXCEEDED;
use std::sync::{Arc, Condvar, Mutex, Weak};
use std::time::Instant;

struct Entry {
    id: u64,
    at: Instant,
    instance: Weak<Instance>,
}

#[derive(Default)]
struct Pending {
    entries: Vec<Entry>,
    next_id: u64,
    started: bool,
}

static PENDING: Mutex<Pending> = Mutex::new(Pending { entries: Vec::new(), next_id: 0, started: false });
static WAKE: Condvar = Condvar::new();

/// Disarms its deadline when dropped.
pub(crate) struct Armed {
    id: u64,
}

impl Drop for Armed {
    fn drop(&mut self) {
        let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
        pending.entries.retain(|e| e.id != self.id);
    }
}

/// Close `instance` at `at` unless the returned guard is dropped first.
pub(crate) fn arm(instance: &Arc<Instance>, at: Instant) -> Armed {
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    pending.next_id += 1;
    let id = pending.next_id;
    pending.entries.push(Entry { id, at, instance: Arc::downgrade(instance) });
    if !pending.started {
        pending.started = true;
        std::thread::Builder::new().name("onepass-deadlines".into()).spawn(watch).expect("spawn the deadline thread");
    }
    WAKE.notify_one();
    Armed { id }
}

/// The deadline thread: sleeps until the earliest deadline, closes what expired.
fn watch() {
    let mut pending = PENDING.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let now = Instant::now();
        let (expired, waiting): (Vec<Entry>, Vec<Entry>) = pending.entries.drain(..).partition(|e| e.at <= now);
        pending.entries = waiting;
        for e in expired {
            if let Some(instance) = e.instance.upgrade() {
                instance.close(EXIT_CODE_DEADLINE_EXCEEDED);
            }
        }
        pending = match pending.entries.iter().map(|e| e.at).min() {
            Some(next) => {
                WAKE.wait_timeout(pending, next.saturating_duration_since(now)).unwrap_or_else(|e| e.into_inner()).0
            }
            None => WAKE.wait(pending).unwrap_or_else(|e| e.into_inner()),
        };
    }
}
