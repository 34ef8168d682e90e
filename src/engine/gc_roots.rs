//! What the engine tells the garbage collector (`vm::gc_collect`): the stack maps of
//! compiled code, and the roots of a collection on this thread — the reference slots of
//! every wasm frame of every entry from the host, found by walking the frame-pointer chain
//! from each entry's safepoint (the frame record `VMThreadState::safepoint` names) and reading the stack
//! map recorded at each return address (`compiler::stack_maps`), plus the store's and the
//! thread's roots (`Store::for_each_gc_root`, `exception::for_each_gc_root`).
//!
//! A collection runs only while every thread inside the store is inside a builtin that
//! compiled code called as a safepoint (an allocation, or a poll: `vm::gc_stop`), and
//! each thread names its own roots, so the innermost entry's safepoint words are set; an outer entry is suspended in a call to a
//! host function, whose trampoline set its words. An entry without them (nested by some
//! other path) makes the collection give up: nothing of it is freed then.

use super::backtrace::code_at;
use crate::vm::gc_heap::{GcHeap, RootSet};
use crate::vm::instance::Instance;
use crate::vm::vmctx::VMThreadState;
use std::cell::RefCell;

thread_local! {
    /// The thread states of this thread's entries from the host, outermost first.
    static ENTRIES: RefCell<Vec<*mut VMThreadState>> = const { RefCell::new(Vec::new()) };
}

/// One entry from the host on this thread, listed while it runs (see [`ENTRIES`]).
pub(crate) struct EntryListed;

impl EntryListed {
    /// List the entry whose thread state is `state` (it must outlive the guard).
    pub(crate) fn new(state: *mut VMThreadState) -> EntryListed {
        ENTRIES.with(|e| e.borrow_mut().push(state));
        EntryListed
    }
}

impl Drop for EntryListed {
    fn drop(&mut self) {
        ENTRIES.with(|e| e.borrow_mut().pop());
    }
}

/// The roots `set` of a collection of `heap` (see `gc_heap::Roots`), named on this thread
/// at a safepoint of `instance`'s compiled code: by the collecting thread, or by one parked
/// for another's collection (`vm::gc_stop`). Before visiting, the allocation buffers this
/// thread's entries hold in `heap` are dropped (the collection frees what they did not
/// use; each entry asks for a new one); a parked thread gives their unused part back first
/// (the collecting thread holds the heap's lock, and its collection recounts everything).
pub(crate) fn visit_roots(instance: &Instance, heap: &GcHeap, set: RootSet, visit: &mut dyn FnMut(u64)) -> bool {
    let entries = ENTRIES.with(|e| e.borrow().clone());
    // SAFETY: listed entries' thread states live until their entries return, which is
    // after this (inner) call; the safepoint words were written by code on this thread.
    let stopped = entries.iter().all(|&t| unsafe { std::ptr::read_volatile(&(*t).safepoint) } != 0);
    if !stopped {
        return false;
    }
    if set == RootSet::ThreadAndStore {
        let Some(store) = instance.store() else { return false };
        if !store.for_each_gc_root(visit) {
            return false;
        }
    }
    for &t in &entries {
        // SAFETY: as above; the walk reads the frames of a suspended entry of this thread.
        unsafe {
            // The frame record: the innermost wasm frame's pointer, and where it stopped.
            let record = std::ptr::read_volatile(&(*t).safepoint) as *const usize;
            let (fp, pc) = (record.read(), record.add(1).read());
            walk_frames(fp, pc, visit);
            if std::ptr::eq((*t).gc_heap, heap) {
                if set == RootSet::Thread {
                    heap.give_back((*t).gc_cursor, (*t).gc_end);
                }
                (*t).gc_cursor = 0;
                (*t).gc_end = 0;
                (*t).gc_heap = std::ptr::null();
            }
        }
    }
    crate::vm::exception::for_each_gc_root(heap.mutator_since(), visit);
    true
}

/// Visit the reference slots of the wasm frames from frame `fp`, stopped at code address
/// `pc`, out to the entry trampoline.
///
/// # Safety
/// `fp` and `pc` must be a suspended wasm frame of this thread and a safepoint in it.
unsafe fn walk_frames(mut fp: usize, mut pc: usize, visit: &mut dyn FnMut(u64)) {
    while fp != 0 && fp % 8 == 0 {
        match code_at(pc) {
            Some((module, function)) => module.for_each_root_slot(pc, function, &mut |offset| {
                // SAFETY: a slot of the live frame `fp`, as its stack map says.
                visit(unsafe { ((fp as isize + offset as isize) as *const u64).read() })
            }),
            // A frame that made a tail call through a class area runs no more: it holds
            // nothing.
            None if super::is_tail_return(pc) => {}
            None => break,
        }
        // SAFETY: every wasm frame keeps the caller's frame pointer at [fp] and the return
        // address at [fp + 8].
        let (next, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if next <= fp {
            break;
        }
        (fp, pc) = (next, ret);
    }
}
