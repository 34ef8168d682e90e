//! The runtime's data structures that JIT code touches: vmctx layout, linear memories,
//! tables, globals, and instances (instantiate, link, initialize, close).

pub(crate) mod exception;
pub(crate) mod gc_collect;
pub(crate) mod gc_heap;
pub(crate) mod gc_layout;
pub(crate) mod gc_ops;
pub(crate) mod gc_stop;
pub(crate) mod global;
pub(crate) mod image;
pub(crate) mod instance;
pub(crate) mod memory;
pub(crate) mod memory_def;
pub(crate) mod module_info;
pub(crate) mod parking;
pub(crate) mod ranges;
pub(crate) mod reserve;
pub(crate) mod store;
pub(crate) mod table;
pub(crate) mod tag;
pub(crate) mod types;
pub(crate) mod vmctx;
