//! Compile a module N times and report throughput: `cargo run --release --example
//! compile_file -- FILE [N] [--lazy] [--gc] [--cache DIR]` (for profiling the compiler; the
//! criterion bench is `cargo bench --bench compile`). With `--cache DIR`, each of the N
//! rounds compiles through a fresh compilation cache on DIR (filled first if it is empty),
//! so it measures loading the module from disk instead. With `--gc`, the runtime has
//! `CoreFeatures::GC` (the compiler then records stack maps at every call).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("usage: compile_file FILE [N] [--lazy] [--gc] [--cache DIR]");
    let n: usize = args.get(1).filter(|s| !s.starts_with("--")).map_or(1, |s| s.parse().expect("N is a number"));
    let bytes = std::fs::read(path).expect("readable file");
    let lazy = args.iter().any(|a| a == "--lazy");
    let cache_dir = args.iter().position(|a| a == "--cache").map(|i| args.get(i + 1).expect("--cache DIR"));
    let mut config = onepass::RuntimeConfig::new().with_lazy_compilation(lazy);
    if args.iter().any(|a| a == "--gc") {
        config = config.with_core_features(onepass::CoreFeatures::V3 | onepass::CoreFeatures::GC);
    }
    let compile = |config: &onepass::RuntimeConfig| {
        onepass::Runtime::with_config(config.clone()).compile_module(&bytes).expect("compiles");
    };
    if let Some(dir) = cache_dir {
        let cache = onepass::CompilationCache::with_dir(dir).expect("cache directory");
        compile(&config.with_compilation_cache(&cache));
        println!("first round: {:?}", cache.stats());
    }
    let start = std::time::Instant::now();
    let mut stats = onepass::CacheStats::default();
    for _ in 0..n {
        match cache_dir {
            Some(dir) => {
                let cache = onepass::CompilationCache::with_dir(dir).expect("cache directory");
                compile(&config.with_compilation_cache(&cache));
                stats.disk_hits += cache.stats().disk_hits;
            }
            None => compile(&config),
        }
    }
    let secs = start.elapsed().as_secs_f64() / n as f64;
    let what = if cache_dir.is_some() { format!("load ({} from disk)", stats.disk_hits) } else { "compile".into() };
    println!("{path}: {:.1} ms per {what}, {:.1} MB/s", secs * 1e3, bytes.len() as f64 / secs / 1e6);
}
