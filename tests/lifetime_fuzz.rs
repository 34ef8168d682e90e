//! Lifetime fuzzer: random graphs of modules that import each other's functions, tables
//! and globals; random flows of function references between them (returned by
//! `ref.func`, read from tables and globals, passed as arguments from module to module,
//! stored with `table.set/fill/copy/grow/init`, element segments and `global.set`, held
//! and handed back by the host); random closes and drops of modules and handles, on
//! several threads at once; then every reference that survives is called. Passing means
//! every call returns the value of the function the reference names, or a clean error —
//! never a crash — and that once the runtime and every handle are dropped, every instance
//! is freed.
//!
//! `cargo test` runs a fixed set of seeds; `ONEPASS_LIFETIME_SECONDS=600 cargo test
//! --release --test lifetime_fuzz -- --nocapture` runs fresh seeds for that long.
//! Alone in its own test binary, so that no other test's instances are counted.

use onepass::diagnostics::live_instances;
use onepass::{Error, Function, Global, Module, ModuleConfig, Runtime, RuntimeConfig, TrapCode, Val};
use std::collections::HashSet;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Seeds `cargo test` runs.
const SEEDS: u64 = 200;
/// Threads racing in the concurrent phase.
const THREADS: usize = 3;
/// Most references the host holds at once.
const MAX_HOST_REFS: usize = 16;
/// Most global handles the host holds at once.
const MAX_HOST_GLOBALS: usize = 4;

/// SplitMix64: small, seedable, good enough to pick operations.
#[derive(Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// How references may leave a module in a case (each way but the first pins some modules,
/// which would hide a missing pin of another way).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flavor {
    /// Only as call arguments between modules.
    Calls,
    /// Also stored by `table.set` and `global.set` into imported tables and globals.
    JitWrites,
    /// Also through element segments and the runtime's table operations into imported
    /// tables, and handed over by the host.
    All,
}

/// What one generated module offers, by export name.
#[derive(Clone, Debug, Default)]
struct Spec {
    /// Tables it can use (imported ones first), by the name in its exports.
    tables: Vec<String>,
    /// Mutable funcref globals it can set and get.
    mut_globals: Vec<String>,
    /// Immutable funcref globals it can get.
    imm_globals: Vec<String>,
    /// Functions it can make references to (`ref_<name>`).
    funcs: Vec<String>,
    /// Modules whose `take` it imports (`give_<j>` passes a reference to them).
    gives: Vec<usize>,
}

/// The value function `k` of module `m` returns.
fn id(m: usize, k: usize) -> i32 {
    1000 + 16 * m as i32 + k as i32
}

/// Module `m`'s text, importing from earlier modules as `rng` picks.
fn generate(rng: &mut Rng, m: usize, flavor: Flavor) -> (String, Spec) {
    let escapes = flavor != Flavor::Calls;
    let own_funcs = 1 + rng.below(3);
    let mut spec = Spec::default();
    let mut imports = String::new();
    let mut imported_funcs = Vec::new();
    // The host module's table and global (defined in Rust).
    if rng.chance(30) {
        imports += "(import \"host\" \"t\" (table $ht 4 funcref))\n";
        spec.tables.push("ht".into());
    }
    if rng.chance(30) {
        imports += "(import \"host\" \"g\" (global $hg (mut funcref)))\n";
        spec.mut_globals.push("hg".into());
    }
    for j in 0..m {
        if rng.chance(50) {
            imports += &format!("(import \"m{j}\" \"t\" (table $it{j} 4 funcref))\n");
            spec.tables.push(format!("it{j}"));
        }
        if rng.chance(30) {
            imports += &format!("(import \"m{j}\" \"g\" (global $ig{j} (mut funcref)))\n");
            spec.mut_globals.push(format!("ig{j}"));
        }
        if rng.chance(20) {
            imports += &format!("(import \"m{j}\" \"c\" (global $ic{j} funcref))\n");
            spec.imm_globals.push(format!("ic{j}"));
        }
        if rng.chance(25) {
            imports += &format!("(import \"m{j}\" \"f0\" (func $if{j} (type $r)))\n");
            imported_funcs.push(format!("if{j}"));
        }
        if rng.chance(50) {
            imports += &format!("(import \"m{j}\" \"take\" (func $take{j} (type $take)))\n");
            spec.gives.push(j);
        }
    }
    spec.tables.push("t".into());
    spec.mut_globals.push("g".into());
    spec.imm_globals.push("c".into());
    let own: Vec<String> = (0..own_funcs).map(|k| format!("f{k}")).collect();
    spec.funcs = own.iter().chain(&imported_funcs).cloned().collect();
    let pick = |rng: &mut Rng| spec.funcs[rng.below(spec.funcs.len())].clone();

    let mut text = String::from("(module\n(type $r (func (result i32)))\n(type $take (func (param funcref)))\n");
    text += &imports;
    text += "(table $t (export \"t\") 4 16 funcref)\n";
    let g_init = if rng.chance(50) { format!("(ref.func ${})", pick(rng)) } else { "(ref.null func)".into() };
    text += &format!("(global $g (export \"g\") (mut funcref) {g_init})\n");
    text += &format!("(global $c (export \"c\") funcref (ref.func ${}))\n", pick(rng));
    // Each function reads its instance's state (a global through the vmctx), so a call
    // into a freed instance would not just return its constant by luck.
    text += "(global $zero (mut i32) (i32.const 0))\n";
    for (k, f) in own.iter().enumerate() {
        text +=
            &format!("(func ${f} (export \"{f}\") (type $r) (i32.add (i32.const {}) (global.get $zero)))\n", id(m, k));
    }
    // Active segments into any table it uses (imported ones too), a passive one for
    // table.init, and declarations for the imported functions `ref.func` names.
    for table in &spec.tables {
        if rng.chance(60) && (flavor == Flavor::All || table == "t") {
            let items: Vec<String> = (0..1 + rng.below(3)).map(|_| format!("${}", pick(rng))).collect();
            text += &format!("(elem (table ${table}) (i32.const {}) func {})\n", rng.below(2), items.join(" "));
        }
    }
    let passive: Vec<String> = (0..3).map(|_| format!("${}", pick(rng))).collect();
    text += &format!("(elem $p func {})\n", passive.join(" "));
    if !imported_funcs.is_empty() {
        let names: Vec<String> = imported_funcs.iter().map(|f| format!("${f}")).collect();
        text += &format!("(elem declare func {})\n", names.join(" "));
    }
    text += "(func $take (export \"take\") (type $take) (table.set $t (i32.const 3) (local.get 0)) (global.set $g (local.get 0)))\n";
    for t in &spec.tables {
        // `table.set` into an imported table pins the module before it runs: only cases
        // that let references escape have such code (the runtime's own table operations,
        // fill/grow/copy/init, retain each reference as they write it).
        if escapes || t == "t" {
            text += &format!(
                "(func (export \"set_{t}\") (param i32 funcref) (table.set ${t} (local.get 0) (local.get 1)))\n\
                 (func (export \"plant_{t}\") (param i32) (table.set ${t} (local.get 0) (ref.func $take)))\n\
                 (func (export \"put_{t}\") (param i32) (table.set ${t} (local.get 0) (ref.func $f0)))\n"
            );
        }
        text += &format!(
            "(func (export \"get_{t}\") (param i32) (result funcref) (table.get ${t} (local.get 0)))\n\
             (func (export \"call_{t}\") (param i32) (result i32) (call_indirect ${t} (type $r) (local.get 0)))\n\
             (func (export \"fill_{t}\") (param i32 funcref i32) (table.fill ${t} (local.get 0) (local.get 1) (local.get 2)))\n\
             (func (export \"grow_{t}\") (param funcref i32) (result i32) (table.grow ${t} (local.get 0) (local.get 1)))\n\
             (func (export \"init_{t}\") (param i32 i32 i32) (table.init ${t} $p (local.get 0) (local.get 1) (local.get 2)))\n\
             (func (export \"size_{t}\") (result i32) (table.size ${t}))\n\
             (func (export \"pass_{t}\") (param i32 funcref) (call_indirect ${t} (type $take) (local.get 1) (local.get 0)))\n\
             (func (export \"pass_own_{t}\") (param i32) (call_indirect ${t} (type $take) (ref.func $f0) (local.get 0)))\n"
        );
        for u in &spec.tables {
            text += &format!(
                "(func (export \"copy_{t}_{u}\") (param i32 i32 i32) (table.copy ${t} ${u} (local.get 0) (local.get 1) (local.get 2)))\n"
            );
        }
    }
    for g in &spec.mut_globals {
        if escapes || g == "g" {
            text += &format!(
                "(func (export \"set_{g}\") (param funcref) (global.set ${g} (local.get 0)))\n\
                 (func (export \"put_{g}\") (global.set ${g} (ref.func $f0)))\n"
            );
        }
        text += &format!("(func (export \"get_{g}\") (result funcref) (global.get ${g}))\n");
    }
    for g in &spec.imm_globals {
        text += &format!("(func (export \"get_{g}\") (result funcref) (global.get ${g}))\n");
    }
    for f in &spec.funcs {
        text += &format!("(func (export \"ref_{f}\") (result funcref) (ref.func ${f}))\n");
    }
    for j in &spec.gives {
        text += &format!(
            "(func (export \"give_{j}\") (param funcref) (call $take{j} (local.get 0)))\n\
             (func (export \"give_own_{j}\") (call $take{j} (ref.func $f0)))\n"
        );
    }
    text += ")\n";
    (text, spec)
}

/// A reference the host holds, with the value its function returned when first called.
struct HostRef {
    func: Function,
    expected: Mutex<Option<i32>>,
}

/// Everything a case shares between its threads.
struct Case {
    rt: Runtime,
    specs: Vec<Spec>,
    modules: Mutex<Vec<Option<Module>>>,
    refs: Mutex<Vec<Arc<HostRef>>>,
    globals: Mutex<Vec<Global>>,
    /// Every value a function of this case returns.
    ids: HashSet<i32>,
    checked: bool,
    flavor: Flavor,
}

/// What a case did.
#[derive(Default)]
struct Counts {
    calls_ok: AtomicU64,
    refs_called: AtomicU64,
    closes_raced: AtomicU64,
    clean_errors: AtomicU64,
    /// Instances pinned by their store (a reference stored outside its module).
    pinned: AtomicU64,
}

impl Case {
    /// Check a call's outcome: a value from a function of this case (the expected one if
    /// known), or a clean error.
    fn check_value(
        &self,
        what: &str,
        result: Result<Vec<Val>, Error>,
        expected: Option<&Mutex<Option<i32>>>,
        counts: &Counts,
    ) {
        match result {
            Ok(values) => {
                let [Val::I32(v)] = values[..] else { panic!("{what}: unexpected results {values:?}") };
                assert!(self.ids.contains(&v), "{what}: returned {v}, which no function of this case returns");
                if let Some(expected) = expected {
                    let mut expected = expected.lock().unwrap();
                    match *expected {
                        Some(e) => assert_eq!(v, e, "{what}: the same reference returned another value"),
                        None => *expected = Some(v),
                    }
                }
                counts.calls_ok.fetch_add(1, Ordering::Relaxed);
            }
            Err(e) => self.check_error(what, e, counts),
        }
    }

    fn check_error(&self, what: &str, e: Error, counts: &Counts) {
        if std::env::var_os("ONEPASS_LIFETIME_VERBOSE").is_some() {
            eprintln!("{what}: {e}");
        }
        match &e {
            Error::Exit(_) => {}
            Error::Trap(trap)
                if matches!(
                    trap.code,
                    TrapCode::TableOutOfBounds
                        | TrapCode::UninitializedElement
                        | TrapCode::UndefinedElement
                        | TrapCode::IndirectCallTypeMismatch
                ) => {}
            _ => panic!("{what}: unexpected error {e:?}"),
        }
        counts.clean_errors.fetch_add(1, Ordering::Relaxed);
    }

    /// A random live module (cloned out of the lock) and its index.
    fn some_module(&self, rng: &mut Rng) -> Option<(usize, Module)> {
        let modules = self.modules.lock().unwrap();
        let live: Vec<usize> = (0..modules.len()).filter(|&i| modules[i].is_some()).collect();
        let i = *live.get(rng.below(live.len()))?;
        Some((i, modules[i].clone()?))
    }

    fn some_ref(&self, rng: &mut Rng) -> Option<Arc<HostRef>> {
        let refs = self.refs.lock().unwrap();
        refs.get(rng.below(refs.len())).cloned()
    }

    /// A reference for an argument: a held one, or null. (Unless the case says so, the
    /// host hands no references to modules, which would pin them: references then move
    /// only between modules.)
    fn some_arg(&self, rng: &mut Rng) -> Val {
        if self.flavor != Flavor::All {
            return Val::FuncRef(None);
        }
        match self.some_ref(rng) {
            Some(r) if rng.chance(85) => Val::FuncRef(Some(r.func.clone())),
            _ => Val::FuncRef(None),
        }
    }

    fn keep(&self, result: Result<Vec<Val>, Error>, what: &str, counts: &Counts) {
        match result {
            Ok(values) => {
                // (`take` functions read back from tables are only called from wasm.)
                if let [Val::FuncRef(Some(f))] = &values[..] {
                    if !f.ty().params().is_empty() {
                        return;
                    }
                    let mut refs = self.refs.lock().unwrap();
                    // A bounded pool: the oldest references are let go.
                    if refs.len() >= MAX_HOST_REFS {
                        refs.remove(0);
                    }
                    refs.push(Arc::new(HostRef { func: f.clone(), expected: Mutex::new(None) }));
                }
            }
            Err(e) => self.check_error(what, e, counts),
        }
    }

    /// One random operation. `racing` is set in the concurrent phase.
    fn step(&self, rng: &mut Rng, counts: &Counts, racing: bool) {
        let Some((m, module)) = self.some_module(rng) else { return };
        let spec = &self.specs[m];
        let call = |name: &str, args: &[Val]| match module.exported_function(name) {
            Some(f) => f.call(args),
            None => panic!("m{m} has no export {name}"),
        };
        // Writes go to the module's own table and global unless the case lets them escape
        // (by JIT stores, or also by the runtime's table operations).
        let table = spec.tables[rng.below(spec.tables.len())].clone();
        let own = "t".to_string();
        let written = if self.flavor != Flavor::Calls { table.clone() } else { own.clone() };
        let bulk_written = if self.flavor == Flavor::All { table.clone() } else { own };
        let written_global = match self.flavor {
            Flavor::Calls => "g".to_string(),
            _ => spec.mut_globals[rng.below(spec.mut_globals.len())].clone(),
        };
        let slot = Val::I32(rng.below(6) as i32);
        // Weights out of 100: closes and drops are rare enough that most of a case runs
        // with several modules alive.
        match rng.below(100) {
            0..=9 => {
                let f = &spec.funcs[rng.below(spec.funcs.len())];
                self.keep(call(&format!("ref_{f}"), &[]), "ref.func", counts);
            }
            10..=16 => self.keep(call(&format!("get_{table}"), &[slot]), "table.get", counts),
            17..=21 => {
                let g = if rng.chance(50) {
                    &spec.mut_globals[rng.below(spec.mut_globals.len())]
                } else {
                    &spec.imm_globals[rng.below(spec.imm_globals.len())]
                };
                self.keep(call(&format!("get_{g}"), &[]), "global.get", counts);
            }
            22..=27 => {
                // The module's own function, by `table.set` or `global.set`.
                let result = match rng.chance(70) {
                    true => call(&format!("put_{written}"), &[slot]),
                    false => call(&format!("put_{written_global}"), &[]),
                };
                if let Err(e) = result {
                    self.check_error("put", e, counts);
                }
            }
            28..=33 => {
                let arg = self.some_arg(rng);
                if let Err(e) = call(&format!("set_{written}"), &[slot, arg]) {
                    self.check_error("table.set", e, counts);
                }
            }
            34..=38 => {
                let (arg, len) = (self.some_arg(rng), Val::I32(rng.below(3) as i32));
                if let Err(e) = call(&format!("fill_{bulk_written}"), &[slot, arg, len]) {
                    self.check_error("table.fill", e, counts);
                }
            }
            39..=44 => {
                let other = &spec.tables[rng.below(spec.tables.len())];
                let args = [slot, Val::I32(rng.below(4) as i32), Val::I32(rng.below(3) as i32)];
                if let Err(e) = call(&format!("copy_{bulk_written}_{other}"), &args) {
                    self.check_error("table.copy", e, counts);
                }
            }
            45..=47 => {
                let size = call(&format!("size_{bulk_written}"), &[]);
                let small = matches!(size.as_deref(), Ok([Val::I32(n)]) if *n < 12);
                if small {
                    if let Err(e) = call(&format!("grow_{bulk_written}"), &[self.some_arg(rng), Val::I32(1)]) {
                        self.check_error("table.grow", e, counts);
                    }
                }
            }
            48..=51 => {
                let args = [slot, Val::I32(rng.below(3) as i32), Val::I32(rng.below(2) as i32)];
                if let Err(e) = call(&format!("init_{bulk_written}"), &args) {
                    self.check_error("table.init", e, counts);
                }
            }
            52..=58 => {
                if let Err(e) = call(&format!("set_{written_global}"), &[self.some_arg(rng)]) {
                    self.check_error("global.set", e, counts);
                }
            }
            59..=61 => {
                // A reference from the host, or the module's own function, to another module.
                if let Some(&j) = spec.gives.get(rng.below(spec.gives.len())) {
                    let result = match rng.chance(50) {
                        true => call(&format!("give_{j}"), &[self.some_arg(rng)]),
                        false => call(&format!("give_own_{j}"), &[]),
                    };
                    if let Err(e) = result {
                        self.check_error("give", e, counts);
                    }
                }
            }
            62 => {
                // A `take` function in a table: `pass` calls it with a reference, from
                // whichever module shares the table.
                if let Err(e) = call(&format!("plant_{written}"), &[slot]) {
                    self.check_error("plant", e, counts);
                }
            }
            63..=65 => {
                let result = match rng.chance(50) {
                    true => call(&format!("pass_{table}"), &[slot, self.some_arg(rng)]),
                    false => call(&format!("pass_own_{table}"), &[slot]),
                };
                if let Err(e) = result {
                    self.check_error("pass", e, counts);
                }
            }
            66..=77 => self.check_value("call_indirect", call(&format!("call_{table}"), &[slot]), None, counts),
            78..=89 => {
                if let Some(r) = self.some_ref(rng) {
                    self.check_value("host-held reference", r.func.call(&[]), Some(&r.expected), counts);
                    counts.refs_called.fetch_add(1, Ordering::Relaxed);
                }
            }
            90..=92 => {
                // The host's own handle on a global: set, keep, read later.
                if let Some(g) = module.exported_global("g") {
                    let value = self.some_arg(rng);
                    g.set(value).expect("a reference of the same runtime");
                    let mut globals = self.globals.lock().unwrap();
                    if globals.len() >= MAX_HOST_GLOBALS {
                        globals.remove(0);
                    }
                    globals.push(g);
                }
            }
            93 if racing || rng.chance(10) => {
                module.close_with_exit_code(rng.below(4) as u32 + 1).unwrap();
                if racing {
                    counts.closes_raced.fetch_add(1, Ordering::Relaxed);
                }
            }
            94..=96 if racing || rng.chance(10) => {
                // Drop the case's handle (others, in flight on other threads, may remain),
                // while another module is still held.
                let mut modules = self.modules.lock().unwrap();
                if modules.iter().filter(|m| m.is_some()).count() > 1 {
                    modules[m] = None;
                }
            }
            _ => {
                let mut refs = self.refs.lock().unwrap();
                if !refs.is_empty() {
                    let i = rng.below(refs.len());
                    refs.swap_remove(i);
                }
            }
        }
    }

    /// Call every reference that survives: held references, every table slot of every
    /// module still held, and the references in held global handles.
    fn call_survivors(&self, counts: &Counts) {
        let refs: Vec<Arc<HostRef>> = self.refs.lock().unwrap().clone();
        for r in refs {
            self.check_value("surviving reference", r.func.call(&[]), Some(&r.expected), counts);
            counts.refs_called.fetch_add(1, Ordering::Relaxed);
        }
        // Every module still held, or still open under its name.
        let modules: Vec<(usize, Module)> = self
            .modules
            .lock()
            .unwrap()
            .iter()
            .enumerate()
            .filter_map(|(i, m)| Some((i, m.clone().or_else(|| self.rt.module(&format!("m{i}")))?)))
            .collect();
        for (m, module) in modules {
            for table in &self.specs[m].tables {
                for slot in 0..16 {
                    let result = module.exported_function(&format!("call_{table}")).unwrap().call(&[Val::I32(slot)]);
                    self.check_value("surviving table slot", result, None, counts);
                    counts.refs_called.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        let globals: Vec<Global> = self.globals.lock().unwrap().clone();
        for g in globals {
            if let Val::FuncRef(Some(f)) = g.get().clone() {
                if !f.ty().params().is_empty() {
                    continue;
                }
                self.check_value("reference in a held global", f.call(&[]), None, counts);
                counts.refs_called.fetch_add(1, Ordering::Relaxed);
            }
        }
    }
}

/// One case: build a graph, run random operations alone and then on several threads,
/// call the survivors, drop everything.
fn run_case(seed: u64, counts: &Arc<Counts>) {
    let mut rng = Rng(seed);
    let checked = rng.chance(50);
    let lazy = rng.chance(30);
    let flavor = match rng.below(3) {
        0 => Flavor::Calls,
        1 => Flavor::JitWrites,
        _ => Flavor::All,
    };
    let rt = Runtime::with_config(RuntimeConfig::new().with_close_on_context_done(checked).with_lazy_compilation(lazy));
    rt.new_host_module_builder("host")
        .table("t", 4, Some(16))
        .global("g", Val::FuncRef(None), true)
        .instantiate()
        .expect("host module");
    let count = 2 + rng.below(5);
    let mut specs = Vec::new();
    let mut modules = Vec::new();
    let mut ids = HashSet::new();
    for m in 0..count {
        let (text, spec) = generate(&mut rng, m, flavor);
        let wasm = wat::parse_str(&text).unwrap_or_else(|e| panic!("seed {seed} m{m}: {e}\n{text}"));
        let config = ModuleConfig::new().with_name(format!("m{m}"));
        match rt.instantiate_with_config(&wasm, config) {
            Ok(module) => modules.push(Some(module)),
            // An active segment past the end of an imported table traps, as it must;
            // later modules then cannot import from this one.
            Err(Error::Trap(t)) if t.code == TrapCode::TableOutOfBounds => modules.push(None),
            Err(e) => panic!("seed {seed} m{m}: {e}\n{text}"),
        }
        ids.extend((0..16).map(|k| id(m, k)));
        specs.push(spec);
        if modules.last().is_some_and(Option::is_none) {
            break;
        }
    }
    let case = Arc::new(Case {
        rt,
        specs,
        modules: Mutex::new(modules),
        refs: Mutex::new(Vec::new()),
        globals: Mutex::new(Vec::new()),
        ids,
        checked,
        flavor,
    });
    for _ in 0..300 {
        case.step(&mut rng, counts, false);
    }
    let stop = Arc::new(AtomicBool::new(false));
    let threads: Vec<_> = (0..THREADS)
        .map(|t| {
            let (case, counts, stop) = (case.clone(), counts.clone(), stop.clone());
            let mut rng = Rng(seed ^ (0x5151 * (t as u64 + 1)));
            std::thread::spawn(move || {
                for _ in 0..250 {
                    if stop.load(Ordering::Relaxed) {
                        break;
                    }
                    case.step(&mut rng, &counts, true);
                }
            })
        })
        .collect();
    for t in threads {
        if let Err(panic) = t.join() {
            stop.store(true, Ordering::Relaxed);
            std::panic::resume_unwind(panic);
        }
    }
    // Let go of about half of what the host holds, so that what survives is often kept
    // alive only by references stored in other modules.
    {
        let mut modules = case.modules.lock().unwrap();
        let held: Vec<usize> = (0..modules.len()).filter(|&i| modules[i].is_some()).collect();
        let keep = held.get(rng.below(held.len())).copied().unwrap_or(usize::MAX);
        for i in 0..modules.len() {
            if i != keep && rng.chance(70) {
                // Closing frees the module's name, by which the runtime otherwise holds it
                // (a module whose handle was dropped earlier is found by its name).
                let handle = modules[i].take().or_else(|| case.rt.module(&format!("m{i}")));
                if let Some(m) = handle {
                    m.close().unwrap();
                }
            }
        }
        case.refs.lock().unwrap().retain(|_| rng.chance(30));
        case.globals.lock().unwrap().retain(|_| rng.chance(30));
    }
    if std::env::var_os("ONEPASS_LIFETIME_VERBOSE").is_some() {
        let held = case.modules.lock().unwrap().iter().filter(|m| m.is_some()).count();
        eprintln!("seed {seed}: {} instances alive, {held} held, before calling survivors", live_instances());
    }
    case.call_survivors(counts);
    let _ = case.checked;
    counts.pinned.fetch_add(onepass::diagnostics::pinned_instances(&case.rt) as u64, Ordering::Relaxed);
    if rng.chance(50) {
        case.rt.close().unwrap();
    }
    drop(case);
}

#[test]
fn references_survive_any_order_of_close_and_drop() {
    let before = live_instances();
    let counts = Arc::new(Counts::default());
    let seconds: u64 = std::env::var("ONEPASS_LIFETIME_SECONDS").ok().and_then(|s| s.parse().ok()).unwrap_or(0);
    let started = Instant::now();
    let first = std::env::var("ONEPASS_LIFETIME_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(1);
    let mut cases = 0u64;
    loop {
        let seed = first + cases;
        run_case(seed, &counts);
        cases += 1;
        assert_eq!(
            live_instances(),
            before,
            "seed {seed}: instances leaked once the runtime and its handles were dropped"
        );
        let more_time = started.elapsed() < Duration::from_secs(seconds);
        if cases >= SEEDS && !more_time {
            break;
        }
    }
    let load = |c: &AtomicU64| c.load(Ordering::Relaxed);
    let (ok, called, raced, errors, pinned) = (
        load(&counts.calls_ok),
        load(&counts.refs_called),
        load(&counts.closes_raced),
        load(&counts.clean_errors),
        load(&counts.pinned),
    );
    println!(
        "{cases} graphs, {ok} calls answered, {called} references called, {raced} closes raced, \
         {errors} clean errors, {pinned} instances pinned"
    );
    assert!(cases >= SEEDS);
    assert!(called >= 60 * cases, "references called: {called}");
    assert!(ok >= 60 * cases, "calls answered: {ok}");
    assert!(raced >= cases, "closes raced: {raced}");
    assert!(pinned >= cases / 2, "instances pinned: {pinned}");
}
