//! The machine code of one function, for `onepass inspect`: compiled as eager compilation
//! compiles it (direct calls left unpatched, as relocations), with the code offset where
//! each Wasm operator's code starts.

use super::module::{compile_functions, CompileOptions};
use crate::compiler::{compile_function, CompileError};
use crate::Error;
use onepass_arch::{CpuFeatures, MacroAssembler};
use std::sync::Arc;
use wasmparser::{BinaryReader, FuncToValidate, FunctionBody, WasmFeatures};

/// One function's machine code and how it maps back to the module.
#[derive(Clone, Debug, Default)]
pub struct FunctionCode {
    /// The code, position-independent but for the direct calls in `calls`.
    pub code: Vec<u8>,
    /// Per operator, in order: the offset in `code` where its code starts and its byte
    /// offset in the module. Code for an operator may be emitted with the next one's (a
    /// compare fused into the branch after it) or in cold paths after the last.
    pub operators: Vec<(u32, u32)>,
    /// Direct calls: the offset in `code` of the field to patch, and the callee's function
    /// index.
    pub calls: Vec<(u32, u32)>,
}

/// Compile function `func_index` of `bytes` with backend `M` and the instruction-set
/// extensions `cpu`; the whole module is validated first.
pub(crate) fn function_code<M: MacroAssembler + 'static>(
    bytes: &[u8],
    features: WasmFeatures,
    cpu: CpuFeatures,
    func_index: u32,
) -> Result<FunctionCode, Error> {
    let options = CompileOptions { features, cpu, lazy: true, ..Default::default() };
    let (info, _, _, bodies) = compile_functions::<M>(bytes, options)?;
    let imported = info.num_imported_funcs;
    let count = info.func_types.len() as u32;
    if func_index >= count {
        return Err(Error::Instantiate(format!("no function {func_index}: the module has {count}")));
    }
    if func_index < imported {
        return Err(Error::Instantiate(format!("function {func_index} is imported: it has no code here")));
    }
    let bodies = bodies.ok_or_else(|| Error::Instantiate("the module has no code section".into()))?;
    let resources = bodies.resources.ok_or_else(|| Error::Instantiate("the module was not validated".into()))?;
    let (ty, range) = bodies.bodies[(func_index - imported) as usize].clone();
    let mut env = Arc::try_unwrap(bodies.env).map_err(|_| Error::Instantiate("module facts still shared".into()))?;
    // Code as eager compilation makes it: direct calls rather than calls through the table.
    env.lazy = false;
    let func = FuncToValidate { resources, index: func_index, ty, features: bodies.features };
    let mut validator = func.into_validator(Default::default());
    let body = FunctionBody::new(BinaryReader::new(&bytes[range.clone()], range.start as u64));
    let mut scratch = crate::compiler::CompileScratch::<M>::default();
    scratch.source_map = Some(Vec::new());
    let compiled = compile_function::<M>(&env.env(), func_index, &body, &mut validator, &mut scratch).map_err(
        |e: CompileError| {
            let (message, offset) = e.into_parts();
            Error::Compile { message, offset }
        },
    )?;
    Ok(FunctionCode {
        code: compiled.code,
        operators: scratch.source_map.unwrap_or_default(),
        calls: compiled.relocs.iter().map(|r| (r.offset, r.callee)).collect(),
    })
}
