//! What the bounds check of a 64-bit memory costs: the same kernels with `i32` addresses
//! on a 32-bit memory (guard pages, no check) and with `i64` addresses on a 64-bit memory
//! (one compare of each index with the memory's size). The kernels are memory-bound loops
//! of the kind compilers emit: a sum over an array, an insertion sort, a byte copy, and a
//! matrix multiply whose addresses are computed in the loop.

use criterion::{criterion_group, criterion_main, Criterion};
use onepass::{CoreFeatures, Runtime, RuntimeConfig, Val};

/// The kernels, with `ADDR` standing for the address type.
const KERNELS: &str = r#"(module
  (memory (export "mem") ADDR 128)
  ;; Sum of `n` i32s at 0, `rounds` times.
  (func (export "sum") (param $n ADDR) (param $rounds i32) (result i32)
    (local $i ADDR) (local $acc i32)
    (loop $round
      (local.set $i (ADDR.const 0))
      (loop $l
        (local.set $acc (i32.add (local.get $acc) (i32.load (local.get $i))))
        (local.set $i (ADDR.add (local.get $i) (ADDR.const 4)))
        (br_if $l (ADDR.lt_u (local.get $i) (ADDR.shl (local.get $n) (ADDR.const 2)))))
      (br_if $round (local.tee $rounds (i32.sub (local.get $rounds) (i32.const 1)))))
    (local.get $acc))
  ;; Insertion sort of `n` i32s at 0x100000, filled in descending order first.
  (func (export "sort") (param $n ADDR) (result i32)
    (local $i ADDR) (local $j ADDR) (local $v i32) (local $base ADDR)
    (local.set $base (ADDR.const 0x100000))
    (loop $fill
      (i32.store (ADDR.add (local.get $base) (ADDR.shl (local.get $i) (ADDR.const 2)))
        (i32.wrap_ADDR (ADDR.sub (local.get $n) (local.get $i))))
      (local.set $i (ADDR.add (local.get $i) (ADDR.const 1)))
      (br_if $fill (ADDR.lt_u (local.get $i) (local.get $n))))
    (local.set $i (ADDR.const 1))
    (loop $outer
      (local.set $v (i32.load (ADDR.add (local.get $base) (ADDR.shl (local.get $i) (ADDR.const 2)))))
      (local.set $j (local.get $i))
      (block $placed
        (loop $inner
          (br_if $placed (ADDR.eqz (local.get $j)))
          (br_if $placed (i32.le_s
            (i32.load (ADDR.add (local.get $base) (ADDR.shl (ADDR.sub (local.get $j) (ADDR.const 1)) (ADDR.const 2))))
            (local.get $v)))
          (i32.store (ADDR.add (local.get $base) (ADDR.shl (local.get $j) (ADDR.const 2)))
            (i32.load (ADDR.add (local.get $base) (ADDR.shl (ADDR.sub (local.get $j) (ADDR.const 1)) (ADDR.const 2)))))
          (local.set $j (ADDR.sub (local.get $j) (ADDR.const 1)))
          (br $inner)))
      (i32.store (ADDR.add (local.get $base) (ADDR.shl (local.get $j) (ADDR.const 2))) (local.get $v))
      (local.set $i (ADDR.add (local.get $i) (ADDR.const 1)))
      (br_if $outer (ADDR.lt_u (local.get $i) (local.get $n))))
    (i32.load (local.get $base)))
  ;; Byte-by-byte copy of `n` bytes from 0 to 0x200000, `rounds` times.
  (func (export "copy") (param $n ADDR) (param $rounds i32)
    (local $i ADDR)
    (loop $round
      (local.set $i (ADDR.const 0))
      (loop $l
        (i32.store8 offset=0x200000 (local.get $i) (i32.load8_u (local.get $i)))
        (local.set $i (ADDR.add (local.get $i) (ADDR.const 1)))
        (br_if $l (ADDR.lt_u (local.get $i) (local.get $n))))
      (br_if $round (local.tee $rounds (i32.sub (local.get $rounds) (i32.const 1))))))
  ;; C = A * B for n x n f64 matrices at 0x300000, 0x380000 and 0x400000.
  (func (export "matmul") (param $n ADDR) (result f64)
    (local $i ADDR) (local $j ADDR) (local $k ADDR) (local $acc f64)
    (loop $li
      (local.set $j (ADDR.const 0))
      (loop $lj
        (local.set $acc (f64.const 0))
        (local.set $k (ADDR.const 0))
        (loop $lk
          (local.set $acc (f64.add (local.get $acc) (f64.mul
            (f64.load offset=0x300000 (ADDR.shl (ADDR.add (ADDR.mul (local.get $i) (local.get $n)) (local.get $k)) (ADDR.const 3)))
            (f64.load offset=0x380000 (ADDR.shl (ADDR.add (ADDR.mul (local.get $k) (local.get $n)) (local.get $j)) (ADDR.const 3))))))
          (local.set $k (ADDR.add (local.get $k) (ADDR.const 1)))
          (br_if $lk (ADDR.lt_u (local.get $k) (local.get $n))))
        (f64.store offset=0x400000 (ADDR.shl (ADDR.add (ADDR.mul (local.get $i) (local.get $n)) (local.get $j)) (ADDR.const 3))
          (local.get $acc))
        (local.set $j (ADDR.add (local.get $j) (ADDR.const 1)))
        (br_if $lj (ADDR.lt_u (local.get $j) (local.get $n))))
      (local.set $i (ADDR.add (local.get $i) (ADDR.const 1)))
      (br_if $li (ADDR.lt_u (local.get $i) (local.get $n))))
    (f64.load offset=0x400000 (ADDR.const 8)))
)"#;

/// The kernels with `addr` (`"i32"` or `"i64"`) as the address type.
fn kernels(addr: &str) -> Vec<u8> {
    let text = KERNELS.replace("i32.wrap_ADDR", if addr == "i64" { "i32.wrap_i64" } else { "nop" });
    wat::parse_str(text.replace("ADDR", addr)).expect("kernels assemble")
}

/// An address argument of type `addr`.
fn address(addr: &str, value: u32) -> Val {
    if addr == "i64" {
        Val::I64(value as i64)
    } else {
        Val::I32(value as i32)
    }
}

fn bounds_checks(c: &mut Criterion) {
    let mut group = c.benchmark_group("memory64");
    group.sample_size(20);
    let features = CoreFeatures::V2 | CoreFeatures::MEMORY64;
    let rt = Runtime::with_config(RuntimeConfig::new().with_core_features(features));
    for addr in ["i32", "i64"] {
        let module = rt.instantiate(&kernels(addr)).expect("instantiates");
        let call = |name: &str, args: &[Val]| module.exported_function(name).expect(name).call(args).expect(name);
        let cases: [(&str, Vec<Val>); 4] = [
            ("sum", vec![address(addr, 100_000), Val::I32(20)]),
            ("sort", vec![address(addr, 3_000)]),
            ("copy", vec![address(addr, 500_000), Val::I32(4)]),
            ("matmul", vec![address(addr, 90)]),
        ];
        for (name, args) in &cases {
            call(name, args);
            group.bench_function(format!("{name}/{addr}"), |b| b.iter(|| call(name, args)));
        }
    }
    group.finish();
}

criterion_group!(benches, bounds_checks);
criterion_main!(benches);
