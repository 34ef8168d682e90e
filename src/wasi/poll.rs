//! `poll_oneoff`: wait for clocks and descriptors. Descriptors (files, standard streams)
//! are always reported ready; without any, the call sleeps until the earliest clock
//! subscription expires and reports every expired one. Also the `sock_*` calls, so that
//! modules importing them link: no descriptor is a socket, so they fail with `ENOTSOCK`
//! (`EBADF` for a closed descriptor).

use super::errno::Errno;
use super::errno_fn;
use crate::HostModuleBuilder;

const SUBSCRIPTION_SIZE: u32 = 48;
const EVENT_SIZE: usize = 32;

/// Register the calls.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    let b = errno_fn(b, "poll_oneoff", |ctx, m, (subs, events, count, out): (u32, u32, u32, u32)| {
        if count == 0 {
            return Err(Errno::INVAL);
        }
        let raw = m.read(subs, count.checked_mul(SUBSCRIPTION_SIZE).ok_or(Errno::FAULT)?)?;
        let u64_at = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().expect("8 bytes"));
        let mut ready: Vec<[u8; EVENT_SIZE]> = Vec::new();
        let mut earliest: Option<(u64, u32)> = None; // (deadline on its clock, clock id)
        let mut clocks = Vec::new();
        for sub in raw.chunks_exact(SUBSCRIPTION_SIZE as usize) {
            let userdata = u64_at(sub, 0);
            let tag = sub[8];
            let mut event = [0u8; EVENT_SIZE];
            event[0..8].copy_from_slice(&userdata.to_le_bytes());
            event[10] = tag;
            match tag {
                0 => {
                    let id = u32::from_le_bytes(sub[16..20].try_into().expect("4 bytes"));
                    let timeout = u64_at(sub, 24);
                    let absolute = u16::from_le_bytes([sub[40], sub[41]]) & 1 != 0;
                    let now = super::clock::now(id, false)?;
                    let deadline = if absolute { timeout } else { now.saturating_add(timeout) };
                    if earliest.is_none_or(|(d, _)| deadline.saturating_sub(now) < d.saturating_sub(now)) {
                        earliest = Some((deadline, id));
                    }
                    clocks.push((deadline, id, event));
                }
                1 | 2 => {
                    let fd = u32::from_le_bytes(sub[16..20].try_into().expect("4 bytes"));
                    let valid = ctx.with_slot(fd, |_| Ok(())).is_ok();
                    if valid {
                        event[16..24].copy_from_slice(&1u64.to_le_bytes());
                    } else {
                        event[8..10].copy_from_slice(&Errno::BADF.0.to_le_bytes());
                    }
                    ready.push(event);
                }
                _ => return Err(Errno::INVAL),
            }
        }
        if ready.is_empty() {
            if let Some((deadline, id)) = earliest {
                let now = super::clock::now(id, false)?;
                std::thread::sleep(std::time::Duration::from_nanos(deadline.saturating_sub(now)));
            }
            for (deadline, id, event) in clocks {
                if super::clock::now(id, false)? >= deadline {
                    ready.push(event);
                }
            }
        }
        for (i, event) in ready.iter().enumerate() {
            m.write(events + (i * EVENT_SIZE) as u32, event)?;
        }
        m.write_u32(out, ready.len() as u32)
    });
    // No descriptor is a socket: a closed one is BADF, any other NOTSOCK.
    let not_a_socket = |ctx: &super::WasiCtx, fd: u32| ctx.with_slot(fd, |_| Err::<(), _>(Errno::NOTSOCK));
    let b = errno_fn(b, "sock_accept", move |ctx, _m, (fd, _, _): (u32, u32, u32)| not_a_socket(ctx, fd));
    let b = errno_fn(b, "sock_recv", move |ctx, _m, (fd, ..): (u32, u32, u32, u32, u32, u32)| not_a_socket(ctx, fd));
    let b = errno_fn(b, "sock_send", move |ctx, _m, (fd, ..): (u32, u32, u32, u32, u32)| not_a_socket(ctx, fd));
    errno_fn(b, "sock_shutdown", move |ctx, _m, (fd, _): (u32, u32)| not_a_socket(ctx, fd))
}
