//! Golden codegen tests: a few functions compiled for BOTH backends on any host and
//! disassembled (pure-Rust disassemblers), compared with `tests/golden/<isa>/<name>.s`.
//! An encoding bug in either backend shows up here even without hardware or qemu.
//! Regenerate after an intended change with `ONEPASS_BLESS=1 cargo test golden`.

use crate::engine::module::compile_functions;
use onepass_arch::{aarch64::Aarch64Masm, x64::X64Masm, CallReloc, CompiledCode, MacroAssembler};
use std::path::PathBuf;
use yaxpeax_arch::{Decoder, LengthedInstruction, U8Reader};

/// The functions under test, one module each.
const CASES: &[(&str, &str)] = &[
    (
        // Loop homes: the locals rotated each iteration stay in registers across the
        // back-edge (x86-64 homes all five; the frame is still written on each set).
        "loop_homes",
        r#"(module (func (export "rotate") (param $n i32) (result i32)
    (local $a i32) (local $b i32) (local $c i32) (local $t i32)
    (local.set $a (i32.const 1)) (local.set $b (i32.const 2)) (local.set $c (i32.const 3))
    (block (loop
      (br_if 1 (i32.eqz (local.get $n)))
      (local.set $t (local.get $a))
      (local.set $a (local.get $b))
      (local.set $b (local.get $c))
      (local.set $c (local.get $t))
      (local.set $n (i32.sub (local.get $n) (i32.const 1)))
      (br 0)))
    (i32.add (i32.mul (local.get $a) (i32.const 100))
      (i32.add (i32.mul (local.get $b) (i32.const 10)) (local.get $c)))))"#,
    ),
    ("add", "(module (func (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))"),
    (
        // Local 2 is read again after the shift: the shift works on a copy, and the xor
        // reads local 2 from its register rather than reloading it from the frame.
        "read_again",
        r#"(module (func (param i32 i32) (result i32) (local i32)
            (local.set 2 (i32.add (local.get 0) (local.get 1)))
            (local.set 1 (i32.shr_u (local.get 2) (i32.const 1)))
            (i32.xor (local.get 1) (local.get 2))))"#,
    ),
    (
        "sum_loop",
        r#"(module (func (param i32) (result i64) (local i64)
            (block (loop
              (br_if 1 (i32.eqz (local.get 0)))
              (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
              (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
              (br 0)))
            (local.get 1)))"#,
    ),
    (
        "memory",
        r#"(module (memory 1) (func (param i32) (result i64)
            (i64.store offset=16 (local.get 0) (i64.const 7))
            (i64.load offset=8 (i32.const 1024))))"#,
    ),
    (
        "float",
        r#"(module (func (param f64 f64) (result i32)
            (i32.trunc_f64_s (f64.min (local.get 0) (local.get 1)))))"#,
    ),
    (
        // Immediates that need the `lsl #12` form on aarch64 (add, sub, compare, address).
        "wide_immediates",
        r#"(module (memory 1) (func (param i32 i64) (result i32)
            (i64.store (i32.const 0) (i64.sub (local.get 1) (i64.const 0x3000)))
            (if (i32.lt_u (local.get 0) (i32.const 0x5000)) (then (local.set 0 (i32.const -0x7f000))))
            (i32.add (i32.load offset=0x2000 (local.get 0)) (i32.const 0x7f000))))"#,
    ),
    (
        "calls",
        r#"(module (type $t (func (param i32) (result i32))) (table 1 funcref)
            (func $f (param i32) (result i32) (call_indirect (type $t) (local.get 0) (i32.const 0)))
            (func (result i32) (call $f (i32.const 5))))"#,
    ),
    (
        // Function references stored into tables and globals, own or imported: plain
        // stores (a module that stores into imported ones is pinned before it runs).
        "funcref_stores",
        r#"(module (import "lib" "t" (table $shared 1 funcref))
            (import "lib" "g" (global $shared_g (mut funcref)))
            (table $own 2 funcref) (table $host 1 externref)
            (global $g (mut funcref) (ref.null func))
            (elem declare func $f)
            (func $f (param funcref i32 externref)
              (table.set $own (local.get 1) (local.get 0))
              (table.set $shared (i32.const 0) (local.get 0))
              (global.set $g (local.get 0))
              (global.set $shared_g (local.get 0))
              (global.set $g (ref.null func))
              (table.set $host (i32.const 0) (local.get 2))
              (table.set $own (i32.const 1) (ref.func $f))
              (global.set $g (ref.func $f))
              (table.set $shared (i32.const 0) (ref.func $f))))"#,
    ),
    (
        // Calls passing function references: a test of the instance's `pinned` flag that
        // falls through, and cold code after the body: the runtime call (through a table,
        // first a comparison of the callee's vmctx with ours).
        "funcref_args",
        r#"(module (type $take (func (param i32 funcref)))
            (import "lib" "take" (func $take (type $take)))
            (table 1 funcref)
            (func (param funcref)
              (call $take (i32.const 1) (local.get 0))
              (call_indirect (type $take) (i32.const 2) (local.get 0) (i32.const 0))))"#,
    ),
];

fn compile<M: MacroAssembler + 'static>(wat: &str) -> Vec<CompiledCode> {
    let wasm = wat::parse_str(wat).expect("test module parses");
    let options =
        crate::engine::module::CompileOptions { features: wasmparser::WasmFeatures::default(), ..Default::default() };
    let (_, _, compiled, _) = compile_functions::<M>(&wasm, options).expect("compiles");
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
            CompiledCode {
                code: image[range.start as usize..range.end as usize].to_vec(),
                relocs: relocs.map(|c| CallReloc { offset: c.offset - f.offset, callee: c.callee }).collect(),
            }
        })
        .collect()
}

/// One line per instruction: offset and text; undecodable bytes are shown raw.
fn disassemble<D, A>(decoder: &D, bytes: &[u8], step_on_error: usize) -> String
where
    A: yaxpeax_arch::Arch<Address = u64, Word = u8>,
    D: Decoder<A>,
    A::Instruction: std::fmt::Display + LengthedInstruction<Unit = yaxpeax_arch::AddressDiff<u64>>,
{
    let mut out = String::new();
    let mut at = 0usize;
    while at < bytes.len() {
        let mut reader = U8Reader::new(&bytes[at..]);
        match decoder.decode(&mut reader) {
            Ok(inst) => {
                let len = (inst.len().to_const() as usize).max(1);
                out += &format!("{at:5x}: {inst}\n");
                at += len;
            }
            Err(_) => {
                let end = (at + step_on_error).min(bytes.len());
                out += &format!("{at:5x}: .bytes {:02x?}\n", &bytes[at..end]);
                at = end;
            }
        }
    }
    out
}

fn listing(functions: &[CompiledCode], disasm: impl Fn(&[u8]) -> String) -> String {
    functions
        .iter()
        .enumerate()
        .map(|(i, f)| format!("function {i} ({} bytes, calls {:?})\n{}", f.code.len(), f.relocs, disasm(&f.code)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(isa: &str, name: &str, text: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(isa).join(format!("{name}.s"));
    if std::env::var_os("ONEPASS_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("has a parent")).expect("create golden dir");
        std::fs::write(&path, text).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        expected == text,
        "{isa} code for {name} differs from {}; run with ONEPASS_BLESS=1 to accept:\n{text}",
        path.display()
    );
}

/// The lazy-compilation thunks and shared stub for three functions after one import.
fn lazy_stubs<M: MacroAssembler>() -> Vec<CompiledCode> {
    let (code, thunks) = super::lazy_stubs::<M>(1, 3).expect("stubs assemble");
    assert_eq!(thunks.len(), 3);
    vec![code]
}

/// The register-preserving trampoline to the `RetainArgs` builtin, as one function.
fn preserving_trampoline(code: Vec<u8>) -> Vec<CompiledCode> {
    vec![CompiledCode { code, relocs: Vec::new() }]
}

#[test]
fn golden_x64() {
    let decoder = yaxpeax_x86::amd64::InstDecoder::default();
    for (name, wat) in CASES {
        let text = listing(&compile::<X64Masm>(wat), |b| disassemble(&decoder, b, 1));
        check("x64", name, &text);
    }
    check("x64", "lazy_stubs", &listing(&lazy_stubs::<X64Masm>(), |b| disassemble(&decoder, b, 1)));
    let retain = super::Builtin::RetainArgs as u32;
    let trampoline = onepass_arch::x64::emit_preserving_trampoline(crate::vm::vmctx::header::BUILTINS, retain);
    check(
        "x64",
        "preserving_trampoline",
        &listing(&preserving_trampoline(trampoline), |b| disassemble(&decoder, b, 1)),
    );
}

#[test]
fn golden_aarch64() {
    let decoder = yaxpeax_arm::armv8::a64::InstDecoder::default();
    for (name, wat) in CASES {
        let text = listing(&compile::<Aarch64Masm>(wat), |b| disassemble(&decoder, b, 4));
        check("aarch64", name, &text);
    }
    check("aarch64", "lazy_stubs", &listing(&lazy_stubs::<Aarch64Masm>(), |b| disassemble(&decoder, b, 4)));
    let retain = super::Builtin::RetainArgs as u32;
    let trampoline = onepass_arch::aarch64::emit_preserving_trampoline(crate::vm::vmctx::header::BUILTINS, retain);
    let text = listing(&preserving_trampoline(trampoline), |b| disassemble(&decoder, b, 4));
    check("aarch64", "preserving_trampoline", &text);
}

/// An aarch64 function past the ±1 MiB reach of `b.cond`/`cbz` (every division branches
/// to the trap stubs at its end) is compiled again with far branches; it once failed with
/// an assembler relocation error.
#[test]
fn aarch64_functions_over_one_mib_use_far_branches() {
    let body = "local.get 0 i32.div_s ".repeat(60_000);
    let wat = format!("(module (func (param i32) (result i32) local.get 0 {body}))");
    let code = compile::<Aarch64Masm>(&wat);
    assert!(code[0].code.len() > 1 << 20, "the function is {} bytes", code[0].code.len());
    // The prologue's stack check now skips over an unconditional branch to its stub.
    let decoder = yaxpeax_arm::armv8::a64::InstDecoder::default();
    let prologue = disassemble(&decoder, &code[0].code[..48], 4);
    assert!(prologue.contains("b.hs $+0x8"), "{prologue}");
    // Small functions keep the short forms.
    let small = compile::<Aarch64Masm>("(module (func (param i32) (result i32) local.get 0 local.get 0 i32.div_s))");
    assert!(disassemble(&decoder, &small[0].code[..48], 4).contains("b.lo"));
}

/// Lazy thunks for 200,000 functions put the shared stub's trap branches more than 1 MiB
/// from the trap stubs; on aarch64 they take the far form.
#[test]
fn aarch64_lazy_stubs_for_many_functions_reach_their_traps() {
    let (code, thunks) = super::lazy_stubs::<Aarch64Masm>(0, 200_000).expect("stubs assemble");
    assert_eq!(thunks.len(), 200_000);
    assert!(code.code.len() > 1 << 20);
}
