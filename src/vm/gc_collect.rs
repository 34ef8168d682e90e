//! The collector of a GC heap (`vm::gc_heap` describes the heap and when a collection
//! runs): a precise, non-moving mark of everything reachable from the roots, then a sweep
//! by *lines* of [`LINE`] bytes.
//!
//! **Mark.** One bit per 8 bytes of each chunk (`Chunk::marks`), set for every object a
//! root or a marked object's reference field names; a word is taken as an object only
//! when it is 8-byte aligned and points into one of the heap's chunks (so the function and
//! exception references that share reference slots and fields with objects are passed
//! over: nothing else lives in the chunks). An object's reference fields come from its
//! type's layout (`TypeInfo::refs`), found by the id in its header; an array of references
//! has every element traced.
//!
//! **Sweep.** In each chunk the lines covered by a marked object (its size from its header
//! and layout) are live, as is the first (the chunk header); every run of other lines is a
//! *hole* that allocation fills next, zeroing what it hands out (`GcHeap::carve`). A large
//! object's chunk is unmapped unless its object is marked. What the heap counts against
//! its limit becomes the live lines' bytes (and the large objects'); the next collection
//! is due when that has tripled (at least [`MIN_COLLECTION_BYTES`] later: binary-trees(18)
//! took 2.59 s collecting at twice, 1.79 s at three times, with a 98 MB peak RSS).
//!
//! Under stress (`RuntimeConfig::with_gc_stress`) every hole is filled with [`POISON`]
//! until it is reused, so a reference the roots missed reads garbage at once.

use super::gc_heap::MIN_COLLECTION_BYTES;
use super::gc_heap::{
    bit, header_word, set_bit, Chunk, GcHeap, HeapState, RootSet, Roots, TypeInfo, WordMap, CHUNK, CHUNK_HEADER, LINE,
    LINES,
};
use super::gc_layout::object;
use super::gc_stop::{Patience, Stop};

/// Words of mark bits per chunk.
const MARK_WORDS: usize = CHUNK / 8 / 64;
/// What freed memory is filled with under stress.
const POISON: u8 = 0xa5;

impl GcHeap {
    /// With `roots`, at a safepoint: collect if a collection is due, stopping every other
    /// thread inside the store first (`vm::gc_stop`); park instead when another thread's
    /// collection is under way.
    pub(super) fn collect_if_due(&self, bytes: usize, roots: Roots<'_>) {
        let Some(patience) = self.collection_due(bytes) else { return };
        match self.world.stop(patience, || self.collection_due(bytes).is_some()) {
            Stop::Busy => self.world.park(roots),
            Stop::NotDue => {}
            Stop::Owner(stopped) => {
                let mut state = self.lock();
                if stopped.all_parked {
                    self.collect(&mut state, roots, &stopped.roots);
                } else {
                    // Given up: try again only after as much allocation as the heap holds.
                    let used = state.used;
                    state.next_collection = used.saturating_add(MIN_COLLECTION_BYTES.max(used / 2));
                }
            }
        }
    }

    /// At a safepoint poll whose word was raised (`Builtin::GcPoll`, with `roots`): park
    /// for another thread's collection; under stress, where every poll word stays raised,
    /// collect if anything was allocated since the last collection (so the safepoints of
    /// compiled code, polls included, see collections; a poll reached with nothing new
    /// would find what the last collection found, and Kotlin's hello world, a million
    /// polls, took 18 s collecting at every one).
    pub(crate) fn poll(&self, roots: Roots<'_>) {
        match self.stress && self.lock().handed_out {
            true => self.collect_if_due(0, roots),
            false => self.world.park(roots),
        }
    }

    /// Whether an allocation of `bytes` is to collect first (past the threshold or the
    /// limit, or always under stress), and if so how long to wait for the other threads:
    /// longer when it does not fit without the collection (giving up then traps).
    fn collection_due(&self, bytes: usize) -> Option<Patience> {
        let state = self.lock();
        let after = state.used.saturating_add(bytes);
        let due = self.stress || after > state.next_collection.min(self.limit);
        due.then_some(if after <= self.limit { Patience::Short } else { Patience::LastResort })
    }

    /// Mark from the roots — the host's, what `roots` names (this thread's and the
    /// store's), and `parked`, what the threads parked for this collection named — then
    /// sweep. Nothing happens when `roots` cannot name them all. Every other thread inside
    /// the store is parked (`vm::gc_stop`).
    fn collect(&self, state: &mut HeapState, roots: Roots<'_>, parked: &[u64]) {
        for chunk in &mut state.chunks {
            chunk.marks.clear();
            chunk.marks.resize(MARK_WORDS, 0);
        }
        let HeapState { chunks, chunk_at, types, .. } = state;
        let mut gray = Vec::new();
        // The host's roots first: an object the host moves into a global and then drops
        // is either still rooted here or already in the global the roots below read.
        for &object in self.host_roots.lock().unwrap_or_else(|e| e.into_inner()).keys() {
            mark(chunks, chunk_at, object as u64, &mut gray);
        }
        let complete = roots(RootSet::ThreadAndStore, &mut |word| mark(chunks, chunk_at, word, &mut gray));
        if !complete {
            return;
        }
        for &word in parked {
            mark(chunks, chunk_at, word, &mut gray);
        }
        while let Some(object) = gray.pop() {
            // SAFETY: a marked object is a live object of this heap (reached from a root
            // or a live object's reference field), its header written.
            unsafe { trace(chunks, chunk_at, types, object, &mut gray) };
        }
        self.sweep(state);
    }

    /// Free what the mark left unmarked: holes of dead lines, unmapped large chunks.
    fn sweep(&self, state: &mut HeapState) {
        let mut live = 0usize;
        let mut holes = Vec::new();
        let mut lines = vec![false; LINES];
        let types = &state.types;
        state.chunks.retain_mut(|chunk| {
            let base = chunk.base as usize;
            if chunk.large {
                // A large object's chunk: its one object starts after the chunk header.
                let object = base + CHUNK_HEADER;
                if !is_marked(chunk, object) {
                    // SAFETY: mapped by `map_chunk` with this length; the mark found no
                    // reference to its object anywhere.
                    unsafe { libc::munmap(chunk.base.cast(), chunk.len) };
                    return false;
                }
                // SAFETY: a marked object.
                live += unsafe { object_bytes(types, object) };
                return true;
            }
            lines.fill(false);
            lines[0] = true;
            for (w, &word) in chunk.marks.iter().enumerate() {
                let mut bits = word;
                while bits != 0 {
                    let offset = (w * 64 + bits.trailing_zeros() as usize) * 8;
                    bits &= bits - 1;
                    // SAFETY: a marked object.
                    let bytes = unsafe { object_bytes(types, base + offset) };
                    // (Clamped: an object never passes its chunk's end.)
                    lines[offset / LINE..=((offset + bytes - 1) / LINE).min(LINES - 1)].fill(true);
                }
            }
            let mut i = 0;
            while i < LINES {
                if lines[i] {
                    live += LINE;
                    i += 1;
                    continue;
                }
                let start = i;
                while i < LINES && !lines[i] {
                    i += 1;
                }
                if self.stress {
                    poison(chunk, start..i);
                }
                holes.push((base + start * LINE, base + i * LINE));
            }
            if self.stress {
                // Live lines may die by the next collection.
                for (line, _) in lines.iter().enumerate().filter(|(_, &l)| l) {
                    set_bit(&mut chunk.dirty, line);
                }
            }
            true
        });
        state.chunk_at = state.chunks.iter().enumerate().map(|(i, c)| (c.base as usize, i)).collect();
        holes.reverse();
        state.holes = holes;
        (state.cursor, state.end, state.reused) = (0, 0, false);
        state.used = live;
        state.handed_out = false;
        state.next_collection = live.saturating_mul(3).max(live + MIN_COLLECTION_BYTES);
    }
}

/// Under stress: fill the dirty lines among `lines` of `chunk` (all dead) with
/// [`POISON`], and mark them clean.
fn poison(chunk: &mut Chunk, lines: std::ops::Range<usize>) {
    for line in lines {
        if bit(&chunk.dirty, line) {
            chunk.dirty[line / 64] &= !(1 << (line % 64));
            // SAFETY: a dead line of a chunk the heap owns.
            unsafe { std::ptr::write_bytes(chunk.base.add(line * LINE), POISON, LINE) };
        }
    }
}

/// Mark the object `word` names, if it names one of these chunks' objects not marked yet,
/// and queue it in `gray` for tracing.
fn mark(chunks: &mut [Chunk], chunk_at: &WordMap<usize, usize>, word: u64, gray: &mut Vec<usize>) {
    if word == 0 || word & 7 != 0 {
        return;
    }
    let addr = word as usize;
    let Some(&i) = chunk_at.get(&(addr & !(CHUNK - 1))) else { return };
    let chunk = &mut chunks[i];
    let offset = addr - chunk.base as usize;
    if offset < CHUNK_HEADER || offset >= chunk.len.min(CHUNK) {
        return;
    }
    if !bit(&chunk.marks, offset / 8) {
        set_bit(&mut chunk.marks, offset / 8);
        gray.push(addr);
    }
}

/// Whether `object` (in `chunk`) is marked.
fn is_marked(chunk: &Chunk, object: usize) -> bool {
    bit(&chunk.marks, (object - chunk.base as usize) / 8)
}

/// Mark what `object`'s reference fields (or elements) name.
///
/// # Safety
/// `object` must be a live object of the heap whose chunks these are.
unsafe fn trace(
    chunks: &mut [Chunk],
    chunk_at: &WordMap<usize, usize>,
    types: &WordMap<u32, TypeInfo>,
    object: usize,
    gray: &mut Vec<usize>,
) {
    let p = object as *const u8;
    // SAFETY: a live object starts with its header.
    let id = unsafe { header_word(p, object::TYPE_ID) };
    let Some(info) = types.get(&id) else { return };
    // SAFETY (both reads): reference fields and elements are 8 bytes, aligned, inside the
    // live object; no thread runs wasm code of the store during a collection.
    match info.layout.kind {
        object::KIND_STRUCT => {
            for &offset in info.refs.iter() {
                mark(chunks, chunk_at, unsafe { p.add(offset as usize).cast::<u64>().read() }, gray);
            }
        }
        _ if !info.refs.is_empty() => {
            let len = unsafe { header_word(p, object::ARRAY_LEN) } as usize;
            let elems = unsafe { p.add(object::ARRAY_ELEMS as usize).cast::<u64>() };
            for i in 0..len {
                mark(chunks, chunk_at, unsafe { elems.add(i).read() }, gray);
            }
        }
        _ => {}
    }
}

/// The bytes `object` takes (at least its header's).
///
/// # Safety
/// `object` must be a live object whose type is among `types`.
unsafe fn object_bytes(types: &WordMap<u32, TypeInfo>, object: usize) -> usize {
    let p = object as *const u8;
    // SAFETY: a live object starts with its header.
    let id = unsafe { header_word(p, object::TYPE_ID) };
    let Some(info) = types.get(&id) else {
        debug_assert!(false, "an object of a type the heap does not know");
        return 16;
    };
    let len = match info.layout.kind {
        // SAFETY: an array's header has its length.
        object::KIND_ARRAY => unsafe { header_word(p, object::ARRAY_LEN) },
        _ => 0,
    };
    info.layout.object_bytes(len).unwrap_or(16).max(16)
}
