//! Close and termination semantics: closing from another thread stops running code,
//! deadlines, closing exactly once, and many threads instantiating, calling and closing.

use onepass::{Error, ModuleConfig, Runtime, RuntimeConfig, Val, EXIT_CODE_DEADLINE_EXCEEDED};
use std::sync::Arc;
use std::time::Duration;

const SPIN: &str = r#"(module
  (func (export "spin") (loop (br 0)))
  (func (export "count") (param i32) (result i32) (local i32)
    (loop (local.set 1 (i32.add (local.get 1) (i32.const 1)))
          (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
    (local.get 1)))"#;

fn interruptible() -> Runtime {
    Runtime::with_config(RuntimeConfig::new().with_close_on_context_done(true))
}

#[test]
fn closing_from_another_thread_stops_an_infinite_loop() {
    let rt = interruptible();
    let m = rt.instantiate(&wat::parse_str(SPIN).unwrap()).unwrap();
    let spin = m.exported_function("spin").unwrap();
    let closer = {
        let m = m.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            m.close_with_exit_code(7).unwrap();
        })
    };
    assert!(matches!(spin.call(&[]), Err(Error::Exit(7))));
    closer.join().unwrap();
    // Closed: further calls fail with the same exit code.
    assert!(matches!(m.exported_function("count").unwrap().call(&[Val::I32(1)]), Err(Error::Exit(7))));
}

#[test]
fn a_deadline_closes_the_module() {
    let rt = interruptible();
    let m = rt.instantiate(&wat::parse_str(SPIN).unwrap()).unwrap();
    let count = m.exported_function("count").unwrap();
    // A call that finishes in time is unaffected.
    assert_eq!(count.call_with_timeout(&[Val::I32(1000)], Duration::from_secs(10)).unwrap(), vec![Val::I32(1000)]);
    let spin = m.exported_function("spin").unwrap();
    match spin.call_with_timeout(&[], Duration::from_millis(50)) {
        Err(Error::Exit(code)) => assert_eq!(code, EXIT_CODE_DEADLINE_EXCEEDED),
        other => panic!("expected the deadline exit, got {other:?}"),
    }
    assert!(m.is_closed());
}

#[test]
fn closing_twice_keeps_the_first_code() {
    let rt = Runtime::new();
    let m = rt.instantiate(&wat::parse_str(SPIN).unwrap()).unwrap();
    let closers: Vec<_> = (0..8)
        .map(|i| {
            let m = m.clone();
            std::thread::spawn(move || m.close_with_exit_code(i).unwrap())
        })
        .collect();
    closers.into_iter().for_each(|t| t.join().unwrap());
    let Err(Error::Exit(code)) = m.exported_function("count").unwrap().call(&[Val::I32(1)]) else {
        panic!("closed module ran")
    };
    assert!(code < 8);
    for _ in 0..3 {
        assert!(matches!(m.exported_function("count").unwrap().call(&[Val::I32(1)]), Err(Error::Exit(c)) if c == code));
    }
}

#[test]
fn hammer_instantiate_call_close_from_many_threads() {
    let rt = Arc::new(interruptible());
    let compiled = rt.compile_module(&wat::parse_str(SPIN).unwrap()).unwrap();
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let (rt, compiled) = (rt.clone(), compiled.clone());
            std::thread::spawn(move || {
                for i in 0..50 {
                    let name = format!("t{t}-{i}");
                    let m = rt.instantiate_module(&compiled, ModuleConfig::new().with_name(&name)).unwrap();
                    let count = m.exported_function("count").unwrap();
                    assert_eq!(count.call(&[Val::I32(i + 1)]).unwrap(), vec![Val::I32(i + 1)]);
                    assert!(rt.module(&name).is_some());
                    m.close_with_exit_code(i as u32).unwrap();
                    assert!(rt.module(&name).is_none());
                    // The name is free again after close.
                    let again = rt.instantiate_module(&compiled, ModuleConfig::new().with_name(&name)).unwrap();
                    again.close().unwrap();
                }
            })
        })
        .collect();
    threads.into_iter().for_each(|t| t.join().unwrap());
    rt.close().unwrap();
    assert!(matches!(rt.compile_module(&wat::parse_str("(module)").unwrap()), Err(Error::RuntimeClosed(0))));
}
