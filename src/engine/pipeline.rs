//! Compiling function bodies while the module is still being parsed.
//!
//! The code section is fed to a [`BodyCompiler`] one body at a time, as the parser reaches
//! it. A small module is compiled right there, on the parsing thread. A large one is cut
//! into batches of about [`BATCH_BYTES`] that worker threads take from a shared queue as
//! they come, so compilation overlaps the rest of parsing and the threads stay busy until
//! the last batch whatever the sizes of the functions; the parsing thread joins in once it
//! has read the whole module. Each thread reuses its validator allocations across bodies.
//! Results are put back in function order by batch number.

use super::lazy::LazyBodies;
use crate::compiler::{compile_function, CodeBudget, CompileError, CompileScratch, ModuleEnv};
use crate::vm::vmctx::VMOffsets;
use onepass_arch::{CompiledCode, MacroAssembler};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::{Scope, ScopedJoinHandle};
use wasmparser::{
    FuncToValidate, FuncValidatorAllocations, FunctionBody, GlobalType, ValidatorResources, WasmFeatures,
};

/// Code sections smaller than this are compiled on the parsing thread alone.
const PARALLEL_THRESHOLD: usize = 256 * 1024;
/// Target size of one batch of bodies handed to a worker.
const BATCH_BYTES: usize = 64 * 1024;

/// An owned copy of the module facts that function compilation reads, taken when the
/// code section starts (everything it needs is declared before it).
pub(crate) struct EnvData {
    pub(crate) types: Vec<wasmparser::FuncType>,
    pub(crate) func_types: Vec<u32>,
    pub(crate) num_imported_funcs: u32,
    pub(crate) globals: Vec<GlobalType>,
    pub(crate) offsets: VMOffsets,
    pub(crate) interruptible: bool,
    /// Validate now, compile each function on its first call (see `engine::lazy`).
    pub(crate) lazy: bool,
    /// The cap on the module's machine code.
    pub(crate) code_budget: CodeBudget,
}

impl EnvData {
    pub(crate) fn env(&self) -> ModuleEnv<'_> {
        ModuleEnv {
            types: &self.types,
            func_types: &self.func_types,
            num_imported_funcs: self.num_imported_funcs,
            globals: &self.globals,
            offsets: &self.offsets,
            interruptible: self.interruptible,
            lazy: self.lazy,
            code_budget: &self.code_budget,
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
/// The compiled code of one batch, or its first error.
type BatchResult = (usize, Result<Vec<CompiledCode>, CompileError>);

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

/// Compile one body, reusing the thread's `scratch`. In lazy mode the body is only
/// validated (its code, empty here, is a thunk made for all functions at once).
fn compile_one<M: MacroAssembler>(
    env: &ModuleEnv<'_>,
    (func, body): Body<'_>,
    scratch: &mut Scratch<M>,
) -> Result<CompiledCode, CompileError> {
    let index = func.index;
    let mut validator = func.into_validator(std::mem::take(&mut scratch.validator));
    let result = if env.lazy {
        validator.validate(&body).map(|()| CompiledCode::default()).map_err(CompileError::from)
    } else {
        compile_function::<M>(env, index, &body, &mut validator, &mut scratch.compiler)
    };
    scratch.validator = validator.into_allocations();
    result
}

/// Take batches from `queue` until it is closed and compile them, skipping those after the
/// first batch known to fail (`first_failure`, a batch number), whose code is not needed:
/// every batch before it is still compiled, so the error reported is the first one in
/// function order whatever the timing.
fn work<M: MacroAssembler>(
    env: &EnvData,
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
        let code: Result<Vec<_>, _> =
            batch.bodies.into_iter().map(|b| compile_one::<M>(&env, b, &mut scratch)).collect();
        if code.is_err() {
            first_failure.fetch_min(batch.seq, Ordering::Relaxed);
        }
        out.push((batch.seq, code));
    }
}

/// Workers compiling batches of a large code section.
struct Parallel<'scope, 'a> {
    sender: Option<Sender<Batch<'a>>>,
    queue: Arc<Mutex<Receiver<Batch<'a>>>>,
    first_failure: Arc<AtomicUsize>,
    workers: Vec<ScopedJoinHandle<'scope, Vec<BatchResult>>>,
    pending: Batch<'a>,
    pending_bytes: usize,
}

/// Compiles the bodies of one code section as the parser hands them over.
pub(crate) struct BodyCompiler<'scope, 'a, M: MacroAssembler> {
    env: Arc<EnvData>,
    /// Serial mode: the code so far and the parsing thread's scratch.
    serial: Vec<CompiledCode>,
    scratch: Scratch<M>,
    parallel: Option<Parallel<'scope, 'a>>,
    /// Lazy mode: what each body needs to be compiled later.
    lazy: Option<LazyBodies>,
    _masm: std::marker::PhantomData<M>,
}

impl<'scope, 'a: 'scope, M: MacroAssembler + 'scope> BodyCompiler<'scope, 'a, M> {
    /// Prepare for a code section of `section_bytes` bytes; start workers (one less than
    /// the cores: the parsing thread is the last) when it is large enough to gain.
    pub(crate) fn new<'env>(scope: &'scope Scope<'scope, 'env>, env: EnvData, section_bytes: usize) -> Self
    where
        'a: 'env,
    {
        let env = Arc::new(env);
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let parallel = (threads > 1 && section_bytes >= PARALLEL_THRESHOLD).then(|| {
            let (sender, receiver) = channel();
            let queue = Arc::new(Mutex::new(receiver));
            let first_failure = Arc::new(AtomicUsize::new(usize::MAX));
            // A worker that cannot start costs only time: the parsing thread drains the
            // queue in `finish`.
            let workers = (1..threads)
                .filter_map(|_| {
                    let (env, queue, first_failure) = (env.clone(), queue.clone(), first_failure.clone());
                    let worker = std::thread::Builder::new();
                    worker.spawn_scoped(scope, move || work::<M>(&env, &queue, &first_failure)).ok()
                })
                .collect();
            Parallel {
                sender: Some(sender),
                queue,
                first_failure,
                workers,
                pending: Batch { seq: 0, bodies: Vec::new() },
                pending_bytes: 0,
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
            serial: Vec::new(),
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
            let code = compile_one::<M>(&self.env.env(), (func, body), &mut self.scratch)?;
            self.serial.push(code);
            return Ok(());
        };
        p.pending_bytes += (body.range().end - body.range().start) as usize;
        p.pending.bodies.push((func, body));
        if p.pending_bytes >= BATCH_BYTES {
            p.send_pending();
        }
        Ok(())
    }

    /// All compiled functions in order (and, in lazy mode, what compiling them later
    /// needs), or the first error in function order.
    pub(crate) fn finish(self) -> Result<(Vec<CompiledCode>, Option<LazyBodies>), CompileError> {
        let lazy = self.lazy;
        let Some(mut p) = self.parallel else { return Ok((self.serial, lazy)) };
        p.send_pending();
        drop(p.sender.take());
        let mut results = work::<M>(&self.env, &p.queue, &p.first_failure);
        for worker in std::mem::take(&mut p.workers) {
            match worker.join() {
                Ok(r) => results.extend(r),
                Err(_) => return Err(CompileError::new("compiler thread panicked".into(), 0)),
            }
        }
        results.sort_unstable_by_key(|(seq, _)| *seq);
        let mut code = Vec::new();
        for (_, batch) in results {
            code.extend(batch?);
        }
        Ok((code, lazy))
    }
}

impl Parallel<'_, '_> {
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

impl Drop for Parallel<'_, '_> {
    /// Abandoned early (a parse error): let the workers drain the queue without compiling.
    fn drop(&mut self) {
        if self.sender.is_some() {
            self.first_failure.store(0, Ordering::Relaxed);
        }
    }
}
