//! The single-pass compiler: validation and code generation fused in one walk over each
//! function body's operators, generic over the ISA's [`MacroAssembler`].
//!
//! An operator's path is: [`visitor`] (a few lines per op) → a codegen helper in
//! [`numeric`], [`memory`], [`call`] or [`control`] → a masm method. The arch-neutral
//! state lives in [`context::CodeGen`]: the value stack ([`stack`]), the register
//! allocator ([`regalloc`]), the frame layout ([`frame`]) and the control stack.

mod builtin;
mod call;
mod context;
mod control;
mod driver;
mod frame;
#[cfg(test)]
mod golden;
mod memory;
mod numeric;
mod regalloc;
mod stack;
mod table;
mod visitor;

pub(crate) use builtin::lazy_stubs;
pub(crate) use driver::compile_function;

use crate::vm::vmctx::VMOffsets;
use onepass_arch::{OperandSize, RegClass};
use wasmparser::{FuncType, GlobalType, ValType};

/// The value types the compiler handles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ty {
    I32,
    I64,
    F32,
    F64,
    /// A reference (funcref or externref): a pointer-sized integer, 0 for null.
    Ref,
}

impl Ty {
    /// Convert a wasmparser type; `None` for types this compiler does not support yet.
    pub(crate) fn from_wasm(ty: ValType) -> Option<Ty> {
        match ty {
            ValType::I32 => Some(Ty::I32),
            ValType::I64 => Some(Ty::I64),
            ValType::F32 => Some(Ty::F32),
            ValType::F64 => Some(Ty::F64),
            ValType::Ref(_) => Some(Ty::Ref),
            _ => None,
        }
    }
    pub(crate) fn size(self) -> OperandSize {
        match self {
            Ty::I32 | Ty::F32 => OperandSize::S32,
            Ty::I64 | Ty::F64 | Ty::Ref => OperandSize::S64,
        }
    }
    pub(crate) fn class(self) -> RegClass {
        match self {
            Ty::I32 | Ty::I64 | Ty::Ref => RegClass::Int,
            Ty::F32 | Ty::F64 => RegClass::Float,
        }
    }
}

/// What the compiler needs to know about the module around a function.
pub(crate) struct ModuleEnv<'a> {
    /// Type section.
    pub(crate) types: &'a [FuncType],
    /// Type index of every function, imports first.
    pub(crate) func_types: &'a [u32],
    /// Number of imported functions.
    pub(crate) num_imported_funcs: u32,
    /// Types of all globals, imports first.
    pub(crate) globals: &'a [GlobalType],
    /// vmctx layout of this module.
    pub(crate) offsets: &'a VMOffsets,
    /// Emit termination checks (a load and a branch) at function entries and loop headers.
    pub(crate) interruptible: bool,
    /// Functions are compiled one at a time on first call, each in its own mapping, so
    /// calls between them go through the callee's `VMFuncRef` instead of a patched
    /// relative call.
    pub(crate) lazy: bool,
}

impl ModuleEnv<'_> {
    /// Signature of function `index`.
    pub(crate) fn func_type(&self, index: u32) -> &FuncType {
        &self.types[self.func_types[index as usize] as usize]
    }
}

/// A compile error with the byte offset it refers to.
#[derive(Debug, Clone)]
pub(crate) struct CompileError {
    pub(crate) message: String,
    pub(crate) offset: usize,
}

impl From<wasmparser::BinaryReaderError> for CompileError {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        CompileError { message: e.message().to_string(), offset: e.offset() as usize }
    }
}

impl CompileError {
    pub(crate) fn unsupported(what: &str, offset: usize) -> CompileError {
        CompileError { message: format!("unsupported: {what}"), offset }
    }
}
