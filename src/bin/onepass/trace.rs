//! `onepass run --trace` and `--count-calls`: function listeners that print every call
//! and return, or count each function's calls, on standard error.
//!
//! Tracing writes through a buffer that is flushed before every host function call (so
//! the guest's own output, which goes through WASI, stays in order with the trace) and at
//! the end. Only the functions the filter selects get a listener; the others are compiled
//! as without `--trace`.

use onepass::{Abort, FunctionDefinition, FunctionListener, FunctionListenerFactory, Val};
use std::cell::Cell;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

thread_local! {
    /// How deep the traced calls of this thread are nested.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Prints calls and returns of the functions whose name contains `filter`.
pub(crate) struct Tracer {
    filter: String,
    out: Mutex<std::io::BufWriter<std::io::Stderr>>,
    /// The names of host modules, whose functions flush the trace before they run.
    hosts: Vec<String>,
}

impl Tracer {
    /// A tracer of the functions whose `module.name` contains `filter` (all for "").
    pub(crate) fn new(filter: &str) -> Arc<Tracer> {
        Arc::new(Tracer {
            filter: filter.to_string(),
            out: Mutex::new(std::io::BufWriter::with_capacity(64 * 1024, std::io::stderr())),
            hosts: vec![onepass::wasi::MODULE_NAME.to_string()],
        })
    }

    /// Write what is buffered.
    pub(crate) fn flush(&self) {
        let _ = self.out.lock().unwrap_or_else(|e| e.into_inner()).flush();
    }

    /// One line at the current depth (then `depth_change` applied).
    fn line(&self, text: std::fmt::Arguments<'_>, depth_change: isize) {
        let depth = DEPTH.with(|d| {
            let now = d.get();
            let shown = if depth_change < 0 { now.saturating_sub(1) } else { now };
            d.set(now.saturating_add_signed(depth_change));
            shown
        });
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(out, "{:width$}{text}", "", width = 2 * depth.min(64));
    }
}

/// Values as a comma-separated list, numbers as `onepass run --invoke` prints them.
fn list(values: &[Val]) -> String {
    values.iter().map(|v| super::values::format_val(v.clone())).collect::<Vec<_>>().join(", ")
}

/// One traced function.
struct Traced {
    tracer: Arc<Tracer>,
    /// A host function: the trace is flushed before it runs.
    host: bool,
}

impl FunctionListener for Traced {
    fn before(&self, f: &FunctionDefinition, params: &[Val]) {
        self.tracer.line(format_args!("--> {}({})", f.debug_name(), list(params)), 1);
        if self.host {
            self.tracer.flush();
        }
    }

    fn after(&self, f: &FunctionDefinition, results: &[Val]) {
        match results {
            [] => self.tracer.line(format_args!("<-- {}", f.debug_name()), -1),
            _ => self.tracer.line(format_args!("<-- {} = {}", f.debug_name(), list(results)), -1),
        }
    }

    fn abort(&self, f: &FunctionDefinition, reason: &Abort<'_>) {
        match reason {
            Abort::Error(e) => self.tracer.line(format_args!("<-- {} aborted: {e}", f.debug_name()), -1),
            _ => self.tracer.line(format_args!("<-- {} unwound by an exception", f.debug_name()), -1),
        }
    }

    fn tail_call(&self, f: &FunctionDefinition) {
        self.tracer.line(format_args!("<-- {} tail call", f.debug_name()), -1);
    }
}

/// The factory of a [`Tracer`]'s listeners.
pub(crate) struct TraceFactory(pub(crate) Arc<Tracer>);

impl FunctionListenerFactory for TraceFactory {
    fn new_listener(&self, f: &FunctionDefinition) -> Option<Arc<dyn FunctionListener>> {
        if !f.debug_name().contains(&self.0.filter) {
            return None;
        }
        let host = self.0.hosts.iter().any(|h| h == f.module_name());
        Some(Arc::new(Traced { tracer: self.0.clone(), host }))
    }
}

/// Counts the calls of every function (`--count-calls`).
#[derive(Default)]
pub(crate) struct CallCounter {
    functions: Mutex<Vec<(String, Arc<Count>)>>,
}

/// One function's calls.
#[derive(Default)]
struct Count(AtomicU64);

impl FunctionListener for Count {
    fn before(&self, _: &FunctionDefinition, _: &[Val]) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }

    fn after(&self, _: &FunctionDefinition, _: &[Val]) {}
}

/// The factory of a [`CallCounter`]'s listeners.
pub(crate) struct CountFactory(pub(crate) Arc<CallCounter>);

impl FunctionListenerFactory for CountFactory {
    fn new_listener(&self, f: &FunctionDefinition) -> Option<Arc<dyn FunctionListener>> {
        let count = Arc::new(Count::default());
        self.0.functions.lock().unwrap_or_else(|e| e.into_inner()).push((f.debug_name(), count.clone()));
        Some(count)
    }
}

impl CallCounter {
    /// The functions that were called, most called first, as `calls name` lines.
    pub(crate) fn report(&self) -> String {
        let functions = self.functions.lock().unwrap_or_else(|e| e.into_inner());
        let mut counts: Vec<(u64, &str)> = functions
            .iter()
            .map(|(name, c)| (c.0.load(Ordering::Relaxed), name.as_str()))
            .filter(|c| c.0 > 0)
            .collect();
        counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        let total: u64 = counts.iter().map(|c| c.0).sum();
        let mut out = format!("{total:>14} calls of {} functions\n", counts.len());
        for (calls, name) in counts {
            out.push_str(&format!("{calls:>14} {name}\n"));
        }
        out
    }
}
