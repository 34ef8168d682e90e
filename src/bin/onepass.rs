//! The `onepass` command line: run a WebAssembly module.
//!
//! ```text
//! onepass run [--dir HOST[::GUEST]]... [--env KEY=VALUE]... [--invoke NAME] [--perf-map] FILE [ARGS...]
//! ```
//! Without `--invoke`, FILE runs as a WASI command: it is instantiated with WASI
//! (arguments FILE ARGS..., the given environment and directories, this process's standard
//! streams), its `_start` runs, and the exit status is the guest's exit code. With
//! `--invoke`, the named export is called with ARGS parsed according to its parameter
//! types and its results are printed one per line (a `v128` as `0x` and 32 hex digits,
//! lane 0 last, and read as such or as a decimal number). A trap prints its message and wasm
//! backtrace and exits with status 134. `--perf-map` lists the compiled functions in
//! `/tmp/perf-<pid>.map` for `perf report`.

use onepass::{Error, ModuleConfig, Runtime, RuntimeConfig, Val, ValType};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

const USAGE: &str =
    "usage: onepass run [--dir HOST[::GUEST]]... [--env KEY=VALUE]... [--invoke NAME] [--perf-map] FILE.wasm|FILE.wat [ARGS...]";

/// Exit status for a trap (as for an abort).
const TRAP_STATUS: u8 = 134;

fn parse_arg(text: &str, ty: ValType) -> Result<Val, String> {
    let bad = |e: &dyn std::fmt::Display| format!("bad {ty} argument {text:?}: {e}");
    Ok(match ty {
        ValType::I32 => Val::I32(text.parse::<i64>().map_err(|e| bad(&e))? as i32),
        ValType::I64 => Val::I64(text.parse::<i64>().map_err(|e| bad(&e))?),
        ValType::F32 => Val::f32(text.parse::<f32>().map_err(|e| bad(&e))?),
        ValType::F64 => Val::f64(text.parse::<f64>().map_err(|e| bad(&e))?),
        ValType::V128 => Val::V128(parse_v128(text).map_err(|e| bad(&e))?),
        other => return Err(format!("arguments of type {other} are not supported on the command line")),
    })
}

/// A `v128` argument: its 128 bits as a `0x`-prefixed hex number (up to 32 digits, lane 0
/// in the least significant ones, `_` allowed between digits) or a decimal one.
fn parse_v128(text: &str) -> Result<u128, std::num::ParseIntError> {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u128::from_str_radix(&hex.replace('_', ""), 16),
        None => text.parse::<u128>(),
    }
}

fn format_val(v: Val) -> String {
    match v {
        Val::V128(x) => format!("{x:#034x}"),
        Val::I32(x) => x.to_string(),
        Val::I64(x) => x.to_string(),
        Val::F32(b) => f32::from_bits(b).to_string(),
        Val::F64(b) => f64::from_bits(b).to_string(),
        other => other.to_string(),
    }
}

/// What the command line asks for.
struct Command {
    dirs: Vec<(String, String)>,
    env: Vec<(String, String)>,
    invoke: Option<String>,
    /// Name JIT code for Linux perf (`/tmp/perf-<pid>.map`).
    perf_map: bool,
    file: String,
    args: Vec<String>,
}

fn parse(args: &[String]) -> Result<Command, String> {
    let mut rest = match args {
        [cmd, rest @ ..] if cmd == "run" => rest.iter(),
        _ => return Err(USAGE.to_string()),
    };
    let mut command = Command {
        dirs: Vec::new(),
        env: Vec::new(),
        invoke: None,
        perf_map: false,
        file: String::new(),
        args: Vec::new(),
    };
    while let Some(arg) = rest.next() {
        let mut value = || rest.next().cloned().ok_or_else(|| format!("{arg} needs a value\n{USAGE}"));
        match arg.as_str() {
            "--dir" => {
                let spec = value()?;
                let (host, guest) = spec.split_once("::").unwrap_or((&spec, &spec));
                command.dirs.push((host.to_string(), guest.to_string()));
            }
            "--env" => {
                let spec = value()?;
                let (k, v) = spec.split_once('=').ok_or_else(|| format!("--env wants KEY=VALUE, got {spec:?}"))?;
                command.env.push((k.to_string(), v.to_string()));
            }
            "--invoke" => command.invoke = Some(value()?),
            "--perf-map" => command.perf_map = true,
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}\n{USAGE}")),
            file => {
                command.file = file.to_string();
                command.args = rest.cloned().collect();
                // The older form `run FILE --invoke NAME ARGS...` is accepted too.
                if command.invoke.is_none() && command.args.first().is_some_and(|a| a == "--invoke") {
                    let name =
                        command.args.get(1).cloned().ok_or_else(|| format!("--invoke needs a value\n{USAGE}"))?;
                    command.invoke = Some(name);
                    command.args.drain(..2);
                }
                return Ok(command);
            }
        }
    }
    Err(USAGE.to_string())
}

/// The exit status for the outcome of running the module.
fn status(result: Result<(), Error>) -> Result<ExitCode, String> {
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(Error::Exit(code)) => Ok(ExitCode::from(code.min(255) as u8)),
        Err(Error::Trap(trap)) => {
            eprintln!("error: {trap}");
            Ok(ExitCode::from(TRAP_STATUS))
        }
        Err(Error::Start { source, module, function }) if matches!(*source, Error::Trap(_) | Error::Exit(_)) => {
            if let Error::Trap(trap) = *source {
                eprintln!("error: start function {module}::{function} failed: {trap}");
                return Ok(ExitCode::from(TRAP_STATUS));
            }
            status(Err(*source))
        }
        Err(e) => Err(e.to_string()),
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    let command = parse(args)?;
    let file = &command.file;
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    let wasm = if file.ends_with(".wat") || !bytes.starts_with(b"\0asm") {
        wat::parse_bytes(&bytes).map_err(|e| format!("{file}: {e}"))?.into_owned()
    } else {
        bytes
    };
    let runtime =
        Runtime::try_with_config(RuntimeConfig::new().with_perf_map(command.perf_map)).map_err(|e| e.to_string())?;
    onepass::wasi::instantiate(&runtime).map_err(|e| e.to_string())?;
    let compiled = runtime.compile_module(&wasm).map_err(|e| format!("{file}: {e}"))?;
    let mut config = ModuleConfig::new()
        .with_args(std::iter::once(file.clone()).chain(command.args.iter().cloned()))
        .with_stdin(Arc::new(Mutex::new(std::io::stdin())))
        .with_stdout(Arc::new(Mutex::new(std::io::stdout())))
        .with_stderr(Arc::new(Mutex::new(std::io::stderr())));
    for (k, v) in &command.env {
        config = config.with_env(k, v);
    }
    for (host, guest) in &command.dirs {
        config = config.with_dir(host, guest);
    }
    let Some(name) = &command.invoke else {
        return status(runtime.instantiate_module(&compiled, config).map(|_| ()));
    };
    let no_start: [&str; 0] = [];
    let module = match runtime.instantiate_module(&compiled, config.with_start_functions(no_start)) {
        Ok(m) => m,
        Err(e) => return status(Err(e)),
    };
    let func = module.exported_function(name).ok_or_else(|| format!("no exported function {name:?}"))?;
    let params = func.ty().params().to_vec();
    if params.len() != command.args.len() {
        return Err(format!("{name} takes {} arguments, got {}", params.len(), command.args.len()));
    }
    let vals = command.args.iter().zip(params).map(|(a, t)| parse_arg(a, t)).collect::<Result<Vec<_>, _>>()?;
    let results = func.call(&vals);
    if let Ok(results) = &results {
        for r in results {
            println!("{}", format_val(r.clone()));
        }
    }
    status(results.map(|_| ()))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v128_arguments_and_results_are_hex() {
        let v = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
        assert_eq!(parse_arg("0x0123456789abcdef_fedcba9876543210", ValType::V128), Ok(Val::V128(v)));
        assert_eq!(parse_arg("0X1", ValType::V128), Ok(Val::V128(1)));
        assert_eq!(parse_arg("255", ValType::V128), Ok(Val::V128(255)));
        assert!(parse_arg("0x1ffffffffffffffffffffffffffffffff", ValType::V128).is_err(), "over 128 bits");
        assert!(parse_arg("-1", ValType::V128).is_err());
        assert_eq!(format_val(Val::V128(v)), "0x0123456789abcdeffedcba9876543210");
        assert_eq!(format_val(Val::V128(1)), "0x00000000000000000000000000000001");
    }
}
