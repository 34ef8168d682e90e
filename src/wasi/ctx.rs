//! The WASI state of one module instance: arguments, environment, and its table of open
//! file descriptors (standard streams, preopened directories, files it opened).

use super::errno::Errno;
use crate::{ModuleConfig, SharedReader, SharedWriter};
use std::fs::File;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::sync::{Mutex, MutexGuard};

/// What a WASI file descriptor refers to.
pub(crate) enum Entry {
    /// Standard input (reads return end of file when none was configured).
    Stdin(Option<SharedReader>),
    /// Standard output or error (writes are discarded when none was configured).
    Output(Option<SharedWriter>),
    /// A regular file (or other non-directory) the guest opened.
    File { file: File },
    /// A directory: preopened (with the name the guest sees) or opened by the guest.
    Dir { dir: OwnedFd, preopen: Option<String> },
}

impl Entry {
    /// The host descriptor of a file or directory.
    pub(crate) fn host_fd(&self) -> Option<BorrowedFd<'_>> {
        match self {
            Entry::File { file } => Some(file.as_fd()),
            Entry::Dir { dir, .. } => Some(dir.as_fd()),
            _ => None,
        }
    }
}

/// Most descriptors one instance may hold open at once.
const MAX_FDS: usize = 1024;

/// A module instance's WASI state.
pub(crate) struct WasiCtx {
    pub(crate) args: Vec<String>,
    pub(crate) env: Vec<(String, String)>,
    fds: Mutex<Vec<Option<Entry>>>,
}

impl WasiCtx {
    /// The state `config` describes; preopened directories are opened now.
    pub(crate) fn new(config: &ModuleConfig) -> Result<WasiCtx, String> {
        let mut fds = vec![
            Some(Entry::Stdin(config.stdin.clone())),
            Some(Entry::Output(config.stdout.clone())),
            Some(Entry::Output(config.stderr.clone())),
        ];
        for (host, guest) in &config.dirs {
            let dir = super::path::open_dir(host).map_err(|e| format!("cannot preopen {}: {e}", host.display()))?;
            fds.push(Some(Entry::Dir { dir, preopen: Some(guest.clone()) }));
        }
        Ok(WasiCtx { args: config.args.clone(), env: config.env.clone(), fds: Mutex::new(fds) })
    }

    /// The descriptor table, locked.
    pub(crate) fn fds(&self) -> MutexGuard<'_, Vec<Option<Entry>>> {
        self.fds.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Run `f` on descriptor `fd`.
    pub(crate) fn with_fd<T>(&self, fd: u32, f: impl FnOnce(&mut Entry) -> Result<T, Errno>) -> Result<T, Errno> {
        let mut fds = self.fds();
        let entry = fds.get_mut(fd as usize).and_then(Option::as_mut).ok_or(Errno::BADF)?;
        f(entry)
    }

    /// Run `f` on the host descriptor of directory `fd`.
    pub(crate) fn with_dir<T>(&self, fd: u32, f: impl FnOnce(BorrowedFd<'_>) -> Result<T, Errno>) -> Result<T, Errno> {
        self.with_fd(fd, |entry| match entry {
            Entry::Dir { dir, .. } => f(dir.as_fd()),
            _ => Err(Errno::NOTDIR),
        })
    }

    /// Install `entry` at the lowest free descriptor.
    pub(crate) fn insert(&self, entry: Entry) -> Result<u32, Errno> {
        let mut fds = self.fds();
        if let Some(i) = fds.iter().position(Option::is_none) {
            fds[i] = Some(entry);
            return Ok(i as u32);
        }
        if fds.len() >= MAX_FDS {
            return Err(Errno::MFILE);
        }
        fds.push(Some(entry));
        Ok(fds.len() as u32 - 1)
    }
}
