//! Canonical function type ids, shared by the whole process.
//!
//! `call_indirect`, `call_ref`'s check, function and tag imports, and typed tables and globals
//! compare function types by one integer, the canonical id. Two function types get the same
//! id exactly when the WebAssembly type system calls them equal, across modules: same
//! parameter and result types, where a reference type compares its nullability and its heap
//! type, and a concrete heap type `(ref $t)` compares `$t` by *its* canonical id. Without the
//! GC proposal every type is its own recursion group, so a type may name itself (`(type $t
//! (func (param (ref $t))))`): such a reference is keyed as "this type" ([`HeapShape::This`]),
//! which makes the key iso-recursive as the spec has it (the self-referring `$t` and a type
//! naming another module's `$t` from outside are different types).
//!
//! An id stays assigned while anything refers to it: a [`TypeIdRef`] (compiled modules hold
//! one per type, host functions and tags one each) or the key of another registered type
//! that names it. Once nothing does it is freed and reused, so a process that loads ever new
//! modules does not grow; a key never names a freed id, so reuse cannot make two different
//! types equal.

use crate::{FuncType, ValType};
use std::collections::HashMap;
use std::sync::Mutex;

/// A value type as type equality sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum ValShape {
    /// A number or vector type.
    Plain(ValType),
    /// A reference type.
    Ref { nullable: bool, heap: HeapShape },
}

/// The heap type of a reference type, as type equality sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum HeapShape {
    /// An abstract heap type (`func`, `extern`, `exn`, their bottoms, GC's).
    Abstract(wasmparser::AbstractHeapType),
    /// A concrete type of another recursion group, by canonical id.
    Concrete(u32),
    /// The type being defined (a reference to its own recursion group).
    This,
}

/// The structural key of a function type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct TypeKey {
    params: Vec<ValShape>,
    results: Vec<ValShape>,
}

impl TypeKey {
    /// The canonical ids this key names (each holds a count while the key is registered).
    fn named_ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.params.iter().chain(&self.results).filter_map(|v| match v {
            ValShape::Ref { heap: HeapShape::Concrete(id), .. } => Some(*id),
            _ => None,
        })
    }
}

/// One registered type.
struct Entry {
    key: TypeKey,
    /// The signature as the host API shows it (typed references as their abstract type).
    ty: FuncType,
    /// Holders: [`TypeIdRef`]s plus keys of other entries that name this id.
    count: usize,
}

#[derive(Default)]
struct TypeRegistry {
    ids: HashMap<TypeKey, u32>,
    /// Entries by id; `None` for a free id.
    entries: Vec<Option<Entry>>,
    free: Vec<u32>,
}

impl TypeRegistry {
    /// The id of `key`, taking one count on it (registering it if new).
    fn acquire(&mut self, key: TypeKey, ty: impl FnOnce() -> FuncType) -> u32 {
        if let Some(&id) = self.ids.get(&key) {
            if let Some(entry) = self.entries[id as usize].as_mut() {
                entry.count += 1;
            }
            return id;
        }
        // The new key holds every id it names.
        for named in key.named_ids() {
            if let Some(entry) = self.entries.get_mut(named as usize).and_then(Option::as_mut) {
                entry.count += 1;
            }
        }
        let id = self.free.pop().unwrap_or_else(|| {
            self.entries.push(None);
            self.entries.len() as u32 - 1
        });
        self.ids.insert(key.clone(), id);
        self.entries[id as usize] = Some(Entry { key, ty: ty(), count: 1 });
        id
    }

    /// Drop one count on `id`, freeing it (and whatever only its key held) at zero.
    fn release(&mut self, id: u32) {
        let mut pending = vec![id];
        while let Some(id) = pending.pop() {
            let Some(slot) = self.entries.get_mut(id as usize) else { continue };
            let Some(entry) = slot.as_mut() else { continue };
            entry.count -= 1;
            if entry.count > 0 {
                continue;
            }
            if let Some(entry) = slot.take() {
                pending.extend(entry.key.named_ids());
                self.ids.remove(&entry.key);
            }
            self.free.push(id);
        }
    }
}

static TYPES: Mutex<Option<TypeRegistry>> = Mutex::new(None);

fn with_registry<R>(f: impl FnOnce(&mut TypeRegistry) -> R) -> R {
    let mut guard = TYPES.lock().unwrap_or_else(|e| e.into_inner());
    f(guard.get_or_insert_with(TypeRegistry::default))
}

/// A counted reference to a canonical id: the id cannot be reassigned while it lives.
/// Everything that writes the id where code compares it (a vmctx, a `VMFuncRef`) must be
/// kept alive by the owner of one of these.
#[derive(Debug)]
pub(crate) struct TypeIdRef(u32);

impl TypeIdRef {
    /// The canonical id.
    pub(crate) fn id(&self) -> u32 {
        self.0
    }

    /// Another counted reference to the same id.
    pub(crate) fn share(&self) -> TypeIdRef {
        with_registry(|reg| {
            if let Some(entry) = reg.entries.get_mut(self.0 as usize).and_then(Option::as_mut) {
                entry.count += 1;
            }
        });
        TypeIdRef(self.0)
    }
}

impl Drop for TypeIdRef {
    fn drop(&mut self) {
        with_registry(|reg| reg.release(self.0));
    }
}

/// The shape of a value type the host API names (`funcref`, `externref` and `exnref` are
/// the nullable abstract references).
fn host_shape(t: ValType) -> ValShape {
    use wasmparser::AbstractHeapType as A;
    let abstract_ref = |ty| ValShape::Ref { nullable: true, heap: HeapShape::Abstract(ty) };
    match t {
        ValType::FuncRef => abstract_ref(A::Func),
        ValType::ExternRef => abstract_ref(A::Extern),
        ValType::ExnRef => abstract_ref(A::Exn),
        plain => ValShape::Plain(plain),
    }
}

/// The canonical id of a signature the host defines.
pub(crate) fn host_type_id(ty: &FuncType) -> TypeIdRef {
    let key = TypeKey {
        params: ty.params().iter().map(|&t| host_shape(t)).collect(),
        results: ty.results().iter().map(|&t| host_shape(t)).collect(),
    };
    TypeIdRef(with_registry(|reg| reg.acquire(key, || ty.clone())))
}

/// The canonical ids of a module's types, in order (type `i` may name types `0..=i`).
/// `Err` names a type that refers to a later one, which only GC recursion groups allow.
pub(crate) fn module_type_ids(types: &[wasmparser::FuncType]) -> Result<Vec<TypeIdRef>, u32> {
    let mut ids: Vec<TypeIdRef> = Vec::with_capacity(types.len());
    for (index, ty) in types.iter().enumerate() {
        let shape = |t: &wasmparser::ValType| -> Result<ValShape, u32> {
            use wasmparser::HeapType;
            let wasmparser::ValType::Ref(r) = *t else {
                return Ok(ValShape::Plain(ValType::from_wasm(*t)));
            };
            let heap = match r.heap_type() {
                HeapType::Abstract { ty, .. } => HeapShape::Abstract(ty),
                HeapType::Concrete(i) | HeapType::Exact(i) => match i.as_module_index().map(|i| i as usize) {
                    Some(named) if named < index => HeapShape::Concrete(ids[named].id()),
                    Some(named) if named == index => HeapShape::This,
                    _ => return Err(index as u32),
                },
            };
            Ok(ValShape::Ref { nullable: r.is_nullable(), heap })
        };
        let key = TypeKey {
            params: ty.params().iter().map(shape).collect::<Result<_, _>>()?,
            results: ty.results().iter().map(shape).collect::<Result<_, _>>()?,
        };
        ids.push(TypeIdRef(with_registry(|reg| reg.acquire(key, || FuncType::from_wasm(ty)))));
    }
    Ok(ids)
}

/// The signature with canonical id `id` as the host API shows it (held by the caller's
/// function reference).
pub(crate) fn type_of_id(id: u32) -> FuncType {
    with_registry(|reg| reg.entries.get(id as usize).and_then(Option::as_ref).map(|e| e.ty.clone())).unwrap_or_default()
}

/// Number of registered types (a leak check for tests).
pub(crate) fn registered_types() -> usize {
    with_registry(|reg| reg.ids.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_types(wat: &str) -> Vec<wasmparser::FuncType> {
        let bytes = wat::parse_str(wat).expect("wat");
        let mut types = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
            if let wasmparser::Payload::TypeSection(reader) = payload.expect("payload") {
                for ty in reader.into_iter_err_on_gc_types() {
                    types.push(ty.expect("func type"));
                }
            }
        }
        types
    }

    fn ids(wat: &str) -> Vec<TypeIdRef> {
        module_type_ids(&parse_types(wat)).expect("ids")
    }

    #[test]
    fn typed_references_tell_types_apart_across_modules() {
        let text = "(module
            (type $a (func (result i32)))
            (type $b (func (param i64) (result i32)))
            (type (func (param (ref $a))))
            (type (func (param (ref $b))))
            (type (func (param (ref null $a))))
            (type (func (param funcref)))
            (type $self (func (param (ref $self))))
            (type (func (param (ref $self)))))";
        let first = ids(text);
        let set: std::collections::HashSet<u32> = first.iter().map(TypeIdRef::id).collect();
        assert_eq!(set.len(), first.len(), "distinct types got one id");
        // The same types declared again (here in another order) get the same ids.
        let again = ids("(module
            (type $b (func (param i64) (result i32)))
            (type $a (func (result i32)))
            (type (func (param (ref $b))))
            (type (func (param (ref $a)))))");
        assert_eq!(again[0].id(), first[1].id());
        assert_eq!(again[1].id(), first[0].id());
        assert_eq!(again[2].id(), first[3].id());
        assert_eq!(again[3].id(), first[2].id());
        // A host signature with funcref is the abstract nullable type.
        let host = host_type_id(&FuncType::new([ValType::FuncRef], []));
        assert_eq!(host.id(), first[5].id());
    }

    #[test]
    fn an_id_named_by_a_live_key_is_not_reused() {
        // Keep only the type that names $a; $a's id must stay taken, or a new type could get
        // it and make a different type equal to the one still registered.
        let text = "(module (type $a (func (param f32 f32 f32))) (type (func (param (ref $a)))))";
        let mut both = ids(text);
        let outer = both.pop().expect("outer");
        let inner_id = both[0].id();
        drop(both);
        let other = host_type_id(&FuncType::new([ValType::F64, ValType::F64, ValType::F64, ValType::F64], []));
        assert_ne!(other.id(), inner_id);
        let again = ids(text);
        assert_eq!(again[0].id(), inner_id);
        assert_eq!(again[1].id(), outer.id());
    }
}
