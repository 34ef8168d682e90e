//! Paths: resolution inside a directory descriptor, and the `path_*` calls.
//!
//! A guest path is resolved by [`resolve`] one component at a time with `*at` system
//! calls relative to the directory descriptor, never by the host's own path lookup:
//! absolute paths are refused, `..` may not climb above the starting directory, and every
//! symbolic link met on the way is read and spliced into the remaining path under the
//! same rules (an absolute target is refused). Each step opens the next directory with
//! `O_NOFOLLOW`, and final operations use `AT_SYMLINK_NOFOLLOW`/`O_NOFOLLOW`, so a link
//! swapped in during resolution makes the call fail rather than escape.

use super::ctx::Entry;
use super::errno::Errno;
use super::fd::{host_flags, FDFLAG_APPEND};
use super::mem::GuestMemory;
use super::rights::*;
use super::{errno_fn, vfs, WasiCtx};
use crate::HostModuleBuilder;
use std::collections::VecDeque;
use std::ffi::CString;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::sync::Arc;

/// Most symbolic links followed while resolving one path.
const MAX_LINKS: u32 = 40;
/// Lookup flag: follow a symbolic link in the last component.
const SYMLINK_FOLLOW: u32 = 1;
/// `path_open`'s `oflags` bit that asks for a directory.
const OFLAGS_DIRECTORY: u32 = 2;

fn cstr(s: &str) -> Result<CString, Errno> {
    CString::new(s).map_err(|_| Errno::INVAL)
}

/// `openat(dir, name, flags)`.
pub(crate) fn openat(dir: BorrowedFd<'_>, name: &str, flags: i32, mode: u32) -> Result<OwnedFd, Errno> {
    let name = cstr(name)?;
    // SAFETY: a NUL-terminated name and a valid directory descriptor; the result is checked.
    let fd = unsafe { libc::openat(dir.as_raw_fd(), name.as_ptr(), flags | libc::O_CLOEXEC, mode) };
    if fd < 0 {
        return Err(Errno::last_os());
    }
    // SAFETY: `fd` was just returned by openat and is owned by no one else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Open a host directory to preopen it.
pub(crate) fn open_dir(path: &std::path::Path) -> std::io::Result<OwnedFd> {
    use std::os::unix::fs::OpenOptionsExt;
    let dir = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_DIRECTORY).open(path)?;
    Ok(OwnedFd::from(dir))
}

/// The target of symbolic link `name` in `dir`, or None when it is not a link (or absent).
fn read_link(dir: BorrowedFd<'_>, name: &str) -> Result<Option<String>, Errno> {
    let c = cstr(name)?;
    let mut buf = vec![0u8; 4096];
    // SAFETY: valid descriptor, NUL-terminated name, and a buffer of the given length.
    let n = unsafe { libc::readlinkat(dir.as_raw_fd(), c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return match Errno::last_os() {
            Errno::INVAL | Errno::NOENT => Ok(None),
            e => Err(e),
        };
    }
    buf.truncate(n as usize);
    String::from_utf8(buf).map(Some).map_err(|_| Errno::INVAL)
}

/// Resolve `path` inside `root`: the directory holding its last component (a new
/// descriptor) and that component's name (`.` for the directory itself). With
/// `follow_last`, a symbolic link in the last component is followed too.
pub(crate) fn resolve(root: BorrowedFd<'_>, path: &str, follow_last: bool) -> Result<(OwnedFd, String), Errno> {
    if path.is_empty() {
        return Err(Errno::NOENT);
    }
    if path.starts_with('/') {
        return Err(Errno::NOTCAPABLE);
    }
    let mut stack: Vec<OwnedFd> = vec![root.try_clone_to_owned().map_err(Errno::from)?];
    let mut rest: VecDeque<String> = components(path);
    let mut links = 0;
    // A trailing slash means "a directory": keep it as a final "." lookup.
    while let Some(name) = rest.pop_front() {
        let last = rest.is_empty();
        let dir = stack.last().expect("the root stays").as_fd();
        if name == ".." {
            if stack.len() == 1 {
                return Err(Errno::NOTCAPABLE);
            }
            stack.pop();
            if last {
                return Ok((stack.pop().expect("the parent"), ".".into()));
            }
            continue;
        }
        if last && !follow_last {
            return Ok((stack.pop().expect("a directory"), name));
        }
        if let Some(target) = read_link(dir, &name)? {
            links += 1;
            if links > MAX_LINKS {
                return Err(Errno::LOOP);
            }
            if target.starts_with('/') {
                return Err(Errno::NOTCAPABLE);
            }
            let mut spliced = components(&target);
            if spliced.is_empty() {
                return Err(Errno::NOENT);
            }
            spliced.extend(rest.drain(..));
            rest = spliced;
            continue;
        }
        if last {
            return Ok((stack.pop().expect("a directory"), name));
        }
        let next = openat(dir, &name, libc::O_PATH | libc::O_DIRECTORY | libc::O_NOFOLLOW, 0)?;
        stack.push(next);
    }
    Ok((stack.pop().expect("a directory"), ".".into()))
}

/// The components of `path` that need resolving (`.` and empty ones dropped; a trailing
/// slash kept as `.` so the last component must be a directory).
fn components(path: &str) -> VecDeque<String> {
    let mut out: VecDeque<String> = path.split('/').filter(|c| !c.is_empty() && *c != ".").map(String::from).collect();
    if path.ends_with('/') && !out.is_empty() {
        out.push_back(".".into());
    }
    out
}

/// Resolve the guest path at `(ptr, len)` inside directory `fd`, which must have the
/// rights `need`, then run `f` on the parent directory and last component.
fn at<T>(
    ctx: &WasiCtx,
    m: &GuestMemory,
    (fd, need): (u32, Right),
    (ptr, len): (u32, u32),
    follow: bool,
    f: impl FnOnce(BorrowedFd<'_>, &CString) -> Result<T, Errno>,
) -> Result<T, Errno> {
    let path = m.read_str(ptr, len)?;
    let (parent, name) = ctx.with_dir(fd, need, |dir, _| resolve(dir, &path, follow))?;
    f(parent.as_fd(), &cstr(&name)?)
}

/// [`resolve`] for a path whose trailing slash must reach the system call (a rename of
/// `dir/`): the slash is kept on the name instead of resolving to the directory itself.
fn resolve_keeping_slash(dir: BorrowedFd<'_>, path: &str) -> Result<(OwnedFd, String), Errno> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() || trimmed.len() == path.len() {
        return resolve(dir, path, false);
    }
    let (parent, name) = resolve(dir, trimmed, false)?;
    Ok((parent, name + "/"))
}

/// `path_open` of guest path `path` in virtual directory `dir` of `fs`: the entry and the
/// rights an entry of its kind can have. Creating and truncating never get here (the
/// directory lacks the rights); `O_DIRECTORY` (or a trailing slash) on a file is `NOTDIR`.
fn open_virtual(fs: Arc<dyn vfs::ReadOnlyFs>, dir: &str, path: &str, oflags: u32) -> Result<(Entry, Right), Errno> {
    let (path, must_be_dir) = vfs::resolve(dir, path)?;
    let entry = match vfs::stat(fs.as_ref(), &path)? {
        vfs::FsEntry::Dir => (Entry::VirtualDir { fs, path, preopen: None }, DIR_BASE),
        vfs::FsEntry::File { .. } if must_be_dir || oflags & OFLAGS_DIRECTORY != 0 => return Err(Errno::NOTDIR),
        vfs::FsEntry::File { .. } => (Entry::VirtualFile { fs, path, pos: 0 }, FILE_BASE),
    };
    Ok(entry)
}

/// Map a `-1` system-call result to the errno.
fn check(rc: i32) -> Result<(), Errno> {
    if rc < 0 {
        Err(Errno::last_os())
    } else {
        Ok(())
    }
}

/// Encode `st` as a WASI `filestat` (64 bytes).
pub(crate) fn filestat(st: &libc::stat) -> [u8; 64] {
    let mut out = [0u8; 64];
    let ns = |s: i64, n: i64| (s as u64).wrapping_mul(1_000_000_000).wrapping_add(n as u64);
    out[0..8].copy_from_slice(&(st.st_dev as u64).to_le_bytes());
    out[8..16].copy_from_slice(&(st.st_ino as u64).to_le_bytes());
    out[16] = filetype(st.st_mode);
    out[24..32].copy_from_slice(&(st.st_nlink as u64).to_le_bytes());
    out[32..40].copy_from_slice(&(st.st_size as u64).to_le_bytes());
    out[40..48].copy_from_slice(&ns(st.st_atime, st.st_atime_nsec).to_le_bytes());
    out[48..56].copy_from_slice(&ns(st.st_mtime, st.st_mtime_nsec).to_le_bytes());
    out[56..64].copy_from_slice(&ns(st.st_ctime, st.st_ctime_nsec).to_le_bytes());
    out
}

/// The WASI file type of a host `st_mode`.
pub(crate) fn filetype(mode: libc::mode_t) -> u8 {
    match mode & libc::S_IFMT {
        libc::S_IFBLK => 1,
        libc::S_IFCHR => 2,
        libc::S_IFDIR => 3,
        libc::S_IFREG => 4,
        libc::S_IFSOCK => 6,
        libc::S_IFLNK => 7,
        _ => 0,
    }
}

/// `fstatat(dir, name, AT_SYMLINK_NOFOLLOW)` (an empty name stats `dir` itself).
pub(crate) fn stat_at(dir: BorrowedFd<'_>, name: &CString) -> Result<libc::stat, Errno> {
    // SAFETY: all-zero is a valid `stat`; it is only read after the call fills it.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    let flags = if name.as_bytes().is_empty() { libc::AT_EMPTY_PATH } else { 0 } | libc::AT_SYMLINK_NOFOLLOW;
    // SAFETY: valid descriptor, NUL-terminated name, and a `stat` to fill.
    check(unsafe { libc::fstatat(dir.as_raw_fd(), name.as_ptr(), &mut st, flags) })?;
    Ok(st)
}

/// `timespec`s for `utimensat`/`futimens` from WASI times and `fst_flags`.
pub(crate) fn times(atim: u64, mtim: u64, flags: u32) -> Result<[libc::timespec; 2], Errno> {
    if (flags & 1 != 0 && flags & 2 != 0) || (flags & 4 != 0 && flags & 8 != 0) {
        return Err(Errno::INVAL);
    }
    let spec = |t: u64, set: bool, now: bool| libc::timespec {
        tv_sec: (t / 1_000_000_000) as libc::time_t,
        tv_nsec: if now {
            libc::UTIME_NOW
        } else if set {
            (t % 1_000_000_000) as libc::c_long
        } else {
            libc::UTIME_OMIT
        },
    };
    Ok([spec(atim, flags & 1 != 0, flags & 2 != 0), spec(mtim, flags & 4 != 0, flags & 8 != 0)])
}

/// Open flags (`oflags`), rights and fd flags of `path_open` as host `open` flags: the
/// host descriptor is writable when a right needs it (a directory opened so fails with
/// `EISDIR`, as it must).
fn open_flags(oflags: u32, rights: Right, fdflags: u16) -> i32 {
    let mut flags = libc::O_NOFOLLOW;
    if oflags & 1 != 0 {
        flags |= libc::O_CREAT;
    }
    if oflags & 2 != 0 {
        flags |= libc::O_DIRECTORY;
    }
    if oflags & 4 != 0 {
        flags |= libc::O_EXCL;
    }
    if oflags & 8 != 0 {
        flags |= libc::O_TRUNC;
    }
    flags |= host_flags(fdflags);
    // Appending needs write access only when the descriptor may write.
    let append = fdflags & FDFLAG_APPEND != 0 && rights & FD_WRITE != 0;
    let write = rights & WRITE_ACCESS != 0 || oflags & 8 != 0 || append;
    let read = rights & FD_READ != 0;
    flags
        | match (read, write) {
            (true, true) => libc::O_RDWR,
            (false, true) => libc::O_WRONLY,
            _ => libc::O_RDONLY,
        }
}

/// Register the `path_*` calls.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    let b = errno_fn(
        b,
        "path_open",
        |ctx,
         m,
         (fd, dirflags, p, len, oflags, base, inheriting, fdflags, out): (
            u32,
            u32,
            u32,
            u32,
            u32,
            u64,
            u64,
            u32,
            u32,
        )| {
            let path = m.read_str(p, len)?;
            let mut need = PATH_OPEN;
            if oflags & 1 != 0 {
                need |= PATH_CREATE_FILE;
            }
            if oflags & 8 != 0 {
                need |= PATH_FILESTAT_SET_SIZE;
            }
            if let Some((fs, dir, dir_rights)) = ctx.virtual_dir(fd, need)? {
                let (entry, rights) = open_virtual(fs, &dir, &path, oflags)?;
                let rights = Rights {
                    base: base & dir_rights.inheriting & rights,
                    inheriting: inheriting & dir_rights.inheriting,
                };
                return m.write_u32(out, ctx.insert(entry, rights)?);
            }
            // What the directory does not pass on is dropped, not refused.
            let ((parent, name), dir_rights) = ctx
                .with_dir(fd, need, |dir, rights| Ok((resolve(dir, &path, dirflags & SYMLINK_FOLLOW != 0)?, rights)))?;
            let base = base & dir_rights.inheriting;
            let inheriting = inheriting & dir_rights.inheriting;
            let opened = openat(parent.as_fd(), &name, open_flags(oflags, base, fdflags as u16), 0o666)?;
            let st = stat_at(opened.as_fd(), &CString::default())?;
            let (entry, fits) = if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
                (Entry::Dir { dir: opened, preopen: None }, DIR_BASE)
            } else {
                (Entry::File { file: std::fs::File::from(opened) }, FILE_BASE)
            };
            let new_fd = ctx.insert(entry, Rights { base: base & fits, inheriting })?;
            m.write_u32(out, new_fd)
        },
    );
    let b = errno_fn(b, "path_create_directory", |ctx, m, (fd, p, len): (u32, u32, u32)| {
        // SAFETY (each *at call below): valid descriptors and NUL-terminated names.
        at(ctx, m, (fd, PATH_CREATE_DIRECTORY), (p, len), false, |dir, name| {
            check(unsafe { libc::mkdirat(dir.as_raw_fd(), name.as_ptr(), 0o777) })
        })
    });
    let b = errno_fn(b, "path_remove_directory", |ctx, m, (fd, p, len): (u32, u32, u32)| {
        at(ctx, m, (fd, PATH_REMOVE_DIRECTORY), (p, len), false, |dir, name| {
            // SAFETY: as above.
            check(unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), libc::AT_REMOVEDIR) })
        })
    });
    let b = errno_fn(b, "path_unlink_file", |ctx, m, (fd, p, len): (u32, u32, u32)| {
        // SAFETY: as above.
        at(ctx, m, (fd, PATH_UNLINK_FILE), (p, len), false, |dir, name| {
            check(unsafe { libc::unlinkat(dir.as_raw_fd(), name.as_ptr(), 0) })
        })
    });
    let b = errno_fn(b, "path_filestat_get", |ctx, m, (fd, flags, p, len, out): (u32, u32, u32, u32, u32)| {
        if let Some((fs, dir, _)) = ctx.virtual_dir(fd, PATH_FILESTAT_GET)? {
            let (path, _) = vfs::resolve(&dir, &m.read_str(p, len)?)?;
            return m.write(out, &vfs::filestat(&path, vfs::stat(fs.as_ref(), &path)?));
        }
        let st = at(ctx, m, (fd, PATH_FILESTAT_GET), (p, len), flags & SYMLINK_FOLLOW != 0, stat_at)?;
        m.write(out, &filestat(&st))
    });
    let b = errno_fn(
        b,
        "path_filestat_set_times",
        |ctx, m, (fd, flags, p, len, atim, mtim, fst): (u32, u32, u32, u32, u64, u64, u32)| {
            let ts = times(atim, mtim, fst)?;
            at(ctx, m, (fd, PATH_FILESTAT_SET_TIMES), (p, len), flags & SYMLINK_FOLLOW != 0, |dir, name| {
                // SAFETY: as above, with two timespecs.
                check(unsafe {
                    libc::utimensat(dir.as_raw_fd(), name.as_ptr(), ts.as_ptr(), libc::AT_SYMLINK_NOFOLLOW)
                })
            })
        },
    );
    let b = errno_fn(b, "path_readlink", |ctx, m, (fd, p, len, buf, buf_len, out): (u32, u32, u32, u32, u32, u32)| {
        if let Some((fs, dir, _)) = ctx.virtual_dir(fd, PATH_READLINK)? {
            // Such a file system has no links: whatever exists is not one.
            let (path, _) = vfs::resolve(&dir, &m.read_str(p, len)?)?;
            vfs::stat(fs.as_ref(), &path)?;
            return Err(Errno::INVAL);
        }
        let target = at(ctx, m, (fd, PATH_READLINK), (p, len), false, |dir, name| {
            read_link(dir, name.to_str().map_err(|_| Errno::INVAL)?)?.ok_or(Errno::INVAL)
        })?;
        let n = target.len().min(buf_len as usize);
        m.write(buf, &target.as_bytes()[..n])?;
        m.write_u32(out, n as u32)
    });
    let b = errno_fn(b, "path_symlink", |ctx, m, (old, old_len, fd, p, len): (u32, u32, u32, u32, u32)| {
        let target = m.read_str(old, old_len)?;
        // Resolution here never follows a link out of the directory, but host programs
        // working in a shared directory would follow an absolute one anywhere.
        if target.starts_with('/') {
            return Err(Errno::NOTCAPABLE);
        }
        let target = cstr(&target)?;
        at(ctx, m, (fd, PATH_SYMLINK), (p, len), false, |dir, name| {
            // SAFETY: as above. The target is stored as text, relative, and resolution
            // never follows it outside the directory.
            check(unsafe { libc::symlinkat(target.as_ptr(), dir.as_raw_fd(), name.as_ptr()) })
        })
    });
    let b = errno_fn(
        b,
        "path_link",
        |ctx, m, (old_fd, old_flags, old, old_len, new_fd, new, new_len): (u32, u32, u32, u32, u32, u32, u32)| {
            let old_path = m.read_str(old, old_len)?;
            let follow = old_flags & SYMLINK_FOLLOW != 0;
            let (src_dir, src) = ctx.with_dir(old_fd, PATH_LINK_SOURCE, |d, _| resolve(d, &old_path, follow))?;
            let src = cstr(&src)?;
            at(ctx, m, (new_fd, PATH_LINK_TARGET), (new, new_len), false, |dir, name| {
                // SAFETY: as above; without AT_SYMLINK_FOLLOW (links were resolved above).
                check(unsafe { libc::linkat(src_dir.as_raw_fd(), src.as_ptr(), dir.as_raw_fd(), name.as_ptr(), 0) })
            })
        },
    );
    errno_fn(b, "path_rename", |ctx, m, (fd, old, old_len, new_fd, new, new_len): (u32, u32, u32, u32, u32, u32)| {
        let old_path = m.read_str(old, old_len)?;
        let (src_dir, src) = ctx.with_dir(fd, PATH_RENAME_SOURCE, |d, _| resolve_keeping_slash(d, &old_path))?;
        let src = cstr(&src)?;
        let new_path = m.read_str(new, new_len)?;
        let (dir, name) = ctx.with_dir(new_fd, PATH_RENAME_TARGET, |d, _| resolve_keeping_slash(d, &new_path))?;
        let name = cstr(&name)?;
        // SAFETY: as above.
        check(unsafe { libc::renameat(src_dir.as_raw_fd(), src.as_ptr(), dir.as_raw_fd(), name.as_ptr()) })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch tree: `root/inside/file`, `root/link_out -> ../..`, `root/abs -> /etc`,
    /// `root/inside/up -> ..`.
    fn tree() -> (std::path::PathBuf, OwnedFd) {
        let base = std::env::temp_dir().join(format!(
            "onepass-resolve-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&base);
        let root = base.join("root");
        std::fs::create_dir_all(root.join("inside")).unwrap();
        std::fs::write(root.join("inside/file"), b"x").unwrap();
        std::os::unix::fs::symlink("../..", root.join("link_out")).unwrap();
        std::os::unix::fs::symlink("/etc", root.join("abs")).unwrap();
        std::os::unix::fs::symlink("..", root.join("inside/up")).unwrap();
        let fd = open_dir(&root).unwrap();
        (base, fd)
    }

    #[test]
    fn paths_stay_inside_the_directory() {
        let (base, root) = tree();
        let r = |p: &str, follow: bool| resolve(root.as_fd(), p, follow).map(|(_, name)| name);
        assert_eq!(r("inside/file", true), Ok("file".into()));
        assert_eq!(r("inside/../inside/./file", true), Ok("file".into()));
        assert_eq!(r("inside/up/inside/file", true), Ok("file".into()));
        assert_eq!(r("..", true), Err(Errno::NOTCAPABLE));
        assert_eq!(r("inside/../../x", true), Err(Errno::NOTCAPABLE));
        assert_eq!(r("/etc/passwd", true), Err(Errno::NOTCAPABLE));
        assert_eq!(r("link_out/x", true), Err(Errno::NOTCAPABLE));
        assert_eq!(r("abs/passwd", true), Err(Errno::NOTCAPABLE));
        assert_eq!(r("abs", true), Err(Errno::NOTCAPABLE));
        // Not following the last component leaves the link itself to the caller, which
        // operates on it with NOFOLLOW semantics.
        assert_eq!(r("abs", false), Ok("abs".into()));
        assert_eq!(r("inside/file/x", true), Err(Errno::NOTDIR));
        std::fs::remove_dir_all(base).unwrap();
    }
}
