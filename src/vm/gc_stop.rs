//! Stopping the world: how a collection of a GC heap (`vm::gc_collect`) gets every other
//! thread that runs the store's code out of its way.
//!
//! **Mutators.** A thread *inside* the store — running its wasm code, instantiating, or
//! turning references into host values — holds a [`Mutator`] guard
//! (`GcHeap::mutator`), counted in the heap's [`World`]. A collection runs only while every
//! other thread holding one is *parked* at a safepoint: stopped in the runtime with all its
//! roots named.
//!
//! **The handshake.** A thread whose allocation finds a collection due becomes the
//! collection's *owner*: it sets `stopping`, then raises the *poll word* of every instance
//! of the store (a `u32` in each vmctx, `VMOffsets::gc_poll`). Compiled code of a runtime
//! with GC tests its instance's word at every function entry and loop header (a load and
//! a branch: `compiler::safepoint`); when the word is raised, a cold path stores the
//! references it holds in registers to their frame slots, records a safepoint and calls
//! `Builtin::GcPoll`, which parks the thread ([`World::park`]): it names its own roots (its
//! entries' frames and its exceptions, which only it can read) into the owner's list,
//! drops its allocation buffers, and waits. A thread whose own allocation finds another's
//! collection under way parks the same way (an allocation is a safepoint too), and a
//! thread entering the store waits for the collection to end. Once every other mutator is
//! parked, the owner marks from all the roots and sweeps; then it lowers the poll words
//! and wakes the parked threads.
//!
//! A thread that reaches no safepoint within [`STOP_WAIT`] (a host function that blocks,
//! `memory.atomic.wait`; [`LAST_RESORT_WAIT`] when the allocation cannot fit without the
//! collection) makes the owner give up: nothing is collected that time, the heap
//! grows (up to its limit), and the next collection is tried after as much allocation
//! again as the heap held (at least `MIN_COLLECTION_BYTES`), or at the limit.

use std::sync::atomic::{AtomicBool, AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::ThreadId;
use std::time::{Duration, Instant};

/// The longest a collection waits for the other threads inside the store to park, when
/// giving up only grows the heap.
const STOP_WAIT: Duration = Duration::from_millis(200);
/// The longest it waits when the allocation cannot fit without it (giving up traps): a
/// thread that is only slow to be scheduled (two cores, a dozen threads under qemu were
/// seen to miss 200 ms twice running, exhausting a 16 MiB heap) arrives by then.
const LAST_RESORT_WAIT: Duration = Duration::from_secs(5);

/// How long a collection's owner waits for the other threads to park.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Patience {
    /// [`STOP_WAIT`]: the allocation fits without the collection.
    Short,
    /// [`LAST_RESORT_WAIT`]: it does not.
    LastResort,
}

/// What a collection asks of a thread stopped at a safepoint: call the visitor with every
/// word outside the heap that may reference one of its objects, of the set asked for
/// ([`RootSet`]; the host's references the heap knows itself), and answer `true`; or
/// answer `false` when it cannot name them all (the collection does not run then).
pub(crate) type Roots<'a> = &'a mut dyn FnMut(RootSet, &mut dyn FnMut(u64)) -> bool;

/// Which roots a collection asks a thread for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum RootSet {
    /// The thread's own: the reference slots of the wasm frames of its entries, and its
    /// exceptions (what a thread parked for another's collection names).
    Thread,
    /// The thread's own and the store's: its globals, tables and evaluated segments
    /// (what the collecting thread names).
    ThreadAndStore,
}

/// The threads inside one store, as its GC heap's collections see them.
#[derive(Default)]
pub(crate) struct World {
    /// Every poll word stays raised (under GC stress, where each poll collects).
    polls_always_raised: bool,
    /// [`Mutator`]s of all threads.
    mutators: AtomicUsize,
    /// Set while a thread stops the world for a collection, and until that collection
    /// is over.
    stopping: AtomicBool,
    /// The handshake of the collection under way, and the instances' poll words.
    stop: Mutex<StopState>,
    /// Signalled (under `stop`'s lock) to the owner when a thread arrives, parks or leaves
    /// the store.
    arrived: Condvar,
    /// Signalled (under `stop`'s lock) when a collection ends: parked threads and threads
    /// waiting to enter go on.
    resumed: Condvar,
}

/// The handshake's state (`World::stop`).
#[derive(Default)]
struct StopState {
    /// The thread whose collection is under way (its handshake, or its mark and sweep).
    owner: Option<ThreadId>,
    /// The poll words of the store's instances (addresses of `u32`s in their vmctxs).
    polls: Vec<usize>,
    /// How many [`Mutator`]s the threads parked for the collection under way hold.
    parked: usize,
    /// How many the threads still naming their roots for it hold (the owner waits for
    /// them past its deadline: a deep stack takes a while to walk).
    arriving: usize,
    /// The words those threads named as roots.
    roots: Vec<u64>,
    /// Whether each of them could name all its roots.
    complete: bool,
    /// Collections finished or given up: a parked thread waits for it to change.
    epoch: u64,
}

/// What [`World::stop`] found.
pub(crate) enum Stop<'a> {
    /// This thread owns the collection: the world is stopped, or as stopped as it got.
    Owner(Stopped<'a>),
    /// Another thread's collection is under way (this thread is to park for it).
    Busy,
    /// The collection is no longer due (another thread's ran meanwhile).
    NotDue,
}

/// The world stopped for this thread's collection; resumed when dropped.
pub(crate) struct Stopped<'a> {
    world: &'a World,
    /// Whether every other thread inside the store is parked, each having named all its
    /// roots: only then may the collection run.
    pub(crate) all_parked: bool,
    /// The root words the parked threads named.
    pub(crate) roots: Vec<u64>,
}

impl Drop for Stopped<'_> {
    fn drop(&mut self) {
        let world = self.world;
        let mut stop = world.lock();
        world.set_polls(&stop, false);
        world.stopping.store(false, Ordering::SeqCst);
        stop.owner = None;
        stop.parked = 0;
        stop.epoch += 1;
        world.resumed.notify_all();
    }
}

impl World {
    /// A world with no thread inside; with `polls_always_raised`, every poll word is
    /// raised from its registration on (GC stress: `GcHeap::poll`).
    pub(crate) fn new(polls_always_raised: bool) -> World {
        World { polls_always_raised, ..World::default() }
    }

    fn lock(&self) -> MutexGuard<'_, StopState> {
        self.stop.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Raise every poll word (`true`), or lower them (unless they always stay raised).
    fn set_polls(&self, stop: &StopState, raised: bool) {
        for &word in &stop.polls {
            self.set_poll(word, raised);
        }
    }

    /// Raise or lower the registered poll word at `word` (as [`World::set_polls`]).
    fn set_poll(&self, word: usize, raised: bool) {
        let value = u32::from(raised || self.polls_always_raised);
        // SAFETY: a registered poll word lives until its registration drops, which takes
        // `stop`'s lock (held by every caller) first; JIT code only reads it.
        unsafe { AtomicU32::from_ptr(word as *mut u32) }.store(value, Ordering::Release);
    }

    /// Register the poll word at `word` for as long as the returned registration lives.
    ///
    /// # Safety
    /// `word` must be an aligned `u32` that stays valid until the registration drops, and
    /// that no one but the world writes (compiled code reads it).
    pub(crate) unsafe fn register_poll(self: &Arc<World>, word: *mut u32) -> PollWord {
        let mut stop = self.lock();
        stop.polls.push(word as usize);
        // (`stopping` changes only under the lock, where the polls are raised and lowered.)
        self.set_poll(word as usize, self.stopping.load(Ordering::SeqCst));
        PollWord { world: self.clone(), word: word as usize }
    }

    /// At a safepoint, for a collection: become its owner and stop every other thread
    /// inside the store (see the module's documentation), unless another thread's
    /// collection is under way or `due` (asked once this thread owns it, without the
    /// world's lock: it takes the heap's) says it no longer is.
    pub(crate) fn stop(&self, patience: Patience, due: impl FnOnce() -> bool) -> Stop<'_> {
        let here = self.held_here().map_or(0, |(n, _)| n);
        let mut stop = self.lock();
        if stop.owner.is_some() {
            return Stop::Busy;
        }
        stop.owner = Some(std::thread::current().id());
        debug_assert_eq!(stop.arriving, 0, "threads arrive only while the world stops");
        (stop.parked, stop.complete) = (0, true);
        stop.roots.clear();
        drop(stop);
        // (Until `stopping` is set, a thread parking for this collection returns at once.)
        if !due() {
            let mut stop = self.lock();
            stop.owner = None;
            stop.epoch += 1;
            self.resumed.notify_all();
            return Stop::NotDue;
        }
        let mut stop = self.lock();
        // (SeqCst, against a thread entering: it adds itself, then reads `stopping`.)
        self.stopping.store(true, Ordering::SeqCst);
        if self.mutators.load(Ordering::SeqCst) != here {
            self.set_polls(&stop, true);
            let wait = if patience == Patience::Short { STOP_WAIT } else { LAST_RESORT_WAIT };
            let deadline = Instant::now() + wait;
            loop {
                let all_parked = self.mutators.load(Ordering::SeqCst) == here + stop.parked;
                let left = deadline.saturating_duration_since(Instant::now());
                // Never while a thread is naming its roots: it waits for this collection's
                // end, which must come after it has parked.
                if stop.arriving == 0 && (all_parked || !stop.complete || left.is_zero()) {
                    break;
                }
                // (Past the deadline, only threads naming their roots are waited for.)
                let wait = if left.is_zero() { STOP_WAIT / 20 } else { left };
                stop = self.arrived.wait_timeout(stop, wait).unwrap_or_else(|e| e.into_inner()).0;
            }
        }
        let all_parked = self.mutators.load(Ordering::SeqCst) == here + stop.parked && stop.complete;
        if !all_parked {
            // Given up: from here no thread may arrive (a thread still running could
            // otherwise be counted as parked for the next collection). (When all are
            // parked, none runs that could arrive, and threads entering wait.)
            self.stopping.store(false, Ordering::SeqCst);
        }
        let roots = std::mem::take(&mut stop.roots);
        Stop::Owner(Stopped { world: self, all_parked, roots })
    }

    /// At a safepoint (with `roots`, this thread's): if another thread's collection is under
    /// way, name this thread's roots for it and wait until it is over.
    pub(crate) fn park(&self, roots: Roots<'_>) {
        if !self.stopping.load(Ordering::SeqCst) {
            return;
        }
        let here = self.held_here().map_or(0, |(n, _)| n);
        let mut stop = self.lock();
        // (`stopping` changes only under the lock: set, it names this owner's stop.)
        let stopping = self.stopping.load(Ordering::SeqCst);
        if !stopping || stop.owner.is_none_or(|owner| owner == std::thread::current().id()) {
            return;
        }
        // Arrived: the owner waits for this thread's roots (and the collection cannot end
        // before it has them: the epoch stays).
        stop.arriving += here;
        let epoch = stop.epoch;
        drop(stop);
        let mut words = Vec::new();
        let complete = roots(RootSet::Thread, &mut |word| words.push(word));
        let mut stop = self.lock();
        stop.arriving -= here;
        if stop.epoch != epoch {
            // (Cannot happen: the owner ends its stop only with no thread arriving, and no
            // thread arrives once it has given up. Were it to, this thread is not parked.)
            debug_assert!(false, "a collection ended while a thread was naming its roots");
            self.arrived.notify_all();
            return;
        }
        stop.parked += here;
        stop.roots.extend_from_slice(&words);
        stop.complete &= complete;
        self.arrived.notify_all();
        self.wait_for_end(stop, epoch);
    }

    /// With the lock (`stop`): wait until the collection under way at `epoch` (if any)
    /// has ended or been given up.
    fn wait_for_end(&self, mut stop: MutexGuard<'_, StopState>, epoch: u64) {
        while stop.owner.is_some() && stop.epoch == epoch {
            stop = self.resumed.wait(stop).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// This thread enters the store (runs wasm code, instantiates, or reads references
    /// the host is handed): no other thread's collection runs until the guard drops, unless
    /// this thread parks for it at a safepoint.
    pub(crate) fn mutator(self: &Arc<World>) -> Mutator {
        // A thread already inside is one the collection waits for: it parks at its next
        // safepoint instead.
        let nested = self.held_here().is_some();
        loop {
            self.mutators.fetch_add(1, Ordering::SeqCst);
            if nested || !self.stopping.load(Ordering::SeqCst) {
                break;
            }
            // A collection stops the world: step out, and wait for it to end.
            self.mutators.fetch_sub(1, Ordering::SeqCst);
            let stop = self.lock();
            self.arrived.notify_all();
            let epoch = stop.epoch;
            self.wait_for_end(stop, epoch);
        }
        MUTATORS_HERE.with(|m| {
            let mut m = m.borrow_mut();
            match m.iter_mut().find(|(w, _, _)| *w == Arc::as_ptr(self)) {
                Some((_, n, _)) => *n += 1,
                None => m.push((Arc::as_ptr(self), 1, next_sequence())),
            }
        });
        Mutator { world: self.clone(), _here: std::marker::PhantomData }
    }

    /// The [`next_sequence`] number this thread took when it last became a mutator of this
    /// store (`u64::MAX` when it is none).
    pub(crate) fn mutator_since(&self) -> u64 {
        self.held_here().map_or(u64::MAX, |(_, since)| since)
    }

    /// The [`Mutator`]s of this store this thread holds (how many, and since when), if any.
    fn held_here(&self) -> Option<(usize, u64)> {
        MUTATORS_HERE
            .with(|m| m.borrow().iter().find(|(w, _, _)| *w == self as *const World).map(|&(_, n, since)| (n, since)))
    }
}

/// An instance's poll word, registered with its store's [`World`] (see the module's
/// documentation); dropping it unregisters the word.
pub(crate) struct PollWord {
    world: Arc<World>,
    word: usize,
}

impl Drop for PollWord {
    fn drop(&mut self) {
        self.world.lock().polls.retain(|&w| w != self.word);
    }
}

thread_local! {
    /// The [`Mutator`]s this thread holds, by world: how many, and the [`next_sequence`]
    /// number taken when the first was.
    static MUTATORS_HERE: std::cell::RefCell<Vec<(*const World, usize, u64)>> = const { std::cell::RefCell::new(Vec::new()) };
    /// This thread's sequence (see [`next_sequence`]).
    static SEQUENCE: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// A number larger than any this thread had before: what orders an exception's creation
/// against the start of this thread's time as a mutator of a store (an exception older
/// than that may hold objects another thread's collection freed meanwhile, so a collection
/// does not read it: `exception::for_each_gc_root`).
pub(crate) fn next_sequence() -> u64 {
    SEQUENCE.with(|s| {
        s.set(s.get() + 1);
        s.get()
    })
}

/// A thread inside a store (see [`World::mutator`]): while any thread but the collecting
/// one holds one and is not parked at a safepoint, no collection runs, so objects that
/// thread holds in ways the collector cannot see (words being decoded into host values,
/// constant expressions being evaluated) stay alive.
pub(crate) struct Mutator {
    world: Arc<World>,
    /// Not `Send`: it counts in its thread's `MUTATORS_HERE`.
    _here: std::marker::PhantomData<*const ()>,
}

impl Drop for Mutator {
    fn drop(&mut self) {
        MUTATORS_HERE.with(|m| {
            let mut m = m.borrow_mut();
            if let Some(i) = m.iter().position(|(w, _, _)| *w == Arc::as_ptr(&self.world)) {
                m[i].1 -= 1;
                if m[i].1 == 0 {
                    m.swap_remove(i);
                }
            }
        });
        let world = &self.world;
        world.mutators.fetch_sub(1, Ordering::SeqCst);
        // (SeqCst, against the owner: it sets `stopping`, then counts the mutators.)
        if world.stopping.load(Ordering::SeqCst) {
            let _stop = world.lock();
            world.arrived.notify_all();
        }
    }
}
