//! The layout of GC objects, which compiled code and the runtime share: the header's
//! offsets ([`object`]) and where each field of a struct or array type lives
//! ([`AggregateLayout`], computed from the type when a module is parsed). `vm::gc_heap`
//! allocates the objects.

/// Offsets and constants of an object's header, which compiled code reads.
pub(crate) mod object {
    /// `u32`: the canonical id of the object's type.
    pub(crate) const TYPE_ID: i32 = 0;
    /// `u32`: [`KIND_STRUCT`] or [`KIND_ARRAY`].
    pub(crate) const KIND: i32 = 4;
    /// `*const u32`: the type's supertype display (`vm::types`).
    pub(crate) const SUPERTYPES: i32 = 8;
    /// `u32`: an array's length.
    pub(crate) const ARRAY_LEN: i32 = 16;
    /// `u32`: the size of an array's elements in bytes (what the runtime's bulk
    /// operations read; compiled code knows it from the type).
    pub(crate) const ARRAY_ELEM_BYTES: i32 = 20;
    /// Where a struct's fields start.
    pub(crate) const STRUCT_FIELDS: u32 = 16;
    /// Where an array's elements start.
    pub(crate) const ARRAY_ELEMS: u32 = 24;
    /// The kind of a struct.
    pub(crate) const KIND_STRUCT: u32 = 1;
    /// The kind of an array.
    pub(crate) const KIND_ARRAY: u32 = 2;
}

/// How one field (or an array's elements) is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct FieldLayout {
    /// Offset from the object's start (for an array: of element 0).
    pub(crate) offset: u32,
    /// Bytes: 1 or 2 for a packed `i8`/`i16`, else the value's size (a reference is 8).
    pub(crate) bytes: u8,
    /// The field's type.
    pub(crate) ty: wasmparser::StorageType,
    /// The type of its value with concrete references made abstract (`funcref`, or
    /// `anyref` for a struct or array type) and a packed field as `i32`: what the host
    /// sees.
    pub(crate) host_ty: wasmparser::ValType,
}

/// The layout of a struct or array type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct AggregateLayout {
    /// Whether it is a struct or an array.
    pub(crate) kind: u32,
    /// A struct's fields in order; an array's one element type.
    pub(crate) fields: Box<[FieldLayout]>,
    /// A struct's size in bytes (header included, a multiple of 8); 0 for an array.
    pub(crate) size: u32,
}

impl AggregateLayout {
    /// The layout of `ty`, a struct or array type (`None` for a function type), declared
    /// in a module whose struct and array types are `aggregates`.
    pub(crate) fn of(ty: &wasmparser::CompositeInnerType, aggregates: &[u32]) -> Option<AggregateLayout> {
        let host_ty = |t: wasmparser::StorageType| match t {
            wasmparser::StorageType::Val(wasmparser::ValType::Ref(r)) if r.is_concrete_type_ref() => {
                let func = crate::reftype::refers_to_functions(r, aggregates);
                wasmparser::ValType::Ref(if func { wasmparser::RefType::FUNCREF } else { wasmparser::RefType::ANYREF })
            }
            wasmparser::StorageType::Val(v) => v,
            _ => wasmparser::ValType::I32,
        };
        let bytes = |t: wasmparser::StorageType| -> u8 {
            use wasmparser::{StorageType as S, ValType as V};
            match t {
                S::I8 => 1,
                S::I16 => 2,
                S::Val(V::I32 | V::F32) => 4,
                S::Val(V::I64 | V::F64 | V::Ref(_)) => 8,
                S::Val(V::V128) => 16,
            }
        };
        match ty {
            wasmparser::CompositeInnerType::Struct(s) => {
                let mut at = object::STRUCT_FIELDS;
                let fields = s
                    .fields
                    .iter()
                    .map(|f| {
                        let n = bytes(f.element_type);
                        at = at.next_multiple_of(n.min(8) as u32);
                        let field =
                            FieldLayout { offset: at, bytes: n, ty: f.element_type, host_ty: host_ty(f.element_type) };
                        at += n as u32;
                        field
                    })
                    .collect();
                Some(AggregateLayout { kind: object::KIND_STRUCT, fields, size: at.next_multiple_of(8) })
            }
            wasmparser::CompositeInnerType::Array(a) => {
                let elem = FieldLayout {
                    offset: object::ARRAY_ELEMS,
                    bytes: bytes(a.0.element_type),
                    ty: a.0.element_type,
                    host_ty: host_ty(a.0.element_type),
                };
                Some(AggregateLayout { kind: object::KIND_ARRAY, fields: Box::new([elem]), size: 0 })
            }
            _ => None,
        }
    }

    /// The layout of struct or array type `type_index` and its position among a module's
    /// `aggregate_types` (its vmctx display slot), from those and their `layouts`; `None`
    /// for any other type.
    pub(crate) fn find<'a>(
        aggregate_types: &[u32],
        layouts: &'a [AggregateLayout],
        type_index: u32,
    ) -> Option<(u32, &'a AggregateLayout)> {
        let at = aggregate_types.binary_search(&type_index).ok()?;
        Some((at as u32, &layouts[at]))
    }

    /// An array's element size in bytes (what its header records); 0 for a struct.
    pub(crate) fn elem_bytes(&self) -> u32 {
        match self.kind {
            object::KIND_ARRAY => self.fields[0].bytes as u32,
            _ => 0,
        }
    }

    /// The bytes an object of this type with `len` elements (an array) takes, or `None`
    /// when that overflows.
    pub(crate) fn object_bytes(&self, len: u32) -> Option<usize> {
        match self.kind {
            object::KIND_ARRAY => {
                let elems = (len as usize).checked_mul(self.fields[0].bytes as usize)?;
                elems.checked_add(object::ARRAY_ELEMS as usize)?.checked_next_multiple_of(8)
            }
            _ => Some(self.size as usize),
        }
    }
}
