//! The arch-neutral codegen context: value stack, registers, frame and control stack,
//! plus the primitive moves every operator is built from.

use super::control::{BlockSigs, Control};
use super::frame::Frame;
use super::regalloc::RegAlloc;
use super::stack::{Entry, Loc};
use super::{CompileError, ModuleEnv, Ty};
use onepass_arch::{Abi, Address, CompiledCode, Imm, MacroAssembler, Operand, Reg, RegClass, RegSet};

/// Compilation state of one function.
pub(crate) struct CodeGen<'a, M: MacroAssembler> {
    pub(crate) masm: M,
    pub(crate) env: &'a ModuleEnv<'a>,
    pub(crate) stack: Vec<Entry>,
    pub(crate) regs: RegAlloc,
    pub(crate) frame: Frame,
    pub(crate) controls: Vec<Control>,
    /// Whether the current position can execute (false after br/return/unreachable).
    pub(crate) reachable: bool,
    /// The function's result types.
    pub(crate) results: Vec<Ty>,
    /// Byte offset of the operator being compiled (for errors).
    pub(crate) offset: usize,
    /// Type lists of the block signatures met so far.
    pub(crate) block_sigs: BlockSigs,
    /// Depth of the latest stack entry pushed in each register (by [`Reg::index`]); the
    /// register's owner when that entry still holds it, so a spill finds its victim at once.
    reg_depth: [u32; 64],
    /// No entry below this depth is in a register. With [`Self::no_locals_below`], it keeps
    /// the whole-stack walks (spills at calls, block boundaries and `local.set`) linear in
    /// the body size: each walk starts here and moves the mark to the top, so an entry is
    /// visited again only after the stack has shrunk below it.
    no_regs_below: usize,
    /// No entry below this depth is a lazy local read.
    no_locals_below: usize,
    /// The local whose current value each register (by [`Reg::index`]) still holds, valid
    /// for the registers in `regs_with_local`: set by `local.set`/`local.tee` from a
    /// register, so that a `local.get` soon after takes (or copies) the register instead of
    /// loading from the frame. See [`CodeGen::local_in_reg`] for when it is forgotten.
    pub(crate) local_of_reg: [u32; 64],
    /// The registers whose entry in `local_of_reg` is valid.
    pub(crate) regs_with_local: RegSet,
    /// By local: 1 + the [`Reg::index`] of the register last remembered holding it, or 0.
    /// Valid only when that register's `local_of_reg` entry (valid per `regs_with_local`)
    /// names the local back, so stale entries need no clearing; a local is held by one
    /// register at most (remembering one forgets any other first), so this answers
    /// [`CodeGen::local_in_reg`] with one lookup instead of a walk over the registers.
    reg_of_local: Vec<u8>,
    /// `br_table` scratch: the label each branch depth resolved to (all `None` between
    /// tables; kept to reuse its allocation).
    pub(crate) br_table_scratch: Vec<Option<onepass_arch::Label>>,
    /// The homes of the open loops, outermost first, as `(local, register)` (see
    /// [`super::homes`]). A loop's label needs the homes up to its `homes_end`.
    pub(crate) homes: Vec<(u32, Reg)>,
    /// The registers of `homes`.
    pub(crate) home_regs: RegSet,
    /// The local each register of `home_regs` (by [`Reg::index`]) is the home of.
    pub(crate) home_local: [u32; 64],
    /// The homes of write-back loops (see [`CodeGen::write_back_homes`]): a `local.set`
    /// of their locals does not store to the frame.
    pub(crate) written_back: RegSet,
    /// Set when a reachable loop was entered: the driver reads its body ahead and calls
    /// [`CodeGen::open_loop`] before the next operator.
    pub(crate) loop_to_open: bool,
    /// The function's operator bytes, and the module offset of the first (so `offset`
    /// finds the operator being compiled): read to see which operator comes next.
    code: &'a [u8],
    code_start: usize,
    /// Code for the rare side of tests in the body, emitted after it (see `retain`).
    pub(crate) cold: Vec<super::retain::ColdPath>,
}

/// Allocations a compiling thread keeps from one function to the next: the assembler (its
/// labels and relocations) and the code generator's stacks. Reusing them saves a few
/// dozen allocations per function. The code buffer itself leaves with each function (to
/// be copied into the module's image) and is allocated again for the next, which the
/// allocator serves from the buffer just freed, already faulted in.
pub(crate) struct CompileScratch<M: MacroAssembler> {
    /// An assembler that finished its last function (`None` before the first, or after a
    /// function failed to compile).
    masm: Option<M>,
    stack: Vec<Entry>,
    controls: Vec<Control>,
    br_table_scratch: Vec<Option<onepass_arch::Label>>,
    homes: Vec<(u32, Reg)>,
    reg_of_local: Vec<u8>,
    cold: Vec<super::retain::ColdPath>,
    /// The loop read-ahead's allocations (see [`super::lookahead::LoopScan`]).
    pub(crate) loop_scan: super::lookahead::LoopScratch,
}

impl<M: MacroAssembler> Default for CompileScratch<M> {
    fn default() -> Self {
        CompileScratch {
            masm: None,
            stack: Vec::new(),
            controls: Vec::new(),
            br_table_scratch: Vec::new(),
            homes: Vec::new(),
            reg_of_local: Vec::new(),
            cold: Vec::new(),
            loop_scan: Default::default(),
        }
    }
}

/// The vector in `v`, emptied, leaving an unallocated one behind.
fn emptied<T>(v: &mut Vec<T>) -> Vec<T> {
    let mut v = std::mem::take(v);
    v.clear();
    v
}

/// A `local.set` walks only this many entries before it settles every lazy read of any
/// local it passes (see [`CodeGen::materialize_local`]).
const LOCAL_SCAN_LIMIT: usize = 64;

impl<'a, M: MacroAssembler> CodeGen<'a, M> {
    /// Compilation state of a function whose operators are `code`, found at module offset
    /// `code_start`.
    pub(crate) fn new(
        env: &'a ModuleEnv<'a>,
        frame: Frame,
        results: Vec<Ty>,
        code: &'a [u8],
        code_start: usize,
        scratch: &mut CompileScratch<M>,
    ) -> Self {
        let masm = scratch.masm.take().unwrap_or_else(|| {
            M::new(onepass_arch::VmctxLayout {
                entry_sp: crate::vm::vmctx::thread::ENTRY_SP,
                trap_recorder: crate::vm::vmctx::header::TRAP_RECORDER,
            })
        });
        // Kept from earlier functions: stale entries are harmless (see the field).
        let mut reg_of_local = std::mem::take(&mut scratch.reg_of_local);
        let locals = frame.local_types.len() as usize;
        if reg_of_local.len() < locals {
            reg_of_local.resize(locals, 0);
        }
        CodeGen {
            masm,
            env,
            stack: emptied(&mut scratch.stack),
            regs: RegAlloc::new(<M::Abi as Abi>::INT_REGS, <M::Abi as Abi>::FLOAT_REGS),
            frame,
            controls: emptied(&mut scratch.controls),
            reachable: true,
            results,
            offset: 0,
            reg_depth: [0; 64],
            no_regs_below: 0,
            no_locals_below: 0,
            block_sigs: BlockSigs::default(),
            br_table_scratch: emptied(&mut scratch.br_table_scratch),
            local_of_reg: [0; 64],
            regs_with_local: RegSet::default(),
            reg_of_local,
            homes: emptied(&mut scratch.homes),
            home_regs: RegSet::default(),
            home_local: [0; 64],
            written_back: RegSet::default(),
            loop_to_open: false,
            code,
            code_start,
            cold: emptied(&mut scratch.cold),
        }
    }

    /// Finish the function's code, giving the allocations back to `scratch` for the next.
    pub(crate) fn finish(self, frame_size: u32, scratch: &mut CompileScratch<M>) -> Result<CompiledCode, String> {
        let mut masm = self.masm;
        let code = masm.finish(frame_size);
        scratch.masm = Some(masm);
        scratch.stack = self.stack;
        scratch.controls = self.controls;
        scratch.br_table_scratch = self.br_table_scratch;
        scratch.homes = self.homes;
        scratch.reg_of_local = self.reg_of_local;
        scratch.cold = self.cold;
        code
    }

    pub(crate) fn unsupported(&self, what: &str) -> CompileError {
        CompileError::unsupported(what, self.offset)
    }

    /// Push an entry, growing the frame's slot area when the stack gets deeper. Inlined:
    /// an entry passed by reference was stored field by field and read back whole, a
    /// store-forwarding stall that made this the hottest instruction of the compiler.
    #[inline(always)]
    pub(crate) fn push(&mut self, entry: Entry) {
        if let Loc::Reg(r) = entry.loc {
            self.reg_depth[r.index()] = self.stack.len() as u32;
        }
        self.stack.push(entry);
        self.frame.max_depth = self.frame.max_depth.max(self.stack.len() as u32);
    }

    pub(crate) fn push_reg(&mut self, ty: Ty, reg: Reg) {
        self.push(Entry::reg(ty, reg));
    }

    pub(crate) fn push_const(&mut self, ty: Ty, imm: Imm) {
        self.push(Entry::constant(ty, imm));
    }

    /// The operand naming entry `entry` found at stack depth `depth`.
    pub(crate) fn operand_at(&self, depth: usize, entry: Entry) -> Operand {
        match entry.loc {
            Loc::Const(imm) => Operand::Imm(imm),
            Loc::Reg(r) => Operand::Reg(r),
            Loc::Local(i) => Operand::Mem(self.frame.local(i)),
            Loc::Slot => Operand::Mem(self.frame.slot(depth)),
        }
    }

    /// A register of `class`, spilling a stack entry if none is free.
    pub(crate) fn alloc(&mut self, class: RegClass) -> Reg {
        self.alloc_avoiding(class, RegSet::default())
    }

    /// A register of `class` not in `avoid`.
    pub(crate) fn alloc_avoiding(&mut self, class: RegClass, avoid: RegSet) -> Reg {
        let reg = self.alloc_avoiding_inner(class, avoid);
        self.write_back_reg(reg);
        self.forget_local_in(reg);
        reg
    }

    fn alloc_avoiding_inner(&mut self, class: RegClass, avoid: RegSet) -> Reg {
        // Free registers still holding a local's value are taken last, loop homes after
        // all others.
        let keep = RegSet(avoid.0 | self.regs_with_local.0 | self.home_regs.0);
        let not_home = RegSet(avoid.0 | self.home_regs.0);
        let free = self.regs.take_free(class, keep).or_else(|| self.regs.take_free(class, not_home));
        if let Some(r) = free.or_else(|| self.regs.take_free(class, avoid)) {
            return r;
        }
        let victims: Vec<Reg> = self.regs.spill_order(class).collect();
        for victim in victims {
            if !avoid.contains(victim) && self.spill_reg(victim) {
                self.regs.free.remove(victim);
                return victim;
            }
        }
        panic!("register allocator: no {class:?} register can be spilled");
    }

    /// Store the stack entry holding `reg` (if any) into its home slot and free `reg`.
    fn spill_reg(&mut self, reg: Reg) -> bool {
        // A register belongs to at most one entry, the latest pushed in it, if that one
        // still holds it (it may have been popped, or spilled, since).
        let depth = self.reg_depth[reg.index()] as usize;
        if self.stack.get(depth).is_none_or(|e| e.loc != Loc::Reg(reg)) {
            return false;
        }
        let entry = self.stack[depth];
        let slot = self.frame.slot(depth);
        self.masm.store(entry.ty.size(), slot, Operand::Reg(reg));
        self.stack[depth].loc = Loc::Slot;
        self.regs.release(reg);
        true
    }

    /// Release the register behind an operand returned by a pop, if it owns one.
    pub(crate) fn free_operand(&mut self, op: Operand) {
        if let Operand::Reg(r) = op {
            if self.regs.is_allocatable(r) {
                self.regs.release(r);
            }
        }
    }

    /// Pop the top entry as an operand (register, constant or memory). The caller frees it.
    pub(crate) fn pop_operand(&mut self) -> Operand {
        let entry = self.pop_entry();
        self.operand_at(self.stack.len(), entry)
    }

    /// Pop the top entry, keeping the walk marks at or below the stack height.
    pub(crate) fn pop_entry(&mut self) -> Entry {
        let entry = self.stack.pop().expect("validated: value stack underflow");
        let len = self.stack.len();
        self.no_regs_below = self.no_regs_below.min(len);
        self.no_locals_below = self.no_locals_below.min(len);
        entry
    }

    /// Pop the top entry into a register the caller owns (and may change).
    pub(crate) fn pop_reg(&mut self) -> Reg {
        let entry = *self.stack.last().expect("validated: value stack underflow");
        if let Loc::Reg(r) = entry.loc {
            self.pop_entry();
            // The caller may change it (operands popped with `pop_operand` are only read).
            return self.into_reg(entry.ty, Operand::Reg(r));
        }
        self.pop_into_new_reg(entry)
    }

    /// `reg`, popped to be read, now to be changed by the caller as well: `None` when it is
    /// a loop home holding its local (which must stay), else `reg`, no longer holding a local.
    #[inline]
    pub(crate) fn reuse_to_change(&mut self, reg: Reg) -> Option<Reg> {
        if self.is_holding_home(reg) || self.holds_local_read_soon(reg) {
            return None;
        }
        self.forget_local_in(reg);
        Some(reg)
    }

    /// Pop the top entry into a register the caller owns but only reads (the register may
    /// still hold a local, or be a loop home).
    #[inline]
    pub(crate) fn pop_reg_to_read(&mut self) -> Reg {
        let entry = *self.stack.last().expect("validated: value stack underflow");
        if let Loc::Reg(r) = entry.loc {
            self.pop_entry();
            return r;
        }
        self.pop_into_new_reg(entry)
    }

    /// Pop `entry`, the top entry, which is not in a register, into a new one.
    fn pop_into_new_reg(&mut self, entry: Entry) -> Reg {
        // Allocate before popping so a spill cannot pick this entry's slot for reuse.
        let reg = self.alloc(entry.ty.class());
        let op = self.pop_operand();
        self.masm.mov(entry.ty.size(), reg, op);
        reg
    }

    /// Whether the operator being compiled is a single-byte one (a numeric operator or an
    /// untyped `select`) directly followed by a `local.set`/`local.tee` of `local`. A loop
    /// home of that local may then be changed in place: the set makes it hold again.
    pub(crate) fn next_op_sets(&self, local: u32) -> bool {
        let Some(at) = self.offset.checked_sub(self.code_start) else { return false };
        super::lookahead::next_op_sets(self.code, at, local)
    }

    /// Whether `reg` holds a local that the next few operators read: changing a copy then
    /// saves reloading it from the frame (through a store just made, which costs the
    /// store-to-load forwarding latency on the dependency chain).
    #[inline]
    pub(crate) fn holds_local_read_soon(&self, reg: Reg) -> bool {
        if !self.regs_with_local.contains(reg) {
            return false;
        }
        let Some(at) = self.offset.checked_sub(self.code_start) else { return false };
        super::lookahead::read_again_soon(self.code, at, self.local_of_reg[reg.index()])
    }

    /// Type of the entry `n` places from the top (0 = top).
    pub(crate) fn peek_ty(&self, n: usize) -> Ty {
        self.stack[self.stack.len() - 1 - n].ty
    }

    /// Copy every lazy read of local `index` into its home slot (before the local changes).
    ///
    /// A short walk settles only that local's reads. A long one (a deep stack above an old
    /// lazy read) settles every lazy read it passes, so the next walk starts at the top.
    pub(crate) fn materialize_local(&mut self, index: u32) {
        let start = self.no_locals_below;
        let settle_all = self.stack.len() - start > LOCAL_SCAN_LIMIT;
        let mut first_left = None;
        for depth in start..self.stack.len() {
            if let Loc::Local(i) = self.stack[depth].loc {
                if i == index || settle_all {
                    self.spill_entry(depth, false);
                } else if first_left.is_none() {
                    first_left = Some(depth);
                }
            }
        }
        self.no_locals_below = first_left.unwrap_or(self.stack.len());
    }

    /// Move entry `depth` to its home slot (constants only when `consts` is set).
    pub(crate) fn spill_entry(&mut self, depth: usize, consts: bool) {
        let entry = self.stack[depth];
        let slot = self.frame.slot(depth);
        match entry.loc {
            Loc::Slot => return,
            Loc::Const(_) if !consts => return,
            Loc::Reg(r) => {
                self.masm.store(entry.ty.size(), slot, Operand::Reg(r));
                self.regs.release(r);
            }
            _ => {
                let op = self.operand_at(depth, entry);
                self.masm.store(entry.ty.size(), slot, op);
            }
        }
        self.stack[depth].loc = Loc::Slot;
    }

    /// Spill every register entry (calls clobber all allocatable registers).
    pub(crate) fn spill_regs(&mut self) {
        self.forget_locals_in_regs();
        for depth in self.no_regs_below..self.stack.len() {
            if matches!(self.stack[depth].loc, Loc::Reg(_)) {
                self.spill_entry(depth, false);
            }
        }
        self.no_regs_below = self.stack.len();
    }

    /// Move every register entry and lazy local read to its home slot; constants stay.
    pub(crate) fn spill_regs_and_locals(&mut self) {
        self.spill_for_block(self.stack.len());
    }

    /// Bring the whole stack to the canonical form of a block boundary: registers and lazy
    /// locals go to home slots; constants below `keep_consts_below` may stay.
    pub(crate) fn spill_for_block(&mut self, keep_consts_below: usize) {
        let start = self.no_regs_below.min(self.no_locals_below).min(keep_consts_below);
        for depth in start..self.stack.len() {
            self.spill_entry(depth, depth >= keep_consts_below);
        }
        self.no_regs_below = self.stack.len();
        self.no_locals_below = self.stack.len();
    }

    /// The register holding local `index`'s current value, if one is known to.
    ///
    /// The knowledge is forgotten whenever it could stop being true on some path: when the
    /// register is allocated or popped (its new owner may change it), when the local is
    /// set again, at labels (another path joins there: only loop homes that hold on every
    /// path survive, see [`super::homes`]), and at calls. Registers handed out by `pop_reg`
    /// and `into_reg` are assumed changed (a loop home is copied instead); those popped as
    /// operands, or with `pop_reg_to_read`, are only read.
    #[inline]
    pub(crate) fn local_in_reg(&self, index: u32, class: RegClass) -> Option<Reg> {
        let held = match self.reg_of_local.get(index as usize) {
            Some(&slot) if slot != 0 => Reg::from_index(slot as usize - 1),
            _ => return None,
        };
        let found =
            (held.class == class && self.regs_with_local.contains(held) && self.local_of_reg[held.index()] == index)
                .then_some(held);
        debug_assert_eq!(found, self.local_in_reg_by_walk(index, class), "local {index}");
        found
    }

    /// [`Self::local_in_reg`] the slow way: a walk over the registers holding locals
    /// (checked against it in debug builds).
    fn local_in_reg_by_walk(&self, index: u32, class: RegClass) -> Option<Reg> {
        let (mut bits, float) = match class {
            RegClass::Int => (self.regs_with_local.0 & 0xffff_ffff, false),
            RegClass::Float => (self.regs_with_local.0 >> 32, true),
        };
        while bits != 0 {
            let hw = bits.trailing_zeros();
            bits &= bits - 1;
            let reg = if float { Reg::float(hw as u8) } else { Reg::int(hw as u8) };
            if self.local_of_reg[reg.index()] == index {
                return Some(reg);
            }
        }
        None
    }

    /// Record that `reg` now holds local `index`'s current value. No other register may
    /// (the caller has called [`CodeGen::forget_local`]).
    pub(crate) fn remember_local_in(&mut self, index: u32, reg: Reg) {
        if self.regs.is_allocatable(reg) {
            self.local_of_reg[reg.index()] = index;
            self.regs_with_local.insert(reg);
            if let Some(slot) = self.reg_of_local.get_mut(index as usize) {
                *slot = reg.index() as u8 + 1;
            }
        }
    }

    /// Forget the register holding local `index`, if any (the local changes).
    pub(crate) fn forget_local(&mut self, index: u32) {
        let class = self.frame.local_types.get(index).class();
        if let Some(reg) = self.local_in_reg(index, class) {
            self.forget_local_in(reg);
        }
    }

    pub(crate) fn forget_local_in(&mut self, reg: Reg) {
        self.regs_with_local.remove(reg);
    }

    /// Forget every register's local (at calls, which clobber them), storing the homes of
    /// write-back loops first.
    pub(crate) fn forget_locals_in_regs(&mut self) {
        self.write_back_homes(0);
        self.regs_with_local = RegSet::default();
    }

    /// Address of a vmctx field.
    pub(crate) fn vmctx(offset: i32) -> Address {
        Address::Vmctx(offset)
    }
}
