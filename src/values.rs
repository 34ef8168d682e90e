//! Wasm values and types as the public API shows them.

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
}

impl ValType {
    pub(crate) fn from_wasm(t: wasmparser::ValType) -> ValType {
        match t {
            wasmparser::ValType::I32 => ValType::I32,
            wasmparser::ValType::I64 => ValType::I64,
            wasmparser::ValType::F32 => ValType::F32,
            wasmparser::ValType::F64 => ValType::F64,
            wasmparser::ValType::V128 => ValType::V128,
            wasmparser::ValType::Ref(r) if r.is_func_ref() => ValType::FuncRef,
            wasmparser::ValType::Ref(_) => ValType::ExternRef,
        }
    }
}

impl ValType {
    /// Whether this is a number type (not a reference or vector).
    pub fn is_scalar(self) -> bool {
        matches!(self, ValType::I32 | ValType::I64 | ValType::F32 | ValType::F64)
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
        };
        f.write_str(s)
    }
}

/// A function signature.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct FuncType {
    params: Vec<ValType>,
    results: Vec<ValType>,
}

impl FuncType {
    /// A signature from its parameter and result types.
    pub fn new(params: impl IntoIterator<Item = ValType>, results: impl IntoIterator<Item = ValType>) -> FuncType {
        FuncType { params: params.into_iter().collect(), results: results.into_iter().collect() }
    }
    /// Parameter types.
    pub fn params(&self) -> &[ValType] {
        &self.params
    }
    /// Result types.
    pub fn results(&self) -> &[ValType] {
        &self.results
    }
    pub(crate) fn from_wasm(t: &wasmparser::FuncType) -> FuncType {
        FuncType::new(
            t.params().iter().map(|&p| ValType::from_wasm(p)),
            t.results().iter().map(|&r| ValType::from_wasm(r)),
        )
    }
}

impl fmt::Display for FuncType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |v: &[ValType]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
        write!(f, "({}) -> ({})", list(&self.params), list(&self.results))
    }
}

/// A Wasm value. Floats are kept as bits so NaN payloads survive a round trip.
#[derive(Clone, Debug, PartialEq)]
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
    /// below `u64::MAX`.
    ExternRef(Option<u64>),
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
    /// The default (zero or null) value of `ty`, as locals start; `None` for `v128`,
    /// which no call through the API can carry.
    pub fn default_for(ty: ValType) -> Option<Val> {
        Some(match ty {
            ValType::I32 => Val::I32(0),
            ValType::I64 => Val::I64(0),
            ValType::F32 => Val::F32(0),
            ValType::F64 => Val::F64(0),
            ValType::FuncRef => Val::FuncRef(None),
            ValType::ExternRef => Val::ExternRef(None),
            ValType::V128 => return None,
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
            Val::ExternRef(_) => ValType::ExternRef,
        }
    }
    /// The raw 64-bit representation used on the wasm stack.
    pub(crate) fn to_bits(&self) -> u64 {
        match self {
            Val::I32(v) => *v as u32 as u64,
            Val::I64(v) => *v as u64,
            Val::F32(v) => *v as u64,
            Val::F64(v) => *v,
            Val::FuncRef(f) => f.as_ref().map_or(0, |f| f.handle.ptr as u64),
            Val::ExternRef(v) => v.map_or(0, |v| v.wrapping_add(1)),
        }
    }
    /// Decode raw bits as a value of type `ty`.
    ///
    /// # Safety
    /// For `FuncRef`, `bits` must be null or point to a live `VMFuncRef` (as produced by
    /// wasm code or the runtime).
    pub(crate) unsafe fn from_bits(ty: ValType, bits: u64) -> Option<Val> {
        Some(match ty {
            ValType::I32 => Val::I32(bits as u32 as i32),
            ValType::I64 => Val::I64(bits as i64),
            ValType::F32 => Val::F32(bits as u32),
            ValType::F64 => Val::F64(bits),
            ValType::ExternRef => Val::ExternRef(bits.checked_sub(1)),
            // SAFETY: guaranteed by the caller.
            ValType::FuncRef => Val::FuncRef(unsafe { crate::Function::from_raw(bits as *const _) }),
            ValType::V128 => return None,
        })
    }
}

impl fmt::Display for Val {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Val::I32(v) => write!(f, "{v}:i32"),
            Val::I64(v) => write!(f, "{v}:i64"),
            Val::F32(v) => write!(f, "{}:f32", f32::from_bits(*v)),
            Val::F64(v) => write!(f, "{}:f64", f64::from_bits(*v)),
            Val::FuncRef(None) | Val::ExternRef(None) => write!(f, "null:{}", self.ty()),
            Val::FuncRef(Some(func)) => write!(f, "func{}", func.ty()),
            Val::ExternRef(Some(v)) => write!(f, "{v}:externref"),
        }
    }
}
