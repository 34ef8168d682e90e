//! Benchmark inputs fetched by `benches/fetch-inputs.sh` (never committed): where they are
//! and a loader that says how to get them when they are missing. Shared by the benches.

use std::path::PathBuf;

/// The directory `fetch-inputs.sh` fills: `$ONEPASS_BENCH_INPUTS` or `target/bench-inputs`.
pub fn dir() -> PathBuf {
    std::env::var_os("ONEPASS_BENCH_INPUTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-inputs"))
}

/// The bytes of input `name` (a path under [`dir`]), or None with a note on stderr.
pub fn load(name: &str) -> Option<Vec<u8>> {
    let path = dir().join(name);
    match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(_) => {
            eprintln!("skipping {name}: {} missing (run benches/fetch-inputs.sh)", path.display());
            None
        }
    }
}
