//! Typed calls: a [`TypedFunction`] checks the signature once, then calls with Rust values
//! and no allocation.

use crate::vm::instance::FuncHandle;
use crate::{Error, Function, Val, ValType};
use std::marker::PhantomData;

/// A Rust type that is one Wasm scalar.
pub trait WasmTy: Copy {
    /// Its Wasm type.
    const TY: ValType;
    /// Raw bits as passed on the wasm stack.
    fn to_bits(self) -> u64;
    /// From the raw bits of a result register.
    fn from_bits(bits: u64) -> Self;
}

macro_rules! wasm_ty {
    ($t:ty, $vt:ident, |$v:ident| $to:expr, |$b:ident| $from:expr) => {
        impl WasmTy for $t {
            const TY: ValType = ValType::$vt;
            fn to_bits(self) -> u64 {
                let $v = self;
                $to
            }
            fn from_bits($b: u64) -> Self {
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

/// Parameter lists: `()`, a scalar, or a tuple of scalars.
pub trait WasmParams {
    /// The Wasm types, in order.
    fn types() -> Vec<ValType>;
    /// Raw bits into `out` (which has room for every parameter).
    fn write_bits(self, out: &mut Vec<u64>);
    /// From the raw bits of a host call's stack (one word per parameter).
    fn from_bits(stack: &[u64]) -> Self;
}

/// Result lists: `()` or a single scalar (multi-value results use [`Function::call`]).
pub trait WasmResults: Sized {
    /// The Wasm types, in order.
    fn types() -> Vec<ValType>;
    /// From the integer and float result registers.
    fn from_registers(regs: [u64; 2]) -> Self;
    /// Into the raw stack of a host call (one word per result).
    fn write_bits(self, stack: &mut [u64]);
}

impl WasmResults for () {
    fn types() -> Vec<ValType> {
        vec![]
    }
    fn from_registers(_: [u64; 2]) -> Self {}
    fn write_bits(self, _: &mut [u64]) {}
}

impl<T: WasmTy> WasmResults for T {
    fn types() -> Vec<ValType> {
        vec![T::TY]
    }
    fn from_registers(regs: [u64; 2]) -> Self {
        let float = matches!(T::TY, ValType::F32 | ValType::F64);
        <T as WasmTy>::from_bits(if float { regs[1] } else { regs[0] })
    }
    fn write_bits(self, stack: &mut [u64]) {
        stack[0] = <T as WasmTy>::to_bits(self);
    }
}

impl<T: WasmTy> WasmParams for T {
    fn types() -> Vec<ValType> {
        vec![T::TY]
    }
    fn write_bits(self, out: &mut Vec<u64>) {
        out.push(<T as WasmTy>::to_bits(self));
    }
    fn from_bits(stack: &[u64]) -> Self {
        <T as WasmTy>::from_bits(stack[0])
    }
}

macro_rules! params_tuple {
    ($($n:ident),*) => {
        impl<$($n: WasmTy),*> WasmParams for ($($n,)*) {
            fn types() -> Vec<ValType> {
                vec![$($n::TY),*]
            }
            #[allow(non_snake_case, unused_variables)]
            fn write_bits(self, out: &mut Vec<u64>) {
                let ($($n,)*) = self;
                $(out.push(<$n as WasmTy>::to_bits($n));)*
            }
            #[allow(unused_variables, unused_mut, unused_assignments, clippy::unused_unit)]
            fn from_bits(stack: &[u64]) -> Self {
                let mut i = 0;
                ($({ let v = <$n as WasmTy>::from_bits(stack[i]); i += 1; v },)*)
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
        let mut bits = Vec::with_capacity(8);
        params.write_bits(&mut bits);
        let regs = if self.func.is_host() {
            let vals: Vec<Val> = bits
                .iter()
                .zip(self.func.ty().params())
                .filter_map(|(&b, &t)| {
                    // SAFETY: typed parameters are scalars (WasmTy has no reference types).
                    unsafe { Val::from_bits(t, b) }
                })
                .collect();
            let out = self.func.call(&vals)?;
            let mut regs = [0u64; 2];
            if let Some(v) = out.first() {
                let float = matches!(v.ty(), ValType::F32 | ValType::F64);
                regs[float as usize] = v.to_bits();
            }
            regs
        } else {
            // SAFETY: not a host function (handled above), and the parameter types were
            // checked against the signature when this TypedFunction was made.
            unsafe { crate::engine::call_raw(handle, &mut bits)? }
        };
        Ok(R::from_registers(regs))
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
