//! Build script: derives the build id that compiled artifacts and cache entries carry
//! (`engine::artifact`), from every source file that shapes the machine code onepass
//! emits and the layout that code assumes. An artifact from any other build (another
//! version, or the same version with any change to `src/` or `arch/`) is then refused
//! rather than run against a vmctx layout it was not compiled for.

use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// Every file under `dir`, recursively, sorted by path.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "arch"] {
        files_under(&root.join(dir), &mut files);
        println!("cargo:rerun-if-changed={dir}");
    }
    for file in ["Cargo.toml", "Cargo.lock"] {
        files.push(root.join(file));
        println!("cargo:rerun-if-changed={file}");
    }
    files.sort();
    // Two SipHash states with different prefixes: a 128-bit id (a fixed-key hasher, so the
    // same sources give the same id; only equality within builds of one tree matters).
    let mut ids = [DefaultHasher::new(), DefaultHasher::new()];
    ids[1].write_u8(1);
    for id in &mut ids {
        for var in ["CARGO_PKG_VERSION", "TARGET", "PROFILE"] {
            id.write(std::env::var(var).unwrap_or_default().as_bytes());
            id.write_u8(0);
        }
    }
    for file in &files {
        let contents = std::fs::read(file).unwrap_or_default();
        let name = file.strip_prefix(&root).unwrap_or(file).to_string_lossy().into_owned();
        for id in &mut ids {
            id.write(name.as_bytes());
            id.write_u8(0);
            id.write_u64(contents.len() as u64);
            id.write(&contents);
        }
    }
    println!("cargo:rustc-env=ONEPASS_BUILD_ID={:016x}{:016x}", ids[0].finish(), ids[1].finish());
}
