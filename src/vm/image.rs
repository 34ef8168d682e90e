//! Memory images: a module's active data segments laid out once, in an in-memory file,
//! and mapped copy-on-write into each new instance's memory instead of copied into it.
//!
//! An image is made on a module's first instantiation, when every active data segment
//! targets the same memory, which the module defines (not imports), sits at a constant
//! offset and lies inside the memory's initial size (so that no segment can trap, and
//! applying them all at once is what applying them in order does), and the segments hold
//! at least [`MIN_IMAGE_BYTES`]. Its file (a `memfd`) holds the page-aligned span the
//! segments cover, holes left sparse; instantiation maps the span over the fresh memory
//! with `MAP_PRIVATE`, so instances share the file's pages until they write to them. The
//! memory, dropped, gives its reservation back with the span replaced by anonymous pages
//! (see `memory`).
//!
//! Who keeps what alive: the module's `ModuleInfo` owns the image and its file
//! descriptor; a mapping holds the file itself (the kernel keeps it for as long as any
//! mapping of it exists), so an instance outliving its module's image is fine.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

/// Below this many bytes of data the segments are copied: an image costs two `mmap` calls
/// per instance (map, and remap when the memory is dropped) plus a fault per page touched,
/// about what copying 64 KiB costs. A round figure, not tuned by measurement: the small
/// module of `benches/compare instantiate` (300 bytes) copies, esbuild (3 MB) maps.
pub(crate) const MIN_IMAGE_BYTES: usize = 64 * 1024;

/// A module's data segments, laid out in a file for mapping.
#[derive(Debug)]
pub(crate) struct MemoryImage {
    /// The memory (index in the module's memory index space) the segments initialize.
    pub(crate) memory: u32,
    /// Where in the memory the image starts (a multiple of the host page size).
    pub(crate) start: usize,
    /// Bytes of the image (a multiple of the host page size).
    pub(crate) len: usize,
    /// The in-memory file holding them, from offset 0.
    pub(crate) file: OwnedFd,
}

impl MemoryImage {
    /// The image of `segments` (offset in memory `memory` and bytes, in order), starting
    /// and ending on host pages; `None` when the system refuses the file.
    pub(crate) fn new(memory: u32, segments: &[(usize, &[u8])]) -> Option<MemoryImage> {
        let page = region::page::size();
        let start = segments.iter().map(|s| s.0).min()? / page * page;
        let end = segments.iter().map(|s| s.0 + s.1.len()).max()?.div_ceil(page) * page;
        let file = new_file(end - start)?;
        for &(offset, bytes) in segments {
            write_at(&file, bytes, offset - start)?;
        }
        Some(MemoryImage { memory, start, len: end - start, file })
    }
}

/// A new in-memory file of `len` bytes (zeros, not backed until written).
fn new_file(len: usize) -> Option<OwnedFd> {
    // SAFETY: the name is a NUL-terminated string; the call makes a new descriptor.
    let fd = unsafe { libc::memfd_create(c"onepass-memory-image".as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return None;
    }
    // SAFETY: `fd` is a descriptor just made for us alone.
    let file = unsafe { OwnedFd::from_raw_fd(fd) };
    // SAFETY: a plain call on our own descriptor.
    let rc = unsafe { libc::ftruncate(file.as_raw_fd(), i64::try_from(len).ok()?) };
    (rc == 0).then_some(file)
}

/// Write `bytes` at `offset` of `file`, whole.
fn write_at(file: &OwnedFd, mut bytes: &[u8], mut offset: usize) -> Option<()> {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is a live buffer of that length; the descriptor is ours.
        let n =
            unsafe { libc::pwrite(file.as_raw_fd(), bytes.as_ptr().cast(), bytes.len(), i64::try_from(offset).ok()?) };
        if n <= 0 {
            return None;
        }
        bytes = &bytes[n as usize..];
        offset += n as usize;
    }
    Some(())
}
