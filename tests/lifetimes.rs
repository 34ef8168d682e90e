//! Function references outlive the module that made them: wherever a reference to a
//! module's function is stored (a table or global of another module, handed over by wasm
//! or by the host), that module's code and context stay alive after it is closed and its
//! handles are dropped, so calling through the reference still works.

use onepass::{ModuleConfig, Runtime, Val};

fn wasm(text: &str) -> Vec<u8> {
    wat::parse_str(text).expect("test module parses")
}

/// A module with one function returning `value`, closed and dropped by `hand_over`'s caller.
const PROVIDER: &str = r#"(module (func (export "f") (result i32) (i32.const 7)))"#;

/// A module that stores a reference in its table (from an argument or a global) and calls it.
const HOLDER: &str = r#"(module
  (global $g (export "g") (mut funcref) (ref.null func))
  (table 1 funcref)
  (type $r (func (result i32)))
  (func (export "put") (param funcref) (table.set (i32.const 0) (local.get 0)))
  (func (export "stash") (table.set (i32.const 0) (global.get $g)))
  (func (export "call") (result i32) (call_indirect (type $r) (i32.const 0))))"#;

fn named(rt: &Runtime, name: &str, text: &str) -> onepass::Module {
    let compiled = rt.compile_module(&wasm(text)).unwrap();
    rt.instantiate_module(&compiled, ModuleConfig::new().with_name(name)).unwrap()
}

#[test]
fn a_module_that_wrote_into_an_imported_table_outlives_its_close() {
    let rt = Runtime::new();
    let lib = named(
        &rt,
        "lib",
        r#"(module (table (export "table") 1 funcref) (type $r (func (result i32)))
             (func (export "call0") (result i32) (call_indirect (type $r) (i32.const 0))))"#,
    );
    let plugin = named(
        &rt,
        "plugin",
        r#"(module (import "lib" "table" (table 1 funcref))
             (func $mine (result i32) (i32.const 42)) (elem declare func $mine)
             (func (export "install") (table.set (i32.const 0) (ref.func $mine))))"#,
    );
    plugin.exported_function("install").unwrap().call(&[]).unwrap();
    plugin.close().unwrap();
    drop(plugin);
    let call0 = lib.exported_function("call0").unwrap();
    assert_eq!(call0.call(&[]).unwrap(), vec![Val::I32(42)]);
}

#[test]
fn references_handed_over_by_the_host_keep_their_module_alive() {
    let rt = Runtime::new();
    let holder = named(&rt, "holder", HOLDER);
    let call = holder.exported_function("call").unwrap();

    // Through a call argument.
    let provider = named(&rt, "p1", PROVIDER);
    let f = provider.exported_function("f").unwrap();
    holder.exported_function("put").unwrap().call(&[Val::FuncRef(Some(f))]).unwrap();
    provider.close().unwrap();
    drop(provider);
    assert_eq!(call.call(&[]).unwrap(), vec![Val::I32(7)]);

    // Through a global set from Rust (and cleared again before the provider goes away).
    let provider = named(&rt, "p2", PROVIDER);
    let g = holder.exported_global("g").unwrap();
    g.set(Val::FuncRef(Some(provider.exported_function("f").unwrap()))).unwrap();
    holder.exported_function("stash").unwrap().call(&[]).unwrap();
    g.set(Val::FuncRef(None)).unwrap();
    provider.close().unwrap();
    drop(provider);
    assert_eq!(call.call(&[]).unwrap(), vec![Val::I32(7)]);

    // Through a host function's result.
    let provider = named(&rt, "p3", PROVIDER);
    let slot = std::sync::Arc::new(std::sync::Mutex::new(provider.exported_function("f")));
    let taken = slot.clone();
    rt.new_host_module_builder("env")
        .func("get", onepass::FuncType::new([], [onepass::ValType::FuncRef]), move |_, _| {
            Ok(vec![Val::FuncRef(taken.lock().unwrap().take())])
        })
        .instantiate()
        .unwrap();
    let asker = named(
        &rt,
        "asker",
        r#"(module (import "env" "get" (func $get (result funcref))) (table 1 funcref)
             (type $r (func (result i32)))
             (func (export "fetch") (table.set (i32.const 0) (call $get)))
             (func (export "call") (result i32) (call_indirect (type $r) (i32.const 0))))"#,
    );
    asker.exported_function("fetch").unwrap().call(&[]).unwrap();
    assert!(slot.lock().unwrap().is_none(), "the host gave its only handle away");
    provider.close().unwrap();
    drop(provider);
    assert_eq!(asker.exported_function("call").unwrap().call(&[]).unwrap(), vec![Val::I32(7)]);
}

/// Issue 16, sequence 1: a module that imports only a table keeps calling through it after
/// the table's exporter (whose function the table holds) is closed and dropped.
#[test]
fn a_table_importer_calls_the_exporters_function_after_the_exporter_is_gone() {
    let rt = Runtime::new();
    let a = named(
        &rt,
        "a",
        r#"(module (table (export "t") 1 funcref) (elem (i32.const 0) $f)
             (func $f (result i32) (i32.const 42)))"#,
    );
    let c = named(
        &rt,
        "c",
        r#"(module (import "a" "t" (table 1 funcref)) (type $r (func (result i32)))
             (func (export "call") (result i32) (call_indirect (type $r) (i32.const 0))))"#,
    );
    let call = c.exported_function("call").unwrap();
    assert_eq!(call.call(&[]).unwrap(), vec![Val::I32(42)]);
    a.close().unwrap();
    drop(a);
    assert_eq!(call.call(&[]).unwrap(), vec![Val::I32(42)]);
}

/// Issue 16, sequence 2: the same through an immutable funcref global that the importer
/// copies into its own table.
#[test]
fn a_global_importer_calls_the_exporters_function_after_the_exporter_is_gone() {
    let rt = Runtime::new();
    let a = named(
        &rt,
        "a",
        r#"(module (global (export "g") funcref (ref.func $f)) (func $f (result i32) (i32.const 42)))"#,
    );
    let c = named(
        &rt,
        "c",
        r#"(module (import "a" "g" (global $g funcref)) (table 1 funcref) (type $r (func (result i32)))
             (func (export "copy") (table.set (i32.const 0) (global.get $g)))
             (func (export "call") (result i32) (call_indirect (type $r) (i32.const 0))))"#,
    );
    c.exported_function("copy").unwrap().call(&[]).unwrap();
    a.close().unwrap();
    drop(a);
    assert_eq!(c.exported_function("call").unwrap().call(&[]).unwrap(), vec![Val::I32(42)]);
}

/// Issue 16, sequence 3: a module hands a reference to its own function to another module
/// (through a call), which stores it in its own table; the first module is closed and
/// dropped, and the second calls through its table.
#[test]
fn a_reference_passed_between_modules_outlives_its_module() {
    let rt = Runtime::new();
    let a = named(
        &rt,
        "a",
        r#"(module (table 1 funcref) (type $r (func (result i32)))
             (func (export "store") (param funcref) (table.set (i32.const 0) (local.get 0)))
             (func (export "call") (result i32) (call_indirect (type $r) (i32.const 0))))"#,
    );
    let c = named(
        &rt,
        "c",
        r#"(module (import "a" "store" (func $store (param funcref)))
             (func $mine (result i32) (i32.const 42)) (elem declare func $mine)
             (func (export "give") (call $store (ref.func $mine))))"#,
    );
    c.exported_function("give").unwrap().call(&[]).unwrap();
    c.close().unwrap();
    drop(c);
    assert_eq!(a.exported_function("call").unwrap().call(&[]).unwrap(), vec![Val::I32(42)]);
}

/// A host module's global initialized with a function whose only handle is given to the
/// builder: the global keeps that function's module alive.
#[test]
fn a_host_global_keeps_the_function_it_was_built_with() {
    let rt = Runtime::new();
    let provider = rt.instantiate(&wasm(PROVIDER)).unwrap();
    let f = provider.exported_function("f").unwrap();
    drop(provider);
    rt.new_host_module_builder("h").global("g", Val::FuncRef(Some(f)), true).instantiate().unwrap();
    let user = named(
        &rt,
        "user",
        r#"(module (import "h" "g" (global $g (mut funcref))) (table 1 funcref) (type $r (func (result i32)))
             (func (export "call") (result i32)
               (table.set (i32.const 0) (global.get $g)) (call_indirect (type $r) (i32.const 0))))"#,
    );
    // Other allocations reuse whatever was freed.
    let _noise: Vec<Vec<u8>> = (0..100).map(|i| vec![i as u8; 256]).collect();
    assert_eq!(user.exported_function("call").unwrap().call(&[]).unwrap(), vec![Val::I32(7)]);
    let g = rt.module("h").unwrap().exported_global("g").unwrap();
    let Val::FuncRef(Some(f)) = g.get() else { panic!("the global lost its reference") };
    assert_eq!(f.call(&[]).unwrap(), vec![Val::I32(7)]);
}

/// An instantiation that writes its functions into an imported table and then traps: its
/// functions stay in the table (memory-safely), and the module is closed, so with
/// termination checks they stop with its exit code; without, they still run.
#[test]
fn a_failed_instantiation_that_wrote_into_a_table_is_closed() {
    for checked in [true, false] {
        let rt = Runtime::with_config(onepass::RuntimeConfig::new().with_close_on_context_done(checked));
        let lib = named(
            &rt,
            "lib",
            r#"(module (table (export "t") 2 funcref) (type $r (func (result i32)))
                 (func (export "call0") (result i32) (call_indirect (type $r) (i32.const 0))))"#,
        );
        let failing = wasm(
            r#"(module (import "lib" "t" (table 2 funcref))
                 (func $mine (result i32) (i32.const 42))
                 (elem (i32.const 0) $mine)
                 (elem (i32.const 5) $mine))"#,
        );
        assert!(rt.instantiate(&failing).is_err(), "the second segment is out of bounds");
        let call0 = lib.exported_function("call0").unwrap();
        match call0.call(&[]) {
            Err(onepass::Error::Exit(0)) if checked => {}
            Ok(v) if !checked => assert_eq!(v, vec![Val::I32(42)]),
            other => panic!("termination checks {checked}: unexpected {other:?}"),
        }
        rt.close().unwrap();
    }
}
