//! Codegen of stack maps (what they are: `stack_maps`): recording a safepoint at each
//! call, announcing the calls that may collect to the runtime, and the inline
//! allocations' refill paths.

use super::cold::{ColdPath, ColdWork};
use super::context::CodeGen;
use super::stack_maps::{RefillSite, StackMaps};
use super::value_stack::Loc;
use super::Builtin;
use super::Ty;
use crate::vm::vmctx::thread;
use onepass_arch::*;

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// Start the function's stack maps, when its module's runtime collects garbage.
    pub(crate) fn start_stack_maps(&mut self) {
        if !self.env.stack_maps {
            return;
        }
        let mut maps = StackMaps::default();
        for index in 0..self.frame.num_locals() {
            if self.frame.local_type(index) == Ty::Ref {
                maps.ref_locals.push(frame_offset(self.frame.local(index)));
            }
        }
        self.stack_maps = Some(maps);
    }

    /// The slots a safepoint here would name (`None` without stack maps).
    pub(crate) fn safepoint_slots(&self, extra: &[Address]) -> Option<Vec<i32>> {
        let maps = self.stack_maps.as_ref()?;
        let mut slots = maps.ref_locals.clone();
        for depth in 0..self.stack.len() {
            let entry = self.stack.at(depth);
            if entry.ty == Ty::Ref && entry.loc == Loc::Slot {
                slots.push(frame_offset(self.frame.slot(depth)));
            }
        }
        slots.extend(extra.iter().map(|&a| frame_offset(a)));
        Some(slots)
    }

    /// Record a safepoint at code offset `ret` naming `slots`.
    pub(crate) fn push_safepoint(&mut self, ret: u32, slots: &[i32]) {
        let Some(maps) = self.stack_maps.as_mut() else { return };
        if slots.is_empty() {
            return;
        }
        let start = maps.slots.len() as u32;
        maps.slots.extend_from_slice(slots);
        maps.safepoints.push(Safepoint { ret, start, len: slots.len() as u32 });
    }

    /// Record a safepoint at the call just emitted (its return address is here): the
    /// reference locals and the home slots of the reference entries of the value stack
    /// that live in them.
    pub(crate) fn note_call_safepoint(&mut self) {
        if let Some(slots) = self.safepoint_slots(&[]) {
            let ret = self.masm.offset();
            self.push_safepoint(ret, &slots);
        }
    }

    /// Before a call to a builtin that may collect (in a function with stack maps): tell the
    /// runtime where the walk of this entry's frames starts, this frame and the point
    /// `after` (bound by [`Self::end_collecting_call`]). Uses only the register that passes
    /// a caller's vmctx to a callee, which holds nothing between calls.
    pub(crate) fn begin_collecting_call(&mut self) -> Option<Label> {
        self.stack_maps.as_ref()?;
        let t = <M::Abi as Abi>::THREAD_STATE;
        let scratch = <M::Abi as Abi>::CALLER_VMCTX;
        let after = self.masm.new_label();
        let record = thread::SAFEPOINT_RECORD;
        self.masm.lea(scratch, Address::Frame(0));
        self.masm.store(OperandSize::S64, Address::Base(t, record), Operand::Reg(scratch));
        self.masm.lea_label(scratch, after);
        self.masm.store(OperandSize::S64, Address::Base(t, record + 8), Operand::Reg(scratch));
        self.masm.lea(scratch, Address::Base(t, record));
        self.masm.store(OperandSize::S64, Address::Base(t, thread::SAFEPOINT), Operand::Reg(scratch));
        Some(after)
    }

    /// After the call [`Self::begin_collecting_call`] announced: record its safepoint at
    /// `after`, naming `slots` (what [`Self::safepoint_slots`] gave at the call), and clear
    /// the announcement.
    pub(crate) fn end_collecting_call(&mut self, after: Option<Label>, slots: &[i32]) {
        let Some(after) = after else { return };
        self.masm.bind(after);
        let ret = self.masm.offset();
        self.push_safepoint(ret, slots);
        let t = <M::Abi as Abi>::THREAD_STATE;
        let zero = Operand::Imm(Imm::I64(0));
        self.masm.store(OperandSize::S64, Address::Base(t, thread::SAFEPOINT), zero);
    }

    /// The maps' size so far (the driver counts it against the code budget).
    pub(crate) fn stack_map_bytes(&self) -> usize {
        self.stack_maps.as_ref().map_or(0, StackMaps::bytes)
    }

    /// Every register holding a reference the code still needs at an inline allocation,
    /// with the slot to store it in before the refill's cold path may collect: value-stack
    /// entries in registers (their home slots) and loop homes holding reference locals
    /// and registers holding reference locals unstored, whose frame slots may be behind
    /// (the locals' slots).
    pub(crate) fn gc_refill_roots(&self) -> Vec<(Reg, Address)> {
        let mut roots = Vec::new();
        if self.stack_maps.is_none() {
            return roots;
        }
        for depth in self.stack.regs_from()..self.stack.len() {
            let entry = self.stack.at(depth);
            if let (Ty::Ref, Loc::Reg(r)) = (entry.ty, entry.loc) {
                roots.push((r, self.frame.slot(depth)));
            }
        }
        for &(local, reg) in self.regs.homes() {
            if self.frame.local_type(local) == Ty::Ref && self.regs.holds(reg, local) {
                roots.push((reg, self.frame.local(local)));
            }
        }
        for reg in self.regs.dirty().iter() {
            if let Some(local) = self.regs.local_of(reg).filter(|&l| self.frame.local_type(l) == Ty::Ref) {
                roots.push((reg, self.frame.local(local)));
            }
        }
        roots
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// At a function entry or loop header of a function with stack maps: a safepoint
    /// poll. When the instance's poll word is raised (a collection stops the world:
    /// `vm::gc_stop`), a cold path stores the references held in registers, as an inline
    /// allocation's refill path does, and parks; it comes back here.
    ///
    /// Only in modules that declare struct or array types: a module without them makes no
    /// object, so its polls would only let other modules' collections run during its
    /// loops, and they cost code that makes no objects (`onepass run` enables GC for
    /// every program): CoreMark took 2.4% longer with them. Its loops delay a collection
    /// instead (`vm::gc_stop`: the owner gives up after a while); its frames still have
    /// stack maps, walked whenever it calls code that parks.
    pub(crate) fn safepoint_poll(&mut self) {
        if self.stack_maps.is_none() || self.env.aggregate_types.is_empty() {
            return;
        }
        let (entry, back) = (self.masm.new_label(), self.masm.new_label());
        let word = Operand::Mem(Address::Vmctx(self.env.offsets.gc_poll()));
        self.masm.test_branch(OperandSize::S32, word, entry, BranchIf::NonZero);
        self.masm.bind(back);
        let site = self.refill_site_here();
        self.cold.push(ColdPath { entry, back, work: ColdWork::GcPoll { site } });
    }

    /// At an inline allocation: keep what its refill path stores and names, and return
    /// the path's number (0, unused, without stack maps).
    pub(crate) fn refill_site_here(&mut self) -> u32 {
        let roots = self.gc_refill_roots();
        let addrs: Vec<Address> = roots.iter().map(|&(_, a)| a).collect();
        let Some(slots) = self.safepoint_slots(&addrs) else { return 0 };
        self.stack_maps.as_mut().map_or(0, |m| m.add_refill_site(RefillSite { roots, slots }))
    }

    /// In a cold path at refill site `site` (an inline allocation's refill, or a poll):
    /// store the registers holding references, then call `builtin` through the
    /// register-preserving trampoline `stub` with the thread state and `payload`, announced
    /// as a collecting call whose safepoint names the site's slots.
    pub(crate) fn collecting_call_at_site(&mut self, stub: Address, builtin: Builtin, site: u32, payload: u32) {
        let slots = self.store_refill_roots(site);
        let after = self.begin_collecting_call();
        self.masm.call_preserving(stub, builtin as u32, <M::Abi as Abi>::THREAD_STATE, payload);
        self.end_collecting_call(after, &slots);
    }

    /// In refill path `site`'s code: store the registers holding references to their slots,
    /// and return the slots its safepoint names (empty without stack maps).
    fn store_refill_roots(&mut self, site: u32) -> Vec<i32> {
        let Some(maps) = self.stack_maps.as_mut() else { return Vec::new() };
        let RefillSite { roots, slots } = maps.take_refill_site(site);
        for (reg, addr) in roots {
            self.masm.store(OperandSize::S64, addr, Operand::Reg(reg));
        }
        slots
    }
}

/// The frame-pointer offset of a frame address.
fn frame_offset(addr: Address) -> i32 {
    match addr {
        Address::Frame(offset) => offset,
        _ => unreachable!("locals and home slots are frame addresses"),
    }
}
