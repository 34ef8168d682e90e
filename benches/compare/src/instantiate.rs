//! Issue 22's must-shows: instantiating (and dropping) a small module, against wasmtime with
//! its default allocator and with its pooling allocator and copy-on-write memory images, and
//! wasmi; and loading a compiled module from disk against compiling it (onepass's cache
//! directory, wasmtime's `Module::deserialize_file`).

use anyhow::Result;
use std::time::{Duration, Instant};

/// The small module of issue 22: one page of memory with a 300-byte data segment, a
/// 10-element table (three entries set), two globals, three functions.
pub fn small_module() -> Vec<u8> {
    let data: String = (0..300).map(|i| format!("\\{:02x}", i % 251)).collect();
    wat::parse_str(format!(
        r#"(module
          (memory (export "memory") 1)
          (data (i32.const 1024) "{data}")
          (table 10 funcref)
          (elem (i32.const 0) $a $b $c)
          (global $g (mut i32) (i32.const 7))
          (global i64 (i64.const 42))
          (func $a (result i32) (global.get $g))
          (func $b (result i32) (i32.load8_u (i32.const 1030)))
          (func $c (export "c") (param i32) (result i32) (call_indirect (result i32) (local.get 0))))"#
    ))
    .expect("the small module parses")
}

/// Time per operation of `op`, run `n` times a batch: the median of `batches` batches.
fn per_op(batches: usize, n: u32, mut op: impl FnMut() -> Result<()>) -> Result<Duration> {
    let mut times = Vec::new();
    for _ in 0..batches {
        let t = Instant::now();
        for _ in 0..n {
            op()?;
        }
        times.push(t.elapsed() / n);
    }
    times.sort();
    Ok(times[times.len() / 2])
}

fn us(d: Duration) -> String {
    format!("{:.2} us", d.as_secs_f64() * 1e6)
}

/// Instantiate (and drop) the small module, each runtime compiling it once first.
pub fn instantiate_suite() -> Result<()> {
    let bytes = small_module();
    const N: u32 = 20_000;
    const BATCHES: usize = 9;
    let mut rows: Vec<(&str, Duration)> = Vec::new();

    // onepass: instantiate under no name, close, drop.
    {
        let rt = onepass::Runtime::new();
        let compiled = rt.compile_module(&bytes)?;
        let config = onepass::ModuleConfig::new().with_name("");
        let t = per_op(BATCHES, N, || {
            let m = rt.instantiate_module(&compiled, config.clone())?;
            m.close()?;
            Ok(())
        })?;
        rows.push(("onepass", t));
    }
    // wasmtime (Cranelift code; instantiation does not depend on the compiler), default
    // on-demand allocator, then the pooling allocator with copy-on-write memory images.
    for pooling in [false, true] {
        let mut config = wasmtime::Config::new();
        if pooling {
            config.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(
                wasmtime::PoolingAllocationConfig::default(),
            ));
            config.memory_init_cow(true);
        }
        let engine = wasmtime::Engine::new(&config)?;
        let module = wasmtime::Module::new(&engine, &bytes)?;
        let pre = wasmtime::Linker::<()>::new(&engine).instantiate_pre(&module)?;
        let t = per_op(BATCHES, N, || {
            let mut store = wasmtime::Store::new(&engine, ());
            pre.instantiate(&mut store)?;
            Ok(())
        })?;
        rows.push((if pooling { "wasmtime pooling + CoW" } else { "wasmtime default" }, t));
    }
    // wasmi.
    {
        let engine = wasmi::Engine::default();
        let module = wasmi::Module::new(&engine, &bytes[..])?;
        let linker = wasmi::Linker::<()>::new(&engine);
        let t = per_op(BATCHES, N, || {
            let mut store = wasmi::Store::new(&engine, ());
            linker.instantiate_and_start(&mut store, &module)?;
            Ok(())
        })?;
        rows.push(("wasmi", t));
    }
    println!("\n### Instantiate and drop a small module (median of {BATCHES} batches of {N})\n");
    println!("| runtime | time | relative to onepass |");
    println!("|---|---|---|");
    let base = rows[0].1.as_secs_f64();
    for (name, t) in &rows {
        println!("| {name} | {} | {:.2}x |", us(*t), t.as_secs_f64() / base);
    }
    large_modules()
}

/// Instantiate (and drop) the large inputs, whose data segments hold megabytes, with every
/// import a stub that traps (nothing runs). With copy-on-write images (onepass's, and
/// wasmtime's pooling allocator's) a page of data costs a fault when first touched
/// instead of a copy here.
fn large_modules() -> Result<()> {
    const N: u32 = 10;
    const BATCHES: usize = 7;
    println!("\n### Instantiate and drop large modules (median of {BATCHES} batches of {N})\n");
    println!("| input | onepass | wasmtime default | wasmtime pooling + CoW |");
    println!("|---|---|---|---|");
    for name in ["esbuild.wasm", "yosys.core.wasm"] {
        let bytes = crate::load(name)?;
        let rt = onepass::Runtime::new();
        let compiled = rt.compile_module(&bytes)?;
        let mut hosts: std::collections::BTreeMap<String, Vec<(String, onepass::FuncType)>> = Default::default();
        for (module, item, ty) in compiled.imported_functions() {
            hosts.entry(module.to_string()).or_default().push((item.to_string(), ty));
        }
        let mut host_modules = Vec::new();
        for (module, funcs) in hosts {
            let mut builder = rt.new_host_module_builder(&module);
            for (item, ty) in funcs {
                builder = builder.func(item, ty, |_, _| Err(onepass::Error::Host("a stub".into())));
            }
            host_modules.push(builder.instantiate()?);
        }
        let none: [&str; 0] = [];
        let config = onepass::ModuleConfig::new().with_name("").with_start_functions(none);
        let onepass_time = per_op(BATCHES, N, || {
            let m = rt.instantiate_module(&compiled, config.clone())?;
            m.close()?;
            Ok(())
        })?;
        let mut cells = Vec::new();
        for pooling in [false, true] {
            let mut config = wasmtime::Config::new();
            if pooling {
                let mut pool = wasmtime::PoolingAllocationConfig::default();
                pool.max_memory_size(1 << 32);
                pool.table_elements(1 << 20);
                config.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(pool));
                config.memory_init_cow(true);
            }
            let cell = (|| -> Result<Duration> {
                let engine = wasmtime::Engine::new(&config)?;
                let module = wasmtime::Module::new(&engine, &bytes)?;
                let mut linker = wasmtime::Linker::<()>::new(&engine);
                linker.define_unknown_imports_as_traps(&module)?;
                let pre = linker.instantiate_pre(&module)?;
                per_op(BATCHES, N, || {
                    let mut store = wasmtime::Store::new(&engine, ());
                    pre.instantiate(&mut store)?;
                    Ok(())
                })
            })();
            cells.push(match cell {
                Ok(t) => us(t),
                Err(e) => format!("failed: {e}"),
            });
        }
        println!("| {name} | {} | {} | {} |", us(onepass_time), cells[0], cells[1]);
    }
    Ok(())
}

/// Compile, against load from disk, for the large inputs: onepass's cache directory (a
/// fresh `CompilationCache` each time, so nothing comes from memory) and wasmtime's
/// serialized modules (`Module::deserialize_file`, Cranelift).
pub fn cache_suite() -> Result<()> {
    let dir = std::env::temp_dir().join(format!("onepass-compare-cache-{}", std::process::id()));
    println!("\n### Compile against load from disk, median of 5\n");
    println!("| input | onepass compile | onepass load | compile / load | wasmtime compile | wasmtime load | compile / load |");
    println!("|---|---|---|---|---|---|---|");
    for name in ["esbuild.wasm", "yosys.core.wasm"] {
        let bytes = crate::load(name)?;
        let _ = std::fs::remove_dir_all(&dir);
        let compile = crate::median(5, || {
            crate::timed(|| onepass::Runtime::new().compile_module(&bytes).map(drop).map_err(Into::into))
        })?;
        let through_cache = || -> Result<onepass::CacheStats> {
            let cache = onepass::CompilationCache::with_dir(&dir)?;
            let rt = onepass::Runtime::with_config(onepass::RuntimeConfig::new().with_compilation_cache(&cache));
            rt.compile_module(&bytes)?;
            Ok(cache.stats())
        };
        assert_eq!(through_cache()?.compiled, 1);
        let load = crate::median(5, || {
            crate::timed(|| {
                anyhow::ensure!(through_cache()?.disk_hits == 1, "not loaded from disk");
                Ok(())
            })
        })?;
        let engine = wasmtime::Engine::default();
        let mut serialized = None;
        let wt_compile = crate::median(5, || {
            crate::timed(|| {
                serialized = Some(wasmtime::Module::new(&engine, &bytes)?.serialize()?);
                Ok(())
            })
        })?;
        let file = dir.join("wasmtime.cwasm");
        std::fs::write(&file, serialized.expect("serialized"))?;
        let wt_load = crate::median(5, || {
            // SAFETY: the file was serialized by this engine just above.
            crate::timed(|| Ok(unsafe { wasmtime::Module::deserialize_file(&engine, &file) }.map(drop)?))
        })?;
        let ratio = |a: Duration, b: Duration| format!("{:.1}x", a.as_secs_f64() / b.as_secs_f64());
        println!(
            "| {name} | {} | {} | {} | {} | {} | {} |",
            crate::ms(compile),
            crate::ms(load),
            ratio(compile, load),
            crate::ms(wt_compile),
            crate::ms(wt_load),
            ratio(wt_compile, wt_load)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
