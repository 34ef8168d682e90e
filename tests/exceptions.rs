//! Exception handling through the embedding API (issue 20), eagerly and lazily: an
//! exception thrown through three instances and a host function, host functions that throw
//! and catch, uncaught exceptions reaching the host with their tag and payload, deep
//! unwinding, and the bound on what a throw-and-catch loop keeps alive.

use onepass::{CoreFeatures, Error, Exception, FuncType, Function, Runtime, RuntimeConfig, Val, ValType};
use std::sync::{Arc, OnceLock};

fn wasm(text: &str) -> Vec<u8> {
    wat::parse_str(text).expect("test module parses")
}

/// A runtime with exception handling, eager or lazy.
fn runtime(lazy: bool) -> Runtime {
    let features = CoreFeatures::V2 | CoreFeatures::EXCEPTIONS | CoreFeatures::TAIL_CALL;
    Runtime::with_config(RuntimeConfig::new().with_core_features(features).with_lazy_compilation(lazy))
}

fn call(f: &Function, args: &[Val]) -> Result<Vec<Val>, Error> {
    f.call(args)
}

/// Instance A defines tag `e` and throws it; the host function `relay` calls A through the
/// embedding API, gets the exception as an error and returns it, which throws it again into
/// its wasm caller B; B has no handler, so it reaches C's `try_table`. Three instances and
/// a host function between the throw and the catch.
#[test]
fn an_exception_crosses_three_instances_and_a_host_function() {
    for lazy in [false, true] {
        let rt = runtime(lazy);
        let a = rt
            .instantiate_with_config(
                &wasm(
                    r#"(module
                      (tag $e (export "e") (param i32))
                      (func (export "throw_e") (param i32) (throw $e (local.get 0))))"#,
                ),
                onepass::ModuleConfig::new().with_name("a"),
            )
            .expect("a");
        let throw_e = a.exported_function("throw_e").expect("throw_e");
        let relay_target: Arc<OnceLock<Function>> = Arc::new(OnceLock::new());
        relay_target.set(throw_e.clone()).ok();
        let target = relay_target.clone();
        rt.new_host_module_builder("host")
            .func("relay", FuncType::new([ValType::I32], []), move |_caller, args| {
                // The exception A throws comes back as an error; returning it throws it on.
                match target.get().expect("set").call(args) {
                    Err(e @ Error::Exception(_)) => Err(e),
                    other => panic!("expected an exception from a, got {other:?}"),
                }
            })
            .instantiate()
            .expect("host");
        rt.instantiate_with_config(
            &wasm(
                r#"(module
                  (import "host" "relay" (func $relay (param i32)))
                  (func (export "mid") (param i32) (call $relay (i32.add (local.get 0) (i32.const 1)))))"#,
            ),
            onepass::ModuleConfig::new().with_name("b"),
        )
        .expect("b");
        let c = rt
            .instantiate(&wasm(
                r#"(module
                  (import "a" "e" (tag $e (param i32)))
                  (import "b" "mid" (func $mid (param i32)))
                  (func (export "top") (param i32) (result i32)
                    (block $caught (result i32)
                      (try_table (catch $e $caught) (call $mid (local.get 0)))
                      (i32.const -1))
                    (i32.const 1000)
                    (i32.add))
                  (func (export "unguarded") (param i32) (call $mid (local.get 0))))"#,
            ))
            .expect("c");
        let top = c.exported_function("top").expect("top");
        assert_eq!(call(&top, &[Val::I32(41)]).expect("caught in c"), vec![Val::I32(1042)]);
        // Again, to see nothing was left behind.
        assert_eq!(call(&top, &[Val::I32(1)]).expect("caught in c"), vec![Val::I32(1002)]);
        // Without a handler the exception reaches the host, with its tag and payload.
        let unguarded = c.exported_function("unguarded").expect("unguarded");
        match call(&unguarded, &[Val::I32(7)]) {
            Err(Error::Exception(exception)) => {
                assert_eq!(exception.tag(), &a.exported_tag("e").expect("tag e"));
                assert_eq!(exception.payload(), &[Val::I32(8)]);
            }
            other => panic!("expected an uncaught exception, got {other:?}"),
        }
    }
}

/// A host function throws an exception of a host tag; wasm catches it, with its payload,
/// and rethrows it with `throw_ref` to the host; a host function calling wasm that throws
/// can also swallow the exception and return normally.
#[test]
fn host_functions_throw_and_catch() {
    for lazy in [false, true] {
        let rt = runtime(lazy);
        let tags =
            rt.new_host_module_builder("tags").tag("h", [ValType::I64, ValType::F64]).instantiate().expect("tags");
        let h = tags.exported_tag("h").expect("tag h");
        let thrown = h.clone();
        let callback: Arc<OnceLock<Function>> = Arc::new(OnceLock::new());
        let inner = callback.clone();
        rt.new_host_module_builder("host")
            .func("throws", FuncType::new([ValType::I64], [ValType::I32]), move |_caller, args| {
                let exception = Exception::new(&thrown, vec![args[0].clone(), Val::f64(2.5)])?;
                Err(Error::Exception(exception))
            })
            .func("swallows", FuncType::new([], [ValType::I32]), move |_caller, _args| {
                match inner.get().expect("set").call(&[]) {
                    Err(Error::Exception(_)) => Ok(vec![Val::I32(77)]),
                    other => panic!("expected an exception, got {other:?}"),
                }
            })
            .instantiate()
            .expect("host");
        let m = rt
            .instantiate(&wasm(
                r#"(module
                  (import "tags" "h" (tag $h (param i64 f64)))
                  (import "host" "throws" (func $throws (param i64) (result i32)))
                  (import "host" "swallows" (func $swallows (result i32)))
                  (tag $mine)
                  (func (export "catch_host") (param i64) (result i64 f64)
                    (block $caught (result i64 f64)
                      (try_table (catch $h $caught) (drop (call $throws (local.get 0))))
                      (unreachable)))
                  (func (export "rethrow_host") (param i64)
                    (block $caught (result exnref)
                      (try_table (catch_all_ref $caught) (drop (call $throws (local.get 0))))
                      (unreachable))
                    (throw_ref))
                  (func (export "throw_mine") (throw $mine))
                  (func (export "swallow") (result i32) (call $swallows)))"#,
            ))
            .expect("module");
        callback.set(m.exported_function("throw_mine").expect("throw_mine")).ok();
        let catch_host = m.exported_function("catch_host").expect("catch_host");
        assert_eq!(call(&catch_host, &[Val::I64(-5)]).expect("caught"), vec![Val::I64(-5), Val::f64(2.5)]);
        let rethrow = m.exported_function("rethrow_host").expect("rethrow_host");
        match call(&rethrow, &[Val::I64(9)]) {
            Err(Error::Exception(exception)) => {
                assert_eq!(exception.tag(), &h);
                assert_eq!(exception.payload(), &[Val::I64(9), Val::f64(2.5)]);
            }
            other => panic!("expected the host's exception back, got {other:?}"),
        }
        let swallow = m.exported_function("swallow").expect("swallow");
        assert_eq!(call(&swallow, &[]).expect("swallowed"), vec![Val::I32(77)]);
        // A payload of the wrong types is refused before anything is thrown.
        assert!(Exception::new(&h, vec![Val::I32(1)]).is_err());
    }
}

/// Unwinding through 10,000 frames of a recursion to a handler at the top, and through a
/// function that only cleans up (`catch_all_ref` + `throw_ref`) on the way.
#[test]
fn deep_unwinding_and_cleanup_handlers() {
    for lazy in [false, true] {
        let rt = runtime(lazy);
        let m = rt
            .instantiate(&wasm(
                r#"(module
                  (tag $done (param i32))
                  (global $cleanups (mut i32) (i32.const 0))
                  (func $down (param i32)
                    (if (i32.eqz (local.get 0)) (then (throw $done (i32.const 99))))
                    (if (i32.eqz (i32.rem_u (local.get 0) (i32.const 1000)))
                      (then
                        (block $cleanup (result exnref)
                          (try_table (catch_all_ref $cleanup)
                            (call $down (i32.sub (local.get 0) (i32.const 1))))
                          (return))
                        (global.set $cleanups (i32.add (global.get $cleanups) (i32.const 1)))
                        (throw_ref)))
                    (call $down (i32.sub (local.get 0) (i32.const 1))))
                  (func (export "run") (param i32) (result i32 i32)
                    (block $caught (result i32)
                      (try_table (catch $done $caught) (call $down (local.get 0)))
                      (i32.const -1))
                    (global.get $cleanups)))"#,
            ))
            .expect("module");
        let run = m.exported_function("run").expect("run");
        assert_eq!(call(&run, &[Val::I32(10_000)]).expect("caught"), vec![Val::I32(99), Val::I32(10)]);
    }
}

/// Resident memory of this process in bytes (Linux `/proc/self/statm`).
fn resident_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").expect("statm");
    let pages: u64 = statm.split_whitespace().nth(1).expect("resident field").parse().expect("a number");
    pages * 4096
}

/// Ten million throws caught by `catch` in one call keep no exception alive: each is freed
/// where it is caught (the thread's exceptions would otherwise grow by hundreds of MB).
#[test]
fn a_throw_and_catch_loop_does_not_grow() {
    let rt = runtime(false);
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (tag $t (param i32))
              (func $thrower (param i32) (throw $t (local.get 0)))
              (func (export "loop") (param i32) (result i32)
                (local $sum i32)
                (loop $again
                  (block $caught (result i32)
                    (try_table (catch $t $caught) (call $thrower (local.get 0)))
                    (unreachable))
                  (local.set $sum (i32.add (local.get $sum)))
                  (br_if $again (local.tee 0 (i32.sub (local.get 0) (i32.const 1)))))
                (local.get $sum)))"#,
        ))
        .expect("module");
    assert_loop_keeps_nothing(&m.exported_function("loop").expect("loop"));
}

/// Run `run(n)`, a loop that throws and catches `n` times and returns the sum of `1..=n`,
/// with ten million: it must be right and leave at most 64 MiB more resident.
fn assert_loop_keeps_nothing(run: &Function) {
    assert_loop_keeps_nothing_plus(run, 0);
}

/// [`assert_loop_keeps_nothing`] for a loop that returns the sum plus `plus`.
fn assert_loop_keeps_nothing_plus(run: &Function, plus: u64) {
    // Warm up (the first calls map code and thread-local storage).
    call(run, &[Val::I32(1000)]).expect("loop");
    let before = resident_bytes();
    let n = 10_000_000u32;
    let expected = ((1..=n as u64).sum::<u64>() + plus) as u32 as i32;
    assert_eq!(call(run, &[Val::I32(n as i32)]).expect("loop"), vec![Val::I32(expected)]);
    let grown = resident_bytes().saturating_sub(before);
    assert!(grown < 64 << 20, "ten million caught exceptions made {grown} bytes resident");
}

/// An `exnref` crosses to the host only as a result, copied out (tag and payload, an
/// inner `exnref` copied too) before the entry's exceptions are freed; a function taking
/// one cannot be called from the host, and the host cannot define one. An immutable
/// `exnref` global (always null) exists; mutable ones and tables do not.
#[test]
fn exnref_crosses_to_the_host_only_as_results() {
    let rt = runtime(false);
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (tag $t (param i32))
              (tag $wrap (param exnref))
              (global (export "g") exnref (ref.null exn))
              (func (export "takes") (param exnref))
              (func (export "gives") (result exnref) (ref.null exn))
              (func $caught (param i32) (result exnref)
                (block $c (result exnref)
                  (try_table (catch_all_ref $c) (throw $t (local.get 0)))
                  (unreachable)))
              (func (export "caught") (param i32) (result exnref i32)
                (call $caught (local.get 0)) (i32.const 5))
              (func (export "nested") (result exnref)
                (block $c (result exnref)
                  (try_table (catch_all_ref $c) (throw $wrap (call $caught (i32.const 9))))
                  (unreachable))))"#,
        ))
        .expect("module");
    let f = |name: &str| m.exported_function(name).expect(name);
    assert!(matches!(call(&f("takes"), &[Val::ExnRef(None)]), Err(Error::Call(_))));
    assert_eq!(call(&f("gives"), &[]).expect("gives"), vec![Val::ExnRef(None)]);
    assert_eq!(m.exported_global("g").expect("g").get(), Val::ExnRef(None));
    let got = call(&f("caught"), &[Val::I32(42)]).expect("caught");
    match &got[..] {
        [Val::ExnRef(Some(e)), Val::I32(5)] => assert_eq!(e.payload(), &[Val::I32(42)]),
        other => panic!("an exception carrying 42: {other:?}"),
    }
    match &call(&f("nested"), &[]).expect("nested")[..] {
        [Val::ExnRef(Some(outer))] => match outer.payload() {
            [Val::ExnRef(Some(inner))] => assert_eq!(inner.payload(), &[Val::I32(9)]),
            other => panic!("an inner exception: {other:?}"),
        },
        other => panic!("an outer exception: {other:?}"),
    }
    // A copy does not go back in, not even as a host module's global.
    let Val::ExnRef(Some(copy)) = got[0].clone() else { unreachable!() };
    let global = rt.new_host_module_builder("hg").global("e", Val::ExnRef(Some(copy)), false).instantiate();
    assert!(matches!(global, Err(Error::Instantiate(ref m)) if m.contains("exception")), "{global:?}");
    let host = rt.new_host_module_builder("h").func("f", FuncType::new([ValType::ExnRef], []), |_, _| Ok(vec![]));
    assert!(host.instantiate().is_err());
    // Nor do exnref globals and tables exist (their exceptions would outlive the call).
    for text in ["(module (global (mut exnref) (ref.null exn)))", "(module (table 1 exnref))"] {
        match rt.compile_module(&wasm(text)) {
            Err(Error::Compile { message, .. }) => assert!(message.contains("exnref"), "{message}"),
            other => panic!("expected a refusal, got {:?}", other.map(|_| ())),
        }
    }
}

/// The legacy encoding in a loop: each `catch` leaves its exception in the try's hidden
/// local, and the next one the same try catches frees it, so ten million catches in one
/// call keep one exception alive, not ten million.
#[test]
fn a_legacy_catch_loop_does_not_grow() {
    let features = CoreFeatures::V2 | CoreFeatures::EXCEPTIONS | CoreFeatures::LEGACY_EXCEPTIONS;
    for lazy in [false, true] {
        let rt = Runtime::with_config(RuntimeConfig::new().with_core_features(features).with_lazy_compilation(lazy));
        let m = rt
            .instantiate(&wasm(
                r#"(module
                  (tag $t (param i32))
                  (func $thrower (param i32) (throw $t (local.get 0)))
                  (func (export "loop") (param $n i32) (result i32)
                    (local $sum i32)
                    loop $again
                      try
                        local.get $n
                        call $thrower
                      catch $t
                        local.get $sum
                        i32.add
                        local.set $sum
                      end
                      local.get $n
                      i32.const 1
                      i32.sub
                      local.tee $n
                      br_if $again
                    end
                    local.get $sum))"#,
            ))
            .expect("module");
        assert_loop_keeps_nothing(&m.exported_function("loop").expect("loop"));
    }
}

/// What neither a catch nor a legacy try frees is reclaimed once nothing on the stack names
/// it: a catching function called ten million times (its hidden local dies with each
/// frame), an inner legacy try passing on what it does not match (which exposes it), and
/// `catch_ref` results dropped in a loop. Each keeps the resident memory bounded, and an
/// exnref held across the loop survives every collection.
#[test]
fn exceptions_nothing_names_are_reclaimed() {
    let features = CoreFeatures::V2 | CoreFeatures::EXCEPTIONS | CoreFeatures::LEGACY_EXCEPTIONS;
    let rt = Runtime::with_config(RuntimeConfig::new().with_core_features(features));
    let m = rt
        .instantiate(&wasm(
            r#"(module
              (tag $t (param i32))
              (tag $u)
              (func $catches (param i32) (result i32)
                try (result i32)
                  local.get 0
                  throw $t
                catch $t
                end)
              (func (export "called") (param $n i32) (result i32)
                (local $sum i32)
                (loop $l
                  (local.set $sum (i32.add (local.get $sum) (call $catches (local.get $n))))
                  (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (local.get $sum))
              (func (export "passed_on") (param $n i32) (result i32)
                (local $sum i32)
                loop $l
                  try
                    try
                      (throw $t (local.get $n))
                    catch $u
                    end
                  catch $t
                    (local.set $sum (i32.add (local.get $sum)))
                  end
                  (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))
                end
                local.get $sum)
              (func (export "dropped_refs") (param $n i32) (result i32)
                (local $sum i32)
                (local $kept exnref)
                ;; One exnref held across the whole loop, thrown at the end.
                (block $k (result i32 exnref)
                  (try_table (catch_ref $t $k) (throw $t (i32.const 7)))
                  (unreachable))
                (local.set $kept)
                (drop)
                (loop $l
                  (block $h (result i32 exnref)
                    (try_table (catch_ref $t $h) (throw $t (local.get $n)))
                    (unreachable))
                  (drop)
                  (local.set $sum (i32.add (local.get $sum)))
                  (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))
                (block $last (result i32)
                  (try_table (catch $t $last) (throw_ref (local.get $kept)))
                  (unreachable))
                (i32.add (local.get $sum))))"#,
        ))
        .expect("module");
    assert_loop_keeps_nothing(&m.exported_function("called").expect("called"));
    assert_loop_keeps_nothing(&m.exported_function("passed_on").expect("passed_on"));
    // The sum plus the held exception's 7.
    assert_loop_keeps_nothing_plus(&m.exported_function("dropped_refs").expect("dropped_refs"), 7);
}
