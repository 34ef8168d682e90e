//! Instantiation and startup: instantiate a compiled module (a small one with a memory, and
//! one with 8 MB of data segments), and the whole path from bytes to the first call's
//! result (compile, instantiate, call) for a small and a large module.

use criterion::{criterion_group, criterion_main, Criterion};
use modules::many_functions;
use onepass::{ModuleConfig, Runtime};

mod modules;

/// A module with `segments` active data segments of 64 KiB each.
fn data_heavy(segments: u32) -> Vec<u8> {
    let mut text = format!("(module (memory {segments})");
    let chunk: String = (0..65536).map(|i| format!("\\{:02x}", (i * 7 % 251) as u8)).collect();
    for s in 0..segments {
        text.push_str(&format!("(data (i32.const {}) \"{chunk}\")", s * 65536));
    }
    text.push_str("(func (export \"f0\") (result i32) (i32.load (i32.const 100))))");
    wat::parse_str(&text).expect("generated module parses")
}

fn instantiate(c: &mut Criterion) {
    let rt = Runtime::new();
    let mut group = c.benchmark_group("instantiate");
    for (name, bytes) in [("small_with_memory", many_functions(1)), ("data_8MB", data_heavy(128))] {
        let compiled = rt.compile_module(&bytes).expect("compiles");
        group.bench_function(name, |b| {
            b.iter(|| rt.instantiate_module(&compiled, ModuleConfig::new()).expect("instantiates"))
        });
    }
    group.finish();
}

fn startup(c: &mut Criterion) {
    let rt = Runtime::new();
    let mut group = c.benchmark_group("startup");
    group.sample_size(20);
    for n in [100, 5000] {
        let bytes = many_functions(n);
        group.bench_function(format!("{n}_functions"), |b| {
            b.iter(|| {
                let module = rt.instantiate(&bytes).expect("instantiates");
                let f0 = module.exported_function("f0").expect("export").typed::<(), i32>().expect("type");
                assert_eq!(f0.call(()).expect("runs"), 60);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, instantiate, startup);
criterion_main!(benches);
