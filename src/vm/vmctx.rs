//! The vmctx: the per-instance block of memory that JIT code reaches through the pinned
//! vmctx register. This file is the one source of its offsets.
//!
//! ```text
//! offset  field (header, fixed)                 used by
//! 0       heap_base       *mut u8               reloaded into the heap register after calls
//! 8       memory          *mut VMMemory         memory.size (current size in bytes)
//! 16      interrupt       u32                   non-zero once the instance is closed (checked
//!                                               at loop headers and function entries when
//!                                               termination is enabled)
//! 20      pinned          u32                   non-zero once the store pins the instance:
//!                                               references it holds need no `retain`
//! 24      builtins        *const [usize]        runtime functions (see engine::builtins)
//! 32      instance        *const Instance       builtins find their instance
//! 40      host_fn         extern "C" fn         host-function contexts only
//! 48      trap_recorder   extern "C" fn         trap stubs record the wasm frames
//! 56      preserving_stub code address          register-preserving trampoline to the
//!                                               builtins compiled code calls from cold
//!                                               paths (`MacroAssembler::call_preserving`)
//! 64      ... variable part, offsets in VMOffsets:
//!         type_ids  [u32; ntypes]   canonical signature ids (call_indirect checks)
//!         funcs     [*const VMFuncRef; nfuncs]  imports: set at instantiation; defined
//!                                   functions: null until first asked for (see below)
//!         tables    [*mut VMTable; ntables]
//!         globals   [*mut VMGlobal; nglobals]
//!         memories  [*mut VMMemory; nmemories]  (memory 0 also in the header)
//!         tags      [*const Tag; ntags]
//!         funcrefs  [VMFuncRef; ndefined]  the defined functions' references
//!         gc_poll   u32 (8 bytes)   raised while a collection stops the world: compiled
//!                                   code of a runtime with GC tests it at function entries
//!                                   and loop headers (see `vm::gc_stop`)
//! ```
//! A defined function's `VMFuncRef` is made on demand: instantiation leaves its record and
//! its `funcs` slot zero (a large vmctx is a fresh mapping, so untouched pages cost
//! nothing), and the first use — `ref.func`, a table or global initializer, an export, a
//! call in a lazily compiled module — fills the record, then publishes it in the slot
//! (release). Compiled code tests the slot and calls the `FuncRef` builtin when it is null
//! (`CodeGen::load_funcref`); the runtime calls `Instance::func_ref`. A slot read non-null
//! points at a complete record: the record is written before the slot, and readers reach
//! the record through the slot's value (an address dependency, which orders the loads on
//! aarch64 too).
//! A host-function context uses only the header (its `host_fn`), so an imported call can
//! treat every callee's context alike.
//!
//! Nothing in a vmctx belongs to one thread: an instance may run on several threads at
//! once. What does — the stack limit and the trap landing — lives in a [`VMThreadState`]
//! that each entry from the host creates on its own stack and pins in a register for the
//! whole call (see `onepass_arch::VmctxLayout`).

use std::sync::atomic::{AtomicPtr, Ordering};

/// Offsets of the fixed header.
pub(crate) mod header {
    pub(crate) const HEAP_BASE: i32 = 0;
    pub(crate) const MEMORY: i32 = 8;
    pub(crate) const INTERRUPT: i32 = 16;
    pub(crate) const PINNED: i32 = 20;
    pub(crate) const BUILTINS: i32 = 24;
    pub(crate) const INSTANCE: i32 = 32;
    pub(crate) const HOST_FN: i32 = 40;
    pub(crate) const TRAP_RECORDER: i32 = 48;
    pub(crate) const PRESERVING_STUB: i32 = 56;
    /// Size of the header in bytes.
    pub(crate) const SIZE: u32 = 64;
}

/// The per-entry, per-thread state that compiled code reaches through the pinned
/// thread-state register.
#[repr(C)]
#[derive(Debug)]
pub(crate) struct VMThreadState {
    /// The lowest stack address wasm code may use (every prologue compares against it).
    pub(crate) stack_limit: usize,
    /// Stack pointer saved by the entry trampoline; the word there is the trap landing.
    pub(crate) entry_sp: usize,
    /// Address of the unwind stub (`emit_unwind_trampoline`), which compiled code calls to
    /// throw the exception in the return register.
    pub(crate) unwind_stub: usize,
    /// Where the unwind stub resumes when a handler catches: stack pointer, frame pointer
    /// and code address of the handler's landing pad, and the exception it receives.
    pub(crate) resume_sp: usize,
    pub(crate) resume_fp: usize,
    pub(crate) resume_pc: usize,
    pub(crate) resume_exn: usize,
    /// This entry's allocation buffer in its store's GC heap (`vm::gc_heap`): the next
    /// free byte and the end (both 0 until the first allocation asks for one), and the
    /// heap it was taken from (null until then), which gets the rest back when the entry
    /// ends.
    pub(crate) gc_cursor: usize,
    pub(crate) gc_end: usize,
    pub(crate) gc_heap: *const crate::vm::gc_heap::GcHeap,
    /// A frame record (`[frame pointer, code address]`) that compiled code fills before
    /// calling an allocating builtin: its frame and the point its stack map is recorded at.
    pub(crate) safepoint_fp: usize,
    pub(crate) safepoint_pc: usize,
    /// While a call out of this entry's wasm code that may collect garbage runs, the
    /// address of a frame record naming the innermost wasm frame and where it is stopped
    /// (0 otherwise): the host trampoline's own frame (saved frame pointer, return address)
    /// while it calls a host function, or the record above while compiled code calls an
    /// allocating builtin; cleared after the call. The collector walks this entry's frames
    /// from there (`engine::gc_roots`). One store before and one after each host call.
    pub(crate) safepoint: usize,
}

/// Offsets of [`VMThreadState`] fields.
pub(crate) mod thread {
    pub(crate) const STACK_LIMIT: i32 = 0;
    pub(crate) const ENTRY_SP: i32 = 8;
    pub(crate) const UNWIND_STUB: i32 = 16;
    pub(crate) const RESUME_SP: i32 = 24;
    pub(crate) const RESUME_FP: i32 = 32;
    pub(crate) const RESUME_PC: i32 = 40;
    pub(crate) const RESUME_EXN: i32 = 48;
    pub(crate) const GC_CURSOR: i32 = 56;
    pub(crate) const GC_END: i32 = 64;
    /// The frame record compiled code fills: `safepoint_fp`, then `safepoint_pc`.
    pub(crate) const SAFEPOINT_RECORD: i32 = 80;
    /// `safepoint`: the address of the frame record in use, or 0.
    pub(crate) const SAFEPOINT: i32 = 96;
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, safepoint_fp) == SAFEPOINT_RECORD as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, safepoint_pc) == SAFEPOINT_RECORD as usize + 8);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, safepoint) == SAFEPOINT as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, gc_cursor) == GC_CURSOR as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, gc_end) == GC_END as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, stack_limit) == STACK_LIMIT as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, entry_sp) == ENTRY_SP as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, unwind_stub) == UNWIND_STUB as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, resume_sp) == RESUME_SP as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, resume_fp) == RESUME_FP as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, resume_pc) == RESUME_PC as usize);
    const _: () = assert!(std::mem::offset_of!(super::VMThreadState, resume_exn) == RESUME_EXN as usize);
}

/// A function reference: what tables hold (by pointer) and what calls go through.
#[repr(C)]
#[derive(Debug)]
pub(crate) struct VMFuncRef {
    /// Entry point (wasm ABI). Atomic: a lazily compiled function's stub is replaced by
    /// its code while other threads may be calling it (JIT code reads it with plain loads).
    pub(crate) code: AtomicPtr<u8>,
    /// vmctx (or host-function context) to pass in the vmctx register.
    pub(crate) vmctx: *mut u8,
    /// Canonical signature id.
    pub(crate) type_id: u32,
    /// The instance that owns this function (host modules included).
    pub(crate) instance: *const crate::vm::instance::Instance,
    /// The supertype display of its type (`vm::types`), which `call_indirect` and
    /// `call_ref` read when the expected type is open to subtyping and the ids differ.
    /// Kept alive with the id, by whoever keeps `type_id` (the module or host function).
    pub(crate) supertypes: *const u32,
}

impl VMFuncRef {
    /// A function reference to `code`, run with `vmctx`.
    pub(crate) fn new(code: *const u8, vmctx: *mut u8, type_id: &crate::vm::types::TypeIdRef) -> VMFuncRef {
        let (instance, supertypes) = (std::ptr::null(), type_id.display());
        VMFuncRef { code: AtomicPtr::new(code.cast_mut()), vmctx, type_id: type_id.id(), instance, supertypes }
    }

    /// The entry point.
    pub(crate) fn code(&self) -> *const u8 {
        self.code.load(Ordering::Acquire)
    }
}

/// Offsets of [`VMFuncRef`] fields.
pub(crate) mod funcref {
    pub(crate) const CODE: i32 = 0;
    pub(crate) const VMCTX: i32 = 8;
    pub(crate) const TYPE_ID: i32 = 16;
    pub(crate) const SUPERTYPES: i32 = 32;
}

/// The current extent of a linear memory, shared by every instance that uses it.
#[repr(C)]
#[derive(Debug)]
pub(crate) struct VMMemory {
    /// Base address (never moves).
    pub(crate) base: *mut u8,
    /// Accessible size in bytes.
    pub(crate) size: usize,
}

/// Offsets in an exception object (`vm::exception`): the thrown tag's identity, a flag
/// set once wasm code saw the exception as an `exnref`, and the payload, one 16-byte slot
/// per value of the tag's type.
pub(crate) mod exception {
    pub(crate) const TAG: i32 = 0;
    pub(crate) const EXPOSED: i32 = 8;
    pub(crate) const PAYLOAD: i32 = 16;
    pub(crate) const SLOT: i32 = 16;
}

/// Offset of [`VMMemory::base`].
pub(crate) const VMMEMORY_BASE: i32 = 0;
/// Offset of [`VMMemory::size`].
pub(crate) const VMMEMORY_SIZE: i32 = 8;

/// Most bytes a 64-bit memory may hold (2^48): compiled code relies on it when it adds a
/// static offset to an index it has checked against the size (the sum cannot wrap).
pub(crate) const MAX_MEMORY64_BYTES: u64 = 1 << 48;

/// Offset from a 64-bit memory's base of the `u64` holding its current size in bytes (the
/// end of a read+write prefix before the memory, see `vm::memory`): compiled code checks an
/// index against `[heap base + MEMORY64_BOUND]`, one load from a register it already has.
pub(crate) const MEMORY64_BOUND: i32 = -8;

/// A table as JIT code sees it.
#[repr(C)]
#[derive(Debug)]
pub(crate) struct VMTable {
    /// Elements: null or a pointer to a [`VMFuncRef`].
    pub(crate) base: *mut *const VMFuncRef,
    /// Number of elements.
    pub(crate) len: u32,
    /// Always zero: the upper half of `len` read as a `u64`, which is how a 64-bit table
    /// index (table64) is compared with it.
    pub(crate) len_high: u32,
}

/// Offsets of [`VMTable`] fields.
pub(crate) mod table {
    pub(crate) const BASE: i32 = 0;
    pub(crate) const LEN: i32 = 8;
}

/// A global's storage cell (16 bytes so a v128 fits later).
#[repr(C, align(16))]
#[derive(Debug, Default)]
pub(crate) struct VMGlobal {
    /// The value's bits (scalars use the low 64 bits).
    pub(crate) bits: u128,
}

/// How many of each item a module's vmctx has room for.
#[derive(Clone, Copy, Debug)]
pub(crate) struct VmctxCounts {
    pub(crate) types: u32,
    pub(crate) imported_funcs: u32,
    /// Every function, imports included.
    pub(crate) funcs: u32,
    pub(crate) tables: u32,
    pub(crate) globals: u32,
    pub(crate) memories: u32,
    pub(crate) tags: u32,
    /// Struct and array types (each gets its supertype display's address, which inline
    /// allocation writes into object headers).
    pub(crate) aggregates: u32,
}

/// Offsets of the variable part of one module's vmctx.
#[derive(Clone, Debug)]
pub(crate) struct VMOffsets {
    pub(crate) type_ids: u32,
    pub(crate) funcs: u32,
    pub(crate) tables: u32,
    pub(crate) globals: u32,
    pub(crate) memories: u32,
    pub(crate) tags: u32,
    pub(crate) funcrefs: u32,
    pub(crate) aggregate_displays: u32,
    /// The poll word (see `vm::gc_stop`).
    pub(crate) gc_poll: u32,
    /// The first defined function's index (imports come first).
    pub(crate) num_imported_funcs: u32,
    /// Total size in bytes (a multiple of 8).
    pub(crate) size: u32,
}

impl VMOffsets {
    /// Layout for a module with these counts.
    pub(crate) fn new(counts: VmctxCounts) -> VMOffsets {
        let VmctxCounts {
            types,
            imported_funcs,
            funcs: nfuncs,
            tables: ntables,
            globals: nglobals,
            memories,
            tags,
            aggregates,
        } = counts;
        let type_ids = header::SIZE;
        let funcs = type_ids + (types * 4).next_multiple_of(8);
        let tables = funcs + nfuncs * 8;
        let globals = tables + ntables * 8;
        let memories_at = globals + nglobals * 8;
        let tags_at = memories_at + memories * 8;
        let aggregate_displays = tags_at + tags * 8;
        let funcrefs = aggregate_displays + aggregates * 8;
        let gc_poll = funcrefs + (nfuncs - imported_funcs) * std::mem::size_of::<VMFuncRef>() as u32;
        let size = gc_poll + 8;
        VMOffsets {
            type_ids,
            funcs,
            tables,
            globals,
            memories: memories_at,
            tags: tags_at,
            funcrefs,
            aggregate_displays,
            gc_poll,
            num_imported_funcs: imported_funcs,
            size,
        }
    }
    pub(crate) fn type_id(&self, index: u32) -> i32 {
        (self.type_ids + 4 * index) as i32
    }
    pub(crate) fn func(&self, index: u32) -> i32 {
        (self.funcs + 8 * index) as i32
    }
    pub(crate) fn table(&self, index: u32) -> i32 {
        (self.tables + 8 * index) as i32
    }
    pub(crate) fn global(&self, index: u32) -> i32 {
        (self.globals + 8 * index) as i32
    }
    pub(crate) fn memory(&self, index: u32) -> i32 {
        (self.memories + 8 * index) as i32
    }
    /// The record of defined function `index` (a function index, imports counted: not an
    /// import's).
    pub(crate) fn funcref(&self, index: u32) -> i32 {
        debug_assert!(index >= self.num_imported_funcs, "imports have no record here");
        (self.funcrefs + std::mem::size_of::<VMFuncRef>() as u32 * (index - self.num_imported_funcs)) as i32
    }
    /// The slot of the supertype display's address of struct or array type number
    /// `position` (in `ModuleInfo::aggregate_types` order).
    pub(crate) fn aggregate_display(&self, position: u32) -> i32 {
        (self.aggregate_displays + 8 * position) as i32
    }
    /// The poll word's offset.
    pub(crate) fn gc_poll(&self) -> i32 {
        self.gc_poll as i32
    }
    /// The slot of tag `index`'s identity (a `*const Tag`, compared by `catch` clauses).
    pub(crate) fn tag(&self, index: u32) -> i32 {
        (self.tags + 8 * index) as i32
    }
}

const _: () = {
    assert!(std::mem::offset_of!(VMFuncRef, code) == funcref::CODE as usize);
    assert!(std::mem::offset_of!(VMFuncRef, vmctx) == funcref::VMCTX as usize);
    assert!(std::mem::offset_of!(VMFuncRef, type_id) == funcref::TYPE_ID as usize);
    assert!(std::mem::offset_of!(VMMemory, base) == VMMEMORY_BASE as usize);
    assert!(std::mem::offset_of!(VMMemory, size) == VMMEMORY_SIZE as usize);
    assert!(std::mem::offset_of!(VMTable, base) == table::BASE as usize);
    assert!(std::mem::offset_of!(VMTable, len) == table::LEN as usize);
};
