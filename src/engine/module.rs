//! Compiling a module: parse and validate the sections, compile every function body with
//! the single-pass compiler (in parallel when there are many), and link all functions
//! into one executable mapping.

use super::code_memory::{CodeImage, CodeMemory};
use super::lazy::{LazyBodies, LazyCode};
use super::pipeline::{BodyCompiler, EnvData, ImageHandler, Placed};
use super::sections::{move_data_segments, strip_code};
use crate::compiler::{lazy_stubs, CodeBudget, CompileError};
use crate::listener::ListenerFactory;
pub(crate) use crate::vm::module_info::{
    ConstExpr, ConstInit, ConstOp, DataSegment, ElemItems, ElemSegment, ImportInfo, ModuleCode, ModuleInfo,
};
use crate::vm::types::{aggregate_indices, module_type_ids, TypeIdRef};
use crate::vm::vmctx::VMOffsets;
use crate::Error;
use onepass_arch::{CpuFeatures, MacroAssembler};
use std::any::Any;
use std::sync::Arc;
use wasmparser::{KnownCustom, Operator, Parser, Payload, TypeRef, ValidPayload, Validator, WasmFeatures};

/// The ISA backend of this build.
pub(crate) type Masm = onepass_arch::NativeMasm;

/// A compiled module: its description plus machine code.
pub(crate) struct CompiledModuleInner {
    pub(crate) info: ModuleInfo,
    pub(crate) offsets: VMOffsets,
    /// Executable code of all defined functions (None when there are none).
    pub(crate) code: Option<CodeMemory>,
    /// Offset of each defined function in `code` (of its lazy-compilation stub when
    /// `lazy` is set).
    pub(crate) func_offsets: Vec<u32>,
    /// The defined functions in the order of their offsets (functions land in the image
    /// in the order they finish compiling), to find the function at a code address.
    pub(crate) func_order: Vec<u32>,
    /// Set for a lazily compiled module: what its functions need to be compiled later.
    pub(crate) lazy: Option<LazyCode>,
    /// Canonical id of each type of the type section, held for as long as the module
    /// (and so every instance of it) lives.
    pub(crate) type_ids: Vec<TypeIdRef>,
    /// The eagerly compiled code's call sites covered by exception handlers, by return
    /// address (lazily compiled functions keep theirs in `lazy`).
    pub(crate) handlers: Vec<ImageHandler>,
    /// The eagerly compiled code's stack maps, by return address (lazily compiled
    /// functions keep theirs in `lazy`): see `gc_roots`.
    pub(crate) stack_maps: super::stack_map_table::StackMapTable,
    /// How it was compiled (for a module loaded from an artifact, how the artifact was).
    pub(crate) options: CompileOptions,
    /// Set once its functions are listed in the perf map (runtimes sharing it through a
    /// compilation cache list them once).
    pub(crate) in_perf_map: std::sync::atomic::AtomicBool,
}

impl CompiledModuleInner {
    /// An eagerly compiled module: its description, its linked code, where each defined
    /// function starts in it, and its exception-handler sites sorted by return address.
    pub(crate) fn eager(
        info: ModuleInfo,
        code: Option<CodeMemory>,
        func_offsets: Vec<u32>,
        type_ids: Vec<TypeIdRef>,
        (handlers, stack_maps): (Vec<ImageHandler>, super::stack_map_table::StackMapTable),
        options: CompileOptions,
    ) -> CompiledModuleInner {
        CompiledModuleInner {
            offsets: vm_offsets(&info),
            info,
            code,
            func_order: order_by_offset(&func_offsets),
            func_offsets,
            lazy: None,
            type_ids,
            handlers,
            stack_maps,
            options,
            in_perf_map: Default::default(),
        }
    }
}

impl CompiledModuleInner {
    /// Call `f` with each frame offset that holds a reference at the safepoint at code
    /// address `pc` of this module (of its lazily compiled function `function`).
    pub(crate) fn for_each_root_slot(&self, pc: usize, function: Option<u32>, f: &mut dyn FnMut(i32)) {
        let slots = match (&self.lazy, function) {
            (Some(lazy), Some(defined)) => return lazy.for_each_root_slot(pc, defined, f),
            (None, None) => {
                let Some(base) = self.code.as_ref().map(|c| c.as_ptr() as usize) else { return };
                let Ok(ret) = u32::try_from(pc.wrapping_sub(base)) else { return };
                self.stack_maps.slots_at(ret)
            }
            // (The lazy thunks make no calls a collection can stop in.)
            _ => return,
        };
        slots.iter().for_each(|&o| f(o));
    }
}

impl ModuleCode for CompiledModuleInner {
    fn info(&self) -> &ModuleInfo {
        &self.info
    }

    fn offsets(&self) -> &VMOffsets {
        &self.offsets
    }

    fn type_id(&self, type_index: u32) -> u32 {
        self.type_ids[type_index as usize].id()
    }

    fn share_type_id(&self, type_index: u32) -> TypeIdRef {
        self.type_ids[type_index as usize].share()
    }

    fn type_display(&self, type_index: u32) -> *const u32 {
        self.type_ids[type_index as usize].display()
    }

    fn exception_handler(&self, pc: usize) -> Option<(usize, u32)> {
        if let Some(lazy) = &self.lazy {
            return lazy.exception_handler(pc);
        }
        let base = self.code.as_ref()?.as_ptr() as usize;
        let ret = u32::try_from(pc.checked_sub(base)?).ok()?;
        let i = self.handlers.binary_search_by_key(&ret, |h| h.ret).ok()?;
        let h = self.handlers[i];
        Some((base + h.landing as usize, h.frame_size))
    }

    fn defined_code(&self, defined: u32) -> *const u8 {
        let Some(code) = &self.code else { return std::ptr::null() };
        // SAFETY: the offset lies inside the mapping (it was computed when linking it).
        let linked = unsafe { code.as_ptr().add(self.func_offsets[defined as usize] as usize) };
        match &self.lazy {
            Some(lazy) => lazy.code(defined).unwrap_or(linked),
            None => linked,
        }
    }

    fn into_any(self: Arc<Self>) -> Arc<dyn Any + Send + Sync> {
        self
    }
}

fn err(e: wasmparser::BinaryReaderError) -> Error {
    Error::Compile { message: e.message().to_string(), offset: e.offset() as usize }
}

fn compile_err(e: CompileError) -> Error {
    let (message, offset) = e.into_parts();
    Error::Compile { message, offset }
}

fn const_expr(expr: &wasmparser::ConstExpr<'_>) -> Result<ConstExpr, Error> {
    if let Some(op) = single_const_op(expr) {
        return Ok(ConstExpr::One(op));
    }
    let ops = read_const_ops(expr)?;
    Ok(match <[ConstOp; 1]>::try_from(ops) {
        Ok([op]) => ConstExpr::One(op),
        Err(ops) => ConstExpr::Many(ops.into_boxed_slice()),
    })
}

/// Every operator of a constant expression, through wasmparser's decoder.
fn read_const_ops(expr: &wasmparser::ConstExpr<'_>) -> Result<Vec<ConstOp>, Error> {
    let mut ops = Vec::new();
    let mut reader = expr.get_operators_reader();
    loop {
        let (op, offset) = reader.read_with_offset().map_err(err)?;
        ops.push(match op {
            Operator::End => break,
            Operator::I32Const { value } => ConstOp::I32(value),
            Operator::I64Const { value } => ConstOp::I64(value),
            Operator::F32Const { value } => ConstOp::F32(value.bits()),
            Operator::F64Const { value } => ConstOp::F64(value.bits()),
            Operator::V128Const { value } => {
                let v = u128::from(value);
                ConstOp::V128(Box::new([v as u64, (v >> 64) as u64]))
            }
            Operator::GlobalGet { global_index } => ConstOp::GlobalGet(global_index),
            Operator::RefNull { .. } => ConstOp::RefNull,
            Operator::RefFunc { function_index } => ConstOp::RefFunc(function_index),
            Operator::RefI31 => ConstOp::RefI31,
            Operator::AnyConvertExtern | Operator::ExternConvertAny => ConstOp::ConvertRef,
            Operator::StructNew { struct_type_index } => {
                ConstOp::StructNew { type_index: struct_type_index, init: ConstInit::Operands }
            }
            Operator::StructNewDefault { struct_type_index } => {
                ConstOp::StructNew { type_index: struct_type_index, init: ConstInit::Default }
            }
            Operator::ArrayNew { array_type_index } => {
                ConstOp::ArrayNew { type_index: array_type_index, init: ConstInit::Operands }
            }
            Operator::ArrayNewDefault { array_type_index } => {
                ConstOp::ArrayNew { type_index: array_type_index, init: ConstInit::Default }
            }
            Operator::ArrayNewFixed { array_type_index, array_size } => {
                ConstOp::ArrayNew { type_index: array_type_index, init: ConstInit::Fixed(array_size) }
            }
            Operator::I32Add => ConstOp::I32Add,
            Operator::I32Sub => ConstOp::I32Sub,
            Operator::I32Mul => ConstOp::I32Mul,
            Operator::I64Add => ConstOp::I64Add,
            Operator::I64Sub => ConstOp::I64Sub,
            Operator::I64Mul => ConstOp::I64Mul,
            other => {
                return Err(Error::Compile {
                    message: format!("unsupported constant expression operator {other:?}"),
                    offset: offset as usize,
                })
            }
        });
    }
    Ok(ops)
}

/// The operator of a (validated) constant expression that is one `i32.const` or
/// `global.get` followed by `end`, read straight from its bytes; `None` for any other.
fn single_const_op(expr: &wasmparser::ConstExpr<'_>) -> Option<ConstOp> {
    let mut reader = expr.get_binary_reader();
    let op = reader.read_u8().ok()?;
    let op = match op {
        0x41 => ConstOp::I32(reader.read_var_i32().ok()?),
        0x23 => ConstOp::GlobalGet(reader.read_var_u32().ok()?),
        _ => return None,
    };
    (reader.read_u8().ok()? == 0x0b && reader.eof()).then_some(op)
}

/// How to compile a module.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct CompileOptions {
    pub(crate) features: WasmFeatures,
    /// The instruction-set extensions the code may use (the host's by default).
    pub(crate) cpu: CpuFeatures,
    /// Emit termination checks.
    pub(crate) interruptible: bool,
    /// Validate everything now, compile each function on its first call.
    pub(crate) lazy: bool,
    /// Keep a copy of every custom section.
    pub(crate) keep_custom_sections: bool,
    /// Keep the function names of the name section (for backtraces).
    pub(crate) keep_names: bool,
}

/// Parse, validate and compile `bytes`, and map the code.
pub(crate) fn compile(bytes: &[u8], options: CompileOptions) -> Result<CompiledModuleInner, Error> {
    compile_listened(bytes, options, None)
}

/// [`compile`], asking `listen` (when given) which functions get a listener.
pub(crate) fn compile_listened(
    bytes: &[u8],
    options: CompileOptions,
    listen: Option<&ListenerFactory>,
) -> Result<CompiledModuleInner, Error> {
    let (mut info, offsets, mut compiled, lazy) = compile_functions::<Masm>(bytes, options, listen)?;
    let type_ids = module_type_ids(&info.rec_groups).map_err(|index| Error::Compile {
        message: format!("type {index} refers to a type defined after its recursion group"),
        offset: 0,
    })?;
    with_object_params(&mut info, &type_ids);
    let Some(lazy) = lazy.and_then(|recorded| LazyCode::new(bytes, recorded)) else {
        // Keep what an artifact needs of the module besides its code (data segments are
        // ranges of it from now on).
        let (sections, moved) = strip_code(bytes, options.keep_custom_sections);
        move_data_segments(&mut info.data, &moved);
        info.module_bytes = Arc::new(sections);
        let mut handlers = compiled.placed.handlers.clone();
        handlers.sort_unstable_by_key(|h| h.ret);
        let mut stack_maps = std::mem::take(&mut compiled.placed.stack_maps);
        stack_maps.sort();
        let (code, func_offsets) = link(compiled, info.num_imported_funcs)?;
        let sites = (handlers, stack_maps);
        return Ok(CompiledModuleInner::eager(info, code, func_offsets, type_ids, sites, options));
    };
    info.module_bytes = lazy.bytes().clone();
    // Lazy: the image holds only the thunks of every function and their shared stub.
    let (stubs, thunks) = lazy_stubs::<Masm>(info.num_imported_funcs, lazy.len() as u32)
        .map_err(|message| Error::Compile { message, offset: 0 })?;
    debug_assert!(stubs.relocs.is_empty(), "the lazy stubs make no direct calls");
    let code = CodeMemory::new(&stubs.code).map_err(|e| Error::Instantiate(format!("cannot map code: {e}")))?;
    let func_order = order_by_offset(&thunks);
    Ok(CompiledModuleInner {
        info,
        offsets,
        code: Some(code),
        func_offsets: thunks,
        func_order,
        lazy: Some(lazy),
        type_ids,
        handlers: Vec::new(),
        stack_maps: Default::default(),
        options,
        in_perf_map: Default::default(),
    })
}

/// Let the host call `info`'s functions with struct or array parameters: their
/// signatures learn the parameters' canonical type ids (`FuncType::with_object_params`).
pub(crate) fn with_object_params(info: &mut ModuleInfo, type_ids: &[TypeIdRef]) {
    let aggregates = info.aggregate_types.clone();
    for (sig, t) in info.signatures.iter_mut().zip(&info.types) {
        *sig = std::mem::take(sig).with_object_params(t, &aggregates, |i| type_ids[i as usize].id());
    }
}

/// A compiled module made shareable, with its code registered for backtraces (once, however
/// many runtimes use it).
pub(crate) fn publish(module: CompiledModuleInner) -> Arc<CompiledModuleInner> {
    let module = Arc::new(module);
    super::backtrace::register(&module);
    module
}

/// The indices of `offsets` sorted by offset.
fn order_by_offset(offsets: &[u32]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..offsets.len() as u32).collect();
    order.sort_unstable_by_key(|&i| offsets[i as usize]);
    order
}

/// What compiling a module's functions gives: their code in an image not yet executable,
/// and where each function landed (none in lazy mode, or without functions).
pub(crate) struct CompiledFunctions {
    pub(crate) image: Option<CodeImage>,
    pub(crate) placed: Placed,
}

/// Parse and validate `bytes` and compile every function body with backend `M` (any
/// ISA, whatever the host: the code is only bytes until it is linked and mapped).
#[allow(clippy::type_complexity)]
pub(crate) fn compile_functions<M: MacroAssembler + 'static>(
    bytes: &[u8],
    options: CompileOptions,
    listen: Option<&ListenerFactory>,
) -> Result<(ModuleInfo, VMOffsets, CompiledFunctions, Option<LazyBodies>), Error> {
    let CompileOptions { features, cpu, interruptible, lazy, .. } = options;
    let mut validator = Validator::new_with_features(features);
    let mut info = ModuleInfo::default();
    let mut parser = Parser::new(0);
    parser.set_features(features);
    let mut bodies: Option<BodyCompiler<'_, M>> = None;
    for payload in parser.parse_all(bytes) {
        let payload = payload.map_err(err)?;
        if let Payload::CodeSectionStart { unchecked_range, .. } = &payload {
            if let Some(factory) = listen {
                info.listeners = super::listen::listen_to(bytes, &info, factory);
            }
            let env = EnvData {
                types: info.types.clone(),
                open_types: info.open_types.clone(),
                aggregate_types: info.aggregate_types.clone(),
                aggregate_layouts: info.aggregate_layouts.clone(),
                func_types: info.func_types.clone(),
                num_imported_funcs: info.num_imported_funcs,
                globals: info.globals.clone(),
                stores_refs_into_imports: info.stores_refs_into_imports.clone(),
                num_imported_globals: info.num_imported_globals,
                tables: info.tables.clone(),
                num_imported_tables: info.num_imported_tables,
                memories: info.memories.clone(),
                tags: info.tags.clone(),
                legacy_exceptions: features.contains(wasmparser::WasmFeatures::LEGACY_EXCEPTIONS),
                offsets: vm_offsets(&info),
                cpu,
                has_v128: mentions_v128(&info.types, &info.globals),
                interruptible,
                tail_calls: features.contains(wasmparser::WasmFeatures::TAIL_CALL),
                lazy,
                code_budget: CodeBudget::for_module(bytes.len()),
                listened: info.listeners.iter().map(Option::is_some).collect(),
                stack_maps: features.contains(wasmparser::WasmFeatures::GC),
            };
            let section_bytes = (unchecked_range.end - unchecked_range.start) as usize;
            let image = match lazy {
                true => None,
                false => Some(reserve_image::<M>(&env, &info, section_bytes)?),
            };
            bodies = Some(BodyCompiler::new(env, image, section_bytes));
        }
        if let ValidPayload::Func(func, body) = validator.payload(&payload).map_err(err)? {
            let compiler = bodies.as_mut().ok_or_else(|| Error::Compile {
                message: "function body outside a code section".into(),
                offset: body.range().start as usize,
            })?;
            compiler.push(func, body).map_err(compile_err)?;
            continue;
        }
        parse_payload(&mut info, payload, &options)?;
    }
    let (placed, image, lazy) = match bodies {
        Some(compiler) => compiler.finish().map_err(compile_err)?,
        None => (Placed::default(), None, None),
    };
    let offsets = vm_offsets(&info);
    Ok((info, offsets, CompiledFunctions { image, placed }, lazy))
}

/// The vmctx layout of a module whose types, functions, tables and globals are known.
pub(crate) fn vm_offsets(info: &ModuleInfo) -> VMOffsets {
    VMOffsets::new(crate::vm::vmctx::VmctxCounts {
        types: info.types.len() as u32,
        imported_funcs: info.num_imported_funcs,
        funcs: info.func_types.len() as u32,
        tables: info.tables.len() as u32,
        globals: info.globals.len() as u32,
        memories: info.memories.len() as u32,
        tags: info.tags.len() as u32,
        aggregates: info.aggregate_types.len() as u32,
    })
}

/// Refuse a global or table of exception references: exception objects live only as long
/// as the entries from the host whose frames may hold them (see `vm::exception`). An
/// immutable global is allowed (`Mutability::Immutable`): it is always null, as no
/// constant expression makes an exception and an imported one is immutable too.
fn no_stored_exnref_in(ty: wasmparser::ValType, mutability: Mutability) -> Result<(), Error> {
    match mutability {
        Mutability::Immutable => Ok(()),
        Mutability::Mutable => no_stored_exnref(ty),
    }
}

/// Whether a global can change after instantiation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mutability {
    Immutable,
    Mutable,
}

impl Mutability {
    fn of(mutable: bool) -> Mutability {
        if mutable {
            Mutability::Mutable
        } else {
            Mutability::Immutable
        }
    }
}

/// Refuse a table, mutable global or field of exception references (see
/// [`no_stored_exnref_in`]).
fn no_stored_exnref(ty: wasmparser::ValType) -> Result<(), Error> {
    match ty {
        wasmparser::ValType::Ref(r) if crate::reftype::refers_to_exceptions(r) => {
            Err(Error::Compile { message: "unsupported: exnref globals and tables".into(), offset: 0 })
        }
        _ => Ok(()),
    }
}

/// Add what `payload` says to `info`, keeping custom sections and function names as
/// `options` asks.
pub(crate) fn parse_payload(
    info: &mut ModuleInfo,
    payload: Payload<'_>,
    options: &CompileOptions,
) -> Result<(), Error> {
    match payload {
        Payload::TypeSection(reader) => {
            for group in reader {
                let group = group.map_err(err)?;
                // The group's own struct and array types first: its function types may name
                // later ones.
                let first = info.types.len() as u32;
                let own = aggregate_indices(std::slice::from_ref(&group));
                info.aggregate_types.extend(own.into_iter().map(|i| first + i));
                for ty in group.types() {
                    let Some(layout) =
                        crate::vm::gc_layout::AggregateLayout::of(&ty.composite_type.inner, &info.aggregate_types)
                    else {
                        continue;
                    };
                    for field in layout.fields.iter() {
                        if let wasmparser::StorageType::Val(t) = field.ty {
                            no_stored_exnref(t)?;
                        }
                    }
                    info.aggregate_layouts.push(layout);
                }
                for ty in group.types() {
                    let depth = match ty.supertype_idxs.first().and_then(|s| s.as_module_index()) {
                        // Validated: a supertype is defined before its subtypes.
                        Some(s) => info.type_depths.get(s as usize).map_or(0, |d| d + 1),
                        None => 0,
                    };
                    info.type_depths.push(depth);
                    info.open_types.push((!ty.is_final).then_some(depth));
                    let func = match &ty.composite_type.inner {
                        wasmparser::CompositeInnerType::Func(f) => f.clone(),
                        _ => wasmparser::FuncType::new([], []),
                    };
                    info.signatures.push(crate::FuncType::from_wasm(&func, &info.aggregate_types));
                    info.types.push(func);
                }
                info.rec_groups.push(group);
            }
        }
        Payload::ImportSection(reader) => {
            for import in reader.into_imports() {
                let import = import.map_err(err)?;
                match import.ty {
                    TypeRef::Func(t) | TypeRef::FuncExact(t) => {
                        info.func_types.push(t);
                        info.num_imported_funcs += 1;
                    }
                    TypeRef::Table(t) => {
                        no_stored_exnref(wasmparser::ValType::Ref(t.element_type))?;
                        info.tables.push(t);
                        info.table_inits.push(None);
                        info.num_imported_tables += 1;
                    }
                    TypeRef::Memory(m) => {
                        info.memories.push(m);
                        info.num_imported_memories += 1;
                    }
                    TypeRef::Global(g) => {
                        no_stored_exnref_in(g.content_type, Mutability::of(g.mutable))?;
                        info.globals.push(g);
                        info.num_imported_globals += 1;
                    }
                    TypeRef::Tag(t) => {
                        info.tags.push(t.func_type_idx);
                        info.num_imported_tags += 1;
                    }
                }
                info.imports.push(ImportInfo {
                    module: import.module.to_string(),
                    name: import.name.to_string(),
                    ty: import.ty,
                });
            }
        }
        Payload::FunctionSection(reader) => {
            for t in reader {
                info.func_types.push(t.map_err(err)?);
            }
        }
        Payload::TableSection(reader) => {
            for table in reader {
                let table = table.map_err(err)?;
                no_stored_exnref(wasmparser::ValType::Ref(table.ty.element_type))?;
                info.tables.push(table.ty);
                info.table_inits.push(match table.init {
                    wasmparser::TableInit::RefNull => None,
                    wasmparser::TableInit::Expr(e) => Some(const_expr(&e)?),
                });
            }
        }
        Payload::MemorySection(reader) => {
            for m in reader {
                info.memories.push(m.map_err(err)?);
            }
        }
        Payload::GlobalSection(reader) => {
            for g in reader {
                let g = g.map_err(err)?;
                no_stored_exnref_in(g.ty.content_type, Mutability::of(g.ty.mutable))?;
                info.globals.push(g.ty);
                info.global_inits.push(const_expr(&g.init_expr)?);
            }
        }
        Payload::ExportSection(reader) => {
            for e in reader {
                let e = e.map_err(err)?;
                info.exports.push((e.name.to_string(), e.kind, e.index));
                Arc::make_mut(&mut info.export_map).insert(e.name.to_string(), (e.kind, e.index));
            }
        }
        Payload::TagSection(reader) => {
            for t in reader {
                info.tags.push(t.map_err(err)?.func_type_idx);
            }
        }
        Payload::StartSection { func, .. } => info.start = Some(func),
        Payload::ElementSection(reader) => {
            for e in reader {
                let e = e.map_err(err)?;
                let declared = matches!(e.kind, wasmparser::ElementKind::Declared);
                let active = match e.kind {
                    wasmparser::ElementKind::Active { table_index, offset_expr } => {
                        Some((table_index.unwrap_or(0), const_expr(&offset_expr)?))
                    }
                    _ => None,
                };
                let items = match e.items {
                    wasmparser::ElementItems::Functions(funcs) => {
                        // Validated: the count is real, and each item takes at least a byte.
                        let mut indices =
                            Vec::with_capacity((funcs.count() as usize).min((e.range.end - e.range.start) as usize));
                        for f in funcs {
                            indices.push(f.map_err(err)?);
                        }
                        ElemItems::Functions(indices)
                    }
                    wasmparser::ElementItems::Expressions(_, exprs) => ElemItems::Exprs(
                        exprs.into_iter().map(|e| const_expr(&e.map_err(err)?)).collect::<Result<_, _>>()?,
                    ),
                };
                info.elements.push(ElemSegment { active, items, declared });
            }
        }
        Payload::DataSection(reader) => {
            for d in reader {
                let d = d.map_err(err)?;
                let active = match d.kind {
                    wasmparser::DataKind::Active { memory_index, offset_expr } => {
                        Some((memory_index, const_expr(&offset_expr)?))
                    }
                    wasmparser::DataKind::Passive => None,
                };
                // The bytes end the segment; the range is where they are in the parsed bytes.
                let end = d.range.end as usize;
                info.data.push(DataSegment { active, range: end - d.data.len()..end });
            }
        }
        Payload::CustomSection(reader) => {
            if let KnownCustom::Name(names) = reader.as_known() {
                let functions = options.keep_names.then_some(&mut info.func_names);
                super::sections::read_name_section(names, &mut info.name, functions);
            }
            if options.keep_custom_sections {
                info.custom_sections.push((reader.name().to_string(), reader.data().to_vec()));
            }
        }
        _ => {}
    }
    Ok(())
}

/// The image for the code of a module whose code section (of `section_bytes`) starts
/// now: room for all the code its budget allows plus each function's alignment, but no
/// more than direct calls reach. Only the pages written are ever backed.
fn reserve_image<M: MacroAssembler>(
    env: &EnvData,
    info: &ModuleInfo,
    section_bytes: usize,
) -> Result<CodeImage, Error> {
    let defined = info.func_types.len().saturating_sub(info.num_imported_funcs as usize);
    let capacity = env.code_budget.limit().saturating_add(defined.saturating_mul(16)).min(M::MAX_CALL_DISTANCE);
    // Real code is 1.5-2.5 times its body bytes.
    let huge = CodeImage::wants_huge_pages(section_bytes.saturating_mul(2));
    CodeImage::reserve(capacity, huge).map_err(|e| Error::Instantiate(format!("cannot map code: {e}")))
}

/// Patch the direct calls between the module's functions (each function's code is
/// already in the image), remove the reloads of the pinned registers after those whose
/// callee makes no tail call, and make the image executable. Returns the code and the offset
/// of each defined function.
fn link(compiled: CompiledFunctions, num_imported: u32) -> Result<(Option<CodeMemory>, Vec<u32>), Error> {
    let CompiledFunctions { image, placed } = compiled;
    let Some(mut image) = image.filter(|_| !placed.funcs.is_empty()) else { return Ok((None, Vec::new())) };
    let offsets: Vec<u32> = placed.funcs.iter().map(|f| f.offset).collect();
    let code = image.bytes_mut();
    for call in &placed.calls {
        // Direct calls pass parameters in registers: they enter past the stub that loads
        // them from the stack for every other caller.
        let callee = &placed.funcs[(call.callee - num_imported) as usize];
        let target = callee.offset + callee.register_entry;
        <Masm as MacroAssembler>::patch_call(code, call.offset as usize, i64::from(target));
    }
    // A callee without tail calls returns with our vmctx and heap base: no reload after it.
    for reload in &placed.pinned_reloads {
        if !placed.funcs[(reload.callee - num_imported) as usize].tail_calls {
            <Masm as MacroAssembler>::patch_nops(code, reload.start as usize..reload.end as usize);
        }
    }
    let code = image.finish().map_err(|e| Error::Instantiate(format!("cannot map code: {e}")))?;
    Ok((Some(code), offsets))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With tail calls enabled, the linker removes the reload of the pinned registers after
    /// a direct call of a function that makes no tail call, and keeps the one after a call
    /// of a function that does (`tests/api.rs` runs the case it exists for).
    #[test]
    fn the_linker_removes_reloads_only_after_callees_without_tail_calls() {
        let wasm = wat::parse_str(
            r#"(module
                 (func $plain (result i32) (i32.const 1))
                 (func $tail (result i32) (return_call $plain))
                 (func (export "run") (result i32) (i32.add (call $plain) (call $tail))))"#,
        )
        .expect("test module parses");
        let mut features = WasmFeatures::default();
        features.set(WasmFeatures::TAIL_CALL, true);
        let options = CompileOptions { features, ..Default::default() };
        let (info, _, mut compiled, _) = compile_functions::<Masm>(&wasm, options, None).expect("compiles");
        let reloads = compiled.placed.pinned_reloads.clone();
        let callees: Vec<u32> = reloads.iter().map(|r| r.callee).collect();
        assert_eq!(callees, [0, 1], "one reload after each `call` ($tail's `return_call` is none)");
        let unlinked = compiled.image.as_mut().expect("an image").bytes_mut().to_vec();
        let (code, _) = link(compiled, info.num_imported_funcs).expect("links");
        let code = code.expect("code");
        // SAFETY: the mapping holds `len()` readable bytes while `code` lives.
        let linked = unsafe { std::slice::from_raw_parts(code.as_ptr(), code.len()) };
        let mut nops = vec![0u8; 16];
        for reload in &reloads {
            let range = reload.start as usize..reload.end as usize;
            assert_ne!(unlinked[range.clone()], nops[..range.len()], "an instruction to remove");
            if reload.callee == 0 {
                <Masm as MacroAssembler>::patch_nops(&mut nops, 0..range.len());
                assert_eq!(linked[range.clone()], nops[..range.len()], "no-ops after the call of $plain");
            } else {
                assert_eq!(linked[range.clone()], unlinked[range], "the reload after the call of $tail");
            }
        }
    }

    /// The constant expressions of the globals of `wat`, read both ways.
    fn both_ways(wat: &str) -> Vec<(Vec<ConstOp>, Vec<ConstOp>)> {
        let wasm = wat::parse_str(wat).expect("test module parses");
        let mut out = Vec::new();
        for payload in Parser::new(0).parse_all(&wasm) {
            if let Ok(Payload::GlobalSection(reader)) = payload {
                for g in reader {
                    let init = g.expect("global").init_expr;
                    let fast = const_expr(&init).expect("reads").ops().to_vec();
                    out.push((fast, read_const_ops(&init).expect("reads")));
                }
            }
        }
        out
    }

    #[test]
    fn single_operator_expressions_read_from_bytes_agree_with_the_decoder() {
        let pairs = both_ways(
            r#"(module (global $g i32 (i32.const 7))
                 (global i32 (i32.const -1)) (global i32 (i32.const 2147483647))
                 (global i32 (i32.const -2147483648)) (global i32 (global.get $g))
                 (global i64 (i64.const 5)) (global f32 (f32.const 1.5))
                 (global i32 (i32.add (global.get $g) (i32.const 3))))"#,
        );
        assert_eq!(pairs.len(), 8);
        for (fast, slow) in &pairs {
            assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        }
        assert!(matches!(pairs[0].0[..], [ConstOp::I32(7)]));
        assert!(matches!(pairs[4].0[..], [ConstOp::GlobalGet(0)]));
        assert_eq!(pairs[7].0.len(), 3);
    }

    #[test]
    fn padded_immediates_read_from_bytes() {
        // i32.const 3 and global.get 0 with five-byte LEB128s, as linkers emit them.
        let expr = |bytes: &'static [u8]| wasmparser::ConstExpr::new(wasmparser::BinaryReader::new(bytes, 0));
        let op = single_const_op(&expr(&[0x41, 0x83, 0x80, 0x80, 0x80, 0x00, 0x0b]));
        assert!(matches!(op, Some(ConstOp::I32(3))));
        let op = single_const_op(&expr(&[0x23, 0x80, 0x80, 0x80, 0x80, 0x00, 0x0b]));
        assert!(matches!(op, Some(ConstOp::GlobalGet(0))));
        // Anything more than one operator is left to the decoder.
        assert!(single_const_op(&expr(&[0x41, 0x01, 0x41, 0x02, 0x6a, 0x0b])).is_none());
    }
}

/// Whether a module's types or globals mention `v128`.
fn mentions_v128(types: &[wasmparser::FuncType], globals: &[wasmparser::GlobalType]) -> bool {
    use crate::compiler::ValueLayout;
    types.iter().any(|t| ValueLayout::of_signature(t) == ValueLayout::Wide)
        || globals.iter().any(|g| g.content_type == wasmparser::ValType::V128)
}
