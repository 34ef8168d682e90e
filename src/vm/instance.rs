//! Instances: resolve imports, allocate the vmctx and the module's memories, tables and
//! globals, run element and data initialization, and call the start function.

use super::global::GlobalCell;
use super::image::{MemoryImage, MIN_IMAGE_BYTES};
use super::memory::{IndexType, LinearMemory, MemoryStyle};
use super::memory_def::{Memory, Sharing};
use super::module_info::{ConstExpr, ConstOp, ElemItems, ElemSegment, ModuleCode, ModuleInfo};
use super::store::Store;
use super::table::{Table, TableImage};
use super::tag::Tag;
use super::vmctx::{header, VMFuncRef, VMOffsets};
use crate::reftype::RefKey;
use crate::{Error, FuncType, Trap, TrapCode, Val, ValType};
use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU32, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock, Weak};
use wasmparser::{ExternalKind, TypeRef};

/// An exported item.
#[derive(Clone)]
pub(crate) enum Extern {
    Func(FuncHandle),
    Memory(Arc<Memory>),
    Table(Arc<Table>),
    Global(Arc<GlobalCell>),
    Tag(Arc<Tag>),
}

/// A callable function and what keeps it alive.
#[derive(Clone)]
pub(crate) struct FuncHandle {
    pub(crate) ptr: *const VMFuncRef,
    pub(crate) ty: FuncType,
    /// The module the function was taken from (its definer, or a module that imported it
    /// and so holds the definer).
    pub(crate) owner: Arc<Instance>,
    /// The store of the function's runtime: code entered through this handle may pin
    /// instances in it, and reads references it keeps alive (`vm::store`).
    pub(crate) store: Arc<Store>,
}

impl FuncHandle {
    /// The instance that defined the function (alive while this handle is).
    pub(crate) fn definer(&self) -> &Instance {
        // SAFETY: the handle keeps `owner` alive, which is or holds the function's
        // definer, which owns the VMFuncRef; a VMFuncRef's instance is never null once
        // its instance is built.
        unsafe { &*(*self.ptr).instance }
    }
}

// SAFETY: the VMFuncRef is immutable after instantiation (but its atomics) and lives as
// long as `owner`.
unsafe impl Send for FuncHandle {}
// SAFETY: as above.
unsafe impl Sync for FuncHandle {}

/// Addresses of the runtime's code that every vmctx holds (the engine's, given to
/// instantiation so that this layer needs nothing of the engine).
#[derive(Clone, Copy, Debug)]
pub(crate) struct VmctxHooks {
    /// The builtins table (`header::BUILTINS`).
    pub(crate) builtins: usize,
    /// `extern "C" fn(fp, pc)` trap stubs call to record the wasm frames.
    pub(crate) trap_recorder: usize,
    /// The register-preserving trampoline to the builtins of cold paths.
    pub(crate) preserving_stub: usize,
}

/// A host function's context: owns, at a stable address, the `VMFuncRef` that wasm code
/// and tables point to (the engine's `HostFuncCtx`). Shared between threads as part of its
/// instance, whose `Send`/`Sync` account for it: it is immutable once the instance is
/// built, and its callback is `Send + Sync`.
pub(crate) trait HostFunc {
    /// The function's reference.
    fn funcref_mut(&mut self) -> &mut VMFuncRef;
}

/// Limits that the runtime configuration imposes on instantiation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Most pages of a 32-bit memory.
    pub(crate) memory_limit_pages: u64,
    /// Most pages of a 64-bit memory.
    pub(crate) memory64_limit_pages: u64,
    /// Commit each memory's declared maximum at instantiation.
    pub(crate) memory_capacity_from_max: bool,
}

/// An instantiated module (or a host module). Who keeps it alive, and what it keeps
/// alive, is described in `vm::store`.
pub(crate) struct Instance {
    pub(crate) name: String,
    pub(crate) module: Option<Arc<dyn ModuleCode>>,
    /// The runtime's store (weak: a store may pin instances, and pinned instances must not
    /// keep their store alive).
    store: Weak<Store>,
    vmctx: *mut u128,
    /// The vmctx's size in bytes and where it was allocated (`alloc_vmctx`).
    vmctx_alloc: (usize, VmctxAlloc),
    /// A host module's functions (a wasm instance's are in its vmctx: [`Instance::funcs`]).
    pub(crate) funcs: Vec<*const VMFuncRef>,
    /// The types of a wasm instance's imported functions (its own are its module's), or of
    /// all of a host module's functions.
    pub(crate) func_types: Vec<FuncType>,
    pub(crate) memories: Vec<Arc<Memory>>,
    pub(crate) tables: Vec<Arc<Table>>,
    pub(crate) globals: Vec<Arc<GlobalCell>>,
    /// Tags, imports first (a tag holds no references: its own `Arc` is all it needs).
    pub(crate) tags: Vec<Arc<Tag>>,
    /// Exports by name (a module's instances share their module's map).
    pub(crate) exports: Arc<HashMap<String, (ExternalKind, u32)>>,
    /// The contexts of a host module's functions (which own their `VMFuncRef`s).
    pub(crate) host_funcs: Vec<Box<dyn HostFunc>>,
    /// The instances this one imports functions, tables or globals from: each stays alive
    /// as long as this one (their functions' code and contexts, and the references their
    /// tables and globals hold).
    dependencies: Vec<Arc<Instance>>,
    /// Identity of every instance this one keeps alive through `dependencies`: the
    /// exporters and the definers of what it imports. A reference to one of their
    /// functions needs no pin to be stored in this instance's tables and globals.
    holds: Vec<*const Instance>,
    /// Whether the store pins this instance (see `vm::store::retain`).
    pub(crate) pinned: AtomicBool,
    /// The store's GC heap, for an instance of a module with struct or array types (which
    /// allocates in it): see `vm::gc_heap`.
    pub(crate) gc_heap: Option<Arc<super::gc_heap::GcHeap>>,
    /// In a runtime with GC: the vmctx's poll word, registered with the store's heap (see
    /// `vm::gc_stop`).
    pub(crate) gc_poll: Option<super::gc_stop::PollWord>,
    /// The items of each element segment whose expressions allocate GC objects,
    /// evaluated at instantiation (`None` for the others, evaluated on use).
    pub(crate) evaluated_elems: Vec<Option<Box<[u64]>>>,
    /// WASI state, for modules that import WASI.
    pub(crate) wasi: Option<Arc<crate::wasi::WasiCtx>>,
    /// Segments dropped by `elem.drop` or `data.drop`: the element segments, then the data
    /// segments, allocated on the first drop (most instances never drop one).
    dropped: OnceLock<Box<[AtomicBool]>>,
    /// Set once instantiation applied the active segments: every active and declarative
    /// segment is dropped from then on (one flag: esbuild has 98,450 data segments).
    active_dropped: AtomicBool,
    /// 0 while open, else `1 + (exit_code << 32)`.
    pub(crate) closed: AtomicU64,
}

// SAFETY: raw pointers refer to memory owned by this instance (vmctx, funcrefs) or kept
// alive by `dependencies` (`holds` is only compared, never dereferenced); shared mutation
// goes through JIT code with Wasm's semantics.
unsafe impl Send for Instance {}
// SAFETY: as above.
unsafe impl Sync for Instance {}

/// Number of instances alive in the process (a leak check for tests).
pub(crate) static LIVE_INSTANCES: AtomicUsize = AtomicUsize::new(0);

impl Drop for Instance {
    fn drop(&mut self) {
        LIVE_INSTANCES.fetch_sub(1, Ordering::Relaxed);
        // Unregistered before the vmctx, which holds the word, is freed.
        drop(self.gc_poll.take());
        // SAFETY: allocated by `alloc_vmctx` with exactly this size and never freed elsewhere;
        // no code of the instance runs any more (its last owner is gone).
        unsafe { free_vmctx(self.vmctx, self.vmctx_alloc) };
    }
}

/// A vmctx this large or larger is a mapping of its own, whose pages cost nothing until
/// touched: most of a large module's vmctx is function references made on demand.
const MAPPED_VMCTX_BYTES: usize = 64 * 1024;

/// Where a vmctx's memory comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum VmctxAlloc {
    /// A boxed slice of 16-byte words.
    Heap,
    /// An anonymous mapping of its own.
    Mapped,
}

/// A zeroed vmctx of `size` bytes (16-byte aligned), with what `free_vmctx` needs.
fn alloc_vmctx(size: u32) -> (*mut u128, (usize, VmctxAlloc)) {
    let bytes = (size as usize).next_multiple_of(16);
    if bytes >= MAPPED_VMCTX_BYTES {
        if let Ok(base) = super::reserve::map_read_write(bytes) {
            return (base.cast::<u128>(), (bytes, VmctxAlloc::Mapped));
        }
    }
    let slice: Box<[u128]> = vec![0u128; bytes / 16].into_boxed_slice();
    (Box::into_raw(slice) as *mut u128, (bytes, VmctxAlloc::Heap))
}

/// Free a vmctx made by `alloc_vmctx`.
///
/// # Safety
/// `vmctx` and `alloc` come from one `alloc_vmctx` call, and nothing uses the vmctx.
unsafe fn free_vmctx(vmctx: *mut u128, alloc: (usize, VmctxAlloc)) {
    let (bytes, kind) = alloc;
    match kind {
        // SAFETY: a whole mapping of `bytes` made by `alloc_vmctx` (the caller's contract).
        VmctxAlloc::Mapped => unsafe {
            libc::munmap(vmctx.cast::<libc::c_void>(), bytes);
        },
        // SAFETY: a boxed slice of `bytes / 16` words (the caller's contract).
        VmctxAlloc::Heap => unsafe { drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(vmctx, bytes / 16))) },
    };
}

/// The `funcs` slot of function `index` in a vmctx laid out by `offsets`, as the atomic
/// it is (compiled code reads it with plain loads, the runtime publishes records in it).
///
/// # Safety
/// `vmctx` is a live vmctx laid out by `offsets`, and `index` one of its functions.
unsafe fn funcref_slot<'a>(vmctx: *mut u8, offsets: &VMOffsets, index: u32) -> &'a AtomicPtr<VMFuncRef> {
    // SAFETY: an aligned pointer-sized slot inside the vmctx (the caller's contract), which
    // outlives the borrow as long as the caller's vmctx does.
    unsafe { AtomicPtr::from_ptr(vmctx.add(offsets.func(index) as usize).cast::<*mut VMFuncRef>()) }
}

/// Function `index`'s reference in the vmctx of an instance of `module`: an import's, as
/// linked; a defined function's record, filled and published now if nobody did before
/// (see `vm::vmctx`). Threads that make one at once write the same values (the code
/// address aside: a stub or the compiled code, both valid entries), each field as an atomic.
///
/// # Safety
/// `vmctx` is the live vmctx of an instance of `module`, its imports linked and its
/// INSTANCE word written; `index` is one of the module's functions.
pub(crate) unsafe fn func_ref_at(vmctx: *mut u8, module: &dyn ModuleCode, index: u32) -> *const VMFuncRef {
    let offsets = module.offsets();
    // SAFETY: the caller's contract.
    let slot = unsafe { funcref_slot(vmctx, offsets, index) };
    let made = slot.load(Ordering::Acquire);
    if !made.is_null() || index < offsets.num_imported_funcs {
        return made;
    }
    let info = module.info();
    let type_id = module.type_id(info.func_types[index as usize]);
    let supertypes = module.type_display(info.func_types[index as usize]);
    let code = module.defined_code(index - offsets.num_imported_funcs);
    // SAFETY: the record of defined function `index` lies inside the vmctx, aligned; until
    // published it is only written, here, through atomics; the INSTANCE word is set.
    unsafe {
        let record = vmctx.add(offsets.funcref(index) as usize).cast::<VMFuncRef>();
        let instance = *(vmctx.add(header::INSTANCE as usize) as *const *mut Instance);
        AtomicPtr::from_ptr(std::ptr::addr_of_mut!((*record).vmctx)).store(vmctx, Ordering::Relaxed);
        AtomicU32::from_ptr(std::ptr::addr_of_mut!((*record).type_id)).store(type_id, Ordering::Relaxed);
        AtomicPtr::from_ptr(std::ptr::addr_of_mut!((*record).supertypes).cast::<*mut u32>())
            .store(supertypes.cast_mut(), Ordering::Relaxed);
        AtomicPtr::from_ptr(std::ptr::addr_of_mut!((*record).instance).cast::<*mut Instance>())
            .store(instance, Ordering::Relaxed);
        (*record).code.store(code.cast_mut(), Ordering::Relaxed);
        slot.store(record, Ordering::Release);
        record
    }
}

/// Write a pointer-sized value at `offset` in a vmctx.
///
/// # Safety
/// `vmctx` must point to a live vmctx of at least `offset + 8` bytes.
unsafe fn write_word(vmctx: *mut u8, offset: i32, value: usize) {
    // SAFETY: guaranteed by the caller; offsets are 8-byte aligned.
    unsafe { (vmctx.add(offset as usize) as *mut usize).write(value) }
}

/// The precise reference type of a global of value type `ty` declared by `compiled`
/// (`None` for a number or vector).
fn global_ref_key(ty: wasmparser::ValType, compiled: &dyn ModuleCode) -> Option<RefKey> {
    match ty {
        wasmparser::ValType::Ref(r) => Some(RefKey::of(r, |i| compiled.type_id(i))),
        _ => None,
    }
}

fn link_error(module: &str, name: &str, why: &str) -> Error {
    Error::Link(format!("import {module}::{name}: {why}"))
}

/// The module's memory image (see `vm::image`), made the first time it is asked for:
/// `None` unless its active data segments all target one memory it defines, at offsets
/// that read no global, inside that memory's initial size, with at least
/// `MIN_IMAGE_BYTES` of data in all.
fn memory_image(info: &ModuleInfo) -> Option<&MemoryImage> {
    let make = || {
        let mut memory = None;
        let mut segments = Vec::new();
        let mut bytes = 0usize;
        for seg in &info.data {
            let Some((index, offset)) = &seg.active else { continue };
            let reads = offset.ops().iter().any(|op| matches!(op, ConstOp::GlobalGet(_) | ConstOp::RefFunc(_)));
            if *memory.get_or_insert(*index) != *index || *index < info.num_imported_memories || reads {
                return None;
            }
            let memory_type = &info.memories[*index as usize];
            let offset = IndexType::from_is_64(memory_type.memory64).truncate(eval_constant(offset));
            let end = offset.checked_add(seg.range.len() as u64)?;
            if end > memory_type.initial.checked_mul(super::memory::WASM_PAGE_SIZE)? {
                return None;
            }
            bytes += seg.range.len();
            segments.push((usize::try_from(offset).ok()?, &info.module_bytes[seg.range.clone()]));
        }
        if bytes < MIN_IMAGE_BYTES {
            return None;
        }
        MemoryImage::new(memory?, &segments)
    };
    info.memory_image.get_or_init(make).as_ref()
}

/// The initial references of each table the module defines, for tables that start lazily
/// (`vm::table`), made the first time they are asked for. A table is applied its segments
/// at instantiation instead (`None`) when it holds external references, has an
/// initializer expression, or has an active segment whose offset or items read a global
/// or that does not fit its initial size (that segment must trap in order). Later
/// segments overwrite earlier ones, as applying them in order does.
fn table_images(info: &ModuleInfo) -> &[Option<TableImage>] {
    let make = || {
        let defined = info.num_imported_tables as usize;
        let starts_lazily = |(t, init): (&wasmparser::TableType, &Option<ConstExpr>)| {
            (crate::reftype::refers_to_functions(t.element_type, &info.aggregate_types) && init.is_none())
                .then(Vec::new)
        };
        let mut images: Vec<Option<Vec<u32>>> =
            info.tables[defined..].iter().zip(&info.table_inits[defined..]).map(starts_lazily).collect();
        for seg in &info.elements {
            let Some((table, offset)) = &seg.active else { continue };
            let Some(slot) = (*table as usize).checked_sub(defined) else { continue };
            let Some(image) = &mut images[slot] else { continue };
            if lay_out_segment(image, seg, offset, &info.tables[*table as usize]).is_none() {
                images[slot] = None;
            }
        }
        images.into_iter().map(|image| image.map(TableImage::new)).collect()
    };
    info.table_images.get_or_init(make)
}

/// Write segment `seg` at `offset` into `image` (function index + 1, 0 for null), growing
/// it as needed; `None` when the segment reads a global or does not fit `table`.
fn lay_out_segment(
    image: &mut Vec<u32>,
    seg: &ElemSegment,
    offset: &ConstExpr,
    table: &wasmparser::TableType,
) -> Option<()> {
    if offset.ops().iter().any(|op| matches!(op, ConstOp::GlobalGet(_))) {
        return None;
    }
    let start = IndexType::from_is_64(table.table64).truncate(eval_constant(offset));
    let end = start.checked_add(seg.items.len() as u64).filter(|&end| end <= table.initial)?;
    let (start, end) = (usize::try_from(start).ok()?, usize::try_from(end).ok()?);
    if image.len() < end {
        image.resize(end, 0);
    }
    match &seg.items {
        ElemItems::Functions(funcs) => {
            for (item, &f) in image[start..end].iter_mut().zip(funcs) {
                *item = f + 1;
            }
        }
        ElemItems::Exprs(exprs) => {
            for (item, expr) in image[start..end].iter_mut().zip(exprs) {
                *item = match expr.ops() {
                    [ConstOp::RefFunc(f)] => f + 1,
                    [ConstOp::RefNull] => 0,
                    _ => return None,
                };
            }
        }
    }
    Some(())
}

/// The value of a constant expression that reads no global and makes no reference (an
/// offset known when the module is compiled).
fn eval_constant(expr: &ConstExpr) -> u64 {
    eval_const(expr, None)
}

/// Evaluate a constant expression of a scalar or reference type, in `inst` (whose globals
/// it reads, whose functions `ref.func` makes references to, and in whose GC heap
/// `struct.new` and `array.new*` allocate; `None` for an expression that does none of
/// that). An allocation past the heap's limit gives null (see [`eval_const_checked`]).
pub(crate) fn eval_const(expr: &ConstExpr, inst: Option<&Instance>) -> u64 {
    eval_const_words(expr, inst)[0]
}

/// [`eval_const`], failing with a clear error when an allocation goes past the GC heap's
/// limit.
pub(crate) fn eval_const_checked(expr: &ConstExpr, inst: &Instance) -> Result<u64, Error> {
    Ok(eval_words_checked(expr, inst)?[0])
}

/// [`eval_const_words`], failing with a clear error when an allocation goes past the GC
/// heap's limit.
fn eval_words_checked(expr: &ConstExpr, inst: &Instance) -> Result<[u64; 2], Error> {
    eval_words(expr, Some(inst))
        .ok_or_else(|| Error::Instantiate("a constant expression's allocation went past the GC heap limit".into()))
}

/// Evaluate a constant expression of any type (a global's initializer) as the two words
/// of a global cell: a `v128` low half first, any other value in the first word.
pub(crate) fn eval_const_words(expr: &ConstExpr, inst: Option<&Instance>) -> [u64; 2] {
    eval_words(expr, inst).unwrap_or_default()
}

/// [`eval_const_words`]; `None` when an allocation failed.
fn eval_words(expr: &ConstExpr, inst: Option<&Instance>) -> Option<[u64; 2]> {
    let ops = expr.ops();
    if let [op] = ops {
        if !op.allocates() {
            return Some(eval_one(op, inst));
        }
    }
    let mut stack: Vec<[u64; 2]> = Vec::with_capacity(ops.len());
    for op in ops {
        let v = match op {
            ConstOp::I32Add
            | ConstOp::I32Sub
            | ConstOp::I32Mul
            | ConstOp::I64Add
            | ConstOp::I64Sub
            | ConstOp::I64Mul => {
                let b = stack.pop().unwrap_or_default()[0];
                let a = stack.pop().unwrap_or_default()[0];
                match op {
                    ConstOp::I32Add => (a as u32).wrapping_add(b as u32) as u64,
                    ConstOp::I32Sub => (a as u32).wrapping_sub(b as u32) as u64,
                    ConstOp::I32Mul => (a as u32).wrapping_mul(b as u32) as u64,
                    ConstOp::I64Add => a.wrapping_add(b),
                    ConstOp::I64Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                }
            }
            ConstOp::RefI31 => crate::AnyRef::from_i31(stack.pop().unwrap_or_default()[0] as i32).to_bits(),
            // The same word either way (see `vm::gc_heap`).
            ConstOp::ConvertRef => continue,
            &ConstOp::StructNew { type_index, init } => inst?.const_struct_new(type_index, init, &mut stack)? as u64,
            &ConstOp::ArrayNew { type_index, init } => inst?.const_array_new(type_index, init, &mut stack)? as u64,
            value => {
                stack.push(eval_one(value, inst));
                continue;
            }
        };
        stack.push([v, 0]);
    }
    Some(stack.pop().unwrap_or_default())
}

/// The words (see [`eval_const_words`]) a constant or `global.get`/`ref.func` operator
/// pushes.
fn eval_one(op: &ConstOp, inst: Option<&Instance>) -> [u64; 2] {
    let bits = match *op {
        ConstOp::I32(v) => v as u32 as u64,
        ConstOp::I64(v) => v as u64,
        ConstOp::F32(v) => v as u64,
        ConstOp::F64(v) => v,
        ConstOp::V128(ref words) => return **words,
        ConstOp::GlobalGet(g) => return inst.map_or([0; 2], |i| i.globals[g as usize].get_words()),
        ConstOp::RefNull => 0,
        ConstOp::RefFunc(f) => inst.map_or(0, |i| i.func_ref(f) as u64),
        // Operators of values below; a valid expression never starts with one.
        _ => 0,
    };
    [bits, 0]
}

impl Instance {
    /// The vmctx pointer JIT code runs with.
    pub(crate) fn vmctx(&self) -> *mut u8 {
        self.vmctx as *mut u8
    }

    /// An empty instance shell with a header-only vmctx (host modules start from this).
    pub(crate) fn new_host(name: String, store: &Arc<Store>) -> Instance {
        Instance::shell(name, store, header::SIZE)
    }

    /// An empty instance shell with a zeroed vmctx of `vmctx_size` bytes.
    fn shell(name: String, store: &Arc<Store>, vmctx_size: u32) -> Instance {
        LIVE_INSTANCES.fetch_add(1, Ordering::Relaxed);
        let (vmctx, vmctx_alloc) = alloc_vmctx(vmctx_size);
        Instance {
            name,
            module: None,
            store: Arc::downgrade(store),
            vmctx,
            vmctx_alloc,
            funcs: Vec::new(),
            func_types: Vec::new(),
            memories: Vec::new(),
            tags: Vec::new(),
            tables: Vec::new(),
            globals: Vec::new(),
            exports: Default::default(),
            host_funcs: Vec::new(),
            dependencies: Vec::new(),
            holds: Vec::new(),
            pinned: AtomicBool::new(false),
            gc_heap: None,
            gc_poll: None,
            evaluated_elems: Vec::new(),
            wasi: None,
            dropped: OnceLock::new(),
            active_dropped: AtomicBool::new(false),
            closed: AtomicU64::new(0),
        }
    }

    /// Close with `exit_code`, once: records `1 + (exit_code << 32)`, raises the vmctx
    /// interrupt flag so running code (compiled with termination checks) stops, and frees
    /// the module's names in its runtime. Returns whether this call closed it.
    pub(crate) fn close(&self, exit_code: u32) -> bool {
        let state = 1 + ((exit_code as u64) << 32);
        if self.closed.compare_exchange(0, state, Ordering::AcqRel, Ordering::Acquire).is_err() {
            return false;
        }
        // SAFETY: the interrupt word is a naturally aligned u32 inside the live vmctx; JIT
        // code only reads it, so an atomic store is the one write.
        let flag = unsafe { AtomicU32::from_ptr(self.vmctx().add(header::INTERRUPT as usize).cast::<u32>()) };
        flag.store(1, Ordering::Release);
        // Threads of its code parked by `memory.atomic.wait` wake, see it closed, and trap.
        super::parking::wake_owner(self as *const Instance as usize);
        // A WASI program's threads are one program: closing one instance closes them all
        // (the others see their own close and stop the same way).
        if let Some(wasi) = &self.wasi {
            wasi.threads.member_closed(self, exit_code);
        }
        if let Some(store) = self.store() {
            store.forget(self);
        }
        true
    }

    /// The runtime's store, unless the runtime and all its handles are gone.
    pub(crate) fn store(&self) -> Option<Arc<Store>> {
        self.store.upgrade()
    }

    /// Whether this instance keeps `other` alive through what it imports.
    pub(crate) fn holds(&self, other: *const Instance) -> bool {
        self.holds.contains(&other)
    }

    /// Raise the vmctx `pinned` flag, which JIT code tests before telling the runtime that
    /// a reference leaves this instance (once pinned, everything it holds lives as long as
    /// the store).
    pub(crate) fn flag_pinned(&self) {
        // SAFETY: the pinned word is a naturally aligned u32 inside the live vmctx; JIT code
        // only reads it, so an atomic store is the one write.
        let flag = unsafe { AtomicU32::from_ptr(self.vmctx().add(header::PINNED as usize).cast::<u32>()) };
        flag.store(1, Ordering::Release);
    }

    /// Record that this instance imports from `exporter` something defined by `definer`.
    fn depend_on(&mut self, exporter: &Arc<Instance>, definer: *const Instance) {
        if !self.dependencies.iter().any(|d| Arc::ptr_eq(d, exporter)) {
            self.holds.push(Arc::as_ptr(exporter));
            self.dependencies.push(exporter.clone());
        }
        if !definer.is_null() && !self.holds.contains(&definer) {
            self.holds.push(definer);
        }
    }

    /// Point defined function `defined`'s `VMFuncRef` at `code` (its lazily compiled
    /// code, replacing the stub), if it was made; one made later starts at that code.
    pub(crate) fn set_function_code(&self, defined: u32, code: *const u8) {
        let module = self.module.as_ref().expect("only wasm instances compile lazily");
        let index = module.info().num_imported_funcs + defined;
        // SAFETY: a wasm instance's vmctx has function `index`'s slot and record.
        let made = unsafe { funcref_slot(self.vmctx(), module.offsets(), index) }.load(Ordering::Acquire);
        if let Some(made) = NonNull::new(made) {
            // Concurrent callers see either the stub or the compiled code, both valid entries.
            // SAFETY: a published record, in this instance's vmctx.
            unsafe { made.as_ref() }.code.store(code.cast_mut(), Ordering::Release);
        }
    }

    /// The reference of function `index` (imports first), made on first use for a defined
    /// function of a wasm instance (see `vm::vmctx`).
    pub(crate) fn func_ref(&self, index: u32) -> *const VMFuncRef {
        match &self.module {
            // SAFETY: a wasm instance's vmctx was laid out by its module's offsets, and its
            // INSTANCE word is this instance.
            Some(module) => unsafe { func_ref_at(self.vmctx(), module.as_ref(), index) },
            None => self.funcs[index as usize],
        }
    }

    /// The exit code this instance was closed with, if it was.
    pub(crate) fn exit_code(&self) -> Option<u32> {
        match self.closed.load(Ordering::Acquire) {
            0 => None,
            state => Some((state >> 32) as u32),
        }
    }

    /// Look up an export (`store` is this instance's, held by the caller).
    pub(crate) fn export(self: &Arc<Self>, name: &str, store: &Arc<Store>) -> Option<Extern> {
        let &(kind, index) = self.exports.get(name)?;
        let i = index as usize;
        Some(match kind {
            ExternalKind::Func | ExternalKind::FuncExact => Extern::Func(self.func_handle(index, store)),
            ExternalKind::Memory => Extern::Memory(self.memories[i].clone()),
            ExternalKind::Table => Extern::Table(self.tables[i].clone()),
            ExternalKind::Global => Extern::Global(self.globals[i].clone()),
            ExternalKind::Tag => Extern::Tag(self.tags[i].clone()),
        })
    }

    /// Handle to function `index` of this instance (`store` is this instance's).
    pub(crate) fn func_handle(self: &Arc<Self>, index: u32, store: &Arc<Store>) -> FuncHandle {
        FuncHandle { ptr: self.func_ref(index), ty: self.func_type(index), owner: self.clone(), store: store.clone() }
    }

    /// The type of function `index`.
    pub(crate) fn func_type(&self, index: u32) -> FuncType {
        match &self.module {
            Some(module) if index as usize >= self.func_types.len() => {
                let info = module.info();
                info.signatures[info.func_types[index as usize] as usize].clone()
            }
            _ => self.func_types[index as usize].clone(),
        }
    }

    /// Name of function `index` for messages: the name section's, else its index.
    pub(crate) fn func_name(&self, index: u32) -> String {
        self.module
            .as_ref()
            .and_then(|m| m.info().func_names.get(&index).cloned())
            .unwrap_or_else(|| format!("${index}"))
    }
}

/// The instance whose vmctx is `vmctx`.
///
/// # Safety
/// `vmctx` must be the vmctx of a live wasm instance (JIT code passes its own to
/// builtins).
pub(crate) unsafe fn from_vmctx<'a>(vmctx: *mut u8) -> &'a Instance {
    // SAFETY: the INSTANCE word of a wasm vmctx points to its live instance.
    unsafe { &*(*(vmctx.add(header::INSTANCE as usize) as *const *const Instance)) }
}

/// Instantiate `compiled` under `name` in `store`, resolving imports with `resolve`: link,
/// allocate, and apply the tables' and globals' initializers. Active segments
/// ([`initialize_segments`]) and the start function are the caller's to run, after it
/// made the instance closable (a segment may write the instance's functions into an
/// imported table, where they can run).
pub(crate) fn instantiate(
    compiled: &Arc<dyn ModuleCode>,
    name: String,
    resolve: &dyn Fn(&str) -> Option<Arc<Instance>>,
    limits: Limits,
    hooks: &VmctxHooks,
    wasi: Option<Arc<crate::wasi::WasiCtx>>,
    store: &Arc<Store>,
) -> Result<Arc<Instance>, Error> {
    let info = compiled.info();
    let offsets: &VMOffsets = compiled.offsets();
    // The instance's final address, which its functions name, known before it is built.
    let mut slot = Arc::<Instance>::new_uninit();
    let me = Arc::as_ptr(&slot) as *const Instance;
    let mut inst = Instance::shell(name, store, offsets.size);
    inst.wasi = wasi;
    inst.module = Some(compiled.clone());
    if !info.aggregate_types.is_empty() {
        let heap = store.gc_heap.clone();
        let types = info.aggregate_types.iter().map(|&i| compiled.share_type_id(i));
        heap.retain_types(types.zip(&info.aggregate_layouts));
        inst.gc_heap = Some(heap);
    }
    let vm = inst.vmctx();
    if store.gc_heap.is_enabled() {
        // SAFETY: the poll word is an aligned u32 inside the vmctx, which lives until the
        // instance's drop, which drops the registration first; only the world writes it.
        inst.gc_poll = Some(unsafe { store.gc_heap.world.register_poll(vm.add(offsets.gc_poll as usize).cast()) });
    }

    // Imports. Each exporter is held (with the definer of what it exports) for as long as
    // this instance lives.
    for imp in &info.imports {
        let exporter = resolve(&imp.module).ok_or_else(|| link_error(&imp.module, &imp.name, "unknown module"))?;
        let ext =
            exporter.export(&imp.name, store).ok_or_else(|| link_error(&imp.module, &imp.name, "unknown import"))?;
        let mismatch = || link_error(&imp.module, &imp.name, "incompatible import type");
        match (imp.ty, ext) {
            (TypeRef::Func(t) | TypeRef::FuncExact(t), Extern::Func(h)) => {
                // SAFETY: the handle keeps the function's definer, which owns the VMFuncRef,
                // alive; its type id is immutable.
                let have = unsafe { (*h.ptr).type_id };
                let matches = match imp.ty {
                    TypeRef::FuncExact(_) => have == compiled.type_id(t),
                    _ => crate::vm::types::is_subtype(have, compiled.type_id(t)),
                };
                if !matches {
                    return Err(mismatch());
                }
                let expected = info.signatures[t as usize].clone();
                // SAFETY: the offset of imported function `func_types.len()`, inside the vmctx.
                unsafe { write_word(vm, offsets.func(inst.func_types.len() as u32), h.ptr as usize) };
                inst.func_types.push(expected);
                inst.depend_on(&exporter, h.definer());
            }
            (TypeRef::Memory(m), Extern::Memory(mem)) => {
                let pages = mem.size() as u64 / 65536;
                let max_ok = match (m.maximum, mem.max) {
                    (None, _) => true,
                    (Some(want), Some(have)) => have <= want,
                    (Some(_), None) => false,
                };
                let index_ok = mem.index == IndexType::from_is_64(m.memory64);
                if pages < m.initial || !max_ok || !index_ok || mem.sharing != Sharing::of(m.shared) {
                    return Err(mismatch());
                }
                // A memory holds no references: its own Arc is all it needs.
                inst.memories.push(mem);
            }
            (TypeRef::Table(t), Extern::Table(table)) => {
                let want = RefKey::of(t.element_type, |i| compiled.type_id(i));
                if table.elem != ValType::from_wasm(wasmparser::ValType::Ref(t.element_type), &info.aggregate_types)
                    || table.elem_key != Some(want)
                {
                    return Err(mismatch());
                }
                let max_ok = match (t.maximum, table.max) {
                    (None, _) => true,
                    (Some(want), Some(have)) => have <= want,
                    (Some(_), None) => false,
                };
                if (table.size() as u64) < t.initial || !max_ok || table.index != IndexType::from_is_64(t.table64) {
                    return Err(mismatch());
                }
                inst.depend_on(&exporter, table.definer());
                inst.tables.push(table);
            }
            (TypeRef::Global(g), Extern::Global(cell)) => {
                let key = global_ref_key(g.content_type, compiled.as_ref());
                if !cell.matches_import(ValType::from_wasm(g.content_type, &info.aggregate_types), key, g.mutable) {
                    return Err(mismatch());
                }
                inst.depend_on(&exporter, cell.definer());
                inst.globals.push(cell);
            }
            (TypeRef::Tag(t), Extern::Tag(tag)) => {
                if tag.type_id.id() != compiled.type_id(t.func_type_idx) {
                    return Err(mismatch());
                }
                inst.tags.push(tag);
            }
            _ => return Err(mismatch()),
        }
    }

    // Defined functions: their types are the module's (`Instance::func_type`), their
    // references made on first use (`func_ref_at`), which reads the instance's final
    // address from the vmctx.
    // SAFETY: the INSTANCE word, inside the header; the pointer is not followed before the
    // instance is built (builtins run only once its code does).
    unsafe { write_word(vm, header::INSTANCE, me as usize) };

    // Defined memories, tables (filled once the instance is built, so that what they hold
    // is retained for it), globals.
    for m in &info.memories[info.num_imported_memories as usize..] {
        let index = IndexType::from_is_64(m.memory64);
        let limit = match index {
            IndexType::I32 => limits.memory_limit_pages,
            IndexType::I64 => limits.memory64_limit_pages,
        };
        let linear = LinearMemory::new(
            m.initial,
            m.maximum,
            limit,
            MemoryStyle { index, capacity_from_max: limits.memory_capacity_from_max },
        )
        .map_err(|e| Error::Instantiate(e.to_string()))?;
        inst.memories.push(Arc::new(Memory::new(linear, m.maximum, Sharing::of(m.shared))));
    }
    for t in &info.tables[info.num_imported_tables as usize..] {
        let min = u32::try_from(t.initial).map_err(|_| Error::Instantiate("table too large".into()))?;
        let elem = ValType::from_wasm(wasmparser::ValType::Ref(t.element_type), &info.aggregate_types);
        let table = Table::new(elem, min, t.maximum)
            .map_err(Error::Instantiate)?
            .with_index(IndexType::from_is_64(t.table64))
            .with_elem_key(RefKey::of(t.element_type, |i| compiled.type_id(i)));
        inst.tables.push(Arc::new(table));
    }
    for (g, init) in info.globals[info.num_imported_globals as usize..].iter().zip(&info.global_inits) {
        let words = eval_words_checked(init, &inst)?;
        let cell = GlobalCell::new(ValType::from_wasm(g.content_type, &info.aggregate_types), g.mutable, words)
            .with_ref_key(global_ref_key(g.content_type, compiled.as_ref()));
        inst.globals.push(Arc::new(cell));
    }
    // Element segments whose items allocate GC objects are evaluated once, now (each use
    // must see the same objects).
    let allocates = |e: &ConstExpr| e.ops().iter().any(ConstOp::allocates);
    for seg in &info.elements {
        let items = match &seg.items {
            ElemItems::Exprs(exprs) if exprs.iter().any(allocates) => {
                Some(exprs.iter().map(|e| eval_const_checked(e, &inst)).collect::<Result<Box<[u64]>, Error>>()?)
            }
            _ => None,
        };
        inst.evaluated_elems.push(items);
    }

    for &t in &info.tags[info.num_imported_tags as usize..] {
        let ty = info.signatures[t as usize].clone();
        inst.tags.push(Arc::new(Tag { ty, type_id: compiled.share_type_id(t) }));
    }

    // Fill the vmctx.
    // SAFETY: every offset below comes from this module's VMOffsets, inside the allocation.
    unsafe {
        if let Some(mem) = inst.memories.first() {
            write_word(vm, header::HEAP_BASE, mem.base() as usize);
            write_word(vm, header::MEMORY, mem.vm_ptr() as usize);
        }
        write_word(vm, header::BUILTINS, hooks.builtins);
        write_word(vm, header::TRAP_RECORDER, hooks.trap_recorder);
        write_word(vm, header::PRESERVING_STUB, hooks.preserving_stub);
        for i in 0..info.types.len() as u32 {
            (vm.add(offsets.type_id(i) as usize) as *mut u32).write(compiled.type_id(i));
        }
        // (Each display lives as long as the module, which the instance holds.)
        for (position, &t) in info.aggregate_types.iter().enumerate() {
            write_word(vm, offsets.aggregate_display(position as u32), compiled.type_display(t) as usize);
        }
        for (i, t) in inst.tables.iter().enumerate() {
            write_word(vm, offsets.table(i as u32), t.vm_ptr() as usize);
        }
        for (i, g) in inst.globals.iter().enumerate() {
            write_word(vm, offsets.global(i as u32), g.as_ptr() as usize);
        }
        for (i, m) in inst.memories.iter().enumerate() {
            write_word(vm, offsets.memory(i as u32), m.vm_ptr() as usize);
        }
        for (i, t) in inst.tags.iter().enumerate() {
            write_word(vm, offsets.tag(i as u32), Arc::as_ptr(t) as usize);
        }
    }
    inst.exports = info.export_map.clone();
    Arc::get_mut(&mut slot).expect("the only reference").write(inst);
    // SAFETY: written just above.
    let inst = unsafe { slot.assume_init() };
    inst.adopt_defined_state();
    if info.stores_refs_into_imports() || !info.aggregate_types.is_empty() {
        // (Or its code may store function references into GC objects, which live as long
        // as the heap: see `vm::gc_heap`.)
        // Its code writes references into tables or globals it imports without telling
        // the runtime: everything it holds must live as long as the store.
        super::store::pin(&inst);
    }
    for (i, init) in info.table_inits.iter().enumerate() {
        if let Some(init) = init {
            let value = eval_const_checked(init, &inst)? as *const VMFuncRef;
            let table = &inst.tables[i];
            table.fill(0, value, table.size());
        }
    }
    Ok(inst)
}

impl Instance {
    /// Become the definer of the tables and globals this instance defined (right after it
    /// is built, before anything is written to them or any code runs); a reference a
    /// global was initialized with is retained for it then.
    pub(crate) fn adopt_defined_state(&self) {
        let (tables, globals) = match &self.module {
            Some(m) => (m.info().num_imported_tables as usize, m.info().num_imported_globals as usize),
            // Host modules import nothing.
            None => (0, 0),
        };
        for table in &self.tables[tables..] {
            table.set_definer(self);
        }
        for global in &self.globals[globals..] {
            global.set_definer(self);
        }
    }
}

/// Apply active element and data segments in order; the first one out of bounds traps.
/// Active and declarative segments are dropped afterwards.
pub(crate) fn initialize_segments(inst: &Arc<Instance>) -> Result<(), Error> {
    let info = inst.info();
    let images = table_images(info);
    let defined_tables = &inst.tables[info.num_imported_tables as usize..];
    for (table, image) in defined_tables.iter().zip(images) {
        if let Some(image) = image.as_ref().filter(|image| !image.is_empty()) {
            table.init_lazily(image.clone());
        }
    }
    for (i, seg) in info.elements.iter().enumerate() {
        let Some((table_index, offset)) = &seg.active else { continue };
        if starts_lazily(info, images, *table_index) {
            // In the table's image: its slots are made on first use.
            continue;
        }
        let start = inst.segment_start(inst.tables[*table_index as usize].index, offset);
        if !inst.table_init(*table_index, i as u32, start, 0, seg.items.len() as u64) {
            unwind_failed_segments(inst, images, i);
            return Err(Error::Trap(Trap::new(TrapCode::TableOutOfBounds)));
        }
    }
    if let Some(image) = memory_image(info) {
        // The segments all fit the fresh memory they target (else there is no image):
        // mapping them at once is applying them in order.
        inst.memories[image.memory as usize]
            .map_image(image)
            .map_err(|e| Error::Instantiate(format!("cannot map the memory image: {e}")))?;
    } else {
        for (i, seg) in info.data.iter().enumerate() {
            let Some((mem_index, offset)) = &seg.active else { continue };
            let start = inst.segment_start(inst.memories[*mem_index as usize].index, offset);
            if !inst.memory_init(i as u32, *mem_index, start, 0, seg.range.len() as u64) {
                unwind_failed_segments(inst, images, info.elements.len());
                for applied in 0..i {
                    inst.drop_data(applied as u32);
                }
                return Err(Error::Trap(Trap::new(TrapCode::MemoryOutOfBounds)));
            }
        }
    }
    // Each segment is dropped once applied; no code can tell "once" from "all at the end"
    // (a failed instantiation is never used), so one flag drops them all.
    inst.active_dropped.store(true, Ordering::Release);
    Ok(())
}

/// Whether table `table` (imports counted) starts lazily: one the module defines, with an
/// image.
fn starts_lazily(info: &ModuleInfo, images: &[Option<TableImage>], table: u32) -> bool {
    let defined = info.num_imported_tables as usize;
    (table as usize).checked_sub(defined).is_some_and(|t| images[t].is_some())
}

/// Leave what a failed instantiation leaves when element segment `failed` (or, when it is
/// the number of element segments, a data segment) trapped: the element segments before it
/// applied and dropped, none after. A table that started lazily from the whole image stops
/// doing so and gets the segments before the failure written as they would have been.
fn unwind_failed_segments(inst: &Arc<Instance>, images: &[Option<TableImage>], failed: usize) {
    let info = inst.info();
    let defined = info.num_imported_tables as usize;
    for (t, image) in images.iter().enumerate() {
        if image.is_some() {
            inst.tables[defined + t].cancel_lazy();
        }
    }
    for (i, seg) in info.elements[..failed].iter().enumerate() {
        if let Some((table, offset)) = seg.active.as_ref().filter(|(table, _)| starts_lazily(info, images, *table)) {
            let start = inst.segment_start(inst.tables[*table as usize].index, offset);
            // Fits: the segments of a table with an image all fit its initial size.
            inst.table_init(*table, i as u32, start, 0, seg.items.len() as u64);
        }
        if seg.active.is_some() || seg.declared {
            inst.drop_elem(i as u32);
        }
    }
}

impl Instance {
    pub(crate) fn info(&self) -> &ModuleInfo {
        self.module.as_ref().expect("a wasm instance").info()
    }

    /// Where an active segment at `offset` starts, in a table or memory of address type
    /// `index`.
    fn segment_start(&self, index: IndexType, offset: &ConstExpr) -> u64 {
        index.truncate(eval_const(offset, Some(self)))
    }

    /// `memory.init`: copy `len` bytes of data segment `segment` from `src` to `dst` in
    /// memory `memory`.
    ///
    /// `dst` is an address of the memory's index type and `src` and `len` are `u32`s, all
    /// zero-extended; values out of range are simply out of bounds.
    pub(crate) fn memory_init(&self, segment: u32, memory: u32, dst: u64, src: u64, len: u64) -> bool {
        let bytes = self.data_bytes(segment);
        let Some(part) = segment_range(src, len).and_then(|range| bytes.get(range)) else { return false };
        self.memories[memory as usize].write(dst, part)
    }

    /// `table.init`: copy `len` items of element segment `segment` from `src` to `dst`.
    /// `dst` is an index of the table's index type and `src` and `len` are `u32`s, all
    /// zero-extended; values out of range are simply out of bounds.
    pub(crate) fn table_init(&self, table: u32, segment: u32, dst: u64, src: u64, len: u64) -> bool {
        let Some(words) = segment_range(src, len).and_then(|range| self.elem_words(segment, range)) else {
            return false;
        };
        let values: Vec<*const VMFuncRef> = words.into_iter().map(|w| w as *const VMFuncRef).collect();
        let Ok(dst) = u32::try_from(dst) else { return false };
        self.tables[table as usize].write(dst, &values)
    }

    /// Whether segment `index` (element segments first, then data segments) was dropped;
    /// `dropped_at_instantiation` when it is active or declarative.
    pub(crate) fn segment_dropped(&self, index: usize, dropped_at_instantiation: bool) -> bool {
        (dropped_at_instantiation && self.active_dropped.load(Ordering::Acquire))
            || self.dropped.get().is_some_and(|flags| flags[index].load(Ordering::Acquire))
    }

    /// Drop segment `index` (element segments first, then data segments).
    fn drop_segment(&self, index: usize) {
        let info = self.info();
        let flags = self
            .dropped
            .get_or_init(|| (0..info.elements.len() + info.data.len()).map(|_| AtomicBool::new(false)).collect());
        flags[index].store(true, Ordering::Release);
    }

    pub(crate) fn drop_data(&self, segment: u32) {
        self.drop_segment(self.info().elements.len() + segment as usize);
    }

    pub(crate) fn drop_elem(&self, segment: u32) {
        self.drop_segment(segment as usize);
    }
}

/// The range `src .. src + len` of a segment's items, or `None` when it cannot exist.
fn segment_range(src: u64, len: u64) -> Option<std::ops::Range<usize>> {
    let start = usize::try_from(src).ok()?;
    Some(start..start.checked_add(usize::try_from(len).ok()?)?)
}

/// Check arguments against `ty` and lay them out as the word buffer of a call to a
/// function of that type (`FuncType::buffer_words` words, with room for the results; see
/// the layout rule on `FuncType`).
pub(crate) fn check_args(ty: &FuncType, args: &[Val]) -> Result<Vec<u64>, Error> {
    if args.len() != ty.params().len() {
        return Err(Error::Call(format!("expected {} arguments, got {}", ty.params().len(), args.len())));
    }
    let stride = ty.word_stride();
    let mut words = vec![0u64; ty.buffer_words()];
    for (i, (a, &t)) in args.iter().zip(ty.params()).enumerate() {
        if a.ty() != t {
            return Err(Error::Call(format!("argument type mismatch: expected {t}, got {}", a.ty())));
        }
        crate::values::write_words(&mut words, i, stride, a.to_words());
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Runtime, RuntimeConfig};

    /// How many of `inst`'s defined functions have their reference made.
    fn made_func_refs(inst: &Instance) -> usize {
        let module = inst.module.as_ref().expect("a wasm instance");
        let (offsets, info) = (module.offsets(), module.info());
        let made = |i: &u32| {
            // SAFETY: a function of the instance's module, in its live vmctx.
            !unsafe { funcref_slot(inst.vmctx(), offsets, *i) }.load(Ordering::Acquire).is_null()
        };
        (info.num_imported_funcs..info.func_types.len() as u32).filter(made).count()
    }

    #[test]
    fn function_references_and_table_slots_are_made_on_first_use() {
        let wat = r#"(module
            (type $v (func (result i32)))
            (func $a (result i32) (i32.const 1))
            (func $b (result i32) (i32.const 2))
            (func $c (result i32) (i32.const 3))
            (func $d (result i32) (i32.const 4))
            (table $t 4 funcref)
            (elem (table $t) (i32.const 0) func $a $b $c $a)
            (func (export "call") (param i32) (result i32) (call_indirect $t (type $v) (local.get 0)))
            (func (export "clear") (param i32) (table.set $t (local.get 0) (ref.null func))))"#;
        for lazy in [false, true] {
            let runtime = Runtime::with_config(RuntimeConfig::new().with_lazy_compilation(lazy));
            let module = runtime.instantiate(&wat::parse_str(wat).expect("parses")).expect("instantiates");
            let inst = &module.instance;
            let table = &inst.tables[0];
            assert!(table.is_pending(), "lazy: {lazy}: the table starts lazily");
            assert_eq!(table.made_slots(), 0);
            assert_eq!(made_func_refs(inst), 0, "lazy: {lazy}: no reference made at instantiation");
            let call = module.exported_function("call").expect("export");
            // Making the export's reference and slot 2's (function $c).
            assert_eq!(call.call(&[Val::I32(2)]).expect("calls"), vec![Val::I32(3)]);
            assert_eq!(table.made_slots(), 1);
            assert_eq!(made_func_refs(inst), 2, "lazy: {lazy}: the export's and $c's");
            // A null store makes every slot first, and stays null.
            let clear = module.exported_function("clear").expect("export");
            clear.call(&[Val::I32(0)]).expect("clears");
            assert!(!table.is_pending());
            assert_eq!(table.made_slots(), 3);
            assert!(call.call(&[Val::I32(0)]).is_err(), "slot 0 was cleared");
            assert_eq!(call.call(&[Val::I32(3)]).expect("calls"), vec![Val::I32(1)]);
        }
    }
}
