//! `onepass inspect`: the machine code onepass emits for a module's functions,
//! disassembled, with each Wasm operator (`;; @offset: operator`) before the code it
//! became. Many operators emit no code of their own: the compiler keeps their values on
//! its value stack until an operator consumes them.

use super::{all_features, print_out, read_module};
use clap::{Arg, ArgMatches, Command};
use onepass::diagnostics::{disassemble, function_code, FunctionCode, Isa};
use std::collections::HashMap;
use std::fmt::Write;
use std::process::ExitCode;

/// The `inspect` subcommand's arguments.
pub(crate) fn command() -> Command {
    Command::new("inspect")
        .about("Show the machine code onepass emits for a module's functions, with the Wasm operators")
        .arg(Arg::new("file").value_name("FILE").required(true).help("The module (.wasm or .wat)"))
        .arg(
            Arg::new("function")
                .long("function")
                .value_name("NAME|INDEX")
                .help("Only this function: an export name, a name from the name section, or an index"),
        )
        .arg(
            Arg::new("target")
                .long("target")
                .value_name("ISA")
                .value_parser(["x86_64", "aarch64"])
                .help("The instruction set (default: this host's; another one gets every optional extension)"),
        )
}

/// What the module says about its functions: how many are imported, how many there are,
/// and their names (exports first, then the name section).
struct FunctionNames {
    imported: u32,
    total: u32,
    names: HashMap<u32, String>,
    by_name: HashMap<String, u32>,
}

fn function_names(bytes: &[u8]) -> Result<FunctionNames, String> {
    use wasmparser::{ExternalKind, KnownCustom, Name, Parser, Payload, TypeRef};
    let mut names = FunctionNames { imported: 0, total: 0, names: HashMap::new(), by_name: HashMap::new() };
    let add = |names: &mut FunctionNames, index: u32, name: &str| {
        names.names.entry(index).or_insert_with(|| name.to_string());
        names.by_name.entry(name.to_string()).or_insert(index);
    };
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| e.to_string())? {
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if matches!(import.map_err(|e| e.to_string())?.ty, TypeRef::Func(_) | TypeRef::FuncExact(_)) {
                        names.imported += 1;
                    }
                }
            }
            Payload::FunctionSection(reader) => names.total = names.imported + reader.count(),
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export.map_err(|e| e.to_string())?;
                    if export.kind == ExternalKind::Func {
                        add(&mut names, export.index, export.name);
                    }
                }
            }
            Payload::CustomSection(section) => {
                let KnownCustom::Name(reader) = section.as_known() else { continue };
                // A malformed name section names nothing (as for the runtime).
                for subsection in reader.into_iter().flatten() {
                    let Name::Function(map) = subsection else { continue };
                    for naming in map.into_iter().flatten() {
                        add(&mut names, naming.index, naming.name);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(names)
}

/// Each operator of the bodies of functions `selected`, as text by its byte offset in the
/// module, per function (one pass over the code section).
fn operator_texts(bytes: &[u8], selected: &[u32], imported: u32) -> Result<HashMap<u32, HashMap<u32, String>>, String> {
    use wasmparser::{Parser, Payload};
    let wanted: std::collections::HashSet<u32> = selected.iter().copied().collect();
    let mut texts = HashMap::new();
    let mut index = imported;
    for payload in Parser::new(0).parse_all(bytes) {
        if let Payload::CodeSectionEntry(body) = payload.map_err(|e| e.to_string())? {
            if wanted.contains(&index) {
                let mut ops = HashMap::new();
                let mut reader = body.get_operators_reader().map_err(|e| e.to_string())?;
                while !reader.eof() {
                    let (op, offset) = reader.read_with_offset().map_err(|e| e.to_string())?;
                    ops.insert(offset as u32, format!("{op:?}"));
                }
                texts.insert(index, ops);
            }
            index += 1;
        }
    }
    Ok(texts)
}

/// The listing of one function: instructions, with operators and calls interleaved.
fn listing(isa: Isa, f: &FunctionCode, ops: &HashMap<u32, String>) -> String {
    let mut out = String::new();
    let mut next_op = f.operators.iter().peekable();
    for (at, len, text) in disassemble(isa, &f.code, &f.data) {
        while let Some(&&(code_offset, wasm_offset)) = next_op.peek() {
            if code_offset > at {
                break;
            }
            let op = ops.get(&wasm_offset).map_or("?", String::as_str);
            let _ = writeln!(out, "    ;; @{wasm_offset:06x}: {op}");
            next_op.next();
        }
        let call = f.calls.iter().find(|(field, _)| (at..at + len).contains(field));
        let note = call.map(|(_, callee)| format!("    ; call function {callee}")).unwrap_or_default();
        let _ = writeln!(out, "    {at:6x}: {text}{note}");
    }
    out
}

/// `onepass inspect`.
pub(crate) fn inspect(m: &ArgMatches) -> Result<ExitCode, String> {
    let file = m.get_one::<String>("file").expect("required");
    let bytes = read_module(file)?;
    let isa = match m.get_one::<String>("target").map(String::as_str) {
        Some("aarch64") => Isa::Aarch64,
        Some(_) => Isa::X86_64,
        None => Isa::host(),
    };
    let names = function_names(&bytes).map_err(|e| format!("{file}: {e}"))?;
    let selected: Vec<u32> = match m.get_one::<String>("function") {
        Some(want) => {
            let index = match names.by_name.get(want) {
                Some(&index) => index,
                None => want.parse::<u32>().map_err(|_| format!("{file}: no function named {want:?}"))?,
            };
            vec![index]
        }
        None => (names.imported..names.total).collect(),
    };
    let isa_name = match isa {
        Isa::X86_64 => "x86_64",
        Isa::Aarch64 => "aarch64",
    };
    let codes = function_code(&bytes, all_features(), isa, &selected).map_err(|e| format!("{file}: {e}"))?;
    let texts = operator_texts(&bytes, &selected, names.imported)?;
    let no_texts = HashMap::new();
    for (n, (index, code)) in selected.iter().zip(&codes).enumerate() {
        let name = names.names.get(index).map(|n| format!(" {n:?}")).unwrap_or_default();
        let gap = if n > 0 { "\n" } else { "" };
        let head = format!("{gap}function {index}{name} ({isa_name}, {} bytes):\n", code.code.len());
        let body = listing(isa, code, texts.get(index).unwrap_or(&no_texts));
        if !print_out(&head)? || !print_out(&body)? {
            break;
        }
    }
    Ok(ExitCode::SUCCESS)
}
