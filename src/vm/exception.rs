//! Exception objects: what `throw` makes and `catch` clauses take apart.
//!
//! An exception is a block of 64-bit words that compiled code reads directly (layout in
//! `vmctx::exception`): the tag's identity, an *exposed* flag, then one 16-byte slot per
//! payload value. An `exnref` is its address.
//!
//! Who keeps an exception alive: the *arena* of the thread that created it, until the
//! outermost entry from the host on that thread returns. An `exnref` can only live in the
//! frames of those entries (onepass rejects `exnref` globals and tables, and the embedding
//! API never hands one out: an uncaught exception reaches the host as a copy, see
//! [`Uncaught`]), so no address outlives its object. An exception that a `catch` or
//! `catch_all` clause takes apart without an `exnref` is freed right there, unless wasm
//! code already saw it as an `exnref` (`catch_ref`, `catch_all_ref` set the exposed flag):
//! a program that throws and catches in a loop does not grow the arena.
//!
//! The rest (exposed exceptions, those a legacy `try`'s hidden local held when its frame
//! returned) is reclaimed by [`collect`]: when the arena has doubled since the last time
//! (and holds at least [`MIN_COLLECT`]), a new exception first frees every one whose
//! address appears in no word of this thread's stack between the allocating frame and the
//! outermost entry, nor in the payload of one that does. That is sound because every
//! exception address a wasm frame holds is in that stack range when an exception is made:
//! the allocation is a runtime call, before which compiled code stores its registers and
//! locals to its frame, and every caller did the same at its call.

use super::tag::Tag;
use super::vmctx::exception;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// Words before the payload.
const HEADER_WORDS: usize = exception::PAYLOAD as usize / 8;
/// Words per payload slot.
const SLOT_WORDS: usize = exception::SLOT as usize / 8;

/// One live exception: its words (what compiled code sees) and its tag.
struct Live {
    words: Box<[u64]>,
    tag: Arc<Tag>,
    /// When it was made (`gc_stop::next_sequence`).
    made: u64,
}

thread_local! {
    /// This thread's live exceptions.
    static ARENA: RefCell<Vec<Live>> = const { RefCell::new(Vec::new()) };
    /// Arena size at which the next new exception runs [`collect`] first.
    static COLLECT_AT: Cell<usize> = const { Cell::new(MIN_COLLECT) };
    /// The highest stack address of this thread's outermost entry from the host (0 when
    /// none is running).
    static STACK_TOP: Cell<usize> = const { Cell::new(0) };
}

/// Fewest live exceptions before [`collect`] runs.
pub(crate) const MIN_COLLECT: usize = 1024;

/// The outermost entry from the host on this thread starts (`top`: an address in its Rust
/// frame, above every wasm frame it will run) or ends (`0`).
pub(crate) fn set_stack_top(top: usize) {
    STACK_TOP.with(|t| t.set(top));
}

/// A new exception of `tag` with a zeroed payload, in this thread's arena: its address
/// (compiled code then stores the payload).
pub(crate) fn new_exception(tag: &Arc<Tag>) -> *mut u64 {
    let marker = 0u64;
    if ARENA.with(|a| a.borrow().len()) >= COLLECT_AT.with(Cell::get) {
        // Below every wasm frame of the thread: this function's own frame.
        collect(std::ptr::addr_of!(marker) as usize);
    }
    let n = tag.ty.params().len();
    let mut words = vec![0u64; HEADER_WORDS + SLOT_WORDS * n].into_boxed_slice();
    words[0] = Arc::as_ptr(tag) as u64;
    let ptr = words.as_mut_ptr();
    let made = super::gc_stop::next_sequence();
    ARENA.with(|a| a.borrow_mut().push(Live { words, tag: tag.clone(), made }));
    ptr
}

/// A new exception of `tag` carrying `payload` (16 bytes per value, low word first).
pub(crate) fn new_with_payload(tag: &Arc<Tag>, payload: &[[u64; 2]]) -> *mut u64 {
    let ptr = new_exception(tag);
    for (i, value) in payload.iter().enumerate() {
        // SAFETY: the exception was just made with one slot per parameter of its tag, and
        // callers pass at most that many values.
        unsafe {
            let slot = ptr.add(HEADER_WORDS + SLOT_WORDS * i);
            *slot = value[0];
            *slot.add(1) = value[1];
        }
    }
    ptr
}

/// Free every exception whose address no stack word from `bottom` up to the outermost
/// entry's frame names, directly or through the payload of one that is named (see the
/// module's documentation for why that finds every one in use).
fn collect(bottom: usize) {
    let top = STACK_TOP.with(Cell::get);
    if top <= bottom {
        return;
    }
    ARENA.with(|a| {
        let mut arena = a.borrow_mut();
        let mut by_address: Vec<(usize, usize)> =
            arena.iter().enumerate().map(|(i, e)| (e.words.as_ptr() as usize, i)).collect();
        by_address.sort_unstable();
        let find =
            |word: usize| by_address.binary_search_by_key(&word, |&(addr, _)| addr).ok().map(|k| by_address[k].1);
        let mut kept = vec![false; arena.len()];
        let mut pending = Vec::new();
        let mark = |word: usize, kept: &mut Vec<bool>, pending: &mut Vec<usize>| {
            if let Some(i) = find(word) {
                if !kept[i] {
                    kept[i] = true;
                    pending.push(i);
                }
            }
        };
        let mut at = bottom.next_multiple_of(8);
        while at + 8 <= top {
            // SAFETY: [bottom, top) is this thread's stack between the running frame and an
            // older one, all mapped; the words are read as plain integers (no reference to
            // them is made), whatever the frames keep there.
            let word = unsafe { std::ptr::read_volatile(at as *const usize) };
            mark(word, &mut kept, &mut pending);
            at += 8;
        }
        while let Some(i) = pending.pop() {
            for k in HEADER_WORDS..arena[i].words.len() {
                let word = arena[i].words[k] as usize;
                mark(word, &mut kept, &mut pending);
            }
        }
        let mut index = 0;
        arena.retain(|_| {
            index += 1;
            kept[index - 1]
        });
        COLLECT_AT.with(|c| c.set((2 * arena.len()).max(MIN_COLLECT)));
    });
}

/// Free exception `ptr` if wasm code never saw it as an `exnref` (a `catch` or
/// `catch_all` clause just took it apart). Unknown addresses are ignored.
pub(crate) fn release(ptr: *const u64) {
    ARENA.with(|a| {
        let mut arena = a.borrow_mut();
        // Nearly always the newest one.
        if let Some(i) = arena.iter().rposition(|e| e.words.as_ptr() == ptr) {
            if arena[i].words[exception::EXPOSED as usize / 8] == 0 {
                arena.swap_remove(i);
            }
        }
    });
}

/// What an uncaught exception carries to the host: its tag and payload words.
pub(crate) struct Uncaught {
    pub(crate) tag: Arc<Tag>,
    /// One 16-byte slot per value of the tag's type.
    pub(crate) payload: Vec<[u64; 2]>,
}

/// Copy exception `ptr` (live in this thread's arena) out for the host.
pub(crate) fn take_uncaught(ptr: *const u64) -> Option<Uncaught> {
    ARENA.with(|a| {
        let arena = a.borrow();
        let live = arena.iter().rev().find(|e| e.words.as_ptr() == ptr)?;
        let n = live.tag.ty.params().len();
        let payload = (0..n)
            .map(|i| {
                let at = HEADER_WORDS + SLOT_WORDS * i;
                [live.words[at], live.words[at + 1]]
            })
            .collect();
        Some(Uncaught { tag: live.tag.clone(), payload })
    })
}

/// Forget every exception of this thread: the outermost entry from the host returned, so
/// no frame can hold one any more.
pub(crate) fn clear_thread() {
    ARENA.with(|a| {
        let mut arena = a.borrow_mut();
        if !arena.is_empty() {
            arena.clear();
        }
    });
    COLLECT_AT.with(|c| c.set(MIN_COLLECT));
}

/// Call `visit` with every payload word of this thread's exceptions made after `since`
/// (`gc_stop::next_sequence`) that may hold a GC object (values of `anyref` or `externref`
/// type): roots that this thread names for a garbage collection (`vm::gc_stop`) of a heap
/// it has been a mutator of since `since`, its own or another thread's. An older exception
/// is garbage to that heap: the call of its store that made it returned (no exception
/// reference leaves the frames of its entry), and another thread's collection may have
/// freed its objects since. Each thread inside the store names its own exceptions (the
/// arena is the thread's) before the collection marks.
pub(crate) fn for_each_gc_root(since: u64, visit: &mut dyn FnMut(u64)) {
    ARENA.with(|a| {
        for live in a.borrow().iter().filter(|l| l.made > since) {
            for (i, ty) in live.tag.ty.params().iter().enumerate() {
                if matches!(ty, crate::ValType::AnyRef | crate::ValType::ExternRef) {
                    visit(live.words[HEADER_WORDS + SLOT_WORDS * i]);
                }
            }
        }
    });
}

/// Exceptions alive on this thread (for tests of the arena's bound).
#[allow(dead_code)] // read by tests
pub(crate) fn live_on_thread() -> usize {
    ARENA.with(|a| a.borrow().len())
}
