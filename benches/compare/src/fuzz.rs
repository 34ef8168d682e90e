//! `fuzz-exceptions SECONDS [SEED]`: wasm-smith modules with exception handling (and tail
//! calls and typed references) run in onepass and in wasmtime (Cranelift), which has the
//! exceptions wasmi lacks. Every export is called three times with the same arguments in
//! both; results, trap kinds, uncaught exceptions and exported globals must agree. A
//! divergence is printed with its seed and the module kept in /tmp.

use crate::common::{canonical_f32, canonical_f64, trap_kind, Rng};
use anyhow::Result;
use std::time::{Duration, Instant};

/// What one call did, comparable across the engines.
#[derive(Debug, PartialEq)]
enum Outcome {
    Values(Vec<u64>),
    Trap(&'static str),
    Exception,
}

fn config() -> wasm_smith::Config {
    wasm_smith::Config { exceptions_enabled: true, tail_call_enabled: true, ..crate::common::smith_config() }
}

fn onepass_outcome(r: std::result::Result<Vec<onepass::Val>, onepass::Error>) -> Outcome {
    use onepass::{Error, TrapCode, Val};
    match r {
        Ok(vals) => Outcome::Values(
            vals.iter()
                .map(|v| match v {
                    Val::I32(x) => *x as u32 as u64,
                    Val::I64(x) => *x as u64,
                    Val::F32(b) => canonical_f32(*b),
                    Val::F64(b) => canonical_f64(*b),
                    Val::V128(b) => *b as u64 ^ (*b >> 64) as u64,
                    Val::FuncRef(f) => f.is_some() as u64,
                    Val::ExternRef(e) => e.is_some() as u64,
                    Val::AnyRef(r) => r.is_some() as u64,
                    Val::ExternAny(_) => 1,
                    Val::ExnRef(e) => e.is_some() as u64,
                })
                .collect(),
        ),
        Err(Error::Exception(_)) => Outcome::Exception,
        Err(Error::Trap(t)) => Outcome::Trap(match t.code {
            TrapCode::NullReference | TrapCode::NullFunctionReference => "null reference",
            code => trap_kind(code),
        }),
        Err(_) => Outcome::Trap("other"),
    }
}

fn wasmtime_outcome(r: wasmtime::Result<()>, results: &[wasmtime::Val]) -> Outcome {
    use wasmtime::{Trap, Val};
    match r {
        Ok(()) => Outcome::Values(
            results
                .iter()
                .map(|v| match v {
                    Val::I32(x) => *x as u32 as u64,
                    Val::I64(x) => *x as u64,
                    Val::F32(b) => canonical_f32(*b),
                    Val::F64(b) => canonical_f64(*b),
                    Val::V128(b) => b.as_u128() as u64 ^ (b.as_u128() >> 64) as u64,
                    Val::FuncRef(f) => f.is_some() as u64,
                    Val::ExternRef(e) => e.is_some() as u64,
                    _ => 2,
                })
                .collect(),
        ),
        Err(e) if e.is::<wasmtime::ThrownException>() => Outcome::Exception,
        Err(e) => Outcome::Trap(match e.downcast_ref::<Trap>() {
            Some(Trap::UnreachableCodeReached) => "unreachable",
            Some(Trap::IntegerDivisionByZero) => "div by zero",
            Some(Trap::IntegerOverflow) => "int overflow",
            Some(Trap::BadConversionToInteger) => "bad conversion",
            Some(Trap::MemoryOutOfBounds) => "memory oob",
            Some(Trap::TableOutOfBounds) => "table oob",
            Some(Trap::IndirectCallToNull) => "null call",
            Some(Trap::BadSignature) => "bad signature",
            Some(Trap::StackOverflow) => "stack overflow",
            Some(Trap::NullReference) => "null reference",
            _ => "other",
        }),
    }
}

/// Calls compared, and how many of them both engines ended with an uncaught exception.
#[derive(Default)]
struct Counts {
    calls: usize,
    uncaught: usize,
}

/// Compare the engines on module `bytes`: what was compared, or the divergence.
fn compare(bytes: &[u8], rng: &mut Rng) -> std::result::Result<Counts, String> {
    let mut wt_config = wasmtime::Config::new();
    wt_config.wasm_exceptions(true).wasm_tail_call(true).wasm_function_references(true);
    let engine = wasmtime::Engine::new(&wt_config).map_err(|e| e.to_string())?;
    let Ok(wt_module) = wasmtime::Module::new(&engine, bytes) else { return Ok(Counts::default()) };
    let features = onepass::CoreFeatures::V3;
    let rt = onepass::Runtime::with_config(onepass::RuntimeConfig::new().with_core_features(features));
    let compiled = match rt.compile_module(bytes) {
        Ok(c) => c,
        // exnref globals and tables are refused on purpose.
        Err(onepass::Error::Compile { message, .. }) if message.contains("exnref") => return Ok(Counts::default()),
        Err(e) => return Err(format!("onepass rejects a module wasmtime accepts: {e}")),
    };
    let mut store = wasmtime::Store::new(&engine, ());
    let wt_instance = wasmtime::Instance::new(&mut store, &wt_module, &[]);
    let op_instance = rt.instantiate_module(&compiled, onepass::ModuleConfig::new());
    let (wt_instance, op_instance) = match (wt_instance, op_instance) {
        (Ok(w), Ok(o)) => (w, o),
        (Err(_), Err(_)) => return Ok(Counts::default()),
        (w, o) => return Err(format!("instantiation differs: wasmtime {:?}, onepass {:?}", w.err(), o.err())),
    };
    let mut names: Vec<String> = wt_module
        .exports()
        .filter(|e| matches!(e.ty(), wasmtime::ExternType::Func(_)))
        .map(|e| e.name().to_string())
        .collect();
    names.sort();
    let mut counts = Counts::default();
    for round in 0..3 {
        for name in &names {
            let func = wt_instance.get_func(&mut store, name).expect("export");
            let ty = func.ty(&store);
            // Functions with exnref (or other non-host) values are not callable from onepass's host.
            let plain = |t: &wasmtime::ValType| {
                matches!(
                    t,
                    wasmtime::ValType::I32 | wasmtime::ValType::I64 | wasmtime::ValType::F32 | wasmtime::ValType::F64
                ) || t.as_ref().is_some_and(|r| r.heap_type().is_func() || r.heap_type().is_extern())
            };
            if !ty.params().all(|t| plain(&t)) || !ty.results().all(|t| plain(&t)) {
                continue;
            }
            let mut wt_args = Vec::new();
            let mut op_args = Vec::new();
            for t in ty.params() {
                let x = rng.next();
                let (w, o) = match t {
                    wasmtime::ValType::I32 => (wasmtime::Val::I32(x as i32), onepass::Val::I32(x as i32)),
                    wasmtime::ValType::I64 => (wasmtime::Val::I64(x as i64), onepass::Val::I64(x as i64)),
                    wasmtime::ValType::F32 => (wasmtime::Val::F32(x as u32), onepass::Val::F32(x as u32)),
                    wasmtime::ValType::F64 => (wasmtime::Val::F64(x), onepass::Val::F64(x)),
                    t if t.as_ref().is_some_and(|r| r.heap_type().is_func()) => {
                        (wasmtime::Val::FuncRef(None), onepass::Val::FuncRef(None))
                    }
                    _ => (wasmtime::Val::ExternRef(None), onepass::Val::ExternRef(None)),
                };
                wt_args.push(w);
                op_args.push(o);
            }
            let mut results: Vec<wasmtime::Val> =
                ty.results().map(|t| wasmtime::Val::default_for_ty(&t).unwrap_or(wasmtime::Val::I32(0))).collect();
            let w = wasmtime_outcome(func.call(&mut store, &wt_args, &mut results), &results);
            let o = onepass_outcome(op_instance.exported_function(name).expect("export").call(&op_args));
            counts.calls += 1;
            counts.uncaught += (o == Outcome::Exception) as usize;
            if w == Outcome::Trap("stack overflow") || o == Outcome::Trap("stack overflow") {
                return Ok(counts);
            }
            if w != o {
                return Err(format!("round {round}, call {name:?}{op_args:?}: wasmtime {w:?}, onepass {o:?}"));
            }
            for export in wt_module.exports() {
                if !matches!(export.ty(), wasmtime::ExternType::Global(_)) {
                    continue;
                }
                let g = wt_instance.get_global(&mut store, export.name()).expect("global").get(&mut store);
                let w = wasmtime_outcome(Ok(()), &[g]);
                let Some(og) = op_instance.exported_global(export.name()) else { continue };
                let o = onepass_outcome(Ok(vec![og.get()]));
                if w != o {
                    return Err(format!("after {name:?}: global {:?}: wasmtime {w:?}, onepass {o:?}", export.name()));
                }
            }
        }
    }
    Ok(counts)
}

/// Run seeds from `first` for `seconds`; fail when any module diverged.
pub fn fuzz_exceptions(seconds: u64, first: u64) -> Result<()> {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut modules, mut compared, mut calls, mut uncaught) = (0u64, 0u64, 0u64, 0u64);
    let mut divergences = Vec::new();
    let mut seed = first;
    while Instant::now() < deadline {
        let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
        let data: Vec<u8> = (0..1000 + rng.next() % 7000).map(|_| rng.next() as u8).collect();
        seed += 1;
        let Ok(mut module) = wasm_smith::Module::new(config(), &mut arbitrary::Unstructured::new(&data)) else {
            continue;
        };
        // Loops and recursion get a fuel counter that traps (as `unreachable`) when spent.
        if module.ensure_termination(1000).is_err() {
            continue;
        }
        let bytes = module.to_bytes();
        modules += 1;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| compare(&bytes, &mut rng))) {
            Ok(Ok(n)) => {
                compared += (n.calls > 0) as u64;
                calls += n.calls as u64;
                uncaught += n.uncaught as u64;
            }
            Ok(Err(e)) => {
                let path = format!("/tmp/onepass-exc-divergence-{}.wasm", seed - 1);
                std::fs::write(&path, &bytes)?;
                println!("seed {} ({path}): {e}", seed - 1);
                divergences.push(seed - 1);
            }
            Err(_) => println!("seed {}: a reference panicked; skipped", seed - 1),
        }
    }
    println!(
        "{modules} modules ({compared} with calls compared), {calls} calls ({uncaught} ending in an uncaught exception), {} divergences",
        divergences.len()
    );
    anyhow::ensure!(divergences.is_empty(), "divergences at seeds {divergences:?}");
    Ok(())
}
