//! Each runtime behind the same three operations: compile, start up (compile + instantiate +
//! first call of an export), and run a WASI program's `_start` with the shared stubs.

use crate::wasi::{self, Mem, Outcome, State, Ty, MODULE, STUBS};
use anyhow::{anyhow, bail, Result};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The runtimes (and modes) compared.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Engine {
    Onepass,
    OnepassLazy,
    WasmtimeCranelift,
    WasmtimeWinch,
    WasmerSinglepass,
    WasmiEager,
    WasmiLazy,
}

impl Engine {
    pub const ALL: [Engine; 7] = [
        Engine::Onepass,
        Engine::OnepassLazy,
        Engine::WasmtimeCranelift,
        Engine::WasmtimeWinch,
        Engine::WasmerSinglepass,
        Engine::WasmiEager,
        Engine::WasmiLazy,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Engine::Onepass => "onepass",
            Engine::OnepassLazy => "onepass-lazy",
            Engine::WasmtimeCranelift => "wasmtime-cranelift",
            Engine::WasmtimeWinch => "wasmtime-winch",
            Engine::WasmerSinglepass => "wasmer-singlepass",
            Engine::WasmiEager => "wasmi-eager",
            Engine::WasmiLazy => "wasmi-lazy-translation",
        }
    }

    /// Compile (validation included) and drop the result.
    pub fn compile(self, bytes: &[u8]) -> Result<()> {
        match self {
            Engine::Onepass | Engine::OnepassLazy => {
                self.onepass_runtime().compile_module(bytes)?;
            }
            Engine::WasmtimeCranelift | Engine::WasmtimeWinch => {
                wasmtime::Module::new(&self.wasmtime_engine()?, bytes)?;
            }
            Engine::WasmerSinglepass => {
                let store = wasmer::Store::new(wasmer::sys::Singlepass::default());
                wasmer::Module::new(&store, bytes)?;
            }
            Engine::WasmiEager | Engine::WasmiLazy => {
                wasmi::Module::new(&self.wasmi_engine(), bytes)?;
            }
        }
        Ok(())
    }

    /// Compile, instantiate (no imports) and call `export: () -> i32` once.
    pub fn startup(self, bytes: &[u8], export: &str) -> Result<i32> {
        Ok(match self {
            Engine::Onepass | Engine::OnepassLazy => {
                let rt = self.onepass_runtime();
                let m = rt.instantiate(bytes)?;
                let f = m.exported_function(export).ok_or_else(|| anyhow!("no export"))?;
                f.typed::<(), i32>()?.call(())?
            }
            Engine::WasmtimeCranelift | Engine::WasmtimeWinch => {
                let engine = self.wasmtime_engine()?;
                let module = wasmtime::Module::new(&engine, bytes)?;
                let mut store = wasmtime::Store::new(&engine, ());
                let instance = wasmtime::Instance::new(&mut store, &module, &[])?;
                instance.get_typed_func::<(), i32>(&mut store, export)?.call(&mut store, ())?
            }
            Engine::WasmerSinglepass => {
                let mut store = wasmer::Store::new(wasmer::sys::Singlepass::default());
                let module = wasmer::Module::new(&store, bytes)?;
                let instance = wasmer::Instance::new(&mut store, &module, &wasmer::Imports::new())?;
                let f = instance.exports.get_typed_function::<(), i32>(&store, export)?;
                f.call(&mut store)?
            }
            Engine::WasmiEager | Engine::WasmiLazy => {
                let engine = self.wasmi_engine();
                let module = wasmi::Module::new(&engine, bytes)?;
                let mut store = wasmi::Store::new(&engine, ());
                let instance = wasmi::Linker::new(&engine).instantiate_and_start(&mut store, &module)?;
                instance.get_typed_func::<(), i32>(&store, export)?.call(&mut store, ())?
            }
        })
    }

    /// Compile and instantiate a WASI program, then time its `_start`; returns the time and
    /// what it wrote.
    pub fn run(self, bytes: &[u8]) -> Result<(Duration, Vec<u8>)> {
        self.run_with_args(bytes, &[])
    }

    /// [`Engine::run`] with command-line arguments (after the program's name).
    pub fn run_with_args(self, bytes: &[u8], args: &[&str]) -> Result<(Duration, Vec<u8>)> {
        let state = State::with_args(args);
        match self {
            Engine::Onepass | Engine::OnepassLazy => run_onepass(self.onepass_runtime(), bytes, state),
            Engine::WasmtimeCranelift | Engine::WasmtimeWinch => run_wasmtime(self.wasmtime_engine()?, bytes, state),
            Engine::WasmerSinglepass => run_wasmer(bytes, state),
            Engine::WasmiEager | Engine::WasmiLazy => run_wasmi(self.wasmi_engine(), bytes, state),
        }
    }

    fn onepass_runtime(self) -> onepass::Runtime {
        let config = onepass::RuntimeConfig::new().with_lazy_compilation(self == Engine::OnepassLazy);
        onepass::Runtime::with_config(config)
    }

    fn wasmtime_engine(self) -> Result<wasmtime::Engine> {
        let mut config = wasmtime::Config::new();
        config.strategy(if self == Engine::WasmtimeWinch {
            wasmtime::Strategy::Winch
        } else {
            wasmtime::Strategy::Cranelift
        });
        if std::env::var_os("COMPARE_PERF_MAP").is_some() {
            // /tmp/perf-PID.map names wasmtime's compiled functions for `perf report`.
            config.profiler(wasmtime::ProfilingStrategy::PerfMap);
        }
        Ok(wasmtime::Engine::new(&config)?)
    }

    fn wasmi_engine(self) -> wasmi::Engine {
        let mut config = wasmi::Config::default();
        config.compilation_mode(if self == Engine::WasmiLazy {
            wasmi::CompilationMode::LazyTranslation
        } else {
            wasmi::CompilationMode::Eager
        });
        wasmi::Engine::new(&config)
    }
}

/// Did the program end well (returned, or exited with 0)?
fn check_exit(result: std::result::Result<(), String>) -> Result<()> {
    match result {
        Ok(()) => Ok(()),
        Err(e) if e.contains("exit 0") || e.contains("exit status 0") || e.contains("Exit(0)") => Ok(()),
        Err(e) => bail!("program failed: {e}"),
    }
}

fn run_onepass(rt: onepass::Runtime, bytes: &[u8], state: State) -> Result<(Duration, Vec<u8>)> {
    run_onepass_until(rt, bytes, state, None)
}

/// Run a WASI program in onepass (with arguments), stopping it after `limit` (an error):
/// `rt` must close on a passed deadline (`with_close_on_context_done`).
pub fn run_onepass_with_timeout(
    rt: onepass::Runtime,
    bytes: &[u8],
    args: &[&str],
    limit: Duration,
) -> Result<(Duration, Vec<u8>)> {
    run_onepass_until(rt, bytes, State::with_args(args), Some(limit))
}

fn run_onepass_until(
    rt: onepass::Runtime,
    bytes: &[u8],
    state: State,
    limit: Option<Duration>,
) -> Result<(Duration, Vec<u8>)> {
    let state = Arc::new(Mutex::new(state));
    wasi::define_onepass(&rt, state.clone())?;
    let compiled = rt.compile_module(bytes)?;
    let no_start: [&str; 0] = [];
    let module = rt.instantiate_module(&compiled, onepass::ModuleConfig::new().with_start_functions(no_start))?;
    let start = module.exported_function("_start").ok_or_else(|| anyhow!("no _start"))?;
    let t = Instant::now();
    let result = match limit {
        Some(limit) => start.call_with_timeout(&[], limit),
        None => start.call(&[]),
    };
    // The clock stops before the error is formatted (see `run_wasmtime`).
    let elapsed = t.elapsed();
    let result = result.map(|_| ()).map_err(|e| format!("{e:?}"));
    check_exit(result)?;
    let out = std::mem::take(&mut state.lock().unwrap().out);
    Ok((elapsed, out))
}

/// Define the WASI stubs in a wasmtime or wasmi `Linker<State>` (their linker APIs have
/// the same shape); `$func_type` builds a signature, `$exit` turns an exit code into the
/// runtime's error.
macro_rules! define_stubs {
    ($rt:ident, $linker:expr, $func_type:expr, $exit:expr) => {
        for &(name, params, has_result) in STUBS {
            let to = |t: &Ty| match t {
                Ty::I32 => $rt::ValType::I32,
                Ty::I64 => $rt::ValType::I64,
            };
            let ty = $func_type(params.iter().map(to), has_result.then_some($rt::ValType::I32));
            $linker.func_new(MODULE, name, ty, move |mut caller, args, results| {
                let memory = caller.get_export("memory").and_then(|e| e.into_memory()).expect("memory");
                let (data, state) = memory.data_and_store_mut(&mut caller);
                let mut mem: &mut [u8] = data;
                let args: Vec<i64> = args
                    .iter()
                    .map(|v| match v {
                        $rt::Val::I32(x) => *x as i64,
                        $rt::Val::I64(x) => *x,
                        _ => 0,
                    })
                    .collect();
                match wasi::call(name, &args, &mut mem, state) {
                    Outcome::Errno(e) => {
                        if let Some(r) = results.first_mut() {
                            *r = $rt::Val::I32(e);
                        }
                        Ok(())
                    }
                    Outcome::Exit(code) => Err($exit(code)),
                }
            })?;
        }
    };
}

fn run_wasmtime(engine: wasmtime::Engine, bytes: &[u8], state: State) -> Result<(Duration, Vec<u8>)> {
    use wasmtime::{FuncType, Linker, Module, Store};
    let module = Module::new(&engine, bytes)?;
    let mut linker: Linker<State> = Linker::new(&engine);
    let func_type = |p, r| FuncType::new(&engine, p, r);
    define_stubs!(wasmtime, linker, func_type, |code| wasmtime::Error::msg(format!("exit {code}")));
    let mut store = Store::new(&engine, state);
    let instance = linker.instantiate(&mut store, &module)?;
    let start = instance.get_typed_func::<(), ()>(&mut store, "_start")?;
    let t = Instant::now();
    let result = start.call(&mut store, ());
    // The clock stops before the error is formatted: a program's exit is an error, and
    // formatting wasmtime's symbolizes its backtrace (about 85 ms here, which every
    // program's time carried before 2026-12-06).
    let elapsed = t.elapsed();
    let result = result.map_err(|e| format!("{e:?}"));
    check_exit(result)?;
    Ok((elapsed, std::mem::take(&mut store.data_mut().out)))
}

fn run_wasmi(engine: wasmi::Engine, bytes: &[u8], state: State) -> Result<(Duration, Vec<u8>)> {
    use wasmi::{FuncType, Linker, Module, Store};
    let module = Module::new(&engine, bytes)?;
    let mut linker: Linker<State> = Linker::new(&engine);
    define_stubs!(wasmi, linker, FuncType::new, wasmi::Error::i32_exit);
    let mut store = Store::new(&engine, state);
    let instance = linker.instantiate_and_start(&mut store, &module)?;
    let start = instance.get_typed_func::<(), ()>(&store, "_start")?;
    let t = Instant::now();
    let result = start.call(&mut store, ());
    let elapsed = t.elapsed();
    let result = result.map_err(|e| match e.i32_exit_status() {
        Some(code) => format!("exit {code}"),
        None => format!("{e:?}"),
    });
    check_exit(result)?;
    Ok((elapsed, std::mem::take(&mut store.data_mut().out)))
}

fn run_wasmer(bytes: &[u8], state: State) -> Result<(Duration, Vec<u8>)> {
    use wasmer::{Function, FunctionEnv, FunctionEnvMut, FunctionType, Imports, Instance, Module, Store, Type, Value};
    struct Env {
        memory: Option<wasmer::Memory>,
        state: State,
    }
    let mut store = Store::new(wasmer::sys::Singlepass::default());
    let module = Module::new(&store, bytes)?;
    let env = FunctionEnv::new(&mut store, Env { memory: None, state });
    let mut imports = Imports::new();
    for &(name, params, has_result) in STUBS {
        let to = |t: &Ty| match t {
            Ty::I32 => Type::I32,
            Ty::I64 => Type::I64,
        };
        let results: Vec<Type> = has_result.then_some(Type::I32).into_iter().collect();
        let ty = FunctionType::new(params.iter().map(to).collect::<Vec<_>>(), results);
        let f = Function::new_with_env(&mut store, &env, ty, move |mut fenv: FunctionEnvMut<Env>, args: &[Value]| {
            let (env, store) = fenv.data_and_store_mut();
            let Env { memory, state } = env;
            struct M<'a>(wasmer::MemoryView<'a>);
            impl Mem for M<'_> {
                fn read(&mut self, addr: u32, out: &mut [u8]) {
                    self.0.read(addr as u64, out).expect("in bounds");
                }
                fn write(&mut self, addr: u32, data: &[u8]) {
                    self.0.write(addr as u64, data).expect("in bounds");
                }
            }
            let mut mem = M(memory.as_ref().expect("memory").view(&store));
            let args: Vec<i64> = args
                .iter()
                .map(|v| match v {
                    Value::I32(x) => *x as i64,
                    Value::I64(x) => *x,
                    _ => 0,
                })
                .collect();
            match wasi::call(name, &args, &mut mem, state) {
                Outcome::Errno(e) => Ok(if has_result { vec![Value::I32(e)] } else { vec![] }),
                Outcome::Exit(code) => Err(wasmer::RuntimeError::new(format!("exit {code}"))),
            }
        });
        imports.define(MODULE, name, f);
    }
    let instance = Instance::new(&mut store, &module, &imports)?;
    env.as_mut(&mut store).memory = Some(instance.exports.get_memory("memory")?.clone());
    let start = instance.exports.get_typed_function::<(), ()>(&store, "_start")?;
    let t = Instant::now();
    let result = start.call(&mut store);
    let elapsed = t.elapsed();
    let result = result.map_err(|e| format!("{e:?}"));
    check_exit(result)?;
    Ok((elapsed, std::mem::take(&mut env.as_mut(&mut store).state.out)))
}
