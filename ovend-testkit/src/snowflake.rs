//! Snowflake ids and Discord's ISO-8601 timestamps.
//!
//! Ids carry their creation time, `(id >> 22) + DISCORD_EPOCH` ms since the
//! Unix epoch. They use the wall clock (not tokio's) because clients decode
//! them against the wall clock, e.g. for the 14-day bulk-delete rule.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// 2015-01-01T00:00:00Z in ms since the Unix epoch.
pub(crate) const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;

/// Milliseconds since the Unix epoch, now.
pub(crate) fn unix_ms_now() -> u64 {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO);
    u64::try_from(since.as_millis()).unwrap_or(u64::MAX)
}

/// Creation time of `id` in ms since the Unix epoch.
pub(crate) fn created_ms(id: u64) -> u64 {
    (id >> 22) + DISCORD_EPOCH_MS
}

/// How old the snowflake `id` is (zero for ids from the future).
pub(crate) fn age(id: u64) -> Duration {
    Duration::from_millis(unix_ms_now().saturating_sub(created_ms(id)))
}

/// Builds an id created at `unix_ms` with a sequence number.
pub(crate) fn at(unix_ms: u64, sequence: u64) -> u64 {
    (unix_ms.saturating_sub(DISCORD_EPOCH_MS) << 22) | (1 << 17) | (sequence & 0xFFF)
}

/// Generates unique snowflakes whose timestamp is now.
#[derive(Debug, Default)]
pub(crate) struct Generator {
    last: AtomicU64,
}

impl Generator {
    /// A new id, strictly greater than every id handed out before.
    pub(crate) fn next(&self) -> u64 {
        let candidate = at(unix_ms_now(), 0);
        let mut last = self.last.load(Ordering::Relaxed);
        loop {
            let id = candidate.max(last + 1);
            match self
                .last
                .compare_exchange_weak(last, id, Ordering::Relaxed, Ordering::Relaxed)
            {
                Ok(_) => return id,
                Err(seen) => last = seen,
            }
        }
    }
}

/// Formats a Unix-ms time like Discord: `2024-05-01T12:34:56.789000+00:00`.
pub(crate) fn iso8601(unix_ms: u64) -> String {
    let secs = unix_ms / 1000;
    let millis = unix_ms % 1000;
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    let rem = secs % 86_400;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}000+00:00",
        rem / 3600,
        (rem % 3600) / 60,
        rem % 60
    )
}

/// Days since 1970-01-01 to (year, month, day), after Howard Hinnant's algorithm.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_increasing_and_carry_now() {
        let generator = Generator::default();
        let a = generator.next();
        let b = generator.next();
        assert!(b > a);
        assert!(age(a) < Duration::from_secs(5));
    }

    #[test]
    fn known_snowflake_decodes() {
        // Discord's documentation example: 175928847299117063 → 2016-04-30 11:18:25.796 UTC.
        assert_eq!(created_ms(175_928_847_299_117_063), 1_462_015_105_796);
        assert_eq!(
            iso8601(1_462_015_105_796),
            "2016-04-30T11:18:25.796000+00:00"
        );
        assert_eq!(iso8601(0), "1970-01-01T00:00:00.000000+00:00");
    }
}
