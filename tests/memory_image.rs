//! Copy-on-write memory images (`vm::image`): a module with 64 KiB or more of data in
//! constant, in-bounds active segments of its own memory gets its data mapped from an
//! in-memory file instead of copied. What each instance sees must be exactly what copying
//! gives: the segments in order (later ones over earlier ones), zeros elsewhere, its own
//! writes only, and nothing left behind for the next memory of the same size.

use onepass::{CoreFeatures, Error, Runtime, RuntimeConfig, TrapCode, Val};
use std::sync::Mutex;

/// The tests that count image mappings in /proc/self/maps run one at a time.
static MAPS: Mutex<()> = Mutex::new(());

fn wasm(text: &str) -> Vec<u8> {
    wat::parse_str(text).expect("test module parses")
}

/// How many mappings of an image file the process has.
fn image_mappings() -> usize {
    std::fs::read_to_string("/proc/self/maps").unwrap().lines().filter(|l| l.contains("onepass-memory-image")).count()
}

/// `n` bytes of data as a wat string: byte `i` is `(i * 7 + seed) % 251`.
fn data(n: usize, seed: usize) -> String {
    (0..n).map(|i| format!("\\{:02x}", (i * 7 + seed) % 251)).collect()
}

fn byte(i: usize, seed: usize) -> i32 {
    ((i * 7 + seed) % 251) as i32
}

/// A module of 4 pages with three segments: 40 KiB at 4096, 40 KiB at 100000 (overlapping
/// nothing), and 16 bytes at 4100 written over the first.
fn imaged_module() -> Vec<u8> {
    wasm(&format!(
        r#"(module
          (memory (export "memory") 4 8)
          (data (i32.const 4096) "{}")
          (data (i32.const 100000) "{}")
          (data (i32.const 4100) "\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff\ff")
          (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0)))
          (func (export "store") (param i32 i32) (i32.store8 (local.get 0) (local.get 1)))
          (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
          (func (export "init_dropped") (memory.init 0 (i32.const 0) (i32.const 0) (i32.const 1))))"#,
        data(40960, 1),
        data(40960, 2)
    ))
}

fn load(m: &onepass::Module, at: i32) -> i32 {
    match m.exported_function("load").unwrap().call(&[Val::I32(at)]).unwrap()[..] {
        [Val::I32(v)] => v,
        ref other => panic!("{other:?}"),
    }
}

#[test]
fn instances_see_the_segments_and_only_their_own_writes() {
    let _one = MAPS.lock().unwrap_or_else(|e| e.into_inner());
    for lazy in [false, true] {
        let rt = Runtime::with_config(RuntimeConfig::new().with_lazy_compilation(lazy));
        let compiled = rt.compile_module(&imaged_module()).unwrap();
        let before = image_mappings();
        let a = rt.instantiate_module(&compiled, onepass::ModuleConfig::new().with_name("a")).unwrap();
        let b = rt.instantiate_module(&compiled, onepass::ModuleConfig::new().with_name("b")).unwrap();
        assert_eq!(image_mappings(), before + 2, "each instance maps the image");
        for m in [&a, &b] {
            assert_eq!(load(m, 0), 0);
            assert_eq!(load(m, 4095), 0);
            assert_eq!(load(m, 4096), byte(0, 1));
            assert_eq!(load(m, 4099), byte(3, 1));
            // The later segment is over the earlier one.
            assert_eq!(load(m, 4100), 0xff);
            assert_eq!(load(m, 4115), 0xff);
            assert_eq!(load(m, 4116), byte(20, 1));
            assert_eq!(load(m, 4096 + 40959), byte(40959, 1));
            assert_eq!(load(m, 4096 + 40960), 0);
            assert_eq!(load(m, 100000), byte(0, 2));
            assert_eq!(load(m, 100000 + 40959), byte(40959, 2));
            assert_eq!(load(m, 100000 + 40960), 0);
            assert_eq!(load(m, 4 * 65536 - 1), 0);
        }
        // A write is private to its instance, inside and outside the image.
        let store = a.exported_function("store").unwrap();
        store.call(&[Val::I32(4096), Val::I32(77)]).unwrap();
        store.call(&[Val::I32(200_000), Val::I32(78)]).unwrap();
        assert_eq!((load(&a, 4096), load(&b, 4096)), (77, byte(0, 1)));
        assert_eq!((load(&a, 200_000), load(&b, 200_000)), (78, 0));
        // The host sees the same bytes.
        let mut buf = [0u8; 2];
        assert!(b.exported_memory("memory").unwrap().read(4096, &mut buf));
        assert_eq!(buf, [byte(0, 1) as u8, byte(1, 1) as u8]);
        // Growing keeps the image and adds zeros.
        assert_eq!(a.exported_function("grow").unwrap().call(&[Val::I32(2)]).unwrap(), vec![Val::I32(4)]);
        assert_eq!((load(&a, 4097), load(&a, 5 * 65536)), (byte(1, 1), 0));
        // Active segments are dropped after instantiation, as when they are copied.
        let init = a.exported_function("init_dropped").unwrap().call(&[]);
        assert!(matches!(&init, Err(Error::Trap(t)) if t.code == TrapCode::MemoryOutOfBounds), "{init:?}");
        a.close().unwrap();
        b.close().unwrap();
        drop((a, b, store));
        assert_eq!(image_mappings(), before, "dropped memories unmap the image");
        // The next memory of the same size (from the pool) is all zeros.
        let plain = rt
            .instantiate(&wasm(
                r#"(module (memory 4 8) (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))"#,
            ))
            .unwrap();
        for at in [4096, 4100, 100000, 200_000] {
            assert_eq!(load(&plain, at), 0, "byte {at} of a reused reservation");
        }
    }
}

#[test]
fn modules_that_cannot_have_an_image_copy_their_data() {
    let _one = MAPS.lock().unwrap_or_else(|e| e.into_inner());
    let rt =
        Runtime::with_config(RuntimeConfig::new().with_core_features(CoreFeatures::V2 | CoreFeatures::MULTI_MEMORY));
    let big = data(70000, 3);
    let before = image_mappings();
    // Small data: copied.
    let small = rt
        .instantiate(&wasm(
            r#"(module (memory 1) (data (i32.const 8) "\2a")
               (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))"#,
        ))
        .unwrap();
    assert_eq!(load(&small, 8), 42);
    // An offset read from a global: copied.
    rt.new_host_module_builder("env").global("at", Val::I32(16), false).instantiate().unwrap();
    let from_global = rt
        .instantiate(&wasm(&format!(
            r#"(module (import "env" "at" (global i32)) (memory 2) (data (global.get 0) "{big}")
               (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))"#
        )))
        .unwrap();
    assert_eq!(load(&from_global, 16 + 69999), byte(69999, 3));
    // Segments for two memories: copied.
    let two = rt
        .instantiate(&wasm(&format!(
            r#"(module (memory 2) (memory $m1 1) (data (i32.const 0) "{big}") (data (memory $m1) (i32.const 0) "\01")
               (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))"#
        )))
        .unwrap();
    assert_eq!(load(&two, 69999), byte(69999, 3));
    assert_eq!(image_mappings(), before, "none of these maps an image");
    // A segment past the memory's end still fails instantiation, after the earlier
    // segments were written, as copying does.
    let past_end = rt.instantiate(&wasm(&format!(r#"(module (memory 1) (data (i32.const 0) "{big}"))"#)));
    assert!(matches!(&past_end, Err(Error::Trap(t)) if t.code == TrapCode::MemoryOutOfBounds), "{past_end:?}");
    // An imported memory gets its importer's segments copied in, in order.
    let exporter = rt.instantiate(&wasm(r#"(module (memory (export "mem") 2))"#)).unwrap();
    rt.register_alias(&exporter, "exp").unwrap();
    let importer = rt
        .instantiate(&wasm(&format!(
            r#"(module (import "exp" "mem" (memory 2)) (data (i32.const 100) "{big}")
               (func (export "load") (param i32) (result i32) (i32.load8_u (local.get 0))))"#
        )))
        .unwrap();
    assert_eq!(load(&importer, 100), byte(0, 3));
    assert_eq!(image_mappings(), before);
}

#[test]
fn many_instances_share_one_image() {
    let _one = MAPS.lock().unwrap_or_else(|e| e.into_inner());
    let rt = Runtime::new();
    let compiled = rt.compile_module(&imaged_module()).unwrap();
    let none: [&str; 0] = [];
    let before = image_mappings();
    // A thousand instantiations, each writing its image before it goes: every new one
    // still starts from the segments.
    for i in 0..1000 {
        let m = rt
            .instantiate_module(&compiled, onepass::ModuleConfig::new().with_name("").with_start_functions(none))
            .unwrap();
        assert_eq!(load(&m, 4096), byte(0, 1), "instance {i}");
        assert_eq!(load(&m, 4096 + 8192), byte(8192, 1), "instance {i}");
        m.exported_function("store").unwrap().call(&[Val::I32(4096), Val::I32(i % 200)]).unwrap();
        m.exported_function("store").unwrap().call(&[Val::I32(4096 + 8192), Val::I32(i % 200)]).unwrap();
        m.close().unwrap();
    }
    assert_eq!(image_mappings(), before);
}
