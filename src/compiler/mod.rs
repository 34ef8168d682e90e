//! The single-pass compiler: validation and code generation fused in one walk over each
//! function body's operators, generic over the ISA's [`MacroAssembler`].
//!
//! An operator's path is: [`decode`] or wasmparser's decoder → [`driver`] (validation) →
//! [`visitor`] (a few lines per op) → a codegen helper in a family file ([`numeric`],
//! [`variables`], [`select`], [`memory`], [`table`], [`call`], [`control`]) → a masm
//! method. The arch-neutral state lives in [`context::CodeGen`], which owns the value
//! stack ([`value_stack`]), the register state ([`registers`], over [`regalloc`]), the
//! control stack ([`control_stack`]) and the frame layout ([`frame`]). Bytecode is read by
//! [`bytecode`], [`lookahead`] and [`decode`]. ARCHITECTURE.md, section 6, walks one
//! operator through all of them.

mod aggregate;
mod atomic;
mod builtin;
mod bytecode;
mod call;
mod cold;
mod cold_code;
mod context;
mod control;
mod control_stack;
mod decode;
mod decode_simd;
mod driver;
mod exceptions;
mod frame;
mod gc;
mod homes;
mod legacy;
mod lookahead;
mod memory;
mod numeric;
mod regalloc;
mod register_params;
mod registers;
mod retain;
mod safepoint;
mod select;
mod simd;
mod stack_maps;
mod table;
mod tail;
mod value_stack;
mod variables;
mod visitor;

pub(crate) use builtin::{lazy_stubs, Builtin};
pub(crate) use call::TAIL_CALL_ROOM_WORDS;
pub(crate) use context::CompileScratch;
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
    /// A 128-bit vector, in a float/vector register; its home slots are 16 bytes (see
    /// [`frame`]).
    V128,
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
            ValType::V128 => Some(Ty::V128),
        }
    }
    pub(crate) fn size(self) -> OperandSize {
        match self {
            Ty::I32 | Ty::F32 => OperandSize::S32,
            Ty::I64 | Ty::F64 | Ty::Ref => OperandSize::S64,
            Ty::V128 => OperandSize::S128,
        }
    }
    pub(crate) fn class(self) -> RegClass {
        match self {
            Ty::I32 | Ty::I64 | Ty::Ref => RegClass::Int,
            Ty::F32 | Ty::F64 | Ty::V128 => RegClass::Float,
        }
    }
}

/// How wide each value's place is: in a call's argument area (by the callee's signature)
/// or in a frame's locals and home slots.
///
/// The call rule, which `engine` follows for calls from the host and into host functions
/// too: a signature with no `v128` passes each value in one 8-byte word and returns a
/// single result in a register; a signature with a `v128` anywhere passes *every* value
/// in 16 bytes (a scalar in the low 8) and returns *all* its results, even one, in the
/// argument area, like several results. One rule per signature keeps both sides' offsets
/// a multiplication and leaves the trampolines' register results as they were.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ValueLayout {
    /// 8 bytes per value.
    Narrow,
    /// 16 bytes per value (room for a `v128`).
    Wide,
}

impl ValueLayout {
    /// The layout of a call to a function of type `ty`.
    pub(crate) fn of_signature(ty: &FuncType) -> ValueLayout {
        if ty.params().iter().chain(ty.results()).any(|&t| t == ValType::V128) {
            ValueLayout::Wide
        } else {
            ValueLayout::Narrow
        }
    }

    /// Bytes per value.
    pub(crate) fn bytes(self) -> i32 {
        match self {
            ValueLayout::Narrow => 8,
            ValueLayout::Wide => 16,
        }
    }

    /// Whether a call returns its results in the argument area (several results, or a
    /// wide signature) rather than in a return register.
    pub(crate) fn results_in_memory(self, ty: &FuncType) -> bool {
        self == ValueLayout::Wide || ty.results().len() > 1
    }
}

/// What the compiler needs to know about the module around a function.
pub(crate) struct ModuleEnv<'a> {
    /// Type section.
    pub(crate) types: &'a [FuncType],
    /// For each type, its depth in its chain of declared supertypes when it is open to
    /// subtyping (`sub` without `final`), else `None`: a reference to a function of a
    /// subtype may then carry another type id (see `CodeGen::check_callee_type`).
    pub(crate) open_types: &'a [Option<u32>],
    /// The indices of the struct and array types, ascending.
    pub(crate) aggregate_types: &'a [u32],
    /// The layout of each of `aggregate_types`, in the same order.
    pub(crate) aggregate_layouts: &'a [crate::vm::gc_layout::AggregateLayout],
    /// Type index of every function, imports first.
    pub(crate) func_types: &'a [u32],
    /// Number of imported functions.
    pub(crate) num_imported_funcs: u32,
    /// Types of all globals, imports first.
    pub(crate) globals: &'a [GlobalType],
    /// Number of imported globals.
    pub(crate) num_imported_globals: u32,
    /// Set by a function that stores a function reference into an imported table or
    /// global (its instances are then pinned before it runs: see `vm::store`).
    pub(crate) stores_refs_into_imports: &'a std::sync::atomic::AtomicBool,
    /// Types of all tables, imports first.
    pub(crate) tables: &'a [wasmparser::TableType],
    /// Number of imported tables.
    pub(crate) num_imported_tables: u32,
    /// Types of all memories, imports first (a 64-bit memory's accesses are checked).
    pub(crate) memories: &'a [wasmparser::MemoryType],
    /// The type index of each tag, imports first.
    pub(crate) tags: &'a [u32],
    /// The legacy exception-handling operators are enabled (each function then counts its
    /// `try`s for their hidden locals).
    pub(crate) legacy_exceptions: bool,
    /// vmctx layout of this module.
    pub(crate) offsets: &'a VMOffsets,
    /// The instruction-set extensions the code may use.
    pub(crate) cpu: onepass_arch::CpuFeatures,
    /// The module's types or globals mention `v128`: every function gets wide slots
    /// (see [`frame`]) from the start.
    pub(crate) has_v128: bool,
    /// Emit termination checks (a load and a branch) at function entries and loop headers.
    pub(crate) interruptible: bool,
    /// Functions are compiled one at a time on first call, each in its own mapping, so
    /// calls between them go through the callee's `VMFuncRef` instead of a patched
    /// relative call.
    pub(crate) lazy: bool,
    /// Tail calls are enabled: one may jump into another instance's function (or a host
    /// function), which then returns to our caller with its own vmctx and heap base in the
    /// pinned registers, so a direct call reloads ours after it returns (see `tail`).
    pub(crate) tail_calls: bool,
    /// The machine code this module may still generate.
    pub(crate) code_budget: &'a CodeBudget,
    /// Which defined functions have a listener (empty when none has).
    pub(crate) listened: &'a [bool],
    /// Record stack maps at every call (the runtime collects garbage: see `stack_maps`).
    pub(crate) stack_maps: bool,
}

impl ModuleEnv<'_> {
    /// The layout of struct or array type `type_index` (validated to be one).
    pub(crate) fn aggregate(&self, type_index: u32) -> &crate::vm::gc_layout::AggregateLayout {
        self.aggregate_at(type_index).1
    }

    /// The position of struct or array type `type_index` among `aggregate_types` (its vmctx
    /// display slot) and its layout.
    pub(crate) fn aggregate_at(&self, type_index: u32) -> (u32, &crate::vm::gc_layout::AggregateLayout) {
        let (types, layouts) = (self.aggregate_types, self.aggregate_layouts);
        crate::vm::gc_layout::AggregateLayout::find(types, layouts, type_index).expect("a struct or array type")
    }

    /// Whether function `func_index` (a defined one) has a listener.
    pub(crate) fn is_listened(&self, func_index: u32) -> bool {
        let defined = func_index.wrapping_sub(self.num_imported_funcs) as usize;
        self.listened.get(defined).copied().unwrap_or(false)
    }
}

/// A cap on the machine code one module makes the compiler generate, shared by the
/// threads compiling its functions (and by later lazy compilations).
///
/// Real compilers' output is a few times the Wasm code's size (esbuild.wasm: 2.3x), but a
/// hostile module can make a few bytes expand into kilobytes (a call of a type with 1,000
/// results, a branch carrying 1,000 values), so without a cap a 5 MB module could ask for
/// tens of gigabytes. The cap is [`CodeBudget::FLOOR`] plus [`CodeBudget::PER_BYTE`] times
/// the module's size; a function is stopped as soon as it passes what is left.
#[derive(Debug)]
pub(crate) struct CodeBudget {
    limit: usize,
    used: std::sync::atomic::AtomicUsize,
}

impl CodeBudget {
    /// Code any module may generate whatever its size.
    pub(crate) const FLOOR: usize = 16 << 20;
    /// Code allowed per byte of module.
    pub(crate) const PER_BYTE: usize = 16;

    /// The budget of a module of `module_bytes` bytes.
    pub(crate) fn for_module(module_bytes: usize) -> CodeBudget {
        let limit = Self::FLOOR.saturating_add(module_bytes.saturating_mul(Self::PER_BYTE));
        CodeBudget { limit, used: std::sync::atomic::AtomicUsize::new(0) }
    }

    /// The most code the module may have.
    pub(crate) fn limit(&self) -> usize {
        self.limit
    }

    /// Bytes left (a bound for the function being compiled).
    pub(crate) fn remaining(&self) -> usize {
        self.limit.saturating_sub(self.used.load(std::sync::atomic::Ordering::Relaxed))
    }

    /// Account for a compiled function of `bytes`; an error once the module is over budget.
    pub(crate) fn charge(&self, bytes: usize, offset: usize) -> Result<(), CompileError> {
        let used = self.used.fetch_add(bytes, std::sync::atomic::Ordering::Relaxed) + bytes;
        if used > self.limit {
            return Err(self.exceeded(offset));
        }
        Ok(())
    }

    /// The error of a module over budget.
    pub(crate) fn exceeded(&self, offset: usize) -> CompileError {
        let message = format!(
            "module too large: its machine code would exceed {} bytes ({} MiB plus {} bytes per byte of module)",
            self.limit,
            Self::FLOOR >> 20,
            Self::PER_BYTE
        );
        CompileError::new(message, offset)
    }
}

impl ModuleEnv<'_> {
    /// Signature of function `index`.
    pub(crate) fn func_type(&self, index: u32) -> &FuncType {
        &self.types[self.func_types[index as usize] as usize]
    }
}

/// A compile error with the byte offset it refers to. Boxed, so that the `Result` every
/// codegen step returns fits in a register.
#[derive(Debug, Clone)]
pub(crate) struct CompileError(Box<CompileErrorData>);

/// What a [`CompileError`] says.
#[derive(Debug, Clone)]
pub(crate) struct CompileErrorData {
    pub(crate) message: String,
    pub(crate) offset: usize,
}

impl CompileError {
    pub(crate) fn new(message: String, offset: usize) -> CompileError {
        CompileError(Box::new(CompileErrorData { message, offset }))
    }

    /// The message and the byte offset.
    pub(crate) fn into_parts(self) -> (String, usize) {
        let CompileErrorData { message, offset } = *self.0;
        (message, offset)
    }
}

impl From<wasmparser::BinaryReaderError> for CompileError {
    fn from(e: wasmparser::BinaryReaderError) -> Self {
        CompileError::new(e.message().to_string(), e.offset() as usize)
    }
}

impl CompileError {
    pub(crate) fn unsupported(what: &str, offset: usize) -> CompileError {
        CompileError::new(format!("unsupported: {what}"), offset)
    }
}
