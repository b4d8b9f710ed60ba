//! [`Batching`]: which route families are batched, and for how long a batch
//! stays open.

use std::time::Duration;

use super::family::Family;

/// Which single moderation calls the client may gather into Discord's bulk
/// endpoints (see [`RestClientBuilder::batch`](crate::RestClientBuilder::batch)).
///
/// Every family is off until turned on here; a client built without
/// `batch(..)` sends every call as it was made.
///
/// ```
/// use std::time::Duration;
/// use ovend_rest::Batching;
///
/// let batching = Batching::new()
///     .message_deletes(Duration::from_millis(10))
///     .bans(Batching::DEFAULT_WINDOW);
/// # drop(batching);
/// ```
#[must_use = "a batching configuration does nothing until given to the client builder"]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Batching {
    message_deletes: Option<Duration>,
    bans: Option<Duration>,
}

impl Batching {
    /// A suggested window: long enough to gather calls made together (a
    /// `join_all`, a loop of spawned tasks), short enough to go unnoticed.
    pub const DEFAULT_WINDOW: Duration = Duration::from_millis(10);

    /// Nothing batched yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Gathers `DELETE /channels/{channel}/messages/{message}` calls on one
    /// channel (with the same audit-log reason) that arrive within `window`
    /// of the first into one `POST /channels/{channel}/messages/bulk-delete`;
    /// a batch leaves early once it holds 100 ids. Messages 14 days old or
    /// older (less a minute's margin) are never batched.
    pub fn message_deletes(mut self, window: Duration) -> Self {
        self.message_deletes = Some(window);
        self
    }

    /// Gathers `PUT /guilds/{guild}/bans/{user}` calls on one guild (with the
    /// same `delete_message_seconds` and audit-log reason) that arrive within
    /// `window` of the first into one `POST /guilds/{guild}/bulk-ban`; a batch
    /// leaves early once it holds 200 users.
    pub fn bans(mut self, window: Duration) -> Self {
        self.bans = Some(window);
        self
    }

    /// How long a batch of `family` stays open, or `None` when it is not batched.
    pub(crate) fn window(&self, family: Family) -> Option<Duration> {
        match family {
            Family::MessageDeletes => self.message_deletes,
            Family::Bans => self.bans,
        }
    }

    /// Whether any family is batched.
    pub(crate) fn any(&self) -> bool {
        self.message_deletes.is_some() || self.bans.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_unless_turned_on_per_family() {
        let none = Batching::new();
        assert!(!none.any());
        assert_eq!(none.window(Family::MessageDeletes), None);
        let deletes = Batching::new().message_deletes(Duration::from_millis(5));
        assert!(deletes.any());
        assert_eq!(
            deletes.window(Family::MessageDeletes),
            Some(Duration::from_millis(5))
        );
        assert_eq!(deletes.window(Family::Bans), None);
    }
}
