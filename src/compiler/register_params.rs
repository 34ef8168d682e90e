//! Parameters passed in registers by direct calls.
//!
//! A direct call within an eagerly compiled module passes the first four integer
//! parameters (`i32`, `i64`) in `Abi::PARAM_INT_REGS` and the first four float ones
//! (`f32`, `f64`) in `Abi::PARAM_FLOAT_REGS`, when the signature has no `v128`; every other
//! parameter goes to the outgoing area as before, and its slot there stays reserved for
//! the parameters in registers too. The callee starts with each of those registers holding
//! its parameter as a local held unstored (`Registers::dirty`), so the machinery of locals
//! held unstored decides if and when the frame slot gets the value.
//!
//! Every other caller (the host, `call_indirect`, `call_ref`, imports, tail calls, lazy
//! modules: anything that calls a `VMFuncRef`'s code) passes every argument on the stack
//! and enters at the function's first instruction, where a short stub loads the register
//! parameters from the stack and falls into the *register entry*
//! (`CompiledCode::register_entry`), which the linker gives direct calls.

use super::context::CodeGen;
use super::value_stack::Entry;
use super::{Ty, ValueLayout};
use onepass_arch::*;
use wasmparser::FuncType;

/// Most parameters a call passes in registers: four of each class.
const MAX: usize = 8;

/// The parameters of a signature that a direct call passes in registers: `(parameter
/// index, register, type)`, in parameter order.
#[derive(Clone, Copy)]
pub(crate) struct RegisterParams {
    list: [(u32, Reg, Ty); MAX],
    len: usize,
}

impl RegisterParams {
    /// None: every parameter on the stack.
    pub(crate) const NONE: RegisterParams = RegisterParams { list: [(0, Reg::int(0), Ty::I32); MAX], len: 0 };

    /// Those of a function of type `ty` under the register conventions `A`.
    pub(crate) fn of<A: Abi>(ty: &FuncType) -> RegisterParams {
        let mut params = RegisterParams::NONE;
        if ValueLayout::of_signature(ty) != ValueLayout::Narrow {
            return params;
        }
        let (mut ints, mut floats) = (A::PARAM_INT_REGS.iter(), A::PARAM_FLOAT_REGS.iter());
        for (i, &t) in ty.params().iter().enumerate() {
            let Some(ty) = Ty::from_wasm(t) else { continue };
            let reg = match ty {
                Ty::I32 | Ty::I64 => ints.next(),
                Ty::F32 | Ty::F64 => floats.next(),
                // References stay in the frame, where a collection finds them.
                Ty::Ref | Ty::V128 => None,
            };
            if let Some(&reg) = reg {
                params.list[params.len] = (i as u32, reg, ty);
                params.len += 1;
            }
        }
        params
    }

    /// `(parameter index, register, type)` of each.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, Reg, Ty)> + '_ {
        self.list[..self.len].iter().copied()
    }

    /// The register parameter `index` is passed in, if any.
    fn reg_of(&self, index: u32) -> Option<Reg> {
        self.iter().find(|&(i, _, _)| i == index).map(|(_, reg, _)| reg)
    }
}

/// A move of an argument into its register, not emitted yet.
#[derive(Clone, Copy)]
struct ArgMove {
    to: Reg,
    from: Operand,
    size: OperandSize,
}

/// The moves of one call's register arguments (see [`CodeGen::store_call_args_but`]).
pub(crate) struct ArgMoves {
    list: [Option<ArgMove>; MAX],
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// The stub at a function's first instruction for callers that pass every argument on
    /// the stack: load the parameters that direct calls pass in registers. Returns the
    /// offset after it, the register entry.
    pub(crate) fn emit_register_entry_stub(&mut self, params: &RegisterParams) -> u32 {
        let bytes = ValueLayout::Narrow.bytes();
        for (i, reg, ty) in params.iter() {
            let from = Address::Sp(<M::Abi as Abi>::ENTRY_ARGS_OFFSET + bytes * i as i32);
            self.masm.mov(ty.size(), reg, Operand::Mem(from));
        }
        self.masm.offset()
    }

    /// At the register entry: each register parameter is its local, held unstored.
    pub(crate) fn hold_register_params(&mut self, params: &RegisterParams) {
        for (i, reg, _) in params.iter() {
            self.remember_local_in(i, reg);
            self.regs.mark_dirty(reg);
        }
    }

    /// [`CodeGen::store_call_args`] for a call passing `in_regs` in registers: the others
    /// are stored, all are popped, and the moves into the registers are returned, to be
    /// made (by [`CodeGen::move_register_args`]) once the live registers are spilled. Until
    /// then the caller emits nothing that writes an allocatable register (spills only
    /// store), so each operand still holds its value.
    pub(crate) fn store_call_args_but(
        &mut self,
        ty: &FuncType,
        layout: ValueLayout,
        in_regs: &RegisterParams,
    ) -> ArgMoves {
        let n = ty.params().len();
        let bytes = layout.bytes();
        let base = self.stack.len() - n;
        let mut moves = ArgMoves { list: [None; MAX] };
        let mut pending = 0;
        for i in 0..n {
            let entry: Entry = self.stack.at(base + i);
            let from = self.operand_at(base + i, entry);
            match in_regs.reg_of(i as u32) {
                Some(to) => {
                    moves.list[pending] = Some(ArgMove { to, from, size: entry.ty.size() });
                    pending += 1;
                }
                None => self.masm.store(entry.ty.size(), Address::Sp(bytes * i as i32), from),
            }
        }
        self.truncate_stack(base);
        moves
    }

    /// Make `moves`, in an order that reads each register before it is written (a cycle
    /// goes through a register outside the parameter registers and the sources).
    pub(crate) fn move_register_args(&mut self, mut moves: ArgMoves) {
        loop {
            let pending = || moves.list.iter().flatten();
            if pending().next().is_none() {
                return;
            }
            let read_later = |to: Reg, list: &[Option<ArgMove>; MAX]| {
                list.iter().flatten().any(|m| m.from == Operand::Reg(to) && m.to != to)
            };
            let ready = (0..MAX).find(|&k| moves.list[k].is_some_and(|m| !read_later(m.to, &moves.list)));
            if let Some(k) = ready {
                let m = moves.list[k].take().expect("a pending move");
                if m.from != Operand::Reg(m.to) {
                    self.masm.mov(m.size, m.to, m.from);
                }
                continue;
            }
            // Every pending destination is still to be read: a cycle. Park the first
            // destination's value elsewhere and read it from there.
            let first = pending().next().copied().expect("a pending move");
            let (regs, params) = match first.to.class {
                RegClass::Int => (<M::Abi as Abi>::INT_REGS, <M::Abi as Abi>::PARAM_INT_REGS),
                _ => (<M::Abi as Abi>::FLOAT_REGS, <M::Abi as Abi>::PARAM_FLOAT_REGS),
            };
            let is_source = |r: &Reg| pending().any(|m| m.from == Operand::Reg(*r));
            let park = *regs
                .iter()
                .find(|r| !params.contains(r) && !is_source(r))
                .expect("a register outside the parameter registers");
            self.masm.mov(OperandSize::S64, park, Operand::Reg(first.to));
            for m in moves.list.iter_mut().flatten() {
                if m.from == Operand::Reg(first.to) {
                    m.from = Operand::Reg(park);
                }
            }
        }
    }
}
