//! Issue 24's execution set: the wasure polybench, libsodium, ostrich and mibench programs
//! that need no files (this harness's WASI stubs have no directories and an empty standard
//! input) and run at least `ONEPASS_PROGRAMS_MIN_SECONDS` (default 1) in onepass, and at
//! most `ONEPASS_PROGRAMS_MAX_SECONDS` (default: no bound; several libsodium programs run
//! for minutes, ten times that in wasmi), each run once in every engine, same run: the table, and the geomean and worst case of onepass's
//! time over Cranelift's. CoreMark has its own row in the `execute` suite.

use crate::engines::Engine;
use crate::{inputs_dir, print_table, Row};
use anyhow::{ensure, Context, Result};
use std::time::Duration;

/// One program of a wasure suite.
struct Program {
    label: String,
    bytes: Vec<u8>,
    args: Vec<String>,
    /// Text its output must contain, if the suite says.
    expect: Option<String>,
}

/// The programs of `suite` (a folder of wasure's benchmarks with its benchmarks.json) that
/// need no files.
fn programs_of(suite: &str) -> Result<Vec<Program>> {
    let dir = inputs_dir().join("wasure").join(suite);
    let json: serde_json::Value = serde_json::from_slice(
        &std::fs::read(dir.join("benchmarks.json"))
            .with_context(|| format!("{} missing: run benches/fetch-inputs.sh", dir.display()))?,
    )?;
    let mut programs = Vec::new();
    for b in json["benchmarks"].as_array().context("benchmarks")? {
        let args = b["args"].as_str().unwrap_or("");
        if args.contains("{path}") || args.contains('<') {
            continue;
        }
        let path = b["path"].as_str().context("path")?;
        programs.push(Program {
            label: format!("{suite}/{}", b["name"].as_str().unwrap_or(path)),
            bytes: std::fs::read(dir.join(path)).with_context(|| format!("{suite}/{path}"))?,
            args: args.split_whitespace().map(String::from).collect(),
            expect: b["output-validator"].as_str().map(String::from),
        });
    }
    Ok(programs)
}

/// Run `program` in `engine` once, checking its output.
fn run(engine: Engine, program: &Program) -> Result<Duration> {
    let args: Vec<&str> = program.args.iter().map(String::as_str).collect();
    let (t, out) = engine.run_with_args(&program.bytes, &args)?;
    if let Some(expect) = &program.expect {
        let out = String::from_utf8_lossy(&out);
        ensure!(out.contains(expect.as_str()), "{} printed {out:?}, not {expect:?}", program.label);
    }
    Ok(t)
}

/// How long `program` runs in onepass, stopped (as too long) once it passes `max_seconds`.
fn probe(program: &Program, max_seconds: f64) -> Result<Duration> {
    if max_seconds.is_infinite() {
        return run(Engine::Onepass, program);
    }
    let config = onepass::RuntimeConfig::new().with_close_on_context_done(true);
    let args: Vec<&str> = program.args.iter().map(String::as_str).collect();
    let limit = Duration::from_secs_f64(max_seconds);
    match crate::engines::run_onepass_with_timeout(onepass::Runtime::with_config(config), &program.bytes, &args, limit)
    {
        Err(_) => Ok(limit + Duration::from_secs(1)),
        ok => ok.map(|(t, _)| t),
    }
}

/// Print the table of the programs that run long enough, with onepass's geomean and worst
/// ratio to Cranelift.
pub fn programs_suite() -> Result<()> {
    let seconds = |var: &str, default: f64| std::env::var(var).ok().and_then(|s| s.parse().ok()).unwrap_or(default);
    let (min_seconds, max_seconds) =
        (seconds("ONEPASS_PROGRAMS_MIN_SECONDS", 1.0), seconds("ONEPASS_PROGRAMS_MAX_SECONDS", f64::INFINITY));
    let mut rows = Vec::new();
    for suite in ["polybench", "libsodium", "ostrich", "mibench"] {
        for program in programs_of(suite)? {
            let first = match probe(&program, max_seconds) {
                Ok(t) => t,
                Err(err) => {
                    eprintln!("onepass failed to run {}: {err:#}", program.label);
                    continue;
                }
            };
            if !(min_seconds..=max_seconds).contains(&first.as_secs_f64()) {
                eprintln!("{}: {:.2} s, outside {min_seconds}-{max_seconds} s", program.label, first.as_secs_f64());
                continue;
            }
            let times: Vec<Option<Duration>> = Engine::ALL
                .iter()
                .map(|&e| {
                    let t = run(e, &program);
                    if let Err(err) = &t {
                        eprintln!("{} failed to run {}: {err:#}", e.name(), program.label);
                    }
                    t.ok()
                })
                .collect();
            // Each row as soon as it is measured, in seconds, so a long run that is stopped
            // still leaves its figures.
            let cells: Vec<String> = times
                .iter()
                .map(|t: &Option<Duration>| t.map_or("failed".into(), |t| format!("{:.2}", t.as_secs_f64())))
                .collect();
            eprintln!("ran {} (s: {})", program.label, cells.join(" | "));
            rows.push(Row { input: program.label, bytes: program.bytes.len(), times });
        }
    }
    let title = format!("Programs that run {min_seconds}-{max_seconds} s in onepass: execute `_start` once");
    print_table(&title, &rows, false);
    let cranelift = Engine::ALL.iter().position(|&e| e == Engine::WasmtimeCranelift).expect("Cranelift");
    let ratios: Vec<(f64, &str)> = rows
        .iter()
        .filter_map(|r| Some((r.times[0]?.as_secs_f64() / r.times[cranelift]?.as_secs_f64(), r.input.as_str())))
        .collect();
    if let Some(&(worst, name)) = ratios.iter().max_by(|a, b| a.0.total_cmp(&b.0)) {
        let geomean = (ratios.iter().map(|(r, _)| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!(
            "\nonepass / Cranelift over {} programs: geomean {geomean:.3}x, worst {worst:.3}x ({name})",
            ratios.len()
        );
    }
    Ok(())
}
