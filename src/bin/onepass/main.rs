//! The `onepass` command line.
//!
//! ```text
//! onepass run [OPTIONS] FILE [ARGS]...       run a WASI command or call an export
//! onepass compile FILE -o OUT                 compile ahead of time, for `run OUT`
//! onepass wast FILE...                        run spec scripts, one pass/fail line per file
//! onepass validate FILE                       check a module, report the first error
//! onepass inspect FILE [--function NAME|INDEX] [--target ISA]
//!                                             the machine code onepass emits, disassembled
//! onepass --help | --version
//! ```
//!
//! Exit status, as wasmtime's: `run` exits with the guest's exit code (0 when it returns
//! normally); any error (a trap, a module that does not compile or link, a bad argument to
//! the guest, a file that cannot be read, a timeout) prints `error: ...` on stderr and exits
//! with 1; a command line that does not parse prints its usage and exits with 2. onepass
//! never exits with 128+signal: a trap is an error like any other.

mod inspect;
mod run;
mod trace;
mod values;
mod wast_runner;

use clap::{Arg, Command};
use std::process::ExitCode;

/// Exit status for every error (wasmtime's).
const ERROR_STATUS: u8 = 1;

fn cli() -> Command {
    Command::new("onepass")
        .version(env!("CARGO_PKG_VERSION"))
        .about("A WebAssembly runtime whose core is a single-pass baseline JIT")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(run::command())
        .subcommand(
            Command::new("compile")
                .about("Compile a module ahead of time into a file that `onepass run` loads without compiling")
                .long_about(
                    "Compile a module (binary or text) ahead of time, as `run` would, into OUT: its machine \
                     code for this CPU and this build of onepass. `onepass run OUT` then loads it without \
                     compiling. Only this build of onepass on this ISA, on a CPU with the same instruction-set \
                     extensions, runs OUT (others refuse it). OUT is native code: run only files you trust.",
                )
                .arg(Arg::new("file").value_name("FILE").required(true).help("The module (.wasm or .wat)"))
                .arg(
                    Arg::new("output")
                        .short('o')
                        .long("output")
                        .value_name("OUT")
                        .required(true)
                        .help("Where to write the compiled module"),
                )
                .arg(
                    Arg::new("interruptible")
                        .long("interruptible")
                        .action(clap::ArgAction::SetTrue)
                        .help("Add the interrupt checks `run --timeout` needs"),
                ),
        )
        .subcommand(
            Command::new("wast")
                .about("Run WebAssembly spec scripts (.wast): one pass/fail line per file")
                .long_about(
                    "Run WebAssembly spec scripts (.wast): one pass/fail line per file, then each failure as \
                     FILE:LINE: reason. Every WebAssembly 3.0 feature onepass has is enabled (the legacy \
                     exception encoding too). Exits with 1 if any check failed.",
                )
                .arg(Arg::new("files").value_name("FILE").required(true).num_args(1..).help("Scripts to run")),
        )
        .subcommand(
            Command::new("validate")
                .about("Check that a module is valid WebAssembly that onepass accepts")
                .long_about(
                    "Check that a module (binary or text) is valid WebAssembly that onepass accepts, compiling \
                     it as `run` would. Prints nothing and exits with 0 if so; else prints FILE: error at \
                     offset N: reason and exits with 1.",
                )
                .arg(Arg::new("file").value_name("FILE").required(true).help("The module (.wasm or .wat)")),
        )
        .subcommand(inspect::command())
}

fn main() -> ExitCode {
    let matches = cli().get_matches();
    let result = match matches.subcommand() {
        Some(("run", m)) => run::run(m),
        Some(("compile", m)) => compile(m),
        Some(("wast", m)) => run_wast(m.get_many::<String>("files").into_iter().flatten()),
        Some(("validate", m)) => validate(m.get_one::<String>("file").expect("required")),
        Some(("inspect", m)) => inspect::inspect(m),
        _ => unreachable!("clap requires a known subcommand"),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(ERROR_STATUS)
        }
    }
}

/// Write `text` to standard output: `Ok(false)` when its reader has gone (a pipe closed
/// early, as `| head` closes it), for the caller to stop printing and end as if done,
/// rather than panic as `print!` does.
fn print_out(text: &str) -> Result<bool, String> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(text.as_bytes()) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(format!("cannot write to standard output: {e}")),
    }
}

/// The bytes of a module file: binary as it is, text (`.wat`, or anything not starting
/// with the binary magic) encoded to binary.
fn read_module(file: &str) -> Result<Vec<u8>, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {file}: {e}"))?;
    if file.ends_with(".wat") || !bytes.starts_with(b"\0asm") {
        return wat::parse_bytes(&bytes).map(|b| b.into_owned()).map_err(|e| text_error(file, &e.to_string()));
    }
    Ok(bytes)
}

/// A text-format error on one line: `FILE:LINE:COLUMN: reason` (the parser's own message
/// also draws the line it points at, over several).
fn text_error(file: &str, message: &str) -> String {
    let reason = message.lines().next().unwrap_or("malformed text");
    let at = message.lines().find_map(|l| l.trim().strip_prefix("--> ")).and_then(|l| l.rsplit_once(':'));
    match at.and_then(|(rest, col)| Some((rest.rsplit_once(':')?.1, col))) {
        Some((line, col)) => format!("{file}:{line}:{col}: {reason}"),
        None => format!("{file}: {reason}"),
    }
}

/// The features `run`, `validate`, `inspect` and `wast` accept: every one onepass has.
fn all_features() -> onepass::CoreFeatures {
    onepass::CoreFeatures::V3
        | onepass::CoreFeatures::LEGACY_EXCEPTIONS
        | onepass::CoreFeatures::THREADS
        | onepass::CoreFeatures::GC
}

/// `onepass validate FILE`.
fn validate(file: &str) -> Result<ExitCode, String> {
    let bytes = read_module(file)?;
    let config = onepass::RuntimeConfig::new().with_core_features(all_features()).with_lazy_compilation(false);
    let runtime = onepass::Runtime::try_with_config(config).map_err(|e| e.to_string())?;
    match runtime.compile_module(&bytes) {
        Ok(_) => Ok(ExitCode::SUCCESS),
        Err(onepass::Error::Compile { message, offset }) => {
            Err(format!("{file}: error at offset {offset:#x}: {message}"))
        }
        Err(e) => Err(format!("{file}: {e}")),
    }
}

/// `onepass compile FILE -o OUT`: the module compiled as `run` compiles it (`run --timeout`
/// needs `--interruptible`), serialized, and written atomically (to a temporary file then
/// renamed), so OUT is never a half-written module.
fn compile(m: &clap::ArgMatches) -> Result<ExitCode, String> {
    let file = m.get_one::<String>("file").expect("required");
    let out = std::path::Path::new(m.get_one::<String>("output").expect("required"));
    let bytes = read_module(file)?;
    // The features `run` has (with GC: a runtime with a collector loads only code with
    // stack maps).
    let config = onepass::RuntimeConfig::new()
        .with_core_features(all_features())
        .with_close_on_context_done(m.get_flag("interruptible"));
    let runtime = onepass::Runtime::try_with_config(config).map_err(|e| e.to_string())?;
    let compiled = runtime.compile_module(&bytes).map_err(|e| format!("{file}: {e}"))?;
    compiled.serialize_to_file(out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    Ok(ExitCode::SUCCESS)
}

/// Whether `file` holds a module compiled by `onepass compile` (rather than a module).
fn is_compiled_module(file: &str) -> bool {
    use std::io::Read;
    let mut magic = [0u8; 8];
    std::fs::File::open(file).and_then(|mut f| f.read_exact(&mut magic)).is_ok() && &magic == b"\0onepass"
}

/// `onepass wast FILE...`.
fn run_wast<'a>(files: impl Iterator<Item = &'a String>) -> Result<ExitCode, String> {
    let config = onepass::RuntimeConfig::new().with_core_features(all_features());
    let mut failed_files = 0;
    // Once the reader of the output has gone, the files still run: the exit status counts them.
    let mut printing = true;
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("cannot read {file}: {e}"))?;
        let result = wast_runner::run_file(file, &text, &config);
        let verdict = if result.failed == 0 { "pass" } else { "FAIL" };
        let mut report = format!("{verdict} {file}: {} passed, {} failed\n", result.passed, result.failed);
        for message in &result.messages {
            report += &format!("    {message}\n");
        }
        printing = printing && print_out(&report)?;
        failed_files += usize::from(result.failed > 0);
    }
    Ok(if failed_files == 0 { ExitCode::SUCCESS } else { ExitCode::from(ERROR_STATUS) })
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_well_formed() {
        super::cli().debug_assert();
    }
}
