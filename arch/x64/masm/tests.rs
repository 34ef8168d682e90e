//! Unit tests of the x86-64 macro-assembler: hand-encoded branches, their labels and jump tables.

use super::*;

fn masm() -> X64Masm {
    X64Masm::new(VmctxLayout { entry_sp: 8, trap_recorder: 16 }, CpuFeatures::host())
}

/// `n` bytes of code (3-byte register moves, then 1-byte fill as needed).
fn filler(m: &mut X64Masm, n: usize) {
    for _ in 0..n / 3 {
        m.mov(OperandSize::S64, Reg::int(1), Operand::Reg(Reg::int(2)));
    }
    for _ in 0..n % 3 {
        m.ops.push(0x90);
    }
}

/// Where the branch whose rel field ends at `end` (with `rel` in `len` bytes) lands.
fn target(code: &[u8], end: usize, len: usize) -> usize {
    let rel = match len {
        1 => i64::from(code[end - 1] as i8),
        _ => i64::from(i32::from_le_bytes(code[end - 4..end].try_into().unwrap())),
    };
    (end as i64 + rel) as usize
}

#[test]
fn branches_to_bound_labels_in_reach_are_short_and_the_rest_rel32() {
    let mut m = masm();
    let top = m.new_label();
    m.bind(top);
    filler(&mut m, 120);
    m.jump(top); // 120: 2 bytes, back 122.
    m.jcc(IntCmp::LtS, top); // 122: 2 bytes, back 124.
    filler(&mut m, 6); // to 130
    m.jump(top); // 130: -132 does not fit in 8 bits: E9 rel32.
    let forward = m.new_label();
    m.jcc(IntCmp::GeU, forward); // 135: 0F 83 rel32, patched.
    m.jump(forward); // 141: E9 rel32, patched.
    filler(&mut m, 300);
    m.bind(forward); // 446
    m.jump(forward); // 446: back 2.
    let code = m.finish(0).expect("assembles").code;
    assert_eq!(&code[120..122], &[0xEB, (-122i8) as u8]);
    assert_eq!(code[122], 0x7C);
    assert_eq!(target(&code, 124, 1), 0);
    assert_eq!(code[130], 0xE9);
    assert_eq!(target(&code, 135, 4), 0);
    assert_eq!(&code[135..137], &[0x0F, 0x83]);
    assert_eq!(target(&code, 141, 4), 446);
    assert_eq!(code[141], 0xE9);
    assert_eq!(target(&code, 146, 4), 446);
    assert_eq!(&code[446..448], &[0xEB, 0xFE]);
}

#[test]
fn a_branch_to_a_label_never_bound_is_an_error_and_the_assembler_starts_afresh() {
    let mut m = masm();
    let nowhere = m.new_label();
    m.jump(nowhere);
    assert!(m.finish(0).is_err());
    let top = m.new_label();
    m.bind(top);
    m.jump(top);
    assert_eq!(m.finish(0).expect("assembles").code, vec![0xEB, 0xFE]);
}

#[test]
fn dynasm_code_and_hand_encoded_branches_share_labels() {
    // A jump table (dynasm) and a hand-encoded jump to the same labels, bound before
    // and after.
    let mut m = masm();
    let (before, after) = (m.new_label(), m.new_label());
    m.bind(before);
    m.jump_table(Reg::int(1), &[before, after], after);
    m.jump(after);
    let at = m.offset() as usize;
    m.bind(after);
    let code = m.finish(0).expect("assembles").code;
    // A forward jump: rel32.
    assert_eq!(code[at - 5], 0xE9);
    assert_eq!(target(&code, at, 4), at);
    // The table's two entries, each its target's distance from the table.
    let table = at - 5 - 8;
    let entry = |i: usize| i32::from_le_bytes(code[table + 4 * i..table + 4 * i + 4].try_into().unwrap());
    assert_eq!(table as i64 + i64::from(entry(0)), 0);
    assert_eq!(table as i64 + i64::from(entry(1)), at as i64);
}
