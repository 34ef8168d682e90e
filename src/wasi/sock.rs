//! The `sock_*` calls, on preopened listening sockets (`ModuleConfig::with_tcp_listener`)
//! and the connections a guest accepts on them. Other descriptors are not sockets
//! (`ENOTSOCK`). Each call checks its descriptor's rights like the `fd_*` calls.

use super::ctx::Entry;
use super::errno::Errno;
use super::fd::{capacity, scatter, write_iovecs, FDFLAG_NONBLOCK};
use super::rights::{Rights, FD_READ, FD_WRITE, SOCK_ACCEPT, SOCK_SHUTDOWN, STREAM_BASE};
use super::{errno_fn, WasiCtx};
use crate::HostModuleBuilder;
use std::net::{Shutdown, TcpListener, TcpStream};

/// `riflags`: RECV_PEEK, RECV_WAITALL; `roflags`: RECV_DATA_TRUNCATED (never set for TCP).
const RECV_PEEK: u16 = 1;
const RECV_WAITALL: u16 = 2;
/// `sdflags`: RD, WR.
const SHUT_RD: u8 = 1;
const SHUT_WR: u8 = 2;

/// A duplicate of the connection at `fd`, which must have the rights `need` (so that a
/// blocking call runs without holding the descriptor table): `BADF`, then `NOTSOCK`, then
/// `NOTCAPABLE`.
fn stream(ctx: &WasiCtx, fd: u32, need: u64) -> Result<TcpStream, Errno> {
    ctx.with_slot(fd, |slot| match &slot.entry {
        Entry::Stream(_) if slot.rights.base & need != need => Err(Errno::NOTCAPABLE),
        Entry::Stream(stream) => Ok(stream.try_clone()?),
        _ => Err(Errno::NOTSOCK),
    })
}

/// A duplicate of the listening socket at `fd` and the rights connections get from it.
fn listener(ctx: &WasiCtx, fd: u32) -> Result<(TcpListener, Rights), Errno> {
    ctx.with_slot(fd, |slot| match &slot.entry {
        Entry::Listener(_) if slot.rights.base & SOCK_ACCEPT == 0 => Err(Errno::NOTCAPABLE),
        Entry::Listener(listener) => Ok((listener.try_clone()?, slot.rights)),
        Entry::Stream(_) => Err(Errno::INVAL),
        _ => Err(Errno::NOTSOCK),
    })
}

/// Register the calls.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    let b = errno_fn(b, "sock_accept", |ctx, m, (fd, flags, out): (u32, u32, u32)| {
        if flags & !(FDFLAG_NONBLOCK as u32) != 0 {
            return Err(Errno::INVAL);
        }
        let (listener, rights) = listener(ctx, fd)?;
        let (stream, _) = listener.accept()?;
        stream.set_nonblocking(flags & FDFLAG_NONBLOCK as u32 != 0)?;
        let rights = Rights { base: rights.inheriting & STREAM_BASE, inheriting: 0 };
        let new_fd = ctx.insert(Entry::Stream(stream), rights)?;
        m.write_u32(out, new_fd)
    });
    let b = errno_fn(
        b,
        "sock_recv",
        |ctx, m, (fd, iovs, count, flags, out_len, out_flags): (u32, u32, u32, u32, u32, u32)| {
            let flags = flags as u16;
            if flags & !(RECV_PEEK | RECV_WAITALL) != 0 {
                return Err(Errno::INVAL);
            }
            let iovs = m.iovecs(iovs, count)?;
            let stream = stream(ctx, fd, FD_READ)?;
            let mut buf = vec![0u8; capacity(&iovs)];
            let mut host_flags = 0;
            if flags & RECV_PEEK != 0 {
                host_flags |= libc::MSG_PEEK;
            }
            if flags & RECV_WAITALL != 0 {
                host_flags |= libc::MSG_WAITALL;
            }
            use std::os::fd::AsRawFd;
            // SAFETY: a valid socket and a buffer of `buf.len()` writable bytes.
            let n = unsafe { libc::recv(stream.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len(), host_flags) };
            if n < 0 {
                return Err(Errno::last_os());
            }
            scatter(m, &iovs, &buf[..n as usize])?;
            m.write_u32(out_len, n as u32)?;
            m.write(out_flags, &0u16.to_le_bytes())
        },
    );
    let b = errno_fn(b, "sock_send", |ctx, m, (fd, iovs, count, flags, out): (u32, u32, u32, u32, u32)| {
        if flags != 0 {
            return Err(Errno::INVAL);
        }
        let iovs = m.iovecs(iovs, count)?;
        let mut entry = Entry::Stream(stream(ctx, fd, FD_WRITE)?);
        let n = write_iovecs(&mut entry, m, &iovs, None)?;
        m.write_u32(out, n as u32)
    });
    errno_fn(b, "sock_shutdown", |ctx, _m, (fd, how): (u32, u32)| {
        let how = match u8::try_from(how) {
            Ok(SHUT_RD) => Shutdown::Read,
            Ok(SHUT_WR) => Shutdown::Write,
            Ok(3) => Shutdown::Both,
            _ => {
                // A bad descriptor is reported before bad flags.
                ctx.with_slot(fd, |_| Ok(()))?;
                return Err(Errno::INVAL);
            }
        };
        Ok(stream(ctx, fd, SOCK_SHUTDOWN)?.shutdown(how)?)
    })
}
