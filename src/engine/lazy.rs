//! Lazy compilation: the module is parsed and every body validated up front, but a
//! function's machine code is generated on its first call.
//!
//! Until then the function's code is a small stub (in the module's one mapping) that calls
//! the `LazyCompile` builtin, which compiles the function once per compiled module (later
//! callers wait for the first), maps it on its own, patches the calling instance's
//! `VMFuncRef` so later calls go straight to it, and returns its address; the stub then
//! tail-jumps there with the caller's arguments untouched. Calls between functions of a
//! lazily compiled module go through `VMFuncRef`s (there is no single image to patch
//! relative calls into).

use super::code_memory::CodeMemory;
use super::module::CompiledModuleInner;
use super::pipeline::{EnvData, ImageHandler};
use crate::compiler::compile_function;
use crate::vm::instance::Instance;
use crate::Error;
use onepass_arch::MacroAssembler;
use std::ops::Range;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, OnceLock};
use wasmparser::{BinaryReader, FuncToValidate, FunctionBody, ValidatorResources, WasmFeatures};

/// What a lazily compiled module keeps to compile its functions later.
pub(crate) struct LazyCode {
    /// The module's bytes (function bodies are ranges of them).
    bytes: Arc<Vec<u8>>,
    env: Arc<EnvData>,
    resources: ValidatorResources,
    features: WasmFeatures,
    /// Per defined function: its type index and the byte range of its body.
    bodies: Vec<(u32, Range<usize>)>,
    /// Per defined function: its code once compiled (or why it could not be: a message
    /// and a byte offset).
    compiled: Vec<OnceLock<Result<CodeMemory, (String, usize)>>>,
    /// The compiled functions with exception handlers: where their code starts and ends,
    /// and their call sites covered by handlers (offsets from the start).
    handlers: Mutex<Vec<(usize, usize, Vec<ImageHandler>)>>,
    /// Per defined function: its stack maps once compiled (offsets from its start).
    stack_maps: Vec<OnceLock<super::stack_map_table::StackMapTable>>,
}

/// The bodies recorded while the code section was read.
pub(crate) struct LazyBodies {
    pub(crate) env: Arc<EnvData>,
    pub(crate) resources: Option<ValidatorResources>,
    pub(crate) features: WasmFeatures,
    pub(crate) bodies: Vec<(u32, Range<usize>)>,
}

impl LazyCode {
    pub(crate) fn new(bytes: &[u8], recorded: LazyBodies) -> Option<LazyCode> {
        let resources = recorded.resources?;
        let compiled = recorded.bodies.iter().map(|_| OnceLock::new()).collect();
        let stack_maps = recorded.bodies.iter().map(|_| OnceLock::new()).collect();
        Some(LazyCode {
            bytes: Arc::new(bytes.to_vec()),
            env: recorded.env,
            resources,
            features: recorded.features,
            bodies: recorded.bodies,
            compiled,
            handlers: Mutex::new(Vec::new()),
            stack_maps,
        })
    }

    /// The module's bytes.
    pub(crate) fn bytes(&self) -> &Arc<Vec<u8>> {
        &self.bytes
    }

    /// Number of defined functions.
    pub(crate) fn len(&self) -> usize {
        self.bodies.len()
    }

    /// The code of defined function `defined`, if it has been compiled.
    pub(crate) fn code(&self, defined: u32) -> Option<*const u8> {
        match self.compiled[defined as usize].get() {
            Some(Ok(code)) => Some(code.as_ptr()),
            _ => None,
        }
    }

    /// The code of defined function `defined` of `module`, compiling it on first use.
    pub(crate) fn get_or_compile(&self, module: &Arc<CompiledModuleInner>, defined: u32) -> Result<*const u8, Error> {
        let slot = &self.compiled[defined as usize];
        let result = slot.get_or_init(|| {
            let code = self.compile::<super::module::Masm>(defined)?;
            super::backtrace::register_function(module, &code, defined);
            Ok(code)
        });
        match result {
            Ok(code) => Ok(code.as_ptr()),
            Err((message, offset)) => Err(Error::Compile { message: message.clone(), offset: *offset }),
        }
    }

    fn compile<M: MacroAssembler>(&self, defined: u32) -> Result<CodeMemory, (String, usize)> {
        let (ty, range) = &self.bodies[defined as usize];
        let index = self.env.num_imported_funcs + defined;
        let func = FuncToValidate { resources: self.resources.clone(), index, ty: *ty, features: self.features };
        let mut validator = func.into_validator(Default::default());
        let body = FunctionBody::new(BinaryReader::new(&self.bytes[range.clone()], range.start as u64));
        let code = compile_function::<M>(&self.env.env(), index, &body, &mut validator, &mut Default::default())
            .map_err(crate::compiler::CompileError::into_parts)?;
        debug_assert!(code.relocs.is_empty(), "lazily compiled code makes no direct calls");
        let memory = CodeMemory::new(&code.code).map_err(|e| (format!("cannot map code: {e}"), range.start))?;
        if !code.handlers.is_empty() {
            let start = memory.as_ptr() as usize;
            let sites = ImageHandler::placed(&code, 0).collect();
            self.handlers.lock().unwrap_or_else(|e| e.into_inner()).push((start, start + code.code.len(), sites));
        }
        let mut maps = super::stack_map_table::StackMapTable::default();
        maps.add(&code, 0);
        maps.sort();
        // (Set before the code can run: the caller publishes the code after this returns.)
        let _ = self.stack_maps[defined as usize].set(maps);
        Ok(memory)
    }

    /// Call `f` with each frame offset that holds a reference at the safepoint at code
    /// address `pc` of defined function `defined` (compiled).
    pub(crate) fn for_each_root_slot(&self, pc: usize, defined: u32, f: &mut dyn FnMut(i32)) {
        let (Some(start), Some(maps)) = (self.code(defined), self.stack_maps[defined as usize].get()) else { return };
        let Ok(ret) = u32::try_from(pc.wrapping_sub(start as usize)) else { return };
        maps.slots_at(ret).iter().for_each(|&o| f(o));
    }

    /// The landing pad covering the call that returns to `pc`, with its function's frame
    /// size (see `ModuleCode::exception_handler`).
    pub(crate) fn exception_handler(&self, pc: usize) -> Option<(usize, u32)> {
        let functions = self.handlers.lock().unwrap_or_else(|e| e.into_inner());
        let (start, _, sites) = functions.iter().find(|(start, end, _)| (*start..*end).contains(&pc))?;
        let site = sites.iter().find(|h| start + h.ret as usize == pc)?;
        Some((start + site.landing as usize, site.frame_size))
    }
}

/// Compile function `func_index` of `instance` (lazily compiled) if needed, point the
/// instance's `VMFuncRef` at the code, and return the code's address. A module whose code
/// stores references into imported tables or globals has its instance pinned first
/// (`vm::store`), before the new code can run.
pub(crate) fn compile_for(instance: &Instance, func_index: u32) -> Result<*const u8, Error> {
    let module = instance.module.clone().expect("only wasm instances have lazy stubs");
    let module = module.into_any().downcast::<CompiledModuleInner>().expect("the engine's compiled module");
    let lazy = module.lazy.as_ref().expect("a lazily compiled module");
    let defined = func_index - module.info.num_imported_funcs;
    let code = lazy.get_or_compile(&module, defined)?;
    if module.info.stores_refs_into_imports() && !instance.pinned.load(Ordering::Acquire) {
        // SAFETY: a built instance lives in an `Arc`, and this one is alive (its code
        // called the builtin that called this).
        let me = unsafe {
            Arc::increment_strong_count(instance);
            Arc::from_raw(instance as *const Instance)
        };
        crate::vm::store::pin(&me);
    }
    instance.set_function_code(defined, code);
    Ok(code)
}
