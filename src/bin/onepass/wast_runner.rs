//! `onepass wast`: run WebAssembly spec scripts (`.wast`) against onepass.
//!
//! Each directive is one check: a module to instantiate, an invocation, or an assertion
//! (`assert_return`, `assert_trap`, `assert_exception`, `assert_exhaustion`,
//! `assert_invalid`, `assert_malformed`, `assert_unlinkable`). Every file runs in a fresh
//! runtime with the `spectest` host module the suite expects. The spec test suite
//! (`tests/spec.rs`) runs this same file, so the command and the suite cannot drift apart.

use onepass::{CompiledModule, Error, FuncType, Module, ModuleConfig, Runtime, RuntimeConfig, Val, ValType};
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use wast::core::{NanPattern, V128Pattern, WastArgCore, WastRetCore};
use wast::{QuoteWat, WastArg, WastDirective, WastExecute, WastInvoke, WastRet, Wat};

/// State of one .wast file's run.
pub(crate) struct Session {
    runtime: Runtime,
    /// Instances by wast `$id`.
    named: HashMap<String, Module>,
    /// The most recently instantiated module.
    current: Option<Module>,
    /// Whether `current` can be reached after it is replaced (it has an `$id` or was
    /// registered); if not, it is closed then, so that a file's modules do not all keep
    /// their memories until the file ends (under qemu-user each one's reservation costs the
    /// emulator real memory).
    current_kept: bool,
    /// Modules compiled by `(module definition $id ...)`, by id; `None` keys the last one
    /// without an id.
    definitions: HashMap<Option<String>, CompiledModule>,
    counter: usize,
}

impl Session {
    /// A fresh runtime for one file, with the `spectest` host module registered.
    fn new(config: &RuntimeConfig) -> Session {
        let runtime = Runtime::with_config(config.clone());
        let print = |params: &[ValType]| FuncType::new(params.iter().copied(), []);
        runtime
            .new_host_module_builder("spectest")
            .func("print", print(&[]), |_, _| Ok(vec![]))
            .func("print_i32", print(&[ValType::I32]), |_, _| Ok(vec![]))
            .func("print_i64", print(&[ValType::I64]), |_, _| Ok(vec![]))
            .func("print_f32", print(&[ValType::F32]), |_, _| Ok(vec![]))
            .func("print_f64", print(&[ValType::F64]), |_, _| Ok(vec![]))
            .func("print_i32_f32", print(&[ValType::I32, ValType::F32]), |_, _| Ok(vec![]))
            .func("print_f64_f64", print(&[ValType::F64, ValType::F64]), |_, _| Ok(vec![]))
            .global("global_i32", Val::I32(666), false)
            .global("global_i64", Val::I64(666), false)
            .global("global_f32", Val::f32(666.6), false)
            .global("global_f64", Val::f64(666.6), false)
            .table("table", 10, Some(20))
            .memory("memory", 1, Some(2))
            .shared_memory("shared_memory", 1, 2)
            .instantiate()
            .expect("spectest host module");
        Session {
            runtime,
            named: HashMap::new(),
            current: None,
            current_kept: false,
            definitions: HashMap::new(),
            counter: 0,
        }
    }

    /// Compile and instantiate a module under a fresh internal name.
    fn instantiate(&mut self, bytes: &[u8]) -> Result<Module, Error> {
        let compiled = self.runtime.compile_module(bytes)?;
        self.instantiate_compiled(&compiled)
    }

    /// Instantiate a compiled module under a fresh internal name.
    fn instantiate_compiled(&mut self, compiled: &CompiledModule) -> Result<Module, Error> {
        self.counter += 1;
        self.runtime.instantiate_module(compiled, ModuleConfig::new().with_name(format!("m{}", self.counter)))
    }

    /// Make `module` the current one, closing the previous current module if nothing can
    /// name it any more (it still lives on while another instance holds it).
    fn set_current(&mut self, module: Module, kept: bool) {
        if let Some(old) = self.current.replace(module) {
            if !self.current_kept {
                old.close().expect("close");
            }
        }
        self.current_kept = kept;
    }

    /// The module named `$id`, or the current (last instantiated) module.
    fn module(&self, id: Option<wast::token::Id<'_>>) -> Result<&Module, String> {
        match id {
            Some(id) => self.named.get(id.name()).ok_or_else(|| format!("unknown module ${}", id.name())),
            None => self.current.as_ref().ok_or_else(|| "no current module".to_string()),
        }
    }

    /// Call an exported function. The outer error is a harness problem (unknown module,
    /// export or argument), the inner one what onepass returned.
    fn invoke(&mut self, invoke: &WastInvoke<'_>) -> Result<Result<Vec<Val>, Error>, String> {
        let module = self.module(invoke.module)?;
        let func = module.exported_function(invoke.name).ok_or_else(|| format!("no export {}", invoke.name))?;
        let args = invoke.args.iter().map(arg).collect::<Result<Vec<_>, _>>()?;
        Ok(func.call(&args))
    }

    /// Run the action of an assertion: an invocation, a module instantiation, or a global read.
    fn execute(&mut self, exec: &mut WastExecute<'_>) -> Result<Result<Vec<Val>, Error>, String> {
        match exec {
            WastExecute::Invoke(invoke) => self.invoke(invoke),
            WastExecute::Wat(wat) => {
                let bytes = encode_wat(wat)?;
                // Nothing can name a module instantiated by an assertion.
                Ok(self.instantiate(&bytes).map(|m| {
                    m.close().expect("close");
                    vec![]
                }))
            }
            WastExecute::Get { module, global, .. } => {
                let m = self.module(*module)?;
                let g = m.exported_global(global).ok_or_else(|| format!("no global {global}"))?;
                Ok(Ok(vec![g.get()]))
            }
        }
    }

    /// Run one directive: Ok(()) when it passed, Err(reason) otherwise.
    fn run(&mut self, directive: WastDirective<'_>) -> Result<(), String> {
        match directive {
            WastDirective::Module(mut module) => {
                let id = quote_id(&module);
                let bytes = module.encode().map_err(|e| format!("encode: {e}"))?;
                let m = self.instantiate(&bytes).map_err(|e| format!("instantiate: {e}"))?;
                let kept = id.is_some();
                if let Some(id) = id {
                    self.named.insert(id, m.clone());
                }
                self.set_current(m, kept);
                Ok(())
            }
            WastDirective::ModuleDefinition(mut module) => {
                let id = quote_id(&module);
                let bytes = module.encode().map_err(|e| format!("encode: {e}"))?;
                let compiled = self.runtime.compile_module(&bytes).map_err(|e| format!("compile: {e}"))?;
                self.definitions.insert(id, compiled);
                Ok(())
            }
            WastDirective::ModuleInstance { instance, module, .. } => {
                let key = module.map(|id| id.name().to_string());
                let compiled =
                    self.definitions.get(&key).cloned().ok_or_else(|| format!("no module definition {key:?}"))?;
                let m = self.instantiate_compiled(&compiled).map_err(|e| format!("instantiate: {e}"))?;
                let kept = instance.is_some();
                if let Some(id) = instance {
                    self.named.insert(id.name().to_string(), m.clone());
                }
                self.set_current(m, kept);
                Ok(())
            }
            WastDirective::Register { name, module, .. } => {
                let m = self.module(module)?.clone();
                if module.is_none() {
                    self.current_kept = true;
                }
                self.runtime.register_alias(&m, name).map_err(|e| e.to_string())
            }
            WastDirective::Invoke(invoke) => self.invoke(&invoke)?.map(|_| ()).map_err(|e| e.to_string()),
            WastDirective::AssertReturn { mut exec, results, .. } => {
                let got = self.execute(&mut exec)?.map_err(|e| format!("error: {e}"))?;
                if got.len() != results.len() {
                    return Err(format!("expected {} results, got {got:?}", results.len()));
                }
                for (g, want) in got.iter().zip(&results) {
                    if !matches_ret(g, want)? {
                        return Err(format!("got {got:?}, expected {results:?}"));
                    }
                }
                Ok(())
            }
            WastDirective::AssertTrap { mut exec, message, .. } => match self.execute(&mut exec)? {
                Ok(v) => Err(format!("expected trap {message:?}, got {v:?}")),
                Err(e) if trap_matches(&e, message) => Ok(()),
                Err(e) => Err(format!("expected trap {message:?}, got error {e}")),
            },
            WastDirective::AssertException { mut exec, .. } => match self.execute(&mut exec)? {
                Err(Error::Exception(_)) => Ok(()),
                other => Err(format!("expected an uncaught exception, got {other:?}")),
            },
            WastDirective::AssertExhaustion { call, message, .. } => match self.invoke(&call)? {
                Err(e) if e.to_string().contains(message) => Ok(()),
                other => Err(format!("expected exhaustion {message:?}, got {other:?}")),
            },
            WastDirective::AssertInvalid { mut module, message, .. } => {
                let bytes = module.encode().map_err(|e| format!("encode: {e}"))?;
                match self.runtime.compile_module(&bytes) {
                    Err(e) if is_unsupported(&e) => Err(format!("expected {message:?}, got {e}")),
                    Err(_) => Ok(()),
                    Ok(_) => Err(format!("expected compile error {message:?}, module was accepted")),
                }
            }
            WastDirective::AssertMalformed { mut module, message, .. } => {
                // A quoted module that is not even valid text is malformed: that is a pass.
                let Ok(bytes) = module.encode() else {
                    return Ok(());
                };
                match self.runtime.compile_module(&bytes) {
                    Err(e) if is_unsupported(&e) => Err(format!("expected {message:?}, got {e}")),
                    Err(_) => Ok(()),
                    Ok(_) => Err(format!("expected compile error {message:?}, module was accepted")),
                }
            }
            WastDirective::AssertUnlinkable { mut module, message, .. } => {
                let bytes = encode_wat(&mut module)?;
                // The module itself must compile: only a link error counts, so that an
                // "unsupported" compile error is not mistaken for the expected failure.
                let compiled = self.runtime.compile_module(&bytes).map_err(|e| format!("compile: {e}"))?;
                self.counter += 1;
                let config = ModuleConfig::new().with_name(format!("m{}", self.counter));
                match self.runtime.instantiate_module(&compiled, config) {
                    Err(_) => Ok(()),
                    Ok(_) => Err(format!("expected link error {message:?}, module was instantiated")),
                }
            }
            other => Err(format!("unsupported directive {other:?}")),
        }
    }
}

/// Whether `e` says the module uses something onepass does not implement (which is not
/// the invalidity or malformation an assertion expects).
fn is_unsupported(e: &Error) -> bool {
    matches!(e, Error::Compile { message, .. } if message.starts_with("unsupported"))
}

/// Whether `e` is the trap `expected` names. The reference interpreter sometimes adds
/// detail after the message (e.g. "uninitialized element 7"), so a match on the message
/// itself is enough.
fn trap_matches(e: &Error, expected: &str) -> bool {
    let text = e.to_string();
    let code = match e {
        Error::Trap(t) => Some(t.code),
        Error::Start { source, .. } => match source.as_ref() {
            Error::Trap(t) => Some(t.code),
            _ => None,
        },
        _ => None,
    };
    text.contains(expected) || code.is_some_and(|c| expected.starts_with(onepass::trap_message(c)))
}

/// The binary of a text or binary module.
fn encode_wat(wat: &mut Wat<'_>) -> Result<Vec<u8>, String> {
    wat.encode().map_err(|e| format!("encode: {e}"))
}

/// The `$id` of a module directive, if it has one.
fn quote_id(module: &QuoteWat<'_>) -> Option<String> {
    match module {
        QuoteWat::Wat(Wat::Module(m)) => m.id.map(|id| id.name().to_string()),
        _ => None,
    }
}

/// A wast argument as an onepass value.
pub(crate) fn arg(a: &WastArg<'_>) -> Result<Val, String> {
    use wast::core::{AbstractHeapType, HeapType};
    match a {
        WastArg::Core(WastArgCore::RefNull(HeapType::Abstract { ty, .. })) => {
            use AbstractHeapType as A;
            match ty {
                A::Func | A::NoFunc => Ok(Val::FuncRef(None)),
                A::Extern | A::NoExtern => Ok(Val::ExternRef(None)),
                A::Any | A::Eq | A::I31 | A::Struct | A::Array | A::None => Ok(Val::AnyRef(None)),
                other => Err(format!("unsupported null argument of {other:?}")),
            }
        }
        WastArg::Core(WastArgCore::RefExtern(v)) => Ok(Val::ExternRef(Some(*v as u64))),
        WastArg::Core(WastArgCore::RefHost(v)) => Ok(Val::AnyRef(Some(onepass::AnyRef::from_extern(*v as u64)))),
        WastArg::Core(WastArgCore::I32(v)) => Ok(Val::I32(*v)),
        WastArg::Core(WastArgCore::I64(v)) => Ok(Val::I64(*v)),
        WastArg::Core(WastArgCore::F32(v)) => Ok(Val::F32(v.bits)),
        WastArg::Core(WastArgCore::F64(v)) => Ok(Val::F64(v.bits)),
        WastArg::Core(WastArgCore::V128(v)) => Ok(Val::V128(u128::from_le_bytes(v.to_le_bytes()))),
        other => Err(format!("unsupported argument {other:?}")),
    }
}

/// Whether `bits` is a canonical NaN (either sign, only the quiet bit in the payload).
fn is_canonical_nan(bits: u64, width: u32) -> bool {
    match width {
        32 => (bits as u32 & 0x7fff_ffff) == 0x7fc0_0000,
        _ => (bits & 0x7fff_ffff_ffff_ffff) == 0x7ff8_0000_0000_0000,
    }
}

/// Whether `bits` is an arithmetic NaN (either sign, quiet bit set, any payload).
fn is_arithmetic_nan(bits: u64, width: u32) -> bool {
    match width {
        32 => (bits as u32 & 0x7fc0_0000) == 0x7fc0_0000,
        _ => (bits & 0x7ff8_0000_0000_0000) == 0x7ff8_0000_0000_0000,
    }
}

/// Whether float bits of `width` match a NaN pattern or exact value.
fn matches_float(bits: u64, width: u32, want: &NanPattern<u64>) -> bool {
    match want {
        NanPattern::CanonicalNan => is_canonical_nan(bits, width),
        NanPattern::ArithmeticNan => is_arithmetic_nan(bits, width),
        NanPattern::Value(w) => bits == *w,
    }
}

/// A float lane pattern with its value as bits.
fn float_pattern<T>(p: &NanPattern<T>, bits: impl Fn(&T) -> u64) -> NanPattern<u64> {
    match p {
        NanPattern::CanonicalNan => NanPattern::CanonicalNan,
        NanPattern::ArithmeticNan => NanPattern::ArithmeticNan,
        NanPattern::Value(v) => NanPattern::Value(bits(v)),
    }
}

/// Whether a `v128` matches the expected one: integer lanes exactly, float lanes by bits
/// or by NaN pattern, each lane on its own (lane 0 is the least significant).
fn matches_v128(got: u128, want: &V128Pattern) -> bool {
    let lanes = |width: u32| (0..128 / width).map(move |i| (got >> (i * width)) as u64 & (u64::MAX >> (64 - width)));
    let exact = |width: u32, want: Vec<u64>| lanes(width).eq(want);
    let mask = |v: i64, width: u32| v as u64 & (u64::MAX >> (64 - width));
    match want {
        V128Pattern::I8x16(w) => exact(8, w.iter().map(|&v| mask(v.into(), 8)).collect()),
        V128Pattern::I16x8(w) => exact(16, w.iter().map(|&v| mask(v.into(), 16)).collect()),
        V128Pattern::I32x4(w) => exact(32, w.iter().map(|&v| mask(v.into(), 32)).collect()),
        V128Pattern::I64x2(w) => exact(64, w.iter().map(|&v| v as u64).collect()),
        V128Pattern::F32x4(w) => {
            lanes(32).zip(w).all(|(g, p)| matches_float(g, 32, &float_pattern(p, |v| v.bits.into())))
        }
        V128Pattern::F64x2(w) => lanes(64).zip(w).all(|(g, p)| matches_float(g, 64, &float_pattern(p, |v| v.bits))),
    }
}

/// Whether a result matches the expected one: exactly (floats by bits) or by NaN pattern
/// (per lane for a `v128`), or any of the alternatives of an `(either ...)`.
pub(crate) fn matches_ret(got: &Val, want: &WastRet<'_>) -> Result<bool, String> {
    let WastRet::Core(want) = want else {
        return Err(format!("unsupported result {want:?}"));
    };
    matches_ret_core(got, want)
}

/// [`matches_ret`] for a core result.
fn matches_ret_core(got: &Val, want: &WastRetCore<'_>) -> Result<bool, String> {
    if let WastRetCore::Either(alternatives) = want {
        for alternative in alternatives {
            if matches_ret_core(got, alternative)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Ok(match (got.clone(), want) {
        (Val::FuncRef(f), WastRetCore::RefNull(_)) => f.is_none(),
        (Val::ExternRef(e), WastRetCore::RefNull(_)) => e.is_none(),
        (Val::AnyRef(r), WastRetCore::RefNull(_)) => r.is_none(),
        (Val::ExnRef(e), WastRetCore::RefNull(_)) => e.is_none(),
        (Val::AnyRef(r), WastRetCore::RefAny) => r.is_some(),
        (Val::AnyRef(r), WastRetCore::RefEq) => r.is_some_and(|r| r.host_value().is_none()),
        (Val::AnyRef(r), WastRetCore::RefI31) => r.is_some_and(|r| r.i31_u().is_some()),
        (Val::AnyRef(r), WastRetCore::RefStruct) => r.is_some_and(|r| r.is_struct()),
        (Val::AnyRef(r), WastRetCore::RefArray) => r.is_some_and(|r| r.is_array()),
        (Val::AnyRef(r), WastRetCore::RefHost(w)) => r.is_some_and(|r| r.host_value() == Some(*w as u64)),
        (Val::ExternRef(e), WastRetCore::RefExtern(w)) => e.is_some() && w.is_none_or(|w| e == Some(w as u64)),
        (Val::ExternAny(_), WastRetCore::RefExtern(w)) => w.is_none(),
        (Val::FuncRef(f), WastRetCore::RefFunc(_)) => f.is_some(),
        (Val::I32(g), WastRetCore::I32(w)) => g == *w,
        (Val::I64(g), WastRetCore::I64(w)) => g == *w,
        (Val::F32(g), WastRetCore::F32(p)) => matches_float(g.into(), 32, &float_pattern(p, |v| v.bits.into())),
        (Val::F64(g), WastRetCore::F64(p)) => matches_float(g, 64, &float_pattern(p, |v| v.bits)),
        (Val::V128(g), WastRetCore::V128(p)) => matches_v128(g, p),
        _ => false,
    })
}

/// Counts for one file.
#[derive(Default)]
pub(crate) struct FileResult {
    /// Checks that passed.
    pub(crate) passed: usize,
    /// Checks that failed.
    pub(crate) failed: usize,
    /// One line per failure: `file:line: reason`.
    pub(crate) messages: Vec<String>,
}

/// Run every directive of one .wast file in a fresh runtime; each directive is one check.
pub(crate) fn run_file(name: &str, text: &str, config: &RuntimeConfig) -> FileResult {
    let mut result = FileResult::default();
    let mut lexer = wast::lexer::Lexer::new(text);
    lexer.allow_confusing_unicode(true);
    let buf = match wast::parser::ParseBuffer::new_with_lexer(lexer) {
        Ok(b) => b,
        Err(e) => {
            result.failed += 1;
            result.messages.push(format!("lex: {e}"));
            return result;
        }
    };
    let wast = match wast::parser::parse::<wast::Wast>(&buf) {
        Ok(w) => w,
        Err(e) => {
            result.failed += 1;
            result.messages.push(format!("parse: {e}"));
            return result;
        }
    };
    let mut session = Session::new(config);
    for directive in wast.directives {
        let (line, _) = directive.span().linecol_in(text);
        let outcome = catch_unwind(AssertUnwindSafe(|| session.run(directive))).unwrap_or_else(|p| {
            Err(format!(
                "panic: {:?}",
                p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            ))
        });
        match outcome {
            Ok(()) => result.passed += 1,
            Err(msg) => {
                result.failed += 1;
                result.messages.push(format!("{name}:{}: {msg}", line + 1));
            }
        }
    }
    result
}
