//! Generated modules shared by the startup bench and the comparison crate.

/// A module of `n` functions (function `k` returns `k` plus sixty `+ 1` steps) with a
/// memory, exporting `f0`: startup cost grows with the code to compile before a call.
pub fn many_functions(n: u32) -> Vec<u8> {
    let mut text = String::from("(module (memory 1)");
    for k in 0..n {
        text.push_str(&format!("(func $f{k} (result i32) i32.const {k}"));
        for _ in 0..60 {
            text.push_str(" i32.const 1 i32.add");
        }
        text.push(')');
    }
    text.push_str("(export \"f0\" (func $f0)))");
    wat::parse_str(&text).expect("generated module parses")
}
