//! Tables of references. JIT code reads the [`VMTable`] (base and length) directly and
//! accesses elements inline; the Rust side grows, fills and copies through this type.
//! Elements are pointer-sized: a `*const VMFuncRef` for funcref tables, the externref's
//! bits for externref tables; 0 is null in both.
//!
//! # Tables that start lazily
//!
//! A table of function references that a module defines, whose active element segments
//! all have constant offsets and items and fit its initial size, is not written at
//! instantiation: it gets the module's [`TableImage`] (what the segments would write) and
//! stays *pending*, its slots null. While pending, a null slot inside the image has not
//! been made yet: compiled code that reads a null (`call_indirect`, `table.get`) calls the
//! `TableSlot` builtin on a cold path, which makes that slot (its definer's function
//! reference, itself made on demand) unless something else was stored there, and reads it
//! again; it takes the table's lock, so it cannot slip a slot in after the pending state
//! ended. Nothing stores null into a pending table: compiled code storing null, and every
//! change made from Rust (fill, copy, init, write), first makes every slot and ends the
//! pending state ([`Table::make_all`]), after which a null is a null. A slot is made with
//! a compare-and-swap from null, so a reference stored meanwhile is kept; threads racing on
//! one table see slots made or not, never a slot that is not a valid reference. The
//! references made are the definer's own functions or its imports, which the definer holds
//! (`vm::store`), so they need no `retain`.
//!
//! Instantiating yosys.core.wasm (10,265 elements in its table, 34,004 functions) no longer
//! makes 10,265 function references and writes as many slots.

use super::instance::Instance;
use super::memory::IndexType;
use super::reserve::{map_read_write, zero_used, Pool};
use super::vmctx::{VMFuncRef, VMTable};
use crate::reftype::RefKey;
use crate::ValType;
use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// Most elements a table may have, whatever its declared maximum (bounds host memory use).
const MAX_ELEMENTS: u32 = 10_000_000;

/// A table and its storage.
///
/// The elements live in an anonymous mapping reserved for the table's effective maximum
/// (at most 80 MB of address space, committed only as pages are touched), so the element
/// base never moves: a thread running wasm code that reads the table while another thread
/// grows it sees either length, and every slot below either length is valid memory (slots
/// past the old length read as null until written). Mutation from Rust is serialized by
/// `lock`; wasm code reads and writes slots inline, with Wasm's (racy but memory-safe)
/// semantics for unsynchronised access.
pub(crate) struct Table {
    vm: Box<UnsafeCell<VMTable>>,
    /// First element; fixed for the table's life.
    base: *mut *const VMFuncRef,
    /// Elements of address space reserved at `base` (the effective maximum, at least 1).
    capacity: usize,
    /// Serializes growth and bulk writes from Rust.
    lock: Mutex<()>,
    /// Element type (funcref or externref).
    pub(crate) elem: ValType,
    /// The precise element type (for import matching, where tables match only their own
    /// element type).
    pub(crate) elem_key: Option<RefKey>,
    /// Declared maximum, as declared (a table64 may declare more than it can ever hold).
    pub(crate) max: Option<u64>,
    /// Index type (imports must match it).
    pub(crate) index: IndexType,
    /// The instance that defined this table, set once when that instance is built. It
    /// outlives the table: only instances that hold it (its importers) and the definer
    /// itself can reach the table. Every function reference written here is first
    /// `retain`ed for it.
    definer: AtomicPtr<Instance>,
    /// The image of a table that starts lazily (set once, before any access).
    image: OnceLock<TableImage>,
    /// Whether slots of the image may still be unmade (see the module docs).
    pending: AtomicBool,
}

/// What a module's active element segments write into a table that starts lazily: per
/// slot from 0, one more than the index of the function (of the table's definer) it
/// starts with, or 0 for null.
#[derive(Clone, Debug)]
pub(crate) struct TableImage(Arc<[u32]>);

impl TableImage {
    /// The image whose slots hold `items` (each a function index plus one, or 0).
    pub(crate) fn new(items: Vec<u32>) -> TableImage {
        TableImage(items.into())
    }

    /// Whether it has no slot at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The function slot `i` starts with, if any.
    fn func(&self, i: usize) -> Option<u32> {
        self.0.get(i).and_then(|&item| item.checked_sub(1))
    }
}

// SAFETY: `base` is a mapping this value exclusively owns (unmapped in `drop`); element
// pointers refer to VMFuncRefs kept alive as `vm::store::retain` establishes before each
// write; Rust-side mutation is serialized by `lock` and never moves the elements.
unsafe impl Send for Table {}
// SAFETY: as above.
unsafe impl Sync for Table {}

/// Most free table reservations kept for reuse.
const POOL_CAPACITY: usize = 16;

/// A free reservation: `capacity` elements at `base`, every one null, read+write.
struct FreeTable {
    base: usize,
    capacity: usize,
}

/// Free reservations kept for reuse: mapping 80 MB for a table without a maximum and
/// unmapping it (page tables and all) was most of the cost of instantiating a small module.
static POOL: Pool<FreeTable> = Pool::new(POOL_CAPACITY);

/// A reservation of `capacity` null elements: a pooled one, or a fresh mapping.
fn reserve(capacity: usize) -> Result<*mut *const VMFuncRef, String> {
    if let Some(free) = POOL.take(|free| free.capacity == capacity, |_| true) {
        return Ok(free.base as *mut *const VMFuncRef);
    }
    // Anonymous pages read as zero, which is the null reference.
    map_read_write(capacity * std::mem::size_of::<*const VMFuncRef>())
        .map(|base| base.cast::<*const VMFuncRef>())
        .map_err(|e| format!("failed to reserve a table: {e}"))
}

impl Table {
    /// A table of `min` null elements that can grow to `max` (capped at 10 million).
    pub(crate) fn new(elem: ValType, min: u32, max: Option<u64>) -> Result<Table, String> {
        let limit = max.unwrap_or(u64::MAX).min(MAX_ELEMENTS as u64) as u32;
        if min > limit {
            return Err(format!("table minimum {min} exceeds the limit of {limit} elements"));
        }
        let capacity = (limit as usize).max(1);
        let base = reserve(capacity)?;
        Ok(Table {
            vm: Box::new(UnsafeCell::new(VMTable { base, len: min, len_high: 0 })),
            base,
            capacity,
            lock: Mutex::new(()),
            elem,
            elem_key: super::global::default_ref_key(elem),
            max,
            index: IndexType::I32,
            definer: AtomicPtr::new(std::ptr::null_mut()),
            image: OnceLock::new(),
            pending: AtomicBool::new(false),
        })
    }

    /// The same table with the precise element type a module declared for it.
    pub(crate) fn with_elem_key(mut self, key: RefKey) -> Table {
        self.elem_key = Some(key);
        self
    }

    /// The same table with 64-bit indexes (table64) when `index` says so.
    pub(crate) fn with_index(mut self, index: IndexType) -> Table {
        self.index = index;
        self
    }

    /// Record the instance that defined this table (once, right after that instance is
    /// built, before any reference is written).
    pub(crate) fn set_definer(&self, definer: *const Instance) {
        self.definer.store(definer.cast_mut(), Ordering::Release);
    }

    /// The instance that defined this table.
    pub(crate) fn definer(&self) -> *const Instance {
        self.definer.load(Ordering::Acquire)
    }

    /// Give up starting lazily (instantiation failed at a segment): nothing more is made,
    /// and the caller writes what the segments before the failure wrote.
    pub(crate) fn cancel_lazy(&self) {
        let _guard = self.guard();
        self.pending.store(false, Ordering::Release);
    }

    /// Start lazily from `image` (once, after `set_definer`, before anything reads the
    /// table; its slots are all null, and the image fits them).
    pub(crate) fn init_lazily(&self, image: TableImage) {
        debug_assert!(!self.definer().is_null() && image.0.len() <= self.size() as usize);
        if self.image.set(image).is_ok() {
            self.pending.store(true, Ordering::Release);
        }
    }

    /// Make slot `i` from the image if the table is pending and the slot still null. Under
    /// the table's lock, so that it cannot race with [`Table::make_all`] ending the pending
    /// state (after which a null stored by compiled code must stay null).
    pub(crate) fn make_slot(&self, i: usize) {
        if !self.pending.load(Ordering::Acquire) {
            return;
        }
        let _guard = self.guard();
        self.make_slot_locked(i);
    }

    /// [`Table::make_slot`] with the lock held.
    fn make_slot_locked(&self, i: usize) {
        if !self.pending.load(Ordering::Acquire) {
            return;
        }
        let Some(func) = self.image.get().and_then(|image| image.func(i)) else { return };
        // SAFETY: a pending table's definer is set and outlives it (see `definer`).
        let definer = unsafe { &*self.definer() };
        let made = definer.func_ref(func).cast_mut();
        // SAFETY: i is inside the image, which fits the table's initial size (<= capacity).
        let slot = unsafe { self.slot(i) };
        // A reference stored since is kept; only a slot never made is null while pending.
        let _ = slot.compare_exchange(std::ptr::null_mut(), made, Ordering::Release, Ordering::Relaxed);
    }

    /// Make the slot at address `slot` (an element of this table, as compiled code
    /// computed it).
    pub(crate) fn make_slot_at(&self, slot: usize) {
        if let Some(offset) = slot.checked_sub(self.base as usize) {
            self.make_slot(offset / std::mem::size_of::<*const VMFuncRef>());
        }
    }

    /// End the pending state: make every slot of the image still unmade. Called before
    /// anything else than a make may write the table (a null stored then stays null).
    pub(crate) fn make_all(&self) {
        if !self.pending.load(Ordering::Acquire) {
            return;
        }
        let _guard = self.guard();
        if !self.pending.load(Ordering::Acquire) {
            return;
        }
        let len = self.image.get().map_or(0, |image| image.0.len());
        for i in 0..len {
            self.make_slot_locked(i);
        }
        self.pending.store(false, Ordering::Release);
    }

    /// Make `func` safe to store here (see `vm::store::retain`); externref tables hold
    /// host values, not function references, and need nothing.
    fn retain(&self, func: *const VMFuncRef) {
        if self.elem == ValType::FuncRef {
            super::store::retain_for(self.definer(), func);
        }
    }

    /// Address of the JIT-visible descriptor.
    pub(crate) fn vm_ptr(&self) -> *mut VMTable {
        self.vm.get()
    }

    pub(crate) fn size(&self) -> u32 {
        self.len_cell().load(Ordering::Acquire)
    }

    /// The descriptor's length, as the atomic it is: JIT code reads it with plain loads,
    /// Rust writes it (under `lock`) with release stores.
    fn len_cell(&self) -> &AtomicU32 {
        // SAFETY: `len` is a naturally aligned u32 in the descriptor, which lives as long
        // as self; every Rust access to it goes through this atomic view.
        unsafe { AtomicU32::from_ptr(std::ptr::addr_of_mut!((*self.vm.get()).len)) }
    }

    /// Element `i` as an atomic: slots are read and written whole, one at a time, since JIT
    /// code on other threads may access them at any moment (`memmove` may split them).
    ///
    /// # Safety
    /// `i` must be below `capacity`.
    unsafe fn slot(&self, i: usize) -> &AtomicPtr<VMFuncRef> {
        // SAFETY: i < capacity (the caller's contract): a naturally aligned pointer-sized
        // slot of the mapping, which lives as long as self.
        unsafe { AtomicPtr::from_ptr(self.base.add(i).cast::<*mut VMFuncRef>()) }
    }

    fn guard(&self) -> std::sync::MutexGuard<'_, ()> {
        self.lock.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Write `items` at `dst` with the lock held; false (nothing written) when out of bounds.
    fn write_locked(&self, dst: usize, items: &[*const VMFuncRef]) -> bool {
        if dst.checked_add(items.len()).is_none_or(|end| end > self.size() as usize) {
            return false;
        }
        for (i, &item) in items.iter().enumerate() {
            // SAFETY: dst + i < size <= capacity.
            unsafe { self.slot(dst + i) }.store(item.cast_mut(), Ordering::Relaxed);
        }
        true
    }

    /// The elements `src .. src + len`, or None when out of bounds.
    fn read(&self, src: usize, len: usize) -> Option<Vec<*const VMFuncRef>> {
        self.make_all();
        let _guard = self.guard();
        if src.checked_add(len)? > self.size() as usize {
            return None;
        }
        // SAFETY: src + i < size <= capacity.
        Some((src..src + len).map(|i| unsafe { self.slot(i) }.load(Ordering::Relaxed).cast_const()).collect())
    }

    /// Call `visit` with every element's word (roots of a garbage collection, for a table
    /// of `anyref` or `externref` elements, which never starts lazily).
    pub(crate) fn for_each_word(&self, visit: &mut dyn FnMut(u64)) {
        for i in 0..self.size() as usize {
            // SAFETY: i < size <= capacity.
            visit(unsafe { self.slot(i) }.load(Ordering::Relaxed) as u64);
        }
    }

    /// Grow by `delta` elements set to `init`: the old size, or None past the maximum.
    pub(crate) fn grow(&self, delta: u32, init: *const VMFuncRef) -> Option<u32> {
        self.retain(init);
        let _guard = self.guard();
        let old = self.size();
        let new = old.checked_add(delta)?;
        if new as usize > self.capacity || new as u64 > self.max.unwrap_or(u64::MAX) {
            return None;
        }
        if !init.is_null() {
            for i in old as usize..new as usize {
                // SAFETY: i < new <= capacity: inside the mapping, past the visible length.
                unsafe { self.slot(i) }.store(init.cast_mut(), Ordering::Relaxed);
            }
        }
        // Publish the new length only after the new slots hold their value (release); the
        // base never changes.
        self.len_cell().store(new, Ordering::Release);
        Some(old)
    }

    /// `table.fill` semantics; false when out of bounds.
    pub(crate) fn fill(&self, dst: u32, value: *const VMFuncRef, len: u32) -> bool {
        if len > 0 {
            self.retain(value);
        }
        self.make_all();
        let _guard = self.guard();
        let (dst, len) = (dst as usize, len as usize);
        if dst + len > self.size() as usize {
            return false;
        }
        for i in dst..dst + len {
            // SAFETY: i < size <= capacity: inside the mapping.
            unsafe { self.slot(i) }.store(value.cast_mut(), Ordering::Relaxed);
        }
        true
    }

    /// `table.copy` semantics between `from` and `to` (possibly the same table).
    pub(crate) fn copy(to: &Table, from: &Table, dst: u32, src: u32, len: u32) -> bool {
        if dst as u64 + len as u64 > to.size() as u64 {
            return false;
        }
        // Read into a temporary (handles overlap), then write; one lock at a time.
        let Some(items) = from.read(src as usize, len as usize) else { return false };
        // References read from a table of the same definer are retained for it already.
        if !std::ptr::eq(to.definer(), from.definer()) {
            for &item in &items {
                to.retain(item);
            }
        }
        to.make_all();
        let _guard = to.guard();
        to.write_locked(dst as usize, &items)
    }

    /// Write `items` at `dst`; false (nothing written) when out of bounds.
    pub(crate) fn write(&self, dst: u32, items: &[*const VMFuncRef]) -> bool {
        for &item in items {
            self.retain(item);
        }
        self.make_all();
        let _guard = self.guard();
        self.write_locked(dst as usize, items)
    }
}

#[cfg(test)]
impl Table {
    /// Whether slots of its image may still be unmade.
    pub(crate) fn is_pending(&self) -> bool {
        self.pending.load(Ordering::Acquire)
    }

    /// How many of its slots are not null.
    pub(crate) fn made_slots(&self) -> usize {
        // SAFETY: i < size <= capacity.
        (0..self.size() as usize).filter(|&i| !unsafe { self.slot(i) }.load(Ordering::Acquire).is_null()).count()
    }
}

impl Drop for Table {
    /// Give the reservation back to the pool with every element it ever had null again
    /// (elements past the largest length the table reached were never written), unmapping
    /// the pool's oldest when it is full; or unmap it.
    fn drop(&mut self) {
        let used = self.size() as usize * std::mem::size_of::<*const VMFuncRef>();
        let mut unmap = Some(FreeTable { base: self.base as usize, capacity: self.capacity });
        // SAFETY: the first `size` elements lie in the private anonymous read+write mapping this
        // value owns (page-aligned at `base`); no JIT code or Rust reference uses the table any
        // more (its owners are gone).
        if unsafe { zero_used(self.base.cast::<u8>(), used) } {
            unmap = unmap.and_then(|free| POOL.give(free));
        }
        if let Some(free) = unmap {
            // SAFETY: unmapping a whole reservation: this table's own, or the pool's oldest,
            // which the pool owned alone and no longer lists; nothing refers into either.
            unsafe {
                libc::munmap(free.base as *mut libc::c_void, free.capacity * std::mem::size_of::<*const VMFuncRef>())
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pooled_tables_come_back_all_null() {
        // Small tables (zeroed by writing) and large ones (pages given back), of an unusual
        // maximum so that other tests' tables stay apart; every slot a reused table has, up
        // to its maximum, reads null.
        for (min, max) in [(10u32, 1_000u64), (9_000, 12_000)] {
            for round in 0..2 * POOL_CAPACITY {
                let table = Table::new(ValType::FuncRef, min, Some(max)).expect("table");
                assert_eq!(table.grow(max as u32 - min, std::ptr::null()), Some(min));
                let all = table.read(0, max as usize).expect("in bounds");
                assert!(all.iter().all(|p| p.is_null()), "round {round}: a reused table kept old elements");
                // Fill it with (never dereferenced) non-null values, as a previous user would.
                let junk = vec![8 as *const VMFuncRef; max as usize];
                assert!(table.write_locked(0, &junk));
            }
        }
    }
}
