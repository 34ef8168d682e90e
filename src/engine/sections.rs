//! A module's sections without its function bodies: what a compiled artifact keeps of a
//! module besides its machine code (`engine::artifact`), and what an eagerly compiled
//! module holds on to (its data segments are ranges of it).

use crate::vm::module_info::DataSegment;
use std::ops::Range;
use wasmparser::BinaryReader;

/// A module's bytes without its function bodies: every section as it is, except that
/// the code section holds empty bodies (one per function, so that the function and code
/// sections still agree) and custom sections other than `name` are left out unless
/// `keep_custom` is set. With where each kept section moved: `(old start, new start,
/// length)`, in order. Allocated once at its exact size (a module of a few big sections
/// must not pay for doubling).
pub(crate) fn strip_code(bytes: &[u8], keep_custom: bool) -> (Vec<u8>, Vec<(usize, usize, usize)>) {
    // What to write: kept sections as ranges of `bytes`, and the code section in full.
    let mut plan: Vec<Result<Range<usize>, Vec<u8>>> = Vec::new();
    let mut reader = BinaryReader::new(bytes, 0);
    let _header = reader.read_bytes(8);
    // The module is valid: every section header reads, and every length fits.
    while let Ok((id, start, content)) = next_section(&mut reader) {
        let mut section = BinaryReader::new(&bytes[content.clone()], content.start as u64);
        match id {
            10 => plan.push(Err(empty_code_section(section.read_var_u32().unwrap_or(0)))),
            0 if !keep_custom && section.read_string().ok() != Some("name") => {}
            _ => plan.push(Ok(start..content.end)),
        }
    }
    let len = 8 + plan.iter().map(|p| p.as_ref().map_or_else(Vec::len, Range::len)).sum::<usize>();
    let mut out = Vec::with_capacity(len);
    out.extend_from_slice(&bytes[..bytes.len().min(8)]);
    let mut moved = Vec::new();
    for step in plan {
        match step {
            Ok(range) => {
                moved.push((range.start, out.len(), range.len()));
                out.extend_from_slice(&bytes[range]);
            }
            Err(section) => out.extend(section),
        }
    }
    (out, moved)
}

/// The module name and function names of `bytes`' name section (none when it has no
/// valid one), found by skipping from section to section.
pub(crate) fn read_names(bytes: &[u8]) -> (Option<String>, std::collections::HashMap<u32, String>) {
    let mut names = (None, std::collections::HashMap::new());
    let mut reader = BinaryReader::new(bytes, 0);
    let _header = reader.read_bytes(8);
    while let Ok((id, _, content)) = next_section(&mut reader) {
        if id != 0 {
            continue;
        }
        let section = BinaryReader::new(&bytes[content.clone()], content.start as u64);
        let Ok(custom) = wasmparser::CustomSectionReader::new(section) else { continue };
        if let wasmparser::KnownCustom::Name(reader) = custom.as_known() {
            read_name_section(reader, &mut names.0, Some(&mut names.1));
        }
    }
    names
}

/// Take the module name, and the function names when `functions` is given, from a name
/// section; a malformed one is ignored (as the specification allows) from where it
/// stops reading.
pub(crate) fn read_name_section(
    reader: wasmparser::NameSectionReader<'_>,
    module: &mut Option<String>,
    mut functions: Option<&mut std::collections::HashMap<u32, String>>,
) {
    for name in reader.into_iter().flatten() {
        match (name, functions.as_deref_mut()) {
            (wasmparser::Name::Module { name, .. }, _) => *module = Some(name.to_string()),
            (wasmparser::Name::Function(map), Some(functions)) => {
                for naming in map.into_iter().flatten() {
                    functions.insert(naming.index, naming.name.to_string());
                }
            }
            _ => {}
        }
    }
}

/// The id, start and content range of the section the reader stands at; it then stands
/// after it.
fn next_section(reader: &mut BinaryReader<'_>) -> wasmparser::Result<(u8, usize, Range<usize>)> {
    let start = reader.original_position() as usize;
    let id = reader.read_u8()?;
    let size = reader.read_var_u32()? as usize;
    let content = reader.original_position() as usize;
    reader.read_bytes(size)?;
    Ok((id, start, content..content + size))
}

/// A code section of `count` empty bodies (`size 2: no locals, end`).
fn empty_code_section(count: u32) -> Vec<u8> {
    let mut content = leb(count);
    for _ in 0..count {
        content.extend_from_slice(&[2, 0, 0x0b]);
    }
    let mut section = vec![10];
    section.extend(leb(content.len() as u32));
    section.extend(content);
    section
}

/// Where `offset` of the original bytes went, given `strip_code`'s moves.
fn moved_offset(moved: &[(usize, usize, usize)], offset: usize) -> usize {
    let i = moved.partition_point(|&(old, _, _)| old <= offset).saturating_sub(1);
    let (old, new, _) = moved[i];
    new + (offset - old)
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
