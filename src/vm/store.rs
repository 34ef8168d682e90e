//! The store: what one runtime owns besides its configuration — the names of its modules,
//! every instance it made (so that closing the runtime closes them all), and the instances
//! it *pins* because a reference to one of their functions was stored where no ownership
//! edge reaches.
//!
//! # Who keeps what alive
//!
//! Instances are reference counted (`Arc<Instance>`). Their owners are:
//! - handles given to the host: [`crate::Module`], [`crate::Function`], [`crate::Global`];
//! - importers: an instance holds every instance it imports a function, table or global
//!   from (these edges point from later to earlier instances, so they never form a cycle);
//! - the store, for pinned instances, until the store itself is dropped.
//!
//! An instance owns its vmctx, its functions' [`VMFuncRef`]s, its compiled code (through
//! its `CompiledModule`), and its memories, tables and globals (each an `Arc` shared with
//! importers). A table or global can only be reached through instances that hold its
//! definer, or through a handle that holds it, so a table or global never outlives the
//! instance that defined it.
//!
//! A function reference (a `*const VMFuncRef`) must stay callable as long as anything that
//! holds it can be reached. Two rules keep it so:
//!
//! - **What an instance holds lives as long as it.** Every reference in an instance's
//!   locals, value stack, own tables and own globals outlives the instance. References it
//!   makes (`ref.func`) are its own functions or imported ones (held through
//!   `dependencies`); references it reads from an imported table or global live as long
//!   as that table's definer, which it holds; references it gets back from a call live as
//!   long as the callee, which it reached through an import or a table it holds. So only
//!   references that *enter* an instance from outside need care, and only where they
//!   enter: arguments of a call from another instance, and values the host hands over.
//! - **What a table or global holds lives as long as its definer.** Instances write their
//!   own tables and globals freely (the first rule covers what they hold). A reference
//!   written where its writer is not the definer — into an imported table or global, by
//!   the host (`Global::set`), or by the runtime (`table.fill/copy/grow/init`, segments,
//!   initializers, which check every write) — is first retained for the definer.
//!
//! [`retain`]`(holder, r)` establishes that `r`'s instance `X` lives as long as `holder`:
//! `X` is `holder`, or `holder` holds `X` (an instance it imports from, or the definer of
//! something it imports), or `X` is pinned by the store. A pinned instance (a flag in its
//! vmctx too) lives until the store is dropped, and so does everything it holds. Compiled
//! code meets the two boundaries like this (`compiler::retain`):
//! - a module whose code stores references into an imported table or global (`table.set`,
//!   `global.set`) has every instance pinned before that code can run (at instantiation,
//!   or when a lazily compiled function with such a store is compiled), so the stores
//!   themselves need no code;
//! - a call that passes references to a function that may belong to another instance (an
//!   import, or a table element whose vmctx is not the caller's) tests the caller's
//!   `pinned` flag, and when it is clear calls the runtime (cold code, through a
//!   register-preserving trampoline), which retains each reference for the callee.
//!
//! GC objects (struct and array instances, `vm::gc_heap`) live in the store's heap, held
//! by the store, by each instance of a module with struct or array types, and by each
//! host `AnyRef` of an object; an object lives while the collector can reach it from a
//! root (wasm frames, the store's globals, tables and evaluated segments, exceptions in
//! flight, host `AnyRef`s: see `vm::gc_collect`).
//! A function reference stored in an object would escape both rules above, so every
//! instance of a module with struct or array types is pinned at instantiation.
//!
//! The host retains what it hands over: call arguments for the callee, host function
//! results for the caller. So a per-request instance whose references stay inside it is
//! freed as soon as it is closed and its handles are dropped; an instance whose reference
//! was stored in another module's table (or given to a module that does not hold it) is
//! pinned, and lives until the runtime's store is dropped, which is when the runtime and
//! every handle of it are gone. Every entry into wasm code holds a handle, and every
//! handle holds the store, so no pin is released while code that could use it runs.
//!
//! Why this mechanism (measured with `benches/refs.rs`, 10,000 operations a loop, against
//! the design before it, which leaked the cases above): a test on *every* funcref store (a
//! null test, a comparison of the reference's vmctx with the running one, a `pinned` flag
//! in each `VMFuncRef`, then the runtime) made `table.set`/`global.set` of a reference held
//! in a local 35–48% slower, and storing an imported function's reference into the
//! module's own table 14x slower (it called the runtime every time). Testing only stores
//! into imported tables and globals (the running instance's flag) still cost 26% on a loop
//! of such stores, taken branch or not. Pinning the modules that have such stores before
//! they run, and testing only at calls that pass references, leaves every store and
//! `call_indirect` as it was (all within noise). Pinning every instance a runtime makes
//! (a store that frees nothing until the runtime goes) would cost no code either, but a
//! service that instantiates per request would grow without bound.
//!
//! References never cross runtimes: a function of one runtime passed to another's module
//! (argument, global, host function result) is refused with an error, because each store
//! only answers for its own instances.
//!
//! This is reference counting plus pinning, not tracing: an instance pinned because its
//! reference was stored in a module that is later dropped stays pinned until the store
//! goes. A plugin host that loads and unloads plugins which register callbacks in a shared
//! table keeps each unloaded plugin in memory until its runtime is dropped; one runtime per
//! group of plugins bounds that.
//!
//! [`VMFuncRef`]: super::vmctx::VMFuncRef

use super::instance::Instance;
use super::vmctx::VMFuncRef;
use crate::Error;
use std::collections::HashMap;
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard, Weak};

/// The two stack bounds a runtime sets for the calls into its modules (applied by
/// `engine::stack`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StackLimits {
    /// Bytes kept free below the deepest wasm frame.
    pub(crate) host_reserve: usize,
    /// Most bytes of stack one entry's wasm frames may use.
    pub(crate) max_wasm: usize,
}

/// What a module name refers to.
enum NameEntry {
    /// Reserved by an instantiation that has not built its instance yet.
    Reserved,
    /// The instance is built and its start functions are running: closable, not importable.
    Starting(Weak<Instance>),
    /// A fully instantiated module, importable by name.
    Ready(Arc<Instance>),
}

/// The store's bookkeeping, behind one lock so that instantiating and closing the runtime
/// see each other's effects in one order.
struct State {
    names: HashMap<String, NameEntry>,
    /// Every instance made (named or not, open or closed) not yet known to be freed.
    all: Vec<Weak<Instance>>,
    /// Length of `all` at which dead entries are pruned next.
    prune_at: usize,
    /// 0 while open, else `1 + (exit_code << 32)`.
    closed: u64,
}

/// One runtime's names, instances and pins (see the module docs).
pub(crate) struct Store {
    /// Where wasm code entered in this runtime may grow the stack.
    pub(crate) stack: StackLimits,
    state: Mutex<State>,
    /// Instances kept alive until the store is dropped (see [`retain`]).
    pinned: Mutex<Vec<Arc<Instance>>>,
    /// The runtime's GC heap (see `vm::gc_heap`), held too by each instance that
    /// allocates in it and by host references to its objects.
    pub(crate) gc_heap: Arc<super::gc_heap::GcHeap>,
}

impl Drop for Store {
    fn drop(&mut self) {
        // Before the pins go (with the fields): the host's reads of GC objects stop
        // handing out function references then (see `GcHeap::read`).
        self.gc_heap.store_gone();
    }
}

impl Store {
    /// An empty, open store.
    pub(crate) fn new(stack: StackLimits, gc: super::gc_heap::GcSettings) -> Store {
        Store {
            stack,
            gc_heap: Arc::new(super::gc_heap::GcHeap::new(gc)),
            state: Mutex::new(State { names: HashMap::new(), all: Vec::new(), prune_at: 64, closed: 0 }),
            pinned: Mutex::new(Vec::new()),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// `Err(RuntimeClosed)` once the runtime was closed.
    pub(crate) fn check_open(&self) -> Result<(), Error> {
        closed_error(self.lock().closed)
    }

    /// Reserve `name` for an instantiation (empty names are anonymous and need none).
    pub(crate) fn reserve(&self, name: &str) -> Result<(), Error> {
        let mut state = self.lock();
        closed_error(state.closed)?;
        if name.is_empty() {
            return Ok(());
        }
        if state.names.contains_key(name) {
            return Err(Error::NameInUse(name.to_string()));
        }
        state.names.insert(name.to_string(), NameEntry::Reserved);
        Ok(())
    }

    /// Give back a reservation whose instantiation failed before its instance was built.
    pub(crate) fn release(&self, name: &str) {
        let mut state = self.lock();
        if matches!(state.names.get(name), Some(NameEntry::Reserved)) {
            state.names.remove(name);
        }
    }

    /// Record a newly built instance, before its start functions run, so that closing the
    /// runtime closes it. Fails (and the caller must close the instance) when the runtime
    /// was closed meanwhile.
    pub(crate) fn enroll(&self, instance: &Arc<Instance>) -> Result<(), Error> {
        let mut state = self.lock();
        if !instance.name.is_empty() {
            match state.names.get_mut(&instance.name) {
                Some(entry @ NameEntry::Reserved) => *entry = NameEntry::Starting(Arc::downgrade(instance)),
                // The runtime was closed and its names cleared.
                _ => return closed_error(state.closed.max(1)),
            }
        }
        closed_error(state.closed)?;
        if state.all.len() >= state.prune_at {
            state.all.retain(|w| w.strong_count() > 0);
            state.prune_at = (state.all.len() * 2).max(64);
        }
        state.all.push(Arc::downgrade(instance));
        Ok(())
    }

    /// Make a fully instantiated module importable under its name (unless it was closed
    /// meanwhile, which already freed the name).
    pub(crate) fn publish(&self, instance: &Arc<Instance>) {
        let mut state = self.lock();
        if let Some(entry) = state.names.get_mut(&instance.name) {
            if matches!(entry, NameEntry::Starting(w) if std::ptr::eq(w.as_ptr(), Arc::as_ptr(instance))) {
                *entry = NameEntry::Ready(instance.clone());
            }
        }
    }

    /// Register a host module (built all at once, nothing to start).
    pub(crate) fn add_host(&self, instance: &Arc<Instance>) -> Result<(), Error> {
        self.enroll(instance)?;
        self.publish(instance);
        Ok(())
    }

    /// Free every name of a closed instance (its own and its aliases).
    pub(crate) fn forget(&self, instance: &Instance) {
        let me: *const Instance = instance;
        self.lock().names.retain(|_, entry| match entry {
            NameEntry::Reserved => true,
            NameEntry::Starting(w) => !std::ptr::eq(w.as_ptr(), me),
            NameEntry::Ready(i) => !std::ptr::eq(Arc::as_ptr(i), me),
        });
    }

    /// The open module registered under `name`.
    pub(crate) fn lookup(&self, name: &str) -> Option<Arc<Instance>> {
        match self.lock().names.get(name) {
            Some(NameEntry::Ready(i)) if i.exit_code().is_none() => Some(i.clone()),
            _ => None,
        }
    }

    /// Make `instance` importable under `alias` as well.
    pub(crate) fn alias(&self, instance: &Arc<Instance>, alias: &str) -> Result<(), Error> {
        let mut state = self.lock();
        closed_error(state.closed)?;
        if alias.is_empty() {
            return Err(Error::Call("a module alias must not be empty".into()));
        }
        if instance.exit_code().is_some() {
            return Err(Error::Exit(instance.exit_code().unwrap_or(0)));
        }
        if state.names.contains_key(alias) {
            return Err(Error::NameInUse(alias.to_string()));
        }
        state.names.insert(alias.to_string(), NameEntry::Ready(instance.clone()));
        Ok(())
    }

    /// Close the store with `exit_code` and every instance it made; false if it was
    /// already closed.
    pub(crate) fn close(&self, exit_code: u32) -> bool {
        let instances: Vec<Arc<Instance>> = {
            let mut state = self.lock();
            if state.closed != 0 {
                return false;
            }
            state.closed = 1 + ((exit_code as u64) << 32);
            state.names.clear();
            state.all.drain(..).filter_map(|w| w.upgrade()).collect()
        };
        // Outside the lock: closing an instance frees its names through `forget`.
        for instance in instances {
            instance.close(exit_code);
        }
        true
    }

    /// Keep `instance` alive until the store is dropped, and raise its vmctx flag so that
    /// its code no longer tells the runtime about references it hands out.
    fn pin(&self, instance: Arc<Instance>) {
        let mut pinned = self.pinned.lock().unwrap_or_else(|e| e.into_inner());
        if !instance.pinned.load(Ordering::Acquire) {
            pinned.push(instance.clone());
            // Flags are raised after the instance is owned by the store: a reader that sees
            // one set may skip `retain`, and the instance is then already kept.
            instance.pinned.store(true, Ordering::Release);
            instance.flag_pinned();
        }
    }

    /// Call `visit` with every word of the store's instances that may reference a GC
    /// object: `anyref` and `externref` globals and table elements, and the element
    /// segments evaluated at instantiation (roots of a garbage collection of its heap; an
    /// instance is listed here from before its start functions run, and is built while
    /// its instantiating thread is a `gc_stop::Mutator`, so no collection misses one).
    /// Answers `false` (visiting nothing) once the store is closed: closing forgets its
    /// instances while calls may still run (a collection then gives up).
    pub(crate) fn for_each_gc_root(&self, visit: &mut dyn FnMut(u64)) -> bool {
        let instances: Vec<Arc<Instance>> = {
            let state = self.lock();
            if state.closed != 0 {
                return false;
            }
            state.all.iter().filter_map(Weak::upgrade).collect()
        };
        let holds_objects = |ty: crate::ValType| matches!(ty, crate::ValType::AnyRef | crate::ValType::ExternRef);
        for instance in &instances {
            for global in instance.globals.iter().filter(|g| holds_objects(g.ty)) {
                visit(global.get());
            }
            for table in instance.tables.iter().filter(|t| holds_objects(t.elem)) {
                table.for_each_word(visit);
            }
            for items in instance.evaluated_elems.iter().flatten() {
                items.iter().for_each(|&w| visit(w));
            }
        }
        true
    }

    /// Number of pinned instances (for tests).
    pub(crate) fn pinned_count(&self) -> usize {
        self.pinned.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

fn closed_error(state: u64) -> Result<(), Error> {
    match state {
        0 => Ok(()),
        state => Err(Error::RuntimeClosed((state >> 32) as u32)),
    }
}

/// Make sure the instance of `func` lives as long as `holder` (see the module docs): before
/// `func` is stored in a table or global `holder` defined, or handed to `holder`.
///
/// `func` must be null or a live function reference of `holder`'s runtime; every caller
/// holds it from running code, a table or global it reads, or a handle.
pub(crate) fn retain(holder: &Instance, func: *const VMFuncRef) {
    // SAFETY: null or a live VMFuncRef (the caller's contract).
    let Some(funcref) = (unsafe { func.as_ref() }) else { return };
    let owner = funcref.instance;
    if std::ptr::eq(owner, holder) || holder.holds(owner) {
        return;
    }
    // SAFETY: a live VMFuncRef's instance is alive (it owns the VMFuncRef).
    if unsafe { (*owner).pinned.load(Ordering::Acquire) } {
        return;
    }
    // SAFETY: a live VMFuncRef's instance is alive (it owns the VMFuncRef); taking a new
    // strong count keeps it so.
    let owner = unsafe {
        Arc::increment_strong_count(owner);
        Arc::from_raw(owner)
    };
    match owner.store() {
        Some(store) => store.pin(owner),
        // Unreachable while the reference is used (every running call holds the store);
        // if it ever happened, keeping the instance forever is the safe answer.
        None => std::mem::forget(owner),
    }
}

/// Pin `instance` in its store (see the module docs); without a store (never while its
/// code can run), keep it forever instead.
pub(crate) fn pin(instance: &Arc<Instance>) {
    match instance.store() {
        Some(store) => store.pin(instance.clone()),
        None => std::mem::forget(instance.clone()),
    }
}

/// [`retain`] for a table or global whose definer is `definer` (null only before the
/// definer is built, when nothing may be written yet: a reference written then is kept
/// forever rather than risk it dangling).
pub(crate) fn retain_for(definer: *const Instance, func: *const VMFuncRef) {
    // SAFETY: a table's or global's definer outlives it (module docs), and the caller is
    // writing into that table or global.
    match unsafe { definer.as_ref() } {
        Some(holder) => retain(holder, func),
        None => keep_forever(func),
    }
}

/// Leak one strong count of `func`'s instance.
fn keep_forever(func: *const VMFuncRef) {
    // SAFETY: null or a live VMFuncRef (the caller's contract); its instance is alive.
    if let Some(funcref) = unsafe { func.as_ref() } {
        if !funcref.instance.is_null() {
            // SAFETY: as above; the count taken is never given back.
            unsafe { Arc::increment_strong_count(funcref.instance) };
        }
    }
}
