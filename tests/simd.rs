//! Real programs built with `clang --target=wasm32-wasi -O2 -msimd128` (tests/simd/*.c,
//! rebuilt by tests/simd/build.sh): an image filter, a matrix kernel and a hash. Each
//! checks its SIMD results against a scalar version of the same computation and prints
//! "<name> ok"; they run here eagerly and lazily, on every ISA the suite runs on.

mod common;

use common::Capture;
use onepass::{ModuleConfig, Runtime, RuntimeConfig};
use std::path::PathBuf;

/// Run program `name` with `iterations` and return what it printed (it must exit 0).
fn run(name: &str, iterations: u32, lazy: bool) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/simd").join(format!("{name}.wasm"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rt = Runtime::with_config(RuntimeConfig::new().with_lazy_compilation(lazy));
    onepass::wasi::instantiate(&rt).unwrap();
    let out = Capture::default();
    let config = ModuleConfig::new().with_args([name.to_string(), iterations.to_string()]).with_stdout(out.writer());
    let compiled = rt.compile_module(&bytes).unwrap();
    let result = rt.instantiate_module(&compiled, config);
    let text = out.text();
    assert!(result.is_ok(), "{name} (lazy: {lazy}) failed: {result:?}; printed {text:?}");
    text
}

#[test]
fn simd_programs_match_their_scalar_versions() {
    for lazy in [false, true] {
        assert_eq!(run("blur", 3, lazy), "blur ok 121361\n");
        assert_eq!(run("matmul", 2, lazy), "matmul ok 5.895\n");
        assert_eq!(run("hash", 4, lazy), "hash ok 935427ac 16527\n");
    }
}
