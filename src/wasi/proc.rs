//! `proc_exit` and `proc_raise`.
//!
//! `proc_exit` closes the calling module with the exit code (as `Module::close_with_exit_code`
//! would; with it every other instance of its program, threads included, see `wasi::thread`),
//! and ends the running call with `Error::Exit(code)`.

use super::errno::Errno;
use super::errno_fn;
use crate::{Caller, Error, HostModuleBuilder};

/// Register the calls.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    let b = b.func_wrap("proc_exit", |caller: &mut Caller<'_>, code: u32| -> Result<(), Error> {
        caller.close_with_exit_code(code);
        Err(Error::Exit(code))
    });
    errno_fn(b, "proc_raise", |_ctx, _m, _signal: u32| Err(Errno::NOTSUP))
}
