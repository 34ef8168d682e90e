//! Compile a module N times and report throughput: `cargo run --release --example
//! compile_file -- FILE [N] [--lazy]` (for profiling the compiler; the criterion bench is
//! `cargo bench --bench compile`).

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: compile_file FILE [N]");
    let n: usize = args.next().filter(|s| s != "--lazy").map_or(1, |s| s.parse().expect("N is a number"));
    let bytes = std::fs::read(&path).expect("readable file");
    let lazy = std::env::args().any(|a| a == "--lazy");
    let runtime = onepass::Runtime::with_config(onepass::RuntimeConfig::new().with_lazy_compilation(lazy));
    let start = std::time::Instant::now();
    for _ in 0..n {
        runtime.compile_module(&bytes).expect("compiles");
    }
    let secs = start.elapsed().as_secs_f64() / n as f64;
    println!("{path}: {:.1} ms per compile, {:.1} MB/s", secs * 1e3, bytes.len() as f64 / secs / 1e6);
}
