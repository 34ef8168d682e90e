//! Codegen for GC objects: `struct.new*`, `struct.get*`/`set`, `array.new*`,
//! `array.get*`/`set`/`len` (`vm::gc_heap` describes the objects).
//!
//! An object of a size known here, up to `INLINE_ALLOC_BYTES`, is bump-allocated inline in
//! the entry's allocation buffer (`gc_alloc_inline`); any other is a call of
//! `Builtin::GcAlloc`, made with the operands still on the value stack (the call stores
//! them to their slots). The fields are then stored into the new object from wherever the
//! operands are. A field or element access is inline: a null check (a trap with
//! `NullStructReference` or `NullArrayReference`), for an array a bounds check against
//! the length in its header (`ArrayOutOfBounds`), and one load or store of the field's
//! width (`MacroAssembler::load_sized`/`store_sized`, packed fields extended as the
//! operator says).

use super::builtin::Builtin;
use super::cold::{ColdPath, ColdWork};
use super::context::CodeGen;
use super::Ty;
use crate::vm::gc_layout::{object, FieldLayout};
use crate::vm::vmctx::thread;
use onepass_arch::*;

/// The largest object compiled code allocates inline (larger ones, and arrays of a length
/// known only at run time, are `Builtin::GcAlloc`'s).
const INLINE_ALLOC_BYTES: usize = 1024;

/// How `struct.get`/`array.get` extend a packed field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldRead {
    /// `*.get`: an unpacked field as it is.
    Plain,
    /// `*.get_s`: sign-extended.
    Signed,
    /// `*.get_u`: zero-extended.
    Unsigned,
}

/// Which kind of segment an array operator reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Segment {
    /// A data segment (bytes).
    Data,
    /// An element segment (references).
    Elem,
}

impl Segment {
    /// The trap of a range past the segment's end.
    fn out_of_bounds(self) -> TrapCode {
        match self {
            Segment::Data => TrapCode::MemoryOutOfBounds,
            Segment::Elem => TrapCode::TableOutOfBounds,
        }
    }
}

/// How an allocation initializes its fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FieldInit {
    /// From the operands (`struct.new`, `array.new`, `array.new_fixed`).
    Operands,
    /// To their default, zero or null (`struct.new_default`, `array.new_default`).
    Default,
}

impl FieldLayout {
    /// The type of the field's value on the stack.
    fn value_ty(&self) -> Ty {
        match self.ty {
            wasmparser::StorageType::Val(t) => Ty::from_wasm(t).expect("a field's value type"),
            _ => Ty::I32,
        }
    }

    /// The access that loads or stores the field, extended as `read` says.
    fn access(&self, read: FieldRead) -> HeapAccess {
        let ty = self.value_ty();
        let extend = if read == FieldRead::Signed { Signedness::Signed } else { Signedness::Unsigned };
        HeapAccess { bytes: self.bytes, extend, size: ty.size(), class: ty.class() }
    }
}

impl<M: MacroAssembler> CodeGen<'_, M> {
    /// A new object of type `type_index` with `len` elements (for an array: the operand on
    /// top when `None`), in a register, trapping with `GcHeapExhausted` past the limit.
    fn gc_alloc(&mut self, type_index: u32, len: Option<u32>) -> Reg {
        let layout = self.env.aggregate(type_index);
        let bytes = len.and_then(|n| layout.object_bytes(n)).filter(|&b| b <= INLINE_ALLOC_BYTES);
        if let (Some(bytes), Some(n)) = (bytes, len) {
            return self.gc_alloc_inline(type_index, bytes as u32, n);
        }
        match len {
            Some(n) => self.call_builtin(Builtin::GcAlloc, &[type_index, n], 0, Some(Ty::Ref), None),
            None => self.call_builtin(Builtin::GcAlloc, &[type_index], 1, Some(Ty::Ref), None),
        }
        let obj = self.pop_reg();
        let exhausted = self.masm.trap_label(TrapCode::GcHeapExhausted);
        self.masm.test_branch(OperandSize::S64, Operand::Reg(obj), exhausted, BranchIf::Zero);
        obj
    }

    /// A new object of `bytes` (a multiple of 8) of type `type_index` with `len` elements
    /// (an array), bump-allocated in the entry's allocation buffer (thread state
    /// `GC_CURSOR`/`GC_END`; a cold path gets a new buffer when it has no room, and traps
    /// with `GcHeapExhausted` when the limit leaves none), its header written here. The
    /// buffer is zeroed memory no object used yet, so the fields start at their defaults.
    fn gc_alloc_inline(&mut self, type_index: u32, bytes: u32, len: u32) -> Reg {
        let (s32, s64) = (OperandSize::S32, OperandSize::S64);
        let thread = <M::Abi as Abi>::THREAD_STATE;
        let obj = self.alloc(RegClass::Int);
        let next = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[obj]));
        let (retry, refill) = (self.masm.new_label(), self.masm.new_label());
        let exhausted = self.masm.trap_label(TrapCode::GcHeapExhausted);
        self.masm.bind(retry);
        self.masm.mov(s64, obj, Operand::Mem(Address::Base(thread, thread::GC_CURSOR)));
        self.masm.lea(next, Address::Base(obj, bytes as i32));
        let end = Operand::Mem(Address::Base(thread, thread::GC_END));
        self.masm.cmp_branch(Cmp::Int(IntCmp::GtU), s64, next, end, refill, JumpWhen::True);
        let site = self.refill_site_here();
        self.cold.push(ColdPath { entry: refill, back: retry, work: ColdWork::GcRefill { bytes, exhausted, site } });
        self.masm.store(s64, Address::Base(thread, thread::GC_CURSOR), Operand::Reg(next));
        let (position, layout) = self.env.aggregate_at(type_index);
        let (kind, elem_bytes) = (layout.kind, layout.elem_bytes());
        self.masm.mov(s32, next, Operand::Mem(Self::vmctx(self.env.offsets.type_id(type_index))));
        self.masm.store(s32, Address::Base(obj, object::TYPE_ID), Operand::Reg(next));
        self.masm.store(s32, Address::Base(obj, object::KIND), Operand::Imm(Imm::I32(kind as i32)));
        self.masm.mov(s64, next, Operand::Mem(Self::vmctx(self.env.offsets.aggregate_display(position))));
        self.masm.store(s64, Address::Base(obj, object::SUPERTYPES), Operand::Reg(next));
        if kind == object::KIND_ARRAY {
            self.masm.store(s32, Address::Base(obj, object::ARRAY_LEN), Operand::Imm(Imm::I32(len as i32)));
            let elem_bytes = Operand::Imm(Imm::I32(elem_bytes as i32));
            self.masm.store(s32, Address::Base(obj, object::ARRAY_ELEM_BYTES), elem_bytes);
        }
        // Another thread handed the reference must not see the zeroed header (a type id of
        // 0 is a real one, a null display is not).
        self.masm.store_store_fence();
        self.free_operand(Operand::Reg(next));
        obj
    }

    /// Pop the value on top and store it into `field` at `offset` past `base`.
    fn store_field(&mut self, field: FieldLayout, base: Reg, offset: u32) {
        let value = self.pop_reg_to_read();
        self.masm.store_sized(field.access(FieldRead::Plain), Address::Base(base, offset as i32), value);
        self.free_operand(Operand::Reg(value));
    }

    /// `struct.new` (`init` is `Operands`) and `struct.new_default`.
    pub(crate) fn struct_new(&mut self, type_index: u32, init: FieldInit) {
        let obj = self.gc_alloc(type_index, Some(0));
        if init == FieldInit::Operands {
            let fields = self.env.aggregate(type_index).fields.clone();
            for field in fields.iter().rev() {
                self.store_field(*field, obj, field.offset);
            }
        }
        self.push_reg(Ty::Ref, obj);
    }

    /// `struct.get`, `struct.get_s` and `struct.get_u` (`read`) of field `field_index`.
    pub(crate) fn struct_get(&mut self, type_index: u32, field_index: u32, read: FieldRead) {
        let field = self.env.aggregate(type_index).fields[field_index as usize];
        let obj = self.pop_reg_to_read();
        self.null_check(obj, TrapCode::NullStructReference);
        self.load_field(field, read, obj, Address::Base(obj, field.offset as i32));
    }

    /// `struct.set` of field `field_index`.
    pub(crate) fn struct_set(&mut self, type_index: u32, field_index: u32) {
        let field = self.env.aggregate(type_index).fields[field_index as usize];
        let value = self.pop_reg_to_read();
        let obj = self.pop_reg_to_read();
        self.null_check(obj, TrapCode::NullStructReference);
        self.masm.store_sized(field.access(FieldRead::Plain), Address::Base(obj, field.offset as i32), value);
        self.free_operand(Operand::Reg(value));
        self.free_operand(Operand::Reg(obj));
    }

    /// Load `field` from `addr` into a new register pushed on the stack, releasing `base`
    /// (the register `addr` is based on).
    fn load_field(&mut self, field: FieldLayout, read: FieldRead, base: Reg, addr: Address) {
        let access = field.access(read);
        self.free_operand(Operand::Reg(base));
        // `base` is free, so the result may take it (read before written).
        let dst = self.alloc_result(access.class);
        self.masm.load_sized(access, dst, addr);
        self.push_reg(field.value_ty(), dst);
    }

    /// Trap with `code` when the reference in `r` is null.
    fn null_check(&mut self, r: Reg, code: TrapCode) {
        let null = self.masm.trap_label(code);
        self.masm.test_branch(OperandSize::S64, Operand::Reg(r), null, BranchIf::Zero);
    }

    /// `array.new` (`Operands`: the value below the length fills it) and
    /// `array.new_default`.
    pub(crate) fn array_new(&mut self, type_index: u32, init: FieldInit) {
        let elem = self.env.aggregate(type_index).fields[0];
        let obj = self.gc_alloc(type_index, None);
        if init == FieldInit::Operands {
            let value = self.pop_reg_to_read();
            let avoid = RegSet::from_regs(&[obj, value]);
            let at = self.alloc_avoiding(RegClass::Int, avoid);
            let end = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[obj, value, at]));
            self.masm.mov(OperandSize::S64, at, Operand::Reg(obj));
            self.masm.mov(OperandSize::S32, end, Operand::Mem(Address::Base(obj, object::ARRAY_LEN)));
            self.scale_index(end, elem);
            self.masm.int_binop(IntBinOp::Add, OperandSize::S64, end, Operand::Reg(obj));
            self.fill_elements(elem, value, at, end);
        }
        self.push_reg(Ty::Ref, obj);
    }

    /// Store `value` into every element from `at` up to `end` (element addresses less
    /// `ARRAY_ELEMS`, `at` advanced), releasing the three registers.
    fn fill_elements(&mut self, elem: FieldLayout, value: Reg, at: Reg, end: Reg) {
        let s64 = OperandSize::S64;
        let (top, done) = (self.masm.new_label(), self.masm.new_label());
        self.masm.bind(top);
        self.masm.cmp_branch(Cmp::Int(IntCmp::GeU), s64, at, Operand::Reg(end), done, JumpWhen::True);
        self.masm.store_sized(elem.access(FieldRead::Plain), Address::Base(at, elem.offset as i32), value);
        self.masm.int_binop(IntBinOp::Add, s64, at, Operand::Imm(Imm::I64(elem.bytes as i64)));
        self.masm.jump(top);
        self.masm.bind(done);
        for r in [value, at, end] {
            self.free_operand(Operand::Reg(r));
        }
    }

    /// `array.fill`: store the value into `len` elements from `at` (the operands: array,
    /// `at`, value, `len`), trapping on a null array or a range past its end.
    pub(crate) fn array_fill(&mut self, type_index: u32) {
        let elem = self.env.aggregate(type_index).fields[0];
        let len = self.pop_reg();
        let value = self.pop_reg_to_read();
        let at = self.pop_reg();
        let obj = self.pop_reg_to_read();
        self.null_check(obj, TrapCode::NullArrayReference);
        let end = self.alloc_avoiding(RegClass::Int, RegSet::from_regs(&[len, value, at, obj]));
        let s64 = OperandSize::S64;
        // Both are `i32`s, zero-extended: the 64-bit sum cannot wrap.
        self.masm.mov(s64, end, Operand::Reg(at));
        self.masm.int_binop(IntBinOp::Add, s64, end, Operand::Reg(len));
        self.masm.mov(OperandSize::S32, len, Operand::Mem(Address::Base(obj, object::ARRAY_LEN)));
        let oob = self.masm.trap_label(TrapCode::ArrayOutOfBounds);
        self.masm.cmp_branch(Cmp::Int(IntCmp::GtU), s64, end, Operand::Reg(len), oob, JumpWhen::True);
        self.free_operand(Operand::Reg(len));
        for r in [at, end] {
            self.scale_index(r, elem);
            self.masm.int_binop(IntBinOp::Add, s64, r, Operand::Reg(obj));
        }
        self.free_operand(Operand::Reg(obj));
        self.fill_elements(elem, value, at, end);
    }

    /// `array.new_data` (`Source::Data`) and `array.new_elem` of segment `segment`: a new
    /// array of the `len` elements at `src` (the operands).
    pub(crate) fn array_new_segment(&mut self, type_index: u32, segment: u32, source: Segment) {
        let builtin = match source {
            Segment::Data => Builtin::ArrayNewData,
            Segment::Elem => Builtin::ArrayNewElem,
        };
        self.call_builtin(builtin, &[type_index, segment], 2, Some(Ty::Ref), None);
        let obj = self.pop_reg();
        let codes = [source.out_of_bounds(), TrapCode::GcHeapExhausted];
        self.trap_with_returned_code(OperandSize::S64, obj, &codes);
        self.push_reg(Ty::Ref, obj);
    }

    /// `array.init_data` (`Source::Data`) and `array.init_elem` of segment `segment`:
    /// copy `len` elements from `src` to the array at `dst` (the operands).
    pub(crate) fn array_init_segment(&mut self, segment: u32, source: Segment) {
        let builtin = match source {
            Segment::Data => Builtin::ArrayInitData,
            Segment::Elem => Builtin::ArrayInitElem,
        };
        self.call_builtin(builtin, &[segment], 4, None, None);
        let codes = [TrapCode::NullArrayReference, TrapCode::ArrayOutOfBounds, source.out_of_bounds()];
        self.trap_with_returned_code(OperandSize::S32, Self::builtin_result(), &codes);
    }

    /// `array.copy`: `len` elements from the array `src` at `src_at` to `dst` at `dst_at`
    /// (the operands, in that order: dst, dst_at, src, src_at, len).
    pub(crate) fn array_copy(&mut self) {
        self.call_builtin(Builtin::ArrayCopy, &[], 5, None, None);
        let codes = [TrapCode::NullArrayReference, TrapCode::ArrayOutOfBounds];
        self.trap_with_returned_code(OperandSize::S32, Self::builtin_result(), &codes);
    }

    /// Multiply the element index (or count) in `r`, zero-extended, by `elem`'s size.
    fn scale_index(&mut self, r: Reg, elem: FieldLayout) {
        let shift = (elem.bytes as u32).trailing_zeros();
        if shift > 0 {
            self.masm.shift(ShiftKind::Shl, OperandSize::S64, r, Operand::Imm(Imm::I32(shift as i32)));
        }
    }

    /// `array.new_fixed` of `len` operands.
    pub(crate) fn array_new_fixed(&mut self, type_index: u32, len: u32) {
        let elem = self.env.aggregate(type_index).fields[0];
        let obj = self.gc_alloc(type_index, Some(len));
        for i in (0..len).rev() {
            self.store_field(elem, obj, elem.offset + i * elem.bytes as u32);
        }
        self.push_reg(Ty::Ref, obj);
    }

    /// The array reference and index on top, popped and checked (null, bounds): returns
    /// a register holding the element's address less `ARRAY_ELEMS`.
    fn element_address(&mut self, elem: FieldLayout) -> Reg {
        let index = self.pop_reg();
        let obj = self.pop_reg_to_read();
        self.null_check(obj, TrapCode::NullArrayReference);
        let oob = self.masm.trap_label(TrapCode::ArrayOutOfBounds);
        let len = Operand::Mem(Address::Base(obj, object::ARRAY_LEN));
        self.masm.cmp_branch(Cmp::Int(IntCmp::GeU), OperandSize::S32, index, len, oob, JumpWhen::True);
        self.scale_index(index, elem);
        self.masm.int_binop(IntBinOp::Add, OperandSize::S64, index, Operand::Reg(obj));
        self.free_operand(Operand::Reg(obj));
        index
    }

    /// `array.get`, `array.get_s` and `array.get_u` (`read`).
    pub(crate) fn array_get(&mut self, type_index: u32, read: FieldRead) {
        let elem = self.env.aggregate(type_index).fields[0];
        let at = self.element_address(elem);
        self.load_field(elem, read, at, Address::Base(at, elem.offset as i32));
    }

    /// `array.set`.
    pub(crate) fn array_set(&mut self, type_index: u32) {
        let elem = self.env.aggregate(type_index).fields[0];
        let value = self.pop_reg_to_read();
        // The value's register stays taken while the address is computed.
        let at = self.element_address(elem);
        self.masm.store_sized(elem.access(FieldRead::Plain), Address::Base(at, elem.offset as i32), value);
        self.free_operand(Operand::Reg(value));
        self.free_operand(Operand::Reg(at));
    }

    /// `array.len`.
    pub(crate) fn array_len(&mut self) {
        let obj = self.pop_reg_to_read();
        self.null_check(obj, TrapCode::NullArrayReference);
        self.free_operand(Operand::Reg(obj));
        let dst = self.alloc_result(RegClass::Int);
        self.masm.mov(OperandSize::S32, dst, Operand::Mem(Address::Base(obj, object::ARRAY_LEN)));
        self.push_reg(Ty::I32, dst);
    }
}
