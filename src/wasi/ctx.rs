//! The WASI state of one module instance: arguments, environment, and its table of open
//! file descriptors (standard streams, preopened directories, files it opened), each with
//! its rights.

use super::errno::Errno;
use super::rights::{Right, Rights};
use super::vfs::ReadOnlyFs;
use crate::config::{DirAccess, DirSource};
use crate::{ModuleConfig, SharedReader, SharedWriter};
use std::fs::File;
use std::net::{TcpListener, TcpStream};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::sync::Arc;
use std::sync::{Mutex, MutexGuard};

/// What a WASI file descriptor refers to.
pub(crate) enum Entry {
    /// Standard input (reads return end of file when none was configured).
    Stdin(Option<SharedReader>, StdioKind),
    /// Standard output or error (writes are discarded when none was configured).
    Output(Option<SharedWriter>, StdioKind),
    /// A regular file (or other non-directory) the guest opened.
    File { file: File },
    /// A directory: preopened (with the name the guest sees) or opened by the guest.
    Dir { dir: OwnedFd, preopen: Option<String> },
    /// A directory of a guest-visible file system that is not the host's (`path`
    /// normalized, see `vfs`): preopened (with the name the guest sees) or opened by the
    /// guest.
    VirtualDir { fs: Arc<dyn ReadOnlyFs>, path: String, preopen: Option<String> },
    /// A file of such a file system, read from `pos` on.
    VirtualFile { fs: Arc<dyn ReadOnlyFs>, path: String, pos: u64 },
    /// A preopened listening socket.
    Listener(TcpListener),
    /// A connection the guest accepted.
    Stream(TcpStream),
}

/// What a standard stream is reported to be (`fd_fdstat_get`, `fd_filestat_get`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum StdioKind {
    /// A terminal: a character device without seek or tell rights, so wasi-libc's `isatty`
    /// is true for it.
    Terminal,
    /// Anything else the embedder's reader or writer may be (a pipe, a file, a buffer).
    Unknown,
}

impl StdioKind {
    /// The WASI `filetype` reported for a standard stream of this kind.
    pub(crate) fn filetype(self) -> u8 {
        match self {
            StdioKind::Terminal => 2, // character device
            StdioKind::Unknown => 0,
        }
    }
}

impl Entry {
    /// The host descriptor of a file or directory.
    pub(crate) fn host_fd(&self) -> Option<BorrowedFd<'_>> {
        match self {
            Entry::File { file } => Some(file.as_fd()),
            Entry::Dir { dir, .. } => Some(dir.as_fd()),
            Entry::Listener(listener) => Some(listener.as_fd()),
            Entry::Stream(stream) => Some(stream.as_fd()),
            _ => None,
        }
    }

    /// The WASI `filetype` of a standard stream (0, unknown, for every other entry).
    pub(crate) fn stdio_filetype(&self) -> u8 {
        match self {
            Entry::Stdin(_, kind) | Entry::Output(_, kind) => kind.filetype(),
            _ => 0,
        }
    }

    /// The file system and path of a virtual file or directory.
    pub(crate) fn virtual_path(&self) -> Option<(&dyn ReadOnlyFs, &str)> {
        match self {
            Entry::VirtualDir { fs, path, .. } | Entry::VirtualFile { fs, path, .. } => Some((fs.as_ref(), path)),
            _ => None,
        }
    }
}

/// A virtual directory as `WasiCtx::virtual_dir` hands it out: its file system, its
/// (normalized) path and the descriptor's rights.
pub(crate) type VirtualDir = (Arc<dyn ReadOnlyFs>, String, Rights);

/// Most descriptors one instance may hold open at once.
const MAX_FDS: usize = 1024;

/// An open descriptor: what it refers to and what it may be used for.
pub(crate) struct Slot {
    pub(crate) entry: Entry,
    pub(crate) rights: Rights,
}

/// A module instance's WASI state.
pub(crate) struct WasiCtx {
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<(String, String)>,
    /// Injected clocks, sleep and random source (`None`: the host's).
    pub(crate) walltime: Option<crate::SharedClock>,
    pub(crate) nanotime: Option<crate::SharedClock>,
    pub(crate) nanosleep: Option<crate::SharedSleep>,
    pub(crate) random: Option<SharedReader>,
    fds: Mutex<Vec<Option<Slot>>>,
    /// The program's instances: its main one and the threads it spawned (`wasi::thread`).
    pub(crate) threads: super::thread::ThreadGroup,
}

impl WasiCtx {
    /// The state `config` describes; preopened directories are opened now.
    pub(crate) fn new(config: &ModuleConfig) -> Result<WasiCtx, String> {
        let slot = |entry, rights| Some(Slot { entry, rights });
        let kind = |stream: crate::StdStream| match config.terminals[stream as usize] {
            true => StdioKind::Terminal,
            false => StdioKind::Unknown,
        };
        let mut fds = vec![
            slot(Entry::Stdin(config.stdin.clone(), kind(crate::StdStream::Stdin)), Rights::STDIN),
            slot(Entry::Output(config.stdout.clone(), kind(crate::StdStream::Stdout)), Rights::OUTPUT),
            slot(Entry::Output(config.stderr.clone(), kind(crate::StdStream::Stderr)), Rights::OUTPUT),
        ];
        for (source, guest) in &config.dirs {
            let (host, access) = match source {
                DirSource::Host(host, access) => (host, access),
                DirSource::Fs(fs) => {
                    let entry = Entry::VirtualDir { fs: fs.clone(), path: ".".into(), preopen: Some(guest.clone()) };
                    fds.push(slot(entry, Rights::PREOPEN_READ_ONLY));
                    continue;
                }
            };
            let dir = super::path::open_dir(host).map_err(|e| format!("cannot preopen {}: {e}", host.display()))?;
            let rights = match access {
                DirAccess::ReadWrite => Rights::PREOPEN,
                DirAccess::ReadOnly => Rights::PREOPEN_READ_ONLY,
            };
            fds.push(slot(Entry::Dir { dir, preopen: Some(guest.clone()) }, rights));
        }
        // After the directories: wasi-libc looks for preopened directories from descriptor 3
        // up to the first that is not one.
        for listener in &config.listeners {
            let listener = listener.try_clone().map_err(|e| format!("cannot preopen a listening socket: {e}"))?;
            fds.push(slot(Entry::Listener(listener), Rights::LISTENER));
        }
        Ok(WasiCtx {
            args: config.args.clone(),
            env: config.env.clone(),
            walltime: config.walltime.clone(),
            nanotime: config.nanotime.clone(),
            nanosleep: config.nanosleep.clone(),
            random: config.random.clone(),
            fds: Mutex::new(fds),
            threads: Default::default(),
        })
    }

    /// The descriptor table, locked.
    pub(crate) fn fds(&self) -> MutexGuard<'_, Vec<Option<Slot>>> {
        self.fds.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Run `f` on descriptor `fd` and its rights (`BADF` if it is not open).
    pub(crate) fn with_slot<T>(&self, fd: u32, f: impl FnOnce(&mut Slot) -> Result<T, Errno>) -> Result<T, Errno> {
        let mut fds = self.fds();
        let slot = fds.get_mut(fd as usize).and_then(Option::as_mut).ok_or(Errno::BADF)?;
        f(slot)
    }

    /// Run `f` on descriptor `fd` if it has every right of `need` (`BADF` if it is not
    /// open, `NOTCAPABLE` if it lacks one).
    pub(crate) fn with_fd<T>(
        &self,
        fd: u32,
        need: Right,
        f: impl FnOnce(&mut Entry) -> Result<T, Errno>,
    ) -> Result<T, Errno> {
        self.with_slot(fd, |slot| {
            if slot.rights.base & need != need {
                return Err(Errno::NOTCAPABLE);
            }
            f(&mut slot.entry)
        })
    }

    /// Run `f` on the host descriptor of directory `fd` if it has every right of `need`
    /// (`BADF`, then `NOTDIR`, then `NOTCAPABLE`).
    pub(crate) fn with_dir<T>(
        &self,
        fd: u32,
        need: Right,
        f: impl FnOnce(BorrowedFd<'_>, Rights) -> Result<T, Errno>,
    ) -> Result<T, Errno> {
        self.with_slot(fd, |slot| match &slot.entry {
            Entry::Dir { .. } | Entry::VirtualDir { .. } if slot.rights.base & need != need => Err(Errno::NOTCAPABLE),
            Entry::Dir { dir, .. } => f(dir.as_fd(), slot.rights),
            // The calls that read one (open, stat, readlink) ask `virtual_dir` first; the
            // rest change it.
            Entry::VirtualDir { .. } => Err(Errno::ROFS),
            _ => Err(Errno::NOTDIR),
        })
    }

    /// The file system and path of virtual directory `fd` when it has every right of
    /// `need`, with its rights; `None` when `fd` is not a virtual directory (the caller
    /// then goes on as for a host one).
    pub(crate) fn virtual_dir(&self, fd: u32, need: Right) -> Result<Option<VirtualDir>, Errno> {
        self.with_slot(fd, |slot| match &slot.entry {
            Entry::VirtualDir { .. } if slot.rights.base & need != need => Err(Errno::NOTCAPABLE),
            Entry::VirtualDir { fs, path, .. } => Ok(Some((fs.clone(), path.clone(), slot.rights))),
            _ => Ok(None),
        })
    }

    /// Install `entry` with `rights` at the lowest free descriptor.
    pub(crate) fn insert(&self, entry: Entry, rights: Rights) -> Result<u32, Errno> {
        let mut fds = self.fds();
        let slot = Some(Slot { entry, rights });
        if let Some(i) = fds.iter().position(Option::is_none) {
            fds[i] = slot;
            return Ok(i as u32);
        }
        if fds.len() >= MAX_FDS {
            return Err(Errno::MFILE);
        }
        fds.push(slot);
        Ok(fds.len() as u32 - 1)
    }
}
