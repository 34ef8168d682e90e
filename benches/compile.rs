//! Compile throughput (validation included) in bytes of module per second, on real modules
//! fetched by `benches/fetch-inputs.sh`: esbuild.wasm (14 MB), yosys.core.wasm (31 MB) and
//! coremark. Each iteration is a full `Runtime::compile_module`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use onepass::Runtime;

mod inputs;

const MODULES: &[&str] = &["wasure/coremark/coremark-1000.wasm", "esbuild.wasm", "yosys.core.wasm"];

fn compile(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile");
    group.sample_size(10);
    for name in MODULES {
        let Some(bytes) = inputs::load(name) else { continue };
        let runtime = Runtime::new();
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        let short = name.rsplit('/').next().unwrap_or(name);
        group.bench_function(short, |b| b.iter(|| runtime.compile_module(&bytes).expect("compiles")));
    }
    group.finish();
}

criterion_group!(benches, compile);
criterion_main!(benches);
