//! Execution speed on real programs fetched by `benches/fetch-inputs.sh`: coremark and a
//! few polybench kernels (WASI builds from the PyPI package `wasure`), run through the same
//! minimal WASI stubs the comparison crate gives every runtime. Each iteration instantiates
//! the compiled module and runs `_start` (compilation is not timed).

use criterion::{criterion_group, criterion_main, Criterion};
use onepass::{Error, ModuleConfig, Runtime};
use std::sync::{Arc, Mutex};

mod inputs;
#[path = "compare/src/wasi.rs"]
#[allow(dead_code)] // the comparison crate uses more of it
mod wasi;

const PROGRAMS: &[&str] = &[
    "wasure/coremark/coremark-1000.wasm",
    "wasure/polybench/gemm.wasm",
    "wasure/polybench/jacobi-2d.wasm",
    "wasure/polybench/atax.wasm",
    "wasure/polybench/nussinov.wasm",
];

fn execute(c: &mut Criterion) {
    let mut group = c.benchmark_group("execute");
    group.sample_size(10);
    for name in PROGRAMS {
        let Some(bytes) = inputs::load(name) else { continue };
        let rt = Runtime::new();
        let state = Arc::new(Mutex::new(wasi::State::default()));
        wasi::define_onepass(&rt, state.clone()).expect("stubs");
        let compiled = rt.compile_module(&bytes).expect("compiles");
        let short = name.rsplit('/').next().unwrap_or(name);
        group.bench_function(short, |b| {
            b.iter(|| {
                let no_start: [&str; 0] = [];
                let module = rt
                    .instantiate_module(&compiled, ModuleConfig::new().with_start_functions(no_start))
                    .expect("instantiates");
                match module.exported_function("_start").expect("_start").call(&[]) {
                    Ok(_) | Err(Error::Exit(0)) => {}
                    Err(e) => panic!("{short} failed: {e}"),
                }
            })
        });
        if name.contains("coremark") {
            let out = String::from_utf8_lossy(&state.lock().unwrap().out).into_owned();
            assert!(out.contains("Correct operation validated."), "coremark output: {out}");
        }
    }
    group.finish();
}

criterion_group!(benches, execute);
criterion_main!(benches);
