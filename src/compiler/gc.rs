//! Codegen for the GC proposal's `i31` references (`ref.i31`, `i31.get_s/u`), `ref.eq`,
//! and the casts (`ref.test`, `ref.cast`, `br_on_cast`, `br_on_cast_fail`); objects
//! themselves are `aggregate.rs`'s.
//!
//! A reference of the `any` hierarchy is one word (see `vm::gc_heap`): null is 0, an
//! `i31` is `value << 1 | 1` (canonical, so `ref.eq` compares words), a converted host
//! value has low bits `10`, an object is its aligned address. The `i31` word is built
//! from the 32-bit value with 32-bit operations, whose results both ISAs zero-extend.
//!
//! A cast to a concrete function type tests the `VMFuncRef`'s type id, to a struct or
//! array type the object header's; then, for a type open to subtyping, the supertype
//! display, as `call_indirect` does. `struct` and `array` test the header's kind, `eq`
//! that the value is no host value.

use super::context::CodeGen;
use super::control_stack::Condition;
use super::{CompileError, Ty};
use crate::vm::gc_layout::object;
use crate::vm::vmctx::funcref;
use onepass_arch::*;

/// What a cast to some reference type has to check of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CastCheck {
    /// Nothing: every value of the source hierarchy passes (a nullable top type).
    Always,
    /// That the value is not null (a non-null top type).
    NonNull,
    /// That the value is null (a nullable bottom type).
    Null,
    /// Nothing passes (a non-null bottom type).
    Never,
    /// That the value is an `i31` (or null, when `nullable`).
    I31 { nullable: bool },
    /// That the value is a function of type `type_index` or a subtype (or null, when
    /// `nullable`).
    FuncType { type_index: u32, nullable: bool },
    /// That the value is a GC object of struct or array type `type_index` or a subtype (or
    /// null, when `nullable`).
    ObjectType { type_index: u32, nullable: bool },
    /// That the value is a GC object of kind `kind` (`object::KIND_STRUCT` or
    /// `KIND_ARRAY`: a cast to `struct` or `array`), or null when `nullable`.
    ObjectKind { kind: u32, nullable: bool },
    /// That the value is an `i31` or a GC object, not a converted host value (a cast to
    /// `eq`), or null when `nullable`.
    Eq { nullable: bool },
}

impl CastCheck {
    /// What the check reads of the reference into a flag ([`CodeGen::type_flag`]), and
    /// whether null passes; `None` for a check made otherwise.
    fn target(self) -> Option<(Target, bool)> {
        match self {
            CastCheck::FuncType { type_index, nullable } => Some((Target::FuncType(type_index), nullable)),
            CastCheck::ObjectType { type_index, nullable } => Some((Target::ObjectType(type_index), nullable)),
            CastCheck::ObjectKind { kind, nullable } => Some((Target::ObjectKind(kind), nullable)),
            CastCheck::Eq { nullable } => Some((Target::NotHost, nullable)),
            _ => None,
        }
    }

    /// Whether the check computes a flag ([`CastCheck::target`]).
    fn tests_target(self) -> bool {
        self.target().is_some()
    }

    /// The check a cast to `(ref null? heap)` makes.
    fn of(heap: wasmparser::HeapType, nullable: bool) -> Option<CastCheck> {
        use wasmparser::AbstractHeapType as A;
        let wasmparser::HeapType::Abstract { ty, .. } = heap else { return None };
        let top = if nullable { CastCheck::Always } else { CastCheck::NonNull };
        let bottom = if nullable { CastCheck::Null } else { CastCheck::Never };
        Some(match ty {
            A::Any | A::Func | A::Extern | A::Exn => top,
            A::Eq => CastCheck::Eq { nullable },
            A::None | A::NoFunc | A::NoExtern | A::NoExn => bottom,
            A::I31 => CastCheck::I31 { nullable },
            A::Struct => CastCheck::ObjectKind { kind: object::KIND_STRUCT, nullable },
            A::Array => CastCheck::ObjectKind { kind: object::KIND_ARRAY, nullable },
            _ => return None,
        })
    }

    /// The condition, on the value in `reg`, of passing a check that neither always nor
    /// never passes; an `i31` test compares a rotated copy in `scratch`, a function type
    /// test the flag computed there (see `CodeGen::cast_scratch`).
    fn condition(self, reg: Reg, scratch: Option<Reg>) -> Condition {
        let zero = Operand::Imm(Imm::I64(0));
        let compare =
            |cmp, lhs| Condition::Compare(Comparison { cmp: Cmp::Int(cmp), size: OperandSize::S64, lhs, rhs: zero });
        match (self, scratch) {
            (CastCheck::NonNull, _) => compare(IntCmp::Ne, reg),
            (CastCheck::Null, _) => compare(IntCmp::Eq, reg),
            // Rotated right by one, an i31 (low bit set) is negative, null is 0 and an
            // object pointer (even, non-zero) is positive.
            (CastCheck::I31 { nullable: false }, Some(t)) => compare(IntCmp::LtS, t),
            (CastCheck::I31 { nullable: true }, Some(t)) => compare(IntCmp::LeS, t),
            (check, Some(flag)) if check.tests_target() => compare(IntCmp::Ne, flag),
            _ => unreachable!("a constant check has no condition"),
        }
    }
}

/// What [`CodeGen::type_flag`] tests of a non-null reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    /// A function's type id (and display, for a type open to subtyping).
    FuncType(u32),
    /// A GC object's type id in its header (and display).
    ObjectType(u32),
    /// A GC object's kind in its header.
    ObjectKind(u32),
    /// The tag bits: anything but a converted host value.
    NotHost,
}

/// When a `br_on_cast` family operator branches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CastBranch {
    /// `br_on_cast`: when the cast succeeds.
    OnSuccess,
    /// `br_on_cast_fail`: when it fails.
    OnFailure,
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// `ref.i31`: the `i32` on top as an `i31` reference.
    pub(crate) fn ref_i31(&mut self) {
        let r = self.pop_reg();
        self.masm.shift(ShiftKind::Shl, OperandSize::S32, r, Operand::Imm(Imm::I32(1)));
        self.masm.int_binop(IntBinOp::Or, OperandSize::S32, r, Operand::Imm(Imm::I32(1)));
        self.push_reg(Ty::Ref, r);
    }

    /// `i31.get_s` (`kind` is `ShrS`) or `i31.get_u` (`ShrU`): the value of the `i31` on
    /// top, trapping on null.
    pub(crate) fn i31_get(&mut self, kind: ShiftKind) {
        let r = self.pop_reg();
        let null = self.masm.trap_label(TrapCode::NullI31Reference);
        self.masm.test_branch(OperandSize::S64, Operand::Reg(r), null, BranchIf::Zero);
        self.masm.shift(kind, OperandSize::S32, r, Operand::Imm(Imm::I32(1)));
        self.push_reg(Ty::I32, r);
    }

    /// `ref.eq`: whether the two references on top are the same.
    pub(crate) fn ref_eq(&mut self) {
        let cond = self.compare_condition(Cmp::Int(IntCmp::Eq));
        self.set_condition(cond);
    }

    /// The check of a cast to `(ref null? heap)`, or an error for a type onepass cannot
    /// test yet.
    fn cast_check(&self, heap: wasmparser::HeapType, nullable: bool) -> Result<CastCheck, CompileError> {
        let concrete = match heap {
            wasmparser::HeapType::Concrete(i) | wasmparser::HeapType::Exact(i) => i.as_module_index(),
            wasmparser::HeapType::Abstract { .. } => None,
        };
        match concrete {
            Some(type_index) if self.env.aggregate_types.binary_search(&type_index).is_err() => {
                Ok(CastCheck::FuncType { type_index, nullable })
            }
            Some(type_index) => Ok(CastCheck::ObjectType { type_index, nullable }),
            None => CastCheck::of(heap, nullable).ok_or_else(|| self.unsupported("casts to this heap type")),
        }
    }

    /// What a check compares besides the value in `reg`: for an `i31` test a copy rotated
    /// right by one, for a function type test a flag, 1 when the check passes.
    fn cast_scratch(&mut self, check: CastCheck, reg: Reg) -> Option<Reg> {
        match check {
            CastCheck::I31 { .. } => {
                let t = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[reg]));
                self.masm.mov(OperandSize::S64, t, Operand::Reg(reg));
                self.masm.shift(ShiftKind::Rotr, OperandSize::S64, t, Operand::Imm(Imm::I32(1)));
                Some(t)
            }
            check if check.tests_target() => Some(self.type_flag(reg, check)),
            _ => None,
        }
    }

    /// A new register holding 1 when the reference in `r` passes `check`, a test of what
    /// it points to, else 0. A function reference (`FuncType`) or a GC object
    /// (`ObjectType`) passes when it is of the type or, for a type open to subtyping, of
    /// a subtype (its supertype display has the expected id at the type's depth, as for
    /// `call_indirect`); an object passes `ObjectKind` when its header has the kind; `Eq`
    /// passes all but converted host values (low bits `10`). Null passes when the check is
    /// nullable; an `i31` or a host value never passes an object test.
    fn type_flag(&mut self, r: Reg, check: CastCheck) -> Reg {
        let (s32, s64) = (OperandSize::S32, OperandSize::S64);
        let (target, nullable) = check.target().expect("a check of what a reference points to");
        let type_index = match target {
            Target::FuncType(t) | Target::ObjectType(t) => Some(t),
            Target::ObjectKind(_) | Target::NotHost => None,
        };
        // Every register is taken before the first branch: taking one may spill another
        // value, and that store must be on every path.
        let flag = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[r]));
        let expected = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[r, flag]));
        let open = type_index.and_then(|t| self.env.open_types[t as usize]);
        let display = open.map(|_| self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[r, flag, expected])));
        let (yes, no, done) = (self.masm.new_label(), self.masm.new_label(), self.masm.new_label());
        let when_null = if nullable { yes } else { no };
        self.masm.test_branch(s64, Operand::Reg(r), when_null, BranchIf::Zero);
        let low_bits = Operand::Imm(Imm::I32(3));
        if matches!(target, Target::ObjectType(_) | Target::ObjectKind(_)) {
            // An i31 (low bit set) or a host value (low bits 10) is no object.
            self.masm.cmp_branch(Cmp::Bits(IntCmp::Ne), s32, r, low_bits, no, JumpWhen::True);
        }
        match target {
            Target::ObjectKind(kind) => {
                self.masm.mov(s32, expected, Operand::Mem(Address::Base(r, object::KIND)));
                let kind = Operand::Imm(Imm::I32(kind as i32));
                self.masm.cmp_branch(Cmp::Int(IntCmp::Ne), s32, expected, kind, no, JumpWhen::True);
            }
            Target::NotHost => {
                self.masm.mov(s32, expected, Operand::Reg(r));
                self.masm.int_binop(IntBinOp::And, s32, expected, low_bits);
                let host = Operand::Imm(Imm::I32(2));
                self.masm.cmp_branch(Cmp::Int(IntCmp::Eq), s32, expected, host, no, JumpWhen::True);
            }
            Target::FuncType(type_index) | Target::ObjectType(type_index) => {
                let (id_at, display_at) = match target {
                    Target::FuncType(_) => (funcref::TYPE_ID, funcref::SUPERTYPES),
                    _ => (object::TYPE_ID, object::SUPERTYPES),
                };
                let id = Operand::Mem(Self::vmctx(self.env.offsets.type_id(type_index)));
                self.masm.mov(s32, expected, id);
                let actual = Operand::Mem(Address::Base(r, id_at));
                match (open, display) {
                    (Some(depth), Some(display)) => {
                        self.masm.cmp_branch(Cmp::Int(IntCmp::Eq), s32, expected, actual, yes, JumpWhen::True);
                        self.branch_unless_in_display((r, display_at), expected, [display, flag], depth, no);
                        self.free_operand(Operand::Reg(display));
                    }
                    _ => self.masm.cmp_branch(Cmp::Int(IntCmp::Ne), s32, expected, actual, no, JumpWhen::True),
                }
            }
        }
        self.masm.bind(yes);
        self.masm.mov(s32, flag, Operand::Imm(Imm::I32(1)));
        self.masm.jump(done);
        self.masm.bind(no);
        self.masm.mov(s32, flag, Operand::Imm(Imm::I32(0)));
        self.masm.bind(done);
        self.free_operand(Operand::Reg(expected));
        flag
    }

    /// `ref.test`: whether the reference on top is of type `(ref null? heap)`.
    pub(crate) fn ref_test(&mut self, heap: wasmparser::HeapType, nullable: bool) -> Result<(), CompileError> {
        let check = self.cast_check(heap, nullable)?;
        let r = self.pop_reg_to_read();
        let passes = match check {
            CastCheck::Always | CastCheck::Never => None,
            _ => {
                let scratch = self.cast_scratch(check, r);
                Some(check.condition(r, scratch))
            }
        };
        match passes {
            Some(cond @ Condition::Compare(test)) => {
                if test.lhs != r {
                    self.free_operand(Operand::Reg(r));
                }
                self.set_condition(cond);
            }
            _ => {
                self.free_operand(Operand::Reg(r));
                self.push_const(Ty::I32, Imm::I32((check == CastCheck::Always) as i32));
            }
        }
        Ok(())
    }

    /// `ref.cast`: the reference on top, trapping unless it is of type `(ref null? heap)`.
    pub(crate) fn ref_cast(&mut self, heap: wasmparser::HeapType, nullable: bool) -> Result<(), CompileError> {
        let check = self.cast_check(heap, nullable)?;
        let r = self.pop_reg();
        let fail = self.masm.trap_label(TrapCode::CastFailure);
        match check {
            CastCheck::Always => {}
            CastCheck::Never => self.masm.jump(fail),
            CastCheck::NonNull => self.masm.test_branch(OperandSize::S64, Operand::Reg(r), fail, BranchIf::Zero),
            CastCheck::Null => self.masm.test_branch(OperandSize::S64, Operand::Reg(r), fail, BranchIf::NonZero),
            // An i31 test or a test of what the reference points to.
            check => {
                // `branch_on` releases the scratch register it compares.
                let scratch = self.cast_scratch(check, r);
                self.branch_on(check.condition(r, scratch), fail, JumpWhen::False);
            }
        }
        self.push_reg(Ty::Ref, r);
        Ok(())
    }

    /// `br_on_cast` and `br_on_cast_fail` (`when`): branch to `relative_depth` with the
    /// reference on top when it is (is not) of type `to`.
    pub(crate) fn br_on_cast(
        &mut self,
        relative_depth: u32,
        to: wasmparser::RefType,
        when: CastBranch,
    ) -> Result<(), CompileError> {
        let on_fail = when == CastBranch::OnFailure;
        let check = self.cast_check(to.heap_type(), to.is_nullable())?;
        let r = self.pop_reg();
        self.push_reg(Ty::Ref, r);
        let always = match check {
            CastCheck::Always => Some(true),
            CastCheck::Never => Some(false),
            _ => None,
        };
        match always {
            Some(passes) if passes != on_fail => self.visit_br(relative_depth),
            Some(_) => {}
            None => {
                let scratch = self.cast_scratch(check, r);
                let cond = check.condition(r, scratch);
                let cond = if on_fail { negate(cond) } else { cond };
                match scratch {
                    // The scratch register is owned off the stack, as the branch needs.
                    Some(_) => self.visit_br_if(relative_depth, cond),
                    None => {
                        let when = match (check, on_fail) {
                            (CastCheck::NonNull, false) | (CastCheck::Null, true) => BranchIf::NonZero,
                            _ => BranchIf::Zero,
                        };
                        self.branch_on_ref(relative_depth, r, when);
                    }
                }
            }
        }
        Ok(())
    }
}

/// The condition that holds exactly when `cond` does not.
fn negate(cond: Condition) -> Condition {
    match cond {
        Condition::Compare(test @ Comparison { cmp: Cmp::Int(_), .. }) => {
            Condition::Compare(Comparison { cmp: test.cmp.negate().expect("an integer compare"), ..test })
        }
        other => unreachable!("a cast's condition is an integer compare: {other:?}"),
    }
}
