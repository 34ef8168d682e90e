//! Compiling function bodies while the module is still being parsed.
//!
//! The code section is fed to a [`BodyCompiler`] one body at a time, as the parser reaches
//! it. A small module (under [`PARALLEL_THRESHOLD`] of code) is compiled right there, on
//! the parsing thread. A larger one is cut into batches (about eight per thread, from
//! [`MIN_BATCH_BYTES`] to [`BATCH_BYTES`]) that helper threads (a process-wide pool, see
//! [`super::helpers`]) take from a shared queue as they come, so compilation overlaps the rest of parsing and the threads stay busy until
//! the last batch whatever the sizes of the functions; the parsing thread joins in once it
//! has read the whole module. Each thread reuses its validator allocations across bodies.
//! Each thread copies the code of every function it compiles straight into the module's
//! [`CodeImage`], so code is never staged per function and copied again at link time;
//! what comes back per batch is where its functions landed and the direct calls to patch.

use super::code_memory::CodeImage;
use super::helpers::Help;
use super::lazy::LazyBodies;
use crate::compiler::{compile_function, CodeBudget, CompileError, CompileScratch, ModuleEnv};
use crate::vm::vmctx::VMOffsets;
use onepass_arch::{CallReloc, CompiledCode, MacroAssembler, PinnedReload};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use wasmparser::{
    FuncToValidate, FuncValidatorAllocations, FunctionBody, GlobalType, ValidatorResources, WasmFeatures,
};

/// Code sections smaller than this are compiled on the parsing thread alone.
const PARALLEL_THRESHOLD: usize = 16 * 1024;
/// The same in lazy mode, where bodies are only validated (several times faster than
/// compiling them, so starting a thread pays off only for larger sections: measured on
/// coremark-1000.wasm, 25 KB of code, lazy compile took 0.4 ms with a helper thread and
/// 0.2 ms without).
const LAZY_PARALLEL_THRESHOLD: usize = 256 * 1024;
/// Largest target size of one batch of bodies handed to a worker.
const BATCH_BYTES: usize = 64 * 1024;
/// Smallest target size of a batch.
const MIN_BATCH_BYTES: usize = 2 * 1024;

/// How many threads compile a large module: the cores this process may use, asked once
/// (the answer reads cgroup files: a fifth of compiling a one-function module).
fn compile_threads() -> usize {
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// An owned copy of the module facts that function compilation reads, taken when the
/// code section starts (everything it needs is declared before it).
pub(crate) struct EnvData {
    pub(crate) types: Vec<wasmparser::FuncType>,
    /// See `ModuleEnv::open_types`.
    pub(crate) open_types: Vec<Option<u32>>,
    /// See `ModuleEnv::aggregate_types`.
    pub(crate) aggregate_types: Vec<u32>,
    /// See `ModuleEnv::aggregate_layouts`.
    pub(crate) aggregate_layouts: Vec<crate::vm::gc_layout::AggregateLayout>,
    pub(crate) func_types: Vec<u32>,
    pub(crate) num_imported_funcs: u32,
    pub(crate) globals: Vec<GlobalType>,
    /// The module's `ModuleInfo::stores_refs_into_imports`.
    pub(crate) stores_refs_into_imports: Arc<std::sync::atomic::AtomicBool>,
    pub(crate) num_imported_globals: u32,
    pub(crate) tables: Vec<wasmparser::TableType>,
    pub(crate) num_imported_tables: u32,
    pub(crate) memories: Vec<wasmparser::MemoryType>,
    pub(crate) tags: Vec<u32>,
    pub(crate) legacy_exceptions: bool,
    pub(crate) offsets: VMOffsets,
    /// The instruction-set extensions the code may use.
    pub(crate) cpu: onepass_arch::CpuFeatures,
    /// The types or globals mention `v128` (see `ModuleEnv::has_v128`).
    pub(crate) has_v128: bool,
    pub(crate) interruptible: bool,
    /// Tail calls are enabled (see `ModuleEnv::tail_calls`).
    pub(crate) tail_calls: bool,
    /// Validate now, compile each function on its first call (see `engine::lazy`).
    pub(crate) lazy: bool,
    /// The cap on the module's machine code.
    pub(crate) code_budget: CodeBudget,
    /// Which defined functions have a listener (empty when none has).
    pub(crate) listened: Vec<bool>,
    /// Record stack maps (see `ModuleEnv::stack_maps`).
    pub(crate) stack_maps: bool,
}

impl EnvData {
    pub(crate) fn env(&self) -> ModuleEnv<'_> {
        ModuleEnv {
            types: &self.types,
            open_types: &self.open_types,
            aggregate_types: &self.aggregate_types,
            aggregate_layouts: &self.aggregate_layouts,
            func_types: &self.func_types,
            num_imported_funcs: self.num_imported_funcs,
            globals: &self.globals,
            stores_refs_into_imports: &self.stores_refs_into_imports,
            num_imported_globals: self.num_imported_globals,
            tables: &self.tables,
            num_imported_tables: self.num_imported_tables,
            memories: &self.memories,
            tags: &self.tags,
            legacy_exceptions: self.legacy_exceptions,
            offsets: &self.offsets,
            cpu: self.cpu,
            has_v128: self.has_v128,
            interruptible: self.interruptible,
            tail_calls: self.tail_calls,
            lazy: self.lazy,
            code_budget: &self.code_budget,
            listened: &self.listened,
            stack_maps: self.stack_maps,
        }
    }
}

/// A function body waiting to be compiled.
type Body<'a> = (FuncToValidate<ValidatorResources>, FunctionBody<'a>);
/// A run of consecutive bodies and its position in the module.
struct Batch<'a> {
    seq: usize,
    bodies: Vec<Body<'a>>,
}

/// Where one compiled function's code lies in the module's image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Placement {
    /// Offset in the image (16-byte aligned).
    pub(crate) offset: u32,
    /// Length of the code.
    pub(crate) len: u32,
    /// Whether the function makes a tail call (see [`PinnedReload`]).
    pub(crate) tail_calls: bool,
    /// Offset from `offset` of the entry direct calls use (`CompiledCode::register_entry`).
    pub(crate) register_entry: u32,
}

/// The compiled functions of a run of bodies (or of a whole module): where each landed in
/// the image, in function order, and the direct calls to patch once every function has
/// an address.
#[derive(Debug, Default)]
pub(crate) struct Placed {
    pub(crate) funcs: Vec<Placement>,
    /// Each direct call, with `offset` the position of its field in the image.
    pub(crate) calls: Vec<CallReloc>,
    /// The reloads of the pinned registers after direct calls, at image offsets.
    pub(crate) pinned_reloads: Vec<PinnedReload>,
    /// Each call site covered by an exception handler, at image offsets.
    pub(crate) handlers: Vec<ImageHandler>,
    /// The stack maps, at image offsets.
    pub(crate) stack_maps: super::stack_map_table::StackMapTable,
    /// The ranges of the image that hold data, not instructions (jump tables, constants),
    /// for listings.
    pub(crate) data: Vec<std::ops::Range<u32>>,
}

/// A call site covered by an exception handler, at offsets in a module's code.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ImageHandler {
    /// The call's return address.
    pub(crate) ret: u32,
    /// The landing pad.
    pub(crate) landing: u32,
    /// The frame size of the function holding both.
    pub(crate) frame_size: u32,
}

impl ImageHandler {
    /// A function's handler sites, placed at `offset`.
    pub(crate) fn placed(code: &CompiledCode, offset: u32) -> impl Iterator<Item = ImageHandler> + '_ {
        code.handlers.iter().map(move |h| ImageHandler {
            ret: offset + h.ret,
            landing: offset + h.landing,
            frame_size: code.frame_size,
        })
    }
}

impl Placed {
    /// Append `later`, the functions that follow these.
    fn extend(&mut self, later: Placed) {
        self.funcs.extend(later.funcs);
        self.calls.extend(later.calls);
        self.pinned_reloads.extend(later.pinned_reloads);
        self.handlers.extend(later.handlers);
        self.stack_maps.extend(later.stack_maps);
        self.data.extend(later.data);
    }
}

/// The placements of one batch, or its first error.
type BatchResult = (usize, Result<Placed, CompileError>);

/// What a compiling thread reuses from body to body: the validator's and the code
/// generator's allocations.
struct Scratch<M: MacroAssembler> {
    validator: FuncValidatorAllocations,
    compiler: CompileScratch<M>,
}

impl<M: MacroAssembler> Default for Scratch<M> {
    fn default() -> Self {
        Scratch { validator: FuncValidatorAllocations::default(), compiler: CompileScratch::default() }
    }
}

/// Compile one body, reusing the thread's `scratch`, and copy its code into `image`,
/// recording where in `out`. In lazy mode (no image) the body is only validated: its code
/// is a thunk made for all functions at once.
fn compile_one<M: MacroAssembler>(
    env: &ModuleEnv<'_>,
    (func, body): Body<'_>,
    scratch: &mut Scratch<M>,
    image: Option<&CodeImage>,
    out: &mut Placed,
) -> Result<(), CompileError> {
    let index = func.index;
    let mut validator = func.into_validator(std::mem::take(&mut scratch.validator));
    let result = match image {
        None => validator.validate(&body).map_err(CompileError::from),
        Some(image) => compile_function::<M>(env, index, &body, &mut validator, &mut scratch.compiler)
            .and_then(|code| place(image, &code, body.range().start as usize, out)),
    };
    scratch.validator = validator.into_allocations();
    result
}

/// Copy a function's code into `image` and record it, with its calls, in `out`.
fn place(image: &CodeImage, compiled: &CompiledCode, body_offset: usize, out: &mut Placed) -> Result<(), CompileError> {
    let (code, relocs) = (&compiled.code[..], &compiled.relocs[..]);
    let offset = image.place(code).ok_or_else(|| {
        let message =
            format!("module too large: its machine code exceeds the {} bytes direct calls reach", image.capacity());
        CompileError::new(message, body_offset)
    })?;
    let (tail_calls, register_entry) = (compiled.tail_calls, compiled.register_entry);
    out.funcs.push(Placement { offset, len: code.len() as u32, tail_calls, register_entry });
    out.calls.extend(relocs.iter().map(|r| CallReloc { offset: offset + r.offset, callee: r.callee }));
    let reloads = compiled.pinned_reloads.iter();
    out.pinned_reloads.extend(reloads.map(|r| PinnedReload { start: offset + r.start, end: offset + r.end, ..*r }));
    out.handlers.extend(ImageHandler::placed(compiled, offset));
    out.stack_maps.add(compiled, offset);
    out.data.extend(compiled.data.iter().map(|r| offset + r.start..offset + r.end));
    Ok(())
}

/// Take batches from `queue` until it is closed and compile them, skipping those after the
/// first batch known to fail (`first_failure`, a batch number), whose code is not needed:
/// every batch before it is still compiled, so the error reported is the first one in
/// function order whatever the timing.
fn work<M: MacroAssembler>(
    env: &EnvData,
    image: Option<&CodeImage>,
    queue: &Mutex<Receiver<Batch<'_>>>,
    first_failure: &AtomicUsize,
) -> Vec<BatchResult> {
    let env = env.env();
    let mut scratch = Scratch::<M>::default();
    let mut out = Vec::new();
    loop {
        let next = queue.lock().unwrap_or_else(|e| e.into_inner()).recv();
        let Ok(batch) = next else { return out };
        if batch.seq > first_failure.load(Ordering::Relaxed) {
            continue;
        }
        let mut placed = Placed::default();
        let code = batch
            .bodies
            .into_iter()
            .try_for_each(|b| compile_one::<M>(&env, b, &mut scratch, image, &mut placed))
            .map(|()| placed);
        if code.is_err() {
            first_failure.fetch_min(batch.seq, Ordering::Relaxed);
        }
        out.push((batch.seq, code));
    }
}

/// Workers compiling batches of a large code section.
struct Parallel<'a> {
    /// Declared before `help`: closing the queue lets the helpers return.
    sender: Option<Sender<Batch<'a>>>,
    queue: Arc<Mutex<Receiver<Batch<'a>>>>,
    first_failure: Arc<AtomicUsize>,
    /// The helper threads compiling batches; they leave their results in `results`.
    help: Option<Help<'a>>,
    results: Arc<Mutex<Vec<BatchResult>>>,
    pending: Batch<'a>,
    pending_bytes: usize,
    /// Target size of a batch.
    batch_bytes: usize,
}

/// Compiles the bodies of one code section as the parser hands them over.
pub(crate) struct BodyCompiler<'a, M: MacroAssembler> {
    env: Arc<EnvData>,
    /// The module's code image (`None` in lazy mode).
    image: Option<Arc<CodeImage>>,
    /// Serial mode: the functions so far and the parsing thread's scratch.
    serial: Placed,
    scratch: Scratch<M>,
    parallel: Option<Parallel<'a>>,
    /// Lazy mode: what each body needs to be compiled later.
    lazy: Option<LazyBodies>,
    _masm: std::marker::PhantomData<M>,
}

impl<'a, M: MacroAssembler + 'static> BodyCompiler<'a, M> {
    /// Prepare for a code section of `section_bytes` bytes whose code goes to `image`
    /// (`None` in lazy mode); start workers (one less than the cores: the parsing thread
    /// is the last) when it is large enough to gain.
    pub(crate) fn new(env: EnvData, image: Option<CodeImage>, section_bytes: usize) -> Self {
        let env = Arc::new(env);
        let image = image.map(Arc::new);
        let threads = compile_threads();
        let threshold = if env.lazy { LAZY_PARALLEL_THRESHOLD } else { PARALLEL_THRESHOLD };
        let parallel = (threads > 1 && section_bytes >= threshold).then(|| {
            let (sender, receiver) = channel();
            let queue = Arc::new(Mutex::new(receiver));
            let first_failure = Arc::new(AtomicUsize::new(usize::MAX));
            let results = Arc::new(Mutex::new(Vec::new()));
            // Each helper drains the queue and leaves its results; the parsing thread
            // joins in in `finish`, so a helper that never starts costs only time.
            let job = {
                let (env, image, queue) = (env.clone(), image.clone(), queue.clone());
                let (first_failure, results) = (first_failure.clone(), results.clone());
                move || {
                    let done = work::<M>(&env, image.as_deref(), &queue, &first_failure);
                    results.lock().unwrap_or_else(|e| e.into_inner()).extend(done);
                }
            };
            Parallel {
                sender: Some(sender),
                queue,
                first_failure,
                help: Some(Help::start(threads - 1, Box::new(job))),
                results,
                pending: Batch { seq: 0, bodies: Vec::new() },
                pending_bytes: 0,
                // About eight batches per thread, so the threads finish together.
                batch_bytes: (section_bytes / (threads * 8)).clamp(MIN_BATCH_BYTES, BATCH_BYTES),
            }
        });
        let lazy = env.lazy.then(|| LazyBodies {
            env: env.clone(),
            resources: None,
            features: WasmFeatures::default(),
            bodies: Vec::new(),
        });
        BodyCompiler {
            lazy,
            env,
            image,
            serial: Placed::default(),
            scratch: Scratch::default(),
            parallel,
            _masm: std::marker::PhantomData,
        }
    }

    /// Compile (or queue) the next body of the section.
    pub(crate) fn push(
        &mut self,
        func: FuncToValidate<ValidatorResources>,
        body: FunctionBody<'a>,
    ) -> Result<(), CompileError> {
        if let Some(lazy) = &mut self.lazy {
            if lazy.resources.is_none() {
                lazy.resources = Some(func.resources.clone());
                lazy.features = func.features;
            }
            let range = body.range();
            lazy.bodies.push((func.ty, range.start as usize..range.end as usize));
        }
        let Some(p) = &mut self.parallel else {
            let image = self.image.as_deref();
            return compile_one::<M>(&self.env.env(), (func, body), &mut self.scratch, image, &mut self.serial);
        };
        p.pending_bytes += (body.range().end - body.range().start) as usize;
        p.pending.bodies.push((func, body));
        if p.pending_bytes >= p.batch_bytes {
            p.send_pending();
        }
        Ok(())
    }

    /// Where every compiled function landed, in function order, with the image holding
    /// them (and, in lazy mode, what compiling them later needs), or the first error in
    /// function order.
    pub(crate) fn finish(self) -> Result<(Placed, Option<CodeImage>, Option<LazyBodies>), CompileError> {
        let BodyCompiler { env, image, serial, parallel, lazy, .. } = self;
        let placed = match parallel {
            None => serial,
            Some(mut p) => {
                p.send_pending();
                drop(p.sender.take());
                let mut results = work::<M>(&env, image.as_deref(), &p.queue, &p.first_failure);
                if p.help.take().is_some_and(Help::finish) {
                    return Err(CompileError::new("compiler thread panicked".into(), 0));
                }
                results.append(&mut p.results.lock().unwrap_or_else(|e| e.into_inner()));
                results.sort_unstable_by_key(|(seq, _)| *seq);
                let mut placed = Placed::default();
                for (_, batch) in results {
                    placed.extend(batch?);
                }
                placed
            }
        };
        // Every helper that held the image is done with it (its closure is dropped).
        let image = match image {
            Some(image) => Some(
                Arc::into_inner(image).ok_or_else(|| CompileError::new("compiler thread still running".into(), 0))?,
            ),
            None => None,
        };
        Ok((placed, image, lazy))
    }
}

impl Parallel<'_> {
    fn send_pending(&mut self) {
        if self.pending.bodies.is_empty() {
            return;
        }
        let seq = self.pending.seq;
        let batch = std::mem::replace(&mut self.pending, Batch { seq: seq + 1, bodies: Vec::new() });
        self.pending_bytes = 0;
        if let Some(sender) = &self.sender {
            // Workers only stop once the sender is gone, so the queue is open here.
            let _ = sender.send(batch);
        }
    }
}

impl Drop for Parallel<'_> {
    /// Abandoned early (a parse error): let the helpers drain the queue without compiling,
    /// close it, and wait for them (they borrow the module's bytes).
    fn drop(&mut self) {
        if self.sender.is_some() {
            self.first_failure.store(0, Ordering::Relaxed);
        }
        drop(self.sender.take());
        drop(self.help.take());
    }
}
