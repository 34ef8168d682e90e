//! The `fd_*` calls: reading, writing, seeking, metadata, directories, preopens.

use super::ctx::Entry;
use super::errno::Errno;
use super::mem::GuestMemory;
use super::path::{filestat, filetype, stat_at, times};
use super::rights::*;
use super::{errno_fn, WasiCtx};
use crate::HostModuleBuilder;
use std::ffi::CString;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::FileExt;

/// `fdflags` bits.
pub(super) const FDFLAG_APPEND: u16 = 1;
pub(super) const FDFLAG_NONBLOCK: u16 = 4;

/// Each `fdflags` bit and the host open-file flags that are it (`O_SYNC` includes
/// `O_DSYNC`, and on Linux `O_RSYNC` is `O_SYNC`).
const FDFLAGS_HOST: [(u16, i32); 5] = [
    (FDFLAG_APPEND, libc::O_APPEND),
    (2, libc::O_DSYNC),
    (FDFLAG_NONBLOCK, libc::O_NONBLOCK),
    (8, libc::O_RSYNC),
    (16, libc::O_SYNC),
];

/// The WASI `fdflags` of host open-file flags `fl` (`F_GETFL`).
fn fdflags(fl: i32) -> u16 {
    FDFLAGS_HOST.iter().filter(|&&(_, host)| fl & host == host).fold(0, |flags, &(fdflag, _)| flags | fdflag)
}

/// The host open-file flags of WASI `fdflags`.
pub(super) fn host_flags(fdflags: u16) -> i32 {
    FDFLAGS_HOST.iter().filter(|&&(fdflag, _)| fdflags & fdflag != 0).fold(0, |flags, &(_, host)| flags | host)
}

/// Most bytes of guest memory a write copies at once: an iovec array may name the whole
/// memory many times over, and the host must not allocate for the sum.
const WRITE_CHUNK: u32 = 64 << 10;

/// Scatter `data` over the guest buffers of an iovec array.
pub(super) fn scatter(m: &GuestMemory, iovs: &[(u32, u32)], data: &[u8]) -> Result<(), Errno> {
    let mut at = 0;
    for &(buf, len) in iovs {
        let n = (len as usize).min(data.len() - at);
        m.write(buf, &data[at..at + n])?;
        at += n;
        if at == data.len() {
            break;
        }
    }
    Ok(())
}

/// Total capacity of an iovec array (capped so a guest cannot make the host allocate
/// more than 64 MiB for one read).
pub(super) fn capacity(iovs: &[(u32, u32)]) -> usize {
    iovs.iter().map(|&(_, len)| len as usize).sum::<usize>().min(64 << 20)
}

fn read_entry(entry: &mut Entry, want: usize, offset: Option<u64>) -> Result<Vec<u8>, Errno> {
    let mut buf = vec![0u8; want];
    let n = match (entry, offset) {
        (Entry::Stdin(None, _), _) => 0,
        (Entry::Stdin(Some(r), _), None) => r.lock().unwrap_or_else(|e| e.into_inner()).read(&mut buf)?,
        (Entry::File { file }, None) => file.read(&mut buf)?,
        (Entry::File { file }, Some(at)) => file.read_at(&mut buf, at)?,
        (Entry::VirtualFile { fs, path, pos }, None) => {
            let n = fs.read_at(path, *pos, &mut buf)?;
            *pos += n as u64;
            n
        }
        (Entry::VirtualFile { fs, path, .. }, Some(at)) => fs.read_at(path, at, &mut buf)?,
        (Entry::Stream(stream), None) => stream.read(&mut buf)?,
        (Entry::Stream(_) | Entry::Listener(_), Some(_)) => return Err(Errno::SPIPE),
        (Entry::Listener(_), None) => return Err(Errno::NOTCONN),
        (Entry::Dir { .. } | Entry::VirtualDir { .. }, _) => return Err(Errno::ISDIR),
        (Entry::Output(..), _) => return Err(Errno::BADF),
        (Entry::Stdin(..), Some(_)) => return Err(Errno::SPIPE),
    };
    buf.truncate(n);
    Ok(buf)
}

/// Write the guest buffers `iovs` in order, at most [`WRITE_CHUNK`] bytes copied at a
/// time; the bytes written. An error after some bytes were written ends the write short
/// (as `writev` does); an error before any is returned.
pub(super) fn write_iovecs(
    entry: &mut Entry,
    m: &GuestMemory,
    iovs: &[(u32, u32)],
    offset: Option<u64>,
) -> Result<usize, Errno> {
    let mut written = 0usize;
    for &(buf, len) in iovs {
        let mut done = 0u32;
        while done < len {
            let n = (len - done).min(WRITE_CHUNK);
            let chunk = m.read(buf + done, n)?;
            let at = offset.map(|o| o.saturating_add(written as u64));
            match write_entry(entry, &chunk, at) {
                Ok(_) => {}
                Err(_) if written > 0 => return Ok(written),
                Err(e) => return Err(e),
            }
            written += n as usize;
            done += n;
        }
    }
    if let Entry::Output(Some(w), _) = entry {
        w.lock().unwrap_or_else(|e| e.into_inner()).flush()?;
    }
    Ok(written)
}

fn write_entry(entry: &mut Entry, data: &[u8], offset: Option<u64>) -> Result<usize, Errno> {
    Ok(match (entry, offset) {
        (Entry::Output(None, _), None) => data.len(),
        (Entry::Output(Some(w), _), None) => {
            w.lock().unwrap_or_else(|e| e.into_inner()).write_all(data)?;
            data.len()
        }
        (Entry::File { file }, None) => {
            file.write_all(data)?;
            data.len()
        }
        (Entry::File { file }, Some(at)) => {
            file.write_all_at(data, at)?;
            data.len()
        }
        (Entry::Stream(stream), None) => {
            stream.write_all(data)?;
            data.len()
        }
        (Entry::Stream(_) | Entry::Listener(_), Some(_)) => return Err(Errno::SPIPE),
        (Entry::Listener(_), None) => return Err(Errno::NOTCONN),
        (Entry::Dir { .. } | Entry::VirtualDir { .. }, _) => return Err(Errno::ISDIR),
        // (Files of a virtual file system never carry the right to write.)
        (Entry::Stdin(..) | Entry::VirtualFile { .. }, _) => return Err(Errno::BADF),
        (Entry::Output(..), Some(_)) => return Err(Errno::SPIPE),
    })
}

fn fd_read(
    ctx: &WasiCtx,
    m: &GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    offset: Option<u64>,
    out: u32,
) -> Result<(), Errno> {
    let iovs = m.iovecs(iovs, count)?;
    let data = ctx.with_fd(fd, FD_READ, |e| read_entry(e, capacity(&iovs), offset))?;
    scatter(m, &iovs, &data)?;
    m.write_u32(out, data.len() as u32)
}

fn fd_write(
    ctx: &WasiCtx,
    m: &GuestMemory,
    fd: u32,
    iovs: u32,
    count: u32,
    offset: Option<u64>,
    out: u32,
) -> Result<(), Errno> {
    let iovs = m.iovecs(iovs, count)?;
    let n = ctx.with_fd(fd, FD_WRITE, |e| write_iovecs(e, m, &iovs, offset))?;
    m.write_u32(out, n as u32)
}

/// The file of a descriptor that must be a regular file.
fn file(entry: &mut Entry) -> Result<&mut std::fs::File, Errno> {
    match entry {
        Entry::File { file } => Ok(file),
        Entry::Dir { .. } | Entry::VirtualDir { .. } => Err(Errno::ISDIR),
        // Only the calls that change a file come here for one of these (never with the
        // rights to): seeking, telling, syncing and advice handle them first.
        Entry::VirtualFile { .. } => Err(Errno::ROFS),
        _ => Err(Errno::SPIPE),
    }
}

/// Move virtual file `entry`'s position as `pos` says; the new position. `None` when
/// `entry` is not a virtual file.
fn seek_virtual(entry: &mut Entry, pos: SeekFrom) -> Option<Result<u64, Errno>> {
    let Entry::VirtualFile { fs, path, pos: at } = entry else { return None };
    let size = || match super::vfs::stat(fs.as_ref(), path)? {
        super::vfs::FsEntry::File { size } => Ok(size),
        super::vfs::FsEntry::Dir => Err(Errno::ISDIR),
    };
    let target = match pos {
        SeekFrom::Start(n) => Ok(n),
        SeekFrom::Current(d) => at.checked_add_signed(d).ok_or(Errno::INVAL),
        SeekFrom::End(d) => size().and_then(|s| s.checked_add_signed(d).ok_or(Errno::INVAL)),
    };
    Some(target.inspect(|&n| *at = n))
}

/// `fd_readdir` entries of the directory `dir` from position `cookie`, as WASI `dirent`s
/// (24-byte header, then the name) truncated to `len` bytes.
fn readdir(dir: std::os::fd::BorrowedFd<'_>, cookie: u64, len: usize) -> Result<Vec<u8>, Errno> {
    let fd = super::path::openat(dir, ".", libc::O_RDONLY | libc::O_DIRECTORY, 0)?;
    let raw = fd.as_raw_fd();
    // SAFETY: fdopendir takes ownership of the descriptor on success (closedir below).
    let stream = unsafe { libc::fdopendir(raw) };
    if stream.is_null() {
        return Err(Errno::last_os());
    }
    std::mem::forget(fd);
    let mut names = Vec::new();
    loop {
        // SAFETY: a live stream; the entry is read before the next readdir call.
        let ent = unsafe { libc::readdir64(stream) };
        if ent.is_null() {
            break;
        }
        // SAFETY: `ent` points to a valid dirent whose name is NUL-terminated.
        let (ino, kind, name) = unsafe {
            let e = &*ent;
            (e.d_ino, e.d_type, std::ffi::CStr::from_ptr(e.d_name.as_ptr()).to_bytes().to_vec())
        };
        names.push((ino, kind, name));
    }
    // SAFETY: the stream was opened above and is closed once.
    unsafe { libc::closedir(stream) };
    names.sort_by(|a, b| a.2.cmp(&b.2));
    let wasi_kind = |kind: u8| match kind {
        libc::DT_BLK => 1,
        libc::DT_CHR => 2,
        libc::DT_DIR => 3,
        libc::DT_REG => 4,
        libc::DT_SOCK => 6,
        libc::DT_LNK => 7,
        _ => 0,
    };
    let names = names.into_iter().map(|(ino, kind, name)| (ino, wasi_kind(kind), name)).collect();
    Ok(dirents(names, cookie, len))
}

/// Directory entries `(inode, WASI file type, name)`, in order, from position `cookie`,
/// as WASI `dirent`s (24-byte header, then the name) truncated to `len` bytes.
fn dirents(names: Vec<(u64, u8, Vec<u8>)>, cookie: u64, len: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for (i, (ino, kind, name)) in names.iter().enumerate().skip(cookie.min(usize::MAX as u64) as usize) {
        out.extend_from_slice(&(i as u64 + 1).to_le_bytes());
        out.extend_from_slice(&ino.to_le_bytes());
        out.extend_from_slice(&(name.len() as u32).to_le_bytes());
        out.extend_from_slice(&[*kind, 0, 0, 0]);
        out.extend_from_slice(name);
        if out.len() >= len {
            break;
        }
    }
    out.truncate(len);
    out
}

/// Register the `fd_*` calls.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    let b = errno_fn(b, "fd_read", |ctx, m, (fd, iovs, n, out): (u32, u32, u32, u32)| {
        fd_read(ctx, m, fd, iovs, n, None, out)
    });
    let b = errno_fn(b, "fd_pread", |ctx, m, (fd, iovs, n, off, out): (u32, u32, u32, u64, u32)| {
        fd_read(ctx, m, fd, iovs, n, Some(off), out)
    });
    let b = errno_fn(b, "fd_write", |ctx, m, (fd, iovs, n, out): (u32, u32, u32, u32)| {
        fd_write(ctx, m, fd, iovs, n, None, out)
    });
    let b = errno_fn(b, "fd_pwrite", |ctx, m, (fd, iovs, n, off, out): (u32, u32, u32, u64, u32)| {
        fd_write(ctx, m, fd, iovs, n, Some(off), out)
    });
    let b = errno_fn(b, "fd_close", |ctx, _m, fd: u32| {
        let mut fds = ctx.fds();
        match fds.get_mut(fd as usize) {
            Some(slot @ Some(_)) => {
                *slot = None;
                Ok(())
            }
            _ => Err(Errno::BADF),
        }
    });
    let b = errno_fn(b, "fd_seek", |ctx, m, (fd, offset, whence, out): (u32, i64, u32, u32)| {
        let pos = match whence {
            0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| Errno::INVAL)?),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(Errno::INVAL),
        };
        // Asking where the position is (a seek by 0 from it) needs only the right to tell.
        let any_of = if offset == 0 && whence == 1 { FD_SEEK | FD_TELL } else { FD_SEEK };
        let at = ctx.with_slot(fd, |slot| {
            if slot.rights.base & any_of == 0 {
                return Err(Errno::NOTCAPABLE);
            }
            if let Some(at) = seek_virtual(&mut slot.entry, pos) {
                return at;
            }
            Ok(file(&mut slot.entry)?.seek(pos)?)
        })?;
        m.write_u64(out, at)
    });
    let b = errno_fn(b, "fd_tell", |ctx, m, (fd, out): (u32, u32)| {
        let at = ctx.with_fd(fd, FD_TELL, |e| match seek_virtual(e, SeekFrom::Current(0)) {
            Some(at) => at,
            None => Ok(file(e)?.stream_position()?),
        })?;
        m.write_u64(out, at)
    });
    let b = errno_fn(b, "fd_sync", |ctx, _m, fd: u32| {
        ctx.with_fd(fd, FD_SYNC, |e| match e {
            // Nothing to write back.
            Entry::VirtualFile { .. } => Ok(()),
            e => Ok(file(e)?.sync_all()?),
        })
    });
    let b = errno_fn(b, "fd_datasync", |ctx, _m, fd: u32| {
        ctx.with_fd(fd, FD_DATASYNC, |e| match e {
            Entry::VirtualFile { .. } => Ok(()),
            e => Ok(file(e)?.sync_data()?),
        })
    });
    let b = errno_fn(b, "fd_advise", |ctx, _m, (fd, _off, _len, advice): (u32, u64, u64, u32)| {
        if advice > 5 {
            return Err(Errno::INVAL);
        }
        ctx.with_fd(fd, FD_ADVISE, |e| match e {
            Entry::VirtualFile { .. } => Ok(()),
            e => file(e).map(|_| ()),
        })
    });
    let b = errno_fn(b, "fd_allocate", |ctx, _m, (fd, off, len): (u32, u64, u64)| {
        let end = off.checked_add(len).ok_or(Errno::FBIG)?;
        ctx.with_fd(fd, FD_ALLOCATE, |e| {
            let f = file(e)?;
            if f.metadata()?.len() < end {
                f.set_len(end)?;
            }
            Ok(())
        })
    });
    let b = errno_fn(b, "fd_filestat_set_size", |ctx, _m, (fd, size): (u32, u64)| {
        ctx.with_fd(fd, FD_FILESTAT_SET_SIZE, |e| Ok(file(e)?.set_len(size)?))
    });
    let b = errno_fn(b, "fd_filestat_set_times", |ctx, _m, (fd, atim, mtim, flags): (u32, u64, u64, u32)| {
        let ts = times(atim, mtim, flags)?;
        ctx.with_fd(fd, FD_FILESTAT_SET_TIMES, |e| {
            let host = e.host_fd().ok_or(Errno::BADF)?;
            // SAFETY: a valid descriptor and two timespecs.
            if unsafe { libc::futimens(host.as_raw_fd(), ts.as_ptr()) } < 0 {
                return Err(Errno::last_os());
            }
            Ok(())
        })
    });
    let b = errno_fn(b, "fd_filestat_get", |ctx, m, (fd, out): (u32, u32)| {
        let stat = ctx.with_fd(fd, FD_FILESTAT_GET, |e| match (e.host_fd(), e.virtual_path()) {
            (Some(host), _) => Ok(filestat(&stat_at(host, &CString::default())?)),
            (None, Some((fs, path))) => Ok(super::vfs::filestat(path, super::vfs::stat(fs, path)?)),
            (None, None) => {
                let mut st = [0u8; 64];
                st[16] = e.stdio_filetype();
                Ok(st)
            }
        })?;
        m.write(out, &stat)
    });
    let b = errno_fn(b, "fd_fdstat_get", |ctx, m, (fd, out): (u32, u32)| {
        let (kind, flags, rights) = ctx.with_slot(fd, |slot| match slot.entry.host_fd() {
            Some(host) => {
                let st = stat_at(host, &CString::default())?;
                // SAFETY: F_GETFL on a valid descriptor.
                let fl = unsafe { libc::fcntl(host.as_raw_fd(), libc::F_GETFL) };
                Ok((filetype(st.st_mode), fdflags(fl.max(0)), slot.rights))
            }
            None => match slot.entry.virtual_path() {
                Some((fs, path)) => Ok((super::vfs::filetype(super::vfs::stat(fs, path)?), 0, slot.rights)),
                None => Ok((slot.entry.stdio_filetype(), 0, slot.rights)),
            },
        })?;
        let mut stat = [0u8; 24];
        stat[0] = kind;
        stat[2..4].copy_from_slice(&flags.to_le_bytes());
        stat[8..16].copy_from_slice(&rights.base.to_le_bytes());
        stat[16..24].copy_from_slice(&rights.inheriting.to_le_bytes());
        m.write(out, &stat)
    });
    let b = errno_fn(b, "fd_fdstat_set_flags", |ctx, _m, (fd, flags): (u32, u32)| {
        ctx.with_fd(fd, FD_FDSTAT_SET_FLAGS, |e| {
            if e.virtual_path().is_some() {
                // Reads never block, and nothing is written: only "no flags" is kept.
                return if flags == 0 { Ok(()) } else { Err(Errno::NOTSUP) };
            }
            let host = e.host_fd().ok_or(Errno::BADF)?;
            // Linux changes only O_APPEND and O_NONBLOCK this way (the sync flags are fixed
            // at open).
            let host_flags = host_flags(flags as u16 & (FDFLAG_APPEND | FDFLAG_NONBLOCK));
            // SAFETY: F_SETFL on a valid descriptor.
            if unsafe { libc::fcntl(host.as_raw_fd(), libc::F_SETFL, host_flags) } < 0 {
                return Err(Errno::last_os());
            }
            Ok(())
        })
    });
    let b = errno_fn(b, "fd_fdstat_set_rights", |ctx, _m, (fd, base, inheriting): (u32, u64, u64)| {
        ctx.with_slot(fd, |slot| {
            let wanted = Rights { base, inheriting };
            // Rights can only be dropped.
            if !slot.rights.contain(wanted) {
                return Err(Errno::NOTCAPABLE);
            }
            slot.rights = wanted;
            Ok(())
        })
    });
    let b = errno_fn(b, "fd_prestat_get", |ctx, m, (fd, out): (u32, u32)| {
        let len = ctx.with_fd(fd, 0, |e| match e {
            Entry::Dir { preopen: Some(name), .. } | Entry::VirtualDir { preopen: Some(name), .. } => {
                Ok(name.len() as u32)
            }
            _ => Err(Errno::BADF),
        })?;
        let mut stat = [0u8; 8];
        stat[4..8].copy_from_slice(&len.to_le_bytes());
        m.write(out, &stat)
    });
    let b = errno_fn(b, "fd_prestat_dir_name", |ctx, m, (fd, buf, len): (u32, u32, u32)| {
        let name = ctx.with_fd(fd, 0, |e| match e {
            Entry::Dir { preopen: Some(name), .. } | Entry::VirtualDir { preopen: Some(name), .. } => Ok(name.clone()),
            _ => Err(Errno::BADF),
        })?;
        if (len as usize) < name.len() {
            return Err(Errno::NAMETOOLONG);
        }
        m.write(buf, name.as_bytes())
    });
    let b = errno_fn(b, "fd_readdir", |ctx, m, (fd, buf, len, cookie, out): (u32, u32, u32, u64, u32)| {
        let data = match ctx.virtual_dir(fd, FD_READDIR)? {
            Some((fs, path, _)) => dirents(super::vfs::dir_entries(fs.as_ref(), &path)?, cookie, len as usize),
            None => ctx.with_dir(fd, FD_READDIR, |dir, _| readdir(dir, cookie, len as usize))?,
        };
        m.write(buf, &data)?;
        m.write_u32(out, data.len() as u32)
    });
    errno_fn(b, "fd_renumber", |ctx, _m, (from, to): (u32, u32)| {
        let mut fds = ctx.fds();
        let valid = |i: u32| fds.get(i as usize).is_some_and(Option::is_some);
        if !valid(from) || !valid(to) {
            return Err(Errno::BADF);
        }
        let entry = fds[from as usize].take();
        fds[to as usize] = entry;
        Ok(())
    })
}
