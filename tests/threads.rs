//! One instance (and one host function) used from many threads at once: each call keeps its
//! own stack limit and trap landing, so traps, stack overflows and host errors on one thread
//! never disturb calls running on another.

use onepass::{Error, Runtime, TrapCode, Val};
use std::sync::Arc;

#[test]
fn one_instance_called_from_many_threads_at_once() {
    let rt = Runtime::new();
    rt.new_host_module_builder("env")
        .func_wrap("inc", |_, x: i32| if x == -7 { Err(Error::Host("host refuses -7".into())) } else { Ok(x + 1) })
        .instantiate()
        .unwrap();
    let wasm = wat::parse_str(
        r#"(module
          (import "env" "inc" (func $inc (param i32) (result i32)))
          (func (export "count") (param $n i32) (result i32) (local $acc i32)
            (loop (local.set $acc (call $inc (local.get $acc)))
                  (br_if 0 (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
            (local.get $acc))
          (func (export "host_fails") (result i32) (call $inc (i32.const -7)))
          (func (export "div") (param i32) (result i32) (i32.div_s (i32.const 100) (local.get 0)))
          (func $deep (export "deep") (param i32) (result i32)
            (i32.add (call $deep (i32.add (local.get 0) (i32.const 1))) (i32.const 1)))
          (memory 1)
          (func (export "oob") (param i32) (result i32) (i32.load (local.get 0))))"#,
    )
    .unwrap();
    let module = Arc::new(rt.instantiate(&wasm).unwrap());
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let module = Arc::clone(&module);
            std::thread::spawn(move || {
                let count = module.exported_function("count").unwrap().typed::<i32, i32>().unwrap();
                let div = module.exported_function("div").unwrap();
                let deep = module.exported_function("deep").unwrap();
                let oob = module.exported_function("oob").unwrap();
                let host_fails = module.exported_function("host_fails").unwrap();
                for i in 0..60 {
                    match (t + i) % 5 {
                        0 => assert_eq!(count.call(1000 + i).unwrap(), 1000 + i),
                        1 => match div.call(&[Val::I32(0)]) {
                            Err(Error::Trap(trap)) => assert_eq!(trap.code, TrapCode::IntegerDivideByZero),
                            other => panic!("expected a trap, got {other:?}"),
                        },
                        2 => match deep.call(&[Val::I32(0)]) {
                            Err(Error::Trap(trap)) => assert_eq!(trap.code, TrapCode::StackOverflow),
                            other => panic!("expected stack overflow, got {other:?}"),
                        },
                        3 => match oob.call(&[Val::I32(-4)]) {
                            Err(Error::Trap(trap)) => assert_eq!(trap.code, TrapCode::MemoryOutOfBounds),
                            other => panic!("expected out of bounds, got {other:?}"),
                        },
                        _ => match host_fails.call(&[]) {
                            Err(Error::Host(msg)) => assert!(msg.contains("-7"), "{msg}"),
                            other => panic!("expected the host error, got {other:?}"),
                        },
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("thread finished without panicking");
    }
    assert_eq!(module.exported_function("div").unwrap().call(&[Val::I32(4)]).unwrap(), vec![Val::I32(25)]);
}

#[test]
fn a_table_grows_while_other_threads_call_through_it() {
    let rt = Runtime::new();
    let wasm = wat::parse_str(
        r#"(module
          (table $t 1 100000 funcref)
          (type $r (func (result i32)))
          (func $seven (result i32) (i32.const 7))
          (elem (table $t) (i32.const 0) func $seven)
          (func (export "grow") (param i32) (result i32) (table.grow $t (ref.func $seven) (local.get 0)))
          (func (export "call") (param i32) (result i32) (call_indirect $t (type $r) (local.get 0))))"#,
    )
    .unwrap();
    let module = Arc::new(rt.instantiate(&wasm).unwrap());
    let grower = {
        let module = Arc::clone(&module);
        std::thread::spawn(move || {
            let grow = module.exported_function("grow").unwrap().typed::<i32, i32>().unwrap();
            for _ in 0..2000 {
                assert_ne!(grow.call(40).unwrap(), -1);
            }
        })
    };
    let callers: Vec<_> = (0..3)
        .map(|t| {
            let module = Arc::clone(&module);
            std::thread::spawn(move || {
                let call = module.exported_function("call").unwrap();
                for i in 0..20_000 {
                    // Any index is either in bounds (and then holds $seven) or traps (call_indirect
                    // reports an index past the end as an undefined element).
                    match call.call(&[Val::I32((i * 37 + t) % 90_000)]) {
                        Ok(v) => assert_eq!(v, vec![Val::I32(7)]),
                        Err(Error::Trap(trap)) => assert_eq!(trap.code, TrapCode::UndefinedElement),
                        Err(e) => panic!("unexpected error {e}"),
                    }
                }
            })
        })
        .collect();
    grower.join().unwrap();
    for c in callers {
        c.join().unwrap();
    }
    let call = module.exported_function("call").unwrap();
    assert_eq!(call.call(&[Val::I32(80_000)]).unwrap(), vec![Val::I32(7)]);
}

/// Threads that call through one fresh instance's lazily made table slots and function
/// references at the same moment: every call reaches its function (a slot or reference
/// made twice at once is made the same), in eager and lazy compilation, round after round.
#[test]
fn threads_make_the_same_table_slots_and_references_at_once() {
    let funcs: String = (0..64).map(|i| format!("(func $f{i} (result i32) (i32.const {}))", i * 3)).collect();
    let names: String = (0..64).map(|i| format!(" $f{i}")).collect();
    let wat = format!(
        r#"(module
          (type $v (func (result i32)))
          {funcs}
          (table $t 64 funcref)
          (elem (table $t) (i32.const 0) func{names})
          (elem declare func $f5)
          (func (export "call") (param i32) (result i32) (call_indirect $t (type $v) (local.get 0)))
          (func (export "ref") (result i32) (call_ref $v (ref.func $f5))))"#
    );
    let wasm = wat::parse_str(&wat).unwrap();
    for lazy in [false, true] {
        let config = onepass::RuntimeConfig::new().with_core_features(onepass::CoreFeatures::V3);
        let rt = Runtime::with_config(config.with_lazy_compilation(lazy));
        let compiled = rt.compile_module(&wasm).unwrap();
        for _ in 0..20 {
            let config = onepass::ModuleConfig::new().with_name("");
            let module = Arc::new(rt.instantiate_module(&compiled, config).unwrap());
            let start = Arc::new(std::sync::Barrier::new(4));
            let threads: Vec<_> = (0..4)
                .map(|t| {
                    let (module, start) = (Arc::clone(&module), Arc::clone(&start));
                    std::thread::spawn(move || {
                        let call = module.exported_function("call").unwrap().typed::<i32, i32>().unwrap();
                        let by_ref = module.exported_function("ref").unwrap().typed::<(), i32>().unwrap();
                        start.wait();
                        for k in 0..64 {
                            // Threads walk the slots in different orders, meeting on some.
                            let i = (k * (2 * t + 1)) % 64;
                            assert_eq!(call.call(i).unwrap(), i * 3);
                            assert_eq!(by_ref.call(()).unwrap(), 15);
                        }
                    })
                })
                .collect();
            for t in threads {
                t.join().unwrap();
            }
        }
    }
}
