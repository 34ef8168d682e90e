//! Typed calls: a [`TypedFunction`] checks the signature once, then calls with Rust values
//! and no allocation. A `v128` is a `u128`.

use crate::values::{read_words, write_words};
use crate::vm::instance::FuncHandle;
use crate::{Error, Function, Val, ValType};
use std::marker::PhantomData;

/// A Rust type that is one Wasm value: a scalar, or `u128` for a `v128`.
pub trait WasmTy: Copy {
    /// Its Wasm type.
    const TY: ValType;
    /// The value's two words in the layout of a wide signature (see
    /// [`crate::HostModuleBuilder::func_raw`]): a scalar in the first (the second 0), a
    /// `v128` low 64 bits first. A narrow signature uses the first word alone.
    fn to_words(self) -> [u64; 2];
    /// From two words in that layout (from a result register: the register, then 0).
    fn from_words(words: [u64; 2]) -> Self;
}

macro_rules! wasm_ty {
    ($t:ty, $vt:ident, |$v:ident| $to:expr, |$b:ident| $from:expr) => {
        impl WasmTy for $t {
            const TY: ValType = ValType::$vt;
            fn to_words(self) -> [u64; 2] {
                let $v = self;
                [$to, 0]
            }
            fn from_words(words: [u64; 2]) -> Self {
                let $b = words[0];
                $from
            }
        }
    };
}

wasm_ty!(i32, I32, |v| v as u32 as u64, |b| b as u32 as i32);
wasm_ty!(u32, I32, |v| v as u64, |b| b as u32);
wasm_ty!(i64, I64, |v| v as u64, |b| b as i64);
wasm_ty!(u64, I64, |v| v, |b| b);
wasm_ty!(f32, F32, |v| v.to_bits() as u64, |b| f32::from_bits(b as u32));
wasm_ty!(f64, F64, |v| v.to_bits(), |b| f64::from_bits(b));

/// A `v128` as its bits: lane 0 is the least significant.
impl WasmTy for u128 {
    const TY: ValType = ValType::V128;
    fn to_words(self) -> [u64; 2] {
        [self as u64, (self >> 64) as u64]
    }
    fn from_words(words: [u64; 2]) -> Self {
        words[0] as u128 | (words[1] as u128) << 64
    }
}

/// Parameter lists: `()`, a value, or a tuple of values.
///
/// The word buffers below hold `stride` words per value: 1, or 2 when the signature has
/// a `v128` among its parameters or results (see [`crate::HostModuleBuilder::func_raw`]).
pub trait WasmParams {
    /// The Wasm types, in order.
    fn types() -> Vec<ValType>;
    /// Append the values' words to `out`, `stride` words per value.
    fn write_words(self, out: &mut Vec<u64>, stride: usize);
    /// From the words of a host call's stack, `stride` words per value.
    fn from_words(stack: &[u64], stride: usize) -> Self;
}

/// Result lists: `()` or a single value (multi-value results use [`Function::call`]).
pub trait WasmResults: Sized {
    /// The Wasm types, in order.
    fn types() -> Vec<ValType>;
    /// From the integer and float result registers (a narrow signature's single result).
    fn from_registers(regs: [u64; 2]) -> Self;
    /// From the words of a call's buffer, `stride` words per value (a wide signature's
    /// results, which come back there).
    fn from_words(words: &[u64], stride: usize) -> Self;
    /// Into the raw stack of a host call, `stride` words per value.
    fn write_words(self, stack: &mut [u64], stride: usize);
}

impl WasmResults for () {
    fn types() -> Vec<ValType> {
        vec![]
    }
    fn from_registers(_: [u64; 2]) -> Self {}
    fn from_words(_: &[u64], _: usize) -> Self {}
    fn write_words(self, _: &mut [u64], _: usize) {}
}

impl<T: WasmTy> WasmResults for T {
    fn types() -> Vec<ValType> {
        vec![T::TY]
    }
    fn from_registers(regs: [u64; 2]) -> Self {
        let float = matches!(T::TY, ValType::F32 | ValType::F64);
        <T as WasmTy>::from_words([if float { regs[1] } else { regs[0] }, 0])
    }
    fn from_words(words: &[u64], stride: usize) -> Self {
        <T as WasmTy>::from_words(read_words(words, 0, stride))
    }
    fn write_words(self, stack: &mut [u64], stride: usize) {
        write_words(stack, 0, stride, <T as WasmTy>::to_words(self));
    }
}

impl<T: WasmTy> WasmParams for T {
    fn types() -> Vec<ValType> {
        vec![T::TY]
    }
    fn write_words(self, out: &mut Vec<u64>, stride: usize) {
        out.extend_from_slice(&<T as WasmTy>::to_words(self)[..stride]);
    }
    fn from_words(stack: &[u64], stride: usize) -> Self {
        <T as WasmTy>::from_words(read_words(stack, 0, stride))
    }
}

macro_rules! params_tuple {
    ($($n:ident),*) => {
        impl<$($n: WasmTy),*> WasmParams for ($($n,)*) {
            fn types() -> Vec<ValType> {
                vec![$($n::TY),*]
            }
            #[allow(non_snake_case, unused_variables)]
            fn write_words(self, out: &mut Vec<u64>, stride: usize) {
                let ($($n,)*) = self;
                $(out.extend_from_slice(&<$n as WasmTy>::to_words($n)[..stride]);)*
            }
            #[allow(unused_variables, unused_mut, unused_assignments, clippy::unused_unit)]
            fn from_words(stack: &[u64], stride: usize) -> Self {
                let mut i = 0;
                ($({ let v = <$n as WasmTy>::from_words(read_words(stack, i, stride)); i += 1; v },)*)
            }
        }
    };
}

params_tuple!();
params_tuple!(A);
params_tuple!(A, B);
params_tuple!(A, B, C);
params_tuple!(A, B, C, D);
params_tuple!(A, B, C, D, E);
params_tuple!(A, B, C, D, E, F);
params_tuple!(A, B, C, D, E, F, G);
params_tuple!(A, B, C, D, E, F, G, H);
params_tuple!(A, B, C, D, E, F, G, H, I);
params_tuple!(A, B, C, D, E, F, G, H, I, J);

/// A function whose signature was checked against `P` and `R`.
pub struct TypedFunction<P, R> {
    func: Function,
    _types: PhantomData<fn(P) -> R>,
}

impl<P: WasmParams, R: WasmResults> TypedFunction<P, R> {
    pub(crate) fn new(func: &Function) -> Result<Self, Error> {
        let ty = func.ty();
        if ty.params() != P::types().as_slice() || ty.results() != R::types().as_slice() {
            return Err(Error::Call(format!("function has type {ty}, not ({:?}) -> ({:?})", P::types(), R::types())));
        }
        Ok(TypedFunction { func: func.clone(), _types: PhantomData })
    }

    /// Call with `params`.
    pub fn call(&self, params: P) -> Result<R, Error> {
        let handle: &FuncHandle = &self.func.handle;
        if let Some(e) = self.func.closed_error() {
            return Err(e);
        }
        let ty = self.func.ty();
        let stride = ty.word_stride();
        let mut words = Vec::with_capacity(8);
        params.write_words(&mut words, stride);
        words.resize(ty.buffer_words(), 0);
        let regs = if self.func.is_host() {
            let vals: Vec<Val> = (ty.params().iter().enumerate())
                // SAFETY: typed parameters are numbers or vectors (WasmTy has no reference
                // types).
                .map(|(i, &t)| unsafe { Val::from_words(t, read_words(&words, i, stride)) })
                .collect();
            let out = self.func.call(&vals)?;
            // The results where compiled code would leave them.
            let mut regs = [0u64; 2];
            if ty.results_in_words() {
                for (i, v) in out.iter().enumerate() {
                    write_words(&mut words, i, stride, v.to_words());
                }
            } else if let Some(v) = out.first() {
                let float = matches!(v.ty(), ValType::F32 | ValType::F64);
                regs[float as usize] = v.to_bits();
            }
            regs
        } else {
            // No other thread collects while this one runs wasm code of the store.
            let _mutator = handle.store.gc_heap.mutator();
            // SAFETY: not a host function (handled above); the parameter types were
            // checked against the signature when this TypedFunction was made, and the
            // words are in its layout with room for the results; the mutator is held.
            unsafe { crate::engine::call_raw(handle, &mut words)? }
        };
        Ok(if ty.results_in_words() { R::from_words(&words, stride) } else { R::from_registers(regs) })
    }
}

impl Function {
    /// This function as a [`TypedFunction`], if its signature is `P -> R`.
    ///
    /// ```
    /// # let wasm = wat::parse_str(r#"(module (func (export "add") (param i32 i32) (result i32)
    /// #     local.get 0 local.get 1 i32.add))"#).unwrap();
    /// let module = onepass::Runtime::new().instantiate(&wasm).unwrap();
    /// let add = module.exported_function("add").unwrap().typed::<(i32, i32), i32>().unwrap();
    /// assert_eq!(add.call((2, 40)).unwrap(), 42);
    /// ```
    pub fn typed<P: WasmParams, R: WasmResults>(&self) -> Result<TypedFunction<P, R>, Error> {
        TypedFunction::new(self)
    }
}
