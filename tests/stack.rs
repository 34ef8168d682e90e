//! Native stack bounds: wasm run on threads with unusual stacks traps cleanly with
//! `StackOverflow` instead of crashing, and the host reserve and the maximum wasm stack
//! are configurable (`RuntimeConfig::with_host_stack_reserve`, `with_max_wasm_stack`).

use onepass::{Error, Runtime, RuntimeConfig, TrapCode};
use std::process::Command;

/// `depth(n)` recurses `n` times and returns `n`.
const RECURSE: &str = r#"(module
  (func $depth (export "depth") (param i32) (result i32)
    (if (result i32) (local.get 0)
      (then (i32.add (call $depth (i32.sub (local.get 0) (i32.const 1))) (i32.const 1)))
      (else (i32.const 0)))))"#;

/// Call `depth(n)` in a fresh runtime with `config`.
fn depth(config: RuntimeConfig, n: i32) -> Result<i32, Error> {
    let rt = Runtime::with_config(config);
    let m = rt.instantiate(&wat::parse_str(RECURSE).unwrap()).unwrap();
    m.exported_function("depth").unwrap().typed::<i32, i32>().unwrap().call(n)
}

fn is_stack_overflow(result: &Result<i32, Error>) -> bool {
    matches!(result, Err(Error::Trap(t)) if t.code == TrapCode::StackOverflow)
}

/// Run `f` on a thread with a `size`-byte stack.
fn on_thread<T: Send + 'static>(size: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new().stack_size(size).spawn(f).expect("spawn").join().expect("no panic")
}

#[test]
fn a_thread_smaller_than_the_host_reserve_traps_at_once() {
    // 64 KiB of stack, 256 KiB reserved for the host: no wasm at all, cleanly.
    let result = on_thread(64 * 1024, || depth(RuntimeConfig::new(), 1));
    assert!(is_stack_overflow(&result), "{result:?}");
}

/// A function that calls nothing traps at once too (its own prologue checks: a version that
/// left leaf functions unchecked had to check at the entry instead, and this caught a
/// missing entry check).
#[test]
fn a_leaf_function_on_a_thread_smaller_than_the_host_reserve_traps_at_once() {
    let leaf = r#"(module (func (export "inc") (param i32) (result i32) (i32.add (local.get 0) (i32.const 1))))"#;
    let call = move |config: RuntimeConfig| {
        let rt = Runtime::with_config(config);
        let m = rt.instantiate(&wat::parse_str(leaf).unwrap()).unwrap();
        m.exported_function("inc").unwrap().typed::<i32, i32>().unwrap().call(41)
    };
    let result = on_thread(64 * 1024, move || call(RuntimeConfig::new()));
    assert!(is_stack_overflow(&result), "{result:?}");
    let config = RuntimeConfig::new().with_host_stack_reserve(24 * 1024);
    assert_eq!(on_thread(128 * 1024, move || call(config)).unwrap(), 42);
}

#[test]
fn a_smaller_reserve_lets_a_small_thread_run_wasm_and_still_bounds_it() {
    let config = || RuntimeConfig::new().with_host_stack_reserve(24 * 1024);
    assert_eq!(on_thread(128 * 1024, move || depth(config(), 10)).unwrap(), 10);
    let deep = on_thread(128 * 1024, move || depth(config(), 1_000_000));
    assert!(is_stack_overflow(&deep), "{deep:?}");
}

#[test]
fn the_maximum_wasm_stack_bounds_one_call() {
    // Fine with the defaults on an 8 MiB thread, too deep within 64 KiB.
    assert_eq!(on_thread(8 << 20, || depth(RuntimeConfig::new(), 2000)).unwrap(), 2000);
    let small = RuntimeConfig::new().with_max_wasm_stack(64 * 1024);
    let result = on_thread(8 << 20, move || depth(small, 2000));
    assert!(is_stack_overflow(&result), "{result:?}");
    // Recursion without end stops at the default bound, on any thread.
    let result = on_thread(64 << 20, || depth(RuntimeConfig::new(), i32::MAX));
    assert!(is_stack_overflow(&result), "{result:?}");
}

/// The CLI's main thread under `ulimit -s unlimited` (glibc then sizes the main stack by
/// the mapping below it, whose guard gap the stack cannot grow into): endless recursion
/// traps, exit status 1 (an error; onepass never exits with 128+signal).
#[test]
fn an_unlimited_main_thread_stack_traps_cleanly() {
    let dir = std::env::temp_dir().join(format!("onepass-stack-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let module = dir.join("deep.wat");
    std::fs::write(&module, RECURSE).unwrap();
    let exe = env!("CARGO_BIN_EXE_onepass");
    // Under qemu-user (aarch64 tests on an x86-64 host) the binary runs through qemu.
    let direct = Command::new(exe).arg("--version").output().is_ok_and(|o| o.stdout.starts_with(b"onepass "));
    let runner = if direct { String::new() } else { "qemu-aarch64 ".to_string() };
    let script =
        format!("ulimit -s unlimited && exec {runner}{exe} run --invoke depth {} 2000000000", module.display());
    let output = Command::new("sh").arg("-c").arg(&script).output().expect("sh runs");
    let _ = std::fs::remove_dir_all(&dir);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("call stack exhausted"), "{stderr}");
}
