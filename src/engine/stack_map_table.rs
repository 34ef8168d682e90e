//! The stack maps of compiled code at run time: each module's (or lazily compiled
//! function's) safepoints by return-address offset, with the frame offsets holding
//! references there (`compiler::stack_maps` records them; `gc_roots` reads them), and
//! their form in artifacts.

use onepass_arch::{CompiledCode, Safepoint};

/// The stack maps of a module's code (or of one lazily compiled function): safepoints by
/// return-address offset, each naming frame offsets that hold references.
#[derive(Debug, Default, Clone)]
pub(crate) struct StackMapTable {
    /// Sorted by `ret` (once [`StackMapTable::sort`] ran).
    sites: Vec<Safepoint>,
    slots: Vec<i32>,
}

impl StackMapTable {
    /// Add a function's maps, its code placed at `offset`.
    pub(crate) fn add(&mut self, code: &CompiledCode, offset: u32) {
        let base = self.slots.len() as u32;
        self.slots.extend_from_slice(&code.ref_slots);
        let placed =
            code.safepoints.iter().map(|s| Safepoint { ret: s.ret + offset, start: s.start + base, len: s.len });
        self.sites.extend(placed);
    }

    /// Append `later`'s maps.
    pub(crate) fn extend(&mut self, later: StackMapTable) {
        let base = self.slots.len() as u32;
        self.slots.extend(later.slots);
        self.sites.extend(later.sites.into_iter().map(|s| Safepoint { start: s.start + base, ..s }));
    }

    /// Sort the sites for lookups.
    pub(crate) fn sort(&mut self) {
        self.sites.sort_unstable_by_key(|s| s.ret);
    }

    /// The frame offsets holding references at the safepoint at code offset `ret` (none
    /// when the function holds none there).
    pub(crate) fn slots_at(&self, ret: u32) -> &[i32] {
        match self.sites.binary_search_by_key(&ret, |s| s.ret) {
            Ok(i) => {
                let s = self.sites[i];
                &self.slots[s.start as usize..(s.start + s.len) as usize]
            }
            Err(_) => &[],
        }
    }

    /// The sites whose return offsets lie in `range`, with their slots, in code order.
    #[cfg(test)]
    pub(crate) fn sites_in(&self, range: std::ops::Range<u32>) -> Vec<(u32, &[i32])> {
        let mut sites: Vec<_> = self.sites.iter().filter(|s| range.contains(&s.ret)).collect();
        sites.sort_by_key(|s| s.ret);
        sites.iter().map(|s| (s.ret, &self.slots[s.start as usize..(s.start + s.len) as usize])).collect()
    }

    /// The table as words (for artifacts): the number of sites, each site's three words,
    /// then the slots.
    pub(crate) fn to_words(&self) -> Vec<u32> {
        let mut words = vec![self.sites.len() as u32];
        for s in &self.sites {
            words.extend([s.ret, s.start, s.len]);
        }
        words.extend(self.slots.iter().map(|&o| o as u32));
        words
    }

    /// The table [`StackMapTable::to_words`] wrote; `None` when the words are not one
    /// (sites out of order or naming slots past the end, offsets past `code_len`).
    pub(crate) fn from_words(words: &[u32], code_len: u64) -> Option<StackMapTable> {
        let (&n, rest) = words.split_first()?;
        let site_words = (n as usize).checked_mul(3).filter(|&w| w <= rest.len())?;
        let sites: Vec<Safepoint> =
            rest[..site_words].chunks_exact(3).map(|w| Safepoint { ret: w[0], start: w[1], len: w[2] }).collect();
        let slots: Vec<i32> = rest[site_words..].iter().map(|&w| w as i32).collect();
        let fits = |s: &Safepoint| {
            u64::from(s.ret) <= code_len && s.start.checked_add(s.len).is_some_and(|e| e as usize <= slots.len())
        };
        let sorted = sites.windows(2).all(|w| w[0].ret < w[1].ret);
        (sorted && sites.iter().all(fits)).then_some(StackMapTable { sites, slots })
    }
}
