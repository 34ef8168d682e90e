//! Function listeners end to end: what each hook sees (parameters and results of every
//! type, nesting, traps, caught exceptions, tail calls, host functions), which functions
//! get listened, and how listeners fail; eager and lazy.

use onepass::{
    Abort, CoreFeatures, Error, FuncType, FunctionDefinition, FunctionListener, FunctionListenerFactory, Runtime,
    RuntimeConfig, TrapCode, Val, ValType,
};
use std::sync::{Arc, Mutex};

fn wasm(text: &str) -> Vec<u8> {
    wat::parse_str(text).expect("test module parses")
}

/// Records every hook as a line of text.
#[derive(Default)]
struct Recorder {
    events: Mutex<Vec<String>>,
}

fn vals(values: &[Val]) -> String {
    values.iter().map(|v| format!("{v}")).collect::<Vec<_>>().join(", ")
}

impl FunctionListener for Recorder {
    fn before(&self, f: &FunctionDefinition, params: &[Val]) {
        self.events.lock().unwrap().push(format!("> {}({})", f.debug_name(), vals(params)));
    }
    fn after(&self, f: &FunctionDefinition, results: &[Val]) {
        self.events.lock().unwrap().push(format!("< {} [{}]", f.debug_name(), vals(results)));
    }
    fn abort(&self, f: &FunctionDefinition, reason: &Abort<'_>) {
        let why = match reason {
            Abort::Error(Error::Trap(t)) => format!("trap {:?}", t.code),
            Abort::Error(e) => format!("error {e}"),
            Abort::Caught => "caught".to_string(),
            _ => "other".to_string(),
        };
        self.events.lock().unwrap().push(format!("! {} {why}", f.debug_name()));
    }
    fn tail_call(&self, f: &FunctionDefinition) {
        self.events.lock().unwrap().push(format!("~ {}", f.debug_name()));
    }
}

/// Gives the recorder to every function whose name does not start with `quiet`, and
/// notes each definition it was asked about.
struct Factory {
    recorder: Arc<Recorder>,
    asked: Mutex<Vec<String>>,
}

impl FunctionListenerFactory for Factory {
    fn new_listener(&self, f: &FunctionDefinition) -> Option<Arc<dyn FunctionListener>> {
        self.asked.lock().unwrap().push(format!(
            "{} {} {:?} {}",
            f.index(),
            f.debug_name(),
            f.export_names(),
            f.func_type()
        ));
        if f.name().is_some_and(|n| n.starts_with("quiet")) {
            return None;
        }
        Some(self.recorder.clone())
    }
}

/// A runtime with the recording factory (lazy or eager, with `features`).
fn runtime(lazy: bool, features: CoreFeatures) -> (Runtime, Arc<Factory>) {
    let factory = Arc::new(Factory { recorder: Arc::default(), asked: Mutex::default() });
    let config = RuntimeConfig::new()
        .with_lazy_compilation(lazy)
        .with_core_features(features)
        .with_function_listener_factory(factory.clone());
    (Runtime::with_config(config), factory)
}

fn events(factory: &Factory) -> Vec<String> {
    std::mem::take(&mut *factory.recorder.events.lock().unwrap())
}

const BOTH: [bool; 2] = [false, true];

#[test]
fn nested_calls_report_parameters_and_results_of_every_type() {
    let text = r#"(module $m
      (func $add (export "add") (param i32 i64) (result i64)
        (i64.add (i64.extend_i32_s (local.get 0)) (local.get 1)))
      (func $floats (param f32 f64) (result f64)
        (f64.add (f64.promote_f32 (local.get 0)) (local.get 1)))
      (func $pair (param i32) (result i32 i64)
        (local.get 0) (i64.extend_i32_u (local.get 0)))
      (func $vec (param v128 i32) (result v128)
        (i32x4.add (local.get 0) (i32x4.splat (local.get 1))))
      (func $quiet_helper (param i32) (result i32) (i32.mul (local.get 0) (i32.const 3)))
      (func $none)
      (func (export "main") (param i32) (result i64)
        (call $none)
        (drop (call $floats (f32.const 1.5) (f64.const 2.25)))
        (drop (call $vec (v128.const i32x4 1 2 3 4) (i32.const 10)))
        (drop (drop (call $pair (call $quiet_helper (local.get 0)))))
        (call $add (local.get 0) (i64.const 100))))"#;
    for lazy in BOTH {
        let (rt, factory) = runtime(lazy, CoreFeatures::default());
        let m = rt.instantiate(&wasm(text)).unwrap();
        let main = m.exported_function("main").unwrap();
        assert_eq!(main.call(&[Val::I32(7)]).unwrap(), vec![Val::I64(107)]);
        assert_eq!(
            events(&factory),
            [
                "> m.main(7:i32)",
                "> m.none()",
                "< m.none []",
                "> m.floats(1.5:f32, 2.25:f64)",
                "< m.floats [3.75:f64]",
                "> m.vec(0x00000004000000030000000200000001:v128, 10:i32)",
                "< m.vec [0x0000000e0000000d0000000c0000000b:v128]",
                "> m.pair(21:i32)",
                "< m.pair [21:i32, 21:i64]",
                "> m.add(7:i32, 100:i64)",
                "< m.add [107:i64]",
                "< m.main [107:i64]",
            ],
            "lazy: {lazy}"
        );
        // Every defined function was asked about, with its name, exports and type.
        let asked = factory.asked.lock().unwrap().clone();
        assert_eq!(asked.len(), 7);
        assert_eq!(asked[0], r#"0 m.add ["add"] (i32, i64) -> (i64)"#);
        assert_eq!(asked[6], r#"6 m.main ["main"] (i32) -> (i64)"#);
    }
}

#[test]
fn counts_every_call_of_a_recursion() {
    let text = r#"(module
      (func $fib (export "fib") (param i32) (result i32)
        (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
          (then (return (local.get 0)))
          (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                         (call $fib (i32.sub (local.get 0) (i32.const 2))))))))"#;
    for lazy in BOTH {
        let (rt, factory) = runtime(lazy, CoreFeatures::default());
        let m = rt.instantiate(&wasm(text)).unwrap();
        let fib = m.exported_function("fib").unwrap();
        assert_eq!(fib.call(&[Val::I32(15)]).unwrap(), vec![Val::I32(610)]);
        let events = events(&factory);
        // fib(15) makes 1973 calls; each is entered and returns once, properly nested.
        assert_eq!(events.iter().filter(|e| e.starts_with('>')).count(), 1973);
        assert_eq!(events.iter().filter(|e| e.starts_with('<')).count(), 1973);
        let mut depth = 0i32;
        for e in &events {
            depth += if e.starts_with('>') { 1 } else { -1 };
            assert!(depth >= 0);
        }
        assert_eq!(depth, 0);
        assert_eq!(events.last().unwrap(), "< fib [610:i32]");
    }
}

#[test]
fn a_trap_aborts_every_listened_call_innermost_first() {
    let text = r#"(module
      (func $inner (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
      (func $quiet_middle (param i32) (result i32) (call $inner (local.get 0)))
      (func (export "outer") (param i32) (result i32) (call $quiet_middle (local.get 0))))"#;
    for lazy in BOTH {
        let (rt, factory) = runtime(lazy, CoreFeatures::default());
        let m = rt.instantiate(&wasm(text)).unwrap();
        let outer = m.exported_function("outer").unwrap();
        let err = outer.call(&[Val::I32(0)]).unwrap_err();
        assert!(matches!(&err, Error::Trap(t) if t.code == TrapCode::IntegerDivideByZero));
        assert_eq!(
            events(&factory),
            [
                "> outer(0:i32)",
                "> inner(0:i32)",
                "! inner trap IntegerDivideByZero",
                "! outer trap IntegerDivideByZero",
            ]
        );
        // The next call starts from a clean slate.
        assert_eq!(outer.call(&[Val::I32(1)]).unwrap(), vec![Val::I32(1)]);
        assert_eq!(events(&factory), ["> outer(1:i32)", "> inner(1:i32)", "< inner [1:i32]", "< outer [1:i32]"]);
    }
}

#[test]
fn an_exception_caught_by_a_caller_aborts_the_calls_it_unwound() {
    let text = r#"(module
      (tag $e (param i32))
      (func $thrower (param i32) (throw $e (local.get 0)))
      (func $quiet_pass (param i32) (call $thrower (local.get 0)))
      (func $sibling (result i32) (i32.const 5))
      (func (export "catcher") (param i32) (result i32)
        (block $h (result i32)
          (try_table (catch $e $h) (call $quiet_pass (local.get 0)))
          (i32.const -1))
        (call $sibling)
        (i32.add)))"#;
    for lazy in BOTH {
        let (rt, factory) = runtime(lazy, CoreFeatures::default() | CoreFeatures::EXCEPTIONS);
        let m = rt.instantiate(&wasm(text)).unwrap();
        let catcher = m.exported_function("catcher").unwrap();
        assert_eq!(catcher.call(&[Val::I32(40)]).unwrap(), vec![Val::I32(45)]);
        assert_eq!(
            events(&factory),
            [
                "> catcher(40:i32)",
                "> thrower(40:i32)",
                "! thrower caught",
                "> sibling()",
                "< sibling [5:i32]",
                "< catcher [45:i32]",
            ],
            "lazy: {lazy}"
        );
    }
}

#[test]
fn an_uncaught_exception_aborts_with_the_error() {
    let text = r#"(module
      (tag $e (export "e") (param i32))
      (func (export "throws") (param i32) (throw $e (local.get 0))))"#;
    let (rt, factory) = runtime(false, CoreFeatures::default() | CoreFeatures::EXCEPTIONS);
    let m = rt.instantiate(&wasm(text)).unwrap();
    let err = m.exported_function("throws").unwrap().call(&[Val::I32(3)]).unwrap_err();
    assert!(matches!(err, Error::Exception(_)));
    let events = events(&factory);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0], "> throws(3:i32)");
    assert!(events[1].starts_with("! throws error"), "{events:?}");
}

#[test]
fn a_tail_call_ends_the_caller_and_the_callee_returns_its_results() {
    let text = r#"(module
      (func $count (param i32 i64) (result i64)
        (if (result i64) (i32.eqz (local.get 0))
          (then (local.get 1))
          (else (return_call $count (i32.sub (local.get 0) (i32.const 1))
                                    (i64.add (local.get 1) (i64.const 10))))))
      (type $t (func (param i32 i64) (result i64)))
      (table funcref (elem $count))
      (func (export "start") (param i32) (result i64)
        (return_call_indirect (type $t) (local.get 0) (i64.const 0) (i32.const 0)))
      (func (export "wide") (param i32) (result i64)
        ;; More argument words than the frame has room for: a tail call all the same, the
        ;; callee running in a class area.
        (return_call $many (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0)
                           (local.get 0) (local.get 0) (local.get 0) (local.get 0)))
      (func $many (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i64)
        (i64.extend_i32_u (local.get 8))))"#;
    for lazy in BOTH {
        let (rt, factory) = runtime(lazy, CoreFeatures::default() | CoreFeatures::TAIL_CALL);
        let m = rt.instantiate(&wasm(text)).unwrap();
        assert_eq!(m.exported_function("start").unwrap().call(&[Val::I32(2)]).unwrap(), vec![Val::I64(20)]);
        assert_eq!(
            events(&factory),
            [
                "> start(2:i32)",
                "~ start",
                "> count(2:i32, 0:i64)",
                "~ count",
                "> count(1:i32, 10:i64)",
                "~ count",
                "> count(0:i32, 20:i64)",
                "< count [20:i64]",
            ],
            "lazy: {lazy}"
        );
        assert_eq!(m.exported_function("wide").unwrap().call(&[Val::I32(4)]).unwrap(), vec![Val::I64(4)]);
        assert_eq!(
            events(&factory),
            [
                "> wide(4:i32)",
                "~ wide",
                "> many(4:i32, 4:i32, 4:i32, 4:i32, 4:i32, 4:i32, 4:i32, 4:i32, 4:i32)",
                "< many [4:i64]"
            ],
            "lazy: {lazy}"
        );
    }
}

#[test]
fn a_long_tail_call_chain_keeps_nothing_per_call() {
    // A million tail calls, each reported, in constant stack and constant listener state.
    let text = r#"(module
      (func $loop (export "loop") (param i32) (result i32)
        (if (result i32) (i32.eqz (local.get 0))
          (then (i32.const 7))
          (else (return_call $loop (i32.sub (local.get 0) (i32.const 1)))))))"#;
    #[derive(Default)]
    struct Counts(std::sync::atomic::AtomicU64, std::sync::atomic::AtomicU64);
    impl FunctionListener for Counts {
        fn before(&self, _: &FunctionDefinition, _: &[Val]) {
            self.0.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        fn after(&self, _: &FunctionDefinition, _: &[Val]) {}
        fn tail_call(&self, _: &FunctionDefinition) {
            self.1.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
    }
    struct All(Arc<Counts>);
    impl FunctionListenerFactory for All {
        fn new_listener(&self, _: &FunctionDefinition) -> Option<Arc<dyn FunctionListener>> {
            Some(self.0.clone())
        }
    }
    let counts = Arc::new(Counts::default());
    let config = RuntimeConfig::new()
        .with_core_features(CoreFeatures::default() | CoreFeatures::TAIL_CALL)
        .with_function_listener_factory(Arc::new(All(counts.clone())));
    let rt = Runtime::with_config(config);
    let m = rt.instantiate(&wasm(text)).unwrap();
    let f = m.exported_function("loop").unwrap();
    assert_eq!(f.call(&[Val::I32(1_000_000)]).unwrap(), vec![Val::I32(7)]);
    assert_eq!(counts.0.load(std::sync::atomic::Ordering::Relaxed), 1_000_001);
    assert_eq!(counts.1.load(std::sync::atomic::Ordering::Relaxed), 1_000_000);
}

#[test]
fn host_functions_are_listened_from_wasm_and_from_the_host() {
    for lazy in BOTH {
        let (rt, factory) = runtime(lazy, CoreFeatures::default());
        let host = rt
            .new_host_module_builder("env")
            .func("twice", FuncType::new([ValType::I64], [ValType::I64]), |_, args| match args {
                [Val::I64(v)] => Ok(vec![Val::I64(v * 2)]),
                _ => unreachable!(),
            })
            .func("pair", FuncType::new([ValType::I32], [ValType::I32, ValType::F64]), |_, args| match args {
                [Val::I32(v)] => Ok(vec![Val::I32(-v), Val::f64(0.5)]),
                _ => unreachable!(),
            })
            .func("fail", FuncType::new([], []), |_, _| Err(Error::Host("no".into())))
            .instantiate()
            .unwrap();
        let text = r#"(module
          (import "env" "twice" (func $twice (param i64) (result i64)))
          (import "env" "pair" (func $pair (param i32) (result i32 f64)))
          (import "env" "fail" (func $fail))
          (func (export "run") (param i64) (result i64)
            (drop (drop (call $pair (i32.const 3))))
            (call $twice (local.get 0)))
          (func (export "fails") (call $fail)))"#;
        let m = rt.instantiate(&wasm(text)).unwrap();
        assert_eq!(m.exported_function("run").unwrap().call(&[Val::I64(21)]).unwrap(), vec![Val::I64(42)]);
        assert_eq!(
            events(&factory),
            [
                "> run(21:i64)",
                "> env.pair(3:i32)",
                "< env.pair [-3:i32, 0.5:f64]",
                "> env.twice(21:i64)",
                "< env.twice [42:i64]",
                "< run [42:i64]",
            ]
        );
        assert!(matches!(m.exported_function("fails").unwrap().call(&[]), Err(Error::Host(_))));
        assert_eq!(events(&factory), ["> fails()", "> env.fail()", "! env.fail error no", "! fails error no"]);
        // Called from the host directly.
        let twice = host.exported_function("twice").unwrap();
        assert_eq!(twice.call(&[Val::I64(5)]).unwrap(), vec![Val::I64(10)]);
        assert_eq!(events(&factory), ["> env.twice(5:i64)", "< env.twice [10:i64]"]);
    }
}

#[test]
fn a_panicking_listener_ends_the_call_with_a_host_error() {
    struct Panics;
    impl FunctionListener for Panics {
        fn before(&self, _: &FunctionDefinition, params: &[Val]) {
            if params == [Val::I32(13)] {
                panic!("unlucky");
            }
        }
        fn after(&self, _: &FunctionDefinition, results: &[Val]) {
            if results == [Val::I32(14)] {
                panic!("after");
            }
        }
    }
    struct Factory;
    impl FunctionListenerFactory for Factory {
        fn new_listener(&self, _: &FunctionDefinition) -> Option<Arc<dyn FunctionListener>> {
            Some(Arc::new(Panics))
        }
    }
    let rt = Runtime::with_config(RuntimeConfig::new().with_function_listener_factory(Arc::new(Factory)));
    let m = rt.instantiate(&wasm(r#"(module (func (export "id") (param i32) (result i32) (local.get 0)))"#)).unwrap();
    let id = m.exported_function("id").unwrap();
    for bad in [13, 14] {
        match id.call(&[Val::I32(bad)]) {
            Err(Error::Host(message)) => assert!(message.contains("function listener panicked"), "{message}"),
            other => panic!("expected a host error, got {other:?}"),
        }
    }
    assert_eq!(id.call(&[Val::I32(1)]).unwrap(), vec![Val::I32(1)]);
}

#[test]
fn listened_calls_nest_per_thread() {
    let text = r#"(module
      (func $leaf (param i32) (result i32) (i32.add (local.get 0) (i32.const 1)))
      (func (export "run") (param i32) (result i32)
        (local $i i32) (local $acc i32)
        (loop $l
          (local.set $acc (call $leaf (local.get $acc)))
          (br_if $l (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (local.get 0))))
        (local.get $acc)))"#;
    /// Checks on each thread that `after` matches the innermost `before`.
    #[derive(Default)]
    struct Nesting;
    thread_local! { static STACK: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) }; }
    impl FunctionListener for Nesting {
        fn before(&self, f: &FunctionDefinition, _: &[Val]) {
            STACK.with(|s| s.borrow_mut().push(f.index()));
        }
        fn after(&self, f: &FunctionDefinition, _: &[Val]) {
            assert_eq!(STACK.with(|s| s.borrow_mut().pop()), Some(f.index()));
        }
    }
    struct Factory;
    impl FunctionListenerFactory for Factory {
        fn new_listener(&self, _: &FunctionDefinition) -> Option<Arc<dyn FunctionListener>> {
            Some(Arc::new(Nesting))
        }
    }
    let rt = Runtime::with_config(RuntimeConfig::new().with_function_listener_factory(Arc::new(Factory)));
    let m = rt.instantiate(&wasm(text)).unwrap();
    let run = m.exported_function("run").unwrap();
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..10 {
                    assert_eq!(run.call(&[Val::I32(10_000)]).unwrap(), vec![Val::I32(10_000)]);
                }
                assert!(STACK.with(|s| s.borrow().is_empty()));
            });
        }
    });
}

#[test]
fn a_runtime_with_listeners_compiles_from_bytes_only() {
    let bytes = wasm(r#"(module (func (export "f") (result i32) (i32.const 1)))"#);
    let plain = Runtime::new();
    let artifact = plain.compile_module(&bytes).unwrap().serialize();
    let cache = onepass::CompilationCache::new();
    let (rt, factory) = {
        let factory = Arc::new(Factory { recorder: Arc::default(), asked: Mutex::default() });
        let config =
            RuntimeConfig::new().with_compilation_cache(&cache).with_function_listener_factory(factory.clone());
        (Runtime::with_config(config), factory)
    };
    // SAFETY: the artifact was just made by this build.
    match unsafe { rt.deserialize_module(&artifact) } {
        Err(Error::Artifact(message)) => assert!(message.contains("listener"), "{message}"),
        other => panic!("expected a refused artifact, got {:?}", other.map(|_| ())),
    }
    // Compiled, not taken from the cache, and listened.
    let m = rt.instantiate(&bytes).unwrap();
    assert_eq!(cache.stats().compiled + cache.stats().memory_hits, 0);
    assert_eq!(m.exported_function("f").unwrap().call(&[]).unwrap(), vec![Val::I32(1)]);
    assert_eq!(events(&factory), ["> f()", "< f [1:i32]"]);
}
