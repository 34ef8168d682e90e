//! `args_*` and `environ_*`: the module's arguments and environment, as NUL-terminated
//! strings in one buffer plus a table of pointers into it.

use super::errno::Errno;
use super::errno_fn;
use super::mem::GuestMemory;
use crate::HostModuleBuilder;

/// Write `items` as C strings at `buf` and their addresses at `ptrs`.
fn put_strings(m: &GuestMemory, items: &[String], ptrs: u32, buf: u32) -> Result<(), Errno> {
    let mut at = buf;
    for (i, s) in items.iter().enumerate() {
        m.write_u32(ptrs.checked_add(4 * i as u32).ok_or(Errno::FAULT)?, at)?;
        m.write(at, s.as_bytes())?;
        m.write(at + s.len() as u32, &[0])?;
        at = at.checked_add(s.len() as u32 + 1).ok_or(Errno::FAULT)?;
    }
    Ok(())
}

/// Write the count of `items` at `count` and their total size (with NULs) at `size`.
fn put_sizes(m: &GuestMemory, items: &[String], count: u32, size: u32) -> Result<(), Errno> {
    m.write_u32(count, items.len() as u32)?;
    m.write_u32(size, items.iter().map(|s| s.len() as u32 + 1).sum())
}

fn environ(ctx: &super::WasiCtx) -> Vec<String> {
    ctx.env.iter().map(|(k, v)| format!("{k}={v}")).collect()
}

/// Register the calls.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    let b = errno_fn(b, "args_get", |ctx, m, (ptrs, buf): (u32, u32)| put_strings(m, &ctx.args, ptrs, buf));
    let b = errno_fn(b, "args_sizes_get", |ctx, m, (count, size): (u32, u32)| put_sizes(m, &ctx.args, count, size));
    let b = errno_fn(b, "environ_get", |ctx, m, (ptrs, buf): (u32, u32)| put_strings(m, &environ(ctx), ptrs, buf));
    errno_fn(b, "environ_sizes_get", |ctx, m, (count, size): (u32, u32)| put_sizes(m, &environ(ctx), count, size))
}
