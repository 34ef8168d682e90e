//! Instantiate a module N times and report the time per instantiation (close and drop
//! included): `cargo run --release --example instantiate_file -- FILE [N]`. Every
//! function import is a stub that fails if called, and no start function runs, so any
//! module instantiates; for profiling instantiation (the comparison with other runtimes is
//! `benches/compare`'s `instantiate` suite).

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args.first().expect("usage: instantiate_file FILE [N]");
    let n: u32 = args.get(1).map_or(100, |s| s.parse().expect("N is a number"));
    let bytes = std::fs::read(path).expect("readable file");
    let runtime = onepass::Runtime::new();
    let compiled = runtime.compile_module(&bytes).expect("compiles");
    let mut hosts: std::collections::BTreeMap<&str, Vec<(&str, onepass::FuncType)>> = Default::default();
    for (module, item, ty) in compiled.imported_functions() {
        hosts.entry(module).or_default().push((item, ty));
    }
    for (module, funcs) in hosts {
        let mut builder = runtime.new_host_module_builder(module);
        for (item, ty) in funcs {
            builder = builder.func(item, ty, |_, _| Err(onepass::Error::Host("a stub".into())));
        }
        builder.instantiate().expect("stubs instantiate");
    }
    let none: [&str; 0] = [];
    let config = onepass::ModuleConfig::new().with_name("").with_start_functions(none);
    let start = std::time::Instant::now();
    for _ in 0..n {
        runtime.instantiate_module(&compiled, config.clone()).expect("instantiates").close().expect("closes");
    }
    let per = start.elapsed().as_secs_f64() / f64::from(n);
    println!("{path}: {:.1} us per instantiation", per * 1e6);
}
