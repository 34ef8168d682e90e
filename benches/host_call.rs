//! Cost of one wasm -> host call: a wasm loop calls an imported host function 10,000
//! times per iteration; criterion reports the time per iteration (divide by 10,000).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use onepass::{Runtime, Val};

mod modules;

const CALLS: i32 = 10_000;

fn host_call(c: &mut Criterion) {
    let rt = Runtime::new();
    rt.new_host_module_builder("env")
        .func_wrap("inc", |_, x: i32| Ok(x.wrapping_add(1)))
        .instantiate()
        .expect("host module");
    let wasm = wat::parse_str(modules::CALL_LOOPS).expect("wat");
    let module = rt.instantiate(&wasm).expect("instantiate");
    let run = module.exported_function("run").expect("export").typed::<i32, i32>().expect("signature");
    assert_eq!(run.call(CALLS).unwrap(), CALLS);
    let mut group = c.benchmark_group("host_call");
    group.throughput(Throughput::Elements(CALLS as u64));
    group.bench_function("wasm_to_typed_host_x10000", |b| b.iter(|| run.call(CALLS).unwrap()));
    group.finish();
    let _ = Val::I32(0);
}

criterion_group!(benches, host_call);
criterion_main!(benches);
