//! The reading limits counted across a whole input ([`Limits::articles`], [`Limits::elements`],
//! [`Limits::blocks`], [`Limits::inlines`], [`Limits::repeated_bytes`]), spent as the readers
//! build.
//!
//! What these limits count is made deep inside each format's reader (the XML tree, the HTML
//! reader, the markup walk, the paragraph splitters), by functions that return what they read
//! rather than errors, and the count runs across every article of the input. So the budget is
//! a thread-local scope that the registry's `read_with` opens around one read ([`within`]):
//! spending past a limit records it and tells the caller to stop building, and the read then
//! ends with `Error::LimitExceeded` however the reader finished. Nothing is built past the
//! limit, so memory stays bounded, and nothing partial is returned. A read never leaves its
//! thread (the command line's workers each read whole inputs).

use std::cell::Cell;

use super::{Limit, Limits};

/// The limits a budget counts, in the order of [`Budget::left`].
const COUNTED: [Limit; 5] = [
    Limit::Articles,
    Limit::Elements,
    Limit::Blocks,
    Limit::Inlines,
    Limit::RepeatedBytes,
];

/// What the read in progress may still spend.
struct Budget {
    /// True inside [`within`]; outside a read nothing is counted.
    active: Cell<bool>,
    /// What is left of each [`COUNTED`] limit.
    left: [Cell<usize>; 5],
    /// The first limit the read went over.
    exceeded: Cell<Option<Limit>>,
}

thread_local! {
    static BUDGET: Budget = const {
        Budget {
            active: Cell::new(false),
            left: [
                Cell::new(0),
                Cell::new(0),
                Cell::new(0),
                Cell::new(0),
                Cell::new(0),
            ],
            exceeded: Cell::new(None),
        }
    };
}

/// What a budget held before [`within`] replaced it, put back when the read ends (even by a
/// panic).
struct Restore {
    active: bool,
    left: [usize; 5],
    exceeded: Option<Limit>,
}

impl Drop for Restore {
    fn drop(&mut self) {
        BUDGET.with(|budget| {
            budget.active.set(self.active);
            for (cell, left) in budget.left.iter().zip(self.left) {
                cell.set(left);
            }
            budget.exceeded.set(self.exceeded);
        });
    }
}

/// Runs `read` with a budget of `limits` of its own, and gives what it returned with the first
/// limit it spent past (`None` when it kept within them all). The caller ends the read with
/// that limit whatever `read` returned: what it built past the limit is incomplete.
pub(crate) fn within<R>(limits: &Limits, read: impl FnOnce() -> R) -> (R, Option<Limit>) {
    let restore = BUDGET.with(|budget| {
        let restore = Restore {
            active: budget.active.replace(true),
            left: budget.left.each_ref().map(Cell::get),
            exceeded: budget.exceeded.replace(None),
        };
        for (cell, limit) in budget.left.iter().zip(COUNTED) {
            cell.set(limits.max(limit));
        }
        restore
    });
    let result = read();
    let exceeded = BUDGET.with(|budget| budget.exceeded.get());
    drop(restore);
    (result, exceeded)
}

/// Spends `count` of `limit` (one of [`Limit::Articles`], [`Limit::Elements`],
/// [`Limit::Blocks`], [`Limit::Inlines`], [`Limit::RepeatedBytes`]); false when that goes over what is left, and ever after in this read, so
/// that the caller stops building. Outside a read nothing is counted: always true.
pub(crate) fn spend(limit: Limit, count: usize) -> bool {
    let Some(index) = COUNTED.iter().position(|&counted| counted == limit) else {
        return true;
    };
    BUDGET.with(|budget| {
        if !budget.active.get() {
            return true;
        }
        if budget.exceeded.get().is_some() {
            return false;
        }
        let Some(cell) = budget.left.get(index) else {
            return true;
        };
        match cell.get().checked_sub(count) {
            Some(left) => {
                cell.set(left);
                true
            }
            None => {
                cell.set(0);
                budget.exceeded.set(Some(limit));
                false
            }
        }
    })
}

/// True once the read in progress went over a limit: it will be refused, so what it built can
/// be dropped rather than finished (outside a read, false).
pub(crate) fn exceeded() -> bool {
    BUDGET.with(|budget| budget.active.get() && budget.exceeded.get().is_some())
}

/// Spends one block holding `inlines` inline nodes ([`Limits::blocks`], [`Limits::inlines`]):
/// what the paragraph splitters of plain text ask before making a paragraph; false when the
/// read may make no more.
pub(crate) fn spend_block(inlines: usize) -> bool {
    spend(Limit::Blocks, 1) && spend(Limit::Inlines, inlines)
}

/// Spends the copy of a shared value of `bytes` into one more article
/// ([`Limits::repeated_bytes`]); false when the read may copy no more.
pub(crate) fn repeat(bytes: usize) -> bool {
    spend(Limit::RepeatedBytes, bytes)
}

/// What is left of `limit` in this read (`fallback`, the caller's own maximum, outside a read);
/// 0 once the read went over any limit.
pub(crate) fn left(limit: Limit, fallback: usize) -> usize {
    let Some(index) = COUNTED.iter().position(|&counted| counted == limit) else {
        return fallback;
    };
    BUDGET.with(|budget| {
        if !budget.active.get() {
            return fallback;
        }
        if budget.exceeded.get().is_some() {
            return 0;
        }
        budget.left.get(index).map_or(fallback, Cell::get)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(blocks: usize) -> Limits {
        Limits {
            blocks,
            ..Limits::DEFAULT
        }
    }

    #[test]
    fn spending_past_a_limit_ends_the_read_with_it() {
        let read = || {
            assert!(spend(Limit::Blocks, 2));
            assert!(!exceeded());
            assert_eq!(left(Limit::Blocks, 99), 1);
            assert!(!spend(Limit::Blocks, 2), "over");
            assert!(!spend(Limit::Inlines, 1), "nothing more once over");
            assert_eq!(left(Limit::Inlines, 99), 0);
            assert!(exceeded());
            "read"
        };
        assert_eq!(within(&limits(3), read), ("read", Some(Limit::Blocks)));
        let all = within(&limits(4), || spend(Limit::Blocks, 4));
        assert_eq!(all, (true, None), "spending all there is stays within");
    }

    #[test]
    fn reads_have_budgets_of_their_own() {
        assert!(spend(Limit::Blocks, usize::MAX), "outside a read");
        assert_eq!(left(Limit::Blocks, 7), 7);
        let inner = within(&limits(1), || {
            let nested = within(&limits(5), || spend(Limit::Blocks, 5));
            assert_eq!(nested, (true, None));
            spend(Limit::Blocks, 1)
        });
        assert_eq!(inner, (true, None), "the nested read spent its own");
        assert!(spend(Limit::Blocks, usize::MAX), "outside again");
        assert!(!exceeded(), "nothing is counted outside a read");
    }
}
