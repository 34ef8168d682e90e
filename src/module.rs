//! An instantiated module and the handles to its exports.

use crate::runtime::RuntimeInner;
use crate::vm::global::GlobalCell;
use crate::vm::instance::{Extern, FuncHandle, Instance};
use crate::vm::memory_def;
use crate::vm::store::Store;
use crate::{Error, FuncType, Val, ValType};
use std::sync::Arc;

/// Exit code of a module closed because a call's deadline passed (as in wazero).
pub const EXIT_CODE_DEADLINE_EXCEEDED: u32 = 0xefff_ffff;

/// A module instance: exports by name, and close.
#[derive(Clone)]
pub struct Module {
    pub(crate) instance: Arc<Instance>,
    pub(crate) runtime: Arc<RuntimeInner>,
}

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Module").field("name", &self.instance.name).finish()
    }
}

impl Module {
    /// The name this module was instantiated under.
    pub fn name(&self) -> &str {
        &self.instance.name
    }

    /// Every export's name and kind, sorted by name.
    pub fn exports(&self) -> Vec<(String, crate::ExternKind)> {
        let mut exports: Vec<_> = self
            .instance
            .exports
            .iter()
            .map(|(name, (kind, _))| (name.clone(), crate::ExternKind::from_wasm(*kind)))
            .collect();
        exports.sort();
        exports
    }

    /// An exported function.
    pub fn exported_function(&self, name: &str) -> Option<Function> {
        match self.instance.export(name, &self.runtime.store)? {
            Extern::Func(handle) => Some(Function { handle }),
            _ => None,
        }
    }

    /// An exported memory.
    pub fn exported_memory(&self, name: &str) -> Option<Memory> {
        match self.instance.export(name, &self.runtime.store)? {
            Extern::Memory(inner) => Some(Memory { inner }),
            _ => None,
        }
    }

    /// An exported global.
    pub fn exported_global(&self, name: &str) -> Option<Global> {
        match self.instance.export(name, &self.runtime.store)? {
            Extern::Global(inner) => {
                Some(Global { inner, owner: self.instance.clone(), store: self.runtime.store.clone() })
            }
            _ => None,
        }
    }

    /// An exported exception tag.
    pub fn exported_tag(&self, name: &str) -> Option<Tag> {
        match self.instance.export(name, &self.runtime.store)? {
            Extern::Tag(inner) => Some(Tag { inner }),
            _ => None,
        }
    }

    /// Memory 0 of the module, exported or not.
    pub fn memory(&self) -> Option<Memory> {
        self.instance.memories.first().map(|m| Memory { inner: m.clone() })
    }

    /// Close the module with exit code 0.
    pub fn close(&self) -> Result<(), Error> {
        self.close_with_exit_code(0)
    }

    /// Close the module with `exit_code`; only the first close has an effect. Its name is
    /// free again at once; its functions fail with [`Error::Exit`] when called from Rust
    /// (and stop wherever they run, with
    /// [`crate::RuntimeConfig::with_close_on_context_done`]). Its memory is given back when
    /// nothing holds it any more (see the README's "Lifetimes").
    pub fn close_with_exit_code(&self, exit_code: u32) -> Result<(), Error> {
        self.instance.close(exit_code);
        Ok(())
    }

    /// Whether the module was closed.
    pub fn is_closed(&self) -> bool {
        self.instance.exit_code().is_some()
    }
}

/// An exported function (or a function reference).
#[derive(Clone)]
pub struct Function {
    pub(crate) handle: FuncHandle,
}

impl std::fmt::Debug for Function {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Function{}", self.handle.ty)
    }
}

impl PartialEq for Function {
    fn eq(&self, other: &Function) -> bool {
        std::ptr::eq(self.handle.ptr, other.handle.ptr)
    }
}

impl Function {
    /// The function behind a function reference (None for null).
    ///
    /// # Safety
    /// `ptr` must be null or point to a live `VMFuncRef` whose instance is alive, and whose
    /// runtime's store is alive (a call or a handle holds it).
    pub(crate) unsafe fn from_raw(ptr: *const crate::vm::vmctx::VMFuncRef) -> Option<Function> {
        if ptr.is_null() {
            return None;
        }
        // SAFETY: guaranteed by the caller.
        let (instance, type_id) = unsafe { ((*ptr).instance, (*ptr).type_id) };
        if instance.is_null() {
            return None;
        }
        // SAFETY: the instance is alive (caller's contract); we take a new strong count.
        let owner = unsafe {
            Arc::increment_strong_count(instance);
            Arc::from_raw(instance)
        };
        let store = owner.store()?;
        let ty = crate::vm::types::type_of_id(type_id);
        Some(Function { handle: FuncHandle { ptr, ty, owner, store } })
    }

    /// Whether the function belongs to the runtime whose store is `store`.
    pub(crate) fn belongs_to(&self, store: &Arc<Store>) -> bool {
        Arc::ptr_eq(&self.handle.store, store)
    }

    /// The function's signature.
    pub fn ty(&self) -> &FuncType {
        &self.handle.ty
    }

    /// Call with `args`; returns the results or the trap/error.
    pub fn call(&self, args: &[Val]) -> Result<Vec<Val>, Error> {
        if let Some(e) = self.closed_error() {
            return Err(e);
        }
        crate::engine::call(&self.handle, args)
    }

    /// The exit error when the module the function was taken from, or the one that
    /// defined it, was closed.
    pub(crate) fn closed_error(&self) -> Option<Error> {
        self.handle.owner.exit_code().or_else(|| self.handle.definer().exit_code()).map(Error::Exit)
    }

    /// Call with `args`, closing the module with [`EXIT_CODE_DEADLINE_EXCEEDED`] if the
    /// call is still running after `timeout`. Needs
    /// [`crate::RuntimeConfig::with_close_on_context_done`] to stop code that never returns.
    pub fn call_with_timeout(&self, args: &[Val], timeout: std::time::Duration) -> Result<Vec<Val>, Error> {
        let _armed = crate::engine::deadline::arm(&self.handle.owner, std::time::Instant::now() + timeout);
        self.call(args)
    }

    /// Whether this is a host function.
    pub(crate) fn is_host(&self) -> bool {
        // SAFETY: the handle keeps the funcref alive.
        unsafe { crate::engine::trampolines().is_host((*self.handle.ptr).code()) }
    }
}

/// An exception tag ([`crate::CoreFeatures::EXCEPTIONS`]): the identity of the exceptions
/// thrown with it. Two tags are equal when they are the same tag (each instance of a module
/// defines its own), not when their types are.
#[derive(Clone)]
pub struct Tag {
    pub(crate) inner: Arc<crate::vm::tag::Tag>,
}

impl Tag {
    /// The types of the values an exception of this tag carries (the parameters; no
    /// results).
    pub fn ty(&self) -> &FuncType {
        &self.inner.ty
    }
}

impl PartialEq for Tag {
    fn eq(&self, other: &Tag) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Eq for Tag {}

impl std::fmt::Debug for Tag {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tag({:?} at {:p})", self.inner.ty, Arc::as_ptr(&self.inner))
    }
}

/// A linear memory.
#[derive(Clone)]
pub struct Memory {
    pub(crate) inner: Arc<memory_def::Memory>,
}

impl Memory {
    /// Current size in bytes.
    pub fn size(&self) -> usize {
        self.inner.size()
    }
    /// Read `out.len()` bytes at `offset`; false (and nothing read) when out of range.
    pub fn read(&self, offset: u64, out: &mut [u8]) -> bool {
        self.inner.read(offset, out)
    }
    /// Write `data` at `offset`; false (and nothing written) when out of range.
    pub fn write(&self, offset: u64, data: &[u8]) -> bool {
        self.inner.write(offset, data)
    }
    /// Grow by `pages` 64 KiB pages; the previous size in pages, or None when it cannot
    /// grow (past its maximum or the runtime's limit, or the system refused).
    pub fn grow(&self, pages: u64) -> Option<u64> {
        self.inner.grow(pages)
    }
    /// Whether the memory has 64-bit addresses ([`crate::CoreFeatures::MEMORY64`]).
    pub fn is_64bit(&self) -> bool {
        self.inner.index == crate::vm::memory::IndexType::I64
    }
}

/// A global variable.
#[derive(Clone)]
pub struct Global {
    pub(crate) inner: Arc<GlobalCell>,
    /// The module the global was taken from: it is or holds the global's definer, which
    /// keeps alive the references the global holds.
    owner: Arc<Instance>,
    /// The runtime's store, which keeps pinned references alive.
    store: Arc<Store>,
}

impl Global {
    /// The value type.
    pub fn ty(&self) -> ValType {
        self.inner.ty
    }
    /// Whether it can be set.
    pub fn is_mutable(&self) -> bool {
        self.inner.mutable
    }
    /// The current value (all 16 bytes of a `v128`).
    pub fn get(&self) -> Val {
        let _ = &self.owner;
        // No collection until an object read here is rooted as an `AnyRef`.
        let _mutator = self.store.gc_heap.mutator();
        // SAFETY: the cell holds a value of its type; a function reference in it is kept
        // alive by the global's definer (held through `owner`) or the store (held here).
        unsafe { Val::from_words(self.inner.ty, self.inner.get_words()) }
    }
    /// Set the value (mutable globals of the same type only; a function reference must
    /// come from this global's runtime).
    pub fn set(&self, v: Val) -> Result<(), Error> {
        if !self.inner.mutable {
            return Err(Error::Call("global is immutable".into()));
        }
        // The object `v` roots must be in the global before `v` can unroot it: no
        // collection on another thread in between.
        let _mutator = self.store.gc_heap.mutator();
        if v.ty() != self.inner.ty {
            return Err(Error::Call(format!("global has type {}, got {}", self.inner.ty, v.ty())));
        }
        if let Val::FuncRef(Some(f)) = &v {
            if !f.belongs_to(&self.store) {
                return Err(Error::Call("a function reference from another runtime".into()));
            }
        }
        v.check_for(&self.store.gc_heap).map_err(Error::Call)?;
        if let Val::AnyRef(_) = &v {
            let key = self.inner.ref_key.unwrap_or(crate::reftype::RefKey::ANYREF);
            // SAFETY: an object of this runtime's heap, kept alive by `v`.
            if !unsafe { crate::vm::gc_heap::any_matches(v.to_bits(), key) } {
                return Err(Error::Call(format!("{v:?} is not a value of the global's reference type")));
            }
        }
        // Retains a function reference for the global's definer first.
        self.inner.set(v.to_words());
        Ok(())
    }
}

/// What a host function sees of its caller.
pub struct Caller<'a> {
    pub(crate) instance: Option<&'a Instance>,
}

impl Caller<'_> {
    /// The calling module's memory 0, if it has one (None when called from Rust).
    pub fn memory(&self) -> Option<Memory> {
        self.instance?.memories.first().map(|m| Memory { inner: m.clone() })
    }
    /// The calling module's name.
    pub fn module_name(&self) -> Option<&str> {
        self.instance.map(|i| i.name.as_str())
    }

    /// Close the calling module with `exit_code` (running code stops where termination
    /// checks are enabled; later calls fail with the exit error).
    pub fn close_with_exit_code(&self, exit_code: u32) {
        if let Some(instance) = self.instance {
            instance.close(exit_code);
        }
    }

    /// The calling module's WASI state (modules that import WASI have one).
    pub(crate) fn wasi(&self) -> Option<&crate::wasi::WasiCtx> {
        self.instance?.wasi.as_deref()
    }
}
