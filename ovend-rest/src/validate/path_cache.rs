//! Paths already checked: a bot sends to the same few hundred paths again and
//! again, and splitting, matching and checking a path cost more than the rest
//! of the validation of a bodiless request.
//!
//! Only paths that passed are kept, with the route they matched (`None`: no
//! route in the table, so the body goes unchecked). A path's verdict depends
//! on nothing but its text, so a kept one stays true. The cache is bounded
//! and starts over when full, as the client's route keys do; long paths are
//! not kept.

use std::fmt;

use parking_lot::Mutex;

use super::routes::RouteTemplate;

/// Paths kept before the cache starts over.
const CAPACITY: usize = 4096;
/// Longer paths are checked each time, not kept, so the cache stays within a
/// few MiB whatever the paths.
const LONGEST_KEPT: usize = 512;

/// The route of each path that passed; keyed by the raw path, which may hold a
/// webhook or interaction token, so `Debug` shows a count only.
#[derive(Default)]
pub(super) struct PathCache {
    passed: Mutex<
        std::collections::HashMap<
            String,
            Option<&'static RouteTemplate>,
            foldhash::fast::RandomState,
        >,
    >,
}

impl PathCache {
    /// The route `path` matched when it passed, if it did.
    pub(super) fn get(&self, path: &str) -> Option<Option<&'static RouteTemplate>> {
        self.passed.lock().get(path).copied()
    }

    /// Records that `path` passed, matching `route`.
    pub(super) fn passed(&self, path: &str, route: Option<&'static RouteTemplate>) {
        if path.len() > LONGEST_KEPT {
            return;
        }
        let mut passed = self.passed.lock();
        if passed.len() >= CAPACITY {
            passed.clear();
        }
        passed.insert(path.to_owned(), route);
    }
}

impl fmt::Debug for PathCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PathCache")
            .field("kept", &self.passed.lock().len())
            .finish()
    }
}
