//! The address ranges the fault handler (`engine::signals`) asks about: where JIT code
//! lies (a fault raised there comes from wasm) and where linear memories are reserved (a
//! fault at such an address is an out-of-bounds access). Memories register themselves
//! here as they are made; the engine registers its code.
//!
//! The handler must be async-signal-safe: no allocation, no locks, no panics. The registry
//! is therefore a global append-only linked list of fixed-size chunks of slots, each slot a
//! `(start, end)` pair of atomics. A slot is claimed by a compare-exchange of `start` from 0
//! and freed by storing 0; new chunks are leaked and pushed onto the list head with a
//! compare-exchange, and are never freed, so the handler walks them without locks.
//!
//! Each slot also carries a sequence counter (a seqlock, odd while the owner is writing the
//! pair), so a reader can never combine the `start` of one registration with the `end` of a
//! later one that reused the slot: a reader that sees the counter odd or changed ignores the
//! slot, which is correct because a range being registered or unregistered has no running
//! code. Readers never wait, so the handler cannot deadlock even when it interrupts a
//! registration on its own thread.
//!

use std::ptr;
use std::sync::atomic::{fence, AtomicPtr, AtomicUsize, Ordering};

/// Slots per registry chunk.
const SLOTS_PER_CHUNK: usize = 256;

/// One registered code range `[start, end)`; `start == 0` means the slot is free.
struct Slot {
    /// First byte of the range, or 0 when free. Claimed by CAS from 0.
    start: AtomicUsize,
    /// One past the last byte of the range; 0 whenever the slot is free.
    end: AtomicUsize,
    /// Seqlock counter: odd while the owner writes `end`, bumped on every change.
    seq: AtomicUsize,
}

impl Slot {
    /// A free slot.
    const fn new() -> Slot {
        Slot { start: AtomicUsize::new(0), end: AtomicUsize::new(0), seq: AtomicUsize::new(0) }
    }

    /// Claim this slot for a range starting at `start` (non-zero); false if taken.
    fn try_claim(&self, start: usize) -> bool {
        self.start.compare_exchange(0, start, Ordering::AcqRel, Ordering::Relaxed).is_ok()
    }

    /// Owner only: set `end` inside a seqlock write section.
    fn write_end(&self, end: usize) {
        // Only the owner of a claimed slot writes, so load + store cannot race with a writer.
        let seq = self.seq.load(Ordering::Relaxed);
        self.seq.store(seq.wrapping_add(1), Ordering::Relaxed);
        fence(Ordering::Release);
        self.end.store(end, Ordering::Relaxed);
        self.seq.store(seq.wrapping_add(2), Ordering::Release);
    }

    /// Whether the slot holds a range containing `pc` (async-signal-safe, never waits).
    fn contains(&self, pc: usize) -> bool {
        let seq_before = self.seq.load(Ordering::Acquire);
        let start = self.start.load(Ordering::Acquire);
        if start == 0 || seq_before & 1 != 0 {
            return false;
        }
        let end = self.end.load(Ordering::Acquire);
        fence(Ordering::Acquire);
        let seq_after = self.seq.load(Ordering::Relaxed);
        seq_before == seq_after && start <= pc && pc < end
    }
}

/// A fixed-size block of slots; chunks are leaked and never freed.
struct Chunk {
    /// The slots.
    slots: [Slot; SLOTS_PER_CHUNK],
    /// The next (older) chunk, or null. Set before the chunk is published.
    next: AtomicPtr<Chunk>,
}

/// A set of address ranges the signal handler can query: an append-only list of chunks
/// (see the module docs).
struct Registry {
    /// Newest chunk, or null before the first registration.
    head: AtomicPtr<Chunk>,
}

/// JIT code: a fault whose program counter lies here was raised by compiled Wasm.
static CODE: Registry = Registry::new();
/// Linear-memory reservations: a fault whose address lies here is an out-of-bounds access.
static HEAPS: Registry = Registry::new();

/// The chunk behind a pointer loaded from a registry's head or a `next` link.
fn chunk_ref(chunk: *mut Chunk) -> Option<&'static Chunk> {
    // SAFETY: every non-null pointer stored in a head or a `next` link comes from
    // `Box::leak` in `Registry::register`, was fully initialized before being published by
    // a Release CAS on the head (paired with the Acquire loads of its readers), and is never
    // freed or mutated except through atomics; so it is valid as a shared `'static` reference.
    unsafe { chunk.as_ref() }
}

impl Registry {
    const fn new() -> Registry {
        Registry { head: AtomicPtr::new(ptr::null_mut()) }
    }

    /// Every chunk, newest first.
    fn chunks(&self) -> impl Iterator<Item = &'static Chunk> {
        std::iter::successors(chunk_ref(self.head.load(Ordering::Acquire)), |chunk| {
            chunk_ref(chunk.next.load(Ordering::Acquire))
        })
    }

    /// Register `[start, start + len)` until the returned handle is dropped. Lock-free;
    /// allocates only when every chunk is full.
    ///
    /// Address 0 is never mapped, so a range starting there is recorded as starting at 1.
    fn register(&'static self, start: usize, len: usize) -> RangeHandle {
        let end = start.saturating_add(len);
        let start = start.max(1);
        for chunk in self.chunks() {
            for slot in &chunk.slots {
                if slot.try_claim(start) {
                    slot.write_end(end);
                    return RangeHandle { slot };
                }
            }
        }
        // Every slot is taken: add a chunk whose first slot is ours before publishing it.
        let chunk: &'static Chunk = Box::leak(Box::new(Chunk {
            slots: [const { Slot::new() }; SLOTS_PER_CHUNK],
            next: AtomicPtr::new(ptr::null_mut()),
        }));
        let slot = &chunk.slots[0];
        slot.start.store(start, Ordering::Relaxed);
        slot.end.store(end, Ordering::Relaxed);
        let mut head = self.head.load(Ordering::Acquire);
        loop {
            chunk.next.store(head, Ordering::Relaxed);
            let new = ptr::from_ref(chunk).cast_mut();
            match self.head.compare_exchange_weak(head, new, Ordering::AcqRel, Ordering::Acquire) {
                Ok(_) => return RangeHandle { slot },
                Err(current) => head = current,
            }
        }
    }

    /// Whether `addr` lies in a registered range. Async-signal-safe: atomic loads only, no
    /// allocation, no locks, no waiting.
    fn contains(&self, addr: usize) -> bool {
        self.chunks().any(|chunk| chunk.slots.iter().any(|slot| slot.contains(addr)))
    }
}

/// Keeps an address range registered; unregisters it on drop.
#[derive(Debug)]
pub(crate) struct RangeHandle {
    /// The claimed slot (chunks live forever).
    slot: &'static Slot,
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Slot")
            .field("start", &self.start.load(Ordering::Relaxed))
            .field("end", &self.end.load(Ordering::Relaxed))
            .finish()
    }
}

impl Drop for RangeHandle {
    /// Unregister the range: afterwards no fault is attributed to it.
    fn drop(&mut self) {
        // Clear `end` inside a write section, then free the slot (start = 0) with Release
        // so the next claimer also sees `end == 0`.
        self.slot.write_end(0);
        self.slot.start.store(0, Ordering::Release);
    }
}

/// Register `[start, start + len)` as JIT code: faults there become traps (when they hit a
/// linear memory's reservation) until the returned handle is dropped.
pub(crate) fn register_code_range(start: usize, len: usize) -> RangeHandle {
    CODE.register(start, len)
}

/// Register a linear memory's whole reservation: a fault at an address in it, raised by
/// JIT code, is an out-of-bounds access.
pub(crate) fn register_heap_range(start: usize, len: usize) -> RangeHandle {
    HEAPS.register(start, len)
}

/// Whether `pc` lies in registered JIT code. Async-signal-safe.
pub(crate) fn is_jit_pc(pc: usize) -> bool {
    CODE.contains(pc)
}

/// Whether `addr` lies in a registered linear-memory reservation. Async-signal-safe.
pub(crate) fn is_heap_addr(addr: usize) -> bool {
    HEAPS.contains(addr)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A base address no user-space mapping can occupy, so ranges registered here never
    /// collide with real code registered by tests running concurrently.
    const FAKE: usize = usize::MAX - (1 << 40);

    #[test]
    fn lookup_inside_and_outside() {
        let handle = register_code_range(FAKE, 0x100);
        assert!(is_jit_pc(FAKE));
        assert!(is_jit_pc(FAKE + 0xff));
        assert!(!is_jit_pc(FAKE + 0x100));
        assert!(!is_jit_pc(FAKE - 1));
        drop(handle);
        assert!(!is_jit_pc(FAKE));
        assert!(!is_jit_pc(FAKE + 0x10));
    }

    #[test]
    fn empty_and_zero_ranges() {
        let empty = register_code_range(FAKE + 0x1000_0000, 0);
        assert!(!is_jit_pc(FAKE + 0x1000_0000));
        let zero = register_code_range(0, 0x10);
        assert!(!is_jit_pc(0));
        assert!(is_jit_pc(1) && is_jit_pc(0xf) && !is_jit_pc(0x10));
        drop((empty, zero));
        assert!(!is_jit_pc(1));
    }

    #[test]
    fn many_registrations_span_several_chunks() {
        let base = FAKE + 0x2000_0000;
        let n = 3 * SLOTS_PER_CHUNK + 17;
        let mut handles: Vec<Option<RangeHandle>> =
            (0..n).map(|i| Some(register_code_range(base + i * 0x1000, 0x800))).collect();
        assert!(CODE.chunks().count() >= 4);
        for i in 0..n {
            assert!(is_jit_pc(base + i * 0x1000 + 0x7ff), "range {i}");
            assert!(!is_jit_pc(base + i * 0x1000 + 0x800), "gap after {i}");
        }
        for (i, h) in handles.iter_mut().enumerate() {
            if i % 2 == 0 {
                *h = None;
            }
        }
        for i in 0..n {
            assert_eq!(is_jit_pc(base + i * 0x1000 + 1), i % 2 == 1, "range {i}");
        }
        // Freed slots are reused: this does not need a new chunk.
        let chunks_before = CODE.chunks().count();
        let again: Vec<_> = (0..SLOTS_PER_CHUNK).map(|i| register_code_range(base + i * 0x1000, 0x10)).collect();
        assert_eq!(CODE.chunks().count(), chunks_before);
        drop(again);
        drop(handles);
        for i in 0..n {
            assert!(!is_jit_pc(base + i * 0x1000 + 1), "range {i}");
        }
    }

    #[test]
    fn concurrent_registration() {
        let base = FAKE + 0x4000_0000;
        let threads: Vec<_> = (0..4usize)
            .map(|t| {
                std::thread::spawn(move || {
                    for round in 0..50 {
                        let start = base + (t * 1000 + round) * 0x1000;
                        let hs: Vec<_> =
                            (0..10).map(|k| register_code_range(start + k * 0x10_0000_0000, 0x100)).collect();
                        for k in 0..10 {
                            assert!(is_jit_pc(start + k * 0x10_0000_0000 + 0x80));
                        }
                        drop(hs);
                        assert!(!is_jit_pc(start + 0x80));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("thread");
        }
    }
}
