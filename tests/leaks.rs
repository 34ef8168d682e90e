//! Nothing leaks: after many threads instantiate, call and close modules (and the runtime
//! is closed and dropped), every instance, with its memory and code mappings, is freed.
//! Alone in its own test binary so no other test's instances are counted.

use onepass::{diagnostics::live_instances, ModuleConfig, Runtime, RuntimeConfig, Val};
use std::sync::Arc;

#[test]
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
