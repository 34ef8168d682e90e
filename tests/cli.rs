//! The `onepass` command: every subcommand run the way a user runs it (through qemu-user
//! for the aarch64 build), checking its output and exit status. `tests/wasi.rs` covers
//! `run` with WASI programs.

#[path = "common/cli.rs"]
mod cli_runner;

use cli_runner::{cli, cli_read_first};
use std::path::{Path, PathBuf};

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("onepass-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn help_and_version() {
    let dir = scratch("help");
    let (status, out, _) = cli(&dir, &["--version"]);
    assert_eq!((status, out.trim()), (0, concat!("onepass ", env!("CARGO_PKG_VERSION"))));
    let (status, out, _) = cli(&dir, &["--help"]);
    assert_eq!(status, 0);
    for command in ["run", "compile", "wast", "validate", "inspect"] {
        assert!(out.contains(command), "--help lists {command}: {out}");
    }
    let (status, out, _) = cli(&dir, &["run", "--help"]);
    assert_eq!(status, 0);
    for flag in [
        "--dir",
        "--env",
        "--env-inherit",
        "--invoke",
        "--timeout",
        "--max-memory",
        "--lazy",
        "--perf-map",
        "--tcplisten",
    ] {
        assert!(out.contains(flag), "run --help lists {flag}: {out}");
    }
    // No subcommand, or an unknown flag: usage on stderr, status 2 (as wasmtime's clap).
    let (status, _, err) = cli(&dir, &[]);
    assert_eq!(status, 2, "{err}");
    let (status, _, err) = cli(&dir, &["run", "--no-such-flag", "x.wasm"]);
    assert_eq!(status, 2);
    assert!(err.contains("--no-such-flag"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

const MODULE: &str = r#"(module
  (memory (export "memory") 1)
  (func $fib (export "fib") (param i32) (result i32)
    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
      (then (local.get 0))
      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
  (func (export "spin") (loop $l (br $l)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "trap") (unreachable)))"#;

#[test]
fn run_invokes_times_out_bounds_memory_and_compiles_lazily() {
    let dir = scratch("run");
    let module = write(&dir, "m.wat", MODULE);
    for lazy in [&[][..], &["--lazy"][..]] {
        let mut args = vec!["run"];
        args.extend_from_slice(lazy);
        args.extend(["--invoke", "fib", &module, "20"]);
        let (status, out, err) = cli(&dir, &args);
        assert_eq!((status, out.as_str()), (0, "6765\n"), "{args:?}: {err}");
    }
    // The older form, --invoke after the file.
    let (status, out, _) = cli(&dir, &["run", &module, "--invoke", "fib", "10"]);
    assert_eq!((status, out.as_str()), (0, "55\n"));

    let started = std::time::Instant::now();
    let (status, _, err) = cli(&dir, &["run", "--timeout", "300ms", "--invoke", "spin", &module]);
    assert_eq!(status, 1, "{err}");
    assert!(err.contains("timed out after 300ms"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(60));

    // 1 page to start, at most 3 (196,608 bytes): growing by 2 works, by 3 fails (-1).
    let (status, out, err) = cli(&dir, &["run", "--max-memory", "192KiB", "--invoke", "grow", &module, "2"]);
    assert_eq!((status, out.as_str()), (0, "1\n"), "{err}");
    let (status, out, err) = cli(&dir, &["run", "--max-memory", "192KiB", "--invoke", "grow", &module, "3"]);
    assert_eq!((status, out.as_str()), (0, "-1\n"), "{err}");
    let (status, _, err) = cli(&dir, &["run", "--max-memory", "lots", "--invoke", "grow", &module, "3"]);
    assert_eq!(status, 1);
    assert!(err.contains("--max-memory"), "{err}");

    let (status, _, err) = cli(&dir, &["run", "--invoke", "trap", &module]);
    assert_eq!(status, 1, "a trap is an error");
    assert!(err.starts_with("error: ") && err.contains("unreachable"), "{err}");
    let (status, _, err) = cli(&dir, &["run", "--invoke", "fib", &module, "x"]);
    assert_eq!(status, 1);
    assert!(err.contains("bad i32 argument \"x\""), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// A WASI command that prints its data segment.
const HELLO: &str = r#"(module
  (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "compiled ahead\n")
  (func (export "_start")
    (i32.store (i32.const 0) (i32.const 16))
    (i32.store (i32.const 4) (i32.const 15))
    (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))"#;

#[test]
fn compile_writes_a_module_that_run_loads() {
    let dir = scratch("compile");
    let module = write(&dir, "m.wat", MODULE);
    let (status, _, err) = cli(&dir, &["compile", &module, "-o", "m.cwasm"]);
    assert_eq!(status, 0, "{err}");
    let (status, out, err) = cli(&dir, &["run", "--invoke", "fib", "m.cwasm", "20"]);
    assert_eq!((status, out.as_str()), (0, "6765\n"), "{err}");
    let (status, _, err) = cli(&dir, &["run", "--invoke", "trap", "m.cwasm"]);
    assert!(status == 1 && err.contains("unreachable"), "{err}");
    // --timeout needs the interrupt checks, which --interruptible compiles in.
    let (status, _, err) = cli(&dir, &["run", "--timeout", "300ms", "--invoke", "spin", "m.cwasm"]);
    assert!(status == 1 && err.contains("--interruptible"), "{err}");
    let (status, _, err) = cli(&dir, &["compile", "--interruptible", &module, "-o", "mi.cwasm"]);
    assert_eq!(status, 0, "{err}");
    let (status, _, err) = cli(&dir, &["run", "--timeout", "300ms", "--invoke", "spin", "mi.cwasm"]);
    assert!(status == 1 && err.contains("timed out after 300ms"), "{err}");
    // A WASI command.
    let hello = write(&dir, "hello.wat", HELLO);
    let (status, _, err) = cli(&dir, &["compile", &hello, "-o", "hello.cwasm"]);
    assert_eq!(status, 0, "{err}");
    let (status, out, err) = cli(&dir, &["run", "hello.cwasm"]);
    assert_eq!((status, out.as_str()), (0, "compiled ahead\n"), "{err}");
    // A damaged file is refused, never run; so is a module that does not compile.
    let mut bytes = std::fs::read(dir.join("hello.cwasm")).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    std::fs::write(dir.join("bad.cwasm"), &bytes).unwrap();
    let (status, out, err) = cli(&dir, &["run", "bad.cwasm"]);
    assert!(status == 1 && out.is_empty() && err.contains("corrupted"), "{err}");
    std::fs::write(dir.join("short.cwasm"), &bytes[..200]).unwrap();
    let (status, _, err) = cli(&dir, &["run", "short.cwasm"]);
    assert!(status == 1 && err.contains("truncated"), "{err}");
    let broken = write(&dir, "broken.wat", "(module (func (result i32)))");
    let (status, _, err) = cli(&dir, &["compile", &broken, "-o", "broken.cwasm"]);
    assert!(status == 1 && err.contains("broken.wat"), "{err}");
    assert!(!dir.join("broken.cwasm").exists());
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn run_traces_and_counts_calls() {
    let dir = scratch("trace");
    let module = write(&dir, "m.wat", MODULE);
    for lazy in [&[][..], &["--lazy"][..]] {
        let mut args = vec!["run", "--trace"];
        args.extend_from_slice(lazy);
        args.extend(["--invoke", "fib", &module, "2"]);
        let (status, out, err) = cli(&dir, &args);
        assert_eq!((status, out.as_str()), (0, "1\n"), "{err}");
        let expected = "--> fib(2)\n  --> fib(1)\n  <-- fib = 1\n  --> fib(0)\n  <-- fib = 0\n<-- fib = 1\n";
        assert_eq!(err, expected, "{args:?}");
    }
    // A trap aborts the traced call.
    let (status, _, err) = cli(&dir, &["run", "--trace", "--invoke", "trap", &module]);
    assert!(status == 1 && err.starts_with("--> trap()\n<-- trap aborted: "), "{err}");
    // A filter traces only the functions it names; the guest's output stays in order with
    // the trace of the WASI calls.
    let hello = write(&dir, "hello.wat", HELLO);
    let (status, out, err) = cli(&dir, &["run", "--trace=fd_write", &hello]);
    assert_eq!((status, out.as_str()), (0, "compiled ahead\n"), "{err}");
    assert_eq!(err, "--> wasi_snapshot_preview1.fd_write(1, 0, 1, 8)\n<-- wasi_snapshot_preview1.fd_write = 0\n");
    let (status, out, err) = cli(&dir, &["run", "--count-calls", "--invoke", "fib", &module, "10"]);
    assert_eq!((status, out.as_str()), (0, "55\n"), "{err}");
    assert_eq!(err, format!("{:>14} calls of 1 functions\n{:>14} fib\n", 177, 177));
    // Listeners need the module's bytes.
    let (status, _, err) = cli(&dir, &["compile", &module, "-o", "m.cwasm"]);
    assert_eq!(status, 0, "{err}");
    let (status, _, err) = cli(&dir, &["run", "--trace", "--invoke", "fib", "m.cwasm", "2"]);
    assert!(status == 1 && err.contains("need the module's .wasm"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn run_passes_the_environment_it_is_asked_to() {
    let dir = scratch("env");
    let args_env = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wasi/args_env.wasm");
    let args_env = args_env.to_str().unwrap();
    // args_env prints its arguments, then the GREETING variable; it exits with argc.
    let (status, out, _) = cli(&dir, &["run", args_env]);
    assert_eq!(status, 1);
    assert!(out.ends_with("GREETING=(unset)\n"), "{out}");
    // Set for this process's children (other tests' children inherit it too, harmlessly).
    std::env::set_var("GREETING", "inherited");
    let (_, out, _) = cli(&dir, &["run", "--env-inherit", args_env]);
    assert!(out.ends_with("GREETING=inherited\n"), "{out}");
    let (_, out, _) = cli(&dir, &["run", "--env-inherit", "--env", "GREETING=given", args_env]);
    assert!(out.ends_with("GREETING=given\n") && !out.contains("inherited"), "{out}");
    std::env::remove_var("GREETING");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn validate_reports_the_offset_of_the_first_error() {
    let dir = scratch("validate");
    let good = write(&dir, "good.wat", MODULE);
    let (status, out, err) = cli(&dir, &["validate", &good]);
    assert_eq!((status, out.as_str(), err.as_str()), (0, "", ""));
    // An i64 result where the type says i32: the `end` of the body, at offset 0x1c.
    let bad = dir.join("bad.wasm");
    let bytes = wat::parse_str("(module (func (result i32) i64.const 1))").unwrap();
    std::fs::write(&bad, &bytes).unwrap();
    let (status, out, err) = cli(&dir, &["validate", bad.to_str().unwrap()]);
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(err.starts_with(&format!("error: {}: error at offset 0x", bad.display())), "{err}");
    assert!(err.contains("type mismatch"), "{err}");
    // Malformed text: one line, with the line and column.
    let text = write(&dir, "bad.wat", "(module\n  (func (result i32)");
    let (status, _, err) = cli(&dir, &["validate", &text]);
    assert_eq!(status, 1);
    assert!(err.starts_with(&format!("error: {text}:2:")) && err.lines().count() == 1, "{err}");
    // A module that does not link names its file.
    let unlinked = write(&dir, "unlinked.wat", r#"(module (import "nowhere" "f" (func)))"#);
    let (status, _, err) = cli(&dir, &["run", &unlinked]);
    assert_eq!(status, 1);
    assert_eq!(err.trim(), format!("error: {unlinked}: import nowhere::f: unknown module"));
    let (status, _, err) = cli(&dir, &["validate", "no-such-file.wasm"]);
    assert_eq!(status, 1);
    assert!(err.contains("cannot read no-such-file.wasm"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn wast_prints_a_line_per_file_and_fails_on_a_failed_check() {
    let dir = scratch("wast");
    let pass = write(
        &dir,
        "pass.wast",
        r#"(module (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
           (assert_return (invoke "add" (i32.const 2) (i32.const 3)) (i32.const 5))
           (assert_trap (module (func $f unreachable) (start $f)) "unreachable")
           (assert_invalid (module (func (result i32))) "type mismatch")"#,
    );
    let fail = write(
        &dir,
        "fail.wast",
        r#"(module (func (export "one") (result i32) (i32.const 1)))
           (assert_return (invoke "one") (i32.const 2))"#,
    );
    let (status, out, err) = cli(&dir, &["wast", &pass]);
    assert_eq!(status, 0, "{out}{err}");
    assert_eq!(out, format!("pass {pass}: 4 passed, 0 failed\n"));
    let (status, out, _) = cli(&dir, &["wast", &pass, &fail]);
    assert_eq!(status, 1);
    assert!(out.contains(&format!("pass {pass}: 4 passed, 0 failed\n")), "{out}");
    assert!(out.contains(&format!("FAIL {fail}: 1 passed, 1 failed\n")), "{out}");
    assert!(out.contains(&format!("{fail}:2: got [I32(1)]")), "{out}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn inspect_shows_code_with_operators_for_both_isas() {
    let dir = scratch("inspect");
    let module = write(&dir, "m.wat", MODULE);
    let (status, out, err) = cli(&dir, &["inspect", &module, "--function", "fib", "--target", "x86_64"]);
    assert_eq!(status, 0, "{err}");
    assert!(out.starts_with("function 0 \"fib\" (x86_64, "), "{out}");
    assert!(out.contains(";; @") && out.contains("I32LtU") && out.contains("Call { function_index: 0 }"), "{out}");
    assert!(out.contains("push rbp") && out.contains("; call function 0"), "{out}");
    let (status, out, err) = cli(&dir, &["inspect", &module, "--function", "0", "--target", "aarch64"]);
    assert_eq!(status, 0, "{err}");
    assert!(out.starts_with("function 0 \"fib\" (aarch64, "), "{out}");
    assert!(out.contains("stp x29, x30") && out.contains("bl $+0x0    ; call function 0"), "{out}");
    // Every function, on the host's ISA.
    let (status, out, _) = cli(&dir, &["inspect", &module]);
    assert_eq!(status, 0);
    for name in ["\"fib\"", "\"spin\"", "\"grow\"", "\"trap\""] {
        assert!(out.contains(name), "{name} listed: {out}");
    }
    let (status, _, err) = cli(&dir, &["inspect", &module, "--function", "nosuch"]);
    assert_eq!(status, 1);
    assert!(err.contains("no function named \"nosuch\""), "{err}");
    let (status, _, err) = cli(&dir, &["inspect", &module, "--function", "9"]);
    assert_eq!(status, 1);
    assert!(err.contains("no function 9"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// A reader that stops early (`onepass inspect big.wasm | head`) ends the listing: exit
/// status 0 and nothing on stderr, not a panic on the closed pipe. The same for `wast`,
/// whose exit status still counts every file.
#[test]
fn output_to_a_closed_pipe_ends_quietly() {
    let dir = scratch("closed-pipe");
    // Enough functions that the listing is far larger than a pipe's buffer (64 KiB).
    let funcs: String = (0..400)
        .map(|i| format!("(func (export \"f{i}\") (param i64) (result i64) (i64.mul (local.get 0) (i64.const {i})))"))
        .collect();
    let module = write(&dir, "big.wat", &format!("(module {funcs})"));
    let (status, first, err) = cli_read_first(&dir, &["inspect", &module], 100);
    assert!(first.starts_with(b"function 0 "), "{}", String::from_utf8_lossy(&first));
    assert_eq!((status, err.as_str()), (0, ""));
    // 300 lines of more than 250 bytes each (a long file name), past the pipe's buffer.
    let name = format!("{}.wast", "w".repeat(200));
    let wast = write(
        &dir,
        &name,
        "(module (func (export \"f\") (result i32) (i32.const 1)))\n(assert_return (invoke \"f\") (i32.const 1))\n",
    );
    let args: Vec<&str> = std::iter::once("wast").chain(std::iter::repeat(wast.as_str()).take(300)).collect();
    let (status, first, err) = cli_read_first(&dir, &args, 10);
    assert!(first.starts_with(b"pass "), "{}", String::from_utf8_lossy(&first));
    assert_eq!((status, err.as_str()), (0, ""));
    std::fs::remove_dir_all(dir).unwrap();
}

/// A wasi-threads program (tests/threads/wasi_threads.wat): `onepass run` gives it the
/// shared memory it imports and `thread-spawn`; four threads update one counter under a
/// wait/notify mutex, eagerly and lazily compiled.
#[test]
fn run_a_wasi_threads_program() {
    let dir = scratch("wasi_threads");
    let program = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/threads/wasi_threads.wat");
    for lazy in [&[][..], &["--lazy"][..]] {
        let mut args = vec!["run"];
        args.extend_from_slice(lazy);
        args.push(program);
        let (status, out, err) = cli(&dir, &args);
        assert_eq!((status, out.as_str()), (0, "counter 10000\ntids 10\n"), "{args:?}: {err}");
    }
}
