//! Cold paths: code for the rare side of a test in a function's body, emitted after the
//! body so the common side falls through. Most call a builtin through the
//! register-preserving trampoline (`MacroAssembler::call_preserving`), so the value stack
//! stays in its registers; then each jumps back. `retain`, `CodeGen::load_funcref` and the
//! table accesses make them; `cold_code` emits them. (The types live here, apart from the
//! code generator, which holds a list of them.)

use onepass_arch::{Label, Reg};

/// Who a call through a function reference reaches (see `retain`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Callee {
    /// An imported function: always another instance (or a host function).
    Imported,
    /// A table element: this instance's own function or another's.
    Unknown,
}

/// What a cold path does.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ColdWork {
    /// Retain the references among the arguments of a call through `fref` (the callee's
    /// `VMFuncRef`), unless `callee` may be this instance's own function and is.
    RetainArgs { fref: Reg, callee: Callee },
    /// Make defined function `func_index`'s reference (its vmctx slot was null), then load
    /// it into `reg`.
    FuncRef { reg: Reg, func_index: u32 },
    /// A function reference read null from the element at address `slot` of table
    /// `table`, which may start lazily (`vm::table`): make the slot, read it again into
    /// `dst`, and branch to `null` if there is one and it is still null.
    TableSlot { slot: Reg, dst: Reg, table: u32, null: Option<Label> },
    /// Null is about to be stored into table `table`, which may start lazily: make every
    /// slot first (`reg` is any register, unused).
    TableMakeAll { reg: Reg, table: u32 },
    /// The function `fref` refers to has another type id than `expected`, an id of a type
    /// open to subtyping at depth `depth`: branch to `mismatch` unless the function's
    /// supertype display (`vm::types`) has `expected` at that depth. `display` and `entry`
    /// are free registers there. No builtin call.
    Supertype { fref: Reg, expected: Reg, display: Reg, entry: Reg, depth: u32, mismatch: Label },
    /// The entry's allocation buffer has no room for an object of `bytes`: get a new one
    /// and allocate again (`back`), or trap at `exhausted` when the GC heap's limit leaves
    /// none.
    /// `site` numbers what the path stores for a collection the refill may run (see
    /// `stack_maps::RefillSite`).
    GcRefill { bytes: u32, exhausted: Label, site: u32 },
    /// The instance's poll word is raised: store the references refill site `site` names
    /// (the same kind of site as `GcRefill`'s) and park for the collection that raised it.
    GcPoll { site: u32 },
}

/// The rare side of a test in the body, emitted after the body: it runs, then jumps back.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ColdPath {
    /// Where the body branches to.
    pub(crate) entry: Label,
    /// Where the body goes on.
    pub(crate) back: Label,
    pub(crate) work: ColdWork,
}
