//! The sandbox at its edges: every load and store width at every interesting offset around
//! the end of memory and around 4 GiB (dynamic and constant addresses), memory.grow to
//! the limit, tables at their limit, and guests that try to reach a neighbour instance's
//! memory or the host's.

use onepass::{Error, Module, Runtime, RuntimeConfig, TrapCode, Val};
use std::fmt::Write as _;

const PAGE: u64 = 65536;
const FOUR_GIB: u64 = 1 << 32;

fn wasm(text: &str) -> Vec<u8> {
    wat::parse_str(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

fn call(module: &Module, name: &str, args: &[Val]) -> Result<Vec<Val>, Error> {
    module.exported_function(name).unwrap_or_else(|| panic!("no export {name}")).call(args)
}

fn trap_code(result: Result<Vec<Val>, Error>) -> Option<TrapCode> {
    match result {
        Ok(_) => None,
        Err(Error::Trap(trap)) => Some(trap.code),
        Err(e) => panic!("expected a trap or a result, got {e}"),
    }
}

fn i32_of(result: Result<Vec<Val>, Error>) -> i32 {
    match result.expect("returns").as_slice() {
        [Val::I32(v)] => *v,
        other => panic!("expected one i32, got {other:?}"),
    }
}

/// A load operator: name, width in bytes, and how its result becomes an i64.
struct LoadOp {
    name: &'static str,
    bytes: u64,
    to_i64: &'static str,
    /// Expected i64 from the little-endian bytes read.
    decode: fn(u64) -> i64,
}

const LOADS: &[LoadOp] = &[
    LoadOp { name: "i32.load", bytes: 4, to_i64: "i64.extend_i32_u", decode: |v| v as u32 as i64 },
    LoadOp {
        name: "i32.load8_s",
        bytes: 1,
        to_i64: "i64.extend_i32_u",
        decode: |v| v as u8 as i8 as i32 as u32 as i64,
    },
    LoadOp { name: "i32.load8_u", bytes: 1, to_i64: "i64.extend_i32_u", decode: |v| v as u8 as i64 },
    LoadOp {
        name: "i32.load16_s",
        bytes: 2,
        to_i64: "i64.extend_i32_u",
        decode: |v| v as u16 as i16 as i32 as u32 as i64,
    },
    LoadOp { name: "i32.load16_u", bytes: 2, to_i64: "i64.extend_i32_u", decode: |v| v as u16 as i64 },
    LoadOp { name: "i64.load", bytes: 8, to_i64: "", decode: |v| v as i64 },
    LoadOp { name: "i64.load8_s", bytes: 1, to_i64: "", decode: |v| v as u8 as i8 as i64 },
    LoadOp { name: "i64.load8_u", bytes: 1, to_i64: "", decode: |v| v as u8 as i64 },
    LoadOp { name: "i64.load16_s", bytes: 2, to_i64: "", decode: |v| v as u16 as i16 as i64 },
    LoadOp { name: "i64.load16_u", bytes: 2, to_i64: "", decode: |v| v as u16 as i64 },
    LoadOp { name: "i64.load32_s", bytes: 4, to_i64: "", decode: |v| v as u32 as i32 as i64 },
    LoadOp { name: "i64.load32_u", bytes: 4, to_i64: "", decode: |v| v as u32 as i64 },
    LoadOp { name: "f32.load", bytes: 4, to_i64: "i32.reinterpret_f32 i64.extend_i32_u", decode: |v| v as u32 as i64 },
    LoadOp { name: "f64.load", bytes: 8, to_i64: "i64.reinterpret_f64", decode: |v| v as i64 },
];

/// A store operator: name, width, and how an i64 parameter becomes its operand.
const STORES: &[(&str, u64, &str)] = &[
    ("i32.store", 4, "i32.wrap_i64"),
    ("i32.store8", 1, "i32.wrap_i64"),
    ("i32.store16", 2, "i32.wrap_i64"),
    ("i64.store", 8, ""),
    ("i64.store8", 1, ""),
    ("i64.store16", 2, ""),
    ("i64.store32", 4, ""),
    ("f32.store", 4, "i32.wrap_i64 f32.reinterpret_i32"),
    ("f64.store", 8, "f64.reinterpret_i64"),
];

/// Static offsets tried with every operator.
const OFFSETS: &[u64] = &[0, 1, 3, 0xffff, 0x1_0000, 0x7fff_ffff, 0x8000_0000, 0xffff_fff8, 0xffff_ffff];

/// Constant addresses folded into the addressing mode.
const CONST_ADDRESSES: &[u64] =
    &[0, 0xfff8, 0xfffc, 0xffff, 0x1_0000, 0x7fff_ffff, 0x8000_0000, 0xffff_fff8, 0xffff_ffff];

/// One module with a function per (operator, offset) taking the address, and one per
/// (operator, offset, constant address) taking none.
fn edge_module() -> String {
    let mut m = String::from("(module (memory (export \"mem\") 1 65536)\n");
    m.push_str("(func (export \"grow\") (param i32) (result i32) local.get 0 memory.grow)\n");
    for (li, l) in LOADS.iter().enumerate() {
        for (oi, off) in OFFSETS.iter().enumerate() {
            let (name, conv) = (l.name, l.to_i64);
            writeln!(
                m,
                "(func (export \"l{li}_{oi}\") (param i32) (result i64) local.get 0 {name} offset={off} {conv})"
            )
            .unwrap();
            for (ai, addr) in CONST_ADDRESSES.iter().enumerate() {
                writeln!(
                    m,
                    "(func (export \"l{li}_{oi}_{ai}\") (result i64) i32.const {addr} {name} offset={off} {conv})"
                )
                .unwrap();
            }
        }
    }
    for (si, (name, _, conv)) in STORES.iter().enumerate() {
        for (oi, off) in OFFSETS.iter().enumerate() {
            writeln!(
                m,
                "(func (export \"s{si}_{oi}\") (param i32 i64) local.get 0 local.get 1 {conv} {name} offset={off})"
            )
            .unwrap();
            for (ai, addr) in CONST_ADDRESSES.iter().enumerate() {
                writeln!(
                    m,
                    "(func (export \"s{si}_{oi}_{ai}\") (param i64) i32.const {addr} local.get 0 {conv} {name} offset={off})"
                )
                .unwrap();
            }
        }
    }
    m.push(')');
    m
}

/// Read `n` bytes at `ea` from the host side as a little-endian integer.
fn read_le(module: &Module, ea: u64, n: u64) -> u64 {
    let mut buf = [0u8; 8];
    assert!(module.memory().unwrap().read(ea, &mut buf[..n as usize]));
    u64::from_le_bytes(buf)
}

/// Effective addresses worth trying for an access of `bytes` with memory of `size` bytes.
fn edge_addresses(size: u64, bytes: u64) -> Vec<u64> {
    let mut v = vec![0, size - bytes - 1, size - bytes, size - bytes + 1, size - 1, size, size + 1];
    v.extend([FOUR_GIB - bytes, FOUR_GIB - 1, FOUR_GIB, FOUR_GIB + 0x7fff_ffff, 2 * FOUR_GIB - 2]);
    v
}

/// Check every operator at every offset and edge address against the current size.
fn check_edges(module: &Module) -> (usize, usize) {
    let size = module.memory().unwrap().size() as u64;
    // A recognizable pattern at both ends and around 4 GiB when it is inside.
    let pattern: Vec<u8> = (0..64u8).map(|i| i.wrapping_mul(37).wrapping_add(11)).collect();
    let memory = module.memory().unwrap();
    for start in [0, size - 64] {
        assert!(memory.write(start, &pattern));
    }
    let (mut accesses, mut traps) = (0, 0);
    for (li, l) in LOADS.iter().enumerate() {
        for (oi, &off) in OFFSETS.iter().enumerate() {
            for ea in edge_addresses(size, l.bytes) {
                let Some(addr) = ea.checked_sub(off).filter(|a| *a <= u32::MAX as u64) else { continue };
                let got = call(module, &format!("l{li}_{oi}"), &[Val::I32(addr as u32 as i32)]);
                accesses += 1;
                if ea + l.bytes > size {
                    assert_eq!(trap_code(got), Some(TrapCode::MemoryOutOfBounds), "{} offset={off} at {addr}", l.name);
                    traps += 1;
                } else {
                    let want = (l.decode)(read_le(module, ea, l.bytes));
                    assert_eq!(got.unwrap(), vec![Val::I64(want)], "{} offset={off} at {addr}", l.name);
                }
            }
            for (ai, &addr) in CONST_ADDRESSES.iter().enumerate() {
                let ea = addr + off;
                let got = call(module, &format!("l{li}_{oi}_{ai}"), &[]);
                accesses += 1;
                if ea + l.bytes > size {
                    assert_eq!(
                        trap_code(got),
                        Some(TrapCode::MemoryOutOfBounds),
                        "{} offset={off} const {addr}",
                        l.name
                    );
                    traps += 1;
                } else {
                    let want = (l.decode)(read_le(module, ea, l.bytes));
                    assert_eq!(got.unwrap(), vec![Val::I64(want)], "{} offset={off} const {addr}", l.name);
                }
            }
        }
    }
    let value: i64 = 0x0102_0304_0506_0708;
    for (si, &(name, bytes, _)) in STORES.iter().enumerate() {
        for (oi, &off) in OFFSETS.iter().enumerate() {
            let mut attempts: Vec<(u64, String, Vec<Val>)> = Vec::new();
            for ea in edge_addresses(size, bytes) {
                let Some(addr) = ea.checked_sub(off).filter(|a| *a <= u32::MAX as u64) else { continue };
                attempts.push((ea, format!("s{si}_{oi}"), vec![Val::I32(addr as u32 as i32), Val::I64(value)]));
            }
            for (ai, &addr) in CONST_ADDRESSES.iter().enumerate() {
                attempts.push((addr + off, format!("s{si}_{oi}_{ai}"), vec![Val::I64(value)]));
            }
            for (ea, func, args) in attempts {
                // The last 16 bytes before the end must not change when a store traps,
                // even one that straddles the end.
                let tail = read_le(module, size - 8, 8) as u128 | (read_le(module, size - 16, 8) as u128) << 64;
                let got = call(module, &func, &args);
                accesses += 1;
                if ea + bytes > size {
                    assert_eq!(trap_code(got), Some(TrapCode::MemoryOutOfBounds), "{name} offset={off} at {ea}");
                    let after = read_le(module, size - 8, 8) as u128 | (read_le(module, size - 16, 8) as u128) << 64;
                    assert_eq!(tail, after, "{name} offset={off} at {ea} trapped but wrote");
                    traps += 1;
                } else {
                    got.unwrap();
                    let mask = if bytes == 8 { u64::MAX } else { (1 << (8 * bytes)) - 1 };
                    assert_eq!(read_le(module, ea, bytes), value as u64 & mask, "{name} offset={off} at {ea}");
                }
            }
        }
    }
    (accesses, traps)
}

#[test]
fn every_width_and_offset_traps_exactly_past_the_end() {
    let runtime = Runtime::new();
    let module = runtime.instantiate(&wasm(&edge_module())).expect("instantiates");
    let (a1, t1) = check_edges(&module);
    // Two pages, then the whole 4 GiB (65,536 pages): the last byte below 4 GiB is in.
    assert_eq!(i32_of(call(&module, "grow", &[Val::I32(1)])), 1);
    let (a2, t2) = check_edges(&module);
    assert_eq!(i32_of(call(&module, "grow", &[Val::I32(65534)])), 2);
    assert_eq!(module.memory().unwrap().size() as u64, FOUR_GIB);
    let (a3, t3) = check_edges(&module);
    println!("{} accesses, {} of them trapping", a1 + a2 + a3, t1 + t2 + t3);
}

#[test]
fn memory_grow_stops_at_every_limit() {
    let runtime = Runtime::new();
    let grower = |limits: &str| {
        let text = format!(
            "(module (memory {limits}) \
               (func (export \"grow\") (param i32) (result i32) local.get 0 memory.grow) \
               (func (export \"size\") (result i32) memory.size) \
               (func (export \"poke\") (param i32) local.get 0 i32.const 7 i32.store8) \
               (func (export \"peek\") (param i32) (result i32) local.get 0 i32.load8_u))"
        );
        runtime.instantiate(&wasm(&text)).expect("instantiates")
    };
    let grow = |m: &Module, pages: u32| i32_of(call(m, "grow", &[Val::I32(pages as i32)]));

    // No maximum: up to 65,536 pages (4 GiB), and not one more.
    let m = grower("0");
    assert_eq!(grow(&m, 65537), -1);
    assert_eq!(grow(&m, u32::MAX), -1);
    assert_eq!(grow(&m, 65536), 0);
    assert_eq!(grow(&m, 1), -1);
    assert_eq!(grow(&m, 0), 65536);
    assert_eq!(i32_of(call(&m, "size", &[])), 65536);
    call(&m, "poke", &[Val::I32(-1)]).unwrap();
    assert_eq!(i32_of(call(&m, "peek", &[Val::I32(-1)])), 7);

    // A declared maximum.
    let m = grower("1 10");
    assert_eq!(grow(&m, 10), -1);
    assert_eq!(grow(&m, 9), 1);
    assert_eq!(grow(&m, 1), -1);
    assert_eq!(trap_code(call(&m, "poke", &[Val::I32(10 * PAGE as i32)])), Some(TrapCode::MemoryOutOfBounds));
    call(&m, "poke", &[Val::I32(10 * PAGE as i32 - 1)]).unwrap();

    // The runtime's limit.
    let limited = Runtime::with_config(RuntimeConfig::new().with_memory_limit_pages(100));
    let m = limited
        .instantiate(&wasm(
            "(module (memory 1) (func (export \"grow\") (param i32) (result i32) local.get 0 memory.grow))",
        ))
        .unwrap();
    assert_eq!(grow(&m, 100), -1);
    assert_eq!(grow(&m, 99), 1);
    assert_eq!(grow(&m, 1), -1);
    assert!(limited.instantiate(&wasm("(module (memory 101))")).is_err(), "a minimum over the limit is refused");
}

#[test]
fn tables_stop_at_their_limit() {
    let runtime = Runtime::new();
    let text = |limits: &str| {
        format!(
            "(module (type $v (func)) (table $t {limits} funcref) (func $f)
               (func (export \"grow\") (param i32) (result i32) ref.null func local.get 0 table.grow $t)
               (func (export \"size\") (result i32) table.size $t)
               (func (export \"get\") (param i32) (result i32) local.get 0 table.get $t ref.is_null)
               (func (export \"set\") (param i32) local.get 0 ref.func $f table.set $t)
               (func (export \"fill\") (param i32 i32) local.get 0 ref.func $f local.get 1 table.fill $t)
               (func (export \"copy\") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 table.copy $t $t)
               (func (export \"call\") (param i32) local.get 0 call_indirect $t (type $v))
               (elem declare func $f))"
        )
    };
    let i = |v: u32| Val::I32(v as i32);
    let oob = Some(TrapCode::TableOutOfBounds);

    // No maximum: 10,000,000 elements at most (the address space reserved per table).
    let m = runtime.instantiate(&wasm(&text("0"))).unwrap();
    assert_eq!(i32_of(call(&m, "grow", &[i(u32::MAX)])), -1);
    assert_eq!(i32_of(call(&m, "grow", &[i(10_000_001)])), -1);
    assert_eq!(i32_of(call(&m, "grow", &[i(10_000_000)])), 0);
    assert_eq!(i32_of(call(&m, "grow", &[i(1)])), -1);
    let n = 10_000_000u32;
    assert_eq!(i32_of(call(&m, "size", &[])), n as i32);
    assert_eq!(i32_of(call(&m, "get", &[i(n - 1)])), 1);
    assert_eq!(trap_code(call(&m, "get", &[i(n)])), oob);
    assert_eq!(trap_code(call(&m, "set", &[i(n)])), oob);
    assert_eq!(trap_code(call(&m, "set", &[i(u32::MAX)])), oob);
    call(&m, "set", &[i(n - 1)]).unwrap();
    assert_eq!(i32_of(call(&m, "get", &[i(n - 1)])), 0);
    assert_eq!(trap_code(call(&m, "fill", &[i(n - 1), i(2)])), oob);
    call(&m, "fill", &[i(n - 2), i(2)]).unwrap();
    call(&m, "fill", &[i(n), i(0)]).unwrap();
    assert_eq!(trap_code(call(&m, "fill", &[i(n + 1), i(0)])), oob);
    assert_eq!(trap_code(call(&m, "copy", &[i(0), i(n - 1), i(2)])), oob);
    assert_eq!(trap_code(call(&m, "copy", &[i(n - 1), i(0), i(2)])), oob);
    call(&m, "copy", &[i(0), i(n - 2), i(2)]).unwrap();
    assert_eq!(trap_code(call(&m, "call", &[i(n)])), Some(TrapCode::UndefinedElement));
    assert_eq!(trap_code(call(&m, "call", &[i(u32::MAX)])), Some(TrapCode::UndefinedElement));
    assert_eq!(trap_code(call(&m, "call", &[i(2)])), Some(TrapCode::UninitializedElement));
    call(&m, "call", &[i(n - 1)]).unwrap();
    call(&m, "call", &[i(0)]).unwrap();

    // A declared maximum.
    let m = runtime.instantiate(&wasm(&text("1 5"))).unwrap();
    assert_eq!(i32_of(call(&m, "grow", &[i(5)])), -1);
    assert_eq!(i32_of(call(&m, "grow", &[i(4)])), 1);
    assert_eq!(i32_of(call(&m, "grow", &[i(1)])), -1);
    assert_eq!(trap_code(call(&m, "get", &[i(5)])), oob);
    assert!(runtime.instantiate(&wasm("(module (table 10000001 funcref))")).is_err(), "over the element cap");
}

#[test]
fn calls_between_instances_use_the_callees_memory() {
    let runtime = Runtime::new();
    let b = runtime
        .instantiate(&wasm(
            r#"(module $b (memory 1) (data (i32.const 0) "B")
                 (table (export "table") 1 funcref) (elem (i32.const 0) $load)
                 (func $load (export "load") (param i32) (result i32) local.get 0 i32.load8_u)
                 (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store8)
                 (func (export "size") (result i32) memory.size))"#,
        ))
        .unwrap();
    // A has a memory of its own; C has none (its heap base word is zero).
    let a = runtime
        .instantiate(&wasm(
            r#"(module $a
                 (import "b" "load" (func $load (param i32) (result i32)))
                 (import "b" "store" (func $store (param i32 i32)))
                 (import "b" "table" (table 1 funcref))
                 (memory 2) (data (i32.const 0) "A")
                 (type $l (func (param i32) (result i32)))
                 (func (export "b_load") (param i32) (result i32) local.get 0 call $load)
                 (func (export "b_load_indirect") (param i32) (result i32) local.get 0 i32.const 0 call_indirect (type $l))
                 (func (export "b_store") (param i32 i32) local.get 0 local.get 1 call $store)
                 (func (export "own_load") (param i32) (result i32) local.get 0 i32.load8_u)
                 (func (export "b_load_then_own") (param i32) (result i32)
                   local.get 0 call $load local.get 0 i32.load8_u i32.const 8 i32.shl i32.or))"#,
        ))
        .unwrap();
    let c = runtime
        .instantiate(&wasm(
            r#"(module $c (import "b" "load" (func $load (param i32) (result i32)))
                 (import "b" "table" (table 1 funcref))
                 (type $l (func (param i32) (result i32)))
                 (func (export "b_load") (param i32) (result i32) local.get 0 call $load)
                 (func (export "b_load_indirect") (param i32) (result i32) local.get 0 i32.const 0 call_indirect (type $l)))"#,
        ))
        .unwrap();
    let i = Val::I32;
    for m in [&a, &c] {
        assert_eq!(i32_of(call(m, "b_load", &[i(0)])), b'B' as i32);
        assert_eq!(i32_of(call(m, "b_load_indirect", &[i(0)])), b'B' as i32);
        // B's memory is one page: A's second page is not B's to read.
        assert_eq!(trap_code(call(m, "b_load", &[i(PAGE as i32)])), Some(TrapCode::MemoryOutOfBounds));
    }
    assert_eq!(i32_of(call(&a, "own_load", &[i(0)])), b'A' as i32);
    assert_eq!(i32_of(call(&a, "b_load_then_own", &[i(0)])), (b'A' as i32) << 8 | b'B' as i32);
    call(&a, "b_store", &[i(5), i(99)]).unwrap();
    assert_eq!(i32_of(call(&b, "load", &[i(5)])), 99);
    assert_eq!(i32_of(call(&a, "own_load", &[i(5)])), 0);
}

#[test]
fn a_guest_cannot_reach_a_neighbours_or_the_hosts_memory() {
    let runtime = Runtime::new();
    let neighbour = runtime.instantiate(&wasm("(module $n (memory (export \"mem\") 1))")).unwrap();
    let marker = vec![0xa5u8; PAGE as usize];
    assert!(neighbour.memory().unwrap().write(0, &marker));
    let guest = runtime
        .instantiate(&wasm(
            r#"(module $g (memory 1 1)
                 (func (export "peek") (param i32) (result i32) local.get 0 i32.load8_u)
                 (func (export "peek_far") (param i32) (result i32) local.get 0 i32.load8_u offset=4294967295)
                 (func (export "peek64") (param i32) (result i64) local.get 0 i64.load offset=65536)
                 (func (export "poke") (param i32) local.get 0 i32.const 0x5a i32.store8)
                 (func (export "poke_far") (param i32) local.get 0 i64.const -1 i64.store offset=4294967288)
                 (func (export "fill") (param i32 i32) local.get 0 i32.const 0x5a local.get 1 memory.fill)
                 (func (export "copy") (param i32 i32 i32) local.get 0 local.get 1 local.get 2 memory.copy))"#,
        ))
        .unwrap();
    let oob = Some(TrapCode::MemoryOutOfBounds);
    let i = |v: u64| Val::I32(v as u32 as i32);
    // The host's own memory: a buffer whose address the guest is handed.
    let host = vec![0x3cu8; 4096];
    let host_addr = host.as_ptr() as u64;

    let mut probes = 0;
    let mut addresses: Vec<u64> = (1..=u32::MAX as u64 / 65_521).map(|k| k * 65_521).collect();
    addresses.extend([PAGE, PAGE + 1, u32::MAX as u64, host_addr & 0xffff_ffff, (host_addr + 4095) & 0xffff_ffff]);
    for &addr in &addresses {
        let inside = addr < PAGE;
        for f in ["peek", "poke"] {
            let got = trap_code(call(&guest, f, &[i(addr)]));
            assert_eq!(got, if inside { None } else { oob }, "{f} at {addr:#x}");
            probes += 1;
        }
        for f in ["peek_far", "poke_far", "peek64"] {
            assert_eq!(trap_code(call(&guest, f, &[i(addr)])), oob, "{f} at {addr:#x}");
            probes += 1;
        }
        if !inside {
            assert_eq!(trap_code(call(&guest, "fill", &[i(addr), i(1)])), oob);
            assert_eq!(trap_code(call(&guest, "copy", &[i(0), i(addr), i(1)])), oob);
            assert_eq!(trap_code(call(&guest, "copy", &[i(addr), i(0), i(1)])), oob);
            probes += 3;
        }
    }
    // Ranges that start inside and end outside touch nothing.
    assert_eq!(trap_code(call(&guest, "fill", &[i(PAGE - 1), i(2)])), oob);
    assert_eq!(trap_code(call(&guest, "fill", &[i(1), i(u32::MAX as u64)])), oob);
    assert_eq!(trap_code(call(&guest, "copy", &[i(PAGE - 1), i(0), i(2)])), oob);
    let mut own = vec![0u8; PAGE as usize];
    assert!(guest.memory().unwrap().read(0, &mut own));
    // Only the in-bounds pokes at the host buffer's low bits may have written (0x5a).
    let written: Vec<usize> = own.iter().enumerate().filter(|(_, &b)| b != 0).map(|(k, _)| k).collect();
    for k in written {
        assert!(own[k] == 0x5a && addresses.contains(&(k as u64)), "byte {k} of the guest's memory is {:#x}", own[k]);
    }
    let mut seen = vec![0u8; PAGE as usize];
    assert!(neighbour.memory().unwrap().read(0, &mut seen));
    assert!(seen == marker, "the neighbour's memory changed");
    assert!(host.iter().all(|&b| b == 0x3c), "the host's buffer changed");
    println!("{probes} probes outside the guest's memory, all trapped");
}
