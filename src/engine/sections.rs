//! A module's sections without its function bodies: what a compiled artifact keeps of a
//! module besides its machine code (`engine::artifact`), and what an eagerly compiled
//! module holds on to (its data segments are ranges of it).

use crate::vm::module_info::DataSegment;

/// A module's bytes without its function bodies: every section as it is, except that
/// the code section holds empty bodies (one per function, so that the function and code
/// sections still agree) and custom sections other than `name` are left out unless
/// `keep_custom` is set. With where each kept section moved: `(old start, new start,
/// length)`, in order. Allocated once at its exact size (a module of a few big sections
/// must not pay for doubling).
pub(crate) fn strip_code(bytes: &[u8], keep_custom: bool) -> (Vec<u8>, Vec<(usize, usize, usize)>) {
    // What to write: kept sections as ranges, and the code section as its function count.
    let mut plan: Vec<Result<std::ops::Range<usize>, u32>> = Vec::new();
    let mut pos = 8;
    // The module is valid: every section header reads, and every length fits.
    while let Some((id, content)) = section_at(bytes, pos) {
        match id {
            10 => plan.push(Err(leb_u32(bytes, content.start).map_or(0, |(n, _)| n))),
            0 if !keep_custom && custom_name(bytes, content.clone()) != Some(b"name") => {}
            _ => plan.push(Ok(pos..content.end)),
        }
        pos = content.end;
    }
    let stub_code = |count: u32| {
        let body_len = leb(count).len() + 3 * count as usize;
        1 + leb(body_len as u32).len() + body_len
    };
    let len = 8 + plan.iter().map(|p| p.as_ref().map_or_else(|&n| stub_code(n), |r| r.len())).sum::<usize>();
    let mut out = Vec::with_capacity(len);
    out.extend_from_slice(&bytes[..bytes.len().min(8)]);
    let mut moved = Vec::new();
    for step in plan {
        match step {
            Ok(range) => {
                moved.push((range.start, out.len(), range.len()));
                out.extend_from_slice(&bytes[range]);
            }
            Err(count) => {
                let count_leb = leb(count);
                out.push(10);
                out.extend(leb((count_leb.len() + 3 * count as usize) as u32));
                out.extend(count_leb);
                for _ in 0..count {
                    out.extend_from_slice(&[2, 0, 0x0b]);
                }
            }
        }
    }
    debug_assert_eq!(out.len(), len);
    (out, moved)
}

/// Where `offset` of the original bytes went, given `strip_code`'s moves.
pub(crate) fn moved_offset(moved: &[(usize, usize, usize)], offset: usize) -> usize {
    let i = moved.partition_point(|&(old, _, _)| old <= offset).saturating_sub(1);
    let (old, new, _) = moved[i];
    new + (offset - old)
}

/// The id and content range of the section starting at `pos`, if one does.
fn section_at(bytes: &[u8], pos: usize) -> Option<(u8, std::ops::Range<usize>)> {
    let id = *bytes.get(pos)?;
    let (size, start) = leb_u32(bytes, pos + 1)?;
    let end = start.checked_add(size as usize).filter(|&e| e <= bytes.len())?;
    Some((id, start..end))
}

/// The name of the custom section whose content is `content`.
fn custom_name(bytes: &[u8], content: std::ops::Range<usize>) -> Option<&[u8]> {
    let (len, start) = leb_u32(bytes, content.start)?;
    bytes.get(start..start.checked_add(len as usize)?.min(content.end))
}

/// An unsigned LEB128 at `pos` and the position after it.
fn leb_u32(bytes: &[u8], mut pos: usize) -> Option<(u32, usize)> {
    let mut value = 0u64;
    for shift in (0..35).step_by(7) {
        let byte = *bytes.get(pos)?;
        pos += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return u32::try_from(value).ok().map(|v| (v, pos));
        }
    }
    None
}

/// `value` as unsigned LEB128.
fn leb(mut value: u32) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return out;
        }
        out.push(byte | 0x80);
    }
}

/// Point the data segments, read at their offsets in the original bytes, at where
/// `strip_code` moved them.
pub(crate) fn move_data_segments(data: &mut [DataSegment], moved: &[(usize, usize, usize)]) {
    for segment in data {
        let start = moved_offset(moved, segment.range.start);
        segment.range = start..start + segment.range.len();
    }
}
