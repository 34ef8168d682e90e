//! Helpers shared by the integration tests.
#![allow(dead_code)]

/// A small deterministic generator (xorshift64*) for module bytes and arguments.
pub struct Rng(pub u64);

impl Rng {
    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// The next 64 random bits.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// `n` random bytes.
    pub fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
    /// Interesting integers more often than uniform ones.
    pub fn int(&mut self) -> u64 {
        const EDGES: [u64; 8] = [0, 1, u64::MAX, 0x8000_0000, 0x7fff_ffff, 0xffff_ffff, 65536, 0x8000_0000_0000_0000];
        let r = self.next();
        if r % 3 == 0 {
            EDGES[(r >> 8) as usize % EDGES.len()]
        } else {
            self.next()
        }
    }
}

/// A writer a test can read back (a guest's stdout, say).
#[derive(Clone, Default)]
pub struct Capture(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Capture {
    /// A writer for `ModuleConfig::with_stdout` that appends here.
    pub fn writer(&self) -> onepass::SharedWriter {
        std::sync::Arc::new(std::sync::Mutex::new(self.clone()))
    }

    /// Everything written so far.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}
