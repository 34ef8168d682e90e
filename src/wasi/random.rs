//! `random_get`: bytes from the host's cryptographic random source.

use super::errno::Errno;
use super::errno_fn;
use crate::HostModuleBuilder;

/// Fill `buf` from `getrandom`.
fn fill(buf: &mut [u8]) -> Result<(), Errno> {
    let mut at = 0;
    while at < buf.len() {
        // SAFETY: writes at most `buf.len() - at` bytes into `buf` from `at`.
        let n = unsafe { libc::getrandom(buf[at..].as_mut_ptr().cast(), buf.len() - at, 0) };
        if n < 0 {
            let e = Errno::last_os();
            if e != Errno::INTR {
                return Err(e);
            }
            continue;
        }
        at += n as usize;
    }
    Ok(())
}

/// Register the call.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    errno_fn(b, "random_get", |ctx, m, (buf, len): (u32, u32)| {
        // Bounds are checked before the host allocates anything.
        m.read(buf, len)?;
        let mut bytes = vec![0u8; len as usize];
        match &ctx.random {
            Some(source) => source.lock().unwrap_or_else(|e| e.into_inner()).read_exact(&mut bytes)?,
            None => fill(&mut bytes)?,
        }
        m.write(buf, &bytes)
    })
}
