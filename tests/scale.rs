//! Modules past every size threshold of the compile pipeline, eagerly and lazily, on every
//! ISA (the aarch64 run of this file is under qemu): parallel compilation (16 KB of code
//! eager, 256 KB lazy), many batches per thread, and a function too large for aarch64's
//! 1 MiB conditional-branch reach (compiled again with far branches). Each case runs under
//! a watchdog, so a hang fails the test instead of stalling CI (issue 17: on aarch64 the
//! first helper thread never started, and every such module spun forever).

use onepass::{CompiledModule, ModuleConfig, Runtime, RuntimeConfig};
use std::sync::mpsc;
use std::time::Duration;

/// Longest a case may take (qemu included) before it counts as hung.
const WATCHDOG: Duration = Duration::from_secs(240);

/// Run `case` on its own thread; panic if it neither returns nor panics within [`WATCHDOG`].
fn within_watchdog(name: &str, case: impl FnOnce() + Send + 'static) {
    let (done, finished) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        case();
        let _ = done.send(());
    });
    match finished.recv_timeout(WATCHDOG) {
        Ok(()) => worker.join().expect("case thread"),
        // The case panicked: report its panic.
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            if let Err(panic) = worker.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{name}: no answer within {WATCHDOG:?} (hung)"),
    }
}

/// `f(k, x) = ((x + k) * 3 ^ x) % 7`, as function `k` of [`many_functions`] computes it.
fn expected(k: u32, x: u32) -> u32 {
    (x.wrapping_add(k).wrapping_mul(3) ^ x) % 7
}

/// A module of `count` small functions (the issue's reproduction, exported), plus `main`,
/// which calls the last one with 5.
fn many_functions(count: u32) -> Vec<u8> {
    let mut text = String::from("(module");
    for k in 0..count {
        text.push_str(&format!(
            "(func $f{k} (export \"f{k}\") (param i32) (result i32) local.get 0 i32.const {k} i32.add \
             i32.const 3 i32.mul local.get 0 i32.xor i32.const 7 i32.rem_u)"
        ));
    }
    text.push_str(&format!("(func (export \"main\") (result i32) i32.const 5 call $f{})", count - 1));
    text.push(')');
    wat::parse_str(&text).expect("generated module parses")
}

/// Compile and instantiate `bytes` in the given mode and check a spread of functions.
fn check_many(bytes: &[u8], count: u32, lazy: bool) {
    let rt = Runtime::with_config(RuntimeConfig::new().with_lazy_compilation(lazy));
    let m = rt.instantiate(bytes).expect("instantiates");
    for k in [0, 1, count / 3, count / 2, count - 2, count - 1] {
        let f = m.exported_function(&format!("f{k}")).unwrap().typed::<u32, u32>().unwrap();
        for x in [0, 5, 0xdead_beef] {
            assert_eq!(f.call(x).unwrap(), expected(k, x), "f{k}({x}), lazy {lazy}");
        }
    }
    let main = m.exported_function("main").unwrap().typed::<(), u32>().unwrap();
    assert_eq!(main.call(()).unwrap(), expected(count - 1, 5));
}

#[test]
fn past_the_eager_parallel_threshold() {
    // About 60 KB of code: parallel in eager mode, on the calling thread in lazy mode.
    let bytes = many_functions(3000);
    assert!(bytes.len() > 16 * 1024 && bytes.len() < 256 * 1024, "{}", bytes.len());
    within_watchdog("3000 functions", move || {
        check_many(&bytes, 3000, false);
        check_many(&bytes, 3000, true);
    });
}

#[test]
fn past_the_lazy_parallel_threshold_in_many_batches() {
    // About 600 KB of code: parallel in both modes, in many batches per thread (a batch is
    // at most 64 KB).
    let bytes = many_functions(30_000);
    assert!(bytes.len() > 512 * 1024, "{}", bytes.len());
    within_watchdog("30000 functions", move || {
        check_many(&bytes, 30_000, false);
        check_many(&bytes, 30_000, true);
    });
}

/// One function whose loop body is `steps` increments of a local, so its code (well over
/// 1 MiB on aarch64) must branch around it with far branches: `loop(n)` adds `steps` per
/// iteration for `n` iterations.
fn huge_function(steps: usize) -> Vec<u8> {
    let mut text = String::from(
        "(module (func (export \"loop\") (param i32) (result i32) (local i32)
           (block $done (loop $again
             (br_if $done (i32.eqz (local.get 0)))",
    );
    text.push_str(&" local.get 1 i32.const 1 i32.add local.set 1".repeat(steps));
    text.push_str(
        " (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
             (br $again)))
           (local.get 1)))",
    );
    wat::parse_str(&text).expect("generated module parses")
}

/// Bytes of machine code in `compiled` (from its `Debug` form).
fn code_bytes(compiled: &CompiledModule) -> usize {
    let text = format!("{compiled:?}");
    let digits = text.split("code_bytes: ").nth(1).expect("Debug shows code_bytes");
    digits.chars().take_while(char::is_ascii_digit).collect::<String>().parse().expect("a number")
}

#[test]
fn a_function_past_the_reach_of_near_branches() {
    let steps = 300_000;
    let bytes = huge_function(steps);
    assert!(bytes.len() > 1024 * 1024, "{}", bytes.len());
    within_watchdog("huge function", move || {
        for lazy in [false, true] {
            let rt = Runtime::with_config(RuntimeConfig::new().with_lazy_compilation(lazy));
            let compiled = rt.compile_module(&bytes).expect("compiles");
            if !lazy {
                let code_bytes = code_bytes(&compiled);
                assert!(code_bytes > 1024 * 1024, "past the near-branch reach: {code_bytes} bytes of code");
            }
            let m = rt.instantiate_module(&compiled, ModuleConfig::new()).expect("instantiates");
            let f = m.exported_function("loop").unwrap().typed::<u32, u32>().unwrap();
            assert_eq!(f.call(0).unwrap(), 0);
            assert_eq!(f.call(3).unwrap(), 3 * steps as u32, "lazy {lazy}");
        }
    });
}

/// Resident memory of this process in bytes (Linux `/proc/self/statm`).
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("statm");
    let pages: u64 = statm.split_whitespace().nth(1).expect("resident field").parse().expect("a number");
    pages * 4096
}

/// A 64-bit memory larger than 4 GiB (issue 20): data stored above 4 GiB reads back
/// through an index, through an offset of 2^32, and through the embedding API; the memory
/// grows past that; an access at the size traps. Only the touched pages become resident.
#[test]
fn memory64_above_4_gib() {
    within_watchdog("memory64_above_4_gib", || {
        let wat = r#"(module
          (memory (export "mem") i64 65540 70000)
          (func (export "store") (param i64 i64) (i64.store (local.get 0) (local.get 1)))
          (func (export "load") (param i64) (result i64) (i64.load (local.get 0)))
          (func (export "load_far") (param i64) (result i64) (i64.load offset=0x100000000 (local.get 0)))
          (func (export "grow") (param i64) (result i64) (memory.grow (local.get 0)))
          (func (export "size") (result i64) (memory.size)))"#;
        let bytes = wat::parse_str(wat).expect("wat");
        for lazy in [false, true] {
            let features = onepass::CoreFeatures::V2 | onepass::CoreFeatures::MEMORY64;
            let runtime =
                Runtime::with_config(RuntimeConfig::new().with_core_features(features).with_lazy_compilation(lazy));
            let before = resident_bytes();
            let module = runtime.instantiate(&bytes).expect("instantiate a 4 GiB + 256 KiB memory");
            let call = |name: &str, args: &[onepass::Val]| module.exported_function(name).expect(name).call(args);
            use onepass::Val::I64;
            let above = 0x1_0000_1000i64;
            let size = 65540i64 * 65536;
            call("store", &[I64(above), I64(0x0123_4567_89ab_cdef)]).expect("store above 4 GiB");
            call("store", &[I64(size - 8), I64(-2)]).expect("store the last 8 bytes");
            assert_eq!(call("load", &[I64(above)]).expect("load"), vec![I64(0x0123_4567_89ab_cdef)]);
            assert_eq!(call("load_far", &[I64(0x1000)]).expect("load"), vec![I64(0x0123_4567_89ab_cdef)]);
            assert_eq!(call("load", &[I64(size - 8)]).expect("load"), vec![I64(-2)]);
            let trap = call("load", &[I64(size - 7)]).expect_err("one byte past the end");
            assert!(trap.to_string().contains("out of bounds memory access"), "{trap}");
            let trap = call("load_far", &[I64(size - 0x1_0000_0000)]).expect_err("past the end by an offset");
            assert!(trap.to_string().contains("out of bounds memory access"), "{trap}");
            let memory = module.exported_memory("mem").expect("memory");
            assert!(memory.is_64bit());
            assert_eq!(memory.size() as i64, size);
            let mut word = [0u8; 8];
            assert!(memory.read(above as u64, &mut word));
            assert_eq!(u64::from_le_bytes(word), 0x0123_4567_89ab_cdef);
            assert!(memory.write(above as u64 + 8, &7u64.to_le_bytes()));
            assert_eq!(call("load", &[I64(above + 8)]).expect("load"), vec![I64(7)]);
            assert_eq!(call("grow", &[I64(4)]).expect("grow"), vec![I64(65540)]);
            assert_eq!(call("size", &[]).expect("size"), vec![I64(65544)]);
            assert_eq!(call("load", &[I64(size - 7)]).expect("load after growth"), vec![I64(0x00ff_ffff_ffff_ffff)]);
            assert_eq!(call("grow", &[I64(70000)]).expect("grow"), vec![I64(-1)]);
            let grown = resident_bytes().saturating_sub(before);
            assert!(grown < 256 << 20, "a few touched pages made {grown} bytes resident");
        }
    });
}
