//! WASI preview1 rights: what each descriptor may be used for.
//!
//! Every descriptor carries *base* rights (the operations allowed on it) and *inheriting*
//! rights (the most a descriptor opened through it may get). `path_open` gives the new
//! descriptor what it asks for within its directory's inheriting rights (rights it lacks are
//! dropped silently, as wasi-libc and Rust's std expect), then keeps only those that fit what
//! was opened: a directory never gets read, write, seek or size rights. `fd_fdstat_set_rights`
//! may only drop rights. An operation without its right fails with `NOTCAPABLE`. The masks are
//! the ones other runtimes (uvwasi, wasi-common) give, which the WASI test suite checks.

/// A right, as a bit of a rights set.
pub(crate) type Right = u64;

/// `fd_datasync`.
pub(crate) const FD_DATASYNC: Right = 1 << 0;
/// `fd_read`, `fd_pread`.
pub(crate) const FD_READ: Right = 1 << 1;
/// `fd_seek` (and `fd_tell`).
pub(crate) const FD_SEEK: Right = 1 << 2;
/// `fd_fdstat_set_flags`.
pub(crate) const FD_FDSTAT_SET_FLAGS: Right = 1 << 3;
/// `fd_sync`.
pub(crate) const FD_SYNC: Right = 1 << 4;
/// `fd_tell` (and `fd_seek` by 0 from the current position).
pub(crate) const FD_TELL: Right = 1 << 5;
/// `fd_write`, `fd_pwrite`.
pub(crate) const FD_WRITE: Right = 1 << 6;
/// `fd_advise`.
pub(crate) const FD_ADVISE: Right = 1 << 7;
/// `fd_allocate`.
pub(crate) const FD_ALLOCATE: Right = 1 << 8;
/// `path_create_directory`.
pub(crate) const PATH_CREATE_DIRECTORY: Right = 1 << 9;
/// `path_open` with `O_CREAT`.
pub(crate) const PATH_CREATE_FILE: Right = 1 << 10;
/// `path_link` (source directory).
pub(crate) const PATH_LINK_SOURCE: Right = 1 << 11;
/// `path_link` (target directory).
pub(crate) const PATH_LINK_TARGET: Right = 1 << 12;
/// `path_open`.
pub(crate) const PATH_OPEN: Right = 1 << 13;
/// `fd_readdir`.
pub(crate) const FD_READDIR: Right = 1 << 14;
/// `path_readlink`.
pub(crate) const PATH_READLINK: Right = 1 << 15;
/// `path_rename` (source directory).
pub(crate) const PATH_RENAME_SOURCE: Right = 1 << 16;
/// `path_rename` (target directory).
pub(crate) const PATH_RENAME_TARGET: Right = 1 << 17;
/// `path_filestat_get`.
pub(crate) const PATH_FILESTAT_GET: Right = 1 << 18;
/// `path_open` with `O_TRUNC`.
pub(crate) const PATH_FILESTAT_SET_SIZE: Right = 1 << 19;
/// `path_filestat_set_times`.
pub(crate) const PATH_FILESTAT_SET_TIMES: Right = 1 << 20;
/// `fd_filestat_get`.
pub(crate) const FD_FILESTAT_GET: Right = 1 << 21;
/// `fd_filestat_set_size`.
pub(crate) const FD_FILESTAT_SET_SIZE: Right = 1 << 22;
/// `fd_filestat_set_times`.
pub(crate) const FD_FILESTAT_SET_TIMES: Right = 1 << 23;
/// `path_symlink`.
pub(crate) const PATH_SYMLINK: Right = 1 << 24;
/// `path_remove_directory`.
pub(crate) const PATH_REMOVE_DIRECTORY: Right = 1 << 25;
/// `path_unlink_file`.
pub(crate) const PATH_UNLINK_FILE: Right = 1 << 26;
/// `poll_oneoff` on the descriptor.
pub(crate) const POLL_FD_READWRITE: Right = 1 << 27;
/// `sock_shutdown`.
pub(crate) const SOCK_SHUTDOWN: Right = 1 << 28;
/// `sock_accept`.
pub(crate) const SOCK_ACCEPT: Right = 1 << 29;

/// What an accepted connection may be used for.
pub(crate) const STREAM_BASE: Right =
    FD_READ | FD_WRITE | FD_FDSTAT_SET_FLAGS | FD_FILESTAT_GET | POLL_FD_READWRITE | SOCK_SHUTDOWN;

/// What a directory may be used for.
pub(crate) const DIR_BASE: Right = FD_FDSTAT_SET_FLAGS
    | FD_SYNC
    | FD_ADVISE
    | PATH_CREATE_DIRECTORY
    | PATH_CREATE_FILE
    | PATH_LINK_SOURCE
    | PATH_LINK_TARGET
    | PATH_OPEN
    | FD_READDIR
    | PATH_READLINK
    | PATH_RENAME_SOURCE
    | PATH_RENAME_TARGET
    | PATH_FILESTAT_GET
    | PATH_FILESTAT_SET_SIZE
    | PATH_FILESTAT_SET_TIMES
    | FD_FILESTAT_GET
    | FD_FILESTAT_SET_TIMES
    | PATH_SYMLINK
    | PATH_REMOVE_DIRECTORY
    | PATH_UNLINK_FILE
    | POLL_FD_READWRITE;

/// What a regular file (or other non-directory) may be used for.
pub(crate) const FILE_BASE: Right = FD_DATASYNC
    | FD_READ
    | FD_SEEK
    | FD_FDSTAT_SET_FLAGS
    | FD_SYNC
    | FD_TELL
    | FD_WRITE
    | FD_ADVISE
    | FD_ALLOCATE
    | FD_FILESTAT_GET
    | FD_FILESTAT_SET_SIZE
    | FD_FILESTAT_SET_TIMES
    | POLL_FD_READWRITE;

/// What a directory may do that changes it, or lets a file in it be changed elsewhere
/// (linking or renaming out of it).
const DIR_CHANGES: Right = PATH_CREATE_DIRECTORY
    | PATH_CREATE_FILE
    | PATH_LINK_SOURCE
    | PATH_LINK_TARGET
    | PATH_RENAME_SOURCE
    | PATH_RENAME_TARGET
    | PATH_FILESTAT_SET_SIZE
    | PATH_FILESTAT_SET_TIMES
    | FD_FILESTAT_SET_TIMES
    | PATH_SYMLINK
    | PATH_REMOVE_DIRECTORY
    | PATH_UNLINK_FILE;

/// What a file may do that changes it.
const FILE_CHANGES: Right = FD_WRITE | FD_DATASYNC | FD_ALLOCATE | FD_FILESTAT_SET_SIZE | FD_FILESTAT_SET_TIMES;

/// Rights that need the host descriptor open for writing.
pub(crate) const WRITE_ACCESS: Right = FD_WRITE | FD_DATASYNC | FD_ALLOCATE | FD_FILESTAT_SET_SIZE;

/// A descriptor's rights.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Rights {
    /// What the descriptor may be used for.
    pub(crate) base: Right,
    /// The most a descriptor opened through it may get.
    pub(crate) inheriting: Right,
}

impl Rights {
    /// A preopened directory: every directory right, and every file and directory right
    /// to pass on.
    pub(crate) const PREOPEN: Rights = Rights { base: DIR_BASE, inheriting: DIR_BASE | FILE_BASE };
    /// A read-only preopened directory: nothing that changes it or what is in it, here
    /// or on any descriptor opened through it.
    pub(crate) const PREOPEN_READ_ONLY: Rights =
        Rights { base: DIR_BASE & !DIR_CHANGES, inheriting: (DIR_BASE & !DIR_CHANGES) | (FILE_BASE & !FILE_CHANGES) };
    /// Standard input.
    pub(crate) const STDIN: Rights =
        Rights { base: FD_READ | FD_FDSTAT_SET_FLAGS | FD_FILESTAT_GET | POLL_FD_READWRITE, inheriting: 0 };
    /// Standard output and error.
    pub(crate) const OUTPUT: Rights =
        Rights { base: FD_WRITE | FD_FDSTAT_SET_FLAGS | FD_FILESTAT_GET | POLL_FD_READWRITE, inheriting: 0 };

    /// A preopened listening socket.
    pub(crate) const LISTENER: Rights = Rights {
        base: SOCK_ACCEPT | FD_FDSTAT_SET_FLAGS | FD_FILESTAT_GET | POLL_FD_READWRITE,
        inheriting: STREAM_BASE,
    };

    /// Whether every right of `other` is one of these.
    pub(crate) fn contain(self, other: Rights) -> bool {
        other.base & !self.base == 0 && other.inheriting & !self.inheriting == 0
    }
}
