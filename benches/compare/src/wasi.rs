//! The few WASI preview1 calls the benchmark programs make (coremark, polybench, and the
//! wasure libsodium, ostrich and mibench programs that need no files), written once over a
//! memory-access trait so every runtime runs them with identical host code. There are no
//! preopened directories and standard input is empty; `random_get` is a fixed sequence.

use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Module name of the WASI imports.
pub const MODULE: &str = "wasi_snapshot_preview1";

/// Value types of a stub's signature.
#[derive(Clone, Copy)]
pub enum Ty {
    I32,
    I64,
}

/// The stubs: name, parameter types, whether there is an i32 (errno) result.
pub const STUBS: &[(&str, &[Ty], bool)] = &[
    ("args_get", &[Ty::I32, Ty::I32], true),
    ("args_sizes_get", &[Ty::I32, Ty::I32], true),
    ("environ_get", &[Ty::I32, Ty::I32], true),
    ("environ_sizes_get", &[Ty::I32, Ty::I32], true),
    ("clock_time_get", &[Ty::I32, Ty::I64, Ty::I32], true),
    ("fd_close", &[Ty::I32], true),
    ("fd_fdstat_get", &[Ty::I32, Ty::I32], true),
    ("fd_seek", &[Ty::I32, Ty::I64, Ty::I32, Ty::I32], true),
    ("fd_write", &[Ty::I32, Ty::I32, Ty::I32, Ty::I32], true),
    ("fd_read", &[Ty::I32, Ty::I32, Ty::I32, Ty::I32], true),
    ("fd_fdstat_set_flags", &[Ty::I32, Ty::I32], true),
    ("fd_prestat_get", &[Ty::I32, Ty::I32], true),
    ("fd_prestat_dir_name", &[Ty::I32, Ty::I32, Ty::I32], true),
    ("path_open", &[Ty::I32, Ty::I32, Ty::I32, Ty::I32, Ty::I32, Ty::I64, Ty::I64, Ty::I32, Ty::I32], true),
    ("poll_oneoff", &[Ty::I32, Ty::I32, Ty::I32, Ty::I32], true),
    ("random_get", &[Ty::I32, Ty::I32], true),
    ("proc_exit", &[Ty::I32], false),
];

/// Guest memory as the stubs need it.
pub trait Mem {
    fn read(&mut self, addr: u32, out: &mut [u8]);
    fn write(&mut self, addr: u32, data: &[u8]);
}

/// A byte slice is memory (wasmtime, wasmi).
impl Mem for &mut [u8] {
    fn read(&mut self, addr: u32, out: &mut [u8]) {
        out.copy_from_slice(&self[addr as usize..addr as usize + out.len()]);
    }
    fn write(&mut self, addr: u32, data: &[u8]) {
        self[addr as usize..addr as usize + data.len()].copy_from_slice(data);
    }
}

/// What a stub did.
pub enum Outcome {
    /// Return this errno.
    Errno(i32),
    /// The guest exits with this code.
    Exit(i32),
}

/// Per-instance state: the program's arguments (its name first), captured output, the
/// clock's origin and the random sequence's state.
pub struct State {
    pub args: Vec<String>,
    pub out: Vec<u8>,
    start: Instant,
    random: u64,
}

impl Default for State {
    fn default() -> Self {
        State { args: vec!["program".into()], out: Vec::new(), start: Instant::now(), random: 0x9e37_79b9_7f4a_7c15 }
    }
}

impl State {
    /// A state whose program gets `args` after its name.
    pub fn with_args(args: &[&str]) -> State {
        let mut state = State::default();
        state.args.extend(args.iter().map(|a| a.to_string()));
        state
    }
}

fn u32_at(mem: &mut dyn Mem, addr: u32) -> u32 {
    let mut b = [0u8; 4];
    mem.read(addr, &mut b);
    u32::from_le_bytes(b)
}

/// Run stub `name` on `args` (each widened to i64).
pub fn call(name: &str, args: &[i64], mem: &mut dyn Mem, state: &mut State) -> Outcome {
    let a = |i: usize| args[i] as u32;
    match name {
        "args_sizes_get" => {
            let bytes: usize = state.args.iter().map(|a| a.len() + 1).sum();
            mem.write(a(0), &(state.args.len() as u32).to_le_bytes());
            mem.write(a(1), &(bytes as u32).to_le_bytes());
            Outcome::Errno(0)
        }
        "args_get" => {
            let (mut argv, mut buf) = (a(0), a(1));
            for arg in &state.args {
                mem.write(argv, &buf.to_le_bytes());
                mem.write(buf, arg.as_bytes());
                mem.write(buf + arg.len() as u32, &[0]);
                argv += 4;
                buf += arg.len() as u32 + 1;
            }
            Outcome::Errno(0)
        }
        "environ_sizes_get" => {
            mem.write(a(0), &0u32.to_le_bytes());
            mem.write(a(1), &0u32.to_le_bytes());
            Outcome::Errno(0)
        }
        "environ_get" | "fd_close" | "fd_fdstat_set_flags" => Outcome::Errno(0),
        "random_get" => {
            let mut bytes = vec![0u8; a(1) as usize];
            for b in &mut bytes {
                state.random ^= state.random << 13;
                state.random ^= state.random >> 7;
                state.random ^= state.random << 17;
                *b = state.random as u8;
            }
            mem.write(a(0), &bytes);
            Outcome::Errno(0)
        }
        // Standard input is empty.
        "fd_read" if a(0) == 0 => {
            mem.write(a(3), &0u32.to_le_bytes());
            Outcome::Errno(0)
        }
        "fd_read" | "fd_prestat_get" | "fd_prestat_dir_name" => Outcome::Errno(8), // EBADF
        "path_open" => Outcome::Errno(76),                                         // ENOTCAPABLE
        "clock_time_get" => {
            let nanos = state.start.elapsed().as_nanos() as u64 + 1_000_000_000;
            mem.write(a(2), &nanos.to_le_bytes());
            Outcome::Errno(0)
        }
        "fd_fdstat_get" if a(0) <= 2 => {
            let mut stat = [0u8; 24];
            stat[0] = 2; // character device
            mem.write(a(1), &stat);
            Outcome::Errno(0)
        }
        "fd_fdstat_get" => Outcome::Errno(8), // EBADF
        "fd_seek" => Outcome::Errno(70),      // ESPIPE
        "fd_write" => {
            let mut total = 0u32;
            for i in 0..a(2) {
                let base = u32_at(mem, a(1) + 8 * i);
                let len = u32_at(mem, a(1) + 8 * i + 4);
                let mut buf = vec![0u8; len as usize];
                mem.read(base, &mut buf);
                state.out.extend_from_slice(&buf);
                total += len;
            }
            mem.write(a(3), &total.to_le_bytes());
            Outcome::Errno(0)
        }
        "proc_exit" => Outcome::Exit(a(0) as i32),
        _ => Outcome::Errno(52), // ENOSYS
    }
}

/// Define the stubs as the onepass host module `wasi_snapshot_preview1`, writing to `state`.
pub fn define_onepass(rt: &onepass::Runtime, state: Arc<Mutex<State>>) -> Result<(), onepass::Error> {
    let mut builder = rt.new_host_module_builder(MODULE);
    for &(name, params, has_result) in STUBS {
        let to = |t: &Ty| match t {
            Ty::I32 => onepass::ValType::I32,
            Ty::I64 => onepass::ValType::I64,
        };
        let ty = onepass::FuncType::new(params.iter().map(to), has_result.then_some(onepass::ValType::I32));
        let state = state.clone();
        builder = builder.func(name, ty, move |caller, args| {
            struct M(onepass::Memory);
            impl Mem for M {
                fn read(&mut self, addr: u32, out: &mut [u8]) {
                    assert!(self.0.read(addr as u64, out), "guest pointer in bounds");
                }
                fn write(&mut self, addr: u32, data: &[u8]) {
                    assert!(self.0.write(addr as u64, data), "guest pointer in bounds");
                }
            }
            let mut mem = M(caller.memory().expect("the caller exports a memory"));
            let args: Vec<i64> = args
                .iter()
                .map(|v| match v {
                    onepass::Val::I32(x) => *x as i64,
                    onepass::Val::I64(x) => *x,
                    _ => 0,
                })
                .collect();
            match call(name, &args, &mut mem, &mut state.lock().unwrap()) {
                Outcome::Errno(e) => Ok(if has_result { vec![onepass::Val::I32(e)] } else { vec![] }),
                Outcome::Exit(code) => Err(onepass::Error::Exit(code as u32)),
            }
        });
    }
    builder.instantiate().map(|_| ())
}
