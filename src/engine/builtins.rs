//! Runtime functions that JIT code calls with the system ABI through the table at
//! `vmctx + BUILTINS`. The order of [`BUILTINS`] matches `compiler::builtin::Builtin`.
//! Functions that can fail return non-zero, and the caller traps with the fixed code of
//! that operation (memory or table out of bounds).

use crate::vm::gc_heap::Roots;
use crate::vm::gc_ops::SegmentKind;
use crate::vm::instance::{from_vmctx, Instance};
use crate::vm::vmctx::VMFuncRef;

/// Addresses of the builtins (raw pointers so the table can be a static).
pub(crate) struct BuiltinTable(pub(crate) [*const (); 30]);

// SAFETY: the table holds addresses of functions, immutable for the process lifetime.
unsafe impl Sync for BuiltinTable {}

/// The builtins, indexed by `compiler::builtin::Builtin`.
pub(crate) static BUILTINS: BuiltinTable = BuiltinTable([
    memory_grow as *const (),
    memory_copy as *const (),
    memory_fill as *const (),
    memory_init as *const (),
    data_drop as *const (),
    table_grow as *const (),
    table_fill as *const (),
    table_copy as *const (),
    table_init as *const (),
    elem_drop as *const (),
    lazy_compile as *const (),
    retain_args as *const (),
    exn_new as *const (),
    exn_release as *const (),
    super::listen::listener_enter as *const (),
    super::listen::listener_exit as *const (),
    super::listen::listener_tail_call as *const (),
    func_ref as *const (),
    table_slot as *const (),
    table_make_all as *const (),
    atomic_wait as *const (),
    atomic_notify as *const (),
    gc_alloc as *const (),
    array_new_data as *const (),
    array_new_elem as *const (),
    array_copy as *const (),
    array_init_data as *const (),
    array_init_elem as *const (),
    gc_refill as *const (),
    gc_poll as *const (),
]);

/// A safepoint poll found its instance's poll word raised: park until the collection that
/// raised it is over (`vm::gc_stop`), or under GC stress collect.
extern "C" fn gc_poll(vmctx: *mut u8, _unused: u32, _thread: u64, _caller_sp: *const u64) {
    or_abort(|| {
        // SAFETY: called by JIT code with its own vmctx.
        let inst = unsafe { from_vmctx(vmctx) };
        // (Only code of modules with struct or array types polls, and their instances
        // hold the heap.)
        if let Some(heap) = inst.gc_heap.as_deref() {
            let mut roots = |set, visit: &mut dyn FnMut(u64)| super::gc_roots::visit_roots(inst, heap, set, visit);
            heap.poll(&mut roots);
        }
    });
}

/// A new allocation buffer with room for `bytes` for the entry whose thread state is
/// `thread` (compiled code then allocates again); its end stays 0 past the GC heap's limit.
/// A safepoint: a collection may run first.
extern "C" fn gc_refill(vmctx: *mut u8, bytes: u32, thread: u64, _caller_sp: *const u64) {
    or_abort(|| {
        // SAFETY: called by JIT code with its own vmctx and its entry's thread state, which
        // lives until the entry returns; the store that holds the instance's heap holds the
        // heap of an earlier buffer too (an entry runs code of one store). The state is
        // only accessed through the raw pointer (a collection in `buffer` writes its
        // buffer fields through the same pointer, listed in `gc_roots`).
        unsafe {
            let inst = from_vmctx(vmctx);
            let t = thread as *mut crate::vm::vmctx::VMThreadState;
            if let Some(old) = (*t).gc_heap.as_ref() {
                old.give_back((*t).gc_cursor, (*t).gc_end);
            }
            ((*t).gc_cursor, (*t).gc_end, (*t).gc_heap) = (0, 0, std::ptr::null());
            let heap = inst.gc_heap.as_deref();
            let buffer = with_roots(inst, |roots| heap.and_then(|h| h.buffer(bytes as usize, roots)));
            let (cursor, end) = buffer.unwrap_or((0, 0));
            ((*t).gc_cursor, (*t).gc_end) = (cursor, end);
            (*t).gc_heap = match buffer {
                Some(_) => heap.map_or(std::ptr::null(), |h| h as *const _),
                None => std::ptr::null(),
            };
        }
    });
}

/// Run `f` with the roots of a collection that a builtin called by `inst`'s compiled code
/// (at a safepoint) may run (see `gc_roots`).
fn with_roots<R>(inst: &Instance, f: impl FnOnce(Option<Roots<'_>>) -> R) -> R {
    let Some(heap) = inst.gc_heap.as_deref() else { return f(None) };
    let mut roots = |set, visit: &mut dyn FnMut(u64)| super::gc_roots::visit_roots(inst, heap, set, visit);
    f(Some(&mut roots))
}

/// A new object of struct or array type `type_index` (validated) with `len` elements (an
/// array), or null past the GC heap's limit (the caller traps). A safepoint.
extern "C" fn gc_alloc(vmctx: *mut u8, type_index: u32, len: u32) -> *mut u8 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    with_roots(inst, |roots| inst.gc_alloc(type_index, len, roots)).unwrap_or(std::ptr::null_mut())
}

/// An allocating builtin's answer: the object, or its trap code.
fn object_or_code(r: Result<*mut u8, onepass_arch::TrapCode>) -> u64 {
    r.map_or_else(|code| code as u64, |obj| obj as u64)
}

/// A bulk builtin's answer: 0, or its trap code.
fn code_or_zero(r: Result<(), onepass_arch::TrapCode>) -> u32 {
    r.map_or_else(|code| code as u32, |()| 0)
}

extern "C" fn array_new_data(vmctx: *mut u8, type_index: u32, segment: u32, src: u32, len: u32) -> u64 {
    array_new_segment(vmctx, SegmentKind::Data, (type_index, segment), (src, len))
}

extern "C" fn array_new_elem(vmctx: *mut u8, type_index: u32, segment: u32, src: u32, len: u32) -> u64 {
    array_new_segment(vmctx, SegmentKind::Elem, (type_index, segment), (src, len))
}

/// `array.new_data` / `array.new_elem` (`kind`) for `vmctx`'s code, a safepoint.
fn array_new_segment(vmctx: *mut u8, kind: SegmentKind, segment: (u32, u32), range: (u32, u32)) -> u64 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    object_or_code(with_roots(inst, |roots| inst.array_new_segment(kind, segment, range, roots)))
}

extern "C" fn array_copy(_vmctx: *mut u8, dst: *mut u8, dst_at: u32, src: *mut u8, src_at: u32, len: u32) -> u32 {
    // SAFETY: JIT code passes arrays it holds (validated types), null or live.
    code_or_zero(unsafe { crate::vm::gc_ops::array_copy(dst, dst_at, src, src_at, len) })
}

extern "C" fn array_init_data(vmctx: *mut u8, segment: u32, array: *mut u8, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx and an array it holds, null or live.
    code_or_zero(unsafe { from_vmctx(vmctx).array_init_segment((SegmentKind::Data, segment), array, dst, src, len) })
}

extern "C" fn array_init_elem(vmctx: *mut u8, segment: u32, array: *mut u8, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx and an array of references it holds,
    // null or live.
    code_or_zero(unsafe { from_vmctx(vmctx).array_init_segment((SegmentKind::Elem, segment), array, dst, src, len) })
}

/// `memory.grow` of memory `memory` (validated: the instance has it) by `delta` pages
/// (an `i32` or `i64` zero-extended): the old size in pages, or `u64::MAX` (-1 as either).
extern "C" fn memory_grow(vmctx: *mut u8, memory: u32, delta: u64) -> u64 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    inst.memories[memory as usize].grow(delta).unwrap_or(u64::MAX)
}

// The bulk operators below take addresses and lengths as `u64`: an `i32` operand arrives
// zero-extended (32-bit moves clear the upper half on both ISAs), an `i64` one whole.

/// `memory.copy` from memory `src_memory` to memory `dst_memory`; non-zero when out of
/// bounds.
extern "C" fn memory_copy(vmctx: *mut u8, dst_memory: u32, src_memory: u32, dst: u64, src: u64, len: u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    let (to, from) = (&inst.memories[dst_memory as usize], &inst.memories[src_memory as usize]);
    let ok = if std::sync::Arc::ptr_eq(to, from) {
        to.copy_within(dst, src, len)
    } else {
        to.copy_from(dst, from, src, len)
    };
    !ok as u32
}

extern "C" fn memory_fill(vmctx: *mut u8, memory: u32, dst: u64, value: u32, len: u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    !inst.memories[memory as usize].fill(dst, value as u8, len) as u32
}

extern "C" fn memory_init(vmctx: *mut u8, segment: u32, memory: u32, dst: u64, src: u64, len: u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    !inst.memory_init(segment, memory, dst, src, len) as u32
}

extern "C" fn data_drop(vmctx: *mut u8, segment: u32) {
    // SAFETY: called by JIT code with its own vmctx.
    unsafe { from_vmctx(vmctx) }.drop_data(segment);
}

/// `table.grow`: the old size, or `u64::MAX` (-1 as an `i32` or `i64`). No table holds
/// more than `u32::MAX` elements, so a larger delta fails.
extern "C" fn table_grow(vmctx: *mut u8, table: u32, init: *const VMFuncRef, delta: u64) -> u64 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    let Ok(delta) = u32::try_from(delta) else { return u64::MAX };
    inst.tables[table as usize].grow(delta, init).map_or(u64::MAX, u64::from)
}

// Table indexes and lengths come as `u64` too; no table holds more than `u32::MAX`
// elements, so a larger index or length is out of bounds.

extern "C" fn table_fill(vmctx: *mut u8, table: u32, dst: u64, value: *const VMFuncRef, len: u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    let (Ok(dst), Ok(len)) = (u32::try_from(dst), u32::try_from(len)) else { return 1 };
    !inst.tables[table as usize].fill(dst, value, len) as u32
}

extern "C" fn table_copy(vmctx: *mut u8, dst_table: u32, src_table: u32, dst: u64, src: u64, len: u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    let (to, from) = (&inst.tables[dst_table as usize], &inst.tables[src_table as usize]);
    let (Ok(dst), Ok(src), Ok(len)) = (u32::try_from(dst), u32::try_from(src), u32::try_from(len)) else { return 1 };
    !crate::vm::table::Table::copy(to, from, dst, src, len) as u32
}

extern "C" fn table_init(vmctx: *mut u8, table: u32, segment: u32, dst: u64, src: u64, len: u64) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    !inst.table_init(table, segment, dst, src, len) as u32
}

extern "C" fn elem_drop(vmctx: *mut u8, segment: u32) {
    // SAFETY: called by JIT code with its own vmctx.
    unsafe { from_vmctx(vmctx) }.drop_elem(segment);
}

/// `throw`: a new exception of the instance's tag `tag` (validated: it has it), its
/// payload zeroed for the caller to fill; it lives in this thread's arena.
extern "C" fn exn_new(vmctx: *mut u8, tag: u32) -> *mut u64 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    crate::vm::exception::new_exception(&inst.tags[tag as usize])
}

/// A `catch` or `catch_all` clause took `exn` apart: free it unless wasm code holds it as
/// an `exnref`.
extern "C" fn exn_release(_vmctx: *mut u8, exn: *const u64) {
    crate::vm::exception::release(exn);
}

/// First call of a lazily compiled function: its code (compiled now if no one did yet),
/// or null with the error pending (the stub then traps with `HostError`).
extern "C" fn lazy_compile(vmctx: *mut u8, func_index: u32) -> *const u8 {
    // SAFETY: called by a lazy-compilation stub with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| super::lazy::compile_for(inst, func_index))) {
        Ok(Ok(code)) => code,
        Ok(Err(e)) => {
            super::set_pending_host_error(e);
            std::ptr::null()
        }
        Err(_) => {
            super::set_pending_host_error(crate::Error::Compile { message: "compiler panicked".into(), offset: 0 });
            std::ptr::null()
        }
    }
}

/// Make defined function `func_index`'s reference in the calling instance (compiled code
/// found its vmctx slot null, and reloads it after this returns).
extern "C" fn func_ref(vmctx: *mut u8, func_index: u32, _unused: u64, _caller_sp: *const u64) {
    or_abort(|| {
        // SAFETY: called by JIT code with its own vmctx.
        let inst = unsafe { from_vmctx(vmctx) };
        inst.func_ref(func_index);
    });
}

/// Make the element at address `slot` of table `table` (compiled code read it null, and
/// reads it again after this returns).
extern "C" fn table_slot(vmctx: *mut u8, table: u32, slot: u64, _caller_sp: *const u64) {
    or_abort(|| {
        // SAFETY: called by JIT code with its own vmctx.
        let inst = unsafe { from_vmctx(vmctx) };
        inst.tables[table as usize].make_slot_at(slot as usize);
    });
}

/// Make every element of table `table` (compiled code is about to store null into it).
extern "C" fn table_make_all(vmctx: *mut u8, table: u32, _unused: u64, _caller_sp: *const u64) {
    or_abort(|| {
        // SAFETY: called by JIT code with its own vmctx.
        let inst = unsafe { from_vmctx(vmctx) };
        inst.tables[table as usize].make_all();
    });
}

/// The host address of `address`, an address compiled code computed relative to memory
/// 0's base (every memory's accesses are rebased onto it, see `compiler::memory`).
fn host_address(inst: &crate::vm::instance::Instance, address: u64) -> usize {
    (inst.memories[0].base() as usize).wrapping_add(address as usize)
}

/// `memory.atomic.wait32/64` of memory `memory`: 0 woken, 1 not equal, 2 timed out
/// (`timeout` in nanoseconds, negative for none), 3 when the memory is not shared, 4 when
/// the instance is closed (compiled code traps on 3 and 4). Compiled code checked
/// `address` (aligned, in bounds).
extern "C" fn atomic_wait(vmctx: *mut u8, memory: u32, bytes: u32, address: u64, expected: u64, timeout: i64) -> u32 {
    use crate::vm::memory_def::Sharing;
    use crate::vm::parking::WaitResult;
    use std::sync::atomic::{AtomicU32, AtomicU64, Ordering::SeqCst};
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    if inst.memories[memory as usize].sharing != Sharing::Shared {
        return WaitResult::Unshared as u32;
    }
    let at = host_address(inst, address);
    let equal = || match bytes {
        // SAFETY: an aligned, in-bounds address of a live memory (checked by the caller's
        // code; the memory lives as long as the instance, which is running).
        4 => unsafe { AtomicU32::from_ptr(at as *mut u32) }.load(SeqCst) == expected as u32,
        // SAFETY: as above.
        _ => unsafe { AtomicU64::from_ptr(at as *mut u64) }.load(SeqCst) == expected,
    };
    // A closed instance's threads stop instead of parking: checked under the parking lot's
    // lock, as closing marks the instance and then wakes its parked threads.
    let refuse = || match (inst.exit_code(), equal()) {
        (Some(_), _) => Some(WaitResult::Closed),
        (None, false) => Some(WaitResult::NotEqual),
        (None, true) => None,
    };
    let timeout = u64::try_from(timeout).ok().map(std::time::Duration::from_nanos);
    let owner = inst as *const crate::vm::instance::Instance as usize;
    let result = crate::vm::parking::wait(at, owner, refuse, timeout);
    match inst.exit_code() {
        Some(_) => WaitResult::Closed as u32,
        None => result as u32,
    }
}

/// `memory.atomic.notify` of memory `memory`: how many threads were woken (none on an
/// unshared memory, where nothing can wait).
extern "C" fn atomic_notify(vmctx: *mut u8, memory: u32, address: u64, count: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { from_vmctx(vmctx) };
    if inst.memories[memory as usize].sharing != crate::vm::memory_def::Sharing::Shared {
        return 0;
    }
    crate::vm::parking::notify(host_address(inst, address), count)
}

/// Run `f`, aborting on a panic: builtins reached through a register-preserving
/// trampoline return nothing and must not unwind into JIT code (a panic there is a bug of
/// the runtime).
fn or_abort(f: impl FnOnce()) {
    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err() {
        std::process::abort();
    }
}

/// Before JIT code calls `callee` (a function of another instance, or one it cannot tell
/// apart) with function references among its arguments, already stored at `caller_sp`:
/// retain each for the callee's instance, which may keep them.
extern "C" fn retain_args(_vmctx: *mut u8, _unused: u32, callee: *const VMFuncRef, caller_sp: *const u64) {
    or_abort(|| {
        // SAFETY: JIT code passes a live, non-null funcref it is about to call.
        let callee = unsafe { &*callee };
        // SAFETY: a live funcref's instance is alive.
        let Some(holder) = (unsafe { callee.instance.as_ref() }) else { return };
        if holder.module.is_none() {
            // A host function sees references as `Function`s, which own their modules.
            return;
        }
        let ty = crate::vm::types::type_of_id(callee.type_id);
        let words_per_value = ty.word_stride();
        for (i, param) in ty.params().iter().enumerate() {
            if *param == crate::ValType::FuncRef {
                // SAFETY: the caller stored its arguments at `caller_sp` (its outgoing
                // area, `words_per_value` words each) before this call; a funcref
                // argument is null or live.
                let func = unsafe { *caller_sp.add(i * words_per_value) } as *const VMFuncRef;
                crate::vm::store::retain(holder, func);
            }
        }
    });
}
