//! What onepass needs to know of a reference type beyond wasmparser's own predicates.

/// Whether a reference type refers to functions: `funcref`, `nofunc`, or a concrete (typed)
/// function reference `(ref null? $t)`. Without GC every concrete type is a function type.
/// What compiled code and the runtime do to keep a referenced function's instance alive
/// hinges on this, so typed references must count (wasmparser's `is_func_ref` is true
/// only for the abstract `func`).
pub(crate) fn refers_to_functions(r: wasmparser::RefType) -> bool {
    use wasmparser::{AbstractHeapType, HeapType};
    match r.heap_type() {
        HeapType::Concrete(_) | HeapType::Exact(_) => true,
        HeapType::Abstract { ty, .. } => matches!(ty, AbstractHeapType::Func | AbstractHeapType::NoFunc),
    }
}
