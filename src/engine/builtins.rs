//! Runtime functions that JIT code calls with the system ABI through the table at
//! `vmctx + BUILTINS`. The order of [`BUILTINS`] matches `compiler::builtin::Builtin`.
//! Functions that can fail return non-zero, and the caller traps with the fixed code of
//! that operation (memory or table out of bounds).

use crate::vm::instance::Instance;
use crate::vm::vmctx::{header, VMFuncRef};

/// Addresses of the builtins (raw pointers so the table can be a static).
pub(crate) struct BuiltinTable(pub(crate) [*const (); 11]);

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
]);

/// The instance whose vmctx is `vmctx`.
///
/// # Safety
/// `vmctx` must be the vmctx of a live wasm instance (JIT code passes its own).
unsafe fn instance<'a>(vmctx: *mut u8) -> &'a Instance {
    // SAFETY: the INSTANCE word of a wasm vmctx points to its live instance.
    unsafe { &*(*(vmctx.add(header::INSTANCE as usize) as *const *const Instance)) }
}

/// `memory.grow`: the old size in pages, or -1.
extern "C" fn memory_grow(vmctx: *mut u8, delta: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    match inst.memories.first().and_then(|m| m.grow(delta as u64)) {
        Some(old) => old as u32,
        None => u32::MAX,
    }
}

extern "C" fn memory_copy(vmctx: *mut u8, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    !inst.memories[0].copy_within(dst as u64, src as u64, len as u64) as u32
}

extern "C" fn memory_fill(vmctx: *mut u8, dst: u32, value: u32, len: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    !inst.memories[0].fill(dst as u64, value as u8, len as u64) as u32
}

extern "C" fn memory_init(vmctx: *mut u8, segment: u32, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    !inst.memory_init(segment, dst, src, len) as u32
}

extern "C" fn data_drop(vmctx: *mut u8, segment: u32) {
    // SAFETY: called by JIT code with its own vmctx.
    unsafe { instance(vmctx) }.drop_data(segment);
}

extern "C" fn table_grow(vmctx: *mut u8, table: u32, init: *const VMFuncRef, delta: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    inst.tables[table as usize].grow(delta, init).unwrap_or(u32::MAX)
}

extern "C" fn table_fill(vmctx: *mut u8, table: u32, dst: u32, value: *const VMFuncRef, len: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    !inst.tables[table as usize].fill(dst, value, len) as u32
}

extern "C" fn table_copy(vmctx: *mut u8, dst_table: u32, src_table: u32, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    let (to, from) = (&inst.tables[dst_table as usize], &inst.tables[src_table as usize]);
    !crate::vm::table::Table::copy(to, from, dst, src, len) as u32
}

extern "C" fn table_init(vmctx: *mut u8, table: u32, segment: u32, dst: u32, src: u32, len: u32) -> u32 {
    // SAFETY: called by JIT code with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    !inst.table_init(table, segment, dst, src, len) as u32
}

extern "C" fn elem_drop(vmctx: *mut u8, segment: u32) {
    // SAFETY: called by JIT code with its own vmctx.
    unsafe { instance(vmctx) }.drop_elem(segment);
}

/// First call of a lazily compiled function: its code (compiled now if no one did yet),
/// or null with the error pending (the stub then traps with `HostError`).
extern "C" fn lazy_compile(vmctx: *mut u8, func_index: u32) -> *const u8 {
    // SAFETY: called by a lazy-compilation stub with its own vmctx.
    let inst = unsafe { instance(vmctx) };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| inst.compile_lazily(func_index))) {
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
