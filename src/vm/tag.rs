//! Exception tags: the identity a thrown exception carries and `catch` clauses compare.
//!
//! Every tag a module defines is a new [`Tag`] per instance (two instances of one module
//! throw different exceptions); an imported tag is the exporter's own. The instance that
//! defines or imports a tag holds it (`Instance::tags`), its vmctx holds the raw pointer
//! that compiled code compares, and every exception object holds its tag too, so a tag
//! outlives every exception thrown with it.

use super::types::TypeIdRef;
use crate::FuncType;

/// One exception tag: its type (parameters only; results are always empty).
#[derive(Debug)]
pub(crate) struct Tag {
    /// The payload's types, as the tag's function type.
    pub(crate) ty: FuncType,
    /// The canonical id of that type (imports match on it).
    pub(crate) type_id: TypeIdRef,
}
