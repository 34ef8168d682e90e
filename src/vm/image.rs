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

use super::memory::WASM_PAGE_SIZE;
use super::module_info::{ConstExpr, ConstOp, ModuleInfo};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

/// Below this many bytes of data, copying the segments costs less than mapping an image
/// (one `mmap` at instantiation and one page fault per page touched).
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
    /// The image of `info`'s active data segments, if it can and should have one (see the
    /// module documentation); `None` also when the system refuses the file.
    pub(crate) fn of_module(info: &ModuleInfo) -> Option<MemoryImage> {
        let mut memory = None;
        let mut spans = Vec::new();
        let mut bytes = 0usize;
        for seg in &info.data {
            let Some((index, offset)) = &seg.active else { continue };
            if *memory.get_or_insert(*index) != *index || *index < info.num_imported_memories {
                return None;
            }
            let offset = usize::try_from(constant(offset)?).ok()?;
            let end = offset.checked_add(seg.range.len())?;
            let initial = info.memories[*index as usize].initial.checked_mul(WASM_PAGE_SIZE)?;
            if end as u64 > initial {
                return None;
            }
            bytes += seg.range.len();
            spans.push((offset, seg.range.clone()));
        }
        if bytes < MIN_IMAGE_BYTES {
            return None;
        }
        let page = region::page::size();
        let start = spans.iter().map(|s| s.0).min()? / page * page;
        let end = spans.iter().map(|s| s.0 + s.1.len()).max()?.div_ceil(page) * page;
        let file = new_file(end - start)?;
        for (offset, range) in spans {
            write_at(&file, &info.module_bytes[range], offset - start)?;
        }
        Some(MemoryImage { memory: memory?, start, len: end - start, file })
    }
}

/// The value of a constant offset that reads no global (wrapping like the code it is).
fn constant(expr: &ConstExpr) -> Option<u64> {
    let ops = match expr {
        ConstExpr::One(op) => std::slice::from_ref(op),
        ConstExpr::Many(ops) => ops,
    };
    let mut stack: Vec<u64> = Vec::new();
    for op in ops {
        let value = match op {
            ConstOp::I32(v) => *v as u32 as u64,
            ConstOp::I64(v) => *v as u64,
            ConstOp::I32Add | ConstOp::I32Sub | ConstOp::I32Mul => {
                let (b, a) = (stack.pop()? as u32, stack.pop()? as u32);
                let r = match op {
                    ConstOp::I32Add => a.wrapping_add(b),
                    ConstOp::I32Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                };
                r as u64
            }
            ConstOp::I64Add | ConstOp::I64Sub | ConstOp::I64Mul => {
                let (b, a) = (stack.pop()?, stack.pop()?);
                match op {
                    ConstOp::I64Add => a.wrapping_add(b),
                    ConstOp::I64Sub => a.wrapping_sub(b),
                    _ => a.wrapping_mul(b),
                }
            }
            _ => return None,
        };
        stack.push(value);
    }
    match stack[..] {
        [value] => Some(value),
        _ => None,
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
