//! Queue order inside one bucket.

/// How urgently a request should leave its bucket's queue.
///
/// Requests in one bucket leave in priority order, then in arrival order.
/// Priority never lets a request break a limit; it only decides who goes first
/// when the bucket has room.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Priority {
    /// Background work that may wait behind everything else.
    Low,
    /// The default for every request.
    #[default]
    Normal,
    /// User-facing work that should overtake normal traffic.
    High,
    /// Moderation and interaction replies that must go out first.
    Critical,
}
