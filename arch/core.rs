//! The parts of a [`MacroAssembler`] that both ISAs do the same way, written once.
//!
//! A backend keeps an [`AsmCore`] (the trap stubs a function asked for, the direct calls
//! the linker patches, where the frame size goes) and implements [`Backend`]: the few
//! ISA-specific steps (one trap stub, recording the frames, unwinding, the frame-size
//! encoding, a move of each kind). The functions here drive those steps; each
//! `MacroAssembler` method of a backend that has nothing ISA-specific is a one-line call
//! to one of them, inlined into the backend's code.

use crate::*;

/// Per-function bookkeeping shared by both backends.
pub(crate) struct AsmCore {
    /// Trap stubs requested so far, emitted at the end of the function.
    trap_labels: Vec<(TrapCode, Label)>,
    /// 16-byte constants the code loads PC-relatively, emitted after the trap stubs.
    constants: Vec<(u128, Label)>,
    /// Direct calls to patch once the module's functions are placed.
    relocs: Vec<CallReloc>,
    /// Call sites covered by exception handlers.
    handlers: Vec<HandlerSite>,
    /// Offset of the prologue's frame-allocation field, patched when the frame size is known.
    frame_size_field: Option<usize>,
    /// Jump-table entries to fill once every label is bound.
    table_entries: Vec<TableEntry>,
    /// Ranges of the code that hold data (jump tables, constants), for listings.
    data: Vec<std::ops::Range<u32>>,
    /// Where the trap stubs find the entry's saved stack pointer and the frame recorder.
    layout: VmctxLayout,
    /// The extensions the backend was made with (kept to remake it after an error).
    features: CpuFeatures,
}

impl AsmCore {
    /// Empty bookkeeping for an assembler using `layout`.
    pub(crate) fn new(layout: VmctxLayout, features: CpuFeatures) -> AsmCore {
        AsmCore {
            trap_labels: Vec::new(),
            constants: Vec::new(),
            relocs: Vec::new(),
            handlers: Vec::new(),
            frame_size_field: None,
            table_entries: Vec::new(),
            data: Vec::new(),
            layout,
            features,
        }
    }

    /// The extensions the backend may use.
    pub(crate) fn features(&self) -> CpuFeatures {
        self.features
    }

    /// The offsets the trap stubs use.
    pub(crate) fn layout(&self) -> VmctxLayout {
        self.layout
    }

    /// Record a direct call whose field (at `offset`) the linker patches to reach `callee`.
    #[inline]
    pub(crate) fn note_call(&mut self, offset: u32, callee: u32) {
        self.relocs.push(CallReloc { offset, callee });
    }

    /// Record a call site (return address at `ret`) covered by the landing pad at `landing`.
    #[inline]
    pub(crate) fn note_handler(&mut self, ret: u32, landing: u32) {
        self.handlers.push(HandlerSite { ret, landing });
    }

    /// Record where the prologue left the field that receives the frame size.
    #[inline]
    pub(crate) fn note_frame_size_field(&mut self, offset: usize) {
        self.frame_size_field = Some(offset);
    }
}

/// One entry of a jump table: a 4-byte field that receives the distance from the table's
/// start to the target.
#[derive(Clone, Copy, Debug)]
pub(crate) struct TableEntry {
    /// Offset of the entry.
    field: u32,
    /// Offset of the table's first entry, which the distance is measured from.
    table: u32,
    /// Where the entry jumps.
    target: Label,
}

/// The entries of a jump table at the current offset, one 4-byte distance per target,
/// filled in by `finish` (targets may be bound later). The dispatch that loads an entry
/// sign-extends it and adds the table's address.
pub(crate) fn jump_table_entries<B: Backend>(b: &mut B, targets: &[Label]) {
    let table = b.offset();
    for (i, &target) in targets.iter().enumerate() {
        b.core().table_entries.push(TableEntry { field: table + 4 * i as u32, table, target });
        b.emit_data(&[0; 4]);
    }
    let end = b.offset();
    b.core().data.push(table..end);
}

/// Where a trap stub goes after it has loaded its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StubTail {
    /// Record the wasm frames for the backtrace, then unwind.
    RecordFrames,
    /// Unwind at once (the stack-overflow stub: there is no stack left to call on).
    Unwind,
}

/// The ISA-specific steps behind the shared logic of this module.
pub(crate) trait Backend: MacroAssembler {
    /// Largest frame (bytes) the prologue's frame-allocation field can hold.
    const MAX_FRAME_SIZE: u32;

    /// The shared bookkeeping.
    fn core(&mut self) -> &mut AsmCore;
    /// Load the trap code `code` into the first result register and jump to `tail`.
    fn trap_stub(&mut self, code: TrapCode, tail: Label);
    /// At the bound label `here`: call the layout's frame recorder with the frame pointer
    /// and `here` as the pc, keeping the trap code. Falls through to the unwind.
    fn record_frames(&mut self, here: Label);
    /// Return to the entry trampoline's trap landing, the trap code in the result register.
    fn unwind_to_entry(&mut self);
    /// Resolve the function's labels, hand over its code buffer and forget the labels.
    fn take_code(&mut self) -> Result<Vec<u8>, String>;
    /// Write the frame allocation of `frame_size` bytes at the prologue's field.
    fn patch_frame_size(code: &mut [u8], field: usize, frame_size: u32);
    /// Pad the code to a multiple of 16 bytes (with bytes never executed).
    fn align_16(&mut self);
    /// Append `bytes` to the code as data.
    fn emit_data(&mut self, bytes: &[u8]);
    /// Offset of `label`, once bound.
    fn label_offset(&self, label: Label) -> Option<u32>;

    /// Integer register to integer register (a 32-bit move also zeroes the upper half).
    fn mov_int_reg(&mut self, size: OperandSize, dst: u8, src: u8);
    /// Float register to a different float register.
    fn mov_float_reg(&mut self, size: OperandSize, dst: u8, src: u8);
    /// A constant into an integer register.
    fn mov_int_imm(&mut self, size: OperandSize, dst: u8, bits: u64);
    /// A constant into a float register.
    fn mov_float_imm(&mut self, size: OperandSize, dst: u8, bits: u64);
    /// A load into an integer register.
    fn load_int(&mut self, size: OperandSize, dst: u8, addr: Address);
    /// A load into a float register.
    fn load_float(&mut self, size: OperandSize, dst: u8, addr: Address);
    /// Jump to `target` when the non-constant `value` is zero (or, per `when`, not zero).
    fn branch_on_zero(&mut self, size: OperandSize, value: Operand, target: Label, when: BranchIf);
}

/// [`MacroAssembler::trap_label`]: one stub per trap code and function.
#[inline]
pub(crate) fn trap_label<B: Backend>(b: &mut B, code: TrapCode) -> Label {
    if let Some(&(_, label)) = b.core().trap_labels.iter().find(|(c, _)| *c == code) {
        return label;
    }
    let label = b.new_label();
    b.core().trap_labels.push((code, label));
    label
}

/// Most distinct constants in one function's pool: 2 KiB, which with the trap stubs stays
/// inside the room aarch64's short range leaves past the code (see `NEAR_CODE_RANGE`).
const MAX_CONSTANTS: usize = 128;

/// The label of the 16-byte constant `bits` in this function's constant pool (one per
/// distinct value), for a PC-relative load; `None` once the pool is full (the caller then
/// builds the constant in registers).
#[inline]
pub(crate) fn constant_label<B: Backend>(b: &mut B, bits: u128) -> Option<Label> {
    if let Some(&(_, label)) = b.core().constants.iter().find(|(c, _)| *c == bits) {
        return Some(label);
    }
    if b.core().constants.len() >= MAX_CONSTANTS {
        return None;
    }
    let label = b.new_label();
    b.core().constants.push((bits, label));
    Some(label)
}

/// [`MacroAssembler::finish`]: emit the trap stubs, resolve the labels, patch the frame
/// size and hand over the code with its calls. After an error the assembler starts afresh.
pub(crate) fn finish<B: Backend>(b: &mut B, frame_size: u32) -> Result<CompiledCode, String> {
    let (layout, features) = (b.core().layout, b.core().features);
    let finished = finish_function(b, frame_size);
    if finished.is_err() {
        *b = B::new(layout, features);
    }
    finished
}

fn finish_function<B: Backend>(b: &mut B, frame_size: u32) -> Result<CompiledCode, String> {
    if frame_size > B::MAX_FRAME_SIZE {
        return Err(format!("frame of {frame_size} bytes is too large"));
    }
    let mut stubs = std::mem::take(&mut b.core().trap_labels);
    if !stubs.is_empty() {
        let (record, unwind) = (b.new_label(), b.new_label());
        for &(code, label) in &stubs {
            b.bind(label);
            let tail = match stub_tail(code) {
                StubTail::RecordFrames => record,
                StubTail::Unwind => unwind,
            };
            b.trap_stub(code, tail);
        }
        b.bind(record);
        b.record_frames(record);
        b.bind(unwind);
        b.unwind_to_entry();
    }
    stubs.clear();
    b.core().trap_labels = stubs;
    let mut constants = std::mem::take(&mut b.core().constants);
    if !constants.is_empty() {
        // (The compiled function is placed at a 16-byte boundary: so is each constant.)
        b.align_16();
        let start = b.offset();
        for &(bits, label) in &constants {
            b.bind(label);
            b.emit_data(&bits.to_le_bytes());
        }
        let end = b.offset();
        b.core().data.push(start..end);
    }
    constants.clear();
    // Every label is bound by now: the jump tables' distances are known.
    let mut entries = std::mem::take(&mut b.core().table_entries);
    let mut distances = Vec::with_capacity(entries.len());
    for e in entries.drain(..) {
        let target = b
            .label_offset(e.target)
            .ok_or_else(|| format!("jump-table entry at {:#x} to a label never bound", e.field))?;
        let distance = i32::try_from(i64::from(target) - i64::from(e.table))
            .map_err(|_| format!("jump-table entry at {:#x} out of reach", e.field))?;
        distances.push((e.field as usize, distance));
    }
    let core = b.core();
    core.constants = constants;
    core.table_entries = entries;
    let field = core.frame_size_field.take();
    let mut code = b.take_code()?;
    if let Some(at) = field {
        B::patch_frame_size(&mut code, at, frame_size);
    }
    for (at, distance) in distances {
        code[at..at + 4].copy_from_slice(&distance.to_le_bytes());
    }
    let core = b.core();
    Ok(CompiledCode {
        code,
        relocs: std::mem::take(&mut core.relocs),
        handlers: std::mem::take(&mut core.handlers),
        frame_size,
        safepoints: Vec::new(),
        ref_slots: Vec::new(),
        pinned_reloads: Vec::new(),
        tail_calls: false,
        register_entry: 0,
        data: std::mem::take(&mut core.data),
    })
}

/// Where the stub of `code` goes after loading it.
fn stub_tail(code: TrapCode) -> StubTail {
    match code {
        TrapCode::StackOverflow => StubTail::Unwind,
        _ => StubTail::RecordFrames,
    }
}

/// [`MacroAssembler::trap`]: jump to the function's stub for `code`.
#[inline]
pub(crate) fn trap<B: Backend>(b: &mut B, code: TrapCode) {
    let label = trap_label(b, code);
    b.jump(label);
}

/// [`MacroAssembler::mov`]: dispatch on the register classes and the kind of source.
#[inline]
pub(crate) fn mov<B: Backend>(b: &mut B, size: OperandSize, dst: Reg, src: Operand) {
    match (dst.class, src) {
        (RegClass::Int, Operand::Reg(s)) if s.class == RegClass::Int => {
            // A 32-bit move onto itself still zeroes the upper half.
            if s.hw != dst.hw || size == OperandSize::S32 {
                b.mov_int_reg(size, dst.hw, s.hw);
            }
        }
        (RegClass::Float, Operand::Reg(s)) if s.class == RegClass::Float => {
            if s.hw != dst.hw {
                b.mov_float_reg(size, dst.hw, s.hw);
            }
        }
        (_, Operand::Reg(s)) => b.reinterpret(size, dst, s),
        (RegClass::Int, Operand::Imm(imm)) => b.mov_int_imm(size, dst.hw, imm.bits()),
        (RegClass::Float, Operand::Imm(imm)) => b.mov_float_imm(size, dst.hw, imm.bits()),
        (RegClass::Int, Operand::Mem(addr)) => b.load_int(size, dst.hw, addr),
        (RegClass::Float, Operand::Mem(addr)) => b.load_float(size, dst.hw, addr),
    }
}

/// [`MacroAssembler::test_branch`]: a constant condition is decided here (an unconditional
/// jump or nothing); any other goes to the backend's test.
#[inline]
pub(crate) fn test_branch<B: Backend>(b: &mut B, size: OperandSize, value: Operand, target: Label, when: BranchIf) {
    if let Operand::Imm(imm) = value {
        let nonzero = imm.bits() != 0;
        if nonzero == (when == BranchIf::NonZero) {
            b.jump(target);
        }
        return;
    }
    b.branch_on_zero(size, value, target, when);
}
