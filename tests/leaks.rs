//! Nothing leaks: after many threads instantiate, call and close modules (and the runtime
//! is closed and dropped), every instance, with its memory and code mappings, is freed.
//! Alone in its own test binary so no other test's instances are counted.

use onepass::diagnostics::{live_instances, registered_signatures};
use onepass::{FuncType, ModuleConfig, Runtime, RuntimeConfig, Val, ValType};
use std::sync::Arc;

#[test]
fn instances_and_signatures_are_freed_after_close() {
    instances_are_freed_after_close();
    signature_ids_are_released_with_their_last_user();
}

/// Modules with signatures no other module has, and host functions: once all are dropped,
/// their canonical ids are released (a plugin host loading ever new modules stays flat).
fn signature_ids_are_released_with_their_last_user() {
    let before = registered_signatures();
    for round in 0..3 {
        let rt = Runtime::new();
        let params = "i64 ".repeat(20 + round);
        let text = format!(
            "(module (type $t (func (param {params}) (result f32))) (table 1 funcref) (elem (i32.const 0) $f)
               (func $f (type $t) f32.const 1)
               (func (export \"g\") (result f32) {args} i32.const 0 call_indirect (type $t)))",
            args = "i64.const 0 ".repeat(20 + round)
        );
        let m = rt.instantiate(&wat::parse_str(&text).unwrap()).unwrap();
        assert_eq!(m.exported_function("g").unwrap().call(&[]).unwrap(), vec![Val::f32(1.0)]);
        let host_ty = FuncType::new(vec![ValType::F64; 30 + round], []);
        rt.new_host_module_builder("env").func("h", host_ty, |_, _| Ok(vec![])).instantiate().unwrap();
        assert!(registered_signatures() >= before + 3, "module and host signatures registered");
        rt.close().unwrap();
    }
    assert_eq!(registered_signatures(), before, "signature ids leaked");
}

fn instances_are_freed_after_close() {
    let before = live_instances();
    {
        let rt = Arc::new(Runtime::with_config(RuntimeConfig::new().with_close_on_context_done(true)));
        rt.new_host_module_builder("env").func_wrap("id", |_, x: i32| Ok(x)).instantiate().unwrap();
        let compiled = rt
            .compile_module(
                &wat::parse_str(
                    r#"(module (import "env" "id" (func $id (param i32) (result i32))) (memory 1)
                      (table 1 funcref) (elem (i32.const 0) $f)
                      (func $f (export "f") (param i32) (result i32) (call $id (local.get 0))))"#,
                )
                .unwrap(),
            )
            .unwrap();
        let threads: Vec<_> = (0..4)
            .map(|t| {
                let (rt, compiled) = (rt.clone(), compiled.clone());
                std::thread::spawn(move || {
                    for i in 0..25 {
                        let cfg = ModuleConfig::new().with_name(format!("t{t}-{i}"));
                        let m = rt.instantiate_module(&compiled, cfg).unwrap();
                        let f = m.exported_function("f").unwrap();
                        assert_eq!(f.call(&[Val::I32(i)]).unwrap(), vec![Val::I32(i)]);
                        if i % 2 == 0 {
                            m.close().unwrap();
                        }
                    }
                })
            })
            .collect();
        threads.into_iter().for_each(|t| t.join().unwrap());
        assert!(live_instances() > before);
        rt.close().unwrap();
    }
    assert_eq!(live_instances(), before, "instances leaked");
}
