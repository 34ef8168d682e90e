//! The compilation cache (wazero's `CompilationCache`): compiled modules kept in memory
//! for every runtime given the same cache, and optionally in a directory, so that a
//! process that starts again loads its modules instead of compiling them.
//!
//! An entry's key is a BLAKE3 hash of the module's bytes together with everything that
//! decides the compiled code: this build of onepass (`src/build.rs`), the ISA, the CPU
//! extensions the code may use, the Wasm features, and the compile settings of
//! [`RuntimeConfig`] (lazy compilation, interrupt checks, names, custom sections). Runtimes
//! whose settings differ therefore never share an entry. In memory, a module compiles once
//! however many threads ask for it at once: the first compiles, the others wait for its
//! result. On disk, an entry is one file named by its key, holding the artifact of
//! [`crate::CompiledModule::serialize`] with the key in its header; it is written to a
//! temporary file and renamed into place, so a reader sees a whole entry or none, and two
//! processes racing to write the same entry each write a good one. An entry that is
//! truncated, corrupted, from another build or ISA, or under the wrong name fails its
//! checks (`engine::artifact`), is counted in [`CacheStats::rejected`], and is compiled
//! and written again: it is never run.
//!
//! **Trust.** A cache directory holds native code that onepass runs. It must be writable
//! only by whoever is trusted to run code as this process (as for an executable on the
//! `PATH`): the checksums catch corruption, not an attacker who writes entries.

use crate::engine::artifact;
use crate::engine::module::{compile, publish, CompileOptions, CompiledModuleInner};
use crate::Error;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// A compilation cache, shared by cloning and by giving it to several runtimes
/// ([`crate::RuntimeConfig::with_compilation_cache`]). It keeps every module compiled
/// through it until the last clone (and the last runtime configured with it) is dropped.
#[derive(Clone)]
pub struct CompilationCache {
    inner: Arc<CacheInner>,
}

/// One key's entry in memory: filled by the first compile that finishes; the lock is
/// held while compiling, so concurrent requests for the key wait for that one.
type Slot = Arc<Mutex<Option<Arc<CompiledModuleInner>>>>;

struct CacheInner {
    /// The directory entries are kept in, if any.
    dir: Option<PathBuf>,
    entries: Mutex<HashMap<[u8; 32], Slot>>,
    compiled: AtomicU64,
    memory_hits: AtomicU64,
    disk_hits: AtomicU64,
    rejected: AtomicU64,
    write_errors: AtomicU64,
}

/// What a cache has done so far (for monitoring and tests).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Modules compiled because no usable entry existed.
    pub compiled: u64,
    /// Requests answered from memory.
    pub memory_hits: u64,
    /// Modules loaded from the directory.
    pub disk_hits: u64,
    /// Entries in the directory that failed their checks (and were compiled again).
    pub rejected: u64,
    /// Entries that could not be written to the directory (the module was still compiled).
    pub write_errors: u64,
}

impl std::fmt::Debug for CompilationCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CompilationCache").field("dir", &self.inner.dir).field("stats", &self.stats()).finish()
    }
}

impl Default for CompilationCache {
    fn default() -> Self {
        CompilationCache::new()
    }
}

impl CompilationCache {
    /// A cache in memory only.
    pub fn new() -> CompilationCache {
        CompilationCache::with_optional_dir(None)
    }

    /// A cache in memory and in directory `dir` (created if missing; see the module
    /// documentation for who may write to it).
    pub fn with_dir(dir: impl AsRef<Path>) -> Result<CompilationCache, Error> {
        let dir = dir.as_ref();
        std::fs::create_dir_all(dir)
            .map_err(|e| Error::Instantiate(format!("cannot create cache directory {}: {e}", dir.display())))?;
        Ok(CompilationCache::with_optional_dir(Some(dir.to_path_buf())))
    }

    fn with_optional_dir(dir: Option<PathBuf>) -> CompilationCache {
        CompilationCache {
            inner: Arc::new(CacheInner {
                dir,
                entries: Mutex::new(HashMap::new()),
                compiled: AtomicU64::new(0),
                memory_hits: AtomicU64::new(0),
                disk_hits: AtomicU64::new(0),
                rejected: AtomicU64::new(0),
                write_errors: AtomicU64::new(0),
            }),
        }
    }

    /// The directory, if the cache has one.
    pub fn dir(&self) -> Option<&Path> {
        self.inner.dir.as_deref()
    }

    /// What the cache has done so far.
    pub fn stats(&self) -> CacheStats {
        let inner = &self.inner;
        let read = |counter: &AtomicU64| counter.load(Ordering::Relaxed);
        CacheStats {
            compiled: read(&inner.compiled),
            memory_hits: read(&inner.memory_hits),
            disk_hits: read(&inner.disk_hits),
            rejected: read(&inner.rejected),
            write_errors: read(&inner.write_errors),
        }
    }

    /// The compiled module of `bytes` under `options`: from memory, else from the
    /// directory, else compiled (and then kept in both).
    pub(crate) fn get_or_compile(
        &self,
        bytes: &[u8],
        options: CompileOptions,
    ) -> Result<Arc<CompiledModuleInner>, Error> {
        let inner = &self.inner;
        let key = cache_key(bytes, &options);
        let slot = lock(&inner.entries).entry(key).or_default().clone();
        let mut entry = lock(&slot);
        if let Some(module) = entry.as_ref() {
            inner.memory_hits.fetch_add(1, Ordering::Relaxed);
            return Ok(module.clone());
        }
        let path = inner.dir.as_ref().map(|dir| dir.join(blake3::Hash::from_bytes(key).to_hex().as_str()));
        if let Some(module) = path.as_deref().and_then(|path| self.load(path, key, options)) {
            inner.disk_hits.fetch_add(1, Ordering::Relaxed);
            *entry = Some(module.clone());
            return Ok(module);
        }
        let module = match compile(bytes, options) {
            Ok(module) => publish(module),
            Err(e) => {
                drop(entry);
                let mut entries = lock(&inner.entries);
                if entries.get(&key).is_some_and(|s| Arc::ptr_eq(s, &slot)) {
                    entries.remove(&key);
                }
                return Err(e);
            }
        };
        inner.compiled.fetch_add(1, Ordering::Relaxed);
        if let Some(path) = &path {
            if artifact::write_atomically(path, &artifact::encode(&module, key)).is_err() {
                inner.write_errors.fetch_add(1, Ordering::Relaxed);
            }
        }
        *entry = Some(module.clone());
        Ok(module)
    }

    /// The entry at `path` if it is there and passes every check (counted as rejected if
    /// it is there and does not).
    fn load(&self, path: &Path, key: [u8; 32], options: CompileOptions) -> Option<Arc<CompiledModuleInner>> {
        if !path.exists() {
            return None;
        }
        match artifact::decode_file(path, options, Some(key)) {
            Ok(module) => Some(publish(module)),
            Err(_) => {
                self.inner.rejected.fetch_add(1, Ordering::Relaxed);
                None
            }
        }
    }
}

/// The cache key of `bytes` compiled with `options` (see the module documentation).
fn cache_key(bytes: &[u8], options: &CompileOptions) -> [u8; 32] {
    let mut hasher = blake3::Hasher::new();
    hasher.update(b"onepass compilation cache\0");
    hasher.update(&artifact::build_id());
    hasher.update(std::env::consts::ARCH.as_bytes());
    hasher.update(&options.cpu.bits().to_le_bytes());
    hasher.update(&options.features.bits().to_le_bytes());
    let settings = [options.lazy, options.interruptible, options.keep_custom_sections, options.keep_names];
    hasher.update(&settings.map(u8::from));
    hasher.update(&(bytes.len() as u64).to_le_bytes());
    // The halves of the bytes are hashed on two threads (for large modules) and the key
    // hashes the two hashes: BLAKE3 of a fixed layout of BLAKE3s is as collision-resistant.
    let (head, tail) = bytes.split_at(bytes.len() / 2);
    let (head, tail) = artifact::both(|| blake3::hash(head), || blake3::hash(tail), bytes.len());
    hasher.update(head.as_bytes());
    hasher.update(tail.as_bytes());
    *hasher.finalize().as_bytes()
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}
