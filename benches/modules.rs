//! Modules shared by the benches, the comparison crate and the examples.

/// A module of `n` functions (function `k` returns `k` plus sixty `+ 1` steps) with a
/// memory, exporting `f0`: startup cost grows with the code to compile before a call.
#[allow(dead_code)] // (not every includer uses every module)
pub fn many_functions(n: u32) -> Vec<u8> {
    let mut text = String::from("(module (memory 1)");
    for k in 0..n {
        text.push_str(&format!("(func $f{k} (result i32) i32.const {k}"));
        for _ in 0..60 {
            text.push_str(" i32.const 1 i32.add");
        }
        text.push(')');
    }
    text.push_str("(export \"f0\" (func $f0)))");
    wat::parse_str(&text).expect("generated module parses")
}

/// `run(n)` calls the import `env.inc: (i32) -> i32` n times, feeding each result to the
/// next call, and returns the last; `run_wasm(n)` does the same with a wasm function that
/// adds one: the cost of a host call and of a wasm call.
#[allow(dead_code)]
pub const CALL_LOOPS: &str = r#"(module
  (import "env" "inc" (func $inc (param i32) (result i32)))
  (func $inc_wasm (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
  (func (export "run") (param $n i32) (result i32) (local $acc i32)
    (loop (local.set $acc (call $inc (local.get $acc)))
          (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $acc))
  (func (export "run_wasm") (param $n i32) (result i32) (local $acc i32)
    (loop (local.set $acc (call $inc_wasm (local.get $acc)))
          (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $acc)))"#;
