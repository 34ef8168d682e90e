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

/// Runs `f(thread index)` on `n` threads at once (released together) and joins them.
fn on_threads<T: Send + 'static>(n: usize, f: impl Fn(usize) -> T + Send + Sync + 'static) -> Vec<T> {
    let f = Arc::new(f);
    let start = Arc::new(std::sync::Barrier::new(n));
    let threads: Vec<_> = (0..n)
        .map(|t| {
            let (f, start) = (Arc::clone(&f), Arc::clone(&start));
            std::thread::spawn(move || {
                start.wait();
                f(t)
            })
        })
        .collect();
    threads.into_iter().map(|t| t.join().expect("thread")).collect()
}

/// The stress kernels of tests/threads/atomics.wat, instantiated once, eagerly or lazily.
fn atomics_module(lazy: bool) -> Arc<onepass::Module> {
    let features = onepass::CoreFeatures::V2 | onepass::CoreFeatures::THREADS;
    let config = onepass::RuntimeConfig::new().with_core_features(features).with_lazy_compilation(lazy);
    let rt = Runtime::with_config(config);
    let wasm = wat::parse_file(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/threads/atomics.wat")).unwrap();
    Arc::new(rt.instantiate(&wasm).unwrap())
}

/// Four threads hammer one shared memory with every read-modify-write operator, at every
/// width: each counter ends exactly where the sum of the operations puts it.
#[test]
fn read_modify_writes_from_four_threads_are_exact() {
    const N: i32 = 20_000;
    for lazy in [false, true] {
        let module = atomics_module(lazy);
        let m = Arc::clone(&module);
        on_threads(4, move |t| {
            for name in ["add32", "add64", "sub16", "add8", "cas64", "xchg_lock"] {
                m.exported_function(name).unwrap().typed::<i32, ()>().unwrap().call(N).unwrap();
            }
            m.exported_function("bits").unwrap().typed::<(i32, i32), ()>().unwrap().call((t as i32, N)).unwrap();
        });
        let read32 = module.exported_function("read32").unwrap().typed::<i32, i32>().unwrap();
        let read64 = module.exported_function("read64").unwrap().typed::<i32, i64>().unwrap();
        let total = 4 * N as i64;
        assert_eq!(read32.call(0).unwrap() as i64, total, "i32.atomic.rmw.add");
        assert_eq!(read64.call(8).unwrap(), total * 0x100000001, "i64.atomic.rmw.add");
        assert_eq!(read32.call(16).unwrap(), (total * -3).rem_euclid(1 << 16) as i32, "i32.atomic.rmw16.sub_u");
        assert_eq!(read32.call(24).unwrap() & 0xff, (total % 256) as i32, "i64.atomic.rmw8.add_u");
        // Each thread flipped its bit an even number of times.
        assert_eq!(read32.call(32).unwrap(), 0, "i32.atomic.rmw.xor");
        assert_eq!(read64.call(40).unwrap(), 0b1111, "i64.atomic.rmw32.or_u");
        assert_eq!(read32.call(48).unwrap(), 0, "i32.atomic.rmw.and");
        assert_eq!(read64.call(56).unwrap(), total, "i64.atomic.rmw.cmpxchg");
        assert_eq!(read32.call(68).unwrap() as i64, total, "a lock by i32.atomic.rmw8.xchg_u");
    }
}

/// A mutex built on compare-exchange and wait/notify keeps a plain counter exact, with
/// threads parking and waking all along.
#[test]
fn a_mutex_on_wait_and_notify_is_exact() {
    const N: i32 = 5_000;
    for lazy in [false, true] {
        let module = atomics_module(lazy);
        let m = Arc::clone(&module);
        on_threads(4, move |_| m.exported_function("mutex").unwrap().typed::<i32, ()>().unwrap().call(N).unwrap());
        let read32 = module.exported_function("read32").unwrap().typed::<i32, i32>().unwrap();
        assert_eq!(read32.call(132).unwrap(), 4 * N);
        assert_eq!(read32.call(128).unwrap(), 0, "unlocked at the end");
    }
}

/// A producer and a consumer pass 20,000 values through a 16-slot queue, each waiting on
/// the other's index when the queue is full or empty: every value arrives once.
#[test]
fn a_producer_and_a_consumer_share_a_queue() {
    const N: i32 = 20_000;
    for lazy in [false, true] {
        let module = atomics_module(lazy);
        let m = Arc::clone(&module);
        let sums = on_threads(2, move |t| match t {
            0 => {
                m.exported_function("produce").unwrap().typed::<i32, ()>().unwrap().call(N).unwrap();
                0
            }
            _ => m.exported_function("consume").unwrap().typed::<i32, i64>().unwrap().call(N).unwrap(),
        });
        assert_eq!(sums[1], N as i64 * (N as i64 + 1) / 2);
    }
}

/// wait's results and traps: not equal, timed out, woken by a notify from another thread;
/// unaligned, out of bounds, and on a memory that is not shared.
#[test]
fn wait_and_notify_results_and_traps() {
    let features = onepass::CoreFeatures::V2 | onepass::CoreFeatures::THREADS;
    let rt = Runtime::with_config(onepass::RuntimeConfig::new().with_core_features(features));
    let wasm = wat::parse_str(
        r#"(module
          (memory 1 1 shared)
          (func (export "wait") (param i32 i32 i64) (result i32) (memory.atomic.wait32 (local.get 0) (local.get 1) (local.get 2)))
          (func (export "wait64") (param i32 i64 i64) (result i32) (memory.atomic.wait64 (local.get 0) (local.get 1) (local.get 2)))
          (func (export "notify") (param i32 i32) (result i32) (memory.atomic.notify (local.get 0) (local.get 1))))"#,
    )
    .unwrap();
    let module = Arc::new(rt.instantiate(&wasm).unwrap());
    let wait = module.exported_function("wait").unwrap().typed::<(i32, i32, i64), i32>().unwrap();
    let wait64 = module.exported_function("wait64").unwrap().typed::<(i32, i64, i64), i32>().unwrap();
    let notify = module.exported_function("notify").unwrap().typed::<(i32, i32), i32>().unwrap();
    assert_eq!(wait.call((0, 1, -1)).unwrap(), 1, "not equal");
    let started = std::time::Instant::now();
    assert_eq!(wait64.call((8, 0, 20_000_000)).unwrap(), 2, "timed out");
    assert!(started.elapsed() >= std::time::Duration::from_millis(20));
    let m = Arc::clone(&module);
    let waiter = std::thread::spawn(move || {
        m.exported_function("wait").unwrap().typed::<(i32, i32, i64), i32>().unwrap().call((16, 0, -1)).unwrap()
    });
    let mut woken = 0;
    while woken == 0 {
        woken = notify.call((16, 5)).unwrap();
        std::thread::yield_now();
    }
    assert_eq!((woken, waiter.join().unwrap()), (1, 0));
    let trap = |r: Result<i32, onepass::Error>| match r {
        Err(Error::Trap(t)) => t.code,
        other => panic!("expected a trap, got {other:?}"),
    };
    assert_eq!(trap(wait.call((2, 0, 0))), TrapCode::UnalignedAtomic);
    assert_eq!(trap(notify.call((65536, 1))), TrapCode::MemoryOutOfBounds);
    assert_eq!(trap(wait.call((65534, 0, 0))), TrapCode::UnalignedAtomic);
    let unshared = rt
        .instantiate(
            &wat::parse_str(
                r#"(module (memory 1)
                  (func (export "wait") (result i32) (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const 0)))
                  (func (export "notify") (result i32) (memory.atomic.notify (i32.const 0) (i32.const 1))))"#,
            )
            .unwrap(),
        )
        .unwrap();
    let unshared_wait = unshared.exported_function("wait").unwrap().typed::<(), i32>().unwrap();
    assert_eq!(trap(unshared_wait.call(())), TrapCode::WaitOnUnsharedMemory);
    assert_eq!(unshared.exported_function("notify").unwrap().typed::<(), i32>().unwrap().call(()).unwrap(), 0);
}

/// Closing a module wakes its threads parked in `memory.atomic.wait` (forever, without
/// termination checks compiled in): each call ends with the module's exit, and what was
/// written before the close stays readable from another module sharing the memory.
#[test]
fn closing_a_module_wakes_and_stops_its_waiting_threads() {
    let features = onepass::CoreFeatures::V2 | onepass::CoreFeatures::THREADS;
    let rt = Runtime::with_config(onepass::RuntimeConfig::new().with_core_features(features));
    rt.new_host_module_builder("env").shared_memory("memory", 1, 1).instantiate().unwrap();
    let wasm = wat::parse_str(
        r#"(module
          (import "env" "memory" (memory 1 1 shared))
          (func (export "park") (param i32) (result i32)
            (i32.atomic.store (local.get 0) (i32.const 7))
            (memory.atomic.wait32 (local.get 0) (i32.const 7) (i64.const -1)))
          (func (export "read") (param i32) (result i32) (i32.atomic.load (local.get 0))))"#,
    )
    .unwrap();
    let compiled = rt.compile_module(&wasm).unwrap();
    let parked = Arc::new(rt.instantiate_module(&compiled, onepass::ModuleConfig::new().with_name("parked")).unwrap());
    let reader = rt.instantiate_module(&compiled, onepass::ModuleConfig::new().with_name("reader")).unwrap();
    let threads: Vec<_> = (0..3)
        .map(|t| {
            let m = Arc::clone(&parked);
            std::thread::spawn(move || m.exported_function("park").unwrap().call(&[Val::I32(64 + 4 * t)]))
        })
        .collect();
    let read = reader.exported_function("read").unwrap().typed::<i32, i32>().unwrap();
    // Wait until every thread stored its mark (and is parked, or about to park).
    while (0..3).any(|t| read.call(64 + 4 * t).unwrap() != 7) {
        std::thread::yield_now();
    }
    std::thread::sleep(std::time::Duration::from_millis(20));
    parked.close_with_exit_code(3).unwrap();
    for t in threads {
        let result = t.join().unwrap();
        assert!(matches!(result, Err(Error::Exit(3))), "a parked thread of a closed module returned {result:?}");
    }
    assert_eq!(read.call(68).unwrap(), 7, "written before the close");
}

/// wasi-threads through the library: a program's threads share its WASI context (their
/// output goes to its stdout) and memory; `proc_exit` on a spawned thread, or a trap
/// there, ends the whole program, main thread included.
#[test]
fn wasi_threads_programs_run_and_end_together() {
    let features = onepass::CoreFeatures::V2 | onepass::CoreFeatures::THREADS;
    let run = |wat: &str| {
        let rt = Runtime::with_config(onepass::RuntimeConfig::new().with_core_features(features));
        onepass::wasi::instantiate(&rt).unwrap();
        rt.new_host_module_builder("env").shared_memory("memory", 1, 1).instantiate().unwrap();
        let out = Arc::new(std::sync::Mutex::new(Vec::<u8>::new()));
        let config = onepass::ModuleConfig::new().with_stdout(out.clone());
        let result = rt.instantiate_with_config(&wat::parse_str(wat).unwrap(), config).map(|_| ());
        let text = String::from_utf8(out.lock().unwrap().clone()).unwrap();
        (result, text)
    };
    let program =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/threads/wasi_threads.wat")).unwrap();
    let (result, text) = run(&program);
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(text, "counter 10000\ntids 10\n");
    // The main thread parks forever; the spawned thread exits the program, or traps.
    for (thread_body, expected) in [("(call $exit (i32.const 7))", 7), ("unreachable", 1)] {
        let wat = format!(
            r#"(module
              (import "env" "memory" (memory 1 1 shared))
              (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
              (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
              (func (export "wasi_thread_start") (param i32 i32) {thread_body})
              (func (export "_start")
                (drop (call $spawn (i32.const 0)))
                (drop (memory.atomic.wait32 (i32.const 0) (i32.const 0) (i64.const -1)))))"#
        );
        let (result, _) = run(&wat);
        assert!(matches!(result, Err(Error::Exit(code)) if code == expected), "{thread_body}: {result:?}");
    }
}

/// Closing a module stops its threads that are running (the interrupt check), and closing
/// a WASI program's module stops the threads it spawned: every call ends with the exit.
#[test]
fn closing_stops_running_threads_and_spawned_ones() {
    let features = onepass::CoreFeatures::V2 | onepass::CoreFeatures::THREADS;
    let config = onepass::RuntimeConfig::new().with_core_features(features).with_close_on_context_done(true);
    let rt = Runtime::with_config(config);
    onepass::wasi::instantiate(&rt).unwrap();
    rt.new_host_module_builder("env").shared_memory("memory", 1, 1).instantiate().unwrap();
    let wasm = wat::parse_str(
        r#"(module
          (import "env" "memory" (memory 1 1 shared))
          (import "wasi" "thread-spawn" (func $spawn (param i32) (result i32)))
          (func $spin (loop $l (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1))) (br $l)))
          (func (export "spin") (call $spin))
          (func (export "wasi_thread_start") (param i32 i32) (call $spin))
          (func (export "_start")
            (drop (call $spawn (i32.const 0)))
            (drop (call $spawn (i32.const 0)))
            (call $spin))
          (func (export "count") (result i32) (i32.atomic.load (i32.const 0))))"#,
    )
    .unwrap();
    let compiled = rt.compile_module(&wasm).unwrap();
    let no_start: [&str; 0] = [];
    let config = |name: &str| onepass::ModuleConfig::new().with_name(name).with_start_functions(no_start);
    let program = Arc::new(rt.instantiate_module(&compiled, config("program")).unwrap());
    let observer = rt.instantiate_module(&compiled, config("observer")).unwrap();
    let count = observer.exported_function("count").unwrap().typed::<(), i32>().unwrap();
    let mut calls: Vec<_> = ["_start", "spin", "spin"]
        .into_iter()
        .map(|name| {
            let m = Arc::clone(&program);
            std::thread::spawn(move || m.exported_function(name).unwrap().call(&[]))
        })
        .collect();
    // Every thread is running: the count keeps moving.
    let before = count.call(()).unwrap();
    while count.call(()).unwrap() < before.wrapping_add(100_000) {
        std::thread::yield_now();
    }
    program.close_with_exit_code(5).unwrap();
    for call in calls.drain(..) {
        let result = call.join().unwrap();
        assert!(matches!(result, Err(Error::Exit(5))), "{result:?}");
    }
    // The two spawned threads stopped too: the count settles.
    std::thread::sleep(std::time::Duration::from_millis(50));
    let settled = count.call(()).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    assert_eq!(count.call(()).unwrap(), settled, "a spawned thread still runs");
}

/// A shared memory grows on one thread while another uses it: once a thread sees the new
/// size, every byte below it is accessible (and shared).
#[test]
fn a_shared_memory_grows_under_another_thread() {
    let features = onepass::CoreFeatures::V2 | onepass::CoreFeatures::THREADS;
    let rt = Runtime::with_config(onepass::RuntimeConfig::new().with_core_features(features));
    let wasm = wat::parse_str(
        r#"(module
          (memory 1 64 shared)
          (func (export "grow") (param $n i32)
            (loop $l
              (drop (memory.grow (i32.const 1)))
              (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
          ;; Until the memory has $pages pages: write each new last page's last word.
          (func (export "follow") (param $pages i32) (result i32)
            (local $size i32) (local $seen i32)
            (loop $l
              (local.set $size (memory.size))
              (if (i32.gt_u (local.get $size) (local.get $seen))
                (then
                  (i32.atomic.store (i32.sub (i32.shl (local.get $size) (i32.const 16)) (i32.const 4)) (local.get $size))
                  (local.set $seen (local.get $size))))
              (br_if $l (i32.lt_u (local.get $seen) (local.get $pages))))
            (i32.atomic.load (i32.sub (i32.shl (local.get $pages) (i32.const 16)) (i32.const 4)))))"#,
    )
    .unwrap();
    let module = Arc::new(rt.instantiate(&wasm).unwrap());
    let m = Arc::clone(&module);
    let follower =
        std::thread::spawn(move || m.exported_function("follow").unwrap().typed::<i32, i32>().unwrap().call(64));
    module.exported_function("grow").unwrap().typed::<i32, ()>().unwrap().call(63).unwrap();
    assert_eq!(follower.join().unwrap().unwrap(), 64);
}
