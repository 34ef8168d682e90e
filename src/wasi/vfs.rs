//! File systems that are not the host's: a guest can be given any [`ReadOnlyFs`] (wazero's
//! `fs.FS` mounts, through [`crate::ModuleConfig::with_fs`]), such as a [`MemoryFs`] of files
//! held in memory. The guest sees a preopened directory, read-only: it can open, read,
//! seek, stat and list, and every call that would change something fails with
//! `NOTCAPABLE` (the directory carries only the read-only rights) or `ROFS`.
//!
//! Paths reach a file system normalized: relative to its root, `/`-separated, with no
//! empty, `.` or `..` component, and `.` for the root itself. A guest path is resolved
//! component by component from the directory it is opened in, and `..` cannot leave the
//! mount (`NOTCAPABLE`), as with host directories.

use super::errno::Errno;
use std::collections::BTreeMap;
use std::io;
use std::sync::Arc;

/// What a path of a [`ReadOnlyFs`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FsEntry {
    /// A regular file of `size` bytes.
    File {
        /// Its length in bytes.
        size: u64,
    },
    /// A directory.
    Dir,
}

/// A read-only file system a guest can be given (wazero's `fs.FS`). Called from the
/// guest's WASI calls, possibly on several threads at once. Errors are turned into WASI
/// errnos by their kind (`NotFound` is `NOENT`, and so on).
pub trait ReadOnlyFs: Send + Sync {
    /// What `path` (normalized, see the module documentation) is; `NotFound` if nothing.
    fn stat(&self, path: &str) -> io::Result<FsEntry>;
    /// Read file `path` from byte `offset` into `buf`: how many bytes were read (0 at or
    /// past its end).
    fn read_at(&self, path: &str, offset: u64, buf: &mut [u8]) -> io::Result<usize>;
    /// The names in directory `path` with what each is, in any order (`.` and `..`
    /// excluded).
    fn read_dir(&self, path: &str) -> io::Result<Vec<(String, FsEntry)>>;
}

/// A [`ReadOnlyFs`] of files held in memory; directories are those the files' paths name.
///
/// ```
/// use onepass::wasi::MemoryFs;
/// let fs = MemoryFs::new().with_file("etc/motd", "hello\n").with_file("data/a.bin", vec![1, 2, 3]);
/// let config = onepass::ModuleConfig::new().with_fs(std::sync::Arc::new(fs), "/");
/// # let _ = config;
/// ```
#[derive(Clone, Debug, Default)]
pub struct MemoryFs {
    files: BTreeMap<String, Arc<[u8]>>,
}

impl MemoryFs {
    /// An empty file system (its root is an empty directory).
    pub fn new() -> MemoryFs {
        MemoryFs::default()
    }

    /// Add (or replace) the file at `path` (`/`-separated, relative to the root; `.`, `..`
    /// and empty components are not allowed, and a file cannot also be a directory).
    ///
    /// # Panics
    /// On a path that is not of that form, or that would make a name both a file and a
    /// directory.
    pub fn with_file(mut self, path: &str, contents: impl Into<Vec<u8>>) -> MemoryFs {
        let valid = !path.is_empty() && path.split('/').all(|c| !c.is_empty() && c != "." && c != "..");
        assert!(valid, "MemoryFs::with_file: {path:?} is not a relative path of plain names");
        let ancestor_is_file = path.match_indices('/').any(|(i, _)| self.files.contains_key(&path[..i]));
        assert!(
            !ancestor_is_file && !self.is_dir(path),
            "MemoryFs::with_file: {path:?} would be a file and a directory"
        );
        self.files.insert(path.to_string(), contents.into().into());
        self
    }

    /// Whether `path` is a directory: the root, or a proper prefix of a file's path.
    fn is_dir(&self, path: &str) -> bool {
        if path == "." {
            return true;
        }
        let prefix = format!("{path}/");
        self.files.range(prefix.clone()..).next().is_some_and(|(name, _)| name.starts_with(&prefix))
    }
}

impl ReadOnlyFs for MemoryFs {
    fn stat(&self, path: &str) -> io::Result<FsEntry> {
        if let Some(file) = self.files.get(path) {
            return Ok(FsEntry::File { size: file.len() as u64 });
        }
        if self.is_dir(path) {
            return Ok(FsEntry::Dir);
        }
        Err(io::ErrorKind::NotFound.into())
    }

    fn read_at(&self, path: &str, offset: u64, buf: &mut [u8]) -> io::Result<usize> {
        let file = self.files.get(path).ok_or(io::ErrorKind::NotFound)?;
        let start = usize::try_from(offset).unwrap_or(usize::MAX).min(file.len());
        let n = buf.len().min(file.len() - start);
        buf[..n].copy_from_slice(&file[start..start + n]);
        Ok(n)
    }

    fn read_dir(&self, path: &str) -> io::Result<Vec<(String, FsEntry)>> {
        if !self.is_dir(path) {
            return Err(io::ErrorKind::NotFound.into());
        }
        let prefix = if path == "." { String::new() } else { format!("{path}/") };
        let mut entries: BTreeMap<String, FsEntry> = BTreeMap::new();
        for (name, contents) in self.files.range(prefix.clone()..) {
            let Some(rest) = name.strip_prefix(&prefix) else { break };
            match rest.split_once('/') {
                Some((dir, _)) => entries.insert(dir.to_string(), FsEntry::Dir),
                None => entries.insert(rest.to_string(), FsEntry::File { size: contents.len() as u64 }),
            };
        }
        Ok(entries.into_iter().collect())
    }
}

/// The normalized path (see the module documentation) that guest path `path` names from
/// directory `dir` (itself normalized); `NOTCAPABLE` for an absolute path or one whose
/// `..` leaves the root. A trailing slash is kept as a request that the path be a
/// directory (the second value).
pub(crate) fn resolve(dir: &str, path: &str) -> Result<(String, bool), Errno> {
    if path.starts_with('/') {
        return Err(Errno::NOTCAPABLE);
    }
    let mut parts: Vec<&str> = if dir == "." { Vec::new() } else { dir.split('/').collect() };
    for component in path.split('/') {
        match component {
            "" | "." => {}
            ".." => {
                parts.pop().ok_or(Errno::NOTCAPABLE)?;
            }
            name => parts.push(name),
        }
    }
    let joined = if parts.is_empty() { ".".to_string() } else { parts.join("/") };
    Ok((joined, path.ends_with('/')))
}

/// What `path` of `fs` is, as an errno on failure.
pub(crate) fn stat(fs: &dyn ReadOnlyFs, path: &str) -> Result<FsEntry, Errno> {
    fs.stat(path).map_err(Errno::from)
}

/// A WASI `filestat` (64 bytes) for an entry of a virtual file system: no device, an inode
/// number from the path (stable within a run), one link, no times.
pub(crate) fn filestat(path: &str, entry: FsEntry) -> [u8; 64] {
    let mut out = [0u8; 64];
    out[8..16].copy_from_slice(&inode(path).to_le_bytes());
    let size = match entry {
        FsEntry::File { size } => size,
        FsEntry::Dir => 0,
    };
    out[16] = filetype(entry);
    out[24..32].copy_from_slice(&1u64.to_le_bytes());
    out[32..40].copy_from_slice(&size.to_le_bytes());
    out
}

/// A WASI file type byte.
pub(crate) fn filetype(entry: FsEntry) -> u8 {
    match entry {
        FsEntry::File { .. } => 4,
        FsEntry::Dir => 3,
    }
}

/// An inode number for `path` (FNV-1a of its bytes, never 0).
fn inode(path: &str) -> u64 {
    let hash = path.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    hash.max(1)
}

/// The entries of directory `path` of `fs` as `fd_readdir` lists them: `.` and `..` first,
/// then the rest by name, each as (inode, WASI file type, name).
pub(crate) fn dir_entries(fs: &dyn ReadOnlyFs, path: &str) -> Result<Vec<(u64, u8, Vec<u8>)>, Errno> {
    let mut entries = fs.read_dir(path).map_err(Errno::from)?;
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    let parent = resolve(path, "..").map_or_else(|_| ".".to_string(), |p| p.0);
    let mut out = vec![(inode(path), 3, b".".to_vec()), (inode(&parent), 3, b"..".to_vec())];
    for (name, entry) in entries {
        let full = if path == "." { name.clone() } else { format!("{path}/{name}") };
        out.push((inode(&full), filetype(entry), name.into_bytes()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guest_paths_resolve_inside_the_mount() {
        assert_eq!(resolve(".", "a/b"), Ok(("a/b".to_string(), false)));
        assert_eq!(resolve(".", "a/./b/"), Ok(("a/b".to_string(), true)));
        assert_eq!(resolve("a", "../b"), Ok(("b".to_string(), false)));
        assert_eq!(resolve("a", ".."), Ok((".".to_string(), false)));
        assert_eq!(resolve(".", ""), Ok((".".to_string(), false)));
        assert_eq!(resolve("a", "../.."), Err(Errno::NOTCAPABLE));
        assert_eq!(resolve(".", "/etc/passwd"), Err(Errno::NOTCAPABLE));
    }

    #[test]
    fn a_memory_fs_has_the_directories_its_files_name() {
        let fs = MemoryFs::new().with_file("a/b/c.txt", "abc").with_file("a/d.txt", "d").with_file("ab", "x");
        assert_eq!(fs.stat(".").unwrap(), FsEntry::Dir);
        assert_eq!(fs.stat("a").unwrap(), FsEntry::Dir);
        assert_eq!(fs.stat("a/b").unwrap(), FsEntry::Dir);
        assert_eq!(fs.stat("a/b/c.txt").unwrap(), FsEntry::File { size: 3 });
        assert_eq!(fs.stat("a/b/c").unwrap_err().kind(), io::ErrorKind::NotFound);
        assert_eq!(fs.stat("a/").unwrap_err().kind(), io::ErrorKind::NotFound);
        let names: Vec<String> = fs.read_dir(".").unwrap().into_iter().map(|e| e.0).collect();
        assert_eq!(names, ["a", "ab"]);
        let a = fs.read_dir("a").unwrap();
        assert_eq!(a, [("b".to_string(), FsEntry::Dir), ("d.txt".to_string(), FsEntry::File { size: 1 })]);
        assert!(fs.read_dir("ab").is_err());
        let clash = std::panic::catch_unwind(|| MemoryFs::new().with_file("a", "x").with_file("a/b", "y"));
        assert!(clash.is_err(), "a file cannot have files under it");
        let clash = std::panic::catch_unwind(|| MemoryFs::new().with_file("a/b", "y").with_file("a", "x"));
        assert!(clash.is_err(), "a directory cannot become a file");
        let mut buf = [0u8; 8];
        assert_eq!(fs.read_at("a/b/c.txt", 1, &mut buf).unwrap(), 2);
        assert_eq!(&buf[..2], b"bc");
        assert_eq!(fs.read_at("a/b/c.txt", 99, &mut buf).unwrap(), 0);
    }
}
