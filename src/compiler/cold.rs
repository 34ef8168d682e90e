//! Cold paths: code for the rare side of a test in a function's body, emitted after the
//! body so the common side falls through (see `retain`, which makes them).

use onepass_arch::{Label, Reg};

/// Who a call through a function reference reaches (see `retain`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Callee {
    /// An imported function: always another instance (or a host function).
    Imported,
    /// A table element: this instance's own function or another's.
    Unknown,
}

/// The rare side of a test in the body, emitted after the body: it runs, then jumps back.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ColdPath {
    /// Where the body branches to.
    pub(crate) entry: Label,
    /// Where the body goes on.
    pub(crate) back: Label,
    /// The callee's `VMFuncRef`, about to be called with references among its arguments.
    pub(crate) fref: Reg,
    /// Whether the callee may be this instance's own (then nothing is needed).
    pub(crate) callee: Callee,
}
