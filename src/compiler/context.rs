//! The arch-neutral codegen context: value stack, registers, frame and control stack,
//! plus the primitive moves every operator is built from.

use super::control::Control;
use super::frame::Frame;
use super::regalloc::RegAlloc;
use super::stack::{Entry, Loc};
use super::{CompileError, ModuleEnv, Ty};
use onepass_arch::{Abi, Address, Imm, MacroAssembler, Operand, Reg, RegClass, RegSet};

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
}

impl<'a, M: MacroAssembler> CodeGen<'a, M> {
    pub(crate) fn new(env: &'a ModuleEnv<'a>, frame: Frame, results: Vec<Ty>) -> Self {
        CodeGen {
            masm: M::new(onepass_arch::VmctxLayout {
                entry_sp: crate::vm::vmctx::thread::ENTRY_SP,
                trap_recorder: crate::vm::vmctx::header::TRAP_RECORDER,
            }),
            env,
            stack: Vec::new(),
            regs: RegAlloc::new(<M::Abi as Abi>::INT_REGS, <M::Abi as Abi>::FLOAT_REGS),
            frame,
            controls: Vec::new(),
            reachable: true,
            results,
            offset: 0,
        }
    }

    pub(crate) fn unsupported(&self, what: &str) -> CompileError {
        CompileError::unsupported(what, self.offset)
    }

    /// Push an entry, growing the frame's slot area when the stack gets deeper.
    pub(crate) fn push(&mut self, entry: Entry) {
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
        if let Some(r) = self.regs.take_free(class, avoid) {
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
        let Some(depth) = self.stack.iter().position(|e| e.loc == Loc::Reg(reg)) else {
            return false;
        };
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
        let entry = self.stack.pop().expect("validated: value stack underflow");
        self.operand_at(self.stack.len(), entry)
    }

    /// Pop the top entry into a register the caller owns.
    pub(crate) fn pop_reg(&mut self) -> Reg {
        let entry = *self.stack.last().expect("validated: value stack underflow");
        if let Loc::Reg(r) = entry.loc {
            self.stack.pop();
            return r;
        }
        // Allocate before popping so a spill cannot pick this entry's slot for reuse.
        let reg = self.alloc(entry.ty.class());
        let op = self.pop_operand();
        self.masm.mov(entry.ty.size(), reg, op);
        reg
    }

    /// Type of the entry `n` places from the top (0 = top).
    pub(crate) fn peek_ty(&self, n: usize) -> Ty {
        self.stack[self.stack.len() - 1 - n].ty
    }

    /// Copy every lazy read of local `index` into its home slot (before the local changes).
    pub(crate) fn materialize_local(&mut self, index: u32) {
        for depth in 0..self.stack.len() {
            let entry = self.stack[depth];
            if entry.loc == Loc::Local(index) {
                let slot = self.frame.slot(depth);
                self.masm.store(entry.ty.size(), slot, Operand::Mem(self.frame.local(index)));
                self.stack[depth].loc = Loc::Slot;
            }
        }
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
        for depth in 0..self.stack.len() {
            if matches!(self.stack[depth].loc, Loc::Reg(_)) {
                self.spill_entry(depth, false);
            }
        }
    }

    /// Bring the whole stack to the canonical form of a block boundary: registers and lazy
    /// locals go to home slots; constants below `keep_consts_below` may stay.
    pub(crate) fn spill_for_block(&mut self, keep_consts_below: usize) {
        for depth in 0..self.stack.len() {
            self.spill_entry(depth, depth >= keep_consts_below);
        }
    }

    /// Address of a vmctx field.
    pub(crate) fn vmctx(offset: i32) -> Address {
        Address::Vmctx(offset)
    }
}
