//! Golden codegen tests, in the style of Winch's disassembly tests: each case is one `.wat`
//! file under `tests/golden/<area>/` holding a module and, in comments after it, the code
//! both backends emit for it, disassembled. Any host checks both ISAs (the disassemblers
//! are pure Rust), so an encoding bug in either backend shows without hardware or qemu.
//!
//! A file's listings, each under a `;; ==== <title> ====` line:
//! - `x64`: x86-64 with every optional extension ([`CpuFeatures::ALL`]);
//! - `x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2)`: x86-64 with none
//!   ([`CpuFeatures::NONE`]), present only where it differs (the code the feature detection
//!   picks on older CPUs, and under `ONEPASS_X86_64_BASELINE=1`);
//! - `aarch64`: with every optional extension (LSE atomics);
//! - `aarch64 baseline (ARMv8.0, no LSE)`: present only where it differs.
//!
//! Directives, lines before the module:
//! - `;;! interruptible`: compile with termination checks (`close_on_context_done`).
//! - `;;! lazy`: list the lazy-compilation thunks and shared stub made for the module's
//!   functions instead of their bodies.
//! - `;;! trampoline preserving`: list the register-preserving trampoline to the
//!   builtins cold paths call (the module is empty).
//! - `;;! tail_calls`: compile with tail calls enabled (every other case has them off, as
//!   a runtime does by default).
//! - `;;! legacy_exceptions`: accept the legacy exception-handling operators.
//! - `;;! listeners`: give every function a listener (`RuntimeConfig::with_function_listener_factory`).
//!
//! Each file is its own test (`engine::golden::<area>::<case>`); a file on disk that is not
//! listed in [`golden_cases!`] fails `every_file_is_a_case`. After an intended codegen
//! change, `ONEPASS_BLESS=1 cargo test --release golden` rewrites every listing.

use super::module::{compile_functions, CompileOptions};
use crate::compiler::lazy_stubs;
use crate::diagnostics::Isa;
use onepass_arch::{
    aarch64::Aarch64Masm, x64::X64Masm, CallReloc, CompiledCode, CpuFeatures, HandlerSite, MacroAssembler,
};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Declares the cases: one test per file, in a module per area, and [`CASES`].
macro_rules! golden_cases {
    ($($area:ident: [$($case:ident),* $(,)?]),* $(,)?) => {
        $(
            /// Cases of one area (a folder of `tests/golden`).
            mod $area {
                $(
                    #[test]
                    fn $case() {
                        super::check_case(concat!(stringify!($area), "/", stringify!($case), ".wat"));
                    }
                )*
            }
        )*
        /// Every case, as a path under `tests/golden`.
        const CASES: &[&str] = &[$($(concat!(stringify!($area), "/", stringify!($case), ".wat")),*),*];
    };
}

golden_cases! {
    atomics: [load_store, rmw, cmpxchg, wait_notify_fence],
    numeric: [
        i32_add, i64_add_imm, i32_sub_from_const, i32_mul, i64_mul_imm, bitwise, i64_const_wide,
        i32_shl_reg, i32_shr_s_reg, i64_shr_u_reg, i32_rotl_reg, i64_rotr_imm, i32_shl_imm,
        i32_div_s, i32_div_u, i32_rem_s, i64_rem_u, i64_div_s, i32_div_by_const,
        i32_clz, i32_ctz, i64_clz, i64_ctz, i32_popcnt, i64_popcnt,
        i32_eqz, i64_eqz, i32_lt_s_value, i64_ge_u_value, extend8_16, i64_extend32_s,
        i64_extend_i32, i32_wrap_i64, bit_test, read_again, wide_immediates, rotate_kept, old_value_read, binop_kept,
        compare_memory_left, shared_reads, triple_read,
    ],
    float: [
        f64_min_trunc, f32_add, f64_div, three_operand, f32_min, f64_max, f32_copysign, f64_abs_neg, f32_sqrt,
        f64_ceil_floor, f32_trunc_nearest, f64_eq_value, f32_lt_value, f64_ne_branch, f32_const,
    ],
    conversions: [
        i32_trunc_f32_s, i32_trunc_f64_u, i64_trunc_f32_s, i64_trunc_f64_u, i32_trunc_sat_f32_s,
        i64_trunc_sat_f64_u, f32_convert_i32_s, f64_convert_i64_u, f32_convert_i64_u,
        demote_promote, reinterpret,
    ],
    control: [
        br_table, br_table_value, br_if_compare, if_else, if_else_results, block_multi_value,
        sum_loop, loop_homes, select_value, select_compare, select_float, unreachable,
        return_multi_value, nested_br, interrupt_loop, interrupt_entry, zeroed_locals,
        partial_loop_homes, label_locals, select_cmov, set_first_homes, set_on_every_path,
        result_in_home, select_into_alternative, read_again_past_br_if, busy_home_tee,
        loop_edge_set_first, unstored_copied_in_loop,
    ],
    calls: [
        call_and_call_indirect, call_import, call_multi_value, call_many_args, funcref_args, call_ref, return_call, return_call_class_area,
        listened, listened_multi_value, listened_return_call,
    ],
    memory: [
        load_store, load_narrow_signed, store_narrow, large_offset, large_const_address,
        float_load_store, size_grow, copy_fill, init_data_drop, multi_memory, memory64,
    ],
    globals: [
        global_i32, global_f64, global_imported, funcref_stores,
    ],
    tables: [
        table_get_set, table_size_grow, table_fill_copy_init, ref_null_is_null, ref_func, table64,
    ],
    gc: [i31, ref_eq_test, cast_branch, call_indirect_open, func_cast, struct_access, array_access, object_cast, stack_maps],
    runtime: [
        lazy_stubs, preserving_trampoline,
    ],
    exceptions: [
        try_table_throw, legacy_try,
    ],
    simd: [
        v128_const, v128_load_store, i32x4_add, lane_arith, bitwise, v128_locals,
        simd_in_narrow_function, splat_lanes, shuffle_swizzle, compare, float_arith, shifts,
        int_arith, widen_narrow, conversions, tests, loads, bitselect_relaxed, three_operand,
    ],
}

/// The first line of each listing section.
const SECTION: &str = ";; ==== ";

/// How a case is compiled, from its directives.
#[derive(Default)]
struct Directives {
    interruptible: bool,
    lazy: bool,
    trampoline: bool,
    tail_calls: bool,
    legacy_exceptions: bool,
    listeners: bool,
    /// Compiled for a runtime with GC (stack maps, safepoint polls); else without.
    gc: bool,
}

fn directives(source: &str) -> Directives {
    let mut d = Directives::default();
    for line in source.lines().filter_map(|l| l.strip_prefix(";;!")) {
        match line.trim() {
            "interruptible" => d.interruptible = true,
            "lazy" => d.lazy = true,
            "trampoline preserving" => d.trampoline = true,
            "tail_calls" => d.tail_calls = true,
            "legacy_exceptions" => d.legacy_exceptions = true,
            "listeners" => d.listeners = true,
            "gc" => d.gc = true,
            other => panic!("unknown golden directive `{other}`"),
        }
    }
    d
}

/// The code of every defined function of `wasm`, compiled by backend `M`.
fn compile<M: MacroAssembler + 'static>(wasm: &[u8], d: &Directives, cpu: CpuFeatures) -> Vec<CompiledCode> {
    // wasmparser's defaults (every standard feature), but tail calls and GC only where
    // asked for: enabling them changes every direct call (see `compiler::tail`), and every
    // function entry and loop header (`compiler::safepoint`).
    let mut features = wasmparser::WasmFeatures::default();
    features.set(wasmparser::WasmFeatures::TAIL_CALL, d.tail_calls);
    features.set(wasmparser::WasmFeatures::GC, d.gc);
    features.set(wasmparser::WasmFeatures::LEGACY_EXCEPTIONS, d.legacy_exceptions);
    let options = CompileOptions {
        features,
        cpu,
        interruptible: d.interruptible,
        lazy: d.lazy,
        keep_names: true,
        ..Default::default()
    };
    let factory = crate::listener::ListenerFactory(Arc::new(ListenToAll));
    let listen = d.listeners.then_some(&factory);
    let (info, _, compiled, _) = compile_functions::<M>(wasm, options, listen).expect("compiles");
    if d.lazy {
        let defined = info.func_types.len() as u32 - info.num_imported_funcs;
        let (code, thunks) = lazy_stubs::<M>(info.num_imported_funcs, defined).expect("stubs assemble");
        assert_eq!(thunks.len() as u32, defined);
        return vec![code];
    }
    let Some(mut image) = compiled.image else { return Vec::new() };
    let image = image.bytes_mut();
    // Each function's code and its calls (relative to its start) back out of the image.
    let placed = compiled.placed;
    placed
        .funcs
        .iter()
        .map(|f| {
            let range = f.offset..f.offset + f.len;
            let relocs = placed.calls.iter().filter(|c| range.contains(&c.offset));
            let handlers = placed.handlers.iter().filter(|h| range.contains(&h.ret));
            let data = placed.data.iter().filter(|d| range.contains(&d.start));
            CompiledCode {
                code: image[range.start as usize..range.end as usize].to_vec(),
                relocs: relocs.map(|c| CallReloc { offset: c.offset - f.offset, callee: c.callee }).collect(),
                handlers: handlers
                    .map(|h| HandlerSite { ret: h.ret - f.offset, landing: h.landing - f.offset })
                    .collect(),
                frame_size: 0,
                data: data.map(|d| d.start - f.offset..d.end - f.offset).collect(),
                ..stack_maps_of(&placed.stack_maps, range)
            }
        })
        .collect()
}

/// The safepoints of the function at `range` of an image, relative to its start.
fn stack_maps_of(maps: &crate::engine::stack_map_table::StackMapTable, range: std::ops::Range<u32>) -> CompiledCode {
    let mut code = CompiledCode::default();
    for (ret, slots) in maps.sites_in(range.clone()) {
        let start = code.ref_slots.len() as u32;
        code.ref_slots.extend_from_slice(slots);
        code.safepoints.push(onepass_arch::Safepoint { ret: ret - range.start, start, len: slots.len() as u32 });
    }
    code
}

/// Gives every function a listener that does nothing (the `listeners` directive).
struct ListenToAll;

impl crate::FunctionListener for ListenToAll {
    fn before(&self, _: &crate::FunctionDefinition, _: &[crate::Val]) {}
    fn after(&self, _: &crate::FunctionDefinition, _: &[crate::Val]) {}
}

impl crate::FunctionListenerFactory for ListenToAll {
    fn new_listener(&self, _: &crate::FunctionDefinition) -> Option<Arc<dyn crate::FunctionListener>> {
        Some(Arc::new(ListenToAll))
    }
}

/// One line per instruction: offset and text; undecodable bytes are shown raw.
pub(crate) fn disassemble(isa: Isa, bytes: &[u8], data: &[std::ops::Range<u32>]) -> String {
    super::inspect::disassemble(isa, bytes, data)
        .into_iter()
        .map(|(at, _, text)| format!("{at:5x}: {text}\n"))
        .collect()
}

fn listing(functions: &[CompiledCode], disasm: impl Fn(&[u8], &[std::ops::Range<u32>]) -> String) -> String {
    functions
        .iter()
        .enumerate()
        .map(|(i, f)| {
            // Call sites covered by exception handlers, as `return offset -> landing pad`.
            let handlers: Vec<String> =
                f.handlers.iter().map(|h| format!("{:#x} -> {:#x}", h.ret, h.landing)).collect();
            let handlers =
                if handlers.is_empty() { String::new() } else { format!(", handlers [{}]", handlers.join(", ")) };
            // Stack maps, as `return offset: frame offsets holding references`.
            let maps: Vec<String> = f
                .safepoints
                .iter()
                .map(|s| format!("{:#x}: {:?}", s.ret, &f.ref_slots[s.start as usize..(s.start + s.len) as usize]))
                .collect();
            let handlers =
                if maps.is_empty() { handlers } else { format!("{handlers}, stack maps [{}]", maps.join(", ")) };
            format!(
                "function {i} ({} bytes, calls {:?}{handlers})\n{}",
                f.code.len(),
                f.relocs,
                disasm(&f.code, &f.data)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn x64_listing(code: &[CompiledCode]) -> String {
    listing(code, |b, data| disassemble(Isa::X86_64, b, data))
}

fn aarch64_listing(code: &[CompiledCode]) -> String {
    listing(code, |b, data| disassemble(Isa::Aarch64, b, data))
}

/// The listing sections of the case whose source (module and directives) is `source`.
fn sections(source: &str) -> Vec<(&'static str, String)> {
    let d = directives(source);
    if d.trampoline {
        let builtins = crate::vm::vmctx::header::BUILTINS;
        let one = |code| vec![CompiledCode { code, ..Default::default() }];
        let x64 = one(onepass_arch::x64::emit_preserving_trampoline(builtins));
        let aarch64 = one(onepass_arch::aarch64::emit_preserving_trampoline(builtins));
        return vec![("x64", x64_listing(&x64)), ("aarch64", aarch64_listing(&aarch64))];
    }
    let wasm = wat::parse_str(source).expect("the case's module parses");
    let x64 = x64_listing(&compile::<X64Masm>(&wasm, &d, CpuFeatures::ALL));
    let x64_baseline = x64_listing(&compile::<X64Masm>(&wasm, &d, CpuFeatures::NONE));
    let aarch64 = aarch64_listing(&compile::<Aarch64Masm>(&wasm, &d, CpuFeatures::ALL));
    let aarch64_baseline = aarch64_listing(&compile::<Aarch64Masm>(&wasm, &d, CpuFeatures::NONE));
    let mut out = vec![("x64", x64.clone())];
    if x64_baseline != x64 {
        out.push(("x64 baseline (SSE4.2, no AVX, no LZCNT/TZCNT, no BMI2)", x64_baseline));
    }
    out.push(("aarch64", aarch64.clone()));
    if aarch64_baseline != aarch64 {
        out.push(("aarch64 baseline (ARMv8.0, no LSE)", aarch64_baseline));
    }
    out
}

/// The whole file for `source`: the source as written, then each listing as comments.
fn render(source: &str, sections: &[(&str, String)]) -> String {
    let mut out = source.trim_end().to_string();
    out.push('\n');
    for (title, text) in sections {
        out += &format!("\n{SECTION}{title} ====\n");
        for line in text.lines() {
            out += if line.is_empty() { ";;".to_string() } else { format!(";; {line}") }.as_str();
            out.push('\n');
        }
    }
    out
}

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compile the case at `case` (a path under `tests/golden`) and compare, or rewrite it
/// under `ONEPASS_BLESS`.
fn check_case(case: &str) {
    let path = golden_dir().join(case);
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let source = file.find(&format!("\n{SECTION}")).map_or(file.as_str(), |end| &file[..end]);
    let rendered = render(source, &sections(source));
    if std::env::var_os("ONEPASS_BLESS").is_some() {
        if rendered != file {
            std::fs::write(&path, &rendered).expect("write golden file");
        }
        return;
    }
    if rendered != file {
        let first = file.lines().zip(rendered.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{} differs from the code compiled now (first at line {}); \
             run with ONEPASS_BLESS=1 to accept it:\n{rendered}",
            path.display(),
            first + 1
        );
    }
}

/// The `.wat` files under `dir`, as paths relative to `root`.
fn wat_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("read golden dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            wat_files(root, &path, out);
        } else if path.extension().is_some_and(|e| e == "wat") {
            out.push(path.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn every_file_is_a_case() {
    let root = golden_dir();
    let mut on_disk = Vec::new();
    wat_files(&root, &root, &mut on_disk);
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed, "tests/golden and golden_cases! must name the same files");
    assert!(CASES.len() >= 80, "only {} golden cases", CASES.len());
}

/// An aarch64 function past the ±1 MiB reach of `b.cond`/`cbz` (every division branches
/// to the trap stubs at its end) is compiled again with far branches; it once failed with
/// an assembler relocation error.
#[test]
fn aarch64_functions_over_one_mib_use_far_branches() {
    let d = Directives::default();
    let body = "local.get 0 i32.div_s ".repeat(60_000);
    let wasm = wat::parse_str(format!("(module (func (param i32) (result i32) local.get 0 {body}))")).unwrap();
    let code = compile::<Aarch64Masm>(&wasm, &d, CpuFeatures::ALL);
    assert!(code[0].code.len() > 1 << 20, "the function is {} bytes", code[0].code.len());
    // The prologue's stack check now skips over an unconditional branch to its stub.
    let prologue = disassemble(Isa::Aarch64, &code[0].code[..48], &[]);
    assert!(prologue.contains("b.hs $+0x8"), "{prologue}");
    // Small functions keep the short forms.
    let small = wat::parse_str("(module (func (param i32) (result i32) local.get 0 local.get 0 i32.div_s))").unwrap();
    let small = compile::<Aarch64Masm>(&small, &d, CpuFeatures::ALL);
    assert!(disassemble(Isa::Aarch64, &small[0].code[..48], &[]).contains("b.lo"));
}

/// Lazy thunks for 200,000 functions put the shared stub's trap branches more than 1 MiB
/// from the trap stubs; on aarch64 they take the far form.
#[test]
fn aarch64_lazy_stubs_for_many_functions_reach_their_traps() {
    let (code, thunks) = lazy_stubs::<Aarch64Masm>(0, 200_000).expect("stubs assemble");
    assert_eq!(thunks.len(), 200_000);
    assert!(code.code.len() > 1 << 20);
}
