//! End-to-end tests of the embedding API: calls, host functions, traps, memory, globals,
//! errors for bad input, and close semantics.

use onepass::{CoreFeatures, Error, FuncType, ModuleConfig, Runtime, RuntimeConfig, TrapCode, Val, ValType};

fn wasm(text: &str) -> Vec<u8> {
    wat::parse_str(text).expect("test module parses")
}

fn trap_code(result: Result<Vec<Val>, Error>) -> TrapCode {
    match result {
        Err(Error::Trap(t)) => t.code,
        other => panic!("expected a trap, got {other:?}"),
    }
}

#[test]
fn calls_exports_with_every_scalar_type() {
    let rt = Runtime::new();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (func (export "mix") (param i32 i64 f32 f64) (result f64)
                (f64.add (f64.add (f64.convert_i32_s (local.get 0)) (f64.convert_i64_s (local.get 1)))
                         (f64.add (f64.promote_f32 (local.get 2)) (local.get 3))))
              (func (export "i64") (param i64) (result i64) (i64.mul (local.get 0) (i64.const -3))))"#,
        ))
        .unwrap();
    let mix = m.exported_function("mix").unwrap();
    let r = mix.call(&[Val::I32(1), Val::I64(2), Val::f32(0.5), Val::f64(0.25)]).unwrap();
    assert_eq!(r, vec![Val::f64(3.75)]);
    let i64f = m.exported_function("i64").unwrap();
    assert_eq!(i64f.call(&[Val::I64(1 << 40)]).unwrap(), vec![Val::I64(-3 << 40)]);
    assert!(matches!(mix.call(&[Val::I32(1)]), Err(Error::Call(_))));
}

#[test]
fn each_trap_kind_is_distinct() {
    let rt = Runtime::new();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (memory 1)
              (table 2 funcref)
              (type $v (func))
              (func $f (param i32))
              (elem (i32.const 0) $f)
              (func (export "unreachable") unreachable)
              (func (export "div0") (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
              (func (export "overflow") (result i32) (i32.div_s (i32.const 0x80000000) (i32.const -1)))
              (func (export "conv") (param f32) (result i32) (i32.trunc_f32_s (local.get 0)))
              (func (export "oob") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "indirect") (param i32) (call_indirect (type $v) (local.get 0)))
              (func $rec (export "recurse") (call $rec)))"#,
        ))
        .unwrap();
    let f = |n: &str| m.exported_function(n).unwrap();
    assert_eq!(trap_code(f("unreachable").call(&[])), TrapCode::Unreachable);
    assert_eq!(trap_code(f("div0").call(&[Val::I32(0)])), TrapCode::IntegerDivideByZero);
    assert_eq!(trap_code(f("overflow").call(&[])), TrapCode::IntegerOverflow);
    assert_eq!(trap_code(f("conv").call(&[Val::f32(f32::NAN)])), TrapCode::BadConversionToInteger);
    assert_eq!(trap_code(f("conv").call(&[Val::f32(3e9)])), TrapCode::IntegerOverflow);
    assert_eq!(trap_code(f("oob").call(&[Val::I32(65534)])), TrapCode::MemoryOutOfBounds);
    assert_eq!(trap_code(f("oob").call(&[Val::I32(-1)])), TrapCode::MemoryOutOfBounds);
    assert_eq!(trap_code(f("indirect").call(&[Val::I32(0)])), TrapCode::IndirectCallTypeMismatch);
    assert_eq!(trap_code(f("indirect").call(&[Val::I32(1)])), TrapCode::UninitializedElement);
    assert_eq!(trap_code(f("indirect").call(&[Val::I32(2)])), TrapCode::UndefinedElement);
    assert_eq!(trap_code(f("recurse").call(&[])), TrapCode::StackOverflow);
    // The instance stays usable after every trap.
    assert_eq!(f("div0").call(&[Val::I32(1)]).unwrap(), vec![Val::I32(1)]);
}

#[test]
fn host_functions_see_the_caller_memory_and_can_fail() {
    let rt = Runtime::new();
    rt.new_host_module_builder("env")
        .func("sum_bytes", FuncType::new([ValType::I32, ValType::I32], [ValType::I32]), |caller, args| {
            let (&Val::I32(ptr), &Val::I32(len)) = (&args[0], &args[1]) else { unreachable!() };
            let mem = caller.memory().expect("caller has memory");
            let mut buf = vec![0u8; len as usize];
            if !mem.read(ptr as u64, &mut buf) {
                return Err(Error::Host("out of range".into()));
            }
            Ok(vec![Val::I32(buf.iter().map(|&b| b as i32).sum())])
        })
        .func("fail", FuncType::new([], []), |_, _| Err(Error::Host("refused".into())))
        .func("boom", FuncType::new([], []), |_, _| panic!("host panic"))
        .instantiate()
        .unwrap();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (import "env" "sum_bytes" (func $sum (param i32 i32) (result i32)))
              (import "env" "fail" (func $fail))
              (import "env" "boom" (func $boom))
              (memory (export "memory") 1)
              (data (i32.const 16) "\01\02\03\04")
              (func (export "sum") (result i32) (call $sum (i32.const 16) (i32.const 4)))
              (func (export "fail") (call $fail))
              (func (export "boom") (call $boom)))"#,
        ))
        .unwrap();
    assert_eq!(m.exported_function("sum").unwrap().call(&[]).unwrap(), vec![Val::I32(10)]);
    match m.exported_function("fail").unwrap().call(&[]) {
        Err(Error::Host(msg)) => assert_eq!(msg, "refused"),
        other => panic!("expected the host error, got {other:?}"),
    }
    match m.exported_function("boom").unwrap().call(&[]) {
        Err(Error::Host(msg)) => assert!(msg.contains("host panic"), "{msg}"),
        other => panic!("expected the panic as an error, got {other:?}"),
    }
    // Still usable.
    assert_eq!(m.exported_function("sum").unwrap().call(&[]).unwrap(), vec![Val::I32(10)]);
    let mem = m.exported_memory("memory").unwrap();
    assert!(mem.write(16, &[10, 10, 10, 10]));
    assert_eq!(m.exported_function("sum").unwrap().call(&[]).unwrap(), vec![Val::I32(40)]);
    assert!(!mem.write(65535, &[1, 2]));
}

#[test]
fn globals_and_memory_grow() {
    let rt = Runtime::new();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (global $g (export "g") (mut i64) (i64.const 7))
              (memory (export "mem") 1 3)
              (func (export "bump") (result i64) (global.set $g (i64.add (global.get $g) (i64.const 1))) (global.get $g))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
              (func (export "size") (result i32) (memory.size)))"#,
        ))
        .unwrap();
    let g = m.exported_global("g").unwrap();
    assert_eq!(g.get(), Val::I64(7));
    assert_eq!(m.exported_function("bump").unwrap().call(&[]).unwrap(), vec![Val::I64(8)]);
    g.set(Val::I64(100)).unwrap();
    assert_eq!(m.exported_function("bump").unwrap().call(&[]).unwrap(), vec![Val::I64(101)]);
    assert!(g.set(Val::I32(1)).is_err());
    let grow = m.exported_function("grow").unwrap();
    assert_eq!(grow.call(&[Val::I32(2)]).unwrap(), vec![Val::I32(1)]);
    assert_eq!(grow.call(&[Val::I32(1)]).unwrap(), vec![Val::I32(-1)]);
    assert_eq!(m.exported_function("size").unwrap().call(&[]).unwrap(), vec![Val::I32(3)]);
    assert_eq!(m.exported_memory("mem").unwrap().size(), 3 * 65536);
}

#[test]
fn memory_capacity_from_max_keeps_size_and_bounds() {
    let rt = Runtime::with_config(RuntimeConfig::new().with_memory_capacity_from_max(true));
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (memory (export "mem") 1 64)
              (func (export "load") (param i32) (result i32) (i32.load (local.get 0)))
              (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))"#,
        ))
        .unwrap();
    let load = m.exported_function("load").unwrap();
    assert_eq!(m.exported_memory("mem").unwrap().size(), 65536);
    assert_eq!(trap_code(load.call(&[Val::I32(65536)])), TrapCode::MemoryOutOfBounds);
    let grow = m.exported_function("grow").unwrap();
    assert_eq!(grow.call(&[Val::I32(63)]).unwrap(), vec![Val::I32(1)]);
    assert_eq!(load.call(&[Val::I32(64 * 65536 - 4)]).unwrap(), vec![Val::I32(0)]);
    assert_eq!(trap_code(load.call(&[Val::I32(64 * 65536 - 3)])), TrapCode::MemoryOutOfBounds);
    assert_eq!(grow.call(&[Val::I32(1)]).unwrap(), vec![Val::I32(-1)]);
}

#[test]
fn bad_modules_are_errors_with_offsets() {
    let rt = Runtime::new();
    for bytes in [&b"\0asm\x01\0\0\0\x01"[..], b"not wasm", b"\0asm\x01\0\0\0\x0a\x04\x01\x02\0\x0b"] {
        match rt.compile_module(bytes) {
            Err(Error::Compile { message, .. }) => assert!(!message.is_empty()),
            Err(other) => panic!("expected a compile error, got {other}"),
            Ok(_) => panic!("accepted bad module {bytes:?}"),
        }
    }
    let invalid = wasm(r#"(module (func (result i32) (i64.const 1)))"#);
    let e = rt.compile_module(&invalid).err().expect("type error is caught");
    assert!(e.to_string().contains("type mismatch"), "{e}");
}

#[test]
fn names_are_unique_and_failed_instantiation_releases_them() {
    let rt = Runtime::new();
    let compiled = rt.compile_module(&wasm(r#"(module (func (export "f")))"#)).unwrap();
    let cfg = ModuleConfig::new().with_name("a");
    rt.instantiate_module(&compiled, cfg.clone()).unwrap();
    assert!(matches!(rt.instantiate_module(&compiled, cfg), Err(Error::NameInUse(_))));
    let trapping = rt.compile_module(&wasm(r#"(module (func $s unreachable) (start $s))"#)).unwrap();
    let cfg = ModuleConfig::new().with_name("b");
    assert!(matches!(rt.instantiate_module(&trapping, cfg.clone()), Err(Error::Start { .. })));
    assert!(rt.module("b").is_none());
    // The name is free again.
    rt.instantiate_module(&compiled, cfg).unwrap();
    assert!(rt.module("b").is_some());
}

#[test]
fn closing_the_runtime_closes_modules_and_refuses_work() {
    let rt = Runtime::new();
    let m = rt.instantiate(&wasm(r#"(module (func (export "f") (result i32) (i32.const 1)))"#)).unwrap();
    rt.close_with_exit_code(3).unwrap();
    rt.close_with_exit_code(4).unwrap();
    assert!(m.is_closed());
    assert!(matches!(m.exported_function("f").unwrap().call(&[]), Err(Error::Exit(3))));
    match rt.compile_module(&wasm("(module)")) {
        Err(e) => assert_eq!(e.to_string(), "runtime closed with exit_code(3)"),
        Ok(_) => panic!("closed runtime compiled a module"),
    }
}

#[test]
fn typed_calls_check_the_signature_once() {
    let rt = Runtime::new();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (func (export "addf") (param f64 f32) (result f64) (f64.add (local.get 0) (f64.promote_f32 (local.get 1))))
              (func (export "noop")))"#,
        ))
        .unwrap();
    let addf = m.exported_function("addf").unwrap().typed::<(f64, f32), f64>().unwrap();
    assert_eq!(addf.call((1.5, 2.25)).unwrap(), 3.75);
    assert!(m.exported_function("addf").unwrap().typed::<(i32, i32), i32>().is_err());
    let noop = m.exported_function("noop").unwrap().typed::<(), ()>().unwrap();
    noop.call(()).unwrap();
}

#[test]
fn references_and_multi_value_cross_the_api() {
    let rt = Runtime::new();
    rt.new_host_module_builder("env")
        .func("swap", FuncType::new([ValType::I32, ValType::I64], [ValType::I64, ValType::I32]), |_, args| {
            Ok(vec![args[1].clone(), args[0].clone()])
        })
        .instantiate()
        .unwrap();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (import "env" "swap" (func $swap (param i32 i64) (result i64 i32)))
              (table $t (export "t") 2 externref)
              (func $f (export "f") (result i32) (i32.const 7))
              (func (export "fref") (result funcref) (ref.func $f))
              (func (export "keep") (param externref) (result externref) (table.set $t (i32.const 1) (local.get 0)) (table.get $t (i32.const 1)))
              (func (export "swap") (param i32 i64) (result i64 i32) (call $swap (local.get 0) (local.get 1)))
              (func (export "three") (result i32 f64 i64) (i32.const 1) (f64.const 2.5) (i64.const 3)))"#,
        ))
        .unwrap();
    let f = |n: &str| m.exported_function(n).unwrap();
    let Val::FuncRef(Some(func)) = f("fref").call(&[]).unwrap().remove(0) else { panic!("expected a funcref") };
    assert_eq!(func.call(&[]).unwrap(), vec![Val::I32(7)]);
    assert_eq!(f("keep").call(&[Val::ExternRef(Some(0))]).unwrap(), vec![Val::ExternRef(Some(0))]);
    assert_eq!(f("keep").call(&[Val::ExternRef(None)]).unwrap(), vec![Val::ExternRef(None)]);
    assert_eq!(f("swap").call(&[Val::I32(1), Val::I64(2)]).unwrap(), vec![Val::I64(2), Val::I32(1)]);
    assert_eq!(f("three").call(&[]).unwrap(), vec![Val::I32(1), Val::f64(2.5), Val::I64(3)]);
}

#[test]
fn typed_and_raw_host_functions() {
    let rt = Runtime::new();
    rt.new_host_module_builder("env")
        .func_wrap("mul_add", |_, (a, b, c): (i64, i64, i64)| Ok(a * b + c))
        .func_wrap("half", |_, x: f64| Ok(x / 2.0))
        .func_raw("swap", FuncType::new([ValType::I32, ValType::I32], [ValType::I32, ValType::I32]), |_, stack| {
            stack.swap(0, 1);
            Ok(())
        })
        .func_wrap("fail", |_, ()| -> Result<(), Error> { Err(Error::Host("no".into())) })
        .instantiate()
        .unwrap();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (import "env" "mul_add" (func $ma (param i64 i64 i64) (result i64)))
              (import "env" "half" (func $half (param f64) (result f64)))
              (import "env" "swap" (func $swap (param i32 i32) (result i32 i32)))
              (import "env" "fail" (func $fail))
              (func (export "ma") (result i64) (call $ma (i64.const 6) (i64.const 7) (i64.const 8)))
              (func (export "half") (result f64) (call $half (f64.const 5)))
              (func (export "swap") (result i32) (call $swap (i32.const 1) (i32.const 2)) (i32.sub))
              (func (export "fail") (call $fail)))"#,
        ))
        .unwrap();
    let f = |n: &str| m.exported_function(n).unwrap();
    assert_eq!(f("ma").call(&[]).unwrap(), vec![Val::I64(50)]);
    assert_eq!(f("half").call(&[]).unwrap(), vec![Val::f64(2.5)]);
    assert_eq!(f("swap").call(&[]).unwrap(), vec![Val::I32(1)]);
    assert!(matches!(f("fail").call(&[]), Err(Error::Host(_))));
    // A raw host function may not deal in references.
    let refused = rt
        .new_host_module_builder("bad")
        .func_raw("r", FuncType::new([], [ValType::FuncRef]), |_, _| Ok(()))
        .instantiate();
    assert!(refused.is_err());
}

#[test]
fn traps_carry_a_backtrace_with_function_names() {
    let rt = Runtime::new();
    let m = rt
        .instantiate(&wasm(
            r#"(module $demo (memory 1)
              (func $inner (param i32) (result i32) (i32.div_u (i32.const 1) (local.get 0)))
              (func $middle (param i32) (result i32) (call $inner (local.get 0)))
              (func (export "outer") (param i32) (result i32) (call $middle (local.get 0)))
              (func $load (export "load") (param i32) (result i32) (i32.load (local.get 0))))"#,
        ))
        .unwrap();
    let Err(Error::Trap(trap)) = m.exported_function("outer").unwrap().call(&[Val::I32(0)]) else {
        panic!("expected a trap")
    };
    assert_eq!(trap.code, TrapCode::IntegerDivideByZero);
    assert_eq!(trap.backtrace, vec!["demo!inner", "demo!middle", "demo!func[2]"]);
    assert!(trap.to_string().contains("at demo!middle"), "{trap}");
    // Faults caught by the signal handler are named too.
    let Err(Error::Trap(trap)) = m.exported_function("load").unwrap().call(&[Val::I32(-4)]) else {
        panic!("expected a trap")
    };
    assert_eq!(trap.code, TrapCode::MemoryOutOfBounds);
    assert_eq!(trap.backtrace, vec!["demo!load"]);
}

#[test]
fn debug_info_and_custom_sections_are_configurable() {
    let bytes = wasm(r#"(module $m (@custom "meta" "hello") (func $boom (export "boom") unreachable))"#);
    let rt = Runtime::with_config(onepass::RuntimeConfig::new().with_custom_sections(true));
    let compiled = rt.compile_module(&bytes).unwrap();
    assert_eq!(compiled.custom_sections("meta").collect::<Vec<_>>(), vec![&b"hello"[..]]);
    let m = rt.instantiate_module(&compiled, ModuleConfig::new()).unwrap();
    let Err(Error::Trap(t)) = m.exported_function("boom").unwrap().call(&[]) else { panic!("expected a trap") };
    assert_eq!(t.backtrace, vec!["m!boom"]);

    let rt = Runtime::with_config(onepass::RuntimeConfig::new().with_debug_info(false));
    let compiled = rt.compile_module(&bytes).unwrap();
    assert_eq!(compiled.custom_sections("meta").count(), 0);
    let m = rt.instantiate_module(&compiled, ModuleConfig::new()).unwrap();
    let Err(Error::Trap(t)) = m.exported_function("boom").unwrap().call(&[]) else { panic!("expected a trap") };
    assert_eq!(t.backtrace, vec!["m!func[0]"]);
}

#[test]
fn exit_from_a_start_function() {
    let rt = Runtime::new();
    rt.new_host_module_builder("wasi_like")
        .func_wrap("exit", |_, code: i32| -> Result<(), Error> { Err(Error::Exit(code as u32)) })
        .instantiate()
        .unwrap();
    let module = |code: i32| {
        wasm(&format!(
            r#"(module (import "wasi_like" "exit" (func $exit (param i32)))
              (func (export "_start") (call $exit (i32.const {code}))))"#
        ))
    };
    // Exit code 0 from a start function is success.
    let ok = rt.compile_module(&module(0)).unwrap();
    assert!(rt.instantiate_module(&ok, ModuleConfig::new().with_name("zero")).is_ok());
    // A non-zero exit is returned as the exit error itself, and the name stays free.
    let bad = rt.compile_module(&module(3)).unwrap();
    assert!(matches!(rt.instantiate_module(&bad, ModuleConfig::new().with_name("three")), Err(Error::Exit(3))));
    assert!(rt.module("three").is_none());
    assert!(rt.instantiate_module(&ok, ModuleConfig::new().with_name("three")).is_ok());
}

/// A module whose code section is large enough to be compiled on several threads: function
/// `k` returns its argument plus `k` plus 60 (sixty `+ 1` steps), unless `bad` names a
/// function whose body is then ill-typed.
fn large_module(functions: u32, bad: Option<u32>) -> Vec<u8> {
    let mut text = String::from("(module");
    for k in 0..functions {
        text.push_str(&format!(
            "(func $f{k} (export \"f{k}\") (param i32) (result i32) local.get 0 i32.const {k} i32.add"
        ));
        for _ in 0..60 {
            text.push_str(" i32.const 1 i32.add");
        }
        // One byte either way, so good and bad modules have the same layout.
        text.push_str(if bad == Some(k) { " f32.neg" } else { " nop" });
        text.push(')');
    }
    text.push(')');
    wasm(&text)
}

#[test]
fn large_modules_compile_in_parallel_with_the_first_error_in_function_order() {
    let bytes = large_module(3000, None);
    assert_eq!(bytes.len(), large_module(3000, Some(1)).len(), "a bad body has the same length");
    assert!(bytes.len() > 512 * 1024, "large enough for parallel compilation: {}", bytes.len());
    let rt = Runtime::new();
    let m = rt.instantiate(&bytes).unwrap();
    for k in [0, 1, 1499, 2999] {
        let f = m.exported_function(&format!("f{k}")).unwrap().typed::<i32, i32>().unwrap();
        assert_eq!(f.call(5).unwrap(), 5 + k + 60);
    }
    // Two bad bodies: the earlier one is reported, every time.
    let mut bytes = large_module(3000, Some(900));
    let late = large_module(3000, Some(2500));
    let first = match rt.compile_module(&bytes) {
        Err(Error::Compile { message, offset }) => (message, offset),
        other => panic!("expected a compile error, got {other:?}"),
    };
    assert!(first.0.contains("type mismatch"), "{}", first.0);
    // Splice function 2500's bad body into the module with bad function 900 (the bodies are
    // the same length, so one byte range of the code section differs).
    let good = large_module(3000, None);
    let diff: Vec<usize> = (0..late.len()).filter(|&i| late[i] != good[i]).collect();
    assert!(!diff.is_empty());
    for &i in &diff {
        bytes[i] = late[i];
    }
    for _ in 0..5 {
        match rt.compile_module(&bytes) {
            Err(Error::Compile { message, offset }) => assert_eq!((message, offset), first.clone()),
            other => panic!("expected a compile error, got {other:?}"),
        }
    }
}

/// Functions land in the code image in the order the compiling threads finish them, not
/// in function order: direct calls between them and the names in a trap's backtrace must
/// still find the right functions.
#[test]
fn large_modules_link_calls_and_name_frames_whatever_order_their_code_lands_in() {
    // Function k calls function k-1 and adds one, except every twentieth, which divides
    // 100 by its argument (a trap for 0). Sixty `+ 0` steps make the section large enough
    // for several threads.
    let mut text = String::from("(module $big");
    for k in 0..3000 {
        text.push_str(&format!("(func $f{k} (export \"f{k}\") (param i32) (result i32)"));
        if k % 20 == 0 {
            text.push_str(" i32.const 100 local.get 0 i32.div_u");
        } else {
            text.push_str(&format!(" local.get 0 call $f{} i32.const 1 i32.add", k - 1));
        }
        text.push_str(&" i32.const 0 i32.add".repeat(60));
        text.push(')');
    }
    text.push(')');
    let bytes = wasm(&text);
    assert!(bytes.len() > 512 * 1024, "large enough for parallel compilation: {}", bytes.len());
    let rt = Runtime::new();
    let m = rt.instantiate(&bytes).unwrap();
    for k in [0, 1, 99, 1234, 2999] {
        let f = m.exported_function(&format!("f{k}")).unwrap().typed::<i32, i32>().unwrap();
        assert_eq!(f.call(5).unwrap(), 20 + k % 20, "f{k}");
    }
    let Err(Error::Trap(trap)) = m.exported_function("f2999").unwrap().call(&[Val::I32(0)]) else {
        panic!("expected a trap")
    };
    assert_eq!(trap.code, TrapCode::IntegerDivideByZero);
    let expected: Vec<String> = (2980..3000).map(|k| format!("big!f{k}")).collect();
    assert_eq!(trap.backtrace, expected);
}

#[test]
fn lazy_compilation_compiles_each_function_once_on_first_call() {
    let rt = Runtime::with_config(RuntimeConfig::new().with_lazy_compilation(true));
    let bytes = wasm(
        r#"(module $demo (memory 1)
          (func $inner (param i32) (result i32) (i32.div_u (i32.const 100) (local.get 0)))
          (func $middle (param i32) (result i32) (call $inner (local.get 0)))
          (func (export "outer") (param i32) (result i32) (call $middle (local.get 0)))
          (table 1 funcref) (elem (i32.const 0) $inner)
          (func (export "indirect") (param i32) (result i32)
            (call_indirect (param i32) (result i32) (local.get 0) (i32.const 0))))"#,
    );
    // A body that does not validate is still rejected when the module is compiled.
    let bad = wasm(r#"(module (func (export "f") (result i32) (f32.const 1)))"#);
    assert!(matches!(rt.compile_module(&bad), Err(Error::Compile { .. })));

    let compiled = rt.compile_module(&bytes).unwrap();
    let first = rt.instantiate_module(&compiled, ModuleConfig::new().with_name("first")).unwrap();
    let outer = first.exported_function("outer").unwrap().typed::<i32, i32>().unwrap();
    assert_eq!(outer.call(4).unwrap(), 25);
    assert_eq!(outer.call(5).unwrap(), 20);
    let Err(Error::Trap(trap)) = first.exported_function("outer").unwrap().call(&[Val::I32(0)]) else {
        panic!("expected a trap")
    };
    assert_eq!(trap.code, TrapCode::IntegerDivideByZero);
    assert_eq!(trap.backtrace, vec!["demo!inner", "demo!middle", "demo!func[2]"]);
    // A second instance, and calls from many threads at once into functions not yet called.
    let second = rt.instantiate_module(&compiled, ModuleConfig::new().with_name("second")).unwrap();
    let second = std::sync::Arc::new(second);
    let threads: Vec<_> = (1..=4)
        .map(|t| {
            let second = second.clone();
            std::thread::spawn(move || {
                let indirect = second.exported_function("indirect").unwrap().typed::<i32, i32>().unwrap();
                let outer = second.exported_function("outer").unwrap().typed::<i32, i32>().unwrap();
                for _ in 0..100 {
                    assert_eq!(indirect.call(t).unwrap(), 100 / t);
                    assert_eq!(outer.call(t).unwrap(), 100 / t);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}

#[test]
fn perf_map_lists_each_compiled_function_with_its_address_and_size() {
    let rt = Runtime::with_config(RuntimeConfig::new().with_perf_map(true));
    let bytes = wasm(
        r#"(module $maptest (func $first_for_perf (export "f") (result i32) (i32.const 1))
             (func $second_for_perf (param i32) (result i32) (i32.add (local.get 0) (i32.const 2))))"#,
    );
    let compiled = rt.compile_module(&bytes).unwrap();
    let map = std::fs::read_to_string(format!("/tmp/perf-{}.map", std::process::id())).expect("the map is written");
    let entries: Vec<(u64, u64)> = ["maptest!first_for_perf", "maptest!second_for_perf"]
        .iter()
        .map(|name| {
            let line = map.lines().rev().find(|l| l.ends_with(&format!(" {name}"))).expect("a line per function");
            let mut fields = line.split(' ');
            let mut hex = || u64::from_str_radix(fields.next().unwrap(), 16).unwrap();
            (hex(), hex())
        })
        .collect();
    // Adjacent in the image, in order, each with its code.
    assert!(entries[0].1 > 0 && entries[0].0 + entries[0].1 <= entries[1].0, "{entries:x?}");
    let m = rt.instantiate_module(&compiled, ModuleConfig::new()).unwrap();
    assert_eq!(m.exported_function("f").unwrap().call(&[]).unwrap(), vec![Val::I32(1)]);
    // Off by default: nothing more is written.
    let before = std::fs::read_to_string(format!("/tmp/perf-{}.map", std::process::id())).unwrap();
    Runtime::new().compile_module(&bytes).unwrap();
    let after = std::fs::read_to_string(format!("/tmp/perf-{}.map", std::process::id())).unwrap();
    assert_eq!(before, after);
}

// ---- v128 through the API ----
//
// Values, globals, host functions and wasm functions with v128 parameters and results.

/// A runtime that accepts the fixed-width SIMD proposal (the default, Wasm 2.0).
fn simd_runtime() -> Runtime {
    Runtime::new()
}

/// A v128 from its four i32 lanes, lane 0 first (as `v128.const i32x4` writes them).
fn i32x4(lanes: [u32; 4]) -> u128 {
    lanes.iter().rev().fold(0, |v, &l| v << 32 | l as u128)
}

#[test]
fn core_features_are_a_bitset() {
    assert_eq!(CoreFeatures::default(), CoreFeatures::V2);
    assert!(CoreFeatures::V2.contains(CoreFeatures::V1));
    assert!(!CoreFeatures::V1.contains(CoreFeatures::V2));
    assert!(CoreFeatures::V2.contains(CoreFeatures::SIMD), "SIMD is part of 2.0");
    assert!(!CoreFeatures::V2.contains(CoreFeatures::RELAXED_SIMD), "relaxed SIMD is 3.0");
    let simd = CoreFeatures::V2 | CoreFeatures::SIMD;
    assert_eq!(simd, CoreFeatures::V2.union(CoreFeatures::SIMD));
    assert!(simd.contains(CoreFeatures::V2) && simd.contains(CoreFeatures::SIMD));
    assert!(!simd.contains(CoreFeatures::RELAXED_SIMD));
    assert!((simd | CoreFeatures::RELAXED_SIMD).contains(CoreFeatures::RELAXED_SIMD));
    assert_eq!(CoreFeatures::V1 | CoreFeatures::V2, CoreFeatures::V2);
    // Usable in constants.
    const ALL: CoreFeatures = CoreFeatures::V2.union(CoreFeatures::SIMD).union(CoreFeatures::RELAXED_SIMD);
    assert!(ALL.contains(CoreFeatures::RELAXED_SIMD));
}

/// SIMD operators in a body whose types never name v128 are still checked against the
/// runtime's features: without SIMD a body that splats and extracts is rejected, and
/// relaxed SIMD needs its own bit (the decoder's fast path hands these operators to the
/// same validator wasmparser's decoder does).
#[test]
fn simd_operators_need_their_feature_bits() {
    let splat = wasm(r#"(module (func (export "f") (result i32) (i32x4.extract_lane 1 (i32x4.splat (i32.const 7)))))"#);
    let v1 = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V1));
    match v1.compile_module(&splat) {
        Err(Error::Compile { message, .. }) => assert!(message.contains("SIMD"), "{message}"),
        other => panic!("SIMD accepted without its feature: {:?}", other.map(|_| ())),
    }
    let m = Runtime::new().instantiate(&splat).expect("SIMD is in 2.0");
    assert_eq!(m.exported_function("f").unwrap().call(&[]).unwrap(), vec![Val::I32(7)]);

    let relaxed = wasm(
        r#"(module (func (export "f") (result i32)
             (i32x4.extract_lane 0 (i32x4.relaxed_trunc_f32x4_s (f32x4.splat (f32.const 2.5))))))"#,
    );
    match Runtime::new().compile_module(&relaxed) {
        Err(Error::Compile { message, .. }) => assert!(message.contains("relaxed SIMD"), "{message}"),
        other => panic!("relaxed SIMD accepted without its feature: {:?}", other.map(|_| ())),
    }
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V2 | CoreFeatures::RELAXED_SIMD);
    let m = Runtime::with_config(config).instantiate(&relaxed).expect("relaxed SIMD enabled");
    assert_eq!(m.exported_function("f").unwrap().call(&[]).unwrap(), vec![Val::I32(2)]);
}

#[test]
fn extended_constant_expressions_need_their_feature_bit() {
    let module = wasm(
        r#"(module (global (export "x") i64 (i64.mul (i64.const 7) (i64.sub (i64.const 10) (i64.const 4))))
                   (global (export "y") i32 (i32.add (i32.const 6) (i32.const -1))))"#,
    );
    assert!(matches!(Runtime::new().compile_module(&module), Err(Error::Compile { .. })), "not in 2.0");
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V2 | CoreFeatures::EXTENDED_CONST);
    let rt = Runtime::with_config(config);
    let m = rt.instantiate(&module).expect("extended constants");
    assert_eq!(m.exported_global("x").unwrap().get(), Val::I64(42));
    assert_eq!(m.exported_global("y").unwrap().get(), Val::I32(5));
}

/// A typed function reference from the host is typed only as `funcref` in the API, so
/// `call_ref` checks the callee's type at run time: a reference to a function of another
/// type traps instead of being called with the wrong signature.
#[test]
fn call_ref_checks_host_references_at_run_time() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V2 | CoreFeatures::FUNCTION_REFERENCES);
    let rt = Runtime::with_config(config);
    let callee = rt
        .instantiate(&wasm(
            r#"(module (func (export "double") (param i32) (result i32) local.get 0 i32.const 2 i32.mul)
                       (func (export "other") (param i64) (result i64) local.get 0))"#,
        ))
        .unwrap();
    let caller = rt
        .instantiate(&wasm(
            r#"(module (type $t (func (param i32) (result i32)))
                       (func (export "call") (param (ref null $t)) (result i32)
                         i32.const 21 local.get 0 call_ref $t)
                       (func (export "non_null") (param (ref null $t)) (result (ref $t))
                         local.get 0 ref.as_non_null))"#,
        ))
        .unwrap();
    let call = caller.exported_function("call").unwrap();
    let double = callee.exported_function("double").unwrap();
    assert_eq!(call.call(&[Val::FuncRef(Some(double))]).unwrap(), vec![Val::I32(42)]);
    let trap = |r: Result<Vec<Val>, Error>| match r {
        Err(Error::Trap(t)) => t.code,
        other => panic!("expected a trap, got {other:?}"),
    };
    let other = callee.exported_function("other").unwrap();
    assert_eq!(trap(call.call(&[Val::FuncRef(Some(other))])), TrapCode::IndirectCallTypeMismatch);
    assert_eq!(trap(call.call(&[Val::FuncRef(None)])), TrapCode::NullFunctionReference);
    let non_null = caller.exported_function("non_null").unwrap();
    assert_eq!(trap(non_null.call(&[Val::FuncRef(None)])), TrapCode::NullReference);
}

/// Host globals and tables are `funcref`: a module cannot import them as typed
/// references (a funcref is not a `(ref null $t)`), but can as `funcref`.
#[test]
fn host_funcref_items_do_not_link_as_typed_references() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V2 | CoreFeatures::FUNCTION_REFERENCES);
    let rt = Runtime::with_config(config);
    rt.new_host_module_builder("host")
        .global("g", Val::FuncRef(None), false)
        .table("t", 1, None)
        .instantiate()
        .unwrap();
    let typed_global = wasm(r#"(module (type $t (func)) (global (import "host" "g") (ref null $t)))"#);
    let typed_table = wasm(r#"(module (type $t (func)) (table (import "host" "t") 1 (ref null $t)))"#);
    for module in [typed_global, typed_table] {
        let e = rt.instantiate(&module).map(|_| ()).unwrap_err();
        assert!(e.to_string().contains("incompatible import type"), "{e}");
    }
    let plain = wasm(r#"(module (global (import "host" "g") funcref) (table (import "host" "t") 1 funcref))"#);
    rt.instantiate(&plain).expect("funcref imports link");
}

/// Tail calls within an instance run in constant stack: a billion `return_call`s (fifty
/// million under qemu, where each costs far more) and half as many through a table, each
/// far past what the stack could hold as frames.
#[test]
fn tail_call_loops_run_in_constant_stack() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V2 | CoreFeatures::TAIL_CALL);
    let rt = Runtime::with_config(config);
    let module = rt
        .instantiate(&wasm(
            r#"(module
                 (type $step (func (param i64 i64) (result i64)))
                 (table 2 funcref) (elem (i32.const 0) $even $odd)
                 (func $count (export "count") (param $n i64) (param $acc i64) (result i64)
                   (if (i64.eqz (local.get $n)) (then (return (local.get $acc))))
                   (return_call $count (i64.sub (local.get $n) (i64.const 1)) (i64.add (local.get $acc) (i64.const 1))))
                 (func $even (export "even") (param $n i64) (param $acc i64) (result i64)
                   (if (i64.eqz (local.get $n)) (then (return (local.get $acc))))
                   (return_call_indirect (type $step)
                     (i64.sub (local.get $n) (i64.const 1)) (i64.add (local.get $acc) (i64.const 2)) (i32.const 1)))
                 (func $odd (param $n i64) (param $acc i64) (result i64)
                   (return_call_indirect (type $step) (local.get $n) (i64.sub (local.get $acc) (i64.const 1)) (i32.const 0))))"#,
        ))
        .unwrap();
    let n: i64 = if cfg!(target_arch = "x86_64") { 1_000_000_000 } else { 50_000_000 };
    let count = module.exported_function("count").unwrap();
    assert_eq!(count.call(&[Val::I64(n), Val::I64(0)]).unwrap(), vec![Val::I64(n)]);
    let even = module.exported_function("even").unwrap();
    assert_eq!(even.call(&[Val::I64(n / 2), Val::I64(0)]).unwrap(), vec![Val::I64(n / 2)]);
}

/// A tail call to a function with more parameters than its caller has also runs in
/// constant stack (every call reserves room for eight argument words when tail calls are
/// enabled, and so does every entry from the host): `ping` (one parameter) and `pong`
/// (six) tail-call each other ten million times (a million under qemu), from the host and
/// through a direct call alike.
#[test]
fn tail_calls_to_wider_callees_run_in_constant_stack() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V2 | CoreFeatures::TAIL_CALL);
    let rt = Runtime::with_config(config);
    let module = rt
        .instantiate(&wasm(
            r#"(module
                 (func $ping (export "ping") (param $n i64) (result i64)
                   (if (i64.eqz (local.get $n)) (then (return (i64.const 42))))
                   (return_call $pong (local.get $n) (i64.const 1) (i64.const 2) (i64.const 3) (i64.const 4) (i64.const 5)))
                 (func $pong (param $n i64) (param i64 i64 i64 i64 i64) (result i64)
                   (return_call $ping (i64.sub (local.get $n) (i64.add (local.get 1) (i64.sub (local.get 5) (i64.const 5))))))
                 (func (export "via_call") (param $n i64) (result i64) (call $ping (local.get $n))))"#,
        ))
        .unwrap();
    let n: i64 = if cfg!(target_arch = "x86_64") { 10_000_000 } else { 1_000_000 };
    for name in ["ping", "via_call"] {
        let f = module.exported_function(name).unwrap();
        assert_eq!(f.call(&[Val::I64(n)]).unwrap(), vec![Val::I64(42)], "{name}");
    }
}

/// Tail calls across instances and into a host function also run in constant stack, and
/// the caller gets its own memory back: `run` calls `ping` directly, the chain bounces
/// between two instances through a shared table ten million times (under qemu a million)
/// and ends with a `return_call` of a host function; then `run` reads its own memory,
/// where the other instance's holds another byte.
#[test]
fn tail_calls_cross_instances_and_reach_host_functions_in_constant_stack() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V2 | CoreFeatures::TAIL_CALL);
    let rt = Runtime::with_config(config);
    let ty = FuncType::new([ValType::I64, ValType::I64], [ValType::I64]);
    rt.new_host_module_builder("host")
        .func("done", ty, |_, args| match args[1] {
            Val::I64(acc) => Ok(vec![Val::I64(acc * 10)]),
            ref other => panic!("expected an i64, got {other:?}"),
        })
        .instantiate()
        .unwrap();
    let a = rt
        .instantiate_with_config(
            &wasm(
                r#"(module
                  (import "host" "done" (func $done (param i64 i64) (result i64)))
                  (type $t (func (param i64 i64) (result i64)))
                  (table (export "t") 2 funcref) (elem (i32.const 0) $ping)
                  (memory 1) (data (i32.const 0) "\07")
                  (func $ping (param $n i64) (param $acc i64) (result i64)
                    (if (i64.eqz (local.get $n)) (then (return_call $done (local.get $n) (local.get $acc))))
                    (return_call_indirect (type $t) (i64.sub (local.get $n) (i64.const 1)) (local.get $acc) (i32.const 1)))
                  (func (export "run") (param $n i64) (result i64)
                    (i64.add (call $ping (local.get $n) (i64.const 0)) (i64.load8_u (i32.const 0))))
                  ;; Makes no tail call, so the linker removes the reload after a direct
                  ;; call of it; it keeps its own after calling $ping.
                  (func $plain (param $n i64) (result i64)
                    (i64.add (call $ping (local.get $n) (i64.const 0)) (i64.load8_u (i32.const 0))))
                  (func (export "run_plain") (param $n i64) (result i64)
                    (i64.add (call $plain (local.get $n)) (i64.load8_u (i32.const 0)))))"#,
            ),
            ModuleConfig::new().with_name("a"),
        )
        .unwrap();
    rt.instantiate_with_config(
        &wasm(
            r#"(module
              (type $t (func (param i64 i64) (result i64)))
              (import "a" "t" (table 2 funcref))
              (memory 1) (data (i32.const 0) "\ee")
              (func $pong (param $n i64) (param $acc i64) (result i64)
                (return_call_indirect (type $t) (local.get $n) (i64.add (local.get $acc) (i64.const 1)) (i32.const 0)))
              (elem (i32.const 1) $pong))"#,
        ),
        ModuleConfig::new().with_name("b"),
    )
    .unwrap();
    let n: i64 = if cfg!(target_arch = "x86_64") { 10_000_000 } else { 1_000_000 };
    let run = a.exported_function("run").unwrap();
    // n bounces through "b" (each adds 1), the host multiplies by 10, and "run" adds the
    // byte at 0 of its own memory (7; "b"'s holds 0xee).
    assert_eq!(run.call(&[Val::I64(n)]).unwrap(), vec![Val::I64(n * 10 + 7)]);
    let run_plain = a.exported_function("run_plain").unwrap();
    assert_eq!(run_plain.call(&[Val::I64(n)]).unwrap(), vec![Val::I64(n * 10 + 14)]);
}

/// A tail call to a callee that needs more than the eight argument words every caller
/// reserves (or another value layout) runs in a tail-call class area: the chain stays in
/// bounded stack whether it ends in wasm or in a host function with twenty parameters, a
/// trap's backtrace steps over the area's stub (the frame that made the tail call is gone,
/// as for any tail call), and an exception thrown there reaches the host.
#[test]
fn tail_calls_needing_more_room_run_in_class_areas() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V3);
    let rt = Runtime::with_config(config);
    let many: Vec<ValType> = std::iter::once(ValType::I32).chain(std::iter::repeat_n(ValType::I64, 19)).collect();
    rt.new_host_module_builder("host")
        .func("sum", FuncType::new(many, [ValType::I64]), |_, args| {
            Ok(vec![Val::I64(args[1..].iter().map(|v| if let Val::I64(x) = v { *x } else { 0 }).sum())])
        })
        .instantiate()
        .unwrap();
    let ones = "(i64.const 1) ".repeat(18);
    let params = "i64 ".repeat(18);
    let module = rt
        .instantiate_with_config(
            &wasm(&format!(
                r#"(module $m
                 (import "host" "sum" (func $sum (param i32 i64 {params}) (result i64)))
                 (tag $oops)
                 (func $ping (export "ping") (param $n i32) (param $acc i64) (result i64)
                   (if (i32.eqz (local.get $n)) (then (return_call $sum (local.get $n) (local.get $acc) {ones})))
                   (if (i32.eq (local.get $n) (i32.const -1)) (then (return_call $boom (local.get $n) (local.get $acc) {ones})))
                   (if (i32.eq (local.get $n) (i32.const -2)) (then (return_call $throw (local.get $n) (local.get $acc) {ones})))
                   (return_call $pong (local.get $n) (local.get $acc) {ones}))
                 (func $pong (param $n i32) (param $acc i64) (param {params}) (result i64)
                   (return_call $ping (i32.sub (local.get $n) (i32.const 1)) (i64.add (local.get $acc) (local.get 19))))
                 (func $boom (param i32 i64 {params}) (result i64) unreachable)
                 (func $throw (param i32 i64 {params}) (result i64) (throw $oops))
                 (func $outer (export "outer") (param i32) (result i64) (i64.add (call $ping (local.get 0) (i64.const 0)) (i64.const 1))))"#
            )),
            ModuleConfig::new().with_name("m"),
        )
        .unwrap();
    let n = if cfg!(target_arch = "x86_64") { 3_000_000 } else { 300_000 };
    let ping = module.exported_function("ping").unwrap();
    // n rounds add 1 each, then the host adds the accumulator and eighteen ones.
    assert_eq!(ping.call(&[Val::I32(n), Val::I64(0)]).unwrap(), vec![Val::I64(n as i64 + 18)]);
    let outer = module.exported_function("outer").unwrap();
    assert_eq!(outer.call(&[Val::I32(n)]).unwrap(), vec![Val::I64(n as i64 + 19)]);
    match outer.call(&[Val::I32(-1)]) {
        Err(Error::Trap(t)) => {
            assert_eq!(t.code, TrapCode::Unreachable);
            assert_eq!(t.backtrace, vec!["m!boom", "m!outer"]);
        }
        other => panic!("expected a trap, got {other:?}"),
    }
    match outer.call(&[Val::I32(-2)]) {
        Err(Error::Exception(_)) => {}
        other => panic!("expected an exception, got {other:?}"),
    }
}

/// A host function that panics, of every kind (over values, over raw words, typed), ends
/// the call with a host error naming the panic, called from wasm or from Rust; the runtime
/// stays usable.
#[test]
fn host_function_panics_become_errors() {
    let rt = Runtime::new();
    let ty = FuncType::new([ValType::I32], [ValType::I32]);
    rt.new_host_module_builder("env")
        .func("vals", ty.clone(), |_, _| panic!("vals says no"))
        .func_raw("raw", ty, |_, _| panic!("raw says no"))
        .func_wrap("typed", |_, x: i32| -> Result<i32, Error> {
            assert!(x >= 0, "typed says no");
            Ok(x + 1)
        })
        .instantiate()
        .unwrap();
    let module = rt
        .instantiate(&wasm(
            r#"(module
              (import "env" "vals" (func $vals (param i32) (result i32)))
              (import "env" "raw" (func $raw (param i32) (result i32)))
              (import "env" "typed" (func $typed (param i32) (result i32)))
              (func (export "vals") (param i32) (result i32) (call $vals (local.get 0)))
              (func (export "raw") (param i32) (result i32) (call $raw (local.get 0)))
              (func (export "typed") (param i32) (result i32) (call $typed (local.get 0))))"#,
        ))
        .unwrap();
    for (name, says) in [("vals", "vals says no"), ("raw", "raw says no"), ("typed", "typed says no")] {
        let e = module.exported_function(name).unwrap().call(&[Val::I32(-1)]).unwrap_err().to_string();
        assert!(e.contains("host function panicked") && e.contains(says), "{name}: {e}");
    }
    let typed = module.exported_function("typed").unwrap();
    assert_eq!(typed.call(&[Val::I32(41)]).unwrap(), vec![Val::I32(42)]);
}

#[test]
fn simd_is_refused_without_its_feature_bit() {
    let module = wasm(r#"(module (global v128 (v128.const i64x2 0 0)))"#);
    Runtime::new().compile_module(&module).expect("SIMD is in the default CoreFeatures::V2");
    let v1 = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V1));
    assert!(matches!(v1.compile_module(&module), Err(Error::Compile { .. })));
    let v1_simd = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V1 | CoreFeatures::SIMD));
    v1_simd.compile_module(&module).expect("accepted with CoreFeatures::SIMD");
    let relaxed = wasm(
        r#"(module (func (param v128 v128 v128) (result v128)
        (f32x4.relaxed_madd (local.get 0) (local.get 1) (local.get 2))))"#,
    );
    assert!(matches!(Runtime::new().compile_module(&relaxed), Err(Error::Compile { .. })));
    let features = CoreFeatures::V2 | CoreFeatures::RELAXED_SIMD;
    Runtime::with_config(RuntimeConfig::new().with_core_features(features))
        .compile_module(&relaxed)
        .expect("accepted with CoreFeatures::RELAXED_SIMD");
}

#[test]
fn v128_values_display_and_compare() {
    let v = Val::V128(i32x4([1, 2, 3, 0xffff_ffff]));
    assert_eq!(v.ty(), ValType::V128);
    assert_eq!(v.to_string(), "0xffffffff000000030000000200000001:v128");
    assert_eq!(Val::V128(1).to_string(), "0x00000000000000000000000000000001:v128");
    assert_eq!(format!("{v:?}"), "V128(0xffffffff000000030000000200000001)");
    assert_eq!(v, Val::V128(0xffff_ffff_0000_0003_0000_0002_0000_0001));
    assert_ne!(v, Val::V128(0));
    assert_ne!(Val::V128(7), Val::I64(7));
    assert_eq!(Val::default_for(ValType::V128), Some(Val::V128(0)));
    assert_eq!(ValType::V128.to_string(), "v128");
    assert!(!ValType::V128.is_scalar() && !ValType::V128.is_ref());
}

#[test]
fn a_runtime_checked_against_this_cpu_compiles_simd() {
    // This host has the x86-64 baseline (the tests would die of an illegal instruction
    // otherwise), so the check passes and the runtime works; a CPU without it gets
    // Error::UnsupportedCpu here (its wording is the next test's).
    let rt = Runtime::try_with_config(RuntimeConfig::new()).expect("this CPU has the baseline");
    let wasm = wat::parse_str(
        r#"(module (func (export "f") (result i32) (i32x4.extract_lane 1 (v128.const i32x4 1 2 3 4))))"#,
    )
    .unwrap();
    let module = rt.instantiate(&wasm).unwrap();
    assert_eq!(module.exported_function("f").unwrap().call(&[]).unwrap(), vec![Val::I32(2)]);
}

#[test]
fn unsupported_cpu_error_names_what_is_missing() {
    let e = Error::UnsupportedCpu("SSE4.1, POPCNT".into());
    assert_eq!(e.to_string(), "this x86-64 CPU lacks SSE4.1, POPCNT, which onepass's compiled code needs");
}

#[test]
fn v128_globals_initialize_from_constants_and_imports() {
    let rt = simd_runtime();
    let high = i32x4([5, 6, 7, 8]);
    rt.new_host_module_builder("env")
        .global("v", Val::V128(high), false)
        .global("i", Val::I64(-1), false)
        .instantiate()
        .unwrap();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (import "env" "v" (global $imported v128))
              (global (export "const") v128 (v128.const i32x4 1 2 3 4))
              (global (export "bytes") v128 (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 -1))
              (global (export "copy") v128 (global.get $imported))
              (global (export "mut") (mut v128) (v128.const f32x4 1.0 -0.0 nan inf))
              (global (export "scalar") i64 (i64.const 9)))"#,
        ))
        .unwrap();
    let get = |n: &str| m.exported_global(n).unwrap();
    assert_eq!(get("const").ty(), ValType::V128);
    assert_eq!(get("const").get(), Val::V128(i32x4([1, 2, 3, 4])));
    let bytes = u128::from_le_bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xff]);
    assert_eq!(get("bytes").get(), Val::V128(bytes));
    assert_eq!(get("copy").get(), Val::V128(high));
    let floats = i32x4([1f32.to_bits(), (-0f32).to_bits(), f32::NAN.to_bits(), f32::INFINITY.to_bits()]);
    assert_eq!(get("mut").get(), Val::V128(floats));
    assert_eq!(get("scalar").get(), Val::I64(9));

    // Set and read back all 16 bytes; type and mutability are checked.
    let g = get("mut");
    g.set(Val::V128(u128::MAX - 1)).unwrap();
    assert_eq!(g.get(), Val::V128(u128::MAX - 1));
    g.set(Val::V128(3)).unwrap();
    assert_eq!(g.get(), Val::V128(3), "the high half is written too");
    assert!(matches!(g.set(Val::I64(3)), Err(Error::Call(_))));
    assert!(matches!(get("const").set(Val::V128(0)), Err(Error::Call(_))));
    assert!(matches!(get("scalar").set(Val::V128(0)), Err(Error::Call(_))));

    // A v128 global exported by one module is importable as v128, and only as that.
    let importer = r#"(module (import "m" "const" (global v128)) (global (export "again") v128 (global.get 0)))"#;
    rt.register_alias(&m, "m").unwrap();
    let again = rt.instantiate(&wasm(importer)).unwrap();
    assert_eq!(again.exported_global("again").unwrap().get(), Val::V128(i32x4([1, 2, 3, 4])));
    let wrong = rt.instantiate(&wasm(r#"(module (import "env" "i" (global v128)))"#));
    assert!(matches!(wrong, Err(Error::Link(_))), "an i64 global is not a v128: {wrong:?}");
    let wrong = rt.instantiate(&wasm(r#"(module (import "env" "v" (global i64)))"#));
    assert!(matches!(wrong, Err(Error::Link(_))), "a v128 global is not an i64: {wrong:?}");
    let wrong = rt.instantiate(&wasm(r#"(module (import "m" "mut" (global v128)))"#));
    assert!(matches!(wrong, Err(Error::Link(_))), "mutability must match: {wrong:?}");
}

/// A host module "env" with a v128 function in each form: `shl` over values, `shl_raw`
/// over words, `shl_typed` from a closure over `u128`, each `(v128, i32) -> v128`
/// shifting left by the i32; `lanes` `(v128) -> (i32, v128, i64)` splitting its argument.
fn v128_host_module(rt: &Runtime) -> onepass::Module {
    let shl_ty = FuncType::new([ValType::V128, ValType::I32], [ValType::V128]);
    let lanes_ty = FuncType::new([ValType::V128], [ValType::I32, ValType::V128, ValType::I64]);
    rt.new_host_module_builder("env")
        .func("shl", shl_ty.clone(), |_, args| match args {
            [Val::V128(v), Val::I32(n)] => Ok(vec![Val::V128(v << (n & 127))]),
            other => Err(Error::Host(format!("bad arguments {other:?}"))),
        })
        .func_raw("shl_raw", shl_ty, |_, stack| {
            assert_eq!(stack.len(), 4, "two words per value, max(params, results) values");
            let v = stack[0] as u128 | (stack[1] as u128) << 64;
            let shifted = v << (stack[2] as u32 & 127);
            stack[0] = shifted as u64;
            stack[1] = (shifted >> 64) as u64;
            Ok(())
        })
        .func_wrap("shl_typed", |_, (v, n): (u128, i32)| Ok(v << (n & 127)))
        .func("lanes", lanes_ty, |_, args| {
            let Val::V128(v) = args[0] else { return Err(Error::Host("not a v128".into())) };
            Ok(vec![Val::I32(v as i32), Val::V128(v.rotate_left(64)), Val::I64((v >> 64) as i64)])
        })
        .instantiate()
        .unwrap()
}

#[test]
fn host_functions_with_v128_called_from_rust() {
    let rt = Runtime::new();
    let env = v128_host_module(&rt);
    let v = i32x4([1, 2, 3, 0x8000_0000]);
    for name in ["shl", "shl_raw", "shl_typed"] {
        let f = env.exported_function(name).unwrap();
        assert_eq!(f.ty().to_string(), "(v128, i32) -> (v128)");
        assert_eq!(f.call(&[Val::V128(v), Val::I32(32)]).unwrap(), vec![Val::V128(v << 32)], "{name}");
        assert_eq!(f.call(&[Val::V128(v), Val::I32(0)]).unwrap(), vec![Val::V128(v)], "{name}");
        assert!(matches!(f.call(&[Val::I64(1), Val::I32(0)]), Err(Error::Call(_))), "{name}");
        let typed = f.typed::<(u128, i32), u128>().unwrap();
        assert_eq!(typed.call((u128::MAX, 100)).unwrap(), u128::MAX << 100, "{name}");
        assert!(f.typed::<(u64, i32), u128>().is_err());
    }
    let lanes = env.exported_function("lanes").unwrap();
    let v = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
    assert_eq!(
        lanes.call(&[Val::V128(v)]).unwrap(),
        vec![Val::I32(0x7654_3210), Val::V128(v.rotate_left(64)), Val::I64(0x0123_4567_89ab_cdef)]
    );
}

#[test]
fn wasm_functions_with_v128_params_and_results() {
    let rt = simd_runtime();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (func (export "id") (param v128) (result v128) (local.get 0))
              (func (export "add") (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))
              (func (export "lane") (param v128 i32) (result i32)
                (i32.add (i32x4.extract_lane 3 (local.get 0)) (local.get 1)))
              (func (export "splat") (param f64) (result v128) (f64x2.splat (local.get 0)))
              (func (export "mix") (param i32 v128 i64) (result i64 v128 i32)
                (local.get 2) (local.get 1) (local.get 0))
              (func (export "const") (result v128) (v128.const i32x4 1 2 3 4))
              (func (export "none") (param v128)))"#,
        ))
        .unwrap();
    let f = |n: &str| m.exported_function(n).unwrap();
    let v = i32x4([1, 2, 3, 4]);
    assert_eq!(f("id").call(&[Val::V128(u128::MAX - 5)]).unwrap(), vec![Val::V128(u128::MAX - 5)]);
    assert_eq!(f("add").call(&[Val::V128(v), Val::V128(v)]).unwrap(), vec![Val::V128(i32x4([2, 4, 6, 8]))]);
    // A scalar result of a wide signature comes back in the words too.
    assert_eq!(f("lane").call(&[Val::V128(v), Val::I32(10)]).unwrap(), vec![Val::I32(14)]);
    let two = 2f64.to_bits() as u128;
    assert_eq!(f("splat").call(&[Val::f64(2.0)]).unwrap(), vec![Val::V128(two | two << 64)]);
    assert_eq!(
        f("mix").call(&[Val::I32(-1), Val::V128(v), Val::I64(-2)]).unwrap(),
        vec![Val::I64(-2), Val::V128(v), Val::I32(-1)]
    );
    assert_eq!(f("const").call(&[]).unwrap(), vec![Val::V128(v)]);
    assert_eq!(f("none").call(&[Val::V128(v)]).unwrap(), vec![]);
    // Typed calls.
    let add = f("add").typed::<(u128, u128), u128>().unwrap();
    assert_eq!(add.call((v, v)).unwrap(), i32x4([2, 4, 6, 8]));
    let lane = f("lane").typed::<(u128, i32), i32>().unwrap();
    assert_eq!(lane.call((v, 1)).unwrap(), 5);
    let splat = f("splat").typed::<f64, u128>().unwrap();
    assert_eq!(splat.call(2.0).unwrap(), two | two << 64);
    assert_eq!(f("const").typed::<(), u128>().unwrap().call(()).unwrap(), v);
}

#[test]
fn wasm_calls_host_functions_with_v128() {
    let rt = simd_runtime();
    v128_host_module(&rt);
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (import "env" "shl" (func $shl (param v128 i32) (result v128)))
              (import "env" "shl_raw" (func $shl_raw (param v128 i32) (result v128)))
              (import "env" "shl_typed" (func $shl_typed (param v128 i32) (result v128)))
              (import "env" "lanes" (func $lanes (param v128) (result i32 v128 i64)))
              (func (export "shl") (param v128 i32) (result v128) (call $shl (local.get 0) (local.get 1)))
              (func (export "shl_raw") (param v128 i32) (result v128) (call $shl_raw (local.get 0) (local.get 1)))
              (func (export "shl_typed") (param v128 i32) (result v128) (call $shl_typed (local.get 0) (local.get 1)))
              (func (export "lanes") (param v128) (result i32 v128 i64) (call $lanes (local.get 0)))
              ;; The host result used by wasm code, not only passed through.
              (func (export "shl_lane") (result i32)
                (i32x4.extract_lane 1 (call $shl (v128.const i32x4 7 0 0 0) (i32.const 32)))))"#,
        ))
        .unwrap();
    let f = |n: &str| m.exported_function(n).unwrap();
    let v = i32x4([1, 2, 3, 0x8000_0000]);
    for name in ["shl", "shl_raw", "shl_typed"] {
        assert_eq!(f(name).call(&[Val::V128(v), Val::I32(32)]).unwrap(), vec![Val::V128(v << 32)], "{name}");
    }
    let v = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
    assert_eq!(
        f("lanes").call(&[Val::V128(v)]).unwrap(),
        vec![Val::I32(0x7654_3210), Val::V128(v.rotate_left(64)), Val::I64(0x0123_4567_89ab_cdef)]
    );
    assert_eq!(f("shl_lane").call(&[]).unwrap(), vec![Val::I32(7)]);
}

#[test]
fn wasm_code_reads_and_writes_v128_globals() {
    let rt = simd_runtime();
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (global $g (export "g") (mut v128) (v128.const i64x2 1 2))
              (func (export "get") (result v128) (global.get $g))
              (func (export "set") (param v128) (global.set $g (local.get 0)))
              (func (export "high") (result i64) (i64x2.extract_lane 1 (global.get $g))))"#,
        ))
        .unwrap();
    let f = |n: &str| m.exported_function(n).unwrap();
    let g = m.exported_global("g").unwrap();
    assert_eq!(f("get").call(&[]).unwrap(), vec![Val::V128(1 | 2 << 64)]);
    g.set(Val::V128(u128::MAX)).unwrap();
    assert_eq!(f("get").call(&[]).unwrap(), vec![Val::V128(u128::MAX)]);
    assert_eq!(f("high").call(&[]).unwrap(), vec![Val::I64(-1)]);
    f("set").call(&[Val::V128(5 << 64 | 6)]).unwrap();
    assert_eq!(g.get(), Val::V128(5 << 64 | 6));
    assert_eq!(f("high").call(&[]).unwrap(), vec![Val::I64(5)]);
}

/// A compiled module lists what it imports and exports (functions and memories with their
/// types), an instance its exports; `with_env` replaces a key set twice.
#[test]
fn modules_list_their_imports_and_exports() {
    use onepass::{ExternKind, MemoryType};
    let runtime = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V3));
    runtime
        .new_host_module_builder("env")
        .func("log", FuncType::new([ValType::I32], []), |_, _| Ok(vec![]))
        .memory("mem", 1, Some(4))
        .instantiate()
        .unwrap();
    let compiled = runtime
        .compile_module(&wasm(
            r#"(module
                 (import "env" "log" (func (param i32)))
                 (import "env" "mem" (memory 1 4))
                 (memory (export "own") 2)
                 (export "shared" (memory 0))
                 (global (export "g") i32 (i32.const 1))
                 (func (export "f") (result i64) (i64.const 7)))"#,
        ))
        .unwrap();
    let imports: Vec<_> = compiled.imported_functions().map(|(m, n, t)| (m.to_string(), n.to_string(), t)).collect();
    assert_eq!(imports, vec![("env".into(), "log".into(), FuncType::new([ValType::I32], []))]);
    let one_to_four = MemoryType { minimum_pages: 1, maximum_pages: Some(4), is_64bit: false, is_shared: false };
    let memories: Vec<_> = compiled.imported_memories().map(|(m, n, t)| (m.to_string(), n.to_string(), t)).collect();
    assert_eq!(memories, vec![("env".into(), "mem".into(), one_to_four)]);
    let exported: Vec<_> = compiled.exported_memories().collect();
    let two = MemoryType { minimum_pages: 2, maximum_pages: None, is_64bit: false, is_shared: false };
    assert_eq!(exported, vec![("own", two), ("shared", one_to_four)]);
    let kinds: Vec<_> = compiled.exports().collect();
    assert_eq!(
        kinds,
        vec![
            ("own", ExternKind::Memory),
            ("shared", ExternKind::Memory),
            ("g", ExternKind::Global),
            ("f", ExternKind::Function)
        ]
    );
    let module = runtime.instantiate_module(&compiled, ModuleConfig::new()).unwrap();
    let names: Vec<_> = module.exports();
    assert_eq!(
        names,
        vec![
            ("f".to_string(), ExternKind::Function),
            ("g".to_string(), ExternKind::Global),
            ("own".to_string(), ExternKind::Memory),
            ("shared".to_string(), ExternKind::Memory),
        ]
    );
    // A key set twice keeps one entry, with the last value, in its first place.
    let config = ModuleConfig::new().with_env("A", "1").with_env("B", "2").with_env("A", "3");
    assert_eq!(format!("{config:?}").matches("\"A\"").count(), 1, "{config:?}");
    assert!(format!("{config:?}").contains("(\"A\", \"3\"), (\"B\", \"2\")"), "{config:?}");
}

/// A memory whose minimum is over the runtime's limit fails at compile time (as in
/// wazero), not at each instantiation.
#[test]
fn a_memory_over_the_limit_fails_at_compile_time() {
    let runtime = Runtime::with_config(RuntimeConfig::new().with_memory_limit_pages(2));
    assert!(runtime.compile_module(&wasm("(module (memory 2))")).is_ok());
    match runtime.compile_module(&wasm("(module (memory 3))")) {
        Err(Error::Compile { message, .. }) => {
            assert_eq!(message, "memory 0: minimum of 3 pages exceeds the limit of 2 pages")
        }
        other => panic!("expected a compile error, got {other:?}"),
    }
}

#[test]
fn memory_limits_past_what_memories_can_address_are_errors_not_clamped() {
    let wasm = wasm("(module (memory 1))");
    for config in [
        RuntimeConfig::new().with_memory_limit_pages(65537),
        RuntimeConfig::new().with_memory64_limit_pages((1 << 32) + 1),
    ] {
        let message = match Runtime::try_with_config(config.clone()) {
            Err(Error::Config(message)) => message,
            other => panic!("expected a configuration error, got {other:?}"),
        };
        assert!(message.contains("exceeds"), "{message}");
        // A runtime made without the check reports it at its first compile or instantiation.
        let rt = Runtime::with_config(config);
        assert!(matches!(rt.compile_module(&wasm), Err(Error::Config(_))));
        let compiled = Runtime::new().compile_module(&wasm).unwrap();
        assert!(matches!(rt.instantiate_module(&compiled, ModuleConfig::new()), Err(Error::Config(_))));
    }
    // The largest values are fine, and so is a smaller one.
    for pages in [65536, 1] {
        let rt = Runtime::try_with_config(RuntimeConfig::new().with_memory_limit_pages(pages)).unwrap();
        rt.instantiate(&wasm).unwrap();
    }
    Runtime::try_with_config(RuntimeConfig::new().with_memory64_limit_pages(1 << 32)).unwrap();
}

/// GC's type system on its own (`CoreFeatures::GC`, issue 25): a recursion group defined by
/// two modules is one set of types, so a function of one module's group type passes the
/// other's `call_indirect` while a structurally equal type outside a group does not; a
/// global's initializer reads the module's own earlier global; and every GC value, which
/// cannot exist until the collector lands, is refused with an error that says so.
#[test]
fn gc_type_groups_match_across_modules_and_gc_values_are_refused_clearly() {
    let rt = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC));
    let group = "(rec (type $f (func (result i32))) (type $s (struct (field (ref null $f)) (field (mut i8)))))";
    rt.instantiate_with_config(
        &wasm(&format!(
            r#"(module {group} (type $lone (func (result i32)))
                 (table (export "table") 2 funcref)
                 (func $in_group (type $f) (i32.const 7)) (func $lone (type $lone) (i32.const 8))
                 (elem (i32.const 0) func $in_group $lone))"#
        )),
        ModuleConfig::new().with_name("lib"),
    )
    .unwrap();
    let user = rt
        .instantiate(&wasm(&format!(
            r#"(module {group}
                 (import "lib" "table" (table 2 funcref))
                 (global $base i32 (i32.const 40))
                 (global (export "answer") i32 (i32.add (global.get $base) (i32.const 2)))
                 (func (export "call") (param i32) (result i32) (call_indirect (type $f) (local.get 0))))"#
        )))
        .unwrap();
    assert_eq!(user.exported_global("answer").unwrap().get(), Val::I32(42));
    let call = user.exported_function("call").unwrap();
    assert_eq!(call.call(&[Val::I32(0)]).unwrap(), vec![Val::I32(7)]);
    match call.call(&[Val::I32(1)]) {
        Err(Error::Trap(t)) => assert_eq!(t.code, TrapCode::IndirectCallTypeMismatch),
        other => panic!("a lone (func (result i32)) is not the group's: {other:?}"),
    }
    // An exnref field would outlive the exception (which lives in its thread's arena).
    match rt.compile_module(&wasm("(module (type $s (struct (field exnref))))")) {
        Err(Error::Compile { message, .. }) => assert!(message.contains("exnref"), "{message}"),
        other => panic!("a struct with an exnref field compiled: {other:?}"),
    }
    // Without the GC bit, a recursion group is a validation error.
    let v3 = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V3));
    assert!(matches!(v3.compile_module(&wasm(&format!("(module {group})"))), Err(Error::Compile { .. })));
}

/// `i31` references cross between the host and wasm as `Val::AnyRef`: made by either side,
/// read by either side, through parameters, results, a host function and a global.
#[test]
fn i31_references_cross_the_host_boundary() {
    let rt = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC));
    rt.new_host_module_builder("host")
        .func("bump", FuncType::new([ValType::AnyRef], [ValType::AnyRef]), |_, args| {
            let Val::AnyRef(Some(r)) = &args[0] else { return Ok(vec![Val::AnyRef(None)]) };
            Ok(vec![Val::AnyRef(Some(onepass::AnyRef::from_i31(r.i31_s().unwrap_or(0) + 1)))])
        })
        .instantiate()
        .unwrap();
    let m = rt
        .instantiate(&wasm(
            r#"(module
                 (import "host" "bump" (func $bump (param anyref) (result anyref)))
                 (global (export "g") (mut anyref) (ref.null any))
                 (func (export "make") (param i32) (result i31ref) (ref.i31 (local.get 0)))
                 (func (export "get_s") (param i31ref) (result i32) (i31.get_s (local.get 0)))
                 (func (export "bump_twice") (param i32) (result i32)
                   (i31.get_s (ref.cast (ref i31) (call $bump (call $bump (ref.i31 (local.get 0))))))))"#,
        ))
        .unwrap();
    let made = m.exported_function("make").unwrap().call(&[Val::I32(-7)]).unwrap();
    let Val::AnyRef(Some(r)) = &made[0] else { panic!("expected an i31, got {made:?}") };
    assert_eq!((r.i31_s(), r.i31_u()), (Some(-7), Some(0x7fff_fff9)));
    let get_s = m.exported_function("get_s").unwrap();
    assert_eq!(
        get_s.call(&[Val::AnyRef(Some(onepass::AnyRef::from_i31(0x4000_0000)))]).unwrap(),
        vec![Val::I32(-0x4000_0000)]
    );
    match get_s.call(&[Val::AnyRef(None)]) {
        Err(Error::Trap(t)) => assert_eq!(t.code, TrapCode::NullI31Reference),
        other => panic!("expected a null i31 trap, got {other:?}"),
    }
    assert_eq!(m.exported_function("bump_twice").unwrap().call(&[Val::I32(40)]).unwrap(), vec![Val::I32(42)]);
    let g = m.exported_global("g").unwrap();
    assert_eq!(g.get(), Val::AnyRef(None));
    g.set(Val::AnyRef(Some(onepass::AnyRef::from_i31(9)))).unwrap();
    assert_eq!(g.get(), Val::AnyRef(Some(onepass::AnyRef::from_i31(9))));
}

/// GC objects cross the host boundary as `Val::AnyRef`: a struct made by wasm comes back
/// to the host, which may pass it in again (to a parameter of an abstract type: a
/// struct-typed parameter cannot be called from the host yet), store it in a global of its
/// type (and not in one of another type), and keep it after the runtime is gone. An
/// object of another runtime is refused, and so is an externref payload from 2^62 up;
/// host values survive `any.convert_extern` and `extern.convert_any`.
#[test]
fn gc_objects_cross_the_host_boundary() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC);
    let module = r#"(module
         (type $s (struct (field (mut i32))))
         (type $t (struct (field i64)))
         (global (export "g") (mut (ref null $s)) (ref.null $s))
         (func (export "make") (param i32) (result anyref) (struct.new $s (local.get 0)))
         (func (export "read") (param anyref) (result i32) (struct.get $s 0 (ref.cast (ref $s) (local.get 0))))
         (func (export "typed") (param (ref $s)) (result i32) (struct.get $s 0 (local.get 0)))
         (func (export "other") (result anyref) (struct.new $t (i64.const 1)))
         (func (export "read_g") (result i32) (struct.get $s 0 (global.get 0)))
         (func (export "to_extern") (param anyref) (result externref) (extern.convert_any (local.get 0)))
         (func (export "to_any") (param externref) (result anyref) (any.convert_extern (local.get 0))))"#;
    let rt = Runtime::with_config(config.clone());
    let m = rt.instantiate(&wasm(module)).unwrap();
    let f = |name: &str| m.exported_function(name).unwrap();
    let made = f("make").call(&[Val::I32(41)]).unwrap().remove(0);
    let Val::AnyRef(Some(obj)) = &made else { panic!("expected a struct, got {made:?}") };
    assert!(obj.is_struct() && !obj.is_array() && obj.i31_u().is_none());
    assert_eq!(f("read").call(std::slice::from_ref(&made)).unwrap(), vec![Val::I32(41)]);
    // A parameter of a concrete struct type takes objects of that type only.
    assert_eq!(f("typed").call(std::slice::from_ref(&made)).unwrap(), vec![Val::I32(41)]);
    let not_s = [
        f("other").call(&[]).unwrap().remove(0),
        Val::AnyRef(Some(onepass::AnyRef::from_i31(3))),
        Val::AnyRef(None),
        f("to_any").call(&[Val::ExternRef(Some(5))]).unwrap().remove(0),
    ];
    for arg in not_s {
        match f("typed").call(std::slice::from_ref(&arg)) {
            Err(Error::Call(message)) => assert!(message.contains("not a value of its parameter"), "{message}"),
            other => panic!("a (ref $s) parameter took {arg:?}: {other:?}"),
        }
    }
    let g = m.exported_global("g").unwrap();
    g.set(made.clone()).unwrap();
    assert_eq!(f("read_g").call(&[]).unwrap(), vec![Val::I32(41)]);
    let other = f("other").call(&[]).unwrap().remove(0);
    assert!(g.set(other).is_err(), "a struct of another type went into the global");
    assert!(g.set(Val::AnyRef(Some(onepass::AnyRef::from_i31(3)))).is_err(), "an i31 went into a struct global");
    // Host values and objects through the conversions.
    let ext = f("to_extern").call(std::slice::from_ref(&made)).unwrap().remove(0);
    assert!(matches!(ext, Val::ExternAny(ref r) if r.is_struct()), "{ext:?}");
    assert_eq!(f("to_any").call(&[ext]).unwrap(), vec![made.clone()]);
    let host = f("to_any").call(&[Val::ExternRef(Some(7))]).unwrap().remove(0);
    assert!(matches!(&host, Val::AnyRef(Some(r)) if r.host_value() == Some(7)), "{host:?}");
    assert_eq!(f("to_extern").call(&[host]).unwrap(), vec![Val::ExternRef(Some(7))]);
    match f("to_any").call(&[Val::ExternRef(Some(Val::EXTERN_LIMIT))]) {
        Err(Error::Call(message)) => assert!(message.contains("2^62"), "{message}"),
        other => panic!("an externref payload of 2^62 went in: {other:?}"),
    }
    // Another runtime's object is refused.
    let rt2 = Runtime::with_config(config);
    let m2 = rt2.instantiate(&wasm(module)).unwrap();
    match m2.exported_function("read").unwrap().call(std::slice::from_ref(&made)) {
        Err(Error::Call(message)) => assert!(message.contains("another runtime"), "{message}"),
        other => panic!("an object of another runtime went in: {other:?}"),
    }
    // The host's reference keeps the object (and its heap) after the runtime is gone.
    drop(g);
    drop((m, m2, rt, rt2));
    assert!(obj.is_struct());
}

/// Allocations count against `RuntimeConfig::with_gc_heap_limit`: past it `struct.new`
/// and `array.new` trap with `GcHeapExhausted` (so does a huge array), and a constant
/// expression's allocation fails instantiation.
#[test]
fn the_gc_heap_limit_traps_allocations() {
    let config =
        RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC).with_gc_heap_limit(1 << 20);
    let rt = Runtime::with_config(config);
    let m = rt
        .instantiate(&wasm(
            r#"(module
                 (type $s (struct (field i64 i64)))
                 (type $node (struct (field i64) (field (ref null $node))))
                 (type $a (array i8))
                 (func (export "structs") (param i32)
                   (loop $l (drop (struct.new_default $s))
                     (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))))
                 (func (export "list") (param i32) (local (ref null $node))
                   (loop $l (local.set 1 (struct.new $node (i64.const 0) (local.get 1)))
                     (br_if $l (local.tee 0 (i32.sub (local.get 0) (i32.const 1))))))
                 (func (export "array") (param i32) (result i32) (array.len (array.new_default $a (local.get 0)))))"#,
        ))
        .unwrap();
    let array = m.exported_function("array").unwrap();
    assert_eq!(array.call(&[Val::I32(1000)]).unwrap(), vec![Val::I32(1000)]);
    for len in [-1, 1 << 21] {
        match array.call(&[Val::I32(len)]) {
            Err(Error::Trap(t)) => assert_eq!(t.code, TrapCode::GcHeapExhausted),
            other => panic!("an array of {len} bytes: {other:?}"),
        }
    }
    // 32-byte structs: 40,000 live ones do not fit in 1 MiB; 40,000 dropped ones do (the
    // collector frees them). Each entry takes a 32 KiB allocation buffer and gives back
    // what it did not use: a hundred entries making one struct each use 3,200 bytes, not
    // 3.2 MiB.
    let structs = m.exported_function("structs").unwrap();
    for _ in 0..100 {
        structs.call(&[Val::I32(1)]).unwrap();
    }
    structs.call(&[Val::I32(1000)]).unwrap();
    structs.call(&[Val::I32(40_000)]).unwrap();
    let list = m.exported_function("list").unwrap();
    list.call(&[Val::I32(20_000)]).unwrap();
    match list.call(&[Val::I32(40_000)]) {
        Err(Error::Trap(t)) => assert_eq!(t.code, TrapCode::GcHeapExhausted),
        other => panic!("a list of 40,000 structs in 1 MiB: {other:?}"),
    }
    // What a trap left behind is garbage too.
    list.call(&[Val::I32(20_000)]).unwrap();
    let big = "(module (type $a (array i8)) (global (ref $a) (array.new_default $a (i32.const 2000000))))";
    match rt.instantiate(&wasm(big)) {
        Err(Error::Instantiate(message)) => assert!(message.contains("GC heap limit"), "{message}"),
        other => panic!("a 2 MB array in a 1 MiB heap: {other:?}"),
    }
}

/// The host reads struct fields and array elements of every storage type through
/// `AnyRef`: packed fields zero-extended, references as values (a nested struct, a host
/// value, a function it can call while the runtime lives, and not once it is gone).
#[test]
fn the_host_reads_gc_fields_and_elements() {
    let rt = Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC));
    let m = rt
        .instantiate(&wasm(
            r#"(module
                 (type $fn (func (result i32)))
                 (type $inner (struct (field i32)))
                 (type $s (struct (field i8) (field i16) (field f64) (field v128) (field (ref null $fn))
                                  (field externref) (field (ref $inner)) (field anyref)))
                 (type $a (array (mut i16)))
                 (func $seven (type $fn) (i32.const 7))
                 (elem declare func $seven)
                 (func (export "make") (param externref) (result anyref)
                   (struct.new $s (i32.const -1) (i32.const -2) (f64.const 0.5) (v128.const i64x2 1 2)
                     (ref.func $seven) (local.get 0) (struct.new $inner (i32.const 9)) (ref.null any)))
                 (func (export "array") (result anyref) (array.new_fixed $a 2 (i32.const 3) (i32.const -4))))"#,
        ))
        .unwrap();
    let made = m.exported_function("make").unwrap().call(&[Val::ExternRef(Some(5))]).unwrap().remove(0);
    let Val::AnyRef(Some(s)) = made else { panic!("a struct: {made:?}") };
    assert_eq!(s.field(0), Some(Val::I32(0xff)));
    assert_eq!(s.field(1), Some(Val::I32(0xfffe)));
    assert_eq!(s.field(2), Some(Val::F64(0.5f64.to_bits())));
    assert_eq!(s.field(3), Some(Val::V128(1 | 2 << 64)));
    let Some(Val::FuncRef(Some(f))) = s.field(4) else { panic!("a function: {:?}", s.field(4)) };
    assert_eq!(f.call(&[]).unwrap(), vec![Val::I32(7)]);
    assert_eq!(s.field(5), Some(Val::ExternRef(Some(5))));
    let Some(Val::AnyRef(Some(inner))) = s.field(6) else { panic!("a nested struct: {:?}", s.field(6)) };
    assert_eq!(inner.field(0), Some(Val::I32(9)));
    assert_eq!(s.field(7), Some(Val::AnyRef(None)));
    assert_eq!(s.field(8), None);
    assert_eq!((s.array_len(), s.element(0)), (None, None));
    let arr = m.exported_function("array").unwrap().call(&[]).unwrap().remove(0);
    let Val::AnyRef(Some(a)) = arr else { panic!("an array: {arr:?}") };
    assert_eq!(a.array_len(), Some(2));
    assert_eq!((a.element(0), a.element(1), a.element(2)), (Some(Val::I32(3)), Some(Val::I32(0xfffc)), None));
    assert_eq!(a.field(0), None);
    drop((f, m, rt));
    // The runtime is gone: the function's instance may be too, so no reference to it.
    assert_eq!(s.field(4), None);
    assert_eq!((s.field(0), inner.field(0)), (Some(Val::I32(0xff)), Some(Val::I32(9))));
}

/// What the host passes into wasm is checked against the precise reference type where
/// wasm would otherwise take one kind of word for another (review of the GC work): a
/// `nullref` parameter takes only null, `i31ref` only `i31`s, `eqref` no converted host
/// value; a host global or a host exception's payload takes no object of another runtime;
/// a constant `array.new` of 2^32 - 1 elements fails instantiation instead of the process.
#[test]
fn host_values_are_checked_against_precise_reference_types() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC);
    let rt = Runtime::with_config(config.clone());
    let m = rt
        .instantiate(&wasm(
            r#"(module
                 (type $s (struct (field (mut i64))))
                 (func (export "none") (param nullref) (result i32) (ref.is_null (local.get 0)))
                 (func (export "i31") (param i31ref) (result i32) (i31.get_u (local.get 0)))
                 (func (export "eq") (param eqref) (result i32) (ref.is_null (local.get 0)))
                 (func (export "make") (result anyref) (struct.new $s (i64.const 1)))
                 (func (export "empty") (result anyref) (struct.new_default $e))
                 (type $e (struct)))"#,
        ))
        .unwrap();
    let f = |name: &str| m.exported_function(name).unwrap();
    let host = Val::AnyRef(Some(onepass::AnyRef::from_extern(4)));
    let i31 = Val::AnyRef(Some(onepass::AnyRef::from_i31(5)));
    let obj = f("make").call(&[]).unwrap().remove(0);
    for (name, arg) in [("none", &host), ("none", &i31), ("i31", &obj), ("i31", &host), ("eq", &host)] {
        match f(name).call(std::slice::from_ref(arg)) {
            Err(Error::Call(message)) => assert!(message.contains("not a value"), "{name}({arg}): {message}"),
            other => panic!("{name} took {arg}: {other:?}"),
        }
    }
    assert_eq!(f("none").call(&[Val::AnyRef(None)]).unwrap(), vec![Val::I32(1)]);
    assert_eq!(f("i31").call(std::slice::from_ref(&i31)).unwrap(), vec![Val::I32(5)]);
    assert_eq!(f("eq").call(std::slice::from_ref(&obj)).unwrap(), vec![Val::I32(0)]);
    let Val::AnyRef(Some(empty)) = f("empty").call(&[]).unwrap().remove(0) else { panic!("a struct") };
    assert_eq!(empty.field(0), None);
    // Another runtime's object in a host global.
    let rt2 = Runtime::with_config(config);
    let built = rt2.new_host_module_builder("env").global("g", obj.clone(), false).instantiate();
    assert!(matches!(built, Err(Error::Instantiate(ref m)) if m.contains("another runtime")), "{built:?}");
    let huge = "(module (type $a (array i8)) (global (ref $a) (array.new $a (i32.const 0) (i32.const -1))))";
    match rt.instantiate(&wasm(huge)) {
        Err(Error::Instantiate(message)) => assert!(message.contains("GC heap limit"), "{message}"),
        other => panic!("a 4 GiB constant array: {other:?}"),
    }
}
