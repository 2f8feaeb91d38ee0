//! Files written whole: under a temporary name beside the file, then renamed over it, so whoever
//! reads the file (a browser during `faro serve`, another build sharing the cache, the next
//! build) finds the old file or the new one, never part of one.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Writes `bytes` to `path` whole, replacing the file there. The temporary file,
/// `.<name>.<pid>-<n>.tmp`, is named by the process and a count kept by the process, so two
/// builds at once, or two threads of one build writing the same file, never share one.
pub(crate) fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = temporary(path);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temp)
        .and_then(|mut file| file.write_all(bytes))
        .and_then(|()| std::fs::rename(&temp, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

fn temporary(path: &Path) -> PathBuf {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    path.with_file_name(format!(
        ".{}.{}-{}.tmp",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ))
}

/// Runs `write` 40 times on each of two threads at once, one passing `b'a'`, the other `b'b'`,
/// and panics unless every write succeeded: what each writer of a file is tested with.
#[cfg(test)]
pub(crate) fn race(write: impl Fn(u8) -> io::Result<()> + Sync) {
    std::thread::scope(|s| {
        let threads = [b'a', b'b'].map(|fill| {
            let write = &write;
            s.spawn(move || (0..40).try_for_each(|_| write(fill)))
        });
        for thread in threads {
            thread.join().unwrap().unwrap();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_threads_writing_one_file_both_succeed_and_leave_it_whole() {
        let dir = tempfile::TempDir::new().unwrap();
        let path = dir.path().join("page.html");
        let bytes = |fill: u8| vec![fill; 1 << 18];
        race(|fill| write(&path, &bytes(fill)));
        let written = std::fs::read(&path).unwrap();
        assert!(written == bytes(b'a') || written == bytes(b'b'));
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_leaves_no_temporary_file() {
        let dir = tempfile::TempDir::new().unwrap();
        // A folder cannot be replaced by a file.
        let path = dir.path().join("taken");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside"), b"x").unwrap();
        assert!(write(&path, b"new").is_err());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
