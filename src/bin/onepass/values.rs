//! Values on the command line: `run --invoke` arguments parsed by their parameter types,
//! and results (and traced values) printed: numbers in decimal, a `v128` as `0x` and 32
//! hex digits, lane 0 last.

use onepass::{Val, ValType};

/// An argument of type `ty` from the command line.
pub(crate) fn parse_arg(text: &str, ty: ValType) -> Result<Val, String> {
    let bad = |e: &dyn std::fmt::Display| format!("bad {ty} argument {text:?}: {e}");
    Ok(match ty {
        ValType::I32 => Val::I32(text.parse::<i64>().map_err(|e| bad(&e))? as i32),
        ValType::I64 => Val::I64(text.parse::<i64>().map_err(|e| bad(&e))?),
        ValType::F32 => Val::f32(text.parse::<f32>().map_err(|e| bad(&e))?),
        ValType::F64 => Val::f64(text.parse::<f64>().map_err(|e| bad(&e))?),
        ValType::V128 => Val::V128(parse_v128(text).map_err(|e| bad(&e))?),
        other => return Err(format!("arguments of type {other} are not supported on the command line")),
    })
}

/// A `v128` argument: its 128 bits as a `0x`-prefixed hex number (up to 32 digits, lane 0
/// in the least significant ones, `_` allowed between digits) or a decimal one.
fn parse_v128(text: &str) -> Result<u128, std::num::ParseIntError> {
    match text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        Some(hex) => u128::from_str_radix(&hex.replace('_', ""), 16),
        None => text.parse::<u128>(),
    }
}

/// A value as `run` prints it: a number in decimal, a `v128` as `0x` and 32 hex digits.
pub(crate) fn format_val(v: Val) -> String {
    match v {
        Val::V128(x) => format!("{x:#034x}"),
        Val::I32(x) => x.to_string(),
        Val::I64(x) => x.to_string(),
        Val::F32(b) => f32::from_bits(b).to_string(),
        Val::F64(b) => f64::from_bits(b).to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v128_arguments_and_results_are_hex() {
        let v = 0x0123_4567_89ab_cdef_fedc_ba98_7654_3210u128;
        assert_eq!(parse_arg("0x0123456789abcdef_fedcba9876543210", ValType::V128), Ok(Val::V128(v)));
        assert_eq!(parse_arg("0X1", ValType::V128), Ok(Val::V128(1)));
        assert_eq!(parse_arg("255", ValType::V128), Ok(Val::V128(255)));
        assert!(parse_arg("0x1ffffffffffffffffffffffffffffffff", ValType::V128).is_err(), "over 128 bits");
        assert!(parse_arg("-1", ValType::V128).is_err());
        assert_eq!(format_val(Val::V128(v)), "0x0123456789abcdeffedcba9876543210");
        assert_eq!(format_val(Val::V128(1)), "0x00000000000000000000000000000001");
    }
}
