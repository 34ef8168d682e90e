//! What exception handling costs: a call in a loop with and without a `try_table` around
//! it (the try's entry spills and jumps over its landing pad; nothing else runs unless
//! something throws), and a throw caught one frame up.

use criterion::{criterion_group, criterion_main, Criterion};
use onepass::{CoreFeatures, Runtime, RuntimeConfig, Val};

const KERNELS: &str = r#"(module
  (tag $t (param i32))
  (func $work (param i32) (result i32) (i32.add (i32.mul (local.get 0) (i32.const 3)) (i32.const 1)))
  (func $thrower (param i32) (throw $t (local.get 0)))
  ;; n calls, the sum of their results.
  (func (export "plain") (param $n i32) (result i32)
    (local $acc i32)
    (loop $l
      (local.set $acc (i32.add (local.get $acc) (call $work (local.get $n))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $acc))
  ;; The same calls, each in a try_table that never catches anything.
  (func (export "in_try") (param $n i32) (result i32)
    (local $acc i32)
    (loop $l
      (block $h
        (try_table (catch_all $h)
          (local.set $acc (i32.add (local.get $acc) (call $work (local.get $n))))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $acc))
  ;; n throws, each caught by the caller.
  (func (export "throws") (param $n i32) (result i32)
    (local $acc i32)
    (loop $l
      (block $h (result i32)
        (try_table (catch $t $h) (call $thrower (local.get $n)))
        (i32.const 0))
      (local.set $acc (i32.add (local.get $acc)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $acc))
)"#;

fn exceptions(c: &mut Criterion) {
    let mut group = c.benchmark_group("exceptions");
    group.sample_size(20);
    let features = CoreFeatures::V2 | CoreFeatures::EXCEPTIONS;
    let rt = Runtime::with_config(RuntimeConfig::new().with_core_features(features));
    let module = rt.instantiate(&wat::parse_str(KERNELS).expect("kernels assemble")).expect("instantiates");
    for (name, n) in [("plain", 1_000_000), ("in_try", 1_000_000), ("throws", 100_000)] {
        let f = module.exported_function(name).expect(name);
        group.bench_function(format!("{name}/{n}"), |b| b.iter(|| f.call(&[Val::I32(n)]).expect(name)));
    }
    group.finish();
}

criterion_group!(benches, exceptions);
criterion_main!(benches);
