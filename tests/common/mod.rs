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

/// The generator settings the comparisons with other engines share: small modules that
/// export everything, import nothing and canonicalize NaNs, with Wasm 2.0 (no SIMD) and
/// nothing else; each comparison turns on what it compares.
pub fn smith_config() -> wasm_smith::Config {
    wasm_smith::Config {
        simd_enabled: false,
        relaxed_simd_enabled: false,
        threads_enabled: false,
        exceptions_enabled: false,
        gc_enabled: false,
        memory64_enabled: false,
        tail_call_enabled: false,
        wide_arithmetic_enabled: false,
        extended_const_enabled: false,
        custom_page_sizes_enabled: false,
        compact_imports_enabled: false,
        multi_value_enabled: true,
        reference_types_enabled: true,
        bulk_memory_enabled: true,
        saturating_float_to_int_enabled: true,
        sign_extension_ops_enabled: true,
        canonicalize_nans: true,
        export_everything: true,
        allow_start_export: false,
        max_imports: 0,
        min_funcs: 1,
        max_funcs: 20,
        max_memories: 1,
        max_memory32_bytes: 1 << 20,
        max_memory64_bytes: 1 << 20,
        memory_max_size_required: true,
        max_tables: 2,
        max_table_elements: 1000,
        table_max_size_required: true,
        max_instructions: 200,
        ..wasm_smith::Config::default()
    }
}

/// A float's bits with every NaN made the canonical one (engines may differ in payloads).
pub fn canonical_f32(bits: u32) -> u64 {
    if f32::from_bits(bits).is_nan() {
        0x7fc0_0000
    } else {
        bits as u64
    }
}

/// [`canonical_f32`] for an f64.
pub fn canonical_f64(bits: u64) -> u64 {
    if f64::from_bits(bits).is_nan() {
        0x7ff8_0000_0000_0000
    } else {
        bits
    }
}

/// The kind of a onepass trap as the comparisons with other engines name it.
pub fn trap_kind(code: onepass::TrapCode) -> &'static str {
    use onepass::TrapCode;
    match code {
        TrapCode::Unreachable => "unreachable",
        TrapCode::IntegerDivideByZero => "div by zero",
        TrapCode::IntegerOverflow => "int overflow",
        TrapCode::BadConversionToInteger => "bad conversion",
        TrapCode::MemoryOutOfBounds => "memory oob",
        TrapCode::UndefinedElement | TrapCode::TableOutOfBounds => "table oob",
        TrapCode::UninitializedElement => "null call",
        TrapCode::IndirectCallTypeMismatch => "bad signature",
        TrapCode::StackOverflow => "stack overflow",
        _ => "other",
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
