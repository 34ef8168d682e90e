//! The runtime side of GC objects (`vm::gc_heap` describes them): allocation for an
//! instance, the allocations of constant expressions, and the bulk array operations that
//! compiled code calls as builtins (`array.new_data`, `array.new_elem`, `array.copy`,
//! `array.init_data`, `array.init_elem`).
//!
//! A bulk operation answers 0 or the trap code compiled code raises; an allocating one
//! answers the new object or, when it fails, a trap code (a small number no object
//! address is).

use super::gc_heap::{Header, Roots};
use super::gc_layout::{object, AggregateLayout};
use super::instance::Instance;
use super::module_info::{ConstInit, ElemItems};
use onepass_arch::TrapCode;

impl Instance {
    /// A new zeroed object of this instance's struct or array type `type_index` with `len`
    /// elements (an array), allocated in its store's GC heap; `None` past the heap's
    /// limit (or for a type that is neither). With `roots` (an allocation compiled code
    /// asked for, at a safepoint), a collection may run first.
    pub(crate) fn gc_alloc(&self, type_index: u32, len: u32, roots: Option<Roots<'_>>) -> Option<*mut u8> {
        let module = self.module.as_ref()?;
        let layout = self.aggregate_layout(type_index)?;
        let header = Header {
            type_id: module.type_id(type_index),
            kind: layout.kind,
            display: module.type_display(type_index),
            len,
            elem_bytes: layout.elem_bytes(),
        };
        self.gc_heap.as_ref()?.alloc(layout.object_bytes(len)?, header, roots)
    }

    /// `struct.new` (`init`) of type `type_index` in a constant expression, its fields
    /// popped from `stack`; `None` past the GC heap's limit.
    pub(crate) fn const_struct_new(
        &self,
        type_index: u32,
        init: ConstInit,
        stack: &mut Vec<[u64; 2]>,
    ) -> Option<*mut u8> {
        let fields = &self.aggregate_layout(type_index)?.fields;
        let values = match init {
            ConstInit::Default => Vec::new(),
            _ => stack.split_off(stack.len().saturating_sub(fields.len())),
        };
        let obj = self.gc_alloc(type_index, 0, None)?;
        for (field, value) in fields.iter().zip(values) {
            // SAFETY: a new object of this layout, with room for every field.
            unsafe { write_field(obj, field.offset as usize, field.bytes, value) };
        }
        Some(obj)
    }

    /// `array.new`, `array.new_default` or `array.new_fixed` (`init`) of type
    /// `type_index` in a constant expression, its operands popped from `stack`; `None`
    /// past the GC heap's limit.
    pub(crate) fn const_array_new(
        &self,
        type_index: u32,
        init: ConstInit,
        stack: &mut Vec<[u64; 2]>,
    ) -> Option<*mut u8> {
        let elem = self.aggregate_layout(type_index)?.fields[0];
        // (The operands stay on `stack` until the object exists: a length past the heap's
        // limit fails there, before anything of that size is made here.)
        let (len, fill) = match init {
            ConstInit::Fixed(n) => (n, None),
            ConstInit::Default => (stack.pop().unwrap_or_default()[0] as u32, None),
            ConstInit::Operands => {
                let len = stack.pop().unwrap_or_default()[0] as u32;
                (len, Some(stack.pop().unwrap_or_default()))
            }
        };
        let obj = self.gc_alloc(type_index, len, None)?;
        let values = match (init, fill) {
            (ConstInit::Fixed(n), _) => stack.split_off(stack.len().saturating_sub(n as usize)),
            _ => Vec::new(),
        };
        let value_of = |i: usize| fill.or_else(|| values.get(i).copied());
        for i in 0..len as usize {
            let Some(value) = value_of(i) else { break };
            let at = elem.offset as usize + i * elem.bytes as usize;
            // SAFETY: a new array of `len` elements of this layout.
            unsafe { write_field(obj, at, elem.bytes, value) };
        }
        Some(obj)
    }

    /// The layout of this instance's struct or array type `type_index`.
    fn aggregate_layout(&self, type_index: u32) -> Option<&AggregateLayout> {
        let info = self.module.as_ref()?.info();
        Some(AggregateLayout::find(&info.aggregate_types, &info.aggregate_layouts, type_index)?.1)
    }

    /// The bytes of data segment `segment` (empty once dropped).
    pub(crate) fn data_bytes(&self, segment: u32) -> &[u8] {
        let info = self.info();
        let data = &info.data[segment as usize];
        let dropped = self.segment_dropped(info.elements.len() + segment as usize, data.active.is_some());
        if dropped {
            &[]
        } else {
            &info.module_bytes[data.range.clone()]
        }
    }

    /// The words of items `range` of element segment `segment` (references made or
    /// evaluated now); `None` when out of the segment's bounds (a dropped one is empty).
    pub(crate) fn elem_words(&self, segment: u32, range: std::ops::Range<usize>) -> Option<Vec<u64>> {
        let seg = &self.info().elements[segment as usize];
        if self.segment_dropped(segment as usize, seg.active.is_some() || seg.declared) {
            // A dropped segment is empty: only `src == 0, len == 0` is in bounds.
            return (range == (0..0)).then(Vec::new);
        }
        if let Some(Some(items)) = self.evaluated_elems.get(segment as usize) {
            return Some(items.get(range)?.to_vec());
        }
        Some(match &seg.items {
            ElemItems::Functions(funcs) => funcs.get(range)?.iter().map(|&f| self.func_ref(f) as u64).collect(),
            ElemItems::Exprs(exprs) => {
                exprs.get(range)?.iter().map(|e| super::instance::eval_const(e, Some(self))).collect()
            }
        })
    }

    /// `array.new_data` and `array.new_elem` (`source`): a new array of type
    /// `type_index` with `len` elements read from segment `segment` at `src`; or a trap
    /// code.
    pub(crate) fn array_new_segment(
        &self,
        source: SegmentKind,
        (type_index, segment): (u32, u32),
        (src, len): (u32, u32),
        roots: Option<Roots<'_>>,
    ) -> Result<*mut u8, TrapCode> {
        let elem = self.aggregate_layout(type_index).ok_or(TrapCode::GcHeapExhausted)?.fields[0];
        // Read first: a segment out of bounds traps before the allocation.
        let items = self.segment_items(source, segment, src, len, elem.bytes)?;
        let obj = self.gc_alloc(type_index, len, roots).ok_or(TrapCode::GcHeapExhausted)?;
        // SAFETY: a new array of `len` elements of `elem.bytes` each, which `items` has.
        unsafe { items.copy_to(obj.add(object::ARRAY_ELEMS as usize)) };
        Ok(obj)
    }

    /// `array.init_data` and `array.init_elem` (`source`): copy `len` elements from
    /// segment `segment` at `src` into the array `array` at `dst`; or a trap code.
    ///
    /// # Safety
    /// `array` must be null or a live array of this store (of references for an element
    /// segment).
    pub(crate) unsafe fn array_init_segment(
        &self,
        (source, segment): (SegmentKind, u32),
        array: *mut u8,
        dst: u32,
        src: u32,
        len: u32,
    ) -> Result<(), TrapCode> {
        // SAFETY: guaranteed by the caller.
        let (at, bytes) = unsafe { array_range(array, dst, len)? };
        let elem_bytes = if len == 0 { 1 } else { (bytes / len as usize) as u8 };
        let items = self.segment_items(source, segment, src, len, elem_bytes)?;
        // SAFETY: `at` has room for the `len` elements `items` has.
        unsafe { items.copy_to(at) };
        Ok(())
    }

    /// Items `src .. src + len` of segment `segment` (of `elem_bytes` each for a data
    /// segment), or the trap code of a range past its end.
    fn segment_items(
        &self,
        source: SegmentKind,
        segment: u32,
        src: u32,
        len: u32,
        elem_bytes: u8,
    ) -> Result<Items<'_>, TrapCode> {
        match source {
            SegmentKind::Data => {
                let bytes = len as usize * elem_bytes as usize;
                let data = self.data_bytes(segment);
                let from = (src as usize).checked_add(bytes).and_then(|end| data.get(src as usize..end));
                from.map(Items::Bytes).ok_or(TrapCode::MemoryOutOfBounds)
            }
            SegmentKind::Elem => {
                let range = src as usize..src as usize + len as usize;
                self.elem_words(segment, range).map(Items::Words).ok_or(TrapCode::TableOutOfBounds)
            }
        }
    }
}

/// Which kind of segment an array operation reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SegmentKind {
    /// A data segment: bytes.
    Data,
    /// An element segment: references.
    Elem,
}

/// Items read from a segment.
enum Items<'a> {
    /// A data segment's bytes.
    Bytes(&'a [u8]),
    /// An element segment's references.
    Words(Vec<u64>),
}

impl Items<'_> {
    /// Copy the items to `to`.
    ///
    /// # Safety
    /// `to` must have room for them (and not overlap a segment, which it cannot: it is in
    /// a GC object).
    unsafe fn copy_to(&self, to: *mut u8) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            match self {
                Items::Bytes(b) => std::ptr::copy_nonoverlapping(b.as_ptr(), to, b.len()),
                Items::Words(w) => std::ptr::copy_nonoverlapping(w.as_ptr(), to.cast(), w.len()),
            }
        }
    }
}

/// `array.copy`: copy `len` elements from array `src` at `src_at` to array `dst` at
/// `dst_at` (the same element type, validated); the ranges may overlap.
///
/// # Safety
/// `dst` and `src` must be null or live arrays.
pub(crate) unsafe fn array_copy(
    dst: *mut u8,
    dst_at: u32,
    src: *mut u8,
    src_at: u32,
    len: u32,
) -> Result<(), TrapCode> {
    if dst.is_null() || src.is_null() {
        return Err(TrapCode::NullArrayReference);
    }
    // SAFETY: guaranteed by the caller.
    let (to, bytes) = unsafe { array_range(dst, dst_at, len)? };
    // SAFETY: guaranteed by the caller.
    let (from, _) = unsafe { array_range(src, src_at, len)? };
    // SAFETY: both ranges lie inside live arrays.
    unsafe { std::ptr::copy(from, to, bytes) };
    Ok(())
}

/// Elements `at .. at + len` of `array`: their address and size in bytes, or the trap
/// code of a null array or a range out of its bounds.
///
/// # Safety
/// `array` must be null or a live array.
unsafe fn array_range(array: *mut u8, at: u32, len: u32) -> Result<(*mut u8, usize), TrapCode> {
    if array.is_null() {
        return Err(TrapCode::NullArrayReference);
    }
    // SAFETY: a live array starts with its header.
    let (length, elem_bytes) = unsafe {
        (
            array.add(object::ARRAY_LEN as usize).cast::<u32>().read(),
            array.add(object::ARRAY_ELEM_BYTES as usize).cast::<u32>().read(),
        )
    };
    if at as u64 + len as u64 > length as u64 {
        return Err(TrapCode::ArrayOutOfBounds);
    }
    let offset = object::ARRAY_ELEMS as usize + at as usize * elem_bytes as usize;
    // SAFETY: inside the array (checked above).
    Ok((unsafe { array.add(offset) }, len as usize * elem_bytes as usize))
}

/// Write the low `bytes` bytes of `value` (a value's two words, low first) at `at` bytes
/// into `obj`.
///
/// # Safety
/// `obj` must be a live object with `bytes` bytes of a field at `at`.
pub(crate) unsafe fn write_field(obj: *mut u8, at: usize, bytes: u8, value: [u64; 2]) {
    let v = (value[0] as u128 | (value[1] as u128) << 64).to_le_bytes();
    // SAFETY: guaranteed by the caller.
    unsafe { std::ptr::copy_nonoverlapping(v.as_ptr(), obj.add(at), bytes as usize) };
}
