//! What instantiation needs to know about a module, independent of its machine code:
//! imports, exports, types, tables, memories, globals and their initializers, segments,
//! names. The engine fills a [`ModuleInfo`] while it parses a module; an instance reads it
//! through [`ModuleCode`], the one view the vm layer has of a compiled module.

use super::vmctx::VMOffsets;
use std::any::Any;
use std::collections::HashMap;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use wasmparser::{ExternalKind, GlobalType, MemoryType, TableType, TypeRef};

/// A compiled module as its instances see it.
pub(crate) trait ModuleCode: Send + Sync {
    /// The module's description.
    fn info(&self) -> &ModuleInfo;
    /// The layout of its instances' vmctx.
    fn offsets(&self) -> &VMOffsets;
    /// The canonical signature id of type `type_index` (held as long as the module).
    fn type_id(&self, type_index: u32) -> u32;
    /// A counted reference to that id, for something that may outlive the module (a tag).
    fn share_type_id(&self, type_index: u32) -> super::types::TypeIdRef;
    /// The supertype display of type `type_index`'s id (see `vm::types`), alive as long as
    /// the module.
    fn type_display(&self, type_index: u32) -> *const u32;
    /// Where defined function `defined` starts: its code, or its lazy-compilation stub
    /// until its first call compiles it.
    fn defined_code(&self, defined: u32) -> *const u8;
    /// The landing pad of the exception handler covering the call that returns to `pc`
    /// (an address in this module's code), with the frame size of its function; `None`
    /// when no handler of that function covers it.
    fn exception_handler(&self, pc: usize) -> Option<(usize, u32)>;
    /// The module as what it is (for the engine, which made it).
    fn into_any(self: Arc<Self>) -> Arc<dyn Any + Send + Sync>;
}

/// One operator of a constant expression.
#[derive(Clone, Debug)]
pub(crate) enum ConstOp {
    I32(i32),
    I64(i64),
    F32(u32),
    F64(u64),
    /// `v128.const`, as its two words (low half first). Boxed so that every other
    /// operator, and so every expression held inline, stays 16 bytes.
    V128(Box<[u64; 2]>),
    GlobalGet(u32),
    RefNull,
    RefFunc(u32),
    /// `ref.i31` of the `i32` below.
    RefI31,
    /// `any.convert_extern` or `extern.convert_any` (the word stays as it is).
    ConvertRef,
    /// `struct.new` or `struct.new_default` (`init`).
    StructNew {
        type_index: u32,
        init: ConstInit,
    },
    /// `array.new`, `array.new_default` or `array.new_fixed` (`init`).
    ArrayNew {
        type_index: u32,
        init: ConstInit,
    },
    I32Add,
    I32Sub,
    I32Mul,
    I64Add,
    I64Sub,
    I64Mul,
}

/// Where a constant expression's allocation takes its fields' values from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ConstInit {
    /// The operands (`struct.new`; `array.new`: one value below the length).
    Operands,
    /// Defaults (`struct.new_default`; `array.new_default`: the length on top).
    Default,
    /// `array.new_fixed` of this many operands.
    Fixed(u32),
}

impl ConstOp {
    /// Whether it allocates a GC object.
    pub(crate) fn allocates(&self) -> bool {
        matches!(self, ConstOp::StructNew { .. } | ConstOp::ArrayNew { .. })
    }
}

/// A constant expression (validated): its operators in evaluation order. Nearly all are
/// a single constant or `global.get`, kept inline (a module may have a hundred thousand
/// data segments, each with an offset expression).
#[derive(Clone, Debug)]
pub(crate) enum ConstExpr {
    One(ConstOp),
    Many(Box<[ConstOp]>),
}

impl ConstExpr {
    /// The operators, in evaluation order.
    pub(crate) fn ops(&self) -> &[ConstOp] {
        match self {
            ConstExpr::One(op) => std::slice::from_ref(op),
            ConstExpr::Many(ops) => ops,
        }
    }
}

/// What an import asks for.
#[derive(Clone, Debug)]
pub(crate) struct ImportInfo {
    pub(crate) module: String,
    pub(crate) name: String,
    pub(crate) ty: TypeRef,
}

/// An element segment.
#[derive(Clone, Debug)]
pub(crate) struct ElemSegment {
    /// `Some((table, offset))` for an active segment.
    pub(crate) active: Option<(u32, ConstExpr)>,
    /// The items.
    pub(crate) items: ElemItems,
    /// A declarative segment (dropped at instantiation, like active ones).
    pub(crate) declared: bool,
}

/// The items of an element segment: function indices (the common form, four bytes an
/// item) or constant expressions.
#[derive(Clone, Debug)]
pub(crate) enum ElemItems {
    /// `ref.func i` for each index.
    Functions(Vec<u32>),
    /// Any constant expressions (`ref.null`, `ref.func`, `global.get`).
    Exprs(Vec<ConstExpr>),
}

impl ElemItems {
    /// Number of items.
    pub(crate) fn len(&self) -> usize {
        match self {
            ElemItems::Functions(f) => f.len(),
            ElemItems::Exprs(e) => e.len(),
        }
    }
}

/// A data segment.
#[derive(Clone, Debug)]
pub(crate) struct DataSegment {
    /// `Some((memory, offset))` for an active segment.
    pub(crate) active: Option<(u32, ConstExpr)>,
    /// Where its bytes are in [`ModuleInfo::module_bytes`].
    pub(crate) range: std::ops::Range<usize>,
}

/// Everything instantiation needs to know about a module.
#[derive(Default)]
pub(crate) struct ModuleInfo {
    pub(crate) name: Option<String>,
    /// Every type, as a function type (an empty one stands for a struct or array type).
    pub(crate) types: Vec<wasmparser::FuncType>,
    /// The type section's recursion groups (what canonical type ids are computed from).
    pub(crate) rec_groups: Vec<wasmparser::RecGroup>,
    /// The indices of the struct and array types, ascending (none without GC).
    pub(crate) aggregate_types: Vec<u32>,
    /// The layout of each of `aggregate_types`, in the same order.
    pub(crate) aggregate_layouts: Vec<super::gc_layout::AggregateLayout>,
    /// Each type's depth in its chain of declared supertypes (0 without a supertype).
    pub(crate) type_depths: Vec<u32>,
    /// Each type's depth when it is open to subtyping, else `None` (see
    /// `compiler::ModuleEnv::open_types`).
    pub(crate) open_types: Vec<Option<u32>>,
    pub(crate) func_types: Vec<u32>,
    pub(crate) imports: Vec<ImportInfo>,
    pub(crate) num_imported_funcs: u32,
    pub(crate) tables: Vec<TableType>,
    pub(crate) num_imported_tables: u32,
    pub(crate) table_inits: Vec<Option<ConstExpr>>,
    pub(crate) memories: Vec<MemoryType>,
    pub(crate) num_imported_memories: u32,
    pub(crate) globals: Vec<GlobalType>,
    pub(crate) num_imported_globals: u32,
    pub(crate) global_inits: Vec<ConstExpr>,
    /// The type index of each tag, imports first.
    pub(crate) tags: Vec<u32>,
    pub(crate) num_imported_tags: u32,
    pub(crate) exports: Vec<(String, ExternalKind, u32)>,
    /// The same exports by name, shared by every instance.
    pub(crate) export_map: Arc<HashMap<String, (ExternalKind, u32)>>,
    /// The signature of each type of the type section, shared by every instance's
    /// functions (a clone is a reference count).
    pub(crate) signatures: Vec<crate::FuncType>,
    pub(crate) start: Option<u32>,
    pub(crate) elements: Vec<ElemSegment>,
    pub(crate) data: Vec<DataSegment>,
    /// The module's bytes (a lazily compiled module's, whole), or its sections without
    /// the function bodies (an eagerly compiled one's: what its artifact keeps besides the
    /// code, see `engine::artifact`). Data segments are ranges of it.
    pub(crate) module_bytes: Arc<Vec<u8>>,
    pub(crate) func_names: HashMap<u32, String>,
    pub(crate) custom_sections: Vec<(String, Vec<u8>)>,
    /// Set once a compiled function stores a function reference into an imported table or
    /// global (`table.set`/`global.set`): every instance is then pinned by its store
    /// before such code can run (see `vm::store`). Shared with the compiler, which sets it
    /// while compiling, lazily too.
    pub(crate) stores_refs_into_imports: Arc<AtomicBool>,
    /// The listener of each defined function, if it has one (empty when none has: the
    /// runtime had no listener factory). The compiled code of a listened function calls
    /// the listener builtins (see `engine::listen`).
    pub(crate) listeners: Vec<Option<Arc<crate::listener::ListenedFunction>>>,
    /// The active data segments laid out for mapping (`vm::image`), made on the first
    /// instantiation; `None` inside when the module cannot or should not have one.
    pub(crate) memory_image: std::sync::OnceLock<Option<super::image::MemoryImage>>,
    /// Per defined table, the function references its active element segments give it, for
    /// tables that start lazily (`vm::table`), made on the first instantiation; `None` for
    /// a table whose segments are applied at instantiation.
    pub(crate) table_images: std::sync::OnceLock<Box<[Option<super::table::TableImage>]>>,
}

impl ModuleInfo {
    /// Whether instances must be pinned before running the code compiled so far.
    pub(crate) fn stores_refs_into_imports(&self) -> bool {
        self.stores_refs_into_imports.load(std::sync::atomic::Ordering::Acquire)
    }
}
