//! Which constants aarch64 instructions can encode directly.

use crate::OperandSize;

/// `add`/`sub`/`cmp` immediate: 12 bits, optionally shifted left by 12.
pub fn arith_imm(value: u64) -> bool {
    value < 4096 || (value & 0xfff == 0 && value >> 12 < 4096)
}

/// Bitmask immediate of `and`/`orr`/`eor` at `size` (0 and all-ones never encode).
pub fn logical_imm(value: u64, size: OperandSize) -> bool {
    match size {
        OperandSize::S32 => dynasmrt::aarch64::encode_logical_immediate_32bit(value as u32).is_some(),
        OperandSize::S64 => dynasmrt::aarch64::encode_logical_immediate_64bit(value).is_some(),
        _ => crate::scalar_only(),
    }
}

/// Unsigned, scaled 12-bit load/store offset for an access of `bytes` bytes.
pub fn scaled_offset(offset: i64, bytes: u32) -> bool {
    offset >= 0 && offset % bytes as i64 == 0 && offset / (bytes as i64) < 4096
}

/// Signed, unscaled 9-bit load/store offset (`ldur`/`stur`).
pub fn unscaled_offset(offset: i64) -> bool {
    (-256..256).contains(&offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_immediates() {
        assert!(arith_imm(0));
        assert!(arith_imm(4095));
        assert!(!arith_imm(4097));
        assert!(arith_imm(4096));
        assert!(arith_imm(0xfff000));
        assert!(!arith_imm(0x1000000));
        assert!(!arith_imm(0x1001));
    }

    #[test]
    fn logical_immediates() {
        use OperandSize::*;
        assert!(logical_imm(0xff, S32));
        assert!(logical_imm(0x8000_0000, S32));
        assert!(logical_imm(0x5555_5555, S32));
        assert!(!logical_imm(0, S32));
        assert!(!logical_imm(0xffff_ffff, S32));
        assert!(!logical_imm(0x1234, S32));
        assert!(logical_imm(0x7fff_ffff_ffff_ffff, S64));
        assert!(logical_imm(0x00ff_00ff_00ff_00ff, S64));
        assert!(!logical_imm(u64::MAX, S64));
        assert!(!logical_imm(0x1234_5678, S64));
    }

    #[test]
    fn load_store_offsets() {
        assert!(scaled_offset(8, 8));
        assert!(!scaled_offset(4, 8));
        assert!(scaled_offset(32760, 8));
        assert!(!scaled_offset(32768, 8));
        assert!(!scaled_offset(-8, 8));
        assert!(scaled_offset(4095, 1));
        assert!(unscaled_offset(-256));
        assert!(!unscaled_offset(256));
        assert!(unscaled_offset(255));
    }
}
