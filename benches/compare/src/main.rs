//! onepass side by side with wasmtime (Cranelift, Winch), wasmer (singlepass) and wasmi
//! (eager, lazy), all timed in one run on the same inputs. Prints markdown tables of times
//! and of ratios against onepass, and draws compile throughput as an SVG bar chart.
//!
//! ```text
//! benches/fetch-inputs.sh
//! cargo run --release --manifest-path benches/compare/Cargo.toml -- [compile|startup|execute|simd|instantiate|cache|atomics|programs|calls|all] [--svg FILE]
//! ```

mod atomics;
#[path = "../../../tests/common/mod.rs"]
mod common;
mod engines;
mod fuzz;
mod host_call;
mod instantiate;
#[path = "../../modules.rs"]
mod modules;
mod programs;
mod wasi;

use anyhow::{Context, Result};
use engines::Engine;
use modules::many_functions;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn inputs_dir() -> PathBuf {
    std::env::var_os("ONEPASS_BENCH_INPUTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-inputs"))
}

fn load(name: &str) -> Result<Vec<u8>> {
    let path = inputs_dir().join(name);
    std::fs::read(&path).with_context(|| format!("{} missing: run benches/fetch-inputs.sh", path.display()))
}

/// Median of `runs` timings of `f` (an error on any run is returned).
fn median(runs: usize, mut f: impl FnMut() -> Result<Duration>) -> Result<Duration> {
    let mut times = (0..runs).map(|_| f()).collect::<Result<Vec<_>>>()?;
    times.sort();
    Ok(times[times.len() / 2])
}

fn timed(f: impl FnOnce() -> Result<()>) -> Result<Duration> {
    let t = Instant::now();
    f()?;
    Ok(t.elapsed())
}

/// One row of results: a time per engine (None when the engine failed or was skipped).
struct Row {
    input: String,
    bytes: usize,
    times: Vec<Option<Duration>>,
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1e3)
}

/// Print a table of `rows` (times, plus MB/s when `throughput`) and the ratio of each
/// engine's time to onepass's.
fn print_table(title: &str, rows: &[Row], throughput: bool) {
    println!("\n### {title}\n");
    let header: Vec<&str> = Engine::ALL.iter().map(|e| e.name()).collect();
    println!("| input | {} |", header.join(" | "));
    println!("|---|{}", "---|".repeat(header.len()));
    for row in rows {
        let cells: Vec<String> = row
            .times
            .iter()
            .map(|t| match t {
                Some(t) if throughput => format!("{} ({:.0} MB/s)", ms(*t), row.bytes as f64 / t.as_secs_f64() / 1e6),
                Some(t) => ms(*t),
                None => "failed".into(),
            })
            .collect();
        println!("| {} | {} |", row.input, cells.join(" | "));
    }
    println!("\nTime relative to onepass (above 1: onepass is faster):\n");
    println!("| input | {} |", header[1..].join(" | "));
    println!("|---|{}", "---|".repeat(header.len() - 1));
    for row in rows {
        let Some(base) = row.times[0] else { continue };
        let cells: Vec<String> = row.times[1..]
            .iter()
            .map(|t| t.map_or("failed".into(), |t| format!("{:.2}x", t.as_secs_f64() / base.as_secs_f64())))
            .collect();
        println!("| {} | {} |", row.input, cells.join(" | "));
    }
}

/// The SIMD programs of tests/simd (C with wasm_simd128.h, `clang -O2 -msimd128`), each
/// run at its default size (about a second) and checked by its own scalar comparison.
fn simd_suite() -> Result<Vec<Row>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/simd");
    let mut rows = Vec::new();
    for name in ["blur.wasm", "matmul.wasm", "hash.wasm"] {
        let bytes = std::fs::read(dir.join(name)).with_context(|| format!("tests/simd/{name}"))?;
        let times = Engine::ALL
            .iter()
            .map(|e| {
                let run = || -> Result<Duration> {
                    let (t, out) = e.run(&bytes)?;
                    let out = String::from_utf8_lossy(&out);
                    anyhow::ensure!(out.contains(" ok "), "{name} did not validate: {out}");
                    Ok(t)
                };
                let t = median(3, run);
                if let Err(err) = &t {
                    eprintln!("{} failed to run {name}: {err:#}", e.name());
                }
                t.ok()
            })
            .collect();
        eprintln!("ran {name}");
        rows.push(Row { input: name.to_string(), bytes: bytes.len(), times });
    }
    Ok(rows)
}

fn compile_suite() -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for name in [
        "wasure/coremark/coremark-1000.wasm",
        "esbuild.wasm",
        "yosys.core.wasm",
        "simd-kernels.wasm",
        "scalar-kernels.wasm",
    ] {
        let bytes = load(name)?;
        let runs = if bytes.len() > 1 << 20 { 3 } else { 15 };
        let times = Engine::ALL
            .iter()
            .map(|e| {
                let t = median(runs, || timed(|| e.compile(&bytes)));
                if let Err(err) = &t {
                    eprintln!("{} failed to compile {name}: {err:#}", e.name());
                }
                t.ok()
            })
            .collect();
        eprintln!("compiled {name}");
        rows.push(Row { input: name.rsplit('/').next().unwrap_or(name).to_string(), bytes: bytes.len(), times });
    }
    Ok(rows)
}

fn startup_suite() -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    for n in [100, 5000] {
        let bytes = many_functions(n);
        let times = Engine::ALL
            .iter()
            .map(|e| median(9, || timed(|| e.startup(&bytes, "f0").map(|r| assert_eq!(r, 60)))).ok())
            .collect();
        rows.push(Row { input: format!("{n} functions"), bytes: bytes.len(), times });
    }
    Ok(rows)
}

/// The CoreMark score (iterations per second) in a run's output.
fn coremark_score(out: &str) -> Option<f64> {
    let line = out.lines().find(|l| l.starts_with("Iterations/Sec"))?;
    line.split(':').nth(1)?.trim().parse().ok()
}

fn execute_suite() -> Result<Vec<Row>> {
    let mut rows = Vec::new();
    // CoreMark runs for at least ten seconds whatever the engine, so its row is the time
    // per 1000 iterations from its own score, from one run.
    let programs = [
        ("wasure/coremark/coremark-1000.wasm", true),
        ("wasure/polybench/gemm.wasm", false),
        ("wasure/polybench/jacobi-2d.wasm", false),
        ("wasure/polybench/atax.wasm", false),
        ("wasure/polybench/nussinov.wasm", false),
    ];
    for (name, coremark) in programs {
        let bytes = load(name)?;
        let times = Engine::ALL
            .iter()
            .map(|e| {
                let run = || -> Result<Duration> {
                    let (t, out) = e.run(&bytes)?;
                    if !coremark {
                        return Ok(t);
                    }
                    let out = String::from_utf8_lossy(&out);
                    // Its list, matrix and state checks must pass; only the rule that a
                    // result be at least 10 s long may fail (the engine picks the iteration
                    // count from a timed trial, so a fast run can end at 9.9 s): the time per
                    // iteration is still exact.
                    let checks_pass = out.contains("Correct operation validated.")
                        || (out.contains("crcfinal")
                            && out.lines().filter(|l| l.contains("ERROR!")).all(|l| l.contains("at least 10 secs")));
                    anyhow::ensure!(checks_pass, "CoreMark did not validate: {out}");
                    let score = coremark_score(&out).context("no CoreMark score")?;
                    Ok(Duration::from_secs_f64(1000.0 / score))
                };
                let t = median(if coremark { 1 } else { 3 }, run);
                if let Err(err) = &t {
                    eprintln!("{} failed to run {name}: {err:#}", e.name());
                }
                t.ok()
            })
            .collect();
        eprintln!("ran {name}");
        let input = name.rsplit('/').next().unwrap_or(name);
        let input = if coremark { format!("{input} (per 1000 iterations)") } else { input.to_string() };
        rows.push(Row { input, bytes: bytes.len(), times });
    }
    Ok(rows)
}

/// A horizontal bar chart of compile throughput (MB/s) per engine and input.
fn svg(rows: &[Row]) -> String {
    let colors = ["#d62728", "#f4a582", "#1f77b4", "#9467bd", "#2ca02c", "#ff7f0e", "#8c564b"];
    let rates: Vec<Vec<f64>> = rows
        .iter()
        .map(|r| r.times.iter().map(|t| t.map_or(0.0, |t| r.bytes as f64 / t.as_secs_f64() / 1e6)).collect())
        .collect();
    let max = rates.iter().flatten().cloned().fold(1.0, f64::max);
    let (bar, gap, left, width) = (16.0, 18.0, 170.0, 460.0);
    let group = bar * Engine::ALL.len() as f64 + gap;
    let height = 50.0 + group * rows.len() as f64 + 20.0 * Engine::ALL.len() as f64;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" font-family=\"sans-serif\" font-size=\"12\">\n",
        left + width + 90.0
    );
    s += "<text x=\"10\" y=\"20\" font-size=\"15\">Compile throughput, MB of module per second (higher is better)</text>\n";
    for (i, row) in rows.iter().enumerate() {
        let y0 = 40.0 + group * i as f64;
        s += &format!("<text x=\"10\" y=\"{}\">{}</text>\n", y0 + group / 2.0 - 6.0, row.input);
        for (j, rate) in rates[i].iter().enumerate() {
            let y = y0 + bar * j as f64;
            let w = width * rate / max;
            s += &format!(
                "<rect x=\"{left}\" y=\"{y}\" width=\"{w:.1}\" height=\"{}\" fill=\"{}\"/>\n",
                bar - 2.0,
                colors[j]
            );
            s += &format!("<text x=\"{:.1}\" y=\"{}\">{rate:.0}</text>\n", left + w + 4.0, y + bar - 5.0);
        }
    }
    let legend_y = 50.0 + group * rows.len() as f64;
    for (j, e) in Engine::ALL.iter().enumerate() {
        let y = legend_y + 20.0 * j as f64;
        s += &format!("<rect x=\"{left}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n", colors[j]);
        s += &format!("<text x=\"{}\" y=\"{}\">{}</text>\n", left + 18.0, y + 10.0, e.name());
    }
    s + "</svg>\n"
}

/// `globals FILE [BITS...]`: call every export of FILE (in name order) in wasmtime (Cranelift) and print
/// the exported globals after each call: a third opinion when onepass and wasmi disagree in
/// tests/differential.rs. Call N (`--call N`, default 1) takes its arguments from BITS
/// (each value's raw bits, as the differential test prints them), every other call zeros.
fn globals(path: &str, call_with_bits: usize, bits: &[u64]) -> Result<()> {
    use wasmtime::{Engine, Instance, Module, Store, Val};
    let engine = Engine::default();
    let module = Module::from_file(&engine, path)?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    // In name order, as wasmi (and so the differential test) lists them.
    let mut names: Vec<(String, bool)> =
        module.exports().map(|e| (e.name().to_string(), matches!(e.ty(), wasmtime::ExternType::Func(_)))).collect();
    names.sort();
    let mut call = 0;
    for (name, is_func) in &names {
        if !is_func {
            continue;
        }
        let func = instance.get_func(&mut store, name).expect("function");
        let ty = func.ty(&store);
        call += 1;
        let args: Vec<Val> = ty
            .params()
            .enumerate()
            .map(|(i, t)| match (bits.get(i).filter(|_| call == call_with_bits), &t) {
                (Some(&b), wasmtime::ValType::I32) => Val::I32(b as i32),
                (Some(&b), wasmtime::ValType::I64) => Val::I64(b as i64),
                (Some(&b), wasmtime::ValType::F32) => Val::F32(b as u32),
                (Some(&b), wasmtime::ValType::F64) => Val::F64(b),
                _ => Val::default_for_ty(&t).expect("defaultable"),
            })
            .collect();
        let mut results: Vec<Val> = ty.results().map(|t| Val::default_for_ty(&t).expect("defaultable")).collect();
        let r = func.call(&mut store, &args, &mut results);
        println!("call {name:?}: {:?} {results:?}", r.err().map(|e| e.to_string()));
        for (g, _) in names.iter().filter(|(_, f)| !f) {
            if let Some(global) = instance.get_global(&mut store, g) {
                println!("   global {g:?}: {:?}", global.get(&mut store));
            }
        }
    }
    Ok(())
}

/// `replay FILE TRACE`: make the calls of TRACE (written by tests/differential.rs under
/// `ONEPASS_DIFF_TRACE`) on FILE in wasmtime (Cranelift), printing each call's results and
/// the exported globals after it, so a divergence that depends on earlier calls gets a
/// third opinion too.
fn replay(path: &str, trace: &str) -> Result<()> {
    use wasmtime::{Engine, Instance, Module, Store, Val, V128};
    let engine = Engine::default();
    let module = Module::from_file(&engine, path)?;
    let mut store = Store::new(&engine, ());
    let instance = Instance::new(&mut store, &module, &[])?;
    let mut globals: Vec<String> = module
        .exports()
        .filter(|e| matches!(e.ty(), wasmtime::ExternType::Global(_)))
        .map(|e| e.name().into())
        .collect();
    globals.sort();
    for (n, line) in std::fs::read_to_string(trace)?.lines().enumerate() {
        let mut fields = line.split('\t');
        let hex = fields.next().context("a call's name")?;
        let bytes =
            (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16)).collect::<Result<Vec<_>, _>>()?;
        let name = String::from_utf8(bytes)?;
        let args = fields
            .map(|f| {
                let (ty, v) = f.split_once(':').context("type:bits")?;
                Ok(match ty {
                    "i32" => Val::I32(v.parse()?),
                    "i64" => Val::I64(v.parse()?),
                    "f32" => Val::F32(v.parse()?),
                    "f64" => Val::F64(v.parse()?),
                    "v128" => Val::V128(V128::from(u128::from_str_radix(v, 16)?)),
                    "funcref" => Val::FuncRef(None),
                    _ => Val::ExternRef(None),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let func = instance.get_func(&mut store, &name).context("exported function")?;
        let ty = func.ty(&store);
        let mut results: Vec<Val> = ty.results().map(|t| Val::default_for_ty(&t).expect("defaultable")).collect();
        let r = func.call(&mut store, &args, &mut results);
        match r {
            Ok(()) => println!("call {} {name:?}: returned {results:?}", n + 1),
            Err(e) => match e.downcast_ref::<wasmtime::Trap>() {
                Some(trap) => println!("call {} {name:?}: trap {trap:?}", n + 1),
                None => println!("call {} {name:?}: error {e}", n + 1),
            },
        }
        for g in &globals {
            let v = match instance.get_global(&mut store, g).context("global")?.get(&mut store) {
                Val::I32(x) => format!("i32:{}", x as u32),
                Val::I64(x) => format!("i64:{}", x as u64),
                Val::F32(b) => format!("f32:{b}"),
                Val::F64(b) => format!("f64:{b}"),
                Val::V128(x) => format!("v128:{},{}", x.as_u128() as u64, (x.as_u128() >> 64) as u64),
                other => format!("{other:?}"),
            };
            let hex: String = g.bytes().map(|b| format!("{b:02x}")).collect();
            println!("   global {hex} {g:?}: {v}");
        }
    }
    Ok(())
}

/// See the `gc-bench` subcommand.
fn gc_bench(bytes: &[u8], n: i32, runs: usize) -> Result<()> {
    let features = onepass::CoreFeatures::V3 | onepass::CoreFeatures::GC;
    let config = onepass::RuntimeConfig::new().with_core_features(features).with_gc_heap_limit(4 << 30);
    let mut answer = 0;
    let onepass_time = median(runs, || {
        let rt = onepass::Runtime::with_config(config.clone());
        let m = rt.instantiate(bytes).map_err(|e| anyhow::anyhow!("{e}"))?;
        let run = m.exported_function("run").context("no export run")?;
        let start = Instant::now();
        let r = run.call(&[onepass::Val::I32(n)]).map_err(|e| anyhow::anyhow!("{e}"))?;
        let t = start.elapsed();
        if let [onepass::Val::I32(v)] = r[..] {
            answer = v;
        }
        Ok(t)
    })?;
    println!("onepass: {answer} in {:.3} s", onepass_time.as_secs_f64());
    // wasmtime's default collector (`Collector::Auto`, a copying one in this build, as
    // `perf` shows), then its deferred reference counting.
    let mut wasmtime_time = std::time::Duration::ZERO;
    for (name, collector) in
        [("default", wasmtime::Collector::Auto), ("drc", wasmtime::Collector::DeferredReferenceCounting)]
    {
        let mut wt_config = wasmtime::Config::new();
        wt_config.wasm_gc(true).wasm_function_references(true).collector(collector);
        let engine = wasmtime::Engine::new(&wt_config)?;
        let module = wasmtime::Module::new(&engine, bytes)?;
        let time = median(runs, || {
            let mut store = wasmtime::Store::new(&engine, ());
            let instance = wasmtime::Instance::new(&mut store, &module, &[])?;
            let run = instance.get_typed_func::<i32, i32>(&mut store, "run")?;
            let start = Instant::now();
            answer = run.call(&mut store, n)?;
            Ok(start.elapsed())
        })?;
        println!("wasmtime-cranelift (gc, {name} collector): {answer} in {:.3} s", time.as_secs_f64());
        if name == "default" {
            wasmtime_time = time;
        }
    }
    println!("ratio onepass/wasmtime (default collector): {:.2}", onepass_time.as_secs_f64() / wasmtime_time.as_secs_f64());
    Ok(())
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("precompile") {
        // `precompile FILE OUT [winch]`: wasmtime's compiled ELF for FILE (Cranelift, or
        // Winch), to read its code with `objdump -d` next to onepass's.
        let file = args.get(1).context("precompile FILE OUT [winch]")?;
        let out = args.get(2).context("precompile FILE OUT [winch]")?;
        let mut config = wasmtime::Config::new();
        if args.get(3).map(String::as_str) == Some("winch") {
            config.strategy(wasmtime::Strategy::Winch);
        }
        let engine = wasmtime::Engine::new(&config)?;
        std::fs::write(out, engine.precompile_module(&std::fs::read(file)?)?)?;
        return Ok(());
    }
    if args.first().map(String::as_str) == Some("run") {
        // `run ENGINE FILE [ARGS...]`: one WASI program's `_start` on one engine (a name of
        // the tables' header), its output to stdout and the time of `_start` to stderr; for
        // `farm-bench --vs` and `perf record` against a peer.
        let usage = "run ENGINE FILE [ARGS...]";
        let name = args.get(1).context(usage)?;
        let engine = engines::Engine::ALL
            .into_iter()
            .find(|e| e.name() == name)
            .with_context(|| format!("unknown engine {name:?}"))?;
        let bytes = std::fs::read(args.get(2).context(usage)?)?;
        let rest: Vec<&str> = args[3..].iter().map(String::as_str).collect();
        let (time, output) = engine.run_with_args(&bytes, &rest)?;
        std::io::Write::write_all(&mut std::io::stdout(), &output)?;
        eprintln!("{}: _start took {:.6} s", engine.name(), time.as_secs_f64());
        return Ok(());
    }
    if args.first().map(String::as_str) == Some("gc-bench") {
        // `gc-bench FILE N [RUNS]`: the export `run(N) -> i32` of a WasmGC module (e.g.
        // benches/gc/binary_trees.wat) on onepass and on wasmtime with Cranelift and its
        // GC (deferred reference counting), each in a fresh runtime per run; prints the
        // answers and the median time of RUNS runs (compile excluded).
        let usage = "gc-bench FILE N [RUNS]";
        let bytes = wat::parse_file(args.get(1).context(usage)?)?;
        let n: i32 = args.get(2).context(usage)?.parse()?;
        let runs: usize = args.get(3).map(|r| r.parse()).transpose()?.unwrap_or(5);
        return gc_bench(&bytes, n, runs);
    }
    if args.first().map(String::as_str) == Some("fuzz-exceptions") {
        // `fuzz-exceptions SECONDS [SEED]`: exception-handling modules, onepass against
        // wasmtime (see `fuzz`).
        let seconds = args.get(1).context("fuzz-exceptions SECONDS [SEED]")?.parse()?;
        let seed = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(0);
        return fuzz::fuzz_exceptions(seconds, seed);
    }
    if args.first().map(String::as_str) == Some("replay") {
        let file = args.get(1).context("replay FILE TRACE")?;
        return replay(file, args.get(2).context("replay FILE TRACE")?);
    }
    if args.first().map(String::as_str) == Some("globals") {
        let file = args.get(1).context("globals FILE [--call N] [BITS...]")?;
        let (call, rest) = match args.get(2).map(String::as_str) {
            Some("--call") => (args.get(3).context("--call N")?.parse()?, &args[4..]),
            _ => (1, &args[2..]),
        };
        let bits = rest.iter().map(|a| a.parse::<i128>().map(|v| v as u64)).collect::<Result<Vec<_>, _>>()?;
        return globals(file, call, &bits);
    }
    let suite = args.first().map(String::as_str).unwrap_or("all");
    let svg_path = args.iter().position(|a| a == "--svg").and_then(|i| args.get(i + 1));
    println!(
        "machine: {} cores; onepass {}; peers: wasmtime 48 (cranelift, winch), wasmer 7.4 singlepass, wasmi 2.0",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        env!("CARGO_PKG_VERSION")
    );
    if matches!(suite, "compile" | "all") {
        let rows = compile_suite()?;
        print_table("Compile (validation included), median", &rows, true);
        if let Some(path) = svg_path {
            std::fs::write(path, svg(&rows))?;
        }
    }
    if matches!(suite, "startup" | "all") {
        print_table(
            "Startup: bytes -> compile -> instantiate -> first call returns, median of 9",
            &startup_suite()?,
            false,
        );
    }
    if matches!(suite, "execute" | "all") {
        print_table("Execute `_start` (compile and instantiate not timed), median of 3", &execute_suite()?, false);
    }
    if matches!(suite, "simd" | "all") {
        print_table("SIMD programs: execute `_start`, median of 3", &simd_suite()?, false);
    }
    if matches!(suite, "instantiate" | "all") {
        instantiate::instantiate_suite()?;
    }
    if matches!(suite, "cache" | "all") {
        instantiate::cache_suite()?;
    }
    if matches!(suite, "atomics" | "all") {
        atomics::atomics_suite()?;
    }
    if matches!(suite, "programs" | "all") {
        programs::programs_suite()?;
    }
    if matches!(suite, "calls" | "all") {
        host_call::host_call_suite()?;
    }
    Ok(())
}
