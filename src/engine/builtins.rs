//! Runtime functions that JIT code calls with the system ABI (through the vmctx).

use crate::vm::instance::Instance;
use crate::vm::vmctx::header;

/// `memory.grow` on memory 0: returns the old size in pages, or -1.
pub(crate) extern "C" fn memory_grow(vmctx: *mut u8, delta: u32) -> u32 {
    // SAFETY: JIT code passes its own vmctx, whose INSTANCE word points to the live
    // instance (JIT code of an instance only runs while the instance is referenced).
    let instance = unsafe { &*(*(vmctx.add(header::INSTANCE as usize) as *const *const Instance)) };
    match instance.memories.first().and_then(|m| m.grow(delta as u64)) {
        Some(old) => old as u32,
        None => u32::MAX,
    }
}
