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
    /// Ranges of `code` that hold data, not instructions (jump tables, constants).
    pub data: Vec<std::ops::Range<u32>>,
}

/// Compile functions `func_indices` of `bytes` with backend `M` and the instruction-set
/// extensions `cpu`, in that order; the whole module is validated once, first.
pub(crate) fn function_code<M: MacroAssembler + 'static>(
    bytes: &[u8],
    features: WasmFeatures,
    cpu: CpuFeatures,
    func_indices: &[u32],
) -> Result<Vec<FunctionCode>, Error> {
    let options = CompileOptions { features, cpu, lazy: true, keep_names: true, ..Default::default() };
    let (info, _, _, bodies) = compile_functions::<M>(bytes, options, None)?;
    let imported = info.num_imported_funcs;
    let count = info.func_types.len() as u32;
    for &func_index in func_indices {
        if func_index >= count {
            return Err(Error::Instantiate(format!("no function {func_index}: the module has {count}")));
        }
        if func_index < imported {
            return Err(Error::Instantiate(format!("function {func_index} is imported: it has no code here")));
        }
    }
    let Some(bodies) = bodies else { return Ok(Vec::new()) };
    let resources = bodies.resources.ok_or_else(|| Error::Instantiate("the module was not validated".into()))?;
    let mut env = Arc::try_unwrap(bodies.env).map_err(|_| Error::Instantiate("module facts still shared".into()))?;
    // Code as eager compilation makes it: direct calls rather than calls through the table.
    env.lazy = false;
    let env = env.env();
    let mut scratch = crate::compiler::CompileScratch::<M>::default();
    let mut out = Vec::with_capacity(func_indices.len());
    for &func_index in func_indices {
        let (ty, range) = bodies.bodies[(func_index - imported) as usize].clone();
        let func = FuncToValidate { resources: resources.clone(), index: func_index, ty, features: bodies.features };
        let mut validator = func.into_validator(Default::default());
        let body = FunctionBody::new(BinaryReader::new(&bytes[range.clone()], range.start as u64));
        scratch.source_map = Some(Vec::new());
        let compiled = compile_function::<M>(&env, func_index, &body, &mut validator, &mut scratch).map_err(
            |e: CompileError| {
                let (message, offset) = e.into_parts();
                Error::Compile { message, offset }
            },
        )?;
        out.push(FunctionCode {
            code: compiled.code,
            operators: scratch.source_map.take().unwrap_or_default(),
            calls: compiled.relocs.iter().map(|r| (r.offset, r.callee)).collect(),
            data: compiled.data,
        });
    }
    Ok(out)
}

/// One decoded instruction: its offset in the code, its length and its text (undecodable
/// bytes as `.bytes [..]`).
#[cfg(any(test, feature = "cli"))]
pub type Instruction = (u32, u32, String);

/// Each instruction of `bytes`, machine code for `isa` (the golden listings and `onepass
/// inspect` both print these); the ranges in `data` (sorted) are shown as 4-byte words.
#[cfg(any(test, feature = "cli"))]
pub(crate) fn disassemble(
    isa: crate::diagnostics::Isa,
    bytes: &[u8],
    data: &[std::ops::Range<u32>],
) -> Vec<Instruction> {
    use crate::diagnostics::Isa;
    match isa {
        Isa::X86_64 => decode_all(&yaxpeax_x86::amd64::InstDecoder::default(), bytes, data, 1),
        Isa::Aarch64 => decode_all(&yaxpeax_arm::armv8::a64::InstDecoder::default(), bytes, data, 4),
    }
}

/// [`disassemble`] with `decoder`, skipping `step_on_error` bytes past anything it cannot
/// decode.
#[cfg(any(test, feature = "cli"))]
fn decode_all<D, A>(decoder: &D, bytes: &[u8], data: &[std::ops::Range<u32>], step_on_error: usize) -> Vec<Instruction>
where
    A: yaxpeax_arch::Arch<Address = u64, Word = u8>,
    D: yaxpeax_arch::Decoder<A>,
    A::Instruction: std::fmt::Display + yaxpeax_arch::LengthedInstruction<Unit = yaxpeax_arch::AddressDiff<u64>>,
{
    use yaxpeax_arch::LengthedInstruction;
    let mut out = Vec::new();
    let mut at = 0usize;
    let mut data = data.iter().peekable();
    while at < bytes.len() {
        if let Some(range) = data.next_if(|r| r.start as usize <= at) {
            let end = (range.end as usize).min(bytes.len());
            while at < end {
                let len = 4.min(end - at);
                let text = match <[u8; 4]>::try_from(&bytes[at..at + len]) {
                    Ok(word) => format!(".word {:#010x}", u32::from_le_bytes(word)),
                    Err(_) => format!(".bytes {:02x?}", &bytes[at..at + len]),
                };
                out.push((at as u32, len as u32, text));
                at += len;
            }
            continue;
        }
        let mut reader = yaxpeax_arch::U8Reader::new(&bytes[at..]);
        let (len, text) = match decoder.decode(&mut reader) {
            Ok(inst) => ((inst.len().to_const() as usize).max(1), inst.to_string()),
            Err(_) => {
                let len = step_on_error.min(bytes.len() - at);
                (len, format!(".bytes {:02x?}", &bytes[at..at + len]))
            }
        };
        out.push((at as u32, len as u32, text));
        at += len;
    }
    out
}
