//! WASI: small C programs of ours (tests/wasi/*.c, built by tests/wasi/build.sh and
//! committed as .wasm) run through the API and through `onepass run`, plus hostile
//! pointers and lengths that must come back as errno values.

#[path = "common/cli.rs"]
mod cli_runner;
mod common;

use cli_runner::cli;
use common::Capture;
use onepass::{Error, ModuleConfig, Runtime, StdStream, TrapCode};
use std::path::{Path, PathBuf};
use std::process::Command;

fn program(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wasi").join(format!("{name}.wasm"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Run `name` as a WASI command with `config` (stdout captured); the outcome and output.
fn run(name: &str, config: ModuleConfig) -> (Result<(), Error>, String) {
    let rt = Runtime::new();
    onepass::wasi::instantiate(&rt).unwrap();
    let out = Capture::default();
    let compiled = rt.compile_module(&program(name)).unwrap();
    let result = rt.instantiate_module(&compiled, config.with_stdout(out.writer())).map(|_| ());
    (result, out.text())
}

/// A fresh directory with `sandbox/` and a file beside it that the guest must not reach.
fn scratch(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("onepass-wasi-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sandbox")).unwrap();
    std::fs::write(dir.join("outside.txt"), "secret\n").unwrap();
    dir
}

const FILES_EXPECTED: &str = "mkdir: ok
create: ok
read: ok
content: hello, file
stat size 12: ok
seek and write: ok
rename: ok
entry: renamed.txt
symlink: ok
read through link: ok
content: hello, FILE
escape with ..: Capabilities insufficient
escape absolute: Capabilities insufficient
symlink up: ok
escape through symlink: Capabilities insufficient
symlink absolute: Capabilities insufficient
escape through absolute symlink: No such file or directory
unlink links: ok
unlink: ok
rmdir: ok
";

fn check_sandbox_untouched(dir: &Path) {
    assert_eq!(std::fs::read_to_string(dir.join("outside.txt")).unwrap(), "secret\n");
    assert_eq!(std::fs::read_dir(dir.join("sandbox")).unwrap().count(), 0, "the guest cleaned up");
}

#[test]
fn arguments_environment_and_exit_code() {
    let config = ModuleConfig::new().with_args(["prog", "one", "two"]).with_env("GREETING", "hello");
    let (result, out) = run("args_env", config);
    assert_eq!(out, "arg 0: prog\narg 1: one\narg 2: two\nGREETING=hello\n");
    assert!(matches!(result, Err(Error::Exit(3))), "{result:?}");
    let (result, out) = run("args_env", ModuleConfig::new().with_args(["only"]));
    assert_eq!(out, "arg 0: only\nGREETING=(unset)\n");
    assert!(matches!(result, Err(Error::Exit(1))), "{result:?}");
}

#[test]
fn files_and_directories_stay_inside_the_preopen() {
    let dir = scratch("api");
    let config = ModuleConfig::new().with_args(["files"]).with_dir(dir.join("sandbox"), "sandbox");
    let (result, out) = run("files", config);
    assert_eq!(out, FILES_EXPECTED);
    assert!(result.is_ok(), "{result:?}");
    check_sandbox_untouched(&dir);
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn clocks_sleep_and_random() {
    let (result, out) = run("clock_random", ModuleConfig::new());
    assert_eq!(out, "realtime after 2020: yes\nslept at least 20ms: yes\nrandom differs: yes\n");
    assert!(result.is_ok(), "{result:?}");
}

#[test]
fn exits_and_traps() {
    let (result, out) = run("exit_trap", ModuleConfig::new().with_args(["p", "exit", "7"]));
    assert!(matches!(result, Err(Error::Exit(7))), "{result:?}");
    assert_eq!(out, "");
    let (result, out) = run("exit_trap", ModuleConfig::new().with_args(["p"]));
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(out, "nothing to do\n");
    let (result, _) = run("exit_trap", ModuleConfig::new().with_args(["p", "trap"]));
    let Err(Error::Start { source, .. }) = result else { panic!("expected a failed start: {result:?}") };
    let Error::Trap(trap) = *source else { panic!("expected a trap: {source:?}") };
    assert_eq!(trap.code, TrapCode::Unreachable);
    assert!(trap.backtrace.iter().any(|f| f.ends_with("crash_here")), "{:?}", trap.backtrace);
}

#[test]
fn bad_pointers_and_lengths_are_errno_values() {
    let rt = Runtime::new();
    onepass::wasi::instantiate(&rt).unwrap();
    let wasm = wat::parse_str(
        r#"(module
          (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "random_get" (func $random_get (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_open"
            (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
          (memory (export "memory") 1)
          (func (export "iovs_out_of_bounds") (result i32) (call $fd_write (i32.const 1) (i32.const 65530) (i32.const 4) (i32.const 0)))
          (func (export "buffer_out_of_bounds") (result i32)
            (i32.store (i32.const 0) (i32.const 65000)) (i32.store (i32.const 4) (i32.const 4096))
            (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 16)))
          (func (export "huge_iovec_count") (result i32) (call $fd_write (i32.const 1) (i32.const 0) (i32.const -1) (i32.const 16)))
          (func (export "args_out_of_bounds") (result i32) (call $args_get (i32.const -4) (i32.const 0)))
          (func (export "random_too_long") (result i32) (call $random_get (i32.const 0) (i32.const -1)))
          (func (export "path_out_of_bounds") (result i32)
            (call $path_open (i32.const 3) (i32.const 0) (i32.const 65535) (i32.const 100) (i32.const 0)
              (i64.const 0) (i64.const 0) (i32.const 0) (i32.const 0)))
          (func (export "bad_fd") (result i32) (call $fd_read (i32.const 99) (i32.const 0) (i32.const 0) (i32.const 0))))"#,
    )
    .unwrap();
    let compiled = rt.compile_module(&wasm).unwrap();
    let module = rt.instantiate_module(&compiled, ModuleConfig::new().with_args(["prog"])).unwrap();
    const EFAULT: i32 = 21;
    const EBADF: i32 = 8;
    for (name, errno) in [
        ("iovs_out_of_bounds", EFAULT),
        ("buffer_out_of_bounds", EFAULT),
        ("huge_iovec_count", EFAULT),
        ("args_out_of_bounds", EFAULT),
        ("random_too_long", EFAULT),
        ("path_out_of_bounds", EFAULT),
        ("bad_fd", EBADF),
    ] {
        let f = module.exported_function(name).unwrap().typed::<(), i32>().unwrap();
        assert_eq!(f.call(()).unwrap(), errno, "{name}");
    }
}

#[test]
fn a_missing_preopen_is_an_instantiation_error() {
    let rt = Runtime::new();
    onepass::wasi::instantiate(&rt).unwrap();
    let compiled = rt.compile_module(&program("args_env")).unwrap();
    let config = ModuleConfig::new().with_name("p").with_dir("/nonexistent/onepass", "x");
    match rt.instantiate_module(&compiled, config) {
        Err(Error::Instantiate(message)) => assert!(message.contains("/nonexistent/onepass"), "{message}"),
        other => panic!("expected an instantiation error, got {other:?}"),
    }
    // The name was released (with no arguments at all, the program returns 0).
    assert!(rt.instantiate_module(&compiled, ModuleConfig::new().with_name("p")).is_ok());
}

/// A generated module of 3,000 small functions (well past the parallel-compilation
/// threshold) answers through the CLI: on aarch64 it spun forever before issue 17's fix.
#[test]
fn the_cli_runs_a_module_compiled_in_parallel() {
    let dir = scratch("cli-large");
    let mut text = String::from("(module");
    for k in 0..3000 {
        text.push_str(&format!(
            "(func $f{k} (param i32) (result i32) local.get 0 i32.const {k} i32.add i32.const 3 i32.mul \
             local.get 0 i32.xor i32.const 7 i32.rem_u)"
        ));
    }
    text.push_str("(func (export \"main\") (param i32) (result i32) local.get 0 call $f2999))");
    let path = dir.join("many.wat");
    std::fs::write(&path, text).unwrap();
    for x in [5u32, 1000] {
        let (status, out, err) = cli(&dir, &["run", "--invoke", "main", path.to_str().unwrap(), &x.to_string()]);
        assert_eq!(status, 0, "{err}");
        assert_eq!(out.trim(), (((x + 2999) * 3 ^ x) % 7).to_string());
    }
    let (status, _, err) = cli(&dir, &["run", "--invoke", "nosuch", path.to_str().unwrap()]);
    assert_ne!(status, 0);
    assert!(err.contains("nosuch"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_cli_runs_commands_with_args_env_dirs_and_exit_status() {
    let dir = scratch("cli");
    let wasm = |n: &str| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/wasi/{n}.wasm"));
    let args_env = wasm("args_env");
    let (status, out, _) = cli(&dir, &["run", "--env", "GREETING=hey", args_env.to_str().unwrap(), "x"]);
    assert_eq!(status, 2);
    assert!(out.ends_with("arg 1: x\nGREETING=hey\n"), "{out}");
    let files = wasm("files");
    let (status, out, err) = cli(&dir, &["run", "--dir", "sandbox", files.to_str().unwrap()]);
    assert_eq!((status, out.as_str()), (0, FILES_EXPECTED), "{err}");
    check_sandbox_untouched(&dir);
    let clock_random = wasm("clock_random");
    let (status, out, err) = cli(&dir, &["run", clock_random.to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    assert_eq!(out, "realtime after 2020: yes\nslept at least 20ms: yes\nrandom differs: yes\n");
    let exit_trap = wasm("exit_trap");
    let (status, _, _) = cli(&dir, &["run", exit_trap.to_str().unwrap(), "exit", "42"]);
    assert_eq!(status, 42);
    let (status, _, err) = cli(&dir, &["run", exit_trap.to_str().unwrap(), "trap"]);
    assert_eq!(status, 1, "a trap is an error (never 128+signal)");
    assert!(err.contains("unreachable") && err.contains("crash_here"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// CoreMark from the PyPI package `wasure` validates under `onepass run`. Needs the
/// benchmark inputs (`benches/fetch-inputs.sh`), so it is run on request:
/// `cargo test --release --test wasi -- --ignored`.
#[test]
#[ignore]
fn coremark_validates_under_onepass_run() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let coremark = root.join("target/bench-inputs/wasure/coremark/coremark.wasm");
    if !coremark.exists() {
        let status = Command::new(root.join("benches/fetch-inputs.sh")).status().expect("fetch script runs");
        assert!(status.success());
    }
    let (status, out, err) = cli(&root, &["run", coremark.to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("Correct operation validated."), "{out}");
}

/// An echo server in WAT: it polls preopened socket 3 until a connection waits, accepts it,
/// receives until the peer shuts its side (`RECV_WAITALL`), sends the bytes back, shuts
/// down and returns. Each failing step exits with its own code (10 + step).
const ECHO: &str = r#"(module
  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_accept" (func $accept (param i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_recv" (func $recv (param i32 i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_send" (func $send (param i32 i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "sock_shutdown" (func $shutdown (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_close" (func $close (param i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
  (memory (export "memory") 1)
  (func $check (param $ok i32) (param $step i32)
    (if (i32.eqz (local.get $ok)) (then (call $exit (i32.add (i32.const 10) (local.get $step))))))
  (func (export "_start") (local $conn i32)
    ;; Subscription at 128: userdata 7, FD_READ on descriptor 3; the event goes to 256.
    (i64.store (i32.const 128) (i64.const 7))
    (i32.store8 (i32.const 136) (i32.const 1))
    (i32.store (i32.const 144) (i32.const 3))
    (call $check (i32.eqz (call $poll (i32.const 128) (i32.const 256) (i32.const 1) (i32.const 300))) (i32.const 0))
    (call $check (i32.eq (i32.load (i32.const 300)) (i32.const 1)) (i32.const 1))
    (call $check (i64.eq (i64.load (i32.const 256)) (i64.const 7)) (i32.const 2))
    (call $check (i32.eqz (i32.load16_u (i32.const 264))) (i32.const 3))
    ;; A file descriptor that is not a socket, and one that is not open.
    (call $check (i32.eq (call $shutdown (i32.const 1) (i32.const 3)) (i32.const 57)) (i32.const 4))
    (call $check (i32.eq (call $shutdown (i32.const 99) (i32.const 3)) (i32.const 8)) (i32.const 5))
    (call $check (i32.eqz (call $accept (i32.const 3) (i32.const 0) (i32.const 16))) (i32.const 6))
    (local.set $conn (i32.load (i32.const 16)))
    ;; iovec at 0: 64 bytes at 64.
    (i32.store (i32.const 0) (i32.const 64))
    (i32.store (i32.const 4) (i32.const 64))
    (call $check (i32.eqz (call $recv (local.get $conn) (i32.const 0) (i32.const 1) (i32.const 2)
                                      (i32.const 20) (i32.const 24))) (i32.const 7))
    (i32.store (i32.const 4) (i32.load (i32.const 20)))
    (call $check (i32.eqz (call $send (local.get $conn) (i32.const 0) (i32.const 1) (i32.const 0) (i32.const 28)))
                 (i32.const 8))
    (call $check (i32.eq (i32.load (i32.const 28)) (i32.load (i32.const 20))) (i32.const 9))
    (call $check (i32.eqz (call $shutdown (local.get $conn) (i32.const 2))) (i32.const 10))
    (call $check (i32.eqz (call $close (local.get $conn))) (i32.const 11))))"#;

/// Send `message` to `addr` (retrying the connection for up to a minute while the server
/// starts), shut the write side, and return what comes back.
fn echo_through(addr: std::net::SocketAddr, message: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut stream = loop {
        match std::net::TcpStream::connect(addr) {
            Ok(s) => break s,
            Err(e) if std::time::Instant::now() < deadline => {
                let _ = e;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(e) => panic!("cannot connect to {addr}: {e}"),
        }
    };
    stream.write_all(message).unwrap();
    stream.shutdown(std::net::Shutdown::Write).unwrap();
    let mut reply = Vec::new();
    stream.read_to_end(&mut reply).unwrap();
    reply
}

/// A guest accepts a connection on a preopened listening socket, through the API and
/// through `onepass run --tcplisten`.
#[test]
fn a_guest_serves_a_connection_on_a_preopened_socket() {
    let wasm = wat::parse_str(ECHO).unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let runtime = Runtime::new();
    onepass::wasi::instantiate(&runtime).unwrap();
    let compiled = runtime.compile_module(&wasm).unwrap();
    let server = std::thread::spawn(move || {
        runtime.instantiate_module(&compiled, ModuleConfig::new().with_tcp_listener(listener)).map(|_| ())
    });
    assert_eq!(echo_through(addr, b"ping over wasi"), b"ping over wasi");
    server.join().unwrap().expect("the guest returns normally");

    // The CLI, on a port that was free a moment ago.
    let dir = scratch("cli-socket");
    let module = dir.join("echo.wat");
    std::fs::write(&module, ECHO).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen = format!("127.0.0.1:{port}");
    let (cli_dir, module) = (dir.clone(), module.to_str().unwrap().to_string());
    let server = std::thread::spawn(move || cli(&cli_dir, &["run", "--tcplisten", &listen, &module]));
    assert_eq!(echo_through(([127, 0, 0, 1], port).into(), b"and through the CLI"), b"and through the CLI");
    let (status, _, err) = server.join().unwrap();
    assert_eq!(status, 0, "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

/// Injected clocks, sleep and random source make a guest deterministic: it reads the wall
/// and monotonic clocks, sleeps through `poll_oneoff` and draws random bytes, and sees
/// exactly what the embedder gave.
#[test]
fn injected_clocks_sleep_and_randomness_are_what_the_guest_sees() {
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;
    let wasm = wat::parse_str(
        r#"(module
          (import "wasi_snapshot_preview1" "clock_time_get" (func $time (param i32 i64 i32) (result i32)))
          (import "wasi_snapshot_preview1" "random_get" (func $random (param i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))
          (memory (export "memory") 1)
          (func (export "time") (param $clock i32) (result i64)
            (drop (call $time (local.get $clock) (i64.const 1) (i32.const 0)))
            (i64.load (i32.const 0)))
          (func (export "random") (result i64)
            (drop (call $random (i32.const 8) (i32.const 8)))
            (i64.load (i32.const 8)))
          ;; Sleep 5 s on the monotonic clock: subscription at 64, event at 128.
          (func (export "sleep") (result i32)
            (i64.store (i32.const 64) (i64.const 1))
            (i32.store8 (i32.const 72) (i32.const 0))
            (i32.store (i32.const 80) (i32.const 1))
            (i64.store (i32.const 88) (i64.const 5000000000))
            (call $poll (i32.const 64) (i32.const 128) (i32.const 1) (i32.const 192))))"#,
    )
    .unwrap();
    let runtime = Runtime::new();
    onepass::wasi::instantiate(&runtime).unwrap();
    let mono = Arc::new(AtomicU64::new(1_000));
    let slept = Arc::new(AtomicU64::new(0));
    let (mono_read, mono_sleep, slept_log) = (mono.clone(), mono.clone(), slept.clone());
    let random: onepass::SharedReader = Arc::new(std::sync::Mutex::new(std::io::Cursor::new(vec![7u8; 16])));
    let config = ModuleConfig::new()
        .with_walltime(Arc::new(|| 1_700_000_000_000_000_000))
        .with_nanotime(Arc::new(move || mono_read.load(Ordering::SeqCst)))
        .with_nanosleep(Arc::new(move |nanos| {
            slept_log.fetch_add(nanos, Ordering::SeqCst);
            mono_sleep.fetch_add(nanos, Ordering::SeqCst);
        }))
        .with_rand_source(random);
    let started = std::time::Instant::now();
    let module = runtime.instantiate_with_config(&wasm, config).unwrap();
    let call = |name: &str, args: &[onepass::Val]| module.exported_function(name).unwrap().call(args).unwrap();
    use onepass::Val;
    assert_eq!(call("time", &[Val::I32(0)]), vec![Val::I64(1_700_000_000_000_000_000)]);
    assert_eq!(call("time", &[Val::I32(1)]), vec![Val::I64(1_000)]);
    assert_eq!(call("random", &[]), vec![Val::I64(0x0707_0707_0707_0707)]);
    assert_eq!(call("sleep", &[]), vec![Val::I32(0)]);
    assert_eq!(slept.load(Ordering::SeqCst), 5_000_000_000, "the whole sleep went to the hook");
    assert_eq!(call("time", &[Val::I32(1)]), vec![Val::I64(5_000_001_000)]);
    assert!(started.elapsed() < std::time::Duration::from_secs(4), "the thread never slept");
    // The source had 16 bytes: a second draw takes the last 8.
    assert_eq!(call("random", &[]), vec![Val::I64(0x0707_0707_0707_0707)]);
}

#[test]
fn a_read_only_directory_can_be_read_but_not_changed() {
    let wasm = wat::parse_str(
        r#"(module
          (import "wasi_snapshot_preview1" "path_open"
            (func $open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_read" (func $read (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_unlink_file" (func $unlink (param i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_create_directory" (func $mkdir (param i32 i32 i32) (result i32)))
          (import "wasi_snapshot_preview1" "path_rename" (func $rename (param i32 i32 i32 i32 i32 i32) (result i32)))
          (memory (export "memory") 1)
          (data (i32.const 0) "data.txt")
          (data (i32.const 16) "new.txt")
          (data (i32.const 32) "sub")
          ;; path_open(3, "data.txt" or "new.txt", oflags, all rights, fdflags): errno; fd at 100.
          (func (export "open") (param $new i32) (param $oflags i32) (param $fdflags i32) (result i32)
            (call $open (i32.const 3) (i32.const 0) (select (i32.const 16) (i32.const 0) (local.get $new))
              (select (i32.const 7) (i32.const 8) (local.get $new)) (local.get $oflags)
              (i64.const -1) (i64.const -1) (local.get $fdflags) (i32.const 100)))
          ;; Read up to 64 bytes of the fd at 100 to 200: errno, count at 104.
          (func (export "read") (result i32)
            (i32.store (i32.const 300) (i32.const 200)) (i32.store (i32.const 304) (i32.const 64))
            (call $read (i32.load (i32.const 100)) (i32.const 300) (i32.const 1) (i32.const 104)))
          (func (export "count") (result i32) (i32.load (i32.const 104)))
          (func (export "write") (result i32)
            (i32.store (i32.const 300) (i32.const 32)) (i32.store (i32.const 304) (i32.const 3))
            (call $write (i32.load (i32.const 100)) (i32.const 300) (i32.const 1) (i32.const 104)))
          (func (export "unlink") (result i32) (call $unlink (i32.const 3) (i32.const 0) (i32.const 8)))
          (func (export "mkdir") (result i32) (call $mkdir (i32.const 3) (i32.const 32) (i32.const 3)))
          (func (export "rename") (result i32)
            (call $rename (i32.const 3) (i32.const 0) (i32.const 8) (i32.const 3) (i32.const 16) (i32.const 7))))"#,
    )
    .unwrap();
    const NOTCAPABLE: i32 = 76;
    const CREAT: i32 = 1;
    const TRUNC: i32 = 8;
    const APPEND: i32 = 1;
    for read_only in [true, false] {
        let dir = scratch(if read_only { "ro" } else { "rw" }).join("sandbox");
        std::fs::write(dir.join("data.txt"), "kept as it is\n").unwrap();
        let runtime = Runtime::new();
        onepass::wasi::instantiate(&runtime).unwrap();
        let config = match read_only {
            true => ModuleConfig::new().with_readonly_dir(&dir, "/"),
            false => ModuleConfig::new().with_dir(&dir, "/"),
        };
        let module = runtime.instantiate_with_config(&wasm, config).unwrap();
        let call = |name: &str, args: &[i32]| -> i32 {
            let args: Vec<onepass::Val> = args.iter().map(|&a| onepass::Val::I32(a)).collect();
            match module.exported_function(name).unwrap().call(&args).unwrap()[..] {
                [onepass::Val::I32(r)] => r,
                ref other => panic!("{other:?}"),
            }
        };
        // Reading works either way.
        assert_eq!(call("open", &[0, 0, 0]), 0);
        assert_eq!((call("read", &[]), call("count", &[])), (0, 14));
        let denied = if read_only { NOTCAPABLE } else { 0 };
        // A file opened (with every right asked) through a read-only directory cannot write.
        assert_eq!(call("write", &[]), denied, "write, read-only {read_only}");
        assert_eq!(call("open", &[0, 0, APPEND]), 0);
        assert_eq!(call("write", &[]), denied, "append, read-only {read_only}");
        assert_eq!(call("open", &[0, TRUNC, 0]), denied, "truncate");
        assert_eq!(call("open", &[1, CREAT, 0]), denied, "create");
        assert_eq!(call("mkdir", &[]), denied, "mkdir");
        assert_eq!(call("rename", &[]), denied, "rename");
        if read_only {
            assert_eq!(call("unlink", &[]), NOTCAPABLE, "unlink");
            assert_eq!(std::fs::read_to_string(dir.join("data.txt")).unwrap(), "kept as it is\n");
            assert!(!dir.join("new.txt").exists() && !dir.join("sub").exists());
        } else {
            // The same calls change a read-write directory: data.txt, written and then
            // truncated, was renamed over new.txt.
            assert!(dir.join("sub").is_dir() && !dir.join("data.txt").exists());
            assert_eq!(std::fs::read_to_string(dir.join("new.txt")).unwrap(), "");
        }
        std::fs::remove_dir_all(dir.parent().unwrap()).unwrap();
    }
}

#[test]
fn an_in_memory_file_system_reads_like_a_read_only_directory() {
    let files: [(&str, Vec<u8>); 5] = [
        ("docs/readme.txt", b"hello, world\n".to_vec()),
        ("docs/notes/deep.txt", b"down here\n".to_vec()),
        ("empty.txt", Vec::new()),
        ("bin/blob", (0..3000u32).map(|i| (i * 7 % 256) as u8).collect()),
        ("z.txt", b"last\n".to_vec()),
    ];
    let root = scratch("readfs");
    let dir = root.join("sandbox");
    let mut fs = onepass::wasi::MemoryFs::new();
    for (path, contents) in &files {
        let host = dir.join(path);
        std::fs::create_dir_all(host.parent().unwrap()).unwrap();
        std::fs::write(&host, contents).unwrap();
        fs = fs.with_file(path, contents.clone());
    }
    let (host_result, host_out) = run("readfs", ModuleConfig::new().with_readonly_dir(&dir, "/data"));
    let (memory_result, memory_out) = run("readfs", ModuleConfig::new().with_fs(std::sync::Arc::new(fs), "/data"));
    assert!(host_result.is_ok() && memory_result.is_ok(), "{host_result:?} {memory_result:?}");
    assert_eq!(memory_out, host_out, "the in-memory file system reads as the host directory does");
    for line in [
        "dir docs\n  dir notes\n    file deep.txt size 10 read 10",
        "file blob size 3000 read 3000",
        "file empty.txt size 0 read 0",
        "seek end: 13\nseek 6: 6\nread: 5 ' worl'\ntell: 11\npread: 4 'hell'\nwrite: -1 Bad file descriptor",
        "missing: No such file or directory",
        "create: Capabilities insufficient",
        "mkdir: Capabilities insufficient",
        "unlink: Capabilities insufficient",
        "escape: Capabilities insufficient",
        "file as dir: Not a directory",
        "dotdot inside: opened",
    ] {
        assert!(memory_out.contains(line), "{line:?} missing from:\n{memory_out}");
    }
    assert_eq!(std::fs::read(dir.join("docs/readme.txt")).unwrap(), b"hello, world\n");
    std::fs::remove_dir_all(root).unwrap();
}

/// A writer that counts the flushes it gets: onepass flushes once per `fd_write`.
#[derive(Clone, Default)]
struct FlushCounter(std::sync::Arc<std::sync::Mutex<(Vec<u8>, usize)>>);

impl std::io::Write for FlushCounter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().0.extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.lock().unwrap().1 += 1;
        Ok(())
    }
}

/// By default a standard stream is not a terminal, so wasi-libc buffers stdout in blocks
/// (one `fd_write` for the whole output here); `with_terminal` makes it a character device
/// that `isatty` accepts, and stdout goes out line by line.
#[test]
fn standard_streams_are_terminals_only_when_the_embedder_says_so() {
    let rt = Runtime::new();
    onepass::wasi::instantiate(&rt).unwrap();
    let compiled = rt.compile_module(&program("stdio_kind")).unwrap();
    let lines: String = (0..100).map(|i| format!("line {i}\n")).collect();
    let run = |config: ModuleConfig| {
        let out = FlushCounter::default();
        rt.instantiate_module(&compiled, config.with_stdout(std::sync::Arc::new(std::sync::Mutex::new(out.clone()))))
            .unwrap();
        let (bytes, writes) = out.0.lock().unwrap().clone();
        (String::from_utf8(bytes).unwrap(), writes)
    };

    let (text, writes) = run(ModuleConfig::new());
    assert_eq!(text, format!("isatty 0:0 1:0 2:0\n{lines}"));
    assert!(writes <= 2, "{writes} fd_write calls for 101 buffered lines");

    let (text, writes) = run(ModuleConfig::new().with_terminal(StdStream::Stdout));
    assert_eq!(text, format!("isatty 0:0 1:1 2:0\n{lines}"));
    assert_eq!(writes, 101, "a terminal gets one fd_write per line");

    let config = ModuleConfig::new().with_terminal(StdStream::Stdin).with_terminal(StdStream::Stderr);
    let (text, writes) = run(config);
    assert_eq!(text, format!("isatty 0:1 1:0 2:1\n{lines}"));
    assert!(writes <= 2, "{writes}");

    // `onepass run` into pipes: stdout and stderr are not terminals (stdin is the test's
    // own, which may be one).
    let dir = scratch("stdio-kind");
    let wasm = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/wasi/stdio_kind.wasm");
    let (status, out, err) = cli(&dir, &["run", wasm.to_str().unwrap()]);
    assert_eq!(status, 0, "{err}");
    let (first, rest) = out.split_once('\n').unwrap();
    assert!(first.starts_with("isatty 0:") && first.ends_with(" 1:0 2:0"), "{first}");
    assert_eq!(rest, lines);
    std::fs::remove_dir_all(dir).unwrap();
}
