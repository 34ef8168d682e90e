//! `clock_*`: realtime, monotonic and CPU-time clocks, in nanoseconds.

use super::errno::Errno;
use super::errno_fn;
use crate::HostModuleBuilder;

/// The host clock for a WASI clock id.
fn host_clock(id: u32) -> Result<libc::clockid_t, Errno> {
    Ok(match id {
        0 => libc::CLOCK_REALTIME,
        1 => libc::CLOCK_MONOTONIC,
        2 => libc::CLOCK_PROCESS_CPUTIME_ID,
        3 => libc::CLOCK_THREAD_CPUTIME_ID,
        _ => return Err(Errno::INVAL),
    })
}

/// `clock_gettime` (or `clock_getres`) of WASI clock `id` for the guest of `ctx`, in
/// nanoseconds: an injected clock if it has one (resolution 1 ns), else the host's.
pub(super) fn now(ctx: &super::WasiCtx, id: u32, resolution: bool) -> Result<u64, Errno> {
    let clock = host_clock(id)?;
    let injected = if id == 0 { &ctx.walltime } else { &ctx.nanotime };
    if let Some(injected) = injected {
        return Ok(if resolution { 1 } else { injected() });
    }
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: a valid clock id and a timespec to fill.
    let rc = unsafe {
        if resolution {
            libc::clock_getres(clock, &mut ts)
        } else {
            libc::clock_gettime(clock, &mut ts)
        }
    };
    if rc != 0 {
        return Err(Errno::last_os());
    }
    Ok((ts.tv_sec as u64).wrapping_mul(1_000_000_000).wrapping_add(ts.tv_nsec as u64))
}

/// Register the calls.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    let b = errno_fn(b, "clock_res_get", |ctx, m, (id, out): (u32, u32)| m.write_u64(out, now(ctx, id, true)?));
    errno_fn(b, "clock_time_get", |ctx, m, (id, _precision, out): (u32, u64, u32)| {
        m.write_u64(out, now(ctx, id, false)?)
    })
}
