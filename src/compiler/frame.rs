//! Frame layout of a compiled function (arch-neutral part; see the backend's module docs
//! for where the frame pointer and return address sit).
//!
//! ```text
//!   Frame(ARGS_OFFSET + 8*i)            parameter i (incoming stack argument)
//!   Frame(-8)                           this function's vmctx
//!   Frame(-16 - 8*j)                    non-parameter local j
//!   Frame(-16 - 8*locals - 8*d)         home slot of value-stack depth d
//!   Sp(8*i)                             outgoing argument i
//! ```
//! Every slot is 8 bytes. The frame size is known only after the body is compiled (the
//! deepest value stack and the widest call decide it) and is patched into the prologue.

use super::Ty;
use onepass_arch::Address;

/// Where a function's locals and home slots live.
pub(crate) struct Frame {
    /// Types of all locals, parameters first.
    pub(crate) local_types: Vec<Ty>,
    /// Number of parameters.
    pub(crate) num_params: u32,
    /// Offset of the first incoming argument from the frame pointer.
    pub(crate) args_offset: i32,
    /// Deepest value stack seen (number of home slots needed).
    pub(crate) max_depth: u32,
    /// Most stack arguments passed by one call.
    pub(crate) max_outgoing: u32,
}

impl Frame {
    fn declared_locals(&self) -> u32 {
        self.local_types.len() as u32 - self.num_params
    }

    /// Address of local `index`.
    pub(crate) fn local(&self, index: u32) -> Address {
        if index < self.num_params {
            Address::Frame(self.args_offset + 8 * index as i32)
        } else {
            Address::Frame(-16 - 8 * (index - self.num_params) as i32)
        }
    }

    /// Address of the home slot of value-stack depth `depth`.
    pub(crate) fn slot(&self, depth: usize) -> Address {
        Address::Frame(-16 - 8 * (self.declared_locals() as i32 + depth as i32))
    }

    /// Range (start offset, length) of the declared locals, which start zeroed.
    pub(crate) fn declared_locals_range(&self) -> (i32, u32) {
        let n = self.declared_locals();
        (-8 - 8 * n as i32, 8 * n)
    }

    /// Frame size below the saved frame pointer, 16-byte aligned.
    pub(crate) fn size(&self) -> u32 {
        let bytes = 8 + 8 * (self.declared_locals() + self.max_depth + self.max_outgoing);
        bytes.next_multiple_of(16)
    }
}
