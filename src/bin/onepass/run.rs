//! `onepass run`: run a WASI command, or call one export and print its results.
//!
//! Without `--invoke`, FILE runs as a WASI command: it is instantiated with WASI
//! (arguments FILE ARGS..., the given environment and directories, this process's standard
//! streams), its `_start` runs, and the exit status is the guest's exit code. With
//! `--invoke`, the named export is called with ARGS parsed according to its parameter
//! types and its results are printed one per line (a `v128` as `0x` and 32 hex digits,
//! lane 0 last, and read as such or as a decimal number).

use super::trace::{CallCounter, CountFactory, TraceFactory, Tracer};
use super::values::{format_val, parse_arg};
use super::{is_compiled_module, read_module};
use clap::{Arg, ArgAction, ArgMatches, Command};
use onepass::{Error, ModuleConfig, Runtime, RuntimeConfig, StdStream, EXIT_CODE_DEADLINE_EXCEEDED};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// The `run` subcommand's arguments.
pub(crate) fn command() -> Command {
    Command::new("run")
        .about("Run a WASI command, or call one export with --invoke")
        .arg(
            Arg::new("dir")
                .long("dir")
                .value_name("HOST[::GUEST]")
                .action(ArgAction::Append)
                .help("Give the guest a host directory, under the same name or as GUEST"),
        )
        .arg(
            Arg::new("env")
                .long("env")
                .value_name("KEY=VALUE")
                .action(ArgAction::Append)
                .help("Set an environment variable for the guest"),
        )
        .arg(
            Arg::new("env-inherit")
                .long("env-inherit")
                .action(ArgAction::SetTrue)
                .help("Pass this process's environment to the guest (--env entries override it)"),
        )
        .arg(
            Arg::new("tcplisten")
                .long("tcplisten")
                .value_name("ADDR:PORT")
                .action(ArgAction::Append)
                .help("Listen on ADDR:PORT and give the guest the socket (WASI sock_accept), after the --dir ones"),
        )
        .arg(
            Arg::new("invoke")
                .long("invoke")
                .value_name("NAME")
                .help("Call export NAME with ARGS and print its results instead of running _start"),
        )
        .arg(
            Arg::new("timeout")
                .long("timeout")
                .value_name("DURATION")
                .help("Stop the guest after DURATION (e.g. 10, 2.5s, 300ms) and exit with an error"),
        )
        .arg(
            Arg::new("max-memory")
                .long("max-memory")
                .value_name("SIZE")
                .help("Most bytes any one linear memory may grow to (e.g. 65536, 64KiB, 256MiB, 4GiB)"),
        )
        .arg(
            Arg::new("lazy")
                .long("lazy")
                .action(ArgAction::SetTrue)
                .help("Compile each function on its first call (validation still covers the whole module)"),
        )
        .arg(
            Arg::new("perf-map")
                .long("perf-map")
                .action(ArgAction::SetTrue)
                .help("List the compiled functions in /tmp/perf-<pid>.map for `perf report`"),
        )
        .arg(
            Arg::new("trace")
                .long("trace")
                .value_name("FILTER")
                .num_args(0..=1)
                .require_equals(true)
                .default_missing_value("")
                .help("Print every call and return on stderr, of the functions whose name contains FILTER (all without it)"),
        )
        .arg(
            Arg::new("count-calls")
                .long("count-calls")
                .action(ArgAction::SetTrue)
                .help("Print how many times each function was called on stderr at the end"),
        )
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .required(true)
                .help("The module (.wasm or .wat, or compiled by `onepass compile`)"),
        )
        .arg(
            Arg::new("args")
                .value_name("ARGS")
                .num_args(0..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .help("The guest's arguments (after FILE, or the export's with --invoke)"),
        )
}

/// A duration: seconds (`10`, `2.5`, `2.5s`) or milliseconds (`300ms`).
fn parse_duration(text: &str) -> Result<Duration, String> {
    let bad = || format!("bad --timeout {text:?}: want seconds (10, 2.5s) or milliseconds (300ms)");
    let (number, scale) = match text.strip_suffix("ms") {
        Some(ms) => (ms, 1e-3),
        None => (text.strip_suffix('s').unwrap_or(text), 1.0),
    };
    let seconds = number.trim().parse::<f64>().map_err(|_| bad())? * scale;
    Duration::try_from_secs_f64(seconds).map_err(|_| bad())
}

/// A size in bytes, with an optional binary suffix (`K`/`KiB`, `M`/`MiB`, `G`/`GiB`, `T`/`TiB`).
fn parse_size(text: &str) -> Result<u64, String> {
    let bad = || format!("bad --max-memory {text:?}: want bytes, optionally with KiB, MiB, GiB or TiB");
    let digits = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, suffix) = text.split_at(digits);
    let shift = match suffix.trim().trim_end_matches("iB").trim_end_matches('B') {
        "" => 0,
        "K" | "k" => 10,
        "M" => 20,
        "G" => 30,
        "T" => 40,
        _ => return Err(bad()),
    };
    let n: u64 = number.parse().map_err(|_| bad())?;
    n.checked_mul(1 << shift).ok_or_else(bad)
}

/// The exit status for the outcome of running the module; `timeout` names the deadline a
/// deadline exit came from.
fn status(result: Result<(), Error>, file: &str, timeout: Option<&str>) -> Result<ExitCode, String> {
    match result {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(Error::Exit(EXIT_CODE_DEADLINE_EXCEEDED)) if timeout.is_some() => {
            Err(format!("timed out after {}", timeout.unwrap_or_default()))
        }
        Err(Error::Exit(code)) => Ok(ExitCode::from(code.min(255) as u8)),
        Err(Error::Start { source, module, function }) => match *source {
            Error::Trap(trap) => Err(format!("start function {module}::{function} failed: {trap}")),
            other => status(Err(other), file, timeout),
        },
        Err(e @ Error::Trap(_)) => Err(e.to_string()),
        Err(e) => Err(format!("{file}: {e}")),
    }
}

/// `onepass run`.
pub(crate) fn run(m: &ArgMatches) -> Result<ExitCode, String> {
    let tracer = m.get_one::<String>("trace").map(|filter| Tracer::new(filter));
    let counter = m.get_flag("count-calls").then(|| Arc::new(CallCounter::default()));
    let status = run_listened(m, tracer.clone(), counter.clone());
    if let Some(tracer) = tracer {
        tracer.flush();
    }
    if let Some(counter) = counter {
        eprint!("{}", counter.report());
    }
    status
}

/// `onepass run` with the tracer or counter (if any) as its function listeners.
fn run_listened(
    m: &ArgMatches,
    tracer: Option<Arc<Tracer>>,
    counter: Option<Arc<CallCounter>>,
) -> Result<ExitCode, String> {
    let file = m.get_one::<String>("file").expect("required");
    let mut args: Vec<String> = m.get_many::<String>("args").into_iter().flatten().cloned().collect();
    let mut invoke = m.get_one::<String>("invoke").cloned();
    // The older form `run FILE --invoke NAME ARGS...` is accepted too.
    if invoke.is_none() && args.first().is_some_and(|a| a == "--invoke") {
        invoke = Some(args.get(1).cloned().ok_or("--invoke needs a value")?);
        args.drain(..2);
    }
    let timeout_text = m.get_one::<String>("timeout").map(String::as_str);
    let timeout = timeout_text.map(parse_duration).transpose()?;

    let mut config = RuntimeConfig::new()
        .with_core_features(super::all_features())
        .with_perf_map(m.get_flag("perf-map"))
        .with_lazy_compilation(m.get_flag("lazy"))
        .with_close_on_context_done(timeout.is_some());
    if let Some(size) = m.get_one::<String>("max-memory") {
        let pages = parse_size(size)? / 65536;
        // A 32-bit memory cannot pass 4 GiB whatever the limit.
        config = config.with_memory_limit_pages(pages.min(65536)).with_memory64_limit_pages(pages);
    }
    match (tracer, counter) {
        (Some(_), Some(_)) => return Err("--trace and --count-calls cannot be combined".into()),
        (Some(tracer), None) => config = config.with_function_listener_factory(Arc::new(TraceFactory(tracer))),
        (None, Some(counter)) => config = config.with_function_listener_factory(Arc::new(CountFactory(counter))),
        (None, None) => {}
    }
    let runtime = Runtime::try_with_config(config).map_err(|e| e.to_string())?;
    onepass::wasi::instantiate(&runtime).map_err(|e| e.to_string())?;
    let compiled = match is_compiled_module(file) {
        // SAFETY: the user asked to run this file, made by `onepass compile`: native code they
        // trust as they trust an executable (the command's help says so); onepass checks it
        // is whole and from this build, and the command never writes it.
        true => unsafe { runtime.deserialize_module_file(file) }.map_err(|e| match e {
            Error::Artifact(m) if m.contains("listener") => {
                format!("{file}: --trace and --count-calls need the module's .wasm, not a compiled module")
            }
            Error::Artifact(m) if m.contains("interrupt checks") => {
                format!("{file}: cannot load compiled module: {m}; --timeout needs `onepass compile --interruptible`")
            }
            e => format!("{file}: {e}"),
        })?,
        false => runtime.compile_module(&read_module(file)?).map_err(|e| format!("{file}: {e}"))?,
    };

    provide_shared_memories(&runtime, &compiled)?;
    let mut module_config = ModuleConfig::new()
        .with_args(std::iter::once(file.clone()).chain(args.iter().cloned()))
        .with_stdin(Arc::new(Mutex::new(std::io::stdin())))
        .with_stdout(Arc::new(Mutex::new(std::io::stdout())))
        .with_stderr(Arc::new(Mutex::new(std::io::stderr())));
    // The guest sees a terminal where we have one, so a C program line-buffers its output
    // there and buffers it in blocks into a pipe or file, as it would natively.
    let streams: [(StdStream, bool); 3] = [
        (StdStream::Stdin, std::io::stdin().is_terminal()),
        (StdStream::Stdout, std::io::stdout().is_terminal()),
        (StdStream::Stderr, std::io::stderr().is_terminal()),
    ];
    for (stream, _) in streams.into_iter().filter(|&(_, terminal)| terminal) {
        module_config = module_config.with_terminal(stream);
    }
    let mut env: Vec<(String, String)> = Vec::new();
    if m.get_flag("env-inherit") {
        env.extend(std::env::vars());
    }
    for spec in m.get_many::<String>("env").into_iter().flatten() {
        let (k, v) = spec.split_once('=').ok_or_else(|| format!("--env wants KEY=VALUE, got {spec:?}"))?;
        env.retain(|(key, _)| key != k);
        env.push((k.to_string(), v.to_string()));
    }
    for (k, v) in &env {
        module_config = module_config.with_env(k, v);
    }
    for spec in m.get_many::<String>("dir").into_iter().flatten() {
        let (host, guest) = spec.split_once("::").unwrap_or((spec, spec));
        module_config = module_config.with_dir(host, guest);
    }
    for addr in m.get_many::<String>("tcplisten").into_iter().flatten() {
        let listener = std::net::TcpListener::bind(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        module_config = module_config.with_tcp_listener(listener);
    }
    if let Some(timeout) = timeout {
        module_config = module_config.with_start_timeout(timeout);
    }

    let Some(name) = &invoke else {
        return status(runtime.instantiate_module(&compiled, module_config).map(|_| ()), file, timeout_text);
    };
    let no_start: [&str; 0] = [];
    let module = match runtime.instantiate_module(&compiled, module_config.with_start_functions(no_start)) {
        Ok(m) => m,
        Err(e) => return status(Err(e), file, timeout_text),
    };
    let func = module.exported_function(name).ok_or_else(|| format!("no exported function {name:?}"))?;
    let params = func.ty().params().to_vec();
    if params.len() != args.len() {
        return Err(format!("{name} takes {} arguments, got {}", params.len(), args.len()));
    }
    let vals = args.iter().zip(params).map(|(a, t)| parse_arg(a, t)).collect::<Result<Vec<_>, _>>()?;
    let results = match timeout {
        Some(timeout) => func.call_with_timeout(&vals, timeout),
        None => func.call(&vals),
    };
    if let Ok(results) = &results {
        for r in results {
            println!("{}", format_val(r.clone()));
        }
    }
    status(results.map(|_| ()), file, timeout_text)
}

/// Make the shared memories `compiled` imports from modules nobody provides, as the
/// threads of a `wasm32-wasip1-threads` program expect (`env.memory`, made by its host).
fn provide_shared_memories(runtime: &Runtime, compiled: &onepass::CompiledModule) -> Result<(), String> {
    let mut wanted: std::collections::BTreeMap<&str, Vec<(&str, u32, u32)>> = Default::default();
    for (module, name, ty) in compiled.imported_memories() {
        if !ty.is_shared || runtime.module(module).is_some() {
            continue;
        }
        let too_large = || format!("{module}::{name}: a shared memory of {ty:?} pages is too large");
        let min = u32::try_from(ty.minimum_pages).map_err(|_| too_large())?;
        let max = u32::try_from(ty.maximum_pages.unwrap_or(ty.minimum_pages)).map_err(|_| too_large())?;
        wanted.entry(module).or_default().push((name, min, max));
    }
    for (module, memories) in wanted {
        let mut builder = runtime.new_host_module_builder(module);
        for (name, min, max) in memories {
            builder = builder.shared_memory(name, min, max);
        }
        builder.instantiate().map_err(|e| format!("{module}: {e}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_sizes_parse() {
        assert_eq!(parse_duration("10"), Ok(Duration::from_secs(10)));
        assert_eq!(parse_duration("2.5s"), Ok(Duration::from_millis(2500)));
        assert_eq!(parse_duration("300ms"), Ok(Duration::from_millis(300)));
        assert!(parse_duration("-1").is_err() && parse_duration("soon").is_err());
        assert_eq!(parse_size("65536"), Ok(65536));
        assert_eq!(parse_size("64KiB"), Ok(65536));
        assert_eq!(parse_size("256MiB"), Ok(256 << 20));
        assert_eq!(parse_size("4G"), Ok(4 << 30));
        assert!(parse_size("12 parsecs").is_err() && parse_size("99999999999T").is_err());
    }
}
