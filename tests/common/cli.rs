//! Running the `onepass` command the way a user does, for the tests that check it
//! (`#[path]`-included: it names the test binary's `CARGO_BIN_EXE_onepass`).
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// Longest a CLI run may take (qemu included) before it counts as hung.
const CLI_WATCHDOG: std::time::Duration = std::time::Duration::from_secs(240);

/// `onepass ARGS` in `dir`: status, stdout, stderr. Under qemu-user (aarch64 tests on
/// an x86-64 host) the binary is started the way a user starts it: directly when the
/// kernel runs aarch64 binaries (hardware, or qemu registered with binfmt), else as
/// `qemu-aarch64 -L /usr/aarch64-linux-gnu onepass ...` (the aarch64 binaries are static,
/// so neither needs the sysroot's libraries). A run that takes longer than
/// [`CLI_WATCHDOG`] is killed and fails the test.
pub fn cli(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let child = spawn(dir, args);
    let output = wait_with_watchdog(child, &format!("onepass {}", args.join(" ")));
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (output.status.code().unwrap_or(-1), text(&output.stdout), text(&output.stderr))
}

/// `onepass ARGS` in `dir` with a reader that stops after the first `bytes` bytes of its
/// standard output and closes the pipe (as `| head -c BYTES` does): status, the bytes
/// read, stderr.
pub fn cli_read_first(dir: &Path, args: &[&str], bytes: usize) -> (i32, Vec<u8>, String) {
    use std::io::Read;
    let mut child = spawn(dir, args);
    let mut first = vec![0u8; bytes];
    child.stdout.take().unwrap().read_exact(&mut first).expect("the first bytes of the output");
    // (The pipe's read end is closed here, with the output unread past `bytes`.)
    let output = wait_with_watchdog(child, &format!("onepass {} | head -c {bytes}", args.join(" ")));
    (output.status.code().unwrap_or(-1), first, String::from_utf8_lossy(&output.stderr).into_owned())
}

/// `onepass ARGS` started in `dir` with its standard output and error piped: directly,
/// or through qemu-user where the kernel cannot run the aarch64 binary (see [`cli`]).
fn spawn(dir: &Path, args: &[&str]) -> std::process::Child {
    let exe = env!("CARGO_BIN_EXE_onepass");
    let mut command = if runs_directly(exe) {
        Command::new(exe)
    } else {
        let mut qemu = Command::new("qemu-aarch64");
        qemu.args(["-L", "/usr/aarch64-linux-gnu", exe]);
        qemu
    };
    command
        .args(args)
        .current_dir(dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run {exe}: {e}"))
}

/// Whether the kernel runs `exe` itself: `--version` answers. (A kernel that cannot run it
/// fails the exec, and the C library may then hand the file to the shell, which fails
/// differently.)
fn runs_directly(exe: &str) -> bool {
    static DIRECT: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *DIRECT.get_or_init(|| Command::new(exe).arg("--version").output().is_ok_and(|o| o.stdout.starts_with(b"onepass ")))
}

/// The child's output, or a panic (after killing it) when it runs past [`CLI_WATCHDOG`].
fn wait_with_watchdog(mut child: std::process::Child, what: &str) -> std::process::Output {
    use std::io::Read;
    let (out, mut err) = (child.stdout.take(), child.stderr.take().unwrap());
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        match out {
            Some(mut out) => out.read_to_end(&mut bytes).map(|_| bytes),
            None => Ok(bytes),
        }
    });
    let err_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        err.read_to_end(&mut bytes).map(|_| bytes)
    });
    let deadline = std::time::Instant::now() + CLI_WATCHDOG;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the CLI") {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: no answer within {CLI_WATCHDOG:?} (hung)");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let stdout = reader.join().unwrap().expect("read stdout");
    let stderr = err_reader.join().unwrap().expect("read stderr");
    std::process::Output { status, stdout, stderr }
}
