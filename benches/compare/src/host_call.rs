//! Issue 24's host-call goal: the cost of one call from wasm into a typed host function
//! (`(i32) -> i32`, the host adds one) and of one wasm-to-wasm call, in every engine, same
//! run. A wasm loop makes `CALLS` calls; each engine's best of `RUNS` timings is divided by
//! `CALLS` (best rather than median: the figure is a cost per call, and this machine's
//! noise only ever adds).

use crate::engines::Engine;
use anyhow::{anyhow, ensure, Result};
use std::time::{Duration, Instant};

const CALLS: i32 = 20_000_000;
const RUNS: usize = 7;

/// A loop's nanoseconds per call in one engine: `export` called with `CALLS`.
fn per_call(engine: Engine, bytes: &[u8], export: &str) -> Result<f64> {
    let mut best = Duration::MAX;
    let mut run = make_runner(engine, bytes, export)?;
    for _ in 0..RUNS {
        let t = Instant::now();
        let r = run(CALLS)?;
        best = best.min(t.elapsed());
        ensure!(r == CALLS, "{} returned {r}", engine.name());
    }
    Ok(best.as_secs_f64() * 1e9 / CALLS as f64)
}

type Runner = Box<dyn FnMut(i32) -> Result<i32>>;

/// Compile and instantiate `bytes` with `env.inc` in `engine`, and give back a caller of
/// `export`.
fn make_runner(engine: Engine, bytes: &[u8], export: &str) -> Result<Runner> {
    Ok(match engine {
        Engine::Onepass | Engine::OnepassLazy => {
            let config = onepass::RuntimeConfig::new().with_lazy_compilation(engine == Engine::OnepassLazy);
            let rt = onepass::Runtime::with_config(config);
            rt.new_host_module_builder("env").func_wrap("inc", |_, x: i32| Ok(x.wrapping_add(1))).instantiate()?;
            let module = rt.instantiate(bytes)?;
            let f = module.exported_function(export).ok_or_else(|| anyhow!("no {export}"))?.typed::<i32, i32>()?;
            Box::new(move |n| Ok(f.call(n)?))
        }
        Engine::WasmtimeCranelift | Engine::WasmtimeWinch => {
            let mut config = wasmtime::Config::new();
            let strategy =
                if engine == Engine::WasmtimeWinch { wasmtime::Strategy::Winch } else { wasmtime::Strategy::Cranelift };
            config.strategy(strategy);
            let wt = wasmtime::Engine::new(&config)?;
            let module = wasmtime::Module::new(&wt, bytes)?;
            let mut linker = wasmtime::Linker::new(&wt);
            linker.func_wrap("env", "inc", |x: i32| x.wrapping_add(1))?;
            let mut store = wasmtime::Store::new(&wt, ());
            let instance = linker.instantiate(&mut store, &module)?;
            let f = instance.get_typed_func::<i32, i32>(&mut store, export)?;
            Box::new(move |n| Ok(f.call(&mut store, n)?))
        }
        Engine::WasmerSinglepass => {
            let mut store = wasmer::Store::new(wasmer::sys::Singlepass::default());
            let module = wasmer::Module::new(&store, bytes)?;
            let inc = wasmer::Function::new_typed(&mut store, |x: i32| x.wrapping_add(1));
            let imports = wasmer::imports! { "env" => { "inc" => inc } };
            let instance = wasmer::Instance::new(&mut store, &module, &imports)?;
            let f = instance.exports.get_typed_function::<i32, i32>(&store, export)?;
            Box::new(move |n| Ok(f.call(&mut store, n)?))
        }
        Engine::WasmiEager | Engine::WasmiLazy => {
            let mut config = wasmi::Config::default();
            config.compilation_mode(if engine == Engine::WasmiLazy {
                wasmi::CompilationMode::LazyTranslation
            } else {
                wasmi::CompilationMode::Eager
            });
            let wi = wasmi::Engine::new(&config);
            let module = wasmi::Module::new(&wi, bytes)?;
            let mut linker = wasmi::Linker::<()>::new(&wi);
            linker.func_wrap("env", "inc", |x: i32| x.wrapping_add(1))?;
            let mut store = wasmi::Store::new(&wi, ());
            let instance = linker.instantiate_and_start(&mut store, &module)?;
            let f = instance.get_typed_func::<i32, i32>(&store, export)?;
            Box::new(move |n| Ok(f.call(&mut store, n)?))
        }
    })
}

/// Print the table: nanoseconds per host call and per wasm call, per engine.
pub fn host_call_suite() -> Result<()> {
    let bytes = wat::parse_str(crate::modules::CALL_LOOPS)?;
    println!("\n### Calls: ns per call (best of {RUNS} loops of {CALLS} calls)\n");
    println!("| call | {} |", Engine::ALL.map(|e| e.name()).join(" | "));
    println!("|---|{}", "---|".repeat(Engine::ALL.len()));
    for (label, export) in [("wasm -> host (i32) -> i32", "run"), ("wasm -> wasm (i32) -> i32", "run_wasm")] {
        let cells: Vec<String> = Engine::ALL
            .iter()
            .map(|&e| match per_call(e, &bytes, export) {
                Ok(ns) => format!("{ns:.2}"),
                Err(err) => {
                    eprintln!("{} failed: {err:#}", e.name());
                    "failed".into()
                }
            })
            .collect();
        println!("| {label} | {} |", cells.join(" | "));
    }
    Ok(())
}
