//! Compiled artifacts and the compilation cache: serialize/deserialize round trips (eager
//! and lazy, with data, tables, globals, exceptions, traps and names), artifacts refused
//! for every kind of damage or mismatch, cache hits across runtimes, threads and
//! processes, concurrent writers, and damaged entries compiled again.

use onepass::{CacheStats, CompilationCache, CoreFeatures, Error, Runtime, RuntimeConfig, TrapCode, Val};
use std::path::{Path, PathBuf};

/// A module that uses a bit of everything an artifact must carry: imports, a data
/// segment, a table with an element segment, globals (one initialized by an extended
/// constant), direct and indirect calls, an exception caught by `try_table`, a trap, and
/// function names.
const MODULE: &str = r#"(module $sample
  (import "host" "twice" (func $twice (param i32) (result i32)))
  (memory (export "memory") 1)
  (data (i32.const 16) "artifact data")
  (table 4 funcref)
  (elem (i32.const 1) $seven $add)
  (global $counter (mut i32) (i32.add (i32.const 40) (i32.const 2)))
  (tag $oops (param i32))
  (func $seven (result i32) (i32.const 7))
  (func $add (result i32) (i32.add (call $seven) (call $twice (i32.const 5))))
  (func (export "byte") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "indirect") (param i32) (result i32) (call_indirect (result i32) (local.get 0)))
  (func (export "bump") (result i32)
    (global.set $counter (i32.add (global.get $counter) (i32.const 1))) (global.get $counter))
  (func $thrower (param i32) (throw $oops (local.get 0)))
  (func (export "catch") (param i32) (result i32)
    (block $caught (result i32)
      (try_table (catch $oops $caught) (call $thrower (local.get 0)))
      (i32.const -1)))
  (func $deep (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
  (func (export "divide") (param i32) (result i32) (call $deep (local.get 0)))
  (@custom "extra" "custom bytes"))"#;

fn module_bytes() -> Vec<u8> {
    wat::parse_str(MODULE).expect("test module parses")
}

fn config() -> RuntimeConfig {
    RuntimeConfig::new().with_core_features(CoreFeatures::V3)
}

/// A runtime with `config` and the `host` module the sample imports.
fn runtime(config: RuntimeConfig) -> Runtime {
    let rt = Runtime::with_config(config);
    rt.new_host_module_builder("host")
        .func_wrap("twice", |_caller, x: i32| Ok(x * 2))
        .instantiate()
        .expect("host module");
    rt
}

/// Everything the sample does, checked on a module instantiated from `compiled`.
fn check_sample(rt: &Runtime, compiled: &onepass::CompiledModule) {
    let m = rt.instantiate_module(compiled, onepass::ModuleConfig::new().with_name("")).expect("instantiates");
    let call = |name: &str, args: &[Val]| m.exported_function(name).expect(name).call(args);
    assert_eq!(call("byte", &[Val::I32(16)]).unwrap(), vec![Val::I32(b'a' as i32)]);
    assert_eq!(call("byte", &[Val::I32(25)]).unwrap(), vec![Val::I32(b'd' as i32)]);
    assert_eq!(call("indirect", &[Val::I32(1)]).unwrap(), vec![Val::I32(7)]);
    assert_eq!(call("indirect", &[Val::I32(2)]).unwrap(), vec![Val::I32(17)]);
    assert_eq!(call("bump", &[]).unwrap(), vec![Val::I32(43)]);
    assert_eq!(call("catch", &[Val::I32(9)]).unwrap(), vec![Val::I32(9)]);
    match call("divide", &[Val::I32(0)]) {
        Err(Error::Trap(trap)) => {
            assert_eq!(trap.code, TrapCode::IntegerDivideByZero);
            assert!(trap.backtrace.iter().any(|f| f.ends_with("!deep")), "names survive: {:?}", trap.backtrace);
        }
        other => panic!("expected a trap, got {other:?}"),
    }
    match call("indirect", &[Val::I32(0)]) {
        Err(Error::Trap(trap)) => assert_eq!(trap.code, TrapCode::UninitializedElement),
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn a_serialized_module_runs_the_same_in_another_runtime() {
    for lazy in [false, true] {
        let config = config().with_lazy_compilation(lazy);
        let compiled = runtime(config.clone()).compile_module(&module_bytes()).expect("compiles");
        let artifact = compiled.serialize();
        assert!(artifact.starts_with(b"\0onepass"));
        let rt = runtime(config);
        // SAFETY: the artifact was serialized by this process's onepass just above.
        let loaded = unsafe { rt.deserialize_module(&artifact) }.expect("loads");
        assert_eq!(loaded.name(), Some("sample"));
        assert_eq!(loaded.exports().count(), compiled.exports().count());
        check_sample(&rt, &loaded);
        check_sample(&rt, &loaded);
        // Serializing a loaded module gives the same bytes.
        assert_eq!(loaded.serialize(), artifact, "lazy: {lazy}");
        // Through a file, whose code is mapped rather than copied.
        let file = std::env::temp_dir().join(format!("onepass-cache-test-{lazy}-{}.cwasm", std::process::id()));
        compiled.serialize_to_file(&file).unwrap();
        assert_eq!(std::fs::read(&file).unwrap(), artifact);
        // SAFETY: written by this process's onepass just above.
        let mapped = unsafe { rt.deserialize_module_file(&file) }.expect("loads from the file");
        check_sample(&rt, &mapped);
        std::fs::remove_file(&file).unwrap();
    }
}

#[test]
fn an_artifact_keeps_custom_sections_only_when_asked() {
    let bytes = module_bytes();
    let plain = runtime(config()).compile_module(&bytes).unwrap().serialize();
    let custom_config = config().with_custom_sections(true);
    let with_custom = runtime(custom_config.clone()).compile_module(&bytes).unwrap().serialize();
    let holds = |artifact: &[u8]| artifact.windows(12).any(|w| w == b"custom bytes");
    assert!(holds(&with_custom) && !holds(&plain));
    let rt = runtime(custom_config);
    // SAFETY: both artifacts were serialized by this process's onepass just above.
    let loaded = unsafe { rt.deserialize_module(&with_custom) }.unwrap();
    assert_eq!(loaded.custom_sections("extra").collect::<Vec<_>>(), vec![&b"custom bytes"[..]]);
    // SAFETY: as above.
    let refused = unsafe { rt.deserialize_module(&plain) };
    assert!(matches!(refused, Err(Error::Artifact(m)) if m.contains("custom sections")));
    // A runtime without names drops them from what it loads.
    let rt = runtime(config().with_debug_info(false));
    // SAFETY: as above.
    let loaded = unsafe { rt.deserialize_module(&plain) }.unwrap();
    let m = rt.instantiate_module(&loaded, onepass::ModuleConfig::new()).unwrap();
    match m.exported_function("divide").unwrap().call(&[Val::I32(0)]) {
        Err(Error::Trap(trap)) => assert!(!trap.backtrace.iter().any(|f| f.ends_with("!deep"))),
        other => panic!("expected a trap, got {other:?}"),
    }
}

/// The error loading `bytes` into a runtime with `config`.
fn refusal(config: RuntimeConfig, bytes: &[u8]) -> String {
    // SAFETY: `bytes` is an artifact of this process's onepass, possibly damaged: damage is
    // what the checks under test refuse before anything runs.
    match unsafe { runtime(config).deserialize_module(bytes) } {
        Err(Error::Artifact(message)) => message,
        Err(other) => panic!("refused with the wrong error: {other}"),
        Ok(_) => panic!("damaged artifact accepted"),
    }
}

#[test]
fn damaged_or_foreign_artifacts_are_refused() {
    let artifact = runtime(config()).compile_module(&module_bytes()).unwrap().serialize();
    // Truncated anywhere.
    for len in [0, 7, 8, 100, 119, 120, artifact.len() / 2, artifact.len() - 1] {
        refusal(config(), &artifact[..len]);
    }
    let mut longer = artifact.clone();
    longer.push(0);
    assert!(refusal(config(), &longer).contains("truncated or corrupted"));
    // One bit flipped, anywhere (every byte of the header, then a spread of the rest).
    let mut flipped_positions = 0;
    for at in (0..artifact.len()).filter(|&i| i < 120 || i % 7 == 0) {
        let mut bad = artifact.clone();
        bad[at] ^= 1 << (at % 8);
        refusal(config(), &bad);
        flipped_positions += 1;
    }
    assert!(flipped_positions > 200, "{flipped_positions}");
    // Another build (its id differs), another ISA.
    let mut other_build = artifact.clone();
    other_build[40] ^= 0xff;
    assert!(refusal(config(), &other_build).contains("another build"));
    let mut other_isa = artifact.clone();
    other_isa[28] = if cfg!(target_arch = "x86_64") { 2 } else { 1 };
    assert!(refusal(config(), &other_isa).contains("compiled for"));
    // A wasm module is not an artifact.
    assert!(refusal(config(), &module_bytes()).contains("not a onepass compiled module"));
}

#[test]
fn artifacts_are_refused_by_runtimes_they_do_not_suit() {
    let bytes = module_bytes();
    let artifact = runtime(config()).compile_module(&bytes).unwrap().serialize();
    // Compiled without interrupt checks: a runtime that closes running code needs them.
    let message = refusal(config().with_close_on_context_done(true), &artifact);
    assert!(message.contains("interrupt checks"), "{message}");
    // Validated with exceptions on: a runtime without them refuses it.
    let message = refusal(RuntimeConfig::new().with_core_features(CoreFeatures::V2), &artifact);
    assert!(message.contains("features"), "{message}");
    // The other way round is fine: interrupt checks a runtime does not need are harmless.
    let interruptible = runtime(config().with_close_on_context_done(true)).compile_module(&bytes).unwrap();
    let rt = runtime(config());
    // SAFETY: serialized by this process's onepass just above.
    let loaded = unsafe { rt.deserialize_module(&interruptible.serialize()) }.unwrap();
    check_sample(&rt, &loaded);
}

/// A fresh directory under the target directory's temporary area.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("onepass-cache-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The one entry file of a cache directory.
fn only_entry(dir: &Path) -> PathBuf {
    let entries: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(entries.len(), 1, "one entry and no temporary file left: {entries:?}");
    entries.into_iter().next().unwrap()
}

#[test]
fn runtimes_sharing_a_cache_compile_a_module_once() {
    let cache = CompilationCache::new();
    let bytes = module_bytes();
    let first = runtime(config().with_compilation_cache(&cache));
    let a = first.compile_module(&bytes).unwrap();
    let second = runtime(config().with_compilation_cache(&cache));
    let b = second.compile_module(&bytes).unwrap();
    assert_eq!(cache.stats(), CacheStats { compiled: 1, memory_hits: 1, ..Default::default() });
    check_sample(&first, &a);
    check_sample(&second, &b);
    // Other settings are another entry.
    runtime(config().with_compilation_cache(&cache).with_lazy_compilation(true)).compile_module(&bytes).unwrap();
    runtime(config().with_compilation_cache(&cache).with_close_on_context_done(true)).compile_module(&bytes).unwrap();
    assert_eq!(cache.stats().compiled, 3);
    // A module that does not compile is an error every time, and is not kept.
    let rt = runtime(config().with_compilation_cache(&cache));
    for _ in 0..2 {
        assert!(matches!(rt.compile_module(b"\0asm\x01\0\0\0\x01"), Err(Error::Compile { .. })));
    }
    assert_eq!(cache.stats().compiled, 3);
}

#[test]
fn concurrent_compiles_of_one_module_compile_once() {
    let cache = CompilationCache::new();
    let bytes = module_bytes();
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(|| {
                let rt = runtime(config().with_compilation_cache(&cache));
                let compiled = rt.compile_module(&bytes).unwrap();
                check_sample(&rt, &compiled);
            });
        }
    });
    assert_eq!(cache.stats(), CacheStats { compiled: 1, memory_hits: 7, ..Default::default() });
}

#[test]
fn a_cache_directory_serves_a_later_cache_and_survives_racing_writers() {
    let dir = fresh_dir("race");
    let bytes = module_bytes();
    // Eight caches on one directory (as eight processes would be) compile at once: each
    // writes the entry, and the one left is whole.
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(|| {
                let cache = CompilationCache::with_dir(&dir).unwrap();
                runtime(config().with_compilation_cache(&cache)).compile_module(&bytes).unwrap();
                assert_eq!(cache.stats().write_errors, 0);
            });
        }
    });
    only_entry(&dir);
    let cache = CompilationCache::with_dir(&dir).unwrap();
    let rt = runtime(config().with_compilation_cache(&cache));
    let compiled = rt.compile_module(&bytes).unwrap();
    assert_eq!(cache.stats(), CacheStats { disk_hits: 1, ..Default::default() });
    check_sample(&rt, &compiled);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn damaged_cache_entries_are_compiled_again_never_run() {
    let dir = fresh_dir("damaged");
    let bytes = module_bytes();
    let cache = CompilationCache::with_dir(&dir).unwrap();
    runtime(config().with_compilation_cache(&cache)).compile_module(&bytes).unwrap();
    let entry = only_entry(&dir);
    let good = std::fs::read(&entry).unwrap();
    let other_isa = if cfg!(target_arch = "x86_64") { 2 } else { 1 };
    // A whole, good entry, but of another module.
    let other_dir = fresh_dir("other-module");
    let other_cache = CompilationCache::with_dir(&other_dir).unwrap();
    let other = wat::parse_str(r#"(module (func (export "f") (result i32) (i32.const 1)))"#).unwrap();
    runtime(config().with_compilation_cache(&other_cache)).compile_module(&other).unwrap();
    let foreign = std::fs::read(only_entry(&other_dir)).unwrap();
    std::fs::remove_dir_all(&other_dir).unwrap();
    let damage: Vec<(&str, Box<dyn Fn(&mut Vec<u8>)>)> = vec![
        ("truncated", Box::new(|b: &mut Vec<u8>| b.truncate(b.len() - 100))),
        ("empty", Box::new(|b: &mut Vec<u8>| b.clear())),
        ("bit flipped in the code", Box::new(|b: &mut Vec<u8>| *b.last_mut().unwrap() ^= 0x10)),
        ("bit flipped in the sections", Box::new(|b: &mut Vec<u8>| b[150] ^= 0x01)),
        ("other build", Box::new(|b: &mut Vec<u8>| b[32] ^= 0x01)),
        ("other ISA", Box::new(move |b: &mut Vec<u8>| b[28] = other_isa)),
        ("another module's", Box::new(move |b: &mut Vec<u8>| b.clone_from(&foreign))),
    ];
    for (i, (what, spoil)) in damage.iter().enumerate() {
        let mut bad = good.clone();
        spoil(&mut bad);
        std::fs::write(&entry, &bad).unwrap();
        let cache = CompilationCache::with_dir(&dir).unwrap();
        let rt = runtime(config().with_compilation_cache(&cache));
        let compiled = rt.compile_module(&bytes).unwrap();
        assert_eq!(cache.stats(), CacheStats { compiled: 1, rejected: 1, ..Default::default() }, "{i}: {what}");
        check_sample(&rt, &compiled);
        // The entry was written again, whole.
        assert_eq!(std::fs::read(only_entry(&dir)).unwrap(), good, "{what}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The environment variable that makes `child_process_compiles_through_the_cache` a child.
const CHILD_DIR: &str = "ONEPASS_CACHE_TEST_CHILD_DIR";

/// Run in a child process by `a_later_process_loads_instead_of_compiling`: compile the
/// sample through a cache on the directory it is given and print the cache's counts.
#[test]
fn child_process_compiles_through_the_cache() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else { return };
    let cache = CompilationCache::with_dir(dir).unwrap();
    let rt = runtime(config().with_compilation_cache(&cache));
    let compiled = rt.compile_module(&module_bytes()).unwrap();
    check_sample(&rt, &compiled);
    let CacheStats { compiled, disk_hits, rejected, .. } = cache.stats();
    println!("child stats: compiled={compiled} disk_hits={disk_hits} rejected={rejected}");
}

#[test]
fn a_later_process_loads_instead_of_compiling() {
    let dir = fresh_dir("process");
    let run_child = || {
        // The test binary again: directly, or (an aarch64 build on an x86-64 host whose
        // kernel does not run it) under qemu-user.
        let exe = std::env::current_exe().unwrap();
        let args = ["--exact", "child_process_compiles_through_the_cache", "--nocapture", "--test-threads=1"];
        // A kernel that cannot run it fails the exec, or the C library hands the file to
        // the shell, which fails without the harness's "running 1 test".
        let out = std::process::Command::new(&exe).args(args).env(CHILD_DIR, &dir).output();
        let out = out
            .ok()
            .filter(|out| String::from_utf8_lossy(&out.stdout).contains("running 1 test"))
            .map_or_else(
                || {
                    std::process::Command::new("qemu-aarch64")
                        .args(["-L", "/usr/aarch64-linux-gnu"])
                        .arg(&exe)
                        .args(args)
                        .env(CHILD_DIR, &dir)
                        .output()
                },
                Ok,
            )
            .expect("the test binary runs again");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        // The harness prints the test's name on the same line before the test's output.
        let at = stdout.find("child stats:").expect("the child printed its counts");
        stdout[at..].lines().next().unwrap_or_default().to_owned()
    };
    assert_eq!(run_child(), "child stats: compiled=1 disk_hits=0 rejected=0");
    assert_eq!(run_child(), "child stats: compiled=0 disk_hits=1 rejected=0");
    std::fs::remove_dir_all(&dir).unwrap();
}
