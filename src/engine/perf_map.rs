//! Linux perf's map of JIT code: `/tmp/perf-<pid>.map`, where `perf report` looks up the
//! names of code it finds in anonymous executable memory. One `START SIZE NAME` line (hex
//! address and size) per function, appended as each module is compiled.
//!
//! Only eagerly compiled images are listed (lazily compiled functions would need a line
//! each as they are compiled). Writing is best effort: a profiling aid never fails a
//! compile, so a map that cannot be written is skipped.

use super::module::CompiledModuleInner;
use std::io::Write;
use std::sync::Mutex;

/// Serializes appends from modules compiled on several threads.
static MAP_LOCK: Mutex<()> = Mutex::new(());

/// Append the functions of `module`'s image to this process's perf map.
pub(crate) fn add_module(module: &CompiledModuleInner) {
    let Some(code) = module.code.as_ref().filter(|_| module.lazy.is_none()) else { return };
    let base = code.as_ptr() as usize;
    let mut starts: Vec<(u32, usize)> =
        module.func_offsets.iter().enumerate().map(|(defined, &offset)| (offset, defined)).collect();
    starts.sort_unstable();
    let mut text = String::new();
    for (i, &(offset, defined)) in starts.iter().enumerate() {
        let end = starts.get(i + 1).map_or(code.len() as u32, |&(next, _)| next);
        let name = super::backtrace::function_name(module, defined);
        text.push_str(&format!("{:x} {:x} {name}\n", base + offset as usize, end - offset));
    }
    let _guard = MAP_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let path = format!("/tmp/perf-{}.map", std::process::id());
    if let Ok(mut file) = std::fs::OpenOptions::new().create(true).append(true).open(path) {
        let _ = file.write_all(text.as_bytes());
    }
}
