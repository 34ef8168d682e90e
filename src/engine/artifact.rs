//! Compiled artifacts: a compiled module as bytes that a later process can load without
//! compiling again ([`crate::CompiledModule::serialize`], the on-disk compilation cache).
//!
//! An artifact is a fixed header, then the module's sections without its function bodies
//! (each body replaced by an empty one, so the sections still parse as a module), the
//! offset of each function in the code, the exception-handler sites, and the machine code
//! as it was linked. The code is position-independent (direct calls are relative, and
//! everything else it reaches goes through the vmctx), so loading copies it into a fresh
//! mapping and makes that executable: no relocation. The other sections are parsed again
//! on load (`parse_payload`, without validation: they were validated when compiled) rather
//! than kept in a second, hand-written encoding of [`ModuleInfo`] that every new field
//! would have to join. A lazily compiled module's artifact holds the whole module instead
//! of code; loading it validates the module again (lazy compilation is validation).
//!
//! Header (little-endian):
//!
//! | bytes | field |
//! |---|---|
//! | 0..8 | magic `\0onepass` |
//! | 8..24 | XXH3-128 checksum of every byte after it |
//! | 24..28 | format version ([`FORMAT`]) |
//! | 28..32 | ISA (1 x86-64, 2 aarch64) |
//! | 32..48 | build id: a hash of this build's sources (`src/build.rs`) |
//! | 48..52 | the CPU extensions the code uses (`CpuFeatures` bits) |
//! | 52..56 | flags: interruptible, lazy, custom sections kept, stores references into imports |
//! | 56..64 | the Wasm features it was validated with (`WasmFeatures` bits) |
//! | 64..96 | key: the compilation cache's key of the entry (zero from `serialize`) |
//! | 96..104, 104..108, 108..112, 112..120 | lengths: sections, functions, handler sites, code |
//! | 120..124 | words of stack maps (`gc_roots::StackMapTable::to_words`), after the handler sites |
//! | 124..128 | zero |
//!
//! The code starts at the next multiple of [`CODE_ALIGN`] (zeros pad up to it), so that a
//! file holding an artifact can map its code straight from the page cache: loading from
//! the cache directory maps the code read-only, then read+execute, and copies nothing.
//!
//! What a checksum does not give: an artifact is native code, and whoever can write one can
//! make this process run anything. Artifacts are therefore trusted input, as an executable
//! is ([`crate::Runtime::deserialize_module`] is `unsafe`, and a cache directory must be
//! writable only by those trusted to run code as this process). The checks exist so that a
//! corrupted, truncated, stale (another build) or foreign (another ISA, CPU or
//! configuration) artifact is refused, never run.

use super::code_memory::CodeMemory;
use super::module::{compile, parse_payload, CompileOptions, CompiledModuleInner, ModuleInfo};
use super::pipeline::ImageHandler;
use crate::vm::types::module_type_ids;
use crate::Error;
use onepass_arch::CpuFeatures;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use wasmparser::{Parser, WasmFeatures};

/// The first bytes of every artifact (a Wasm binary starts with `\0asm`).
pub(crate) const MAGIC: [u8; 8] = *b"\0onepass";
/// Version of the layout described above; any change to it changes the number.
const FORMAT: u32 = 2;
/// Bytes before the sections.
const HEADER_LEN: usize = 128;
/// Where the checksum is in the header (it covers everything after it).
const CHECKSUM: std::ops::Range<usize> = 8..24;
/// Where each field after the checksum starts in the header (the table above).
mod field {
    pub(super) const FORMAT: usize = 24;
    pub(super) const ISA: usize = 28;
    pub(super) const BUILD_ID: usize = 32;
    pub(super) const CPU: usize = 48;
    pub(super) const FLAGS: usize = 52;
    pub(super) const FEATURES: usize = 56;
    pub(super) const KEY: usize = 64;
    pub(super) const SECTIONS_LEN: usize = 96;
    pub(super) const FUNCS: usize = 104;
    pub(super) const HANDLERS: usize = 108;
    pub(super) const CODE_LEN: usize = 112;
    pub(super) const STACK_MAPS: usize = 120;
}
/// Alignment of the code in an artifact: the largest page size of either ISA (aarch64
/// kernels may use 64 KiB pages).
const CODE_ALIGN: u64 = 64 << 10;

/// Flag bits of the header.
const INTERRUPTIBLE: u32 = 1;
const LAZY: u32 = 2;
const CUSTOM_SECTIONS: u32 = 4;
const STORES_REFS: u32 = 8;

/// The ISA of this build's code.
const HOST_ISA: u32 = if cfg!(target_arch = "x86_64") { 1 } else { 2 };

/// The id of this build (`src/build.rs`), as bytes.
pub(crate) fn build_id() -> [u8; 16] {
    let hex = env!("ONEPASS_BUILD_ID").as_bytes();
    let mut id = [0u8; 16];
    for (i, byte) in id.iter_mut().enumerate() {
        let digit = |c: u8| (c as char).to_digit(16).unwrap_or(0) as u8;
        *byte = digit(hex[2 * i]) << 4 | digit(hex[2 * i + 1]);
    }
    id
}

/// Name of an ISA number.
fn isa_name(isa: u32) -> &'static str {
    match isa {
        1 => "x86-64",
        2 => "aarch64",
        _ => "an unknown ISA",
    }
}

fn refused(reason: impl Into<String>) -> Error {
    Error::Artifact(reason.into())
}

/// The bytes of a compiled module: see the module documentation. `key` is the cache key
/// it is stored under (zero outside the cache).
pub(crate) fn encode(module: &CompiledModuleInner, key: [u8; 32]) -> Vec<u8> {
    let options = &module.options;
    let mut flags = 0;
    flags |= if options.interruptible { INTERRUPTIBLE } else { 0 };
    flags |= if options.keep_custom_sections { CUSTOM_SECTIONS } else { 0 };
    flags |= if module.info.stores_refs_into_imports() { STORES_REFS } else { 0 };
    let (sections, funcs, handlers, code): (&[u8], &[u32], &[ImageHandler], &[u8]) = match &module.lazy {
        Some(lazy) => {
            flags |= LAZY;
            (&lazy.bytes()[..], &[], &[], &[])
        }
        None => {
            let code = module.code.as_ref().map_or(&[][..], |c| {
                // SAFETY: the mapping is readable and holds `len` bytes of code, immutable for as
                // long as `module` (borrowed here) lives.
                unsafe { std::slice::from_raw_parts(c.as_ptr(), c.len()) }
            });
            (&module.info.module_bytes, &module.func_offsets, &module.handlers, code)
        }
    };
    let maps = match &module.lazy {
        Some(_) => Vec::new(),
        None => module.stack_maps.to_words(),
    };
    let lengths = [sections.len() as u64, funcs.len() as u64 * 4, handlers.len() as u64 * 12, maps.len() as u64 * 4];
    let code_start = code_offset(lengths.iter().sum::<u64>(), code.len() as u64);
    let mut header = [0u8; HEADER_LEN];
    let mut put = |at: usize, bytes: &[u8]| header[at..at + bytes.len()].copy_from_slice(bytes);
    put(0, &MAGIC);
    put(field::FORMAT, &FORMAT.to_le_bytes());
    put(field::ISA, &HOST_ISA.to_le_bytes());
    put(field::BUILD_ID, &build_id());
    put(field::CPU, &options.cpu.bits().to_le_bytes());
    put(field::FLAGS, &flags.to_le_bytes());
    put(field::FEATURES, &options.features.bits().to_le_bytes());
    put(field::KEY, &key);
    put(field::SECTIONS_LEN, &(sections.len() as u64).to_le_bytes());
    put(field::FUNCS, &(funcs.len() as u32).to_le_bytes());
    put(field::HANDLERS, &(handlers.len() as u32).to_le_bytes());
    put(field::CODE_LEN, &(code.len() as u64).to_le_bytes());
    put(field::STACK_MAPS, &(maps.len() as u32).to_le_bytes());
    let mut out = Vec::with_capacity(code_start as usize + code.len());
    out.extend_from_slice(&header);
    out.extend_from_slice(sections);
    for offset in funcs {
        out.extend_from_slice(&offset.to_le_bytes());
    }
    for h in handlers {
        for word in [h.ret, h.landing, h.frame_size] {
            out.extend_from_slice(&word.to_le_bytes());
        }
    }
    for word in maps {
        out.extend_from_slice(&word.to_le_bytes());
    }
    out.resize(code_start as usize, 0);
    out.extend_from_slice(code);
    let checksum = checksum(&out);
    out[CHECKSUM].copy_from_slice(&checksum);
    out
}

/// Where the code starts in an artifact whose sections, function offsets and handler
/// sites take `body` bytes: aligned, unless there is no code.
fn code_offset(body: u64, code_len: u64) -> u64 {
    let end = HEADER_LEN as u64 + body;
    match code_len {
        0 => end,
        _ => end.next_multiple_of(CODE_ALIGN),
    }
}

/// The checksum of an artifact: XXH3-128 of everything after the checksum field.
fn checksum(artifact: &[u8]) -> [u8; 16] {
    twox_hash::XxHash3_128::oneshot(&artifact[CHECKSUM.end..]).to_le_bytes()
}

/// Whether the artifact's checksum is right.
fn check_sum(artifact: &[u8]) -> Result<(), Error> {
    match artifact[CHECKSUM] == checksum(artifact) {
        true => Ok(()),
        false => Err(refused("corrupted (checksum mismatch)")),
    }
}

/// Reads fixed-size fields of a checked-long-enough slice.
struct Fields<'a>(&'a [u8]);

impl Fields<'_> {
    fn u32(&self, at: usize) -> u32 {
        u32::from_le_bytes(self.0[at..at + 4].try_into().expect("four bytes"))
    }
    fn u64(&self, at: usize) -> u64 {
        u64::from_le_bytes(self.0[at..at + 8].try_into().expect("eight bytes"))
    }
}

/// The header's key field (zero when the bytes are too short to hold one).
pub(crate) fn key_of(artifact: &[u8]) -> [u8; 32] {
    artifact.get(field::KEY..field::KEY + 32).and_then(|k| k.try_into().ok()).unwrap_or([0; 32])
}

/// Load an artifact for a runtime that compiles with `wanted`: check it is whole, made by
/// this build for this ISA, and usable with `wanted` (its code uses no CPU extension the
/// host lacks, it was validated with no feature `wanted` leaves out, it has the interrupt
/// checks `wanted` needs and the custom sections it keeps), then copy its code into a new
/// executable mapping.
pub(crate) fn decode(artifact: &[u8], wanted: CompileOptions) -> Result<CompiledModuleInner, Error> {
    decode_from(artifact, wanted, None)
}

/// [`decode`] for the artifact in file `path`, whose code is mapped from the file (read-only,
/// then read+execute) rather than copied, where the file system allows. With `key`, the
/// artifact's key must be it (a cache entry under the wrong name is refused).
pub(crate) fn decode_file(
    path: &std::path::Path,
    wanted: CompileOptions,
    key: Option<[u8; 32]>,
) -> Result<CompiledModuleInner, Error> {
    let file = std::fs::File::open(path).map_err(|e| refused(format!("cannot open {}: {e}", path.display())))?;
    let mapped = MappedFile::new(&file).map_err(|e| refused(format!("cannot read {}: {e}", path.display())))?;
    let artifact = mapped.bytes();
    if key.is_some_and(|key| key_of(artifact) != key) {
        return Err(refused("stored under another module's key"));
    }
    decode_from(artifact, wanted, Some(&file))
}

fn decode_from(
    artifact: &[u8],
    wanted: CompileOptions,
    file: Option<&std::fs::File>,
) -> Result<CompiledModuleInner, Error> {
    if artifact.len() < HEADER_LEN || artifact[..8] != MAGIC {
        return Err(refused("not a onepass compiled module"));
    }
    let header = Fields(&artifact[..HEADER_LEN]);
    if header.u32(field::FORMAT) != FORMAT || artifact[field::BUILD_ID..field::BUILD_ID + 16] != build_id() {
        return Err(refused("compiled by another build of onepass"));
    }
    let isa = header.u32(field::ISA);
    if isa != HOST_ISA {
        return Err(refused(format!("compiled for {}, not {}", isa_name(isa), isa_name(HOST_ISA))));
    }
    let (sections_len, code_len) = (header.u64(field::SECTIONS_LEN), header.u64(field::CODE_LEN));
    let (funcs, handlers) = (u64::from(header.u32(field::FUNCS)), u64::from(header.u32(field::HANDLERS)));
    let maps = u64::from(header.u32(field::STACK_MAPS));
    let body = sections_len.checked_add(funcs * 4 + handlers * 12 + maps * 4).filter(|&b| b <= artifact.len() as u64);
    let code_start = body.map(|body| code_offset(body, code_len));
    let expected = code_start.and_then(|start| start.checked_add(code_len));
    if expected != Some(artifact.len() as u64) {
        return Err(refused(format!("truncated or corrupted ({} bytes, not what its header says)", artifact.len())));
    }
    let flags = header.u32(field::FLAGS);
    let cpu = CpuFeatures::from_bits(header.u32(field::CPU)).ok_or_else(|| refused("corrupted (CPU features)"))?;
    let features = WasmFeatures::from_bits_retain(header.u64(field::FEATURES));
    if !wanted.cpu.contains(cpu) {
        return Err(refused("compiled for CPU extensions this CPU (or its configuration) lacks"));
    }
    if !wanted.features.contains(features) {
        return Err(refused("compiled with WebAssembly features this runtime's configuration leaves out"));
    }
    if wanted.features.contains(WasmFeatures::GC) && !features.contains(WasmFeatures::GC) {
        // Its code has no stack maps, which this runtime's collector needs.
        return Err(refused("compiled without the garbage collection this runtime's configuration has"));
    }
    if wanted.interruptible && flags & INTERRUPTIBLE == 0 {
        return Err(refused("compiled without the interrupt checks close-on-context-done needs"));
    }
    if wanted.keep_custom_sections && flags & CUSTOM_SECTIONS == 0 {
        return Err(refused("compiled without the custom sections this runtime keeps"));
    }
    // The body, in the order of the header's lengths (all checked to fit above).
    let at = |start: u64, len: u64| &artifact[start as usize..(start + len) as usize];
    let sections = at(HEADER_LEN as u64, sections_len);
    if flags & LAZY != 0 {
        check_sum(artifact)?;
        return compile(sections, CompileOptions { lazy: true, ..wanted });
    }
    let func_bytes = at(HEADER_LEN as u64 + sections_len, funcs * 4);
    let handler_bytes = at(HEADER_LEN as u64 + sections_len + funcs * 4, handlers * 12);
    let map_bytes = at(HEADER_LEN as u64 + sections_len + funcs * 4 + handlers * 12, maps * 4);
    let code_start = code_start.unwrap_or_default();
    let options = CompileOptions {
        features,
        cpu,
        interruptible: flags & INTERRUPTIBLE != 0,
        lazy: false,
        keep_custom_sections: wanted.keep_custom_sections,
        keep_names: wanted.keep_names,
    };
    // The sections are parsed while another thread checks the checksum (what is parsed
    // from a corrupted artifact is thrown away: parsing is safe on any bytes).
    let (sum, info) = both(|| check_sum(artifact), || parse_sections(sections, &options), artifact.len());
    sum?;
    let mut info = info?;
    info.stores_refs_into_imports.store(flags & STORES_REFS != 0, Ordering::Release);
    let defined = info.func_types.len() - info.num_imported_funcs as usize;
    let words = |bytes: &[u8]| -> Vec<u32> {
        bytes.chunks_exact(4).map(|w| u32::from_le_bytes(w.try_into().expect("four bytes"))).collect()
    };
    let func_offsets = words(func_bytes);
    let sites = words(handler_bytes);
    let handlers: Vec<ImageHandler> =
        sites.chunks_exact(3).map(|h| ImageHandler { ret: h[0], landing: h[1], frame_size: h[2] }).collect();
    let in_code = |offset: u32| (offset as u64) < code_len;
    if func_offsets.len() != defined || !func_offsets.iter().all(|&o| in_code(o)) {
        return Err(refused("corrupted (function offsets)"));
    }
    if !handlers.iter().all(|h| in_code(h.landing) && h.ret as u64 <= code_len) {
        return Err(refused("corrupted (exception handlers)"));
    }
    let stack_maps = match maps {
        0 => Default::default(),
        _ => crate::engine::stack_map_table::StackMapTable::from_words(&words(map_bytes), code_len)
            .ok_or_else(|| refused("corrupted (stack maps)"))?,
    };
    let type_ids = module_type_ids(&info.rec_groups).map_err(|_| refused("corrupted (types)"))?;
    super::module::with_object_params(&mut info, &type_ids);
    let code = match defined {
        0 => None,
        _ => {
            let mapped = file.and_then(|file| CodeMemory::map_file(file, code_start, code_len as usize).ok());
            let code = match mapped {
                Some(code) => code,
                None => CodeMemory::new(at(code_start, code_len))
                    .map_err(|e| Error::Instantiate(format!("cannot map code: {e}")))?,
            };
            Some(code)
        }
    };
    Ok(CompiledModuleInner::eager(info, code, func_offsets, type_ids, (handlers, stack_maps), options))
}

/// Write `bytes` to `path` so that readers see the old file or the whole new one: into a
/// temporary file of the same directory (named for this process and write), then renamed
/// over `path`.
pub(crate) fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("artifact");
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let temporary = path.with_file_name(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let result = std::fs::write(&temporary, bytes).and_then(|()| std::fs::rename(&temporary, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

/// Inputs at least this large are hashed (or hashed and parsed) on two threads.
const PARALLEL_BYTES: usize = 1 << 20;

/// `(first(), second())`, the first on another thread when the artifact or module worked on
/// is large enough (a thread costs tens of microseconds; hashing a megabyte, about 100).
pub(crate) fn both<A: Send, B>(first: impl FnOnce() -> A + Send, second: impl FnOnce() -> B, bytes: usize) -> (A, B) {
    if bytes < PARALLEL_BYTES {
        return (first(), second());
    }
    std::thread::scope(|scope| {
        let first = scope.spawn(first);
        let second = second();
        (first.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), second)
    })
}

/// A whole file mapped read-only, for as long as this value lives.
struct MappedFile {
    ptr: *mut u8,
    len: usize,
}

impl MappedFile {
    fn new(file: &std::fs::File) -> std::io::Result<MappedFile> {
        use std::os::fd::AsRawFd;
        let len = usize::try_from(file.metadata()?.len())
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "too large"))?;
        if len == 0 {
            return Ok(MappedFile { ptr: std::ptr::NonNull::dangling().as_ptr(), len });
        }
        // SAFETY: a fresh private read-only mapping of an open file at an address of the
        // kernel's choosing; the result is checked against MAP_FAILED.
        let ptr =
            unsafe { libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ, libc::MAP_PRIVATE, file.as_raw_fd(), 0) };
        if ptr == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        Ok(MappedFile { ptr: ptr.cast(), len })
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: the mapping is readable and `len` bytes long while `self` lives (or `len` is 0
        // and the pointer dangling but aligned). Files in a cache directory are replaced by
        // rename, never rewritten in place, so the bytes do not change under the borrow.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Drop for MappedFile {
    fn drop(&mut self) {
        if self.len > 0 {
            // SAFETY: unmapping the mapping this value owns; `bytes` borrows ended with it.
            unsafe { libc::munmap(self.ptr.cast(), self.len) };
        }
    }
}

/// The description of a module whose sections (validated when it was compiled) are
/// `sections`.
fn parse_sections(sections: &[u8], options: &CompileOptions) -> Result<ModuleInfo, Error> {
    let mut info = ModuleInfo::default();
    let mut parser = Parser::new(0);
    parser.set_features(options.features);
    for payload in parser.parse_all(sections) {
        let payload = payload.map_err(|e| refused(format!("corrupted ({})", e.message())))?;
        parse_payload(&mut info, payload, options)?;
    }
    info.module_bytes = Arc::new(sections.to_vec());
    Ok(info)
}
