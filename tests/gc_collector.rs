//! The garbage collector end to end: a gigabyte of garbage (cycles included) in a small
//! fixed heap, objects the host holds surviving collections and freed once dropped, and
//! host functions and host-held objects between collections; threads that stay inside
//! one runtime together, stopped at safepoints for each other's collections; and Kotlin
//! programs compiled to WasmGC by the Kotlin compiler (tests/gc/kotlin). (tests/misc/gc_collector.wast
//! covers the roots in wasm code, also under GC stress: see tests/spec.rs.)

mod common;

use common::Capture;
use onepass::{CoreFeatures, Error, FuncType, ModuleConfig, Runtime, RuntimeConfig, TrapCode, Val, ValType};

fn wasm(text: &str) -> Vec<u8> {
    wat::parse_str(text).expect("valid wat")
}

fn runtime(limit: usize) -> Runtime {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC);
    Runtime::with_config(config.with_gc_heap_limit(limit))
}

/// Types and functions both test modules have: rings of garbage, lists of boxes.
const LISTS: &str = r#"
  (type $box (struct (field (mut i64))))
  (type $pair (struct (field (mut (ref null any))) (field (mut (ref null any)))))
  (type $bytes (array (mut i8)))
  ;; `n` rings of two pairs pointing at each other, each with a box and a 1000-byte array:
  ;; about 1.1 KB of garbage per ring, every object of it in a cycle.
  (func $rings (export "rings") (param $n i32) (result i64)
    (local $a (ref null $pair)) (local $b (ref null $pair)) (local $sum i64)
    (loop $l
      (local.set $a (struct.new $pair (struct.new $box (i64.const 1)) (array.new_default $bytes (i32.const 1000))))
      (local.set $b (struct.new $pair (local.get $a) (local.get $a)))
      (struct.set $pair 1 (local.get $a) (local.get $b))
      (local.set $sum (i64.add (local.get $sum)
        (struct.get $box 0 (ref.cast (ref $box) (struct.get $pair 0 (local.get $a))))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
    (local.get $sum))
  ;; A list of `n` boxes holding 0 .. n-1 (all live while the list is).
  (func $list (export "list") (param $n i32) (result anyref)
    (local $head (ref null any)) (local $i i32)
    (loop $l
      (local.set $head (struct.new $pair (struct.new $box (i64.extend_i32_u (local.get $i))) (local.get $head)))
      (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get $n))))
    (local.get $head))
  ;; The sum of a list's boxes.
  (func $sum (export "sum") (param $l anyref) (result i64) (local $sum i64)
    (block $done
      (loop $walk
        (br_if $done (ref.is_null (local.get $l)))
        (local.set $sum (i64.add (local.get $sum)
          (struct.get $box 0 (ref.cast (ref $box) (struct.get $pair 0 (ref.cast (ref $pair) (local.get $l)))))))
        (local.set $l (struct.get $pair 1 (ref.cast (ref $pair) (local.get $l))))
        (br $walk)))
    (local.get $sum))
"#;

fn module_text() -> String {
    format!(
        r#"(module
  (import "host" "churn" (func $host_churn (param anyref) (result anyref)))
  {LISTS}
  ;; Hands a list to the host, which churns (calling back in) and hands it back.
  (func (export "through_host") (param $n i32) (result i64)
    (call $host_churn (call $list (local.get $n)))
    (call $sum)))"#
    )
}

/// Instantiate [`MODULE`] with a host `churn` that runs `rings` (from the module, found
/// through a slot set once it exists) before returning its argument.
fn instantiate(rt: &Runtime) -> onepass::Module {
    let rings: std::sync::Arc<std::sync::OnceLock<onepass::Function>> = Default::default();
    let slot = rings.clone();
    let ty = FuncType::new([ValType::AnyRef], [ValType::AnyRef]);
    rt.new_host_module_builder("host")
        .func("churn", ty, move |_caller, args: &[Val]| {
            slot.get().expect("set").call(&[Val::I32(20_000)])?;
            Ok(vec![args[0].clone()])
        })
        .instantiate()
        .unwrap();
    let m = rt.instantiate(&wasm(&module_text())).unwrap();
    rings.set(m.exported_function("rings").unwrap()).ok().expect("once");
    m
}

/// A gigabyte of garbage, all of it in cycles, in a 16 MiB heap: each collection frees
/// the rings no root reaches any more.
#[test]
fn a_gigabyte_of_cycles_fits_a_small_heap() {
    let rt = runtime(16 << 20);
    let m = instantiate(&rt);
    let rings = m.exported_function("rings").unwrap();
    // 1,000,000 rings of about 1.1 KB each.
    assert_eq!(rings.call(&[Val::I32(1_000_000)]).unwrap(), vec![Val::I64(1_000_000)]);
}

/// Objects the host holds survive collections (wasm code allocating in a heap they would
/// not leave room in otherwise), and once dropped they are freed.
#[test]
fn objects_the_host_holds_survive_collections() {
    let rt = runtime(4 << 20);
    let m = instantiate(&rt);
    let f = |name: &str| m.exported_function(name).unwrap();
    // A 20,000-node list takes about 1.1 MB; four of them 4.5 MB, past the limit.
    let lists: Vec<Val> = (0..3).map(|_| f("list").call(&[Val::I32(20_000)]).unwrap().remove(0)).collect();
    f("rings").call(&[Val::I32(100_000)]).unwrap();
    for list in &lists {
        assert_eq!(f("sum").call(std::slice::from_ref(list)).unwrap(), vec![Val::I64(199_990_000)]);
        // The host reads them too.
        let Val::AnyRef(Some(head)) = list else { panic!("a list") };
        let Some(Val::AnyRef(Some(first))) = head.field(0) else { panic!("a box") };
        assert_eq!(first.field(0), Some(Val::I64(19_999)));
    }
    let fourth = f("list").call(&[Val::I32(20_000)]);
    assert!(
        matches!(&fourth, Err(Error::Trap(t)) if t.code == TrapCode::GcHeapExhausted),
        "a fourth list fitted: {fourth:?}"
    );
    drop(lists);
    for _ in 0..3 {
        f("list").call(&[Val::I32(20_000)]).unwrap();
    }
}

/// A list handed to a host function stays alive while the host function churns (calling
/// back into wasm), and comes back whole; repeatedly, in a heap that must collect.
#[test]
fn objects_in_host_calls_survive_collections() {
    let rt = runtime(8 << 20);
    let m = instantiate(&rt);
    let through = m.exported_function("through_host").unwrap();
    for _ in 0..20 {
        assert_eq!(through.call(&[Val::I32(5_000)]).unwrap(), vec![Val::I64(12_497_500)]);
    }
}

/// A module compiled by a runtime without GC (no stack maps) does not run in one with it,
/// nor the other way round.
#[test]
fn modules_run_only_where_the_compiler_agreed_on_gc() {
    let with = runtime(16 << 20);
    let without = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V2));
    let bytes = wasm("(module (func (export \"f\") (param externref) (result externref) (local.get 0)))");
    for (compiler, runner) in [(&without, &with), (&with, &without)] {
        let compiled = compiler.compile_module(&bytes).unwrap();
        match runner.instantiate_module(&compiled, onepass::ModuleConfig::new()) {
            Err(Error::Instantiate(message)) => assert!(message.contains("garbage collection"), "{message}"),
            other => panic!("instantiated across GC settings: {:?}", other.map(|_| ())),
        }
        compiler.instantiate_module(&compiled, onepass::ModuleConfig::new()).unwrap();
    }
}

/// Run Kotlin program `name` (tests/gc/kotlin/NAME.wasm, built from NAME.kt by the Kotlin
/// compiler 2.4.20 and binaryen: see build.sh there) as a WASI command under `config`;
/// its output.
fn kotlin(name: &str, config: RuntimeConfig) -> String {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/gc/kotlin/{name}.wasm"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let rt = Runtime::with_config(config.with_core_features(CoreFeatures::V3 | CoreFeatures::GC));
    onepass::wasi::instantiate(&rt).unwrap();
    let out = Capture::default();
    let compiled = rt.compile_module(&bytes).unwrap();
    rt.instantiate_module(&compiled, ModuleConfig::new().with_stdout(out.writer())).unwrap();
    out.text()
}

const KOTLIN_HELLO: &str = "Hello from Kotlin/Wasm
eval(Add(l=Num(v=2), r=Mul(l=Num(v=3), r=Num(v=7)))) = 23
odd squares: [1, 9, 25, 49, 81] sum=165
counts: brown=1, dog=1, end=1, fox=1, jumps=1, lazy=1, over=1, quick=1, the=3
fib(25) = 75025
0,1,2,3,4,
";

/// A Kotlin program (sealed classes, data classes, lambdas, collections, strings, a
/// hash map: 286 recursion groups, ref.cast, call_ref...) prints what V8 prints for it,
/// eagerly and lazily, and under GC stress (a collection at every allocation).
#[test]
fn a_kotlin_program_runs() {
    for lazy in [false, true] {
        let config = RuntimeConfig::new().with_lazy_compilation(lazy);
        assert_eq!(kotlin("hello", config.clone()), KOTLIN_HELLO, "lazy: {lazy}");
        assert_eq!(kotlin("hello", config.with_gc_stress(true)), KOTLIN_HELLO, "lazy: {lazy}, stress");
    }
}

/// A Kotlin program that makes about 300 MB of short-lived objects (and throws and catches
/// a Kotlin exception: try_table, throw_ref) in an 8 MiB heap, eagerly and lazily; its
/// output is V8's.
#[test]
fn a_kotlin_program_churns_in_a_small_heap() {
    let expected = "total = 1520163000\nkept 300, sum 150298\ncaught 300\n";
    for lazy in [false, true] {
        let config = RuntimeConfig::new().with_lazy_compilation(lazy).with_gc_heap_limit(8 << 20);
        assert_eq!(kotlin("churn", config), expected, "lazy: {lazy}");
    }
}

/// Several threads call into one runtime, each call making garbage: a collection stops
/// the threads inside (and holds entering ones back), so a 16 MiB heap serves 440 MB of
/// allocation.
#[test]
fn threads_sharing_a_runtime_collect_between_calls() {
    let rt = runtime(16 << 20);
    let m = instantiate(&rt);
    let rings = m.exported_function("rings").unwrap();
    std::thread::scope(|s| {
        for _ in 0..4 {
            let rings = rings.clone();
            s.spawn(move || {
                for _ in 0..400 {
                    assert_eq!(rings.call(&[Val::I32(250)]).unwrap(), vec![Val::I64(250)]);
                }
            });
        }
    });
}

fn threads_module_text() -> String {
    format!(
        r#"(module
  (import "host" "block" (func $block))
  {LISTS}
  ;; Set by the host once the `churn` calls have finished.
  (global $done (export "done") (mut i32) (i32.const 0))
  ;; Keeps a list of `n` boxes (only in a local) while making `rounds` rings of garbage,
  ;; then sums the list; adds one per ring.
  (func (export "churn") (param $n i32) (param $rounds i32) (result i64)
    (local $keep anyref)
    (local.set $keep (call $list (local.get $n)))
    (i64.add (call $rings (local.get $rounds)) (call $sum (local.get $keep))))
  ;; Keeps a list of `n` boxes while spinning, allocating nothing, until the host sets
  ;; `done`; then sums the list.
  (func (export "spin") (param $n i32) (result i64)
    (local $keep anyref)
    (local.set $keep (call $list (local.get $n)))
    (loop $l
      (br_if $l (i32.eqz (global.get $done))))
    (call $sum (local.get $keep)))
  ;; Recursion without loops, 2^depth calls: each leaf reads the head's box.
  (func $walk (param $l anyref) (param $depth i32) (result i64)
    (if (result i64) (i32.eqz (local.get $depth))
      (then (struct.get $box 0 (ref.cast (ref $box) (struct.get $pair 0 (ref.cast (ref $pair) (local.get $l))))))
      (else (i64.add
        (call $walk (local.get $l) (i32.sub (local.get $depth) (i32.const 1)))
        (call $walk (local.get $l) (i32.sub (local.get $depth) (i32.const 1)))))))
;; Keeps a list of `n` boxes across a call of the host's `block`; then sums the list.
  (func (export "blocked") (param $n i32) (result i64)
    (local $keep anyref)
    (local.set $keep (call $list (local.get $n)))
    (call $block)
    (call $sum (local.get $keep)))
  ;; Keeps a list of `n` boxes while recursing `depth` deep; the walk's sum plus the list's.
  (func (export "recurse") (param $n i32) (param $depth i32) (result i64)
    (local $keep anyref)
    (local.set $keep (call $list (local.get $n)))
    (i64.add (call $walk (local.get $keep) (local.get $depth)) (call $sum (local.get $keep)))))"#
    )
}

/// Threads that stay inside one runtime: `churners` threads each keep a list of 1,000
/// boxes while making `rounds` rings of garbage in one call, one thread spins (allocating
/// nothing) holding its own list until they finish, and one recurses (calls without
/// loops) holding another, call after call. A collection stops them all at their
/// safepoint polls (loop headers, function entries) or allocations; every list survives.
/// A runtime with the threads module instantiated; its host function `block` waits until
/// the returned flag is set.
fn threads_runtime(config: RuntimeConfig) -> (Runtime, onepass::Module, std::sync::Arc<std::sync::atomic::AtomicBool>) {
    let rt = Runtime::with_config(config.with_core_features(CoreFeatures::V3 | CoreFeatures::GC));
    let release = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = release.clone();
    rt.new_host_module_builder("host")
        .func("block", FuncType::new([], []), move |_caller, _args: &[Val]| {
            while !flag.load(std::sync::atomic::Ordering::SeqCst) {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            Ok(Vec::new())
        })
        .instantiate()
        .unwrap();
    let m = rt.instantiate(&wasm(&threads_module_text())).unwrap();
    (rt, m, release)
}

fn threads_in_long_loops(config: RuntimeConfig, churners: i32, rounds: i32, depth: i32) {
    let (_rt, m, _) = threads_runtime(config);
    let (churn, spin, recurse) = (
        m.exported_function("churn").unwrap(),
        m.exported_function("spin").unwrap(),
        m.exported_function("recurse").unwrap(),
    );
    let list_sum = 499_500i64;
    let finished = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|s| {
        let spinner = s.spawn(|| spin.call(&[Val::I32(1000)]));
        let recursor = s.spawn(|| {
            let mut calls = 0;
            while !finished.load(std::sync::atomic::Ordering::SeqCst) {
                let expected = (999i64 << depth) + list_sum;
                assert_eq!(recurse.call(&[Val::I32(1000), Val::I32(depth)]).unwrap(), vec![Val::I64(expected)]);
                calls += 1;
            }
            calls
        });
        let workers: Vec<_> = (0..churners)
            .map(|_| s.spawn(|| churn.call(&[Val::I32(1000), Val::I32(rounds)]).map_err(|e| e.to_string())))
            .collect();
        let results: Vec<_> = workers.into_iter().map(|w| w.join().unwrap()).collect();
        finished.store(true, std::sync::atomic::Ordering::SeqCst);
        m.exported_global("done").unwrap().set(Val::I32(1)).unwrap();
        for result in results {
            assert_eq!(result, Ok(vec![Val::I64(i64::from(rounds) + list_sum)]));
        }
        assert_eq!(spinner.join().unwrap().unwrap(), vec![Val::I64(list_sum)]);
        assert!(recursor.join().unwrap() >= 1);
    });
}

/// Three threads make 660 MB of garbage in a 16 MiB heap, each in one long call, while
/// two more run code that allocates nothing: without stopping them all (at safepoint
/// polls) no collection could run, and the heap would be exhausted.
#[test]
fn threads_in_long_loops_collect_together() {
    threads_in_long_loops(RuntimeConfig::new().with_gc_heap_limit(16 << 20), 3, 200_000, 16);
}

/// The same under GC stress: a collection at every allocation, each stopping every
/// thread, freed lines poisoned (a slot a safepoint poll's stack map missed reads garbage).
#[test]
fn threads_in_long_loops_collect_together_under_stress() {
    threads_in_long_loops(RuntimeConfig::new().with_gc_stress(true), 2, 150, 6);
}

/// A thread blocked in a host function never reaches a safepoint: while it is, every
/// collection gives up after waiting for it (and tries again only after the heap has
/// grown by as much as it held), so two threads making 60 MB of garbage fill a 96 MiB heap
/// instead; nothing is lost, and once the blocked thread returns its list is intact and
/// collections run again (another 330 MB of garbage fits).
#[test]
fn a_thread_blocked_in_a_host_call_delays_collections() {
    let (_rt, m, release) = threads_runtime(RuntimeConfig::new().with_gc_heap_limit(96 << 20));
    let (churn, blocked) = (m.exported_function("churn").unwrap(), m.exported_function("blocked").unwrap());
    let list_sum = 499_500i64;
    std::thread::scope(|s| {
        let blocker = s.spawn(|| blocked.call(&[Val::I32(1000)]));
        // (Until the blocker is inside its host call, collections simply run.)
        std::thread::sleep(std::time::Duration::from_millis(50));
        let workers: Vec<_> = (0..2)
            .map(|_| s.spawn(|| churn.call(&[Val::I32(1000), Val::I32(27_000)]).map_err(|e| e.to_string())))
            .collect();
        let results: Vec<_> = workers.into_iter().map(|w| w.join().unwrap()).collect();
        release.store(true, std::sync::atomic::Ordering::SeqCst);
        for result in results {
            assert_eq!(result, Ok(vec![Val::I64(27_000 + list_sum)]));
        }
        assert_eq!(blocker.join().unwrap().unwrap(), vec![Val::I64(list_sum)]);
    });
    // With no thread blocked, the same heap serves far more.
    assert_eq!(churn.call(&[Val::I32(1000), Val::I32(300_000)]).unwrap(), vec![Val::I64(300_000 + list_sum)]);
}
