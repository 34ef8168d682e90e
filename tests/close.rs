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

/// A WASI command that exits with `code` from `_start` (through `proc_exit`).
fn exiting_command(code: u32) -> Vec<u8> {
    wat::parse_str(format!(
        r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
             (memory (export "memory") 1)
             (func (export "_start") (call $exit (i32.const {code}))))"#
    ))
    .unwrap()
}

#[test]
fn a_command_that_exits_frees_its_name_at_once() {
    let rt = Runtime::new();
    onepass::wasi::instantiate(&rt).unwrap();
    for code in [0, 3] {
        let compiled = rt.compile_module(&exiting_command(code)).unwrap();
        for _ in 0..3 {
            let config = ModuleConfig::new().with_name("cmd");
            match rt.instantiate_module(&compiled, config) {
                // Exit code 0 is success: the (closed) module is returned.
                Ok(m) if code == 0 => assert!(m.is_closed()),
                Err(Error::Exit(c)) if c == code => {}
                other => panic!("exit {code}: unexpected {other:?}"),
            }
            assert!(rt.module("cmd").is_none());
        }
    }
}

#[test]
fn exit_code_zero_ends_instantiation_before_later_start_functions() {
    let rt = Runtime::new();
    onepass::wasi::instantiate(&rt).unwrap();
    let ran = Arc::new(std::sync::atomic::AtomicU32::new(0));
    let seen = ran.clone();
    rt.new_host_module_builder("env")
        .func_wrap("mark", move |_, x: u32| {
            seen.fetch_or(x, std::sync::atomic::Ordering::SeqCst);
            Ok(())
        })
        .instantiate()
        .unwrap();
    let wasm = wat::parse_str(
        r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
             (import "env" "mark" (func $mark (param i32)))
             (func (export "first") (call $mark (i32.const 1)) (call $exit (i32.const 0)))
             (func (export "second") (call $mark (i32.const 2))))"#,
    )
    .unwrap();
    let config = ModuleConfig::new().with_name("m").with_start_functions(["first", "second"]);
    let m = rt.instantiate_with_config(&wasm, config.clone()).unwrap();
    assert!(m.is_closed());
    assert_eq!(ran.load(std::sync::atomic::Ordering::SeqCst), 1, "the second start function must not run");
    // A non-zero exit is the error itself, not wrapped.
    let wasm = wat::parse_str(
        r#"(module (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
             (func (export "first") (call $exit (i32.const 5))))"#,
    )
    .unwrap();
    assert!(matches!(rt.instantiate_with_config(&wasm, config), Err(Error::Exit(5))));
    assert!(rt.module("m").is_none());
}

#[test]
fn closing_from_a_host_function_or_a_deadline_frees_the_name() {
    let rt = interruptible();
    rt.new_host_module_builder("env")
        .func_wrap("quit", |caller: &mut onepass::Caller<'_>, code: u32| {
            caller.close_with_exit_code(code);
            Ok(())
        })
        .instantiate()
        .unwrap();
    let quitter = rt
        .compile_module(
            &wat::parse_str(
                r#"(module (import "env" "quit" (func $quit (param i32)))
                     (func (export "quit") (call $quit (i32.const 4))))"#,
            )
            .unwrap(),
        )
        .unwrap();
    let m = rt.instantiate_module(&quitter, ModuleConfig::new().with_name("q")).unwrap();
    m.exported_function("quit").unwrap().call(&[]).unwrap();
    assert!(m.is_closed() && rt.module("q").is_none());
    assert!(matches!(m.exported_function("quit").unwrap().call(&[]), Err(Error::Exit(4))));
    rt.instantiate_module(&quitter, ModuleConfig::new().with_name("q")).unwrap();

    let spin = rt.compile_module(&wat::parse_str(SPIN).unwrap()).unwrap();
    let m = rt.instantiate_module(&spin, ModuleConfig::new().with_name("s")).unwrap();
    let result = m.exported_function("spin").unwrap().call_with_timeout(&[], Duration::from_millis(30));
    assert!(matches!(result, Err(Error::Exit(EXIT_CODE_DEADLINE_EXCEEDED))), "{result:?}");
    assert!(rt.module("s").is_none());
    rt.instantiate_module(&spin, ModuleConfig::new().with_name("s")).unwrap();
}

/// A start function that never returns: `Runtime::close` reaches it, and a start timeout
/// bounds it.
const SPINNING_START: &str = r#"(module (func $spin (loop (br 0))) (start $spin))"#;

#[test]
fn a_running_start_function_is_closed_by_the_runtime_or_its_timeout() {
    let rt = interruptible();
    let compiled = rt.compile_module(&wat::parse_str(SPINNING_START).unwrap()).unwrap();
    let config = ModuleConfig::new().with_name("slow").with_start_timeout(Duration::from_millis(30));
    match rt.instantiate_module(&compiled, config) {
        Err(Error::Exit(code)) => assert_eq!(code, EXIT_CODE_DEADLINE_EXCEEDED),
        other => panic!("expected the deadline exit, got {other:?}"),
    }
    assert!(rt.module("slow").is_none());
    let closer = {
        let rt = rt.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(50));
            rt.close_with_exit_code(9).unwrap();
        })
    };
    match rt.instantiate_module(&compiled, ModuleConfig::new().with_name("slow")) {
        Err(Error::Exit(9)) => {}
        other => panic!("expected the runtime's exit code, got {other:?}"),
    }
    closer.join().unwrap();
}

#[test]
fn instantiating_while_the_runtime_closes_leaves_no_open_module() {
    for round in 0..20 {
        let rt = Arc::new(interruptible());
        let compiled = rt.compile_module(&wat::parse_str(SPIN).unwrap()).unwrap();
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let (rt, compiled) = (rt.clone(), compiled.clone());
                std::thread::spawn(move || {
                    let mut made = Vec::new();
                    for i in 0.. {
                        let name = if i % 2 == 0 { format!("r{round}-t{t}-{i}") } else { String::new() };
                        match rt.instantiate_module(&compiled, ModuleConfig::new().with_name(name)) {
                            Ok(m) => made.push(m),
                            Err(Error::RuntimeClosed(_)) => break,
                            Err(e) => panic!("unexpected {e:?}"),
                        }
                    }
                    made
                })
            })
            .collect();
        std::thread::sleep(Duration::from_micros(200 * (round % 5)));
        rt.close().unwrap();
        for t in threads {
            for m in t.join().unwrap() {
                assert!(m.is_closed(), "round {round}: {} was left open", m.name());
            }
        }
    }
}

#[test]
fn empty_names_are_refused_for_host_modules_and_aliases() {
    let rt = Runtime::new();
    assert!(rt.new_host_module_builder("").func_wrap("f", |_, ()| Ok(())).instantiate().is_err());
    let m = rt.instantiate(&wat::parse_str("(module)").unwrap()).unwrap();
    assert!(rt.register_alias(&m, "").is_err());
    rt.register_alias(&m, "named").unwrap();
    assert!(rt.module("named").is_some());
    // Closing frees every name of a module, aliases included.
    m.close().unwrap();
    assert!(rt.module("named").is_none());
    let again =
        rt.instantiate_with_config(&wat::parse_str("(module)").unwrap(), ModuleConfig::new().with_name("named"));
    assert!(again.is_ok(), "{again:?}");
}

/// Calls through another module's table into a closed module: the callee's exit code when
/// termination checks are on; the call just runs when they are off (it is memory-safe either way).
#[test]
fn calls_into_a_closed_module_through_a_table() {
    for checked in [true, false] {
        let rt = Runtime::with_config(RuntimeConfig::new().with_close_on_context_done(checked));
        let a = rt
            .instantiate_with_config(
                &wat::parse_str(
                    r#"(module (table (export "t") 1 funcref) (elem (i32.const 0) $f)
                         (func $f (result i32) (i32.const 42)))"#,
                )
                .unwrap(),
                ModuleConfig::new().with_name("a"),
            )
            .unwrap();
        let c = rt
            .instantiate(
                &wat::parse_str(
                    r#"(module (import "a" "t" (table 1 funcref)) (type $r (func (result i32)))
                         (func (export "call") (result i32) (call_indirect (type $r) (i32.const 0))))"#,
                )
                .unwrap(),
            )
            .unwrap();
        let call = c.exported_function("call").unwrap();
        assert_eq!(call.call(&[]).unwrap(), vec![Val::I32(42)]);
        a.close_with_exit_code(6).unwrap();
        drop(a);
        match call.call(&[]) {
            Err(Error::Exit(6)) if checked => {}
            Ok(v) if !checked => assert_eq!(v, vec![Val::I32(42)]),
            other => panic!("termination checks {checked}: unexpected {other:?}"),
        }
    }
}
