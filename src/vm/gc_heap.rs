//! The GC heap: where `struct.new` and `array.new` put their objects, one heap per store
//! (every instance of a runtime allocates in it and passes its objects to the others).
//!
//! **Objects.** An object is an 8-byte-aligned block (so a reference to it, the block's
//! address, has its low bits clear, unlike an `i31` (low bit 1) or a host value converted
//! by `any.convert_extern` (low bits `10`): the word of an `anyref` and of an `externref`
//! is the same, so the conversions are free). A 16-byte header (see [`object`]: canonical
//! type id, kind, the address of the type's supertype display), then for an array its
//! length, element size and elements, for a struct its fields ([`AggregateLayout`]).
//! Compiled code reads and writes fields and elements in place and tests casts on the
//! header.
//!
//! **Memory.** Objects are bump-allocated in *chunks* of [`CHUNK`] bytes, aligned to their
//! size, whose first word points back to the heap (so a reference found anywhere leads to
//! the heap that keeps it alive: `heap_of`); an object larger than a quarter chunk gets a
//! chunk of its own. Chunks come zeroed, which is every field's default value. The heap
//! counts the bytes it hands out against `RuntimeConfig::with_gc_heap_limit`; an
//! allocation past the limit fails, and compiled code traps with `GcHeapExhausted`.
//!
//! **Collection** (`vm::gc_collect`). An allocation that compiled code asks for (an
//! allocating builtin, or a new allocation buffer) may first collect garbage: when the
//! bytes handed out since the last collection pass a threshold (three times what the last
//! one kept, at least [`MIN_COLLECTION_BYTES`] more) or the limit. Every other thread
//! inside the store is first stopped at a safepoint (`vm::gc_stop`). The collector is precise and does not move
//! objects: it marks from the roots (the wasm frames' reference slots named by stack maps,
//! the store's globals, tables and evaluated segments, the thread's exceptions, and the
//! objects the host holds), then frees every 256-byte *line* no marked object covers;
//! runs of free lines become *holes* that later allocations fill (zeroed as they are
//! handed out), and a large object's chunk is unmapped. An object's header id and display
//! stay valid as long as the object: the heap holds a count on the type id of every type it
//! may allocate (`retain_types`, at instantiation). A function reference stored in a field
//! keeps its instance because every instance of a module with struct or array types is
//! pinned by its store (see `vm::store`), and an exception reference is never stored in one
//! (such fields are refused).
//!
//! **Lifetime of the heap.** It drops (unmapping every chunk) when its store, every
//! instance of the store that allocates, and every host `AnyRef` naming one of its objects
//! are gone (each holds an `Arc`).

use super::gc_layout::{object, AggregateLayout};
use super::gc_stop::{Mutator, World};
pub(crate) use super::gc_stop::{RootSet, Roots};
use super::types::TypeIdRef;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Size and alignment of a chunk.
pub(crate) const CHUNK: usize = 1 << 20;
/// The page size chunks are mapped in (a multiple of the host's).
const PAGE: usize = 64 << 10;
/// The size of an entry's allocation buffer.
pub(crate) const BUFFER: usize = 32 << 10;
/// Where the first object of a chunk starts (its first word points to the heap).
pub(super) const CHUNK_HEADER: usize = 16;
/// Bytes per line: the unit of memory a collection frees (`vm::gc_collect`).
pub(super) const LINE: usize = 256;
/// Lines per chunk.
pub(super) const LINES: usize = CHUNK / LINE;
/// The fewest bytes handed out between two collections.
pub(crate) const MIN_COLLECTION_BYTES: usize = 8 << 20;

/// One chunk: its address and mapping length, and the collector's mark bits.
pub(super) struct Chunk {
    pub(super) base: *mut u8,
    pub(super) len: usize,
    /// Whether it holds one large object (else small ones, bump-allocated).
    pub(super) large: bool,
    /// One bit per 8 bytes of the chunk's first [`CHUNK`] bytes (where objects start),
    /// set for the objects the collection in progress reached.
    pub(super) marks: Vec<u64>,
    /// Under stress: one bit per line that may hold something not poisoned yet (handed out
    /// since the last collection, or live at it); empty otherwise.
    pub(super) dirty: Vec<u64>,
}

/// A map keyed by words that need no scrambling (chunk addresses, type ids): the
/// collector looks one up per object it marks, where SipHash took a fifth of the time
/// (binary-trees, `perf`).
pub(super) type WordMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;

/// The hasher of [`WordMap`]: a multiplication (chunk addresses are shifted down first:
/// their low 20 bits are zero).
#[derive(Default)]
pub(super) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 >> 20 ^ n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// What a new chunk is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ChunkUse {
    /// Small objects, bump-allocated (a chunk of [`CHUNK`] bytes).
    Small,
    /// One large object (a mapping of its size, rounded to pages).
    Large,
}

/// What the heap knows of a type it may allocate.
pub(super) struct TypeInfo {
    /// A count on the type's id (the header of its objects names it).
    _id: TypeIdRef,
    pub(super) layout: Arc<AggregateLayout>,
    /// The offsets of its reference fields (a struct's), or of its element when that is a
    /// reference (an array's: every element is one).
    pub(super) refs: Box<[u32]>,
}

/// What the heap's lock guards.
pub(super) struct HeapState {
    pub(super) chunks: Vec<Chunk>,
    /// Index in `chunks` by base address.
    pub(super) chunk_at: WordMap<usize, usize>,
    /// The next free byte of the current run of free memory, and its end.
    pub(super) cursor: usize,
    pub(super) end: usize,
    /// Whether `cursor .. end` is a hole (memory of dead objects, zeroed as it is handed
    /// out) rather than a fresh chunk's.
    pub(super) reused: bool,
    /// The holes the last collection left, to allocate in (taken from the back).
    pub(super) holes: Vec<(usize, usize)>,
    /// Bytes handed out, counted against the limit.
    pub(super) used: usize,
    /// `used` past which an allocation that may collect does.
    pub(super) next_collection: usize,
    /// The type info of every type the heap may allocate, by id.
    pub(super) types: WordMap<u32, TypeInfo>,
    /// Whether the store is gone (its pins released: a function reference in an object
    /// may dangle from then on).
    store_gone: bool,
    /// Something was handed out since the last collection (a collection at a poll under
    /// stress runs only then: `GcHeap::poll`).
    pub(super) handed_out: bool,
}

impl HeapState {
    /// Under stress: `at .. at + size` was just handed out (it may hold objects by the
    /// next collection, which poisons it once they are dead).
    fn note_dirty(&mut self, at: usize, size: usize) {
        let Some(&i) = self.chunk_at.get(&(at & !(CHUNK - 1))) else { return };
        let chunk = &mut self.chunks[i];
        let offset = at - chunk.base as usize;
        for line in offset / LINE..(offset + size).div_ceil(LINE).min(LINES) {
            set_bit(&mut chunk.dirty, line);
        }
    }
}

/// Whether bit `i` of `bits` is set.
pub(super) fn bit(bits: &[u64], i: usize) -> bool {
    bits[i / 64] >> (i % 64) & 1 != 0
}

/// Set bit `i` of `bits`.
pub(super) fn set_bit(bits: &mut [u64], i: usize) {
    bits[i / 64] |= 1 << (i % 64);
}

/// A store's GC heap.
pub(crate) struct GcHeap {
    pub(super) state: Mutex<HeapState>,
    /// The most bytes of objects the heap hands out.
    pub(super) limit: usize,
    /// Collect at every allocation that may collect, hand out buffers of one object, and
    /// poison freed memory (`RuntimeConfig::with_gc_stress`).
    pub(super) stress: bool,
    /// The objects the host holds (`AnyRef`s), with how many times: roots. Apart from
    /// `state`, so that a read of a field under the state's lock can root what it reads
    /// (the collector takes `state`, then this).
    pub(super) host_roots: Mutex<HashMap<usize, usize>>,
    /// The threads inside the store: who holds a `Mutator`, and the safepoint handshake
    /// of collections (`vm::gc_stop`).
    pub(crate) world: Arc<World>,
    /// The runtime has GC enabled (else no object is ever made, and [`GcHeap::mutator`]
    /// costs nothing).
    enabled: bool,
}

/// How a runtime's heap behaves (from its `RuntimeConfig`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct GcSettings {
    /// The most bytes of objects it holds.
    pub(crate) limit: usize,
    /// `RuntimeConfig::with_gc_stress`.
    pub(crate) stress: bool,
    /// The runtime has `CoreFeatures::GC`.
    pub(crate) enabled: bool,
}

// SAFETY: the chunk pointers are owned by the heap and only touched under its lock (the
// objects in them are shared with compiled code, which follows wasm's semantics).
unsafe impl Send for GcHeap {}
// SAFETY: as above.
unsafe impl Sync for GcHeap {}

/// Where [`GcHeap::read`] reads.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Slot {
    /// A struct's field.
    Field(u32),
    /// An array's element.
    Element(u32),
}

/// A `u32` of `object`'s header at `at` (one of `object`'s offsets; an array's length
/// only of an array). Header words never change once the object is published.
///
/// # Safety
/// `object` must be a live object.
pub(crate) unsafe fn header_word(object: *const u8, at: i32) -> u32 {
    // SAFETY: guaranteed by the caller.
    unsafe { object.add(at as usize).cast::<u32>().read() }
}

/// The header an allocation writes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Header {
    /// Canonical type id.
    pub(crate) type_id: u32,
    /// `object::KIND_STRUCT` or `object::KIND_ARRAY`.
    pub(crate) kind: u32,
    /// The type's supertype display (kept alive by `retain_types`).
    pub(crate) display: *const u32,
    /// An array's length (0 for a struct).
    pub(crate) len: u32,
    /// An array's element size in bytes (0 for a struct).
    pub(crate) elem_bytes: u32,
}

impl GcHeap {
    /// An empty heap as `settings` say.
    pub(crate) fn new(settings: GcSettings) -> GcHeap {
        let GcSettings { limit, stress, enabled } = settings;
        let state = HeapState {
            chunks: Vec::new(),
            chunk_at: WordMap::default(),
            cursor: 0,
            end: 0,
            reused: false,
            holes: Vec::new(),
            used: 0,
            next_collection: MIN_COLLECTION_BYTES,
            types: WordMap::default(),
            store_gone: false,
            handed_out: false,
        };
        GcHeap {
            state: Mutex::new(state),
            limit,
            stress,
            host_roots: Mutex::new(HashMap::new()),
            world: Arc::new(World::new(stress)),
            enabled,
        }
    }

    /// Whether the runtime has GC enabled.
    pub(crate) fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// This thread enters the store (see `gc_stop::World::mutator`); `None` without GC
    /// (no object is ever made, and nothing is counted).
    pub(crate) fn mutator(&self) -> Option<Mutator> {
        self.enabled.then(|| self.world.mutator())
    }

    /// The sequence number this thread took when it last became a mutator of the store
    /// (`gc_stop::next_sequence`; `u64::MAX` when it is none).
    pub(crate) fn mutator_since(&self) -> u64 {
        self.world.mutator_since()
    }

    pub(super) fn lock(&self) -> std::sync::MutexGuard<'_, HeapState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Hold the ids of `types` for as long as the heap lives (objects of them carry the id
    /// and display in their header), with their layouts (for the host's reads and the
    /// collector).
    pub(crate) fn retain_types<'a>(&self, types: impl IntoIterator<Item = (TypeIdRef, &'a AggregateLayout)>) {
        let mut state = self.lock();
        for (t, layout) in types {
            state.types.entry(t.id()).or_insert_with(|| {
                let is_ref = |f: &super::gc_layout::FieldLayout| {
                    matches!(f.ty, wasmparser::StorageType::Val(wasmparser::ValType::Ref(_)))
                };
                let refs = layout.fields.iter().filter(|f| is_ref(f)).map(|f| f.offset).collect();
                TypeInfo { _id: t, layout: Arc::new(layout.clone()), refs }
            });
        }
    }

    /// The store is being dropped: function references in objects may dangle once it is.
    pub(crate) fn store_gone(&self) {
        self.state.lock().unwrap_or_else(|e| e.into_inner()).store_gone = true;
    }

    /// The value of a struct's field `index` (`Slot::Field`) or an array's element
    /// (`Slot::Element`) of `object`, a packed one zero-extended; `None` past the last
    /// field or element, or for a function reference once the store is gone.
    ///
    /// # Safety
    /// `object` must be a live object of this heap.
    pub(crate) unsafe fn read(&self, object: *const u8, slot: Slot) -> Option<crate::Val> {
        use std::sync::atomic::{AtomicU16, AtomicU32, AtomicU64, AtomicU8, Ordering::Relaxed};
        let state = self.lock();
        // SAFETY: a live object starts with its header.
        let id = unsafe { header_word(object, object::TYPE_ID) };
        let layout = &state.types.get(&id)?.layout;
        // An array's length (only an array has the word; no code changes it).
        // SAFETY: as above.
        let len = || unsafe { header_word(object, object::ARRAY_LEN) };
        let (field, at) = match (slot, layout.kind) {
            (Slot::Field(i), object::KIND_STRUCT) => {
                let f = *layout.fields.get(i as usize)?;
                (f, f.offset as usize)
            }
            (Slot::Element(i), object::KIND_ARRAY) if i < len() => {
                let f = layout.fields[0];
                (f, f.offset as usize + i as usize * f.bytes as usize)
            }
            _ => return None,
        };
        let ty = crate::ValType::from_wasm(field.host_ty, &[]);
        if ty == crate::ValType::FuncRef && state.store_gone {
            return None;
        }
        // Relaxed atomic loads: wasm code on another thread may write the field meanwhile
        // (every field is aligned to its size, at most 8).
        // SAFETY: the field lies inside the live object, aligned.
        let words = unsafe {
            let p = object.add(at).cast_mut();
            match field.bytes {
                1 => [u64::from(AtomicU8::from_ptr(p).load(Relaxed)), 0],
                2 => [u64::from(AtomicU16::from_ptr(p.cast()).load(Relaxed)), 0],
                4 => [u64::from(AtomicU32::from_ptr(p.cast()).load(Relaxed)), 0],
                8 => [AtomicU64::from_ptr(p.cast()).load(Relaxed), 0],
                _ => [AtomicU64::from_ptr(p.cast()).load(Relaxed), AtomicU64::from_ptr(p.add(8).cast()).load(Relaxed)],
            }
        };
        // SAFETY: a reference field holds null or a live reference: an object of this heap
        // (alive: no collection runs while the lock is held, and the `AnyRef` made of it
        // is rooted before the lock goes), a host value, or a function whose instance the
        // store pins (not gone: checked above, under the lock the store's drop takes first).
        let value = unsafe { crate::Val::from_words(ty, words) };
        drop(state);
        Some(value)
    }

    /// A new zeroed object of `bytes` bytes (a multiple of 8, at least the header's 16)
    /// with `header` written, or `None` past the heap's limit or out of memory. With
    /// `roots` (compiled code's allocations), a collection may run first.
    pub(crate) fn alloc(&self, bytes: usize, header: Header, roots: Option<Roots<'_>>) -> Option<*mut u8> {
        debug_assert!(bytes % 8 == 0 && bytes >= 16);
        if let Some(roots) = roots {
            self.collect_if_due(bytes, roots);
        }
        let mut state = self.lock();
        let used = state.used.checked_add(bytes).filter(|&u| u <= self.limit)?;
        let object = if bytes > CHUNK / 4 {
            // A chunk of its own (the object starts in its first CHUNK bytes, so its
            // address still leads to the chunk's header).
            // (Mapped to the page, not to a whole chunk: what it counts is what it takes.)
            let size = bytes.checked_add(CHUNK_HEADER)?.checked_next_multiple_of(PAGE)?;
            self.new_chunk(&mut state, size, ChunkUse::Large)?
        } else {
            self.carve(&mut state, bytes, bytes)?.0 as *mut u8
        };
        state.used = used;
        state.handed_out = true;
        // SAFETY: `object` starts `bytes` zeroed bytes inside a chunk the heap owns, 8-byte
        // aligned; no one else has seen them yet.
        unsafe {
            object.add(object::TYPE_ID as usize).cast::<u32>().write(header.type_id);
            object.add(object::KIND as usize).cast::<u32>().write(header.kind);
            object.add(object::SUPERTYPES as usize).cast::<*const u32>().write(header.display);
            if header.kind == object::KIND_ARRAY {
                object.add(object::ARRAY_LEN as usize).cast::<u32>().write(header.len);
                object.add(object::ARRAY_ELEM_BYTES as usize).cast::<u32>().write(header.elem_bytes);
            }
        }
        // The header before the reference: code on another thread that is handed the
        // reference must not see the zeroed header (see `compiler::aggregate`).
        std::sync::atomic::fence(std::sync::atomic::Ordering::Release);
        Some(object)
    }

    /// A new allocation buffer for an entry's thread state: up to [`BUFFER`] bytes (or
    /// `bytes`, when more; exactly `bytes` under stress), at least `bytes`, counted against
    /// the limit; `None` when not even `bytes` fit under it. Compiled code bump-allocates
    /// small objects in it (`compiler::aggregate`). With `roots`, a collection may run
    /// first.
    pub(crate) fn buffer(&self, bytes: usize, roots: Option<Roots<'_>>) -> Option<(usize, usize)> {
        if let Some(roots) = roots {
            self.collect_if_due(bytes, roots);
        }
        let mut state = self.lock();
        // (Rounded down to keep the cursor 8-byte aligned whatever the limit.)
        let room = self.limit.saturating_sub(state.used) & !7;
        let most = if self.stress { bytes } else { BUFFER.max(bytes) }.min(room);
        if most < bytes || bytes > CHUNK / 4 {
            return None;
        }
        let (at, size) = self.carve(&mut state, bytes, most)?;
        state.used += size;
        state.handed_out = true;
        Some((at, at + size))
    }

    /// The address and size of at least `least` and at most `most` bytes (at most a
    /// quarter chunk) taken from the current run of free memory, else from the next hole
    /// with room for `least`, else from a new chunk; zeroed.
    fn carve(&self, state: &mut HeapState, least: usize, most: usize) -> Option<(usize, usize)> {
        while state.end - state.cursor < least {
            match state.holes.pop() {
                Some((start, end)) => {
                    (state.cursor, state.end, state.reused) = (start, end, true);
                }
                None => {
                    let start = self.new_chunk(state, CHUNK, ChunkUse::Small)?;
                    state.cursor = start as usize;
                    state.end = start as usize - CHUNK_HEADER + CHUNK;
                    state.reused = false;
                }
            }
        }
        let at = state.cursor;
        let size = most.min(state.end - at);
        state.cursor += size;
        if state.reused {
            // SAFETY: free memory of a chunk the heap owns: no live object lies there, and
            // no reference to one that did is left (the collection found none).
            unsafe { std::ptr::write_bytes(at as *mut u8, 0, size) };
        }
        if self.stress {
            state.note_dirty(at, size);
        }
        Some((at, size))
    }

    /// An entry ends with `cursor .. end` of its allocation buffer unused: it no longer
    /// counts against the limit, and is allocated again when nothing was carved after it.
    pub(crate) fn give_back(&self, cursor: usize, end: usize) {
        let mut state = self.lock();
        state.used = state.used.saturating_sub(end - cursor);
        if state.cursor == end {
            state.cursor = cursor;
        }
    }

    /// A new zeroed chunk of `size` bytes (a multiple of [`PAGE`]), its header written;
    /// returns where its first object goes.
    fn new_chunk(&self, state: &mut HeapState, size: usize, usage: ChunkUse) -> Option<*mut u8> {
        let base = map_chunk(size)?;
        // SAFETY: the chunk is at least CHUNK_HEADER bytes and aligned for a pointer.
        unsafe { base.cast::<*const GcHeap>().write(self as *const GcHeap) };
        state.chunk_at.insert(base as usize, state.chunks.len());
        let large = usage == ChunkUse::Large;
        let dirty = if self.stress && !large { vec![0; LINES / 64] } else { Vec::new() };
        state.chunks.push(Chunk { base, len: size, large, marks: Vec::new(), dirty });
        // SAFETY: inside the chunk.
        Some(unsafe { base.add(CHUNK_HEADER) })
    }

    /// Bytes of objects handed out so far (less what collections freed).
    #[cfg(test)]
    pub(crate) fn used(&self) -> usize {
        self.lock().used
    }

    /// The host holds one more reference to `object` (an object of this heap): a root
    /// until [`GcHeap::unroot`].
    pub(crate) fn root(&self, object: usize) {
        *self.host_roots.lock().unwrap_or_else(|e| e.into_inner()).entry(object).or_insert(0) += 1;
    }

    /// The host dropped a reference it rooted.
    pub(crate) fn unroot(&self, object: usize) {
        let mut roots = self.host_roots.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = roots.get_mut(&object) {
            *n -= 1;
            if *n == 0 {
                roots.remove(&object);
            }
        }
    }
}

impl Drop for GcHeap {
    fn drop(&mut self) {
        let state = self.state.get_mut().unwrap_or_else(|e| e.into_inner());
        for chunk in state.chunks.drain(..) {
            // SAFETY: mapped by `map_chunk` with this length; no object of the heap is
            // reachable any more (every holder of one holds the heap).
            unsafe { libc::munmap(chunk.base.cast(), chunk.len) };
        }
    }
}

/// A new zeroed mapping of `size` bytes (a multiple of [`PAGE`]) aligned to `CHUNK`, its
/// pages populated at once (measured: binary-trees spent a third of its time in page
/// faults and in zeroing the memory a second time when chunks came from the allocator).
fn map_chunk(size: usize) -> Option<*mut u8> {
    let len = size.checked_add(CHUNK)?;
    // SAFETY: a fresh anonymous mapping, owned by no one else.
    unsafe {
        let rw = libc::PROT_READ | libc::PROT_WRITE;
        let flags = libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE;
        let p = libc::mmap(std::ptr::null_mut(), len, rw, flags, -1, 0);
        if p == libc::MAP_FAILED {
            return None;
        }
        let start = p as usize;
        let aligned = (start + CHUNK - 1) & !(CHUNK - 1);
        // The parts before and after the aligned chunk go back.
        if aligned > start {
            libc::munmap(p, aligned - start);
        }
        let tail = start + len - (aligned + size);
        if tail > 0 {
            libc::munmap((aligned + size) as *mut libc::c_void, tail);
        }
        // Best effort: a kernel without it faults the pages in one by one instead.
        libc::madvise(aligned as *mut libc::c_void, size, libc::MADV_POPULATE_WRITE);
        Some(aligned as *mut u8)
    }
}

/// The heap that allocated `object`.
///
/// # Safety
/// `object` must be a live object of some heap (which then is alive too).
pub(crate) unsafe fn heap_of(object: *const u8) -> *const GcHeap {
    let chunk = (object as usize & !(CHUNK - 1)) as *const *const GcHeap;
    // SAFETY: every object starts in the first CHUNK bytes of its chunk, whose first word
    // is the heap's address (guaranteed live by the caller).
    unsafe { chunk.read() }
}

/// A new count on the heap that allocated `object`.
///
/// # Safety
/// `object` must be a live object of a heap held in an `Arc` (every heap is).
pub(crate) unsafe fn share_heap_of(object: *const u8) -> std::sync::Arc<GcHeap> {
    // SAFETY: the heap is live (the caller's object is), and it lives in an `Arc` (a
    // store's), whose count this takes.
    unsafe {
        let heap = heap_of(object);
        std::sync::Arc::increment_strong_count(heap);
        std::sync::Arc::from_raw(heap)
    }
}

/// Whether the `any` reference `bits` (null, an `i31` or a live object) is a value of the
/// reference type `key` (of the `any` hierarchy).
///
/// # Safety
/// An object's address must be of a live object.
pub(crate) unsafe fn any_matches(bits: u64, key: crate::reftype::RefKey) -> bool {
    use crate::reftype::HeapKey;
    use wasmparser::AbstractHeapType as A;
    if bits == 0 {
        return key.nullable;
    }
    // The low bits: 1 for an i31, 10 for a host value, 00 for an object.
    let object = (bits & 3 == 0).then_some(bits as *const u8);
    // SAFETY: a live object (guaranteed by the caller).
    let header = |at: i32| object.map(|o| unsafe { header_word(o, at) });
    match key.heap {
        HeapKey::Other(A::Any) => true,
        HeapKey::Other(A::Eq) => bits & 3 != 2,
        HeapKey::Other(A::I31) => bits & 1 == 1,
        HeapKey::Other(A::Struct) => header(object::KIND) == Some(object::KIND_STRUCT),
        HeapKey::Other(A::Array) => header(object::KIND) == Some(object::KIND_ARRAY),
        HeapKey::Concrete(id) => header(object::TYPE_ID).is_some_and(|t| super::types::is_subtype(t, id)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(len: u32) -> Header {
        Header { type_id: 7, kind: object::KIND_ARRAY, display: std::ptr::null(), len, elem_bytes: 1 }
    }

    /// Small objects share chunks, a large one gets its own; every object leads back to
    /// its heap, starts zeroed but for its header, and the limit is exact.
    #[test]
    fn objects_are_aligned_zeroed_and_find_their_heap() {
        let heap = std::sync::Arc::new(GcHeap::new(GcSettings { limit: 4 * CHUNK, stress: false, enabled: true }));
        let small: Vec<*mut u8> = (0..40_000).map(|_| heap.alloc(32, header(8), None).expect("room")).collect();
        let large = heap.alloc(CHUNK + 24, header(CHUNK as u32), None).expect("room");
        for &o in small.iter().chain([&large]) {
            assert_eq!(o as usize % 8, 0);
            // SAFETY: live objects of `heap`.
            unsafe {
                assert_eq!(heap_of(o), &*heap as *const GcHeap);
                assert_eq!(header_word(o, object::KIND), object::KIND_ARRAY);
                assert_eq!(o.add(object::ARRAY_ELEMS as usize).read(), 0);
            }
        }
        assert_eq!(heap.used(), 40_000 * 32 + CHUNK + 24);
        let left = 4 * CHUNK - heap.used();
        assert!(heap.alloc(left + 8, header(0), None).is_none(), "past the limit");
        assert!(heap.alloc(left, header(0), None).is_some(), "up to the limit");
    }

    /// Allocation buffers stay 8-byte aligned whatever the limit, and stop at it.
    #[test]
    fn buffers_are_aligned_under_any_limit() {
        let heap = GcHeap::new(GcSettings { limit: CHUNK + 3, stress: false, enabled: true });
        let mut total = 0;
        while let Some((start, end)) = heap.buffer(32, None) {
            assert!(start % 8 == 0 && end % 8 == 0, "{start:#x}..{end:#x}");
            total += end - start;
        }
        // The first chunk is used to its end (the last buffer shorter), which leaves 16
        // bytes under the limit: fewer than the 32 asked for.
        assert_eq!(total, CHUNK - CHUNK_HEADER, "the whole chunk, then nothing past the limit");
    }
}
