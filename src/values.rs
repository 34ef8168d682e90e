//! Wasm values and types as the public API shows them.

use crate::vm::gc_layout::object;
use std::fmt;

/// A Wasm value type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValType {
    /// 32-bit integer.
    I32,
    /// 64-bit integer.
    I64,
    /// 32-bit float.
    F32,
    /// 64-bit float.
    F64,
    /// 128-bit vector.
    V128,
    /// Function reference.
    FuncRef,
    /// External reference.
    ExternRef,
    /// Exception reference (`exnref`, [`crate::CoreFeatures::EXCEPTIONS`]). A function
    /// with `exnref` results may be called from the host (each result arrives as a copy,
    /// [`Val::ExnRef`]); one with `exnref` parameters cannot, nor can the host define one.
    ExnRef,
    /// A reference of the GC proposal's `any` hierarchy (`anyref`, `eqref`, `i31ref`,
    /// `nullref`, `structref`, `arrayref` and struct and array types;
    /// [`crate::CoreFeatures::GC`]): null, `i31`s, GC objects and converted host values.
    AnyRef,
}

impl ValType {
    /// The API type of `t`, declared in a module whose struct and array types are
    /// `aggregates`.
    pub(crate) fn from_wasm(t: wasmparser::ValType, aggregates: crate::reftype::Aggregates<'_>) -> ValType {
        match t {
            wasmparser::ValType::I32 => ValType::I32,
            wasmparser::ValType::I64 => ValType::I64,
            wasmparser::ValType::F32 => ValType::F32,
            wasmparser::ValType::F64 => ValType::F64,
            wasmparser::ValType::V128 => ValType::V128,
            wasmparser::ValType::Ref(r) if crate::reftype::refers_to_functions(r, aggregates) => ValType::FuncRef,
            wasmparser::ValType::Ref(r) if crate::reftype::refers_to_exceptions(r) => ValType::ExnRef,
            wasmparser::ValType::Ref(r) if crate::reftype::in_any_hierarchy(r, aggregates) => ValType::AnyRef,
            wasmparser::ValType::Ref(_) => ValType::ExternRef,
        }
    }
}

impl ValType {
    /// Whether this is a number type (not a reference or vector).
    pub fn is_scalar(self) -> bool {
        matches!(self, ValType::I32 | ValType::I64 | ValType::F32 | ValType::F64)
    }
    /// Whether this is a reference type (`funcref`, `externref`, `exnref` or `anyref`).
    pub fn is_ref(self) -> bool {
        matches!(self, ValType::FuncRef | ValType::ExternRef | ValType::ExnRef | ValType::AnyRef)
    }
}

impl fmt::Display for ValType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            ValType::I32 => "i32",
            ValType::I64 => "i64",
            ValType::F32 => "f32",
            ValType::F64 => "f64",
            ValType::V128 => "v128",
            ValType::FuncRef => "funcref",
            ValType::ExternRef => "externref",
            ValType::AnyRef => "anyref",
            ValType::ExnRef => "exnref",
        };
        f.write_str(s)
    }
}

/// The type of a linear memory: its limits in 64 KiB pages and its address type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MemoryType {
    /// Pages it starts with (or, for an import, at least has).
    pub minimum_pages: u64,
    /// Pages it may grow to, if declared.
    pub maximum_pages: Option<u64>,
    /// Whether its addresses are `i64` (memory64).
    pub is_64bit: bool,
    /// Whether it is shared between threads (the threads proposal).
    pub is_shared: bool,
}

impl MemoryType {
    pub(crate) fn from_wasm(t: &wasmparser::MemoryType) -> MemoryType {
        MemoryType { minimum_pages: t.initial, maximum_pages: t.maximum, is_64bit: t.memory64, is_shared: t.shared }
    }
}

/// What kind of item an import or export is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExternKind {
    /// A function.
    Function,
    /// A table.
    Table,
    /// A linear memory.
    Memory,
    /// A global.
    Global,
    /// An exception tag.
    Tag,
}

impl ExternKind {
    pub(crate) fn from_wasm(kind: wasmparser::ExternalKind) -> ExternKind {
        use wasmparser::ExternalKind as K;
        match kind {
            K::Func | K::FuncExact => ExternKind::Function,
            K::Table => ExternKind::Table,
            K::Memory => ExternKind::Memory,
            K::Global => ExternKind::Global,
            K::Tag => ExternKind::Tag,
        }
    }
}

/// A function signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct FuncType {
    /// The parameter types, then the result types: one shared allocation, so that a clone
    /// (every function handle and every instance's function list holds one) costs a
    /// reference count, not two vectors.
    types: std::sync::Arc<[ValType]>,
    /// How many of `types` are parameters.
    params: usize,
    /// Whether a parameter or result is a `v128` (kept: host calls ask on every call).
    wide: bool,
    /// Whether a parameter is typed as a struct or array reference (`structref`,
    /// `(ref $t)` of a struct or array type...) not yet in `narrow_any_params` (which needs
    /// the module's canonical type ids: `with_object_params`): the host cannot call such
    /// a function.
    object_params: bool,
    /// The parameters of the `any` hierarchy narrower than `anyref` (`eqref`, `i31ref`,
    /// `nullref`, non-null ones), by index, with their types: an `AnyRef` argument from
    /// the host is checked against them (`check_host_args`).
    narrow_any_params: std::sync::Arc<[(u32, crate::reftype::RefKey)]>,
}

impl FuncType {
    /// A signature from its parameter and result types.
    pub fn new(params: impl IntoIterator<Item = ValType>, results: impl IntoIterator<Item = ValType>) -> FuncType {
        let mut types: Vec<ValType> = params.into_iter().collect();
        let params = types.len();
        types.extend(results);
        let wide = types.contains(&ValType::V128);
        FuncType { types: types.into(), params, wide, object_params: false, narrow_any_params: Default::default() }
    }
    /// Parameter types.
    #[inline]
    pub fn params(&self) -> &[ValType] {
        &self.types[..self.params]
    }
    /// Result types.
    #[inline]
    pub fn results(&self) -> &[ValType] {
        &self.types[self.params..]
    }
    /// Whether values of this signature can pass between wasm and the host: not when it
    /// has `exnref` parameters or results (exception objects live only in wasm frames, see
    /// `vm::exception`).
    pub(crate) fn crosses_host(&self) -> bool {
        !self.params().iter().chain(self.results()).any(|&t| t == ValType::ExnRef)
    }

    /// The API signature of `t`, declared in a module whose struct and array types are
    /// `aggregates`.
    pub(crate) fn from_wasm(t: &wasmparser::FuncType, aggregates: crate::reftype::Aggregates<'_>) -> FuncType {
        let narrow = |(i, p): (usize, &wasmparser::ValType)| match *p {
            // (Abstract only: concrete struct and array types are `object_params`.)
            wasmparser::ValType::Ref(r)
                if crate::reftype::in_any_hierarchy(r, aggregates)
                    && r != wasmparser::RefType::ANYREF
                    && object_ref(p, aggregates).is_none() =>
            {
                Some((i as u32, crate::reftype::RefKey::of(r, |_| 0)))
            }
            _ => None,
        };
        FuncType {
            object_params: t.params().iter().any(|p| object_ref(p, aggregates).is_some()),
            narrow_any_params: t.params().iter().enumerate().filter_map(narrow).collect(),
            ..FuncType::new(
                t.params().iter().map(|&p| ValType::from_wasm(p, aggregates)),
                t.results().iter().map(|&r| ValType::from_wasm(r, aggregates)),
            )
        }
    }

    /// This signature (of `t`, declared in a module whose struct and array types are
    /// `aggregates` and whose type `i` has the canonical id `id_of(i)`) with its parameters
    /// of concrete struct or array types checked like the narrower abstract ones: an
    /// argument from the host must be an object of that type or a subtype (or null, when
    /// nullable), so the host may call it.
    pub(crate) fn with_object_params(
        mut self,
        t: &wasmparser::FuncType,
        aggregates: crate::reftype::Aggregates<'_>,
        id_of: impl Fn(u32) -> u32,
    ) -> FuncType {
        if !self.object_params {
            return self;
        }
        let mut narrow = self.narrow_any_params.to_vec();
        for (i, r) in t.params().iter().enumerate().filter_map(|(i, p)| Some((i, object_ref(p, aggregates)?))) {
            narrow.push((i as u32, crate::reftype::RefKey::of(r, &id_of)));
        }
        self.narrow_any_params = narrow.into();
        self.object_params = false;
        self
    }

    /// Check arguments of this signature that the host passes into wasm (calling a
    /// function of it, throwing an exception of a tag of it), already checked against the
    /// parameters' `ValType`s and their runtime: refused when a parameter is typed as a
    /// struct or array reference or is an `exnref`; an `AnyRef` for a narrower parameter
    /// than `anyref` must be a value of it (an `i31` for `i31ref`, no host value for
    /// `eqref`, only null for `nullref`...), or wasm would take one kind of word for another.
    pub(crate) fn check_host_args(&self, args: &[Val]) -> Result<(), String> {
        if self.params().contains(&ValType::ExnRef) {
            return Err(format!("{self} cannot take values from the host: exnref arguments stay in wasm code"));
        }
        if self.object_params {
            return Err(format!(
                "{self} cannot take values from the host yet: a parameter is a struct or array reference"
            ));
        }
        for &(i, key) in self.narrow_any_params.iter() {
            let Some(arg) = args.get(i as usize) else { continue };
            // SAFETY: an object is live: the argument holds its heap.
            if !unsafe { crate::vm::gc_heap::any_matches(arg.to_bits(), key) } {
                return Err(format!("argument {i}: {arg} is not a value of its parameter's reference type"));
            }
        }
        Ok(())
    }
}

/// The reference type of `p` when it is a reference to a concrete struct or array type of
/// a module whose struct and array types are `aggregates`.
fn object_ref(p: &wasmparser::ValType, aggregates: crate::reftype::Aggregates<'_>) -> Option<wasmparser::RefType> {
    match *p {
        wasmparser::ValType::Ref(r) if crate::reftype::refers_to_aggregates(r, aggregates) => Some(r),
        _ => None,
    }
}

/// The layout of a signature's values in the buffer of 64-bit words that carries them
/// between Rust and wasm code (the entry and host trampolines, [`crate::engine::call`],
/// host dispatch, raw host functions, typed calls). This is the one statement of the rule;
/// compiled code follows the same one.
///
/// - A signature with no `v128` among its parameters or results ("narrow"): one word per
///   value, value `i` at `words[i]`; the buffer has `max(params, results)` words. A single
///   result comes back in the result registers (the integer one, or the float one for
///   `f32`/`f64`); several come back in the words.
/// - A signature with any `v128` in its parameters or results ("wide"): two words per
///   value, value `i` at `words[2 * i]` and `words[2 * i + 1]`. A `v128` is little-endian:
///   its low 64 bits in `words[2 * i]`, its high 64 in `words[2 * i + 1]`. A scalar or
///   reference sits in `words[2 * i]`; `words[2 * i + 1]` is ignored on input and written
///   0 on output. The buffer has `2 * max(params, results)` words. *Every* result of a
///   wide signature comes back in the words, even a single one, never in the result
///   registers.
impl FuncType {
    /// Whether any parameter or result is a `v128` (the two-words-per-value layout).
    #[inline]
    pub(crate) fn is_wide(&self) -> bool {
        self.wide
    }
    /// Words per value: 2 for a wide signature, else 1.
    #[inline]
    pub(crate) fn word_stride(&self) -> usize {
        if self.is_wide() {
            2
        } else {
            1
        }
    }
    /// Whether the results come back in the words (a wide signature, or several results)
    /// rather than in the result registers.
    #[inline]
    pub(crate) fn results_in_words(&self) -> bool {
        self.results().len() > 1 || self.is_wide()
    }
    /// The length of the word buffer: room for every parameter and every result.
    #[inline]
    pub(crate) fn buffer_words(&self) -> usize {
        self.word_stride() * self.params().len().max(self.results().len())
    }
}

/// Value `i`'s two words in a buffer of `stride` words per value (see [`FuncType`]'s
/// layout): with stride 1 the second word is 0.
pub(crate) fn read_words(words: &[u64], i: usize, stride: usize) -> [u64; 2] {
    if stride == 2 {
        [words[2 * i], words[2 * i + 1]]
    } else {
        [words[i], 0]
    }
}

/// Store value `i`'s two words in a buffer of `stride` words per value (see [`FuncType`]'s
/// layout): with stride 1 only the first word is stored (the second is 0 for any value
/// but a `v128`, which only a stride-2 buffer holds).
pub(crate) fn write_words(words: &mut [u64], i: usize, stride: usize, value: [u64; 2]) {
    if stride == 2 {
        words[2 * i] = value[0];
        words[2 * i + 1] = value[1];
    } else {
        words[i] = value[0];
    }
}

impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |v: &[ValType]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
        write!(f, "({}) -> ({})", list(self.params()), list(self.results()))
    }
}

/// A Wasm value. Floats are kept as bits so NaN payloads survive a round trip.
#[derive(Clone, PartialEq)]
pub enum Val {
    /// 32-bit integer.
    I32(i32),
    /// 64-bit integer.
    I64(i64),
    /// 32-bit float, as its bits.
    F32(u32),
    /// 64-bit float, as its bits.
    F64(u64),
    /// A function reference (`None` is null).
    FuncRef(Option<crate::Function>),
    /// An external reference: an opaque host value (`None` is null). The payload must be
    /// below 2^62 ([`Val::EXTERN_LIMIT`]): the word wasm holds tells it from `i31`s and GC
    /// objects, so that `any.convert_extern` and `extern.convert_any` keep it.
    ExternRef(Option<u64>),
    /// An external reference that wasm made from an `anyref` (`extern.convert_any` of an
    /// `i31` or a GC object; a host value converted back is an `ExternRef`). Of type
    /// [`ValType::ExternRef`].
    ExternAny(AnyRef),
    /// A 128-bit vector, as its bits: lane 0 is the least significant (a `v128` in memory
    /// is this value's little-endian bytes).
    V128(u128),
    /// A reference of the `any` hierarchy (`None` is null).
    AnyRef(Option<AnyRef>),
    /// An exception reference a function returned to the host (`None` is null): the
    /// exception's tag and payload, copied out of wasm code (exceptions have no identity
    /// wasm can observe). It does not go back into wasm.
    ExnRef(Option<crate::Exception>),
}

/// A non-null reference of the GC proposal's `any` hierarchy, as the host sees it: an
/// `i31` (a 31-bit integer held in the reference itself, wasm's `ref.i31`) or a struct or
/// array object of a runtime's GC heap, which this value keeps alive (it holds the heap,
/// and is a root of its collector: each `AnyRef` of an object counts once in the heap's
/// host roots until it drops). Two `AnyRef`s are equal when wasm's `ref.eq` would call
/// them equal.
pub struct AnyRef {
    repr: AnyRepr,
}

impl Clone for AnyRef {
    fn clone(&self) -> AnyRef {
        if let AnyRepr::Object { addr, heap } = &self.repr {
            heap.root(*addr);
        }
        AnyRef { repr: self.repr.clone() }
    }
}

impl Drop for AnyRef {
    fn drop(&mut self) {
        if let AnyRepr::Object { addr, heap } = &self.repr {
            heap.unroot(*addr);
        }
    }
}

/// What an [`AnyRef`] is.
#[derive(Clone)]
enum AnyRepr {
    /// An `i31`: the 31-bit payload, in the low bits.
    I31(u32),
    /// A GC object: its address, and the heap that holds it.
    Object { addr: usize, heap: std::sync::Arc<crate::vm::gc_heap::GcHeap> },
    /// A host value (an `externref` payload) converted by `any.convert_extern`.
    Host(u64),
}

impl AnyRef {
    /// The `i31` of the low 31 bits of `value` (as `ref.i31` makes it).
    pub fn from_i31(value: i32) -> AnyRef {
        AnyRef { repr: AnyRepr::I31(value as u32 & 0x7fff_ffff) }
    }
    /// The `anyref` that `any.convert_extern` makes of the host value `v` (an `externref`
    /// payload, below [`Val::EXTERN_LIMIT`]; larger values are cut to their low 62 bits).
    pub fn from_extern(v: u64) -> AnyRef {
        AnyRef { repr: AnyRepr::Host(v & (Val::EXTERN_LIMIT - 1)) }
    }
    /// The host value this reference was converted from by `any.convert_extern`; `None`
    /// for an `i31` or an object.
    pub fn host_value(&self) -> Option<u64> {
        match self.repr {
            AnyRepr::Host(v) => Some(v),
            _ => None,
        }
    }
    /// The `i31`'s value sign-extended from 31 bits (`i31.get_s`); `None` for a reference
    /// that is not an `i31`.
    pub fn i31_s(&self) -> Option<i32> {
        self.i31_u().map(|v| ((v << 1) as i32) >> 1)
    }
    /// The `i31`'s value zero-extended (`i31.get_u`); `None` for a reference that is not an
    /// `i31`.
    pub fn i31_u(&self) -> Option<u32> {
        match self.repr {
            AnyRepr::I31(v) => Some(v),
            _ => None,
        }
    }
    /// Whether this is a struct object.
    pub fn is_struct(&self) -> bool {
        self.object_kind() == Some(object::KIND_STRUCT)
    }
    /// Whether this is an array object.
    pub fn is_array(&self) -> bool {
        self.object_kind() == Some(object::KIND_ARRAY)
    }
    /// Field `index` of a struct (a packed `i8`/`i16` zero-extended to an `I32`); `None`
    /// for anything but a struct, past its last field, or for a function reference once
    /// its runtime is gone.
    pub fn field(&self, index: u32) -> Option<Val> {
        self.read(crate::vm::gc_heap::Slot::Field(index))
    }
    /// The length of an array; `None` for anything else.
    pub fn array_len(&self) -> Option<u32> {
        match &self.repr {
            AnyRepr::Object { addr, .. } if self.is_array() => {
                // SAFETY: the object lives as long as its heap, which `self` holds; it is
                // an array, which has a length word.
                Some(unsafe { crate::vm::gc_heap::header_word(*addr as *const u8, object::ARRAY_LEN) })
            }
            _ => None,
        }
    }
    /// Element `index` of an array (a packed one zero-extended to an `I32`); `None` for
    /// anything but an array, past its end, or for a function reference once its runtime
    /// is gone.
    pub fn element(&self, index: u32) -> Option<Val> {
        self.read(crate::vm::gc_heap::Slot::Element(index))
    }
    /// A field or element of an object.
    fn read(&self, slot: crate::vm::gc_heap::Slot) -> Option<Val> {
        match &self.repr {
            // SAFETY: the object lives as long as its heap, which `self` holds.
            AnyRepr::Object { addr, heap } => unsafe { heap.read(*addr as *const u8, slot) },
            _ => None,
        }
    }
    /// The kind word of an object's header; `None` for an `i31`.
    fn object_kind(&self) -> Option<u32> {
        match &self.repr {
            // SAFETY: the object lives as long as its heap, which `self` holds.
            AnyRepr::Object { addr, .. } => {
                Some(unsafe { crate::vm::gc_heap::header_word(*addr as *const u8, object::KIND) })
            }
            AnyRepr::I31(_) | AnyRepr::Host(_) => None,
        }
    }
    /// The heap holding the object, `None` for an `i31` (which belongs to every runtime).
    pub(crate) fn heap(&self) -> Option<&std::sync::Arc<crate::vm::gc_heap::GcHeap>> {
        match &self.repr {
            AnyRepr::Object { heap, .. } => Some(heap),
            AnyRepr::I31(_) | AnyRepr::Host(_) => None,
        }
    }
    /// The word wasm code holds: `value << 1 | 1` for an `i31` (a set low bit; null is 0),
    /// `value << 2 | 2` for a host value, an object's address (aligned) for an object.
    pub(crate) fn to_bits(&self) -> u64 {
        match &self.repr {
            AnyRepr::I31(v) => u64::from(*v) << 1 | 1,
            AnyRepr::Host(v) => v << 2 | 2,
            AnyRepr::Object { addr, .. } => *addr as u64,
        }
    }
    /// The reference wasm code holds as `bits` (`None` for null).
    ///
    /// # Safety
    /// An object's address must be of a live object (one wasm code of a live runtime, or
    /// a live `AnyRef`, holds) that no collection can free before this returns.
    unsafe fn from_bits(bits: u64) -> Option<AnyRef> {
        if bits == 0 {
            return None;
        }
        if bits & 1 == 1 {
            return Some(AnyRef { repr: AnyRepr::I31((bits >> 1) as u32 & 0x7fff_ffff) });
        }
        if bits & 3 == 2 {
            return Some(AnyRef { repr: AnyRepr::Host(bits >> 2) });
        }
        // SAFETY: the object is live (guaranteed by the caller), so is its heap.
        let heap = unsafe { crate::vm::gc_heap::share_heap_of(bits as *const u8) };
        // Rooted before the caller's guarantee can end (no collection runs meanwhile: the
        // caller is a mutator of the store, or holds the heap's lock).
        heap.root(bits as usize);
        Some(AnyRef { repr: AnyRepr::Object { addr: bits as usize, heap } })
    }
}

impl PartialEq for AnyRef {
    fn eq(&self, other: &AnyRef) -> bool {
        self.to_bits() == other.to_bits()
    }
}

impl Eq for AnyRef {}

impl std::hash::Hash for AnyRef {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.to_bits().hash(state)
    }
}

impl fmt::Debug for AnyRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            AnyRepr::I31(v) => write!(f, "i31({v})"),
            AnyRepr::Host(v) => write!(f, "host({v})"),
            AnyRepr::Object { addr, .. } if self.is_struct() => write!(f, "struct@{addr:#x}"),
            AnyRepr::Object { addr, .. } => write!(f, "array@{addr:#x}"),
        }
    }
}

impl Val {
    /// An f32 value.
    pub fn f32(v: f32) -> Val {
        Val::F32(v.to_bits())
    }
    /// An f64 value.
    pub fn f64(v: f64) -> Val {
        Val::F64(v.to_bits())
    }
    /// The default (zero or null) value of `ty`, as locals start (always `Some`; kept an
    /// `Option` for compatibility).
    pub fn default_for(ty: ValType) -> Option<Val> {
        Some(match ty {
            ValType::ExnRef => Val::ExnRef(None),
            ValType::I32 => Val::I32(0),
            ValType::I64 => Val::I64(0),
            ValType::F32 => Val::F32(0),
            ValType::F64 => Val::F64(0),
            ValType::V128 => Val::V128(0),
            ValType::FuncRef => Val::FuncRef(None),
            ValType::ExternRef => Val::ExternRef(None),
            ValType::AnyRef => Val::AnyRef(None),
        })
    }
    /// The value's type.
    pub fn ty(&self) -> ValType {
        match self {
            Val::I32(_) => ValType::I32,
            Val::I64(_) => ValType::I64,
            Val::F32(_) => ValType::F32,
            Val::F64(_) => ValType::F64,
            Val::FuncRef(_) => ValType::FuncRef,
            Val::ExternRef(_) | Val::ExternAny(_) => ValType::ExternRef,
            Val::AnyRef(_) => ValType::AnyRef,
            Val::ExnRef(_) => ValType::ExnRef,
            Val::V128(_) => ValType::V128,
        }
    }
    /// The bound on an [`Val::ExternRef`] payload: 2^62.
    pub const EXTERN_LIMIT: u64 = 1 << 62;

    /// Check, before the value goes into wasm code of the runtime whose GC heap is
    /// `heap`, what its type cannot: an `ExternRef` payload is below
    /// [`Val::EXTERN_LIMIT`], a GC object is of that heap, and an `ExnRef` is null. (Function references are
    /// checked by their callers, which also retain them.)
    pub(crate) fn check_for(&self, heap: &crate::vm::gc_heap::GcHeap) -> Result<(), String> {
        let object = match self {
            Val::ExternRef(Some(v)) if *v >= Val::EXTERN_LIMIT => {
                return Err(format!("externref payload {v:#x} is not below 2^62"));
            }
            Val::ExnRef(Some(_)) => return Err("an exception reference does not go back into wasm".into()),
            Val::AnyRef(Some(r)) | Val::ExternAny(r) => r.heap(),
            _ => None,
        };
        match object {
            Some(h) if !std::ptr::eq(&**h, heap) => Err("a GC object from another runtime".into()),
            _ => Ok(()),
        }
    }
    /// The raw 64-bit representation of a scalar or reference, as it sits in one word of
    /// the wasm stack or in a result register; for a `v128`, its low 64 bits only (use
    /// [`Val::to_words`] wherever a `v128` can occur).
    pub(crate) fn to_bits(&self) -> u64 {
        self.to_words()[0]
    }
    /// The value's two words as a wide signature lays them out (see [`FuncType`]): a
    /// scalar or reference in the first (the second 0), a `v128` low half first.
    pub(crate) fn to_words(&self) -> [u64; 2] {
        let bits = match self {
            Val::I32(v) => *v as u32 as u64,
            Val::I64(v) => *v as u64,
            Val::F32(v) => *v as u64,
            Val::F64(v) => *v,
            Val::FuncRef(f) => f.as_ref().map_or(0, |f| f.handle.ptr as u64),
            Val::ExternRef(v) => v.map_or(0, |v| v << 2 | 2),
            Val::ExternAny(r) => r.to_bits(),
            Val::AnyRef(r) => r.as_ref().map_or(0, AnyRef::to_bits),
            // Refused before any value goes in (`FuncType::check_host_args`): no exception
            // of the host's becomes a word but null.
            Val::ExnRef(_) => 0,
            Val::V128(v) => return [*v as u64, (*v >> 64) as u64],
        };
        [bits, 0]
    }
    /// Decode a value of type `ty` from its two words (see [`FuncType`]): a scalar or
    /// reference from the first (the second is ignored), a `v128` from both, low half
    /// first.
    ///
    /// # Safety
    /// For `FuncRef`, `words[0]` must be null or point to a live `VMFuncRef` (as produced
    /// by wasm code or the runtime); for `AnyRef`, be null, an `i31` or a live GC object.
    pub(crate) unsafe fn from_words(ty: ValType, words: [u64; 2]) -> Val {
        let bits = words[0];
        match ty {
            ValType::I32 => Val::I32(bits as u32 as i32),
            ValType::I64 => Val::I64(bits as i64),
            ValType::F32 => Val::F32(bits as u32),
            ValType::F64 => Val::F64(bits),
            ValType::V128 => Val::V128(bits as u128 | (words[1] as u128) << 64),
            ValType::ExternRef if bits & 3 == 2 || bits == 0 => Val::ExternRef((bits != 0).then_some(bits >> 2)),
            // SAFETY: an object reference is live (guaranteed by the caller).
            ValType::ExternRef => Val::ExternAny(unsafe { AnyRef::from_bits(bits) }.expect("not null")),
            // SAFETY: an object reference is live (guaranteed by the caller).
            ValType::AnyRef => Val::AnyRef(unsafe { AnyRef::from_bits(bits) }),
            // Copied out of this thread's exception arena, which keeps it until the outermost
            // entry from the host ends (`engine::call` decodes results before that).
            ValType::ExnRef => {
                Val::ExnRef((bits != 0).then(|| crate::Exception::copy_out(bits as *const u64)).flatten())
            }
            // SAFETY: guaranteed by the caller.
            ValType::FuncRef => Val::FuncRef(unsafe { crate::Function::from_raw(bits as *const _) }),
        }
    }
}

impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Val::I32(v) => write!(f, "{v}:i32"),
            Val::I64(v) => write!(f, "{v}:i64"),
            Val::F32(v) => write!(f, "{}:f32", f32::from_bits(*v)),
            Val::F64(v) => write!(f, "{}:f64", f64::from_bits(*v)),
            Val::FuncRef(None) | Val::ExternRef(None) | Val::AnyRef(None) | Val::ExnRef(None) => {
                write!(f, "null:{}", self.ty())
            }
            Val::ExnRef(Some(e)) => write!(f, "({e}):exnref"),
            Val::AnyRef(Some(r)) => write!(f, "{r:?}:anyref"),
            Val::FuncRef(Some(func)) => write!(f, "func{}", func.ty()),
            Val::ExternRef(Some(v)) => write!(f, "{v}:externref"),
            Val::ExternAny(r) => write!(f, "{r:?}:externref"),
            Val::V128(v) => write!(f, "{v:#034x}:v128"),
        }
    }
}

impl fmt::Debug for Val {
    /// As derived, except that a `v128` shows as 32 hex digits.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Val::I32(v) => f.debug_tuple("I32").field(v).finish(),
            Val::I64(v) => f.debug_tuple("I64").field(v).finish(),
            Val::F32(v) => f.debug_tuple("F32").field(v).finish(),
            Val::F64(v) => f.debug_tuple("F64").field(v).finish(),
            Val::FuncRef(v) => f.debug_tuple("FuncRef").field(v).finish(),
            Val::ExternRef(v) => f.debug_tuple("ExternRef").field(v).finish(),
            Val::ExternAny(r) => f.debug_tuple("ExternAny").field(r).finish(),
            Val::AnyRef(v) => f.debug_tuple("AnyRef").field(v).finish(),
            Val::ExnRef(v) => f.debug_tuple("ExnRef").field(v).finish(),
            Val::V128(v) => write!(f, "V128({v:#034x})"),
        }
    }
}
