//! The `onepass` command line: run a WebAssembly module.
//!
//! ```text
//! onepass run FILE.wasm|FILE.wat [--invoke NAME [ARGS...]]
//! ```
//! Without `--invoke`, the module is instantiated, which runs its start function and an
//! exported `_start`. With it, the named export is called with ARGS parsed according to
//! its parameter types, and its results are printed one per line.

use onepass::{Error, ModuleConfig, Runtime, Val, ValType};
use std::process::ExitCode;

const USAGE: &str = "usage: onepass run FILE.wasm|FILE.wat [--invoke NAME [ARGS...]]";

fn parse_arg(text: &str, ty: ValType) -> Result<Val, String> {
    let bad = |e: &dyn std::fmt::Display| format!("bad {ty} argument {text:?}: {e}");
    Ok(match ty {
        ValType::I32 => Val::I32(text.parse::<i64>().map_err(|e| bad(&e))? as i32),
        ValType::I64 => Val::I64(text.parse::<i64>().map_err(|e| bad(&e))?),
        ValType::F32 => Val::f32(text.parse::<f32>().map_err(|e| bad(&e))?),
        ValType::F64 => Val::f64(text.parse::<f64>().map_err(|e| bad(&e))?),
        other => return Err(format!("arguments of type {other} are not supported on the command line")),
    })
}

fn format_val(v: Val) -> String {
    match v {
        Val::I32(x) => x.to_string(),
        Val::I64(x) => x.to_string(),
        Val::F32(b) => f32::from_bits(b).to_string(),
        Val::F64(b) => f64::from_bits(b).to_string(),
        other => other.to_string(),
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let (file, rest) = match args {
        [cmd, file, rest @ ..] if cmd == "run" => (file, rest),
        _ => return Err(USAGE.to_string()),
    };
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let wasm = if file.ends_with(".wat") || !bytes.starts_with(b"\0asm") {
        wat::parse_bytes(&bytes).map_err(|e| format!("{file}: {e}"))?.into_owned()
    } else {
        bytes
    };
    let runtime = Runtime::new();
    let compiled = runtime.compile_module(&wasm).map_err(|e| format!("{file}: {e}"))?;
    let module = match runtime.instantiate_module(&compiled, ModuleConfig::new()) {
        Ok(m) => m,
        Err(Error::Exit(code)) => return Ok(ExitCode::from(code.min(255) as u8)),
        Err(e) => return Err(format!("{file}: {e}")),
    };
    match rest {
        [] => Ok(ExitCode::SUCCESS),
        [flag, name, call_args @ ..] if flag == "--invoke" => {
            let func = module.exported_function(name).ok_or_else(|| format!("no exported function {name:?}"))?;
            let params = func.ty().params().to_vec();
            if params.len() != call_args.len() {
                return Err(format!("{name} takes {} arguments, got {}", params.len(), call_args.len()));
            }
            let vals = call_args.iter().zip(params).map(|(a, t)| parse_arg(a, t)).collect::<Result<Vec<_>, _>>()?;
            match func.call(&vals) {
                Ok(results) => {
                    for r in results {
                        println!("{}", format_val(r));
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(Error::Exit(code)) => Ok(ExitCode::from(code.min(255) as u8)),
                Err(e) => Err(e.to_string()),
            }
        }
        _ => Err(USAGE.to_string()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(1)
        }
    }
}
