//! Function references in tables and globals: what storing and calling them costs.
//! Each benchmark runs a wasm loop of 10,000 operations per iteration (divide by 10,000):
//!
//! - `call_indirect`: calls through the module's own table.
//! - `table_set_own`: `table.set` of the module's own function into its own table (the
//!   common case: no bookkeeping beyond one comparison).
//! - `table_set_imported_func`: `table.set` of an imported function's reference into the
//!   module's own table (the importer already keeps its exporter alive).
//! - `table_set_into_imported`: `table.set` of the module's own function into a table that
//!   another module defines (after the first store, the function's module is kept alive by
//!   the runtime and later stores only test a flag).
//! - `global_set_own`: `global.set` of the module's own function into its own global.
//! - `table_set_own_dynamic`, `global_set_own_dynamic`: the same stores of a reference
//!   held in a local (the compiler does not know where it came from, so it tests it).
//! - `table_copy_dynamic`: `table.get` then `table.set` within the module's own table.
//! - `table_set_imported_func_dynamic`: a reference to an imported function, held in a
//!   local, stored into the module's own table.
//! - `call_import_passing_ref`: a call to another module's function with a reference
//!   argument, which that module keeps (the caller is pinned at the first call; later
//!   calls test its flag).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use onepass::{ModuleConfig, Runtime};

const OPS: i32 = 10_000;

fn refs(c: &mut Criterion) {
    let rt = Runtime::new();
    let lib = wat::parse_str(
        r#"(module (table (export "shared") 8 funcref)
             (func (export "seven") (result i32) (i32.const 7))
             (func (export "keep") (param funcref) (table.set (i32.const 7) (local.get 0))))"#,
    )
    .expect("wat");
    let lib = rt.compile_module(&lib).expect("compile");
    rt.instantiate_module(&lib, ModuleConfig::new().with_name("lib")).expect("instantiate");
    let wasm = wat::parse_str(
        r#"(module
          (import "lib" "shared" (table $shared 8 funcref))
          (import "lib" "seven" (func $seven (result i32)))
          (import "lib" "keep" (func $keep (param funcref)))
          (table $own 8 funcref)
          (global $g (mut funcref) (ref.null func))
          (type $r (func (result i32)))
          (elem (table $own) (i32.const 0) func $one $two $one $two $one $two $one $two)
          (elem declare func $one $seven)
          (func $one (result i32) (i32.const 1))
          (func $two (result i32) (i32.const 2))
          (func (export "call_indirect") (param $n i32) (result i32) (local $acc i32)
            (loop
              (local.set $acc (i32.add (local.get $acc)
                (call_indirect $own (type $r) (i32.and (local.get $n) (i32.const 7)))))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $acc))
          (func (export "table_set_own") (param $n i32) (result i32)
            (loop
              (table.set $own (i32.and (local.get $n) (i32.const 7)) (ref.func $one))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n))
          (func (export "table_set_imported_func") (param $n i32) (result i32)
            (loop
              (table.set $own (i32.and (local.get $n) (i32.const 7)) (ref.func $seven))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n))
          (func (export "table_set_into_imported") (param $n i32) (result i32)
            (loop
              (table.set $shared (i32.and (local.get $n) (i32.const 7)) (ref.func $one))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n))
          (func (export "global_set_own") (param $n i32) (result i32)
            (loop
              (global.set $g (ref.func $one))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n))
          (func (export "table_set_own_dynamic") (param $n i32) (result i32) (local $f funcref)
            (local.set $f (ref.func $one))
            (loop
              (table.set $own (i32.and (local.get $n) (i32.const 7)) (local.get $f))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n))
          (func (export "table_copy_dynamic") (param $n i32) (result i32)
            (loop
              (table.set $own (i32.and (local.get $n) (i32.const 7))
                (table.get $own (i32.and (i32.add (local.get $n) (i32.const 1)) (i32.const 7))))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n))
          (func (export "global_set_own_dynamic") (param $n i32) (result i32) (local $f funcref)
            (local.set $f (ref.func $one))
            (loop
              (global.set $g (local.get $f))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n))
          (func (export "call_import_passing_ref") (param $n i32) (result i32)
            (loop
              (call $keep (ref.func $one))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n))
          (func (export "table_set_imported_func_dynamic") (param $n i32) (result i32) (local $f funcref)
            (local.set $f (ref.func $seven))
            (loop
              (table.set $own (i32.and (local.get $n) (i32.const 7)) (local.get $f))
              (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $n)))"#,
    )
    .expect("wat");
    let compiled = rt.compile_module(&wasm).expect("compile");
    let mut group = c.benchmark_group("refs");
    group.throughput(Throughput::Elements(OPS as u64));
    for name in [
        "call_indirect",
        "table_set_own",
        "table_set_imported_func",
        "table_set_into_imported",
        "global_set_own",
        "table_set_own_dynamic",
        "table_copy_dynamic",
        "global_set_own_dynamic",
        "table_set_imported_func_dynamic",
        "call_import_passing_ref",
    ] {
        // A fresh instance each, so that one benchmark's stores do not change another's.
        let module = rt.instantiate_module(&compiled, ModuleConfig::new()).expect("instantiate");
        let f = module.exported_function(name).expect("export").typed::<i32, i32>().expect("signature");
        f.call(OPS).expect("runs");
        group.bench_function(format!("{name}_x10000"), |b| b.iter(|| f.call(OPS).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, refs);
criterion_main!(benches);
