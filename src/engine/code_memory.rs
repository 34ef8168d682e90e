//! One executable mapping per module (W^X: written while read-write, then made
//! read-execute, never both), registered with the signal handler as JIT code.

use super::signals::{register_code_range, CodeRangeHandle};

/// Executable machine code.
pub(crate) struct CodeMemory {
    ptr: *mut u8,
    mapped: usize,
    len: usize,
    _registration: CodeRangeHandle,
}

// SAFETY: the mapping is immutable after construction.
unsafe impl Send for CodeMemory {}
// SAFETY: as above.
unsafe impl Sync for CodeMemory {}

impl CodeMemory {
    /// Map `code` executable.
    pub(crate) fn new(code: &[u8]) -> std::io::Result<CodeMemory> {
        let page = 4096;
        let mapped = code.len().max(1).next_multiple_of(page);
        // SAFETY: a fresh anonymous read-write mapping.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                mapped,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let ptr = ptr as *mut u8;
        // SAFETY: the mapping is at least code.len() bytes and writable.
        unsafe { std::ptr::copy_nonoverlapping(code.as_ptr(), ptr, code.len()) };
        #[cfg(target_arch = "aarch64")]
        {
            extern "C" {
                fn __clear_cache(start: *mut libc::c_char, end: *mut libc::c_char);
            }
            // SAFETY: flushing the instruction cache over the range just written.
            unsafe { __clear_cache(ptr as *mut libc::c_char, ptr.add(code.len()) as *mut libc::c_char) };
        }
        // SAFETY: switching our own mapping to read+execute.
        if unsafe { libc::mprotect(ptr as *mut libc::c_void, mapped, libc::PROT_READ | libc::PROT_EXEC) } != 0 {
            let e = std::io::Error::last_os_error();
            // SAFETY: unmapping the mapping created above.
            unsafe { libc::munmap(ptr as *mut libc::c_void, mapped) };
            return Err(e);
        }
        let registration = register_code_range(ptr as usize, code.len());
        Ok(CodeMemory { ptr, mapped, len: code.len(), _registration: registration })
    }

    /// Start of the code.
    pub(crate) fn as_ptr(&self) -> *const u8 {
        self.ptr
    }

    /// Length of the code in bytes.
    #[allow(dead_code)]
    pub(crate) fn len(&self) -> usize {
        self.len
    }
}

impl Drop for CodeMemory {
    fn drop(&mut self) {
        // The registration is dropped after this body, but nothing executes this code any
        // more: unregister first anyway by taking it out of the handler's view.
        self._registration.release();
        // SAFETY: unmapping the mapping this value owns.
        unsafe { libc::munmap(self.ptr as *mut libc::c_void, self.mapped) };
    }
}

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    #[test]
    fn runs_mapped_code() {
        let code = super::CodeMemory::new(&[0xb8, 0x2a, 0, 0, 0, 0xc3]).unwrap();
        // SAFETY: the bytes are `mov eax, 42; ret`.
        let f: extern "C" fn() -> u32 = unsafe { std::mem::transmute(code.as_ptr()) };
        assert_eq!(f(), 42);
    }
}
