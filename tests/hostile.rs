//! Hostile input: random and mutated bytes, and modules built to exhaust the compiler
//! (huge counts, bad LEB128, deep nesting, 50,000 locals, huge `br_table`s, deep value
//! stacks, code that expands a few bytes into kilobytes).
//!
//! Every input must give a module or an error: never a panic, a hang or unbounded
//! allocation. A counting global allocator measures the peak heap of each compilation,
//! which must stay within [`heap_bound`] of the input's size, and each must finish in
//! [`TIME_BOUND`]. Modules that compile are also instantiated and their exports called
//! (with a deadline), so mutated code that runs is checked not to crash the process.
//!
//! The tests in this file share the allocator counters, so they run one at a time.

mod common;

use common::Rng;
use onepass::{Error, Runtime, RuntimeConfig, TrapCode, Val};
use std::alloc::{GlobalAlloc, Layout, System};
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use wasm_encoder::{
    BlockType, CodeSection, DataSection, ExportKind, ExportSection, Function, FunctionSection, Instruction,
    MemorySection, MemoryType, Module, TypeSection, ValType,
};

/// The system allocator, counting the bytes live and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn count_alloc(size: usize) {
    let live = LIVE.fetch_add(size, Ordering::Relaxed) + size;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is forwarded to the system allocator unchanged; only counters are added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count_alloc(layout.size());
        // SAFETY: the caller's contract is the system allocator's.
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count_alloc(layout.size());
        // SAFETY: as above.
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count_alloc(new_size);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as above.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Tests here run one at a time so each peak belongs to one compilation.
static SERIAL: Mutex<()> = Mutex::new(());

/// Longest any single compilation may take (generous: CI runs the aarch64 build under
/// qemu; a quadratic walk over these inputs takes hours).
const TIME_BOUND: Duration = Duration::from_secs(30);

/// Most heap a compilation of `input` bytes may use at its peak: the code budget
/// (16 MiB + 16 bytes per input byte) plus the compiler's own tables.
fn heap_bound(input: usize) -> usize {
    96 * (1 << 20) + 48 * input
}

/// What compiling one input showed.
struct Measured {
    result: Result<onepass::CompiledModule, Error>,
    peak: usize,
    elapsed: Duration,
}

/// Compile `bytes`, measuring peak heap and time, and check both bounds.
fn compile_measured(runtime: &Runtime, what: &str, bytes: &[u8]) -> Measured {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let start = Instant::now();
    let result = runtime.compile_module(bytes);
    let elapsed = start.elapsed();
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    assert!(elapsed < TIME_BOUND, "{what}: compiling {} bytes took {elapsed:?}", bytes.len());
    assert!(
        peak <= heap_bound(bytes.len()),
        "{what}: compiling {} bytes peaked at {peak} bytes of heap (bound {})",
        bytes.len(),
        heap_bound(bytes.len())
    );
    Measured { result, peak, elapsed }
}

fn runtime() -> Runtime {
    Runtime::with_config(RuntimeConfig::new().with_close_on_context_done(true))
}

/// Instantiate a compiled module and call each exported function with zero arguments
/// under a deadline: any outcome but a crash is fine. Returns the number of calls.
fn run_exports(runtime: &Runtime, compiled: &onepass::CompiledModule) -> usize {
    let Ok(module) =
        runtime.instantiate_module(compiled, onepass::ModuleConfig::new().with_start_functions::<&str>([]))
    else {
        return 0;
    };
    let mut calls = 0;
    for (name, ty) in compiled.exported_functions() {
        let Some(f) = module.exported_function(name) else { continue };
        let Some(args) = ty.params().iter().map(|&t| Val::default_for(t)).collect::<Option<Vec<Val>>>() else {
            continue;
        };
        let _ = f.call_with_timeout(&args, Duration::from_millis(200));
        calls += 1;
    }
    let _ = module.close();
    calls
}

/// A valid module with a bit of everything, from wasm-smith (seeded).
fn seed_module(seed: u64) -> Option<Vec<u8>> {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let data: Vec<u8> = (0..2000 + rng.below(4000)).map(|_| rng.next() as u8).collect();
    let config = wasm_smith::Config {
        simd_enabled: false,
        threads_enabled: false,
        exceptions_enabled: false,
        gc_enabled: false,
        memory64_enabled: false,
        tail_call_enabled: false,
        max_imports: 0,
        max_funcs: 10,
        max_memory32_bytes: 1 << 20,
        memory_max_size_required: true,
        max_table_elements: 1000,
        table_max_size_required: true,
        max_instructions: 100,
        export_everything: true,
        ..wasm_smith::Config::default()
    };
    let mut module = wasm_smith::Module::new(config, &mut arbitrary::Unstructured::new(&data)).ok()?;
    module.ensure_termination(1000).ok()?;
    Some(module.to_bytes())
}

/// One random change: flip, overwrite, insert or delete bytes, or cut the tail; inside
/// `focus` (the code section) when given, so more mutants still validate and run.
fn mutate(bytes: &[u8], focus: Option<std::ops::Range<usize>>, rng: &mut Rng) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for _ in 0..1 + rng.below(3) {
        let at = match &focus {
            Some(r) if r.end <= out.len() && !r.is_empty() => r.start + rng.below(r.len()),
            _ => rng.below(out.len()),
        };
        match rng.below(6) {
            0 => out[at] ^= 1 << rng.below(8),
            1 => out[at] = [0x00, 0x7f, 0x80, 0xff][rng.below(4)],
            2 => out.insert(at, rng.next() as u8),
            3 => {
                out.remove(at);
            }
            4 => out.truncate(at.max(8)),
            _ => {
                // An over-long or oversized LEB128 in place of whatever was there.
                let leb: &[u8] =
                    [&[0xff, 0xff, 0xff, 0xff, 0x0f][..], &[0x80, 0x80, 0x80, 0x80, 0x80, 0x00], &[0xff]][rng.below(3)];
                out.splice(at..(at + 1).min(out.len()), leb.iter().copied());
            }
        }
        if out.is_empty() {
            break;
        }
    }
    out
}

#[test]
fn random_mutated_and_truncated_bytes_never_panic() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    let mut rng = Rng(0x5eed);
    let (mut inputs, mut compiled, mut calls) = (0usize, 0usize, 0usize);

    // Pure noise, with and without a valid header.
    for i in 0..2000 {
        let len = rng.below(300);
        let mut bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        if i % 2 == 0 {
            bytes.splice(0..0, *b"\0asm\x01\0\0\0");
        }
        let m = compile_measured(&runtime, "noise", &bytes);
        inputs += 1;
        compiled += m.result.is_ok() as usize;
    }

    // Mutations of valid modules, and every prefix of a few of them.
    let mut seeds = 0;
    for seed in 0..1000u64 {
        let Some(valid) = seed_module(seed) else { continue };
        seeds += 1;
        let code = wasmparser::Parser::new(0).parse_all(&valid).find_map(|p| match p.ok()? {
            wasmparser::Payload::CodeSectionStart { unchecked_range: r, .. } => Some(r.start as usize..r.end as usize),
            _ => None,
        });
        for k in 0..16 {
            let bytes = mutate(&valid, if k % 2 == 0 { code.clone() } else { None }, &mut rng);
            let m = compile_measured(&runtime, &format!("mutation of seed {seed}"), &bytes);
            inputs += 1;
            if let Ok(module) = m.result {
                compiled += 1;
                calls += run_exports(&runtime, &module);
            }
        }
        if seed % 100 == 0 {
            // A module cut inside a section is never valid (cut between two, it may be).
            let boundaries: Vec<usize> = std::iter::once(8)
                .chain(
                    wasmparser::Parser::new(0)
                        .parse_all(&valid)
                        .filter_map(|p| Some(p.ok()?.as_section()?.1.end as usize)),
                )
                .collect();
            for cut in 0..valid.len() {
                let m = compile_measured(&runtime, &format!("seed {seed} cut at {cut}"), &valid[..cut]);
                let inside_a_section = !boundaries.contains(&cut);
                assert!(
                    !(m.result.is_ok() && inside_a_section),
                    "seed {seed}: cut at {cut} of {} bytes compiled",
                    valid.len()
                );
                inputs += 1;
            }
        }
    }
    println!("{inputs} malformed or mutated inputs from {seeds} seed modules: {compiled} compiled, {calls} calls ran");
    // What this run covers (the inputs are seeded, so these only move when the generators do).
    assert!(seeds >= 1000 && inputs >= 21_000, "{inputs} inputs from {seeds} seeds");
    assert!(compiled >= 800, "only {compiled} mutated modules compiled");
    assert!(calls >= 200, "only {calls} calls ran");
}

/// A module from types, functions (type index, body) and exported function indices.
fn build(types: &[(&[ValType], &[ValType])], funcs: &[(u32, &Function)], memory: Option<MemoryType>) -> Vec<u8> {
    let mut module = Module::new();
    let mut type_section = TypeSection::new();
    for (params, results) in types {
        type_section.ty().function(params.iter().copied(), results.iter().copied());
    }
    module.section(&type_section);
    let mut func_section = FunctionSection::new();
    for (ty, _) in funcs {
        func_section.function(*ty);
    }
    module.section(&func_section);
    if let Some(memory) = memory {
        let mut memories = MemorySection::new();
        memories.memory(memory);
        module.section(&memories);
    }
    let mut exports = ExportSection::new();
    for i in 0..funcs.len() as u32 {
        exports.export(&format!("f{i}"), ExportKind::Func, i);
    }
    module.section(&exports);
    let mut code = CodeSection::new();
    for (_, body) in funcs {
        code.function(body);
    }
    module.section(&code);
    module.finish()
}

fn body(locals: &[(u32, ValType)], ops: impl IntoIterator<Item = Instruction<'static>>) -> Function {
    let mut f = Function::new(locals.iter().copied());
    for op in ops {
        f.instruction(&op);
    }
    f.instruction(&Instruction::End);
    f
}

fn call(module: &onepass::Module, name: &str, args: &[Val]) -> Result<Vec<Val>, Error> {
    module.exported_function(name).expect("exported").call(args)
}

fn trap_code(result: Result<Vec<Val>, Error>) -> TrapCode {
    match result {
        Err(Error::Trap(trap)) => trap.code,
        other => panic!("expected a trap, got {other:?}"),
    }
}

const I32: ValType = ValType::I32;
const I64: ValType = ValType::I64;

/// Compile (within the bounds) and expect success.
fn compile_ok(runtime: &Runtime, what: &str, bytes: &[u8]) -> onepass::CompiledModule {
    let m = compile_measured(runtime, what, bytes);
    println!("{what}: {} bytes, {:?}, peak heap {} KiB", bytes.len(), m.elapsed, m.peak >> 10);
    m.result.unwrap_or_else(|e| panic!("{what}: {e}"))
}

/// Compile (within the bounds) and expect an error whose message contains `expected`.
fn compile_err(runtime: &Runtime, what: &str, bytes: &[u8], expected: &str) {
    let m = compile_measured(runtime, what, bytes);
    println!("{what}: {} bytes, {:?}, peak heap {} KiB", bytes.len(), m.elapsed, m.peak >> 10);
    match m.result {
        Ok(_) => panic!("{what}: compiled"),
        Err(e) => assert!(e.to_string().contains(expected), "{what}: error {e:?} does not mention {expected:?}"),
    }
}

#[test]
fn huge_counts_and_bad_leb128_are_errors() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    let header = b"\0asm\x01\0\0\0";
    // Every section id with a count of u32::MAX and nothing behind it.
    for id in 1u8..=12 {
        let mut bytes = header.to_vec();
        bytes.extend([id, 5, 0xff, 0xff, 0xff, 0xff, 0x0f]);
        let m = compile_measured(&runtime, &format!("section {id} with 2^32-1 entries"), &bytes);
        assert!(m.result.is_err(), "section {id} with 2^32-1 entries compiled");
    }
    // A section size past the end, an over-long LEB128, one with bits beyond 32, a cut one.
    for (what, section) in [
        ("size past the end", &[1u8, 0xff, 0xff, 0xff, 0x0f][..]),
        ("over-long LEB128", &[1, 0x81, 0x80, 0x80, 0x80, 0x80, 0x00]),
        ("LEB128 over 32 bits", &[1, 5, 0xff, 0xff, 0xff, 0xff, 0x7f]),
        ("LEB128 cut at the end", &[1, 0x80]),
    ] {
        let mut bytes = header.to_vec();
        bytes.extend(section);
        assert!(compile_measured(&runtime, what, &bytes).result.is_err(), "{what} compiled");
    }
    // A function declaring 2^32-1 locals, and one with 50,001 (the limit is 50,000).
    let f = Function::new([(u32::MAX, I64)]);
    compile_err(&runtime, "2^32-1 locals", &build(&[(&[], &[])], &[(0, &f)], None), "locals");
    let f = body(&[(50_000, I64), (1, I32)], []);
    compile_err(&runtime, "50,001 locals", &build(&[(&[], &[])], &[(0, &f)], None), "locals");
}

#[test]
fn deep_nesting_compiles_and_runs() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    for depth in [10_000u32, 100_000] {
        // block (result i32) × depth, 7 innermost, then a br_table over every level that
        // carries the value out of the one chosen by the parameter.
        let mut ops = Vec::new();
        ops.extend((0..depth).map(|_| Instruction::Block(BlockType::Result(I32))));
        ops.push(Instruction::I32Const(7));
        ops.push(Instruction::LocalGet(0));
        ops.push(Instruction::BrTable(Cow::Owned((0..depth).collect()), depth - 1));
        ops.extend((0..depth).map(|_| Instruction::End));
        let f = body(&[], ops);
        let bytes = build(&[(&[I32], &[I32])], &[(0, &f)], None);
        let compiled = compile_ok(&runtime, &format!("{depth} nested blocks"), &bytes);
        let module = runtime.instantiate_module(&compiled, onepass::ModuleConfig::new()).expect("instantiates");
        for level in [0, 1, depth / 2, depth - 1, depth, u32::MAX] {
            assert_eq!(call(&module, "f0", &[Val::I32(level as i32)]).unwrap(), vec![Val::I32(7)]);
        }
        module.close().unwrap();
    }
}

#[test]
fn fifty_thousand_locals_compile_run_and_overflow_cleanly() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    // f0: read the last of 50,000 locals (zero), set and read it back.
    // f1: recurse forever with a 400 KB frame: a stack-overflow trap, not a crash.
    let f0 = body(
        &[(49_999, I64), (1, I32)],
        [
            Instruction::LocalGet(49_999),
            Instruction::I32Const(5),
            Instruction::LocalSet(49_999),
            Instruction::LocalGet(49_999),
            Instruction::I32Add,
        ],
    );
    let f1 = body(&[(50_000, I64)], [Instruction::Call(1)]);
    let bytes = build(&[(&[], &[I32]), (&[], &[])], &[(0, &f0), (1, &f1)], None);
    let compiled = compile_ok(&runtime, "50,000 locals", &bytes);
    let module = runtime.instantiate_module(&compiled, onepass::ModuleConfig::new()).expect("instantiates");
    assert_eq!(call(&module, "f0", &[]).unwrap(), vec![Val::I32(5)]);
    assert_eq!(trap_code(call(&module, "f1", &[])), TrapCode::StackOverflow);
    module.close().unwrap();

    // 20,000 functions of 50,000 locals each: six bytes a body, so compiling must not
    // cost anything per local.
    let f = body(&[(50_000, I64)], []);
    let funcs: Vec<(u32, &Function)> = (0..20_000).map(|_| (0, &f)).collect();
    compile_ok(&runtime, "20,000 functions of 50,000 locals", &build(&[(&[], &[])], &funcs, None));
}

#[test]
fn huge_br_table_compiles_and_runs() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    // 1,000 nested blocks with an i32 result each and a 1,000,000-entry table over them:
    // block k returns 1000 + k.
    let levels = 1_000u32;
    let mut ops = Vec::new();
    for _ in 0..levels {
        ops.push(Instruction::Block(BlockType::Result(I32)));
    }
    ops.push(Instruction::I32Const(-1));
    ops.push(Instruction::LocalGet(0));
    ops.push(Instruction::BrTable(Cow::Owned((0..1_000_000).map(|i| i % levels).collect()), 0));
    for k in 0..levels {
        // The value carried out of level k is replaced by 1000 + k, then leaves the function.
        ops.extend([Instruction::End, Instruction::Drop, Instruction::I32Const(1000 + k as i32), Instruction::Return]);
    }
    let f = body(&[], ops);
    let bytes = build(&[(&[I32], &[I32])], &[(0, &f)], None);
    let compiled = compile_ok(&runtime, "1,000,000-entry br_table", &bytes);
    let module = runtime.instantiate_module(&compiled, onepass::ModuleConfig::new()).expect("instantiates");
    for index in [0u32, 1, 999, 1000, 123_456, 999_999, 1_000_000, u32::MAX] {
        let level = if index < 1_000_000 { index % levels } else { 0 };
        assert_eq!(call(&module, "f0", &[Val::I32(index as i32)]).unwrap(), vec![Val::I32(1000 + level as i32)]);
    }
    module.close().unwrap();
}

#[test]
fn deep_value_stacks_compile_in_linear_time() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    // A lazy read of a local and 200,000 constants under operations that each used to
    // walk the whole value stack: local.set, calls, block entries, builtin calls.
    let n = 200_000;
    let mut ops = vec![Instruction::LocalGet(0)];
    ops.extend((0..n).map(|i| Instruction::I32Const(i)));
    for _ in 0..n {
        ops.extend([Instruction::LocalGet(0), Instruction::LocalSet(1)]);
    }
    ops.extend((0..n).map(|_| Instruction::Call(0)));
    for _ in 0..n / 2 {
        ops.extend([Instruction::Block(BlockType::Empty), Instruction::End]);
    }
    for _ in 0..n / 2 {
        ops.extend([
            Instruction::I32Const(0),
            Instruction::MemorySize(0),
            Instruction::I32Const(0),
            Instruction::MemoryFill(0),
        ]);
    }
    ops.extend((0..n).map(|_| Instruction::Drop));
    ops.push(Instruction::LocalGet(1));
    ops.push(Instruction::I32Add);
    let f1 = body(&[(1, I32)], ops);
    let f0 = body(&[], []);
    let memory = MemoryType { minimum: 1, maximum: Some(1), memory64: false, shared: false, page_size_log2: None };
    let bytes = build(&[(&[], &[]), (&[I32], &[I32])], &[(0, &f0), (1, &f1)], Some(memory));
    let compiled = compile_ok(&runtime, "200,000-deep value stack", &bytes);
    // Its frame holds 200,000 home slots (1.6 MB): run it on a thread with room for that.
    let module = runtime.instantiate_module(&compiled, onepass::ModuleConfig::new()).expect("instantiates");
    let result = std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(move || call(&module, "f1", &[Val::I32(21)]))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(result.unwrap(), vec![Val::I32(42)]);
}

#[test]
fn code_that_expands_hits_the_code_budget() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    let many: Vec<ValType> = vec![I32; 1000];
    // f0: [i32 × 1000] -> [i32 × 1000] returns its parameters. f1 calls it 300,000 times
    // in a row (two bytes each; every call moves 1,000 arguments and 1,000 results).
    let f0 = body(&[], (0..1000).map(Instruction::LocalGet));
    let mut ops: Vec<Instruction> = (0..1000).map(Instruction::I32Const).collect();
    ops.extend((0..300_000).map(|_| Instruction::Call(0)));
    let f1 = body(&[], ops);
    let bytes = build(&[(&many, &many)], &[(0, &f0), (0, &f1)], None);
    compile_err(&runtime, "300,000 calls moving 2,000 values each", &bytes, "module too large");

    // 100 functions of about 2.5 KB, each expanding to about 1 MB: each is within what is
    // left when it starts, the module as a whole is not.
    let mut ops: Vec<Instruction> = (0..1000).map(Instruction::I32Const).collect();
    ops.extend((0..30).map(|_| Instruction::Call(0)));
    let f = body(&[], ops);
    let mut funcs = vec![(0, &f0)];
    funcs.extend((0..100).map(|_| (0, &f)));
    let bytes = build(&[(&many, &many)], &funcs, None);
    compile_err(&runtime, "100 functions of 30 calls moving 2,000 values each", &bytes, "module too large");
}

#[test]
fn huge_declarations_fail_at_instantiation_not_in_the_allocator() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    // 100,000 empty passive data segments (wasmparser's limit), and one more.
    let mut module = Module::new();
    let mut memories = MemorySection::new();
    memories.memory(MemoryType { minimum: 1, maximum: None, memory64: false, shared: false, page_size_log2: None });
    module.section(&memories);
    let mut too_many = module.clone();
    let mut data = DataSection::new();
    for _ in 0..100_000 {
        data.passive([]);
    }
    module.section(&data);
    data.passive([]);
    too_many.section(&data);
    compile_err(&runtime, "100,001 data segments", &too_many.finish(), "data segments");
    let bytes = module.finish();
    let compiled = compile_ok(&runtime, "100,000 data segments", &bytes);
    let start = Instant::now();
    let instance = runtime.instantiate_module(&compiled, onepass::ModuleConfig::new()).expect("instantiates");
    assert!(start.elapsed() < TIME_BOUND);
    instance.close().unwrap();

    // A table of 2^32-1 elements and a memory of 65,537 pages are refused with an error.
    let table = "(module (table 4294967295 funcref))";
    let compiled = compile_ok(&runtime, "table of 2^32-1 elements", &wat::parse_str(table).unwrap());
    assert!(runtime.instantiate_module(&compiled, onepass::ModuleConfig::new()).is_err());
    let memory = wat::parse_str("(module (memory 65537))");
    assert!(memory.is_err() || runtime.compile_module(&memory.unwrap()).is_err());
}

#[test]
fn nested_multi_value_blocks_share_their_types() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    // 30,000 nested blocks of a type with 1,000 parameters and 1,000 results: two bytes
    // each, which once copied 2,000 types per block (60 MB here; 15 GB for the largest
    // function body wasmparser accepts).
    let many: Vec<ValType> = vec![I32; 1000];
    let mut ops: Vec<Instruction> = (0..1000).map(Instruction::I32Const).collect();
    ops.extend((0..30_000).map(|_| Instruction::Block(BlockType::FunctionType(0))));
    ops.extend((0..30_000).map(|_| Instruction::End));
    ops.extend((0..999).map(|_| Instruction::Drop));
    let f = body(&[], ops);
    let bytes = build(&[(&many, &many), (&[], &[I32])], &[(1, &f)], None);
    let m = compile_measured(&runtime, "30,000 nested blocks of 1,000 values", &bytes);
    assert!(m.peak < 32 << 20, "nested blocks took {} KiB of heap", m.peak >> 10);
    let compiled = m.result.expect("compiles");
    let module = runtime.instantiate_module(&compiled, onepass::ModuleConfig::new()).expect("instantiates");
    assert_eq!(call(&module, "f0", &[]).unwrap(), vec![Val::I32(0)]);
}

#[test]
fn value_stacks_deeper_than_a_frame_can_hold_are_errors() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    // 2,100,000 constants: no code at all, but 16.8 MB of home slots.
    let mut ops: Vec<Instruction> = (0..2_100_000).map(|_| Instruction::I32Const(0)).collect();
    ops.extend((0..2_100_000).map(|_| Instruction::Drop));
    let f = body(&[], ops);
    let bytes = build(&[(&[], &[])], &[(0, &f)], None);
    compile_err(&runtime, "2,100,000-deep value stack", &bytes, "value stack too deep");
}

#[test]
fn huge_element_segments_cost_four_bytes_an_item() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let runtime = runtime();
    // One function and a 5,000,000-entry table filled with it by one active segment: one
    // byte an item in the module (each item once took a heap-allocated expression).
    let n = 5_000_000u32;
    let mut tables = wasm_encoder::TableSection::new();
    tables.table(wasm_encoder::TableType {
        element_type: wasm_encoder::RefType::FUNCREF,
        table64: false,
        minimum: n as u64,
        maximum: Some(n as u64),
        shared: false,
    });
    let mut exports = ExportSection::new();
    exports.export("call", ExportKind::Func, 1);
    let mut elements = wasm_encoder::ElementSection::new();
    elements.active(
        Some(0),
        &wasm_encoder::ConstExpr::i32_const(0),
        wasm_encoder::Elements::Functions(Cow::Owned(vec![0; n as usize])),
    );
    // f1(i) = call_indirect table[i] (type 0).
    let mut types = TypeSection::new();
    types.ty().function([], [I32]);
    types.ty().function([I32], [I32]);
    let mut module = Module::new();
    module.section(&types);
    let mut funcs = FunctionSection::new();
    funcs.function(0);
    funcs.function(1);
    module.section(&funcs);
    module.section(&tables);
    module.section(&exports);
    module.section(&elements);
    let mut code = CodeSection::new();
    code.function(&body(&[], [Instruction::I32Const(42)]));
    code.function(&body(&[], [Instruction::LocalGet(0), Instruction::CallIndirect { type_index: 0, table_index: 0 }]));
    module.section(&code);
    let bytes = module.finish();
    let m = compile_measured(&runtime, "5,000,000-item element segment", &bytes);
    assert!(m.peak < 32 << 20, "compiling took {} KiB of heap", m.peak >> 10);
    let compiled = m.result.expect("compiles");
    let instance = runtime.instantiate_module(&compiled, onepass::ModuleConfig::new()).expect("instantiates");
    for i in [0, 1, n / 2, n - 1] {
        assert_eq!(call(&instance, "call", &[Val::I32(i as i32)]).unwrap(), vec![Val::I32(42)]);
    }
    assert_eq!(trap_code(call(&instance, "call", &[Val::I32(n as i32)])), TrapCode::UndefinedElement);
}

/// `fd_write` with 8,191 iovecs that each name the guest's whole 64 KiB memory: the host
/// copies at most a bounded piece at a time (it allocated the 512 MiB sum before).
#[test]
fn a_guest_cannot_make_wasi_allocate_beyond_its_memory() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let rt = runtime();
    onepass::wasi::instantiate(&rt).unwrap();
    let wasm = wat::parse_str(
        r#"(module (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
             (memory (export "memory") 1)
             (func (export "flood") (result i32) (local $i i32)
               (loop
                 (i64.store (i32.shl (local.get $i) (i32.const 3)) (i64.const 0x0001000000000000))
                 (br_if 0 (i32.lt_u (local.tee $i (i32.add (local.get $i) (i32.const 1))) (i32.const 8191))))
               (drop (call $write (i32.const 1) (i32.const 0) (i32.const 8191) (i32.const 65532)))
               (i32.load (i32.const 65532))))"#,
    )
    .unwrap();
    let config = onepass::ModuleConfig::new().with_start_functions::<&str>([]);
    let module = rt.instantiate_with_config(&wasm, config).unwrap();
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let written = call(&module, "flood", &[]).unwrap();
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    assert_eq!(written, vec![Val::I32((8191u32 * 65536) as i32)]);
    assert!(peak < 1 << 20, "fd_write peaked at {peak} bytes of heap");
}
