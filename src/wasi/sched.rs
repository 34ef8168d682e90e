//! `sched_yield`.

use super::errno_fn;
use crate::HostModuleBuilder;

/// Register the call.
pub(super) fn define(b: HostModuleBuilder) -> HostModuleBuilder {
    errno_fn(b, "sched_yield", |_ctx, _m, (): ()| {
        std::thread::yield_now();
        Ok(())
    })
}
