//! Issue 23's must-show: atomic operations' throughput, onepass against wasmtime
//! (Cranelift), same run. One module imports a shared memory and loops over one atomic
//! operator; each runs on 1 thread (uncontended) and on 2 threads hammering the same word
//! (this machine has 2 cores). onepass calls one instance from both threads; wasmtime, whose
//! stores are single-threaded, one instance per thread importing the same `SharedMemory`.

use anyhow::Result;
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant};

/// The kernels: each does its operation `n` times on word 0 (or 8 for 64-bit ones).
const KERNELS: &str = r#"(module
  (import "env" "memory" (memory 1 1 shared))
  (func (export "rmw.add") (param $n i32)
    (loop $l (drop (i32.atomic.rmw.add (i32.const 0) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "rmw.or") (param $n i32)
    (loop $l (drop (i32.atomic.rmw.or (i32.const 0) (local.get $n)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "cmpxchg loop") (param $n i32)
    (local $old i64)
    (loop $l
      (loop $retry
        (local.set $old (i64.atomic.load (i32.const 8)))
        (br_if $retry (i64.ne (local.get $old)
          (i64.atomic.rmw.cmpxchg (i32.const 8) (local.get $old) (i64.add (local.get $old) (i64.const 1))))))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1))))))
  (func (export "load+store") (param $n i32)
    (loop $l (i32.atomic.store (i32.const 0) (i32.add (i32.atomic.load (i32.const 0)) (i32.const 1)))
      (br_if $l (local.tee $n (i32.sub (local.get $n) (i32.const 1)))))))"#;

/// Operations per thread per call.
const N: i32 = 2_000_000;

/// Time of `threads` threads each calling `call()` once, started together: the median of 5.
fn timed(threads: usize, call: Arc<dyn Fn(usize) -> Result<()> + Send + Sync>) -> Result<Duration> {
    let mut times = Vec::new();
    for _ in 0..5 {
        let start = Arc::new(Barrier::new(threads + 1));
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (call, start) = (call.clone(), start.clone());
                std::thread::spawn(move || {
                    start.wait();
                    call(t)
                })
            })
            .collect();
        start.wait();
        let t0 = Instant::now();
        for h in handles {
            h.join().expect("thread")?;
        }
        times.push(t0.elapsed());
    }
    times.sort();
    Ok(times[2])
}

fn onepass_kernel(name: &str, threads: usize) -> Result<Duration> {
    let features = onepass::CoreFeatures::V2 | onepass::CoreFeatures::THREADS;
    let rt = onepass::Runtime::with_config(onepass::RuntimeConfig::new().with_core_features(features));
    rt.new_host_module_builder("env").shared_memory("memory", 1, 1).instantiate()?;
    let module = Arc::new(rt.instantiate(&wat::parse_str(KERNELS)?)?);
    let f = module.exported_function(name).expect("kernel").typed::<i32, ()>()?;
    let call: Arc<dyn Fn(usize) -> Result<()> + Send + Sync> = Arc::new(move |_| Ok(f.call(N)?));
    timed(threads, call)
}

fn wasmtime_kernel(name: &str, threads: usize) -> Result<Duration> {
    let mut config = wasmtime::Config::new();
    config.wasm_threads(true).shared_memory(true).strategy(wasmtime::Strategy::Cranelift);
    let engine = wasmtime::Engine::new(&config)?;
    let module = wasmtime::Module::new(&engine, wat::parse_str(KERNELS)?)?;
    let memory = wasmtime::SharedMemory::new(&engine, wasmtime::MemoryType::shared(1, 1))?;
    let name = name.to_string();
    let call: Arc<dyn Fn(usize) -> Result<()> + Send + Sync> = Arc::new(move |_| {
        let mut store = wasmtime::Store::new(&engine, ());
        let mut linker = wasmtime::Linker::new(&engine);
        linker.define(&store, "env", "memory", memory.clone())?;
        let instance = linker.instantiate(&mut store, &module)?;
        let f = instance.get_typed_func::<i32, ()>(&mut store, &name)?;
        Ok(f.call(&mut store, N)?)
    });
    timed(threads, call)
}

/// Print the table: nanoseconds per operation per thread, and onepass's time over
/// Cranelift's.
pub fn atomics_suite() -> Result<()> {
    println!("\n### Atomic operations, ns per operation per thread ({N} per thread, median of 5)\n");
    println!("| kernel | threads | onepass | wasmtime (Cranelift) | onepass / Cranelift |");
    println!("|---|---|---|---|---|");
    for name in ["rmw.add", "rmw.or", "cmpxchg loop", "load+store"] {
        for threads in [1, 2] {
            let ours = onepass_kernel(name, threads)?;
            let theirs = wasmtime_kernel(name, threads)?;
            let ns = |d: Duration| d.as_secs_f64() * 1e9 / N as f64;
            println!(
                "| {name} | {threads} | {:.2} | {:.2} | {:.2}x |",
                ns(ours),
                ns(theirs),
                ours.as_secs_f64() / theirs.as_secs_f64()
            );
        }
    }
    Ok(())
}
