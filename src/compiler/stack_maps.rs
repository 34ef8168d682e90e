//! Stack maps: where a function's frame holds references at each point a garbage
//! collection may find it on the stack (the runtime's collector, `vm::gc_heap`, reads no
//! frame conservatively).
//!
//! A collection runs only inside a call out of wasm code: an allocating builtin
//! (`Builtin::may_collect`), the allocation buffer's refill, or a host function (which may
//! call into wasm again). So the frames on the stack are each stopped at a call, and every
//! call site of a function compiled with stack maps records one (`CompiledCode::safepoints`,
//! keyed by the call's return address): the slots of its reference locals (parameters
//! included), and the home slots of the value-stack entries of reference type that live
//! there at the call. At a call every register has been spilled (all are caller-saved) and
//! every local the code reads later is in its slot, so slots are all the collector needs;
//! the refill's cold path, which keeps the value stack in registers, stores the reference
//! registers to their slots first (`CodeGen::gc_refill_roots`).
//!
//! Reference locals are roots at every safepoint of the function, whatever the code does
//! next, so each starts null (the prologue zeroes them: no stale word from an earlier call
//! may be read as an object), and a slot that still holds an older value than a register
//! (a local held unstored in a register) names an object that was kept alive since that
//! value was stored: the collector does not move or free it meanwhile. A reference slot
//! may also hold a function or an exception reference (`Ty::Ref` is every reference type):
//! the collector takes only words that point into its heap's chunks, where nothing else
//! lives.

use onepass_arch::{Address, CompiledCode, Reg, Safepoint};

/// What the refill cold path of one inline allocation needs (see
/// `CodeGen::gc_refill_roots`): the registers to store and where, and its safepoint's slots.
#[derive(Default)]
pub(crate) struct RefillSite {
    pub(crate) roots: Vec<(Reg, Address)>,
    pub(crate) slots: Vec<i32>,
}

/// A function's stack maps while it compiles.
#[derive(Default)]
pub(crate) struct StackMaps {
    /// The frame offsets of the function's reference locals (parameters included).
    pub(crate) ref_locals: Vec<i32>,
    /// The safepoints recorded so far.
    pub(crate) safepoints: Vec<Safepoint>,
    /// Their slots.
    pub(crate) slots: Vec<i32>,
    /// The inline allocations' refill paths (emitted after the body).
    refill_sites: Vec<RefillSite>,
}

impl StackMaps {
    /// Bytes the maps take (charged against the module's code budget).
    pub(crate) fn bytes(&self) -> usize {
        self.safepoints.len() * std::mem::size_of::<Safepoint>() + self.slots.len() * 4
    }

    /// Keep what an inline allocation's refill path needs; returns its number.
    pub(crate) fn add_refill_site(&mut self, site: RefillSite) -> u32 {
        self.refill_sites.push(site);
        self.refill_sites.len() as u32 - 1
    }

    /// The refill path of number `site`, taken out (each path's code is emitted once).
    pub(crate) fn take_refill_site(&mut self, site: u32) -> RefillSite {
        std::mem::take(&mut self.refill_sites[site as usize])
    }

    /// Hand the maps to the compiled code.
    pub(crate) fn into_code(self, code: &mut CompiledCode) {
        code.safepoints = self.safepoints;
        code.ref_slots = self.slots;
    }
}
