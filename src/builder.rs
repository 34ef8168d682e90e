//! Host modules: functions, globals, tables and memories defined in Rust and imported by
//! wasm modules by name.

use crate::engine::host::{HostCallback, HostFuncCtx, RawFn};
use crate::runtime::RuntimeInner;
use crate::typed::{WasmParams, WasmResults};
use crate::vm::global::GlobalCell;
use crate::vm::instance::Instance;
use crate::vm::memory::{IndexType, LinearMemory, MemoryStyle};
use crate::vm::types::host_type_id;
use crate::vm::{memory_def, table::Table};
use crate::{Caller, Error, FuncType, Module, Val};
use std::sync::Arc;
use wasmparser::ExternalKind;

enum HostItem {
    Func(FuncType, HostCallback),
    Global(Val, bool),
    Table(u32, Option<u32>),
    Memory(u32, Option<u32>, memory_def::Sharing),
    Tag(FuncType),
}

/// Builds a host module.
///
/// ```
/// use onepass::{FuncType, Runtime, Val, ValType};
/// let runtime = Runtime::new();
/// runtime
///     .new_host_module_builder("env")
///     .func("double", FuncType::new([ValType::I32], [ValType::I32]), |_caller, args| {
///         let Val::I32(x) = args[0] else { unreachable!() };
///         Ok(vec![Val::I32(x * 2)])
///     })
///     .instantiate()
///     .unwrap();
/// let wasm = wat::parse_str(r#"(module (import "env" "double" (func $d (param i32) (result i32)))
///     (func (export "quad") (param i32) (result i32) local.get 0 call $d call $d))"#).unwrap();
/// let module = runtime.instantiate(&wasm).unwrap();
/// let quad = module.exported_function("quad").unwrap();
/// assert_eq!(quad.call(&[Val::I32(5)]).unwrap(), vec![Val::I32(20)]);
/// ```
pub struct HostModuleBuilder {
    runtime: Arc<RuntimeInner>,
    name: String,
    items: Vec<(String, HostItem)>,
}

impl HostModuleBuilder {
    pub(crate) fn new(runtime: Arc<RuntimeInner>, name: String) -> HostModuleBuilder {
        HostModuleBuilder { runtime, name, items: Vec::new() }
    }

    /// Export a host function with signature `ty`.
    pub fn func<F>(mut self, name: impl Into<String>, ty: FuncType, f: F) -> Self
    where
        F: Fn(&mut Caller<'_>, &[Val]) -> Result<Vec<Val>, Error> + Send + Sync + 'static,
    {
        self.items.push((name.into(), HostItem::Func(ty, HostCallback::Vals(Arc::new(f)))));
        self
    }

    /// Export a host function over the raw wasm stack: `stack` holds the parameters'
    /// bits on entry and must hold the results' bits on return (it has room for both).
    /// The fastest form; signatures with reference types are refused at instantiation.
    ///
    /// Each value takes one word (value `i` in `stack[i]`), except in a signature with a
    /// `v128` among its parameters or results, where every value takes two: value `i` in
    /// `stack[2 * i]` and `stack[2 * i + 1]`, a `v128` as its low 64 bits then its high
    /// 64, any other value in the first word (the second is ignored on entry and set to 0
    /// on return for a scalar result).
    ///
    /// ```
    /// use onepass::{FuncType, Runtime, Val, ValType};
    /// let runtime = Runtime::new();
    /// let ty = FuncType::new([ValType::V128, ValType::I32], [ValType::V128]);
    /// let m = runtime
    ///     .new_host_module_builder("env")
    ///     .func_raw("shl", ty, |_caller, stack| {
    ///         let v = stack[0] as u128 | (stack[1] as u128) << 64; // param 0: words 0 and 1
    ///         let shifted = v << (stack[2] & 127); // param 1 (an i32): word 2
    ///         [stack[0], stack[1]] = [shifted as u64, (shifted >> 64) as u64]; // result 0
    ///         Ok(())
    ///     })
    ///     .instantiate()
    ///     .unwrap();
    /// let shl = m.exported_function("shl").unwrap();
    /// assert_eq!(shl.call(&[Val::V128(1), Val::I32(100)]).unwrap(), vec![Val::V128(1 << 100)]);
    /// ```
    pub fn func_raw<F>(mut self, name: impl Into<String>, ty: FuncType, f: F) -> Self
    where
        F: Fn(&mut Caller<'_>, &mut [u64]) -> Result<(), Error> + Send + Sync + 'static,
    {
        self.items.push((name.into(), HostItem::Func(ty, HostCallback::Raw(Arc::new(f)))));
        self
    }

    /// Export a typed Rust closure; its signature comes from the closure's types.
    ///
    /// ```
    /// # let runtime = onepass::Runtime::new();
    /// runtime.new_host_module_builder("math")
    ///     .func_wrap("mul_add", |_caller, (a, b, c): (i64, i64, i64)| Ok(a * b + c))
    ///     .instantiate()
    ///     .unwrap();
    /// ```
    pub fn func_wrap<P, R, F>(mut self, name: impl Into<String>, f: F) -> Self
    where
        P: WasmParams,
        R: WasmResults,
        F: Fn(&mut Caller<'_>, P) -> Result<R, Error> + Send + Sync + 'static,
    {
        let ty = FuncType::new(P::types(), R::types());
        let stride = ty.word_stride();
        let f = Arc::new(f);
        // The typed entry reaches the closure through this address; `raw` owns it.
        let closure = Arc::as_ptr(&f) as usize;
        let raw: Arc<RawFn> = Arc::new(move |caller: &mut Caller<'_>, stack: &mut [u64]| {
            crate::engine::host::run_typed(&*f, caller, stack, stride)
        });
        let entry = crate::engine::host::typed_entry::<P, R, F>;
        self.items.push((name.into(), HostItem::Func(ty, HostCallback::Typed { raw, entry, closure })));
        self
    }

    /// Export a global with initial value `value`.
    pub fn global(mut self, name: impl Into<String>, value: Val, mutable: bool) -> Self {
        self.items.push((name.into(), HostItem::Global(value, mutable)));
        self
    }

    /// Export a funcref table.
    pub fn table(mut self, name: impl Into<String>, min: u32, max: Option<u32>) -> Self {
        self.items.push((name.into(), HostItem::Table(min, max)));
        self
    }

    /// Export a memory of `min` pages (at most `max`).
    pub fn memory(mut self, name: impl Into<String>, min: u32, max: Option<u32>) -> Self {
        self.items.push((name.into(), HostItem::Memory(min, max, memory_def::Sharing::Unshared)));
        self
    }

    /// Export a shared memory of `min` pages, at most `max` (the threads proposal,
    /// [`crate::CoreFeatures::THREADS`]): modules of the runtime that import it, on any
    /// number of threads, see one memory, which never moves when it grows. How programs
    /// built for `wasm32-wasip1-threads` get the memory they import.
    pub fn shared_memory(mut self, name: impl Into<String>, min: u32, max: u32) -> Self {
        self.items.push((name.into(), HostItem::Memory(min, Some(max), memory_def::Sharing::Shared)));
        self
    }

    /// Export an exception tag whose exceptions carry values of types `params`
    /// ([`crate::CoreFeatures::EXCEPTIONS`]). Host functions throw with it by returning
    /// `Err(Error::Exception(Exception::new(&tag, payload)?))`, the tag taken from the built
    /// module with [`Module::exported_tag`].
    pub fn tag(mut self, name: impl Into<String>, params: impl IntoIterator<Item = crate::ValType>) -> Self {
        self.items.push((name.into(), HostItem::Tag(FuncType::new(params, []))));
        self
    }

    /// Create the module in the runtime.
    pub fn instantiate(self) -> Result<Module, Error> {
        self.runtime.config.validate()?;
        // The reference globals' objects live only in the new module until the store lists
        // it: no collection meanwhile.
        let _mutator = self.runtime.store.gc_heap.mutator();
        let mut inst = Instance::new_host(self.name, &self.runtime.store);
        // The initial values of reference globals, held until the module is built and has
        // retained them (their handles may be the only owners of their modules).
        let mut initial_refs = Vec::new();
        for (name, item) in self.items {
            let (kind, index) = match item {
                HostItem::Func(ty, cb) => {
                    if !ty.crosses_host() {
                        return Err(Error::Instantiate(format!(
                            "host function {name}: exnref values cannot pass between wasm and the host"
                        )));
                    }
                    let has_refs = ty.params().iter().chain(ty.results()).any(|t| t.is_ref());
                    if has_refs && !matches!(cb, HostCallback::Vals(_)) {
                        return Err(Error::Instantiate(format!(
                            "host function {name}: the raw form cannot take or return references"
                        )));
                    }
                    let heap = &self.runtime.store.gc_heap;
                    let mut ctx = HostFuncCtx::new(ty.clone(), host_type_id(&ty), cb, heap);
                    if let Some(factory) = &self.runtime.config.listener_factory {
                        let definition = crate::listener::FunctionDefinition {
                            module_name: inst.name.clone(),
                            index: inst.funcs.len() as u32,
                            name: Some(name.clone()),
                            export_names: vec![name.clone()],
                            func_type: ty.clone(),
                        };
                        ctx.set_listener(crate::engine::listen::make_listened(factory, definition));
                    }
                    inst.funcs.push(&ctx.funcref as *const _);
                    inst.func_types.push(ty);
                    inst.host_funcs.push(ctx);
                    (ExternalKind::Func, inst.funcs.len() - 1)
                }
                HostItem::Global(v, mutable) => {
                    if let Val::FuncRef(Some(f)) = &v {
                        if !f.belongs_to(&self.runtime.store) {
                            return Err(Error::Instantiate(format!(
                                "host global {name}: a function reference from another runtime"
                            )));
                        }
                    }
                    v.check_for(&self.runtime.store.gc_heap)
                        .map_err(|e| Error::Instantiate(format!("host global {name}: {e}")))?;
                    // A function reference is retained for this module once it is built.
                    let cell = GlobalCell::new(v.ty(), mutable, v.to_words());
                    inst.globals.push(Arc::new(cell));
                    initial_refs.push(v);
                    (ExternalKind::Global, inst.globals.len() - 1)
                }
                HostItem::Table(min, max) => {
                    let table =
                        Table::new(crate::ValType::FuncRef, min, max.map(u64::from)).map_err(Error::Instantiate)?;
                    inst.tables.push(Arc::new(table));
                    (ExternalKind::Table, inst.tables.len() - 1)
                }
                HostItem::Memory(min, max, sharing) => {
                    let config = &self.runtime.config;
                    let style =
                        MemoryStyle { index: IndexType::I32, capacity_from_max: config.memory_capacity_from_max };
                    let linear = LinearMemory::new(min as u64, max.map(u64::from), config.memory_limit_pages, style)
                        .map_err(|e| Error::Instantiate(e.to_string()))?;
                    inst.memories.push(Arc::new(memory_def::Memory::new(linear, max.map(u64::from), sharing)));
                    (ExternalKind::Memory, inst.memories.len() - 1)
                }
                HostItem::Tag(ty) => {
                    if !ty.crosses_host() {
                        return Err(Error::Instantiate(format!(
                            "host tag {name}: exnref values cannot pass between wasm and the host"
                        )));
                    }
                    inst.tags.push(Arc::new(crate::vm::tag::Tag { type_id: host_type_id(&ty), ty }));
                    (ExternalKind::Tag, inst.tags.len() - 1)
                }
            };
            Arc::make_mut(&mut inst.exports).insert(name, (kind, index as u32));
        }
        let module = self.runtime.add_host_module(inst);
        drop(initial_refs);
        module
    }
}
