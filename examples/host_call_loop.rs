//! N calls from wasm into a typed host function (`(i32) -> i32`, adds one), timed in the
//! process: the A/B probe of the host-call path (BENCHMARKS.md, calls), for `farm-bench
//! --vs` between two builds or for instruction counts under callgrind.
//!
//! ```text
//! cargo run --release --example host_call_loop -- [CALLS]   # prints ns per call
//! ```
use onepass::Runtime;

#[path = "../benches/modules.rs"]
mod modules;

fn main() {
    let n: i32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000_000);
    let rt = Runtime::new();
    rt.new_host_module_builder("env").func_wrap("inc", |_, x: i32| Ok(x.wrapping_add(1))).instantiate().unwrap();
    let wasm = wat::parse_str(modules::CALL_LOOPS).unwrap();
    let module = rt.instantiate(&wasm).unwrap();
    let run = module.exported_function("run").unwrap().typed::<i32, i32>().unwrap();
    let t = std::time::Instant::now();
    assert_eq!(run.call(n).unwrap(), n);
    eprintln!("{:.2} ns per call", t.elapsed().as_nanos() as f64 / n as f64);
}
