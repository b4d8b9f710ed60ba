//! A message's age, read from its snowflake id, for the 14-day bulk-delete rule.

use std::time::Duration;

use crate::validate::{SystemClock, WallClock};

/// 2015-01-01T00:00:00Z, Discord's epoch, in milliseconds since the Unix epoch.
const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// Bulk delete refuses the whole call if any message is this old or older.
pub(crate) const BULK_DELETE_MAX_AGE: Duration = Duration::from_secs(14 * 24 * 60 * 60);

/// Kept clear of [`BULK_DELETE_MAX_AGE`]: a message batched now is sent after
/// the window and maybe a rate-limit wait, and one that turned 14 days old in
/// the meantime would make Discord refuse every id of the batch.
pub(crate) const AGE_MARGIN: Duration = Duration::from_secs(60);

/// When `id` was created, in milliseconds since the Unix epoch.
pub(crate) fn created_at_ms(id: u64) -> u64 {
    (id >> 22).saturating_add(DISCORD_EPOCH_MS)
}

/// How old `id` is at `now_ms`; ids from the future are of age zero.
pub(crate) fn age(id: u64, now_ms: u64) -> Duration {
    Duration::from_millis(now_ms.saturating_sub(created_at_ms(id)))
}

/// Whether the message `id` may join a bulk delete at `now_ms`, with
/// [`AGE_MARGIN`] to spare.
pub(crate) fn bulk_deletable(id: u64, now_ms: u64) -> bool {
    age(id, now_ms) < BULK_DELETE_MAX_AGE.saturating_sub(AGE_MARGIN)
}

/// The wall clock, in Unix milliseconds (snowflakes carry wall-clock time,
/// so tokio's paused clock has no say here).
pub(crate) fn now_ms() -> u64 {
    SystemClock.now_unix_ms()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An id created `ago` before `now_ms`.
    fn id_aged(now_ms: u64, ago: Duration) -> u64 {
        let created = now_ms - u64::try_from(ago.as_millis()).unwrap();
        (created - DISCORD_EPOCH_MS) << 22
    }

    #[test]
    fn reads_discords_documented_example() {
        assert_eq!(created_at_ms(175_928_847_299_117_063), 1_462_015_105_796);
    }

    #[test]
    fn ages_and_future_ids() {
        let now = 1_700_000_000_000;
        let id = id_aged(now, Duration::from_secs(90));
        assert_eq!(age(id, now), Duration::from_secs(90));
        assert_eq!(age(id, now - 200_000), Duration::ZERO, "from the future");
    }

    #[test]
    fn keeps_a_margin_before_fourteen_days() {
        let now = 1_700_000_000_000;
        let fresh = id_aged(now, Duration::from_secs(3600));
        let limit = BULK_DELETE_MAX_AGE - AGE_MARGIN;
        assert!(bulk_deletable(fresh, now));
        assert!(bulk_deletable(
            id_aged(now, limit - Duration::from_secs(1)),
            now
        ));
        assert!(
            !bulk_deletable(id_aged(now, limit), now),
            "inside the margin"
        );
        assert!(!bulk_deletable(id_aged(now, BULK_DELETE_MAX_AGE), now));
        assert!(!bulk_deletable(id_aged(now, BULK_DELETE_MAX_AGE * 2), now));
    }
}
