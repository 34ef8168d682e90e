//! `poll_oneoff`: wait for clocks and descriptors. Sockets (preopened listeners and the
//! connections accepted on them) are polled on the host; files, directories and the
//! standard streams are always ready, as `poll(2)` reports regular files. The call returns
//! at once when something is ready, else waits until a socket becomes ready or the
//! earliest clock subscription expires, and reports every event that happened.

use super::ctx::Entry;
use super::errno::Errno;
use super::errno_fn;
use super::rights::POLL_FD_READWRITE;
use crate::HostModuleBuilder;
use std::os::fd::{AsFd, AsRawFd, OwnedFd};

const SUBSCRIPTION_SIZE: u32 = 48;
const EVENT_SIZE: usize = 32;
/// Event types (`eventtype`).
const CLOCK: u8 = 0;
const FD_READ: u8 = 1;
const FD_WRITE: u8 = 2;
/// `eventrwflags` FD_READWRITE_HANGUP.
const HANGUP: u16 = 1;

/// A descriptor subscription whose answer needs the host: a duplicate of the socket, and
/// the event to fill in.
struct Pending {
    socket: OwnedFd,
    event: [u8; EVENT_SIZE],
}

/// Bytes ready to read on socket `fd` (1 for a listener with a connection waiting).
fn readable_bytes(fd: &OwnedFd) -> u64 {
    let mut n: libc::c_int = 0;
    // SAFETY: FIONREAD on a valid socket writes one int.
    let rc = unsafe { libc::ioctl(fd.as_raw_fd(), libc::FIONREAD, &mut n) };
    if rc < 0 || n <= 0 {
        1
    } else {
        n as u64
    }
}

/// Register the call.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    errno_fn(b, "poll_oneoff", |ctx, m, (subs, events, count, out): (u32, u32, u32, u32)| {
        if count == 0 {
            return Err(Errno::INVAL);
        }
        let raw = m.read(subs, count.checked_mul(SUBSCRIPTION_SIZE).ok_or(Errno::FAULT)?)?;
        let u64_at = |s: &[u8], at: usize| u64::from_le_bytes(s[at..at + 8].try_into().expect("8 bytes"));
        let mut ready: Vec<[u8; EVENT_SIZE]> = Vec::new();
        let mut pending: Vec<Pending> = Vec::new();
        let mut earliest: Option<(u64, u32)> = None; // (deadline on its clock, clock id)
        let mut clocks = Vec::new();
        for sub in raw.chunks_exact(SUBSCRIPTION_SIZE as usize) {
            let userdata = u64_at(sub, 0);
            let tag = sub[8];
            let mut event = [0u8; EVENT_SIZE];
            event[0..8].copy_from_slice(&userdata.to_le_bytes());
            event[10] = tag;
            match tag {
                CLOCK => {
                    let id = u32::from_le_bytes(sub[16..20].try_into().expect("4 bytes"));
                    let timeout = u64_at(sub, 24);
                    let absolute = u16::from_le_bytes([sub[40], sub[41]]) & 1 != 0;
                    let now = super::clock::now(ctx, id, false)?;
                    let deadline = if absolute { timeout } else { now.saturating_add(timeout) };
                    if earliest.is_none_or(|(d, _)| deadline.saturating_sub(now) < d.saturating_sub(now)) {
                        earliest = Some((deadline, id));
                    }
                    clocks.push((deadline, id, event));
                }
                FD_READ | FD_WRITE => {
                    let fd = u32::from_le_bytes(sub[16..20].try_into().expect("4 bytes"));
                    let socket = ctx.with_slot(fd, |slot| {
                        if slot.rights.base & POLL_FD_READWRITE == 0 {
                            return Err(Errno::NOTCAPABLE);
                        }
                        match &slot.entry {
                            Entry::Listener(l) => Ok(Some(l.as_fd().try_clone_to_owned()?)),
                            Entry::Stream(s) => Ok(Some(s.as_fd().try_clone_to_owned()?)),
                            _ => Ok(None),
                        }
                    });
                    match socket {
                        Ok(Some(socket)) => pending.push(Pending { socket, event }),
                        Ok(None) => {
                            event[16..24].copy_from_slice(&1u64.to_le_bytes());
                            ready.push(event);
                        }
                        Err(e) => {
                            event[8..10].copy_from_slice(&e.0.to_le_bytes());
                            ready.push(event);
                        }
                    }
                }
                _ => return Err(Errno::INVAL),
            }
        }
        // How long to wait, in nanoseconds: not at all when something is ready, else until
        // the earliest clock (forever without one, if there are sockets to wait for).
        let wait = match earliest {
            _ if !ready.is_empty() => Some(0),
            Some((deadline, id)) => Some(deadline.saturating_sub(super::clock::now(ctx, id, false)?)),
            None => None,
        };
        if pending.is_empty() {
            if let (true, Some(nanos)) = (ready.is_empty(), wait) {
                match &ctx.nanosleep {
                    Some(sleep) => sleep(nanos),
                    None => std::thread::sleep(std::time::Duration::from_nanos(nanos)),
                }
            }
        } else {
            let wait_ms = wait.map_or(-1, |nanos| i32::try_from(nanos.div_ceil(1_000_000)).unwrap_or(i32::MAX));
            let mut fds: Vec<libc::pollfd> = pending
                .iter()
                .map(|p| libc::pollfd {
                    fd: p.socket.as_raw_fd(),
                    events: if p.event[10] == FD_READ { libc::POLLIN } else { libc::POLLOUT },
                    revents: 0,
                })
                .collect();
            // SAFETY: `fds` is an array of `fds.len()` pollfds for descriptors held open
            // (the duplicates in `pending`) until poll returns.
            let rc = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, wait_ms) };
            if rc < 0 && Errno::last_os() != Errno::INTR {
                return Err(Errno::last_os());
            }
            for (p, polled) in pending.iter_mut().zip(&fds) {
                if polled.revents == 0 {
                    continue;
                }
                let nbytes = if p.event[10] == FD_READ { readable_bytes(&p.socket) } else { 1 };
                p.event[16..24].copy_from_slice(&nbytes.to_le_bytes());
                if polled.revents & (libc::POLLHUP | libc::POLLERR) != 0 {
                    p.event[24..26].copy_from_slice(&HANGUP.to_le_bytes());
                }
                ready.push(p.event);
            }
        }
        for (deadline, id, event) in clocks {
            if super::clock::now(ctx, id, false)? >= deadline {
                ready.push(event);
            }
        }
        for (i, event) in ready.iter().enumerate() {
            m.write(events + (i * EVENT_SIZE) as u32, event)?;
        }
        m.write_u32(out, ready.len() as u32)
    })
}
