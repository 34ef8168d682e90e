//! Canonical type ids, shared by the whole process.
//!
//! `call_indirect`, `call_ref`'s check, function and tag imports, and typed tables and globals
//! compare types by one integer, the canonical id. Types are defined in recursion groups
//! (`rec`; without one, a type is a group of its own), and two types get the same id exactly
//! when the WebAssembly type system calls them equal, across modules: they sit at the same
//! position of structurally equal groups (iso-recursive equality). Groups are compared by a
//! key in which a reference to a type of the same group is its position there
//! ([`HeapShape::Rec`]) and a reference to an earlier group's type is that type's canonical id
//! ([`HeapShape::Concrete`]); declared supertypes and finality are part of the key. Each
//! id also has a supertype display (its chain of declared supertypes, root first), which
//! compiled code and [`is_subtype`] search at the depth of the expected type.
//!
//! An id stays assigned while anything refers to its group: a [`TypeIdRef`] (compiled
//! modules hold one per type, host functions and tags one each) or the key of another
//! registered group that names one of its types. Once nothing does, the group's ids are freed
//! and reused, so a process that loads ever new modules does not grow; a key never names a
//! freed id, so reuse cannot make two different types equal.

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
    /// A type of an earlier recursion group, by canonical id.
    Concrete(u32),
    /// A type of the group being defined, by its position in the group.
    Rec(u32),
}

/// A struct field or an array's element type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct FieldShape {
    /// The value type, or `Err(width in bytes)` for a packed `i8`/`i16` field.
    storage: Result<ValShape, u8>,
    mutable: bool,
}

/// The structure of one defined type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum CompositeShape {
    Func { params: Box<[ValShape]>, results: Box<[ValShape]> },
    Struct(Box<[FieldShape]>),
    Array(FieldShape),
}

/// One type of a recursion group, as type equality sees it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct TypeShape {
    composite: CompositeShape,
    is_final: bool,
    /// The declared supertype (`Concrete` or `Rec`).
    supertype: Option<HeapShape>,
}

/// The structural key of a recursion group.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct GroupKey(Box<[TypeShape]>);

impl GroupKey {
    /// The canonical ids this key names (each holds a count on its group while the key is
    /// registered).
    fn named_ids(&self) -> Vec<u32> {
        let mut named = Vec::new();
        let mut heap = |h: &HeapShape| {
            if let HeapShape::Concrete(id) = *h {
                named.push(id);
            }
        };
        for ty in self.0.iter() {
            let mut val = |v: &ValShape| {
                if let ValShape::Ref { heap: h, .. } = v {
                    heap(h);
                }
            };
            match &ty.composite {
                CompositeShape::Func { params, results } => params.iter().chain(results.iter()).for_each(&mut val),
                CompositeShape::Struct(fields) => {
                    fields.iter().filter_map(|f| f.storage.as_ref().ok()).for_each(&mut val)
                }
                CompositeShape::Array(field) => field.storage.as_ref().ok().into_iter().for_each(&mut val),
            }
            if let Some(h) = &ty.supertype {
                heap(h);
            }
        }
        named
    }
}

/// One registered recursion group.
struct Group {
    key: GroupKey,
    /// The canonical id of each of its types, in order.
    ids: Box<[u32]>,
    /// Holders: [`TypeIdRef`]s of its types plus keys of other groups that name them.
    count: usize,
}

/// One registered type.
struct Entry {
    /// The index of its group in [`TypeRegistry::groups`].
    group: u32,
    /// A function type's signature as the host API shows it (typed references as their
    /// abstract type); empty for a struct or array type.
    ty: FuncType,
    /// Its supertype display: the number of types on its chain of declared supertypes
    /// (itself included), then their ids from the root down to itself. A type is a subtype
    /// of one at depth `d` exactly when its display has that id at position `1 + d`, a
    /// test compiled code makes (`funcref::SUPERTYPES` points here). Boxed, so it stays
    /// put while the id is held.
    display: Box<[u32]>,
    /// Whether it is a function, struct or array type.
    kind: TypeKind,
}

/// What a type describes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TypeKind {
    /// A function signature.
    Func,
    /// A struct.
    Struct,
    /// An array.
    Array,
}

#[derive(Default)]
struct TypeRegistry {
    groups_by_key: HashMap<GroupKey, u32>,
    /// Groups by index; `None` for a free index.
    groups: Vec<Option<Group>>,
    free_groups: Vec<u32>,
    /// Entries by id; `None` for a free id.
    entries: Vec<Option<Entry>>,
    free: Vec<u32>,
}

impl TypeRegistry {
    /// The ids of group `key`'s types, taking `holders` counts on it (registering it if
    /// new). `signature(i)` is type `i`'s host-API signature.
    fn acquire(&mut self, key: GroupKey, holders: usize, signature: impl Fn(usize) -> FuncType) -> Box<[u32]> {
        if let Some(&g) = self.groups_by_key.get(&key) {
            if let Some(group) = self.groups[g as usize].as_mut() {
                group.count += holders;
                return group.ids.clone();
            }
        }
        // The new key holds every group it names.
        for named in key.named_ids() {
            self.hold(named);
        }
        let g = self.free_groups.pop().unwrap_or_else(|| {
            self.groups.push(None);
            self.groups.len() as u32 - 1
        });
        let mut ids: Vec<u32> = Vec::with_capacity(key.0.len());
        for (i, shape) in key.0.iter().enumerate() {
            let id = self.free.pop().unwrap_or_else(|| {
                self.entries.push(None);
                self.entries.len() as u32 - 1
            });
            let direct = match shape.supertype {
                Some(HeapShape::Concrete(id)) => Some(id),
                Some(HeapShape::Rec(j)) => ids.get(j as usize).copied(),
                _ => None,
            };
            let above =
                direct.and_then(|d| self.entries.get(d as usize)?.as_ref()).map_or(&[][..], |e| &e.display[1..]);
            let display = std::iter::once(above.len() as u32 + 1).chain(above.iter().copied()).chain([id]).collect();
            let kind = match shape.composite {
                CompositeShape::Func { .. } => TypeKind::Func,
                CompositeShape::Struct(_) => TypeKind::Struct,
                CompositeShape::Array(_) => TypeKind::Array,
            };
            self.entries[id as usize] = Some(Entry { group: g, ty: signature(i), display, kind });
            ids.push(id);
        }
        let ids: Box<[u32]> = ids.into();
        self.groups_by_key.insert(key.clone(), g);
        self.groups[g as usize] = Some(Group { key, ids: ids.clone(), count: holders });
        ids
    }

    /// Take one count on the group of `id`.
    fn hold(&mut self, id: u32) {
        let group = self.entries.get(id as usize).and_then(Option::as_ref).map(|e| e.group);
        if let Some(group) = group.and_then(|g| self.groups.get_mut(g as usize)).and_then(Option::as_mut) {
            group.count += 1;
        }
    }

    /// Drop one count on the group of `id`, freeing it (and whatever only its key held)
    /// at zero.
    fn release(&mut self, id: u32) {
        let mut pending = vec![id];
        while let Some(id) = pending.pop() {
            let Some(g) = self.entries.get(id as usize).and_then(Option::as_ref).map(|e| e.group) else { continue };
            let Some(slot) = self.groups.get_mut(g as usize) else { continue };
            let Some(group) = slot.as_mut() else { continue };
            group.count -= 1;
            if group.count > 0 {
                continue;
            }
            if let Some(group) = slot.take() {
                pending.extend(group.key.named_ids());
                self.groups_by_key.remove(&group.key);
                for &id in group.ids.iter() {
                    self.entries[id as usize] = None;
                    self.free.push(id);
                }
            }
            self.free_groups.push(g);
        }
    }
}

static TYPES: Mutex<Option<TypeRegistry>> = Mutex::new(None);

fn with_registry<R>(f: impl FnOnce(&mut TypeRegistry) -> R) -> R {
    let mut guard = TYPES.lock().unwrap_or_else(|e| e.into_inner());
    f(guard.get_or_insert_with(TypeRegistry::default))
}

/// A counted reference to a canonical id: the id (and its supertype display) cannot be
/// reassigned while it lives. Everything that writes the id or the display's address
/// where code reads them (a vmctx, a `VMFuncRef`) must be kept alive by the owner of one
/// of these.
#[derive(Debug)]
pub(crate) struct TypeIdRef {
    id: u32,
    /// The address of the id's supertype display (see [`Entry::display`]).
    display: usize,
}

impl TypeIdRef {
    /// A new count on `id`, taken by the caller.
    fn counted(reg: &TypeRegistry, id: u32) -> TypeIdRef {
        let display = reg.entries[id as usize].as_ref().map_or(0, |e| e.display.as_ptr() as usize);
        TypeIdRef { id, display }
    }

    /// The canonical id.
    pub(crate) fn id(&self) -> u32 {
        self.id
    }

    /// The id's supertype display, which lives as long as `self`.
    pub(crate) fn display(&self) -> *const u32 {
        self.display as *const u32
    }

    /// Another counted reference to the same id.
    pub(crate) fn share(&self) -> TypeIdRef {
        with_registry(|reg| reg.hold(self.id));
        TypeIdRef { id: self.id, display: self.display }
    }
}

impl Drop for TypeIdRef {
    fn drop(&mut self) {
        with_registry(|reg| reg.release(self.id));
    }
}

/// The shape of a value type the host API names (`funcref`, `externref`, `exnref` and
/// `anyref` are the nullable abstract references).
fn host_shape(t: ValType) -> ValShape {
    use wasmparser::AbstractHeapType as A;
    let abstract_ref = |ty| ValShape::Ref { nullable: true, heap: HeapShape::Abstract(ty) };
    match t {
        ValType::FuncRef => abstract_ref(A::Func),
        ValType::ExternRef => abstract_ref(A::Extern),
        ValType::AnyRef => abstract_ref(A::Any),
        ValType::ExnRef => abstract_ref(A::Exn),
        plain => ValShape::Plain(plain),
    }
}

/// The canonical id of a signature the host defines (a final function type, alone in its
/// recursion group).
pub(crate) fn host_type_id(ty: &FuncType) -> TypeIdRef {
    let composite = CompositeShape::Func {
        params: ty.params().iter().map(|&t| host_shape(t)).collect(),
        results: ty.results().iter().map(|&t| host_shape(t)).collect(),
    };
    let key = GroupKey(Box::new([TypeShape { composite, is_final: true, supertype: None }]));
    with_registry(|reg| {
        let id = reg.acquire(key, 1, |_| ty.clone())[0];
        TypeIdRef::counted(reg, id)
    })
}

/// The canonical ids of a module's types, in order, from its recursion groups. `Err` names
/// a type that refers to one not defined before the end of its group (which validation
/// rules out: only a corrupted artifact has one).
pub(crate) fn module_type_ids(groups: &[wasmparser::RecGroup]) -> Result<Vec<TypeIdRef>, u32> {
    let mut ids: Vec<TypeIdRef> = Vec::new();
    let aggregates = aggregate_indices(groups);
    for group in groups {
        let start = ids.len();
        let len = group.types().len();
        if len == 0 {
            continue;
        }
        let heap = |index: Option<u32>| -> Result<HeapShape, u32> {
            match index.map(|i| i as usize) {
                Some(named) if named < start => Ok(HeapShape::Concrete(ids[named].id())),
                Some(named) if named < start + len => Ok(HeapShape::Rec((named - start) as u32)),
                _ => Err(start as u32),
            }
        };
        let val = |t: &wasmparser::ValType| -> Result<ValShape, u32> {
            use wasmparser::HeapType;
            let wasmparser::ValType::Ref(r) = *t else {
                return Ok(ValShape::Plain(ValType::from_wasm(*t, &[])));
            };
            let heap = match r.heap_type() {
                HeapType::Abstract { ty, .. } => HeapShape::Abstract(ty),
                HeapType::Concrete(i) | HeapType::Exact(i) => heap(i.as_module_index())?,
            };
            Ok(ValShape::Ref { nullable: r.is_nullable(), heap })
        };
        let field = |f: &wasmparser::FieldType| -> Result<FieldShape, u32> {
            let storage = match f.element_type {
                wasmparser::StorageType::I8 => Err(1),
                wasmparser::StorageType::I16 => Err(2),
                wasmparser::StorageType::Val(t) => Ok(val(&t)?),
            };
            Ok(FieldShape { storage, mutable: f.mutable })
        };
        let mut shapes = Vec::with_capacity(len);
        for ty in group.types() {
            use wasmparser::CompositeInnerType as C;
            let composite = match &ty.composite_type.inner {
                C::Func(f) => CompositeShape::Func {
                    params: f.params().iter().map(val).collect::<Result<_, _>>()?,
                    results: f.results().iter().map(val).collect::<Result<_, _>>()?,
                },
                C::Struct(s) => CompositeShape::Struct(s.fields.iter().map(field).collect::<Result<_, _>>()?),
                C::Array(a) => CompositeShape::Array(field(&a.0)?),
                C::Cont(_) => return Err(start as u32),
            };
            let supertype = ty.supertype_idxs.first().map(|i| heap(i.as_module_index())).transpose()?;
            shapes.push(TypeShape { composite, is_final: ty.is_final, supertype });
        }
        let signatures: Vec<FuncType> = group
            .types()
            .map(|t| match &t.composite_type.inner {
                wasmparser::CompositeInnerType::Func(f) => FuncType::from_wasm(f, &aggregates),
                _ => FuncType::default(),
            })
            .collect();
        with_registry(|reg| {
            let group_ids = reg.acquire(GroupKey(shapes.into()), len, |i| signatures[i].clone());
            ids.extend(group_ids.iter().map(|&id| TypeIdRef::counted(reg, id)));
        });
    }
    Ok(ids)
}

/// The indices of the struct and array types among `groups` (a module's whole type
/// section, or one group with indices counted from its start), ascending.
pub(crate) fn aggregate_indices(groups: &[wasmparser::RecGroup]) -> Vec<u32> {
    let types = groups.iter().flat_map(|g| g.types());
    let func = |t: &wasmparser::SubType| matches!(t.composite_type.inner, wasmparser::CompositeInnerType::Func(_));
    types.enumerate().filter(|(_, t)| !func(t)).map(|(i, _)| i as u32).collect()
}

/// Whether the type with id `sub` is `sup` or has it among its declared supertypes.
pub(crate) fn is_subtype(sub: u32, sup: u32) -> bool {
    sub == sup
        || with_registry(|reg| {
            let display = |id: u32| reg.entries.get(id as usize).and_then(Option::as_ref).map(|e| &e.display[..]);
            match (display(sub), display(sup)) {
                (Some(sub), Some(sup)) => sub.get(sup.len() - 1) == sup.last(),
                _ => false,
            }
        })
}

/// What the type with canonical id `id` describes (held by the caller).
pub(crate) fn kind_of(id: u32) -> TypeKind {
    with_registry(|reg| reg.entries.get(id as usize).and_then(Option::as_ref).map_or(TypeKind::Func, |e| e.kind))
}

/// The signature with canonical id `id` as the host API shows it (held by the caller's
/// function reference).
pub(crate) fn type_of_id(id: u32) -> FuncType {
    with_registry(|reg| reg.entries.get(id as usize).and_then(Option::as_ref).map(|e| e.ty.clone())).unwrap_or_default()
}

/// Number of registered types (a leak check for tests).
pub(crate) fn registered_types() -> usize {
    with_registry(|reg| reg.entries.len() - reg.free.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_types(wat: &str) -> Vec<wasmparser::RecGroup> {
        let bytes = wat::parse_str(wat).expect("wat");
        let mut groups = Vec::new();
        for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
            if let wasmparser::Payload::TypeSection(reader) = payload.expect("payload") {
                for group in reader {
                    groups.push(group.expect("recursion group"));
                }
            }
        }
        groups
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

    #[test]
    fn recursion_groups_are_equal_by_structure_and_position() {
        let text = "(module
            (rec (type $f (func (param (ref $s)))) (type $s (struct (field (ref $f)) (field (mut i8)))))
            (rec (type (func)) (type (struct)))
            (rec (type (struct)) (type (func)))
            (type $open (sub (struct)))
            (type (sub $open (struct))))";
        let first = ids(text);
        let set: std::collections::HashSet<u32> = first.iter().map(TypeIdRef::id).collect();
        assert_eq!(set.len(), first.len(), "distinct types got one id");
        // The same groups in another module get the same ids, position by position.
        let again = ids("(module
            (rec (type (struct)) (type (func)))
            (rec (type $g (func (param (ref $t)))) (type $t (struct (field (ref $g)) (field (mut i8)))))
            (type $open (sub (struct)))
            (type (sub $open (struct))))");
        assert_eq!(again[0].id(), first[4].id());
        assert_eq!(again[1].id(), first[5].id());
        assert_eq!(again[2].id(), first[0].id());
        assert_eq!(again[3].id(), first[1].id());
        assert_eq!(again[4].id(), first[6].id());
        assert_eq!(again[5].id(), first[7].id());
        // A lone `(func)` is not the `(func)` of a two-type group; a field's mutability,
        // packing, finality and the declared supertype all count.
        let other = ids("(module
            (type (func))
            (rec (type $f (func (param (ref $s)))) (type $s (struct (field (ref $f)) (field i8))))
            (rec (type $g (func (param (ref $t)))) (type $t (struct (field (ref $g)) (field (mut i16)))))
            (type (struct))
            (type $o (sub (struct)))
            (type (sub final $o (struct))))");
        assert_eq!(other[6].id(), first[6].id());
        for (i, id) in other.iter().enumerate().filter(|&(i, _)| i != 6) {
            assert!(!set.contains(&id.id()), "type {i} took the id of a different type");
        }
    }

    #[test]
    fn a_group_lives_while_any_of_its_types_is_held() {
        let text = "(module (rec (type (func (param f32 f64 f32))) (type (struct (field f64 f32 f64)))))";
        let before = registered_types();
        let mut both = ids(text);
        assert_eq!(registered_types(), before + 2);
        let func = both.remove(0);
        drop(both);
        // The struct's id is still taken: the group is alive through the function type.
        let again = ids(text);
        assert_eq!(again[0].id(), func.id());
        drop(again);
        drop(func);
        assert_eq!(registered_types(), before);
    }
}
