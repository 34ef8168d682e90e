//! What onepass needs to know of a reference type beyond wasmparser's own predicates.

/// The indices of a module's struct and array types, ascending (`ModuleInfo::aggregate_types`):
/// what tells a concrete reference to a GC object from a typed function reference.
pub(crate) type Aggregates<'a> = &'a [u32];

/// Whether concrete heap type `h` is one of `aggregates` (a struct or array type).
fn is_aggregate(h: wasmparser::HeapType, aggregates: Aggregates<'_>) -> bool {
    match h {
        wasmparser::HeapType::Concrete(i) | wasmparser::HeapType::Exact(i) => {
            i.as_module_index().is_some_and(|i| aggregates.binary_search(&i).is_ok())
        }
        wasmparser::HeapType::Abstract { .. } => false,
    }
}

/// Whether a reference type refers to functions: `funcref`, `nofunc`, or a concrete (typed)
/// function reference `(ref null? $t)` (a concrete type not in `aggregates`).
/// What compiled code and the runtime do to keep a referenced function's instance alive
/// hinges on this, so typed references must count (wasmparser's `is_func_ref` is true
/// only for the abstract `func`).
pub(crate) fn refers_to_functions(r: wasmparser::RefType, aggregates: Aggregates<'_>) -> bool {
    use wasmparser::{AbstractHeapType, HeapType};
    match r.heap_type() {
        h @ (HeapType::Concrete(_) | HeapType::Exact(_)) => !is_aggregate(h, aggregates),
        HeapType::Abstract { ty, .. } => matches!(ty, AbstractHeapType::Func | AbstractHeapType::NoFunc),
    }
}

/// Whether reference type `r` is of the `any` hierarchy: `any`, `eq`, `i31`, `struct`,
/// `array`, `none`, or a struct or array type (one of `aggregates`).
pub(crate) fn in_any_hierarchy(r: wasmparser::RefType, aggregates: Aggregates<'_>) -> bool {
    use wasmparser::{AbstractHeapType as A, HeapType};
    matches!(r.heap_type(), HeapType::Abstract { ty: A::Any | A::Eq | A::I31 | A::Struct | A::Array | A::None, .. })
        || is_aggregate(r.heap_type(), aggregates)
}

/// Whether reference type `r` refers to struct or array objects: `struct`, `array`, or a
/// concrete type for which `is_aggregate` (a struct or array type index) holds.
pub(crate) fn refers_to_aggregates(r: wasmparser::RefType, aggregates: Aggregates<'_>) -> bool {
    use wasmparser::{AbstractHeapType as A, HeapType};
    match r.heap_type() {
        h @ (HeapType::Concrete(_) | HeapType::Exact(_)) => is_aggregate(h, aggregates),
        HeapType::Abstract { ty, .. } => matches!(ty, A::Struct | A::Array),
    }
}

/// Whether reference type `r` refers to exceptions (`exnref`, `(ref null? exn)` or
/// `noexn`): such values are exception objects, which never leave wasm code.
pub(crate) fn refers_to_exceptions(r: wasmparser::RefType) -> bool {
    use wasmparser::{AbstractHeapType, HeapType};
    matches!(r.heap_type(), HeapType::Abstract { ty: AbstractHeapType::Exn | AbstractHeapType::NoExn, .. })
}

/// A reference type as import matching compares it: nullability and heap type, a concrete
/// type by its runtime-wide type id (the id `call_indirect` compares, which tells function
/// types apart by their parameter and result value types).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct RefKey {
    /// Whether null is a value of the type.
    pub(crate) nullable: bool,
    /// What it refers to.
    pub(crate) heap: HeapKey,
}

/// The heap type of a [`RefKey`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum HeapKey {
    /// `func`: any function.
    Func,
    /// `nofunc`: no function (only null).
    NoFunc,
    /// `extern`: any host value.
    Extern,
    /// `noextern`: no host value (only null).
    NoExtern,
    /// A function type, by its type id.
    Concrete(u32),
    /// Any other abstract heap type (GC's, not runnable yet), by its wasmparser kind.
    Other(wasmparser::AbstractHeapType),
}

impl RefKey {
    /// `funcref`: what a host-made table or function-reference global holds.
    pub(crate) const FUNCREF: RefKey = RefKey { nullable: true, heap: HeapKey::Func };
    /// `externref`.
    pub(crate) const EXTERNREF: RefKey = RefKey { nullable: true, heap: HeapKey::Extern };
    /// `anyref`.
    pub(crate) const ANYREF: RefKey =
        RefKey { nullable: true, heap: HeapKey::Other(wasmparser::AbstractHeapType::Any) };

    /// The key of `r`, declared in a module whose type `i` has the id `type_id(i)`.
    pub(crate) fn of(r: wasmparser::RefType, type_id: impl Fn(u32) -> u32) -> RefKey {
        use wasmparser::{AbstractHeapType as A, HeapType};
        let heap = match r.heap_type() {
            HeapType::Concrete(i) | HeapType::Exact(i) => match i.as_module_index() {
                Some(index) => HeapKey::Concrete(type_id(index)),
                None => HeapKey::Other(A::Func),
            },
            HeapType::Abstract { ty: A::Func, .. } => HeapKey::Func,
            HeapType::Abstract { ty: A::NoFunc, .. } => HeapKey::NoFunc,
            HeapType::Abstract { ty: A::Extern, .. } => HeapKey::Extern,
            HeapType::Abstract { ty: A::NoExtern, .. } => HeapKey::NoExtern,
            HeapType::Abstract { ty, .. } => HeapKey::Other(ty),
        };
        RefKey { nullable: r.is_nullable(), heap }
    }

    /// Whether every value of `self` is a value of `other` (subtyping).
    pub(crate) fn is_subtype_of(self, other: RefKey) -> bool {
        use crate::vm::types::{kind_of, TypeKind};
        use wasmparser::AbstractHeapType as A;
        use HeapKey::*;
        let kind = |id| kind_of(id);
        let heap = self.heap == other.heap
            || matches!((self.heap, other.heap), (NoFunc, Func) | (NoExtern, Extern))
            || matches!((self.heap, other.heap), (Concrete(c), Func) | (NoFunc, Concrete(c)) if kind(c) == TypeKind::Func)
            || matches!((self.heap, other.heap), (Concrete(c), Other(A::Any | A::Eq)) | (Other(A::None), Concrete(c)) if kind(c) != TypeKind::Func)
            || matches!((self.heap, other.heap), (Concrete(c), Other(A::Struct)) if kind(c) == TypeKind::Struct)
            || matches!((self.heap, other.heap), (Concrete(c), Other(A::Array)) if kind(c) == TypeKind::Array)
            || matches!((self.heap, other.heap), (Concrete(sub), Concrete(sup)) if crate::vm::types::is_subtype(sub, sup))
            || matches!(
                (self.heap, other.heap),
                (Other(A::None), Other(A::Any | A::Eq | A::I31 | A::Struct | A::Array))
                    | (Other(A::I31 | A::Struct | A::Array), Other(A::Any | A::Eq))
                    | (Other(A::Eq), Other(A::Any))
            );
        heap && (other.nullable || !self.nullable)
    }
}
