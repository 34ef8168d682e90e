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

/// The 8-bit immediate of `fmov` (scalar, immediate) encoding the float of width `size`
/// with bits `bits`, if it has one: ±(16..=31)/16 × 2^(-3..=4), a set that is the same for
/// both widths (0 is not in it).
pub fn float_imm(bits: u64, size: OperandSize) -> Option<u8> {
    let single = match size {
        OperandSize::S32 => f32::from_bits(bits as u32),
        OperandSize::S64 => {
            // Exactly an f32 (then the same number), or not encodable.
            let single = f64::from_bits(bits) as f32;
            if f64::from(single).to_bits() != bits {
                return None;
            }
            single
        }
        _ => crate::scalar_only(),
    };
    dynasmrt::aarch64::encode_floating_point_immediate(single)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every 8-bit immediate expands (as the architecture defines `VFPExpandImm`) to a
    /// value of each width that encodes back to it; neighbours and zero do not encode.
    #[test]
    fn float_immediates_round_trip_at_both_widths() {
        for imm8 in 0..=255u8 {
            let (a, b, cdefgh) = (u64::from(imm8 >> 7), u64::from(imm8 >> 6 & 1), u64::from(imm8 & 0x3f));
            let single = a << 31 | (b ^ 1) << 30 | (if b == 1 { 0x1f } else { 0 }) << 25 | cdefgh << 19;
            let double = a << 63 | (b ^ 1) << 62 | (if b == 1 { 0xff } else { 0 }) << 54 | cdefgh << 48;
            assert_eq!(float_imm(single, OperandSize::S32), Some(imm8), "{single:#x}");
            assert_eq!(float_imm(double, OperandSize::S64), Some(imm8), "{double:#x}");
            assert_eq!(f64::from(f32::from_bits(single as u32)).to_bits(), double);
            assert_eq!(float_imm(single + 1, OperandSize::S32), None);
            assert_eq!(float_imm(double + 1, OperandSize::S64), None);
        }
        assert_eq!(float_imm(1.5f64.to_bits(), OperandSize::S64), Some(0x78));
        assert_eq!(float_imm(0.1f64.to_bits(), OperandSize::S64), None);
        assert_eq!(float_imm(0, OperandSize::S64), None);
        assert_eq!(float_imm((-0.0f64).to_bits(), OperandSize::S64), None);
        assert_eq!(float_imm(f64::NAN.to_bits(), OperandSize::S64), None);
        assert_eq!(float_imm(f32::INFINITY.to_bits().into(), OperandSize::S32), None);
    }

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
