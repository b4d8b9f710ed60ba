//! The ovend tour: a realistic bot workload through `RestClient`.
//!
//! With no environment it starts `MockDiscord` in-process (Discord's real limits,
//! 30 ms ± 10 ms of latency) and runs messages to several channels, edits and
//! deletes, reactions, a channel rename, role changes, bans and repeated GETs,
//! then prints what happened, and how many requests the cache, single-flight
//! and batching spared Discord. With `DISCORD_TOKEN` and `DISCORD_CHANNEL_ID` set it runs a
//! small, safe version in that channel of the real API and cleans up after itself.
//!
//! ```sh
//! cargo run --release --example tour
//! DISCORD_TOKEN=... DISCORD_CHANNEL_ID=... cargo run --release --example tour
//! ```

use std::error::Error as StdError;
use std::future::Future;
use std::time::{Duration, Instant};

use futures::future::join_all;
use indicatif::{ProgressBar, ProgressStyle};
use ovend_rest::cache::MemoryCache;
use ovend_rest::metrics::AnalyticsSnapshot;
use ovend_rest::model::{
    BanUserFromGuildRequest, CreateRoleRequest, MessageCreateRequest, MessageEditRequestPartial,
    Nullable, Snowflake, UpdateChannelRequest, UpdateGuildChannelRequestPartial,
    UpdateRoleRequestPartial,
};
use ovend_rest::{Batching, Error, Priority, RestClient};
use ovend_testkit::{MockDiscord, Stats};

type BoxError = Box<dyn StdError + Send + Sync>;

const GUILD: u64 = 613_425_648_685_547_541;
const CHANNELS: [u64; 4] = [
    700_000_000_000_000_001,
    700_000_000_000_000_002,
    700_000_000_000_000_003,
    700_000_000_000_000_004,
];
const MESSAGES_PER_CHANNEL: usize = 8;
const MEMBERS: [u64; 4] = [
    800_000_000_000_000_001,
    800_000_000_000_000_002,
    800_000_000_000_000_003,
    800_000_000_000_000_004,
];
const REACTIONS: [&str; 6] = ["👍", "🎉", "🚀", "👀", "✅", "🔥"];
/// Users the tour bans (not members, so the role phase is unaffected).
const BANNED: [u64; 5] = [
    900_000_000_000_000_001,
    900_000_000_000_000_002,
    900_000_000_000_000_003,
    900_000_000_000_000_004,
    900_000_000_000_000_005,
];

#[tokio::main]
async fn main() -> Result<(), BoxError> {
    let token = std::env::var("DISCORD_TOKEN")
        .ok()
        .filter(|t| !t.is_empty());
    match token {
        Some(token) => live::run(token).await,
        None => offline().await,
    }
}

/// The full workload against the embedded emulator.
async fn offline() -> Result<(), BoxError> {
    let mock = MockDiscord::builder()
        .latency(Duration::from_millis(30))
        .jitter(Duration::from_millis(10))
        .start()
        .await?;
    println!("MockDiscord listening at {}", mock.base_url());
    let client = client(mock.token(), Some(mock.base_url()))?;

    let progress = progress(workload_size());
    let started = Instant::now();
    let workload = Workload {
        client: &client,
        progress: &progress,
    };
    workload.run().await?;
    progress.finish_with_message("done");

    client.events().flush().await;
    print_summary(started.elapsed(), &client, Some(&mock.stats()));
    Ok(())
}

/// A client with a memory cache and batching of message deletes and bans,
/// pointed at `base_url` (the real API when `None`).
fn client(token: &str, base_url: Option<String>) -> Result<RestClient, Error> {
    let batching = Batching::new()
        .message_deletes(Batching::DEFAULT_WINDOW)
        .bans(Batching::DEFAULT_WINDOW);
    let mut builder = RestClient::builder()
        .token(token)
        .cache(MemoryCache::new())
        .batch(batching);
    if let Some(url) = base_url {
        builder = builder.base_url(url);
    }
    builder.build()
}

fn progress(total: u64) -> ProgressBar {
    let bar = ProgressBar::new(total);
    let style =
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:40} {pos}/{len} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(100));
    bar
}

/// Requests the offline workload makes, for the progress bar.
fn workload_size() -> u64 {
    let messages = CHANNELS.len() * MESSAGES_PER_CHANNEL;
    let edits_and_deletes = 2 * MESSAGES_PER_CHANNEL / 2;
    let roles = 1 + 2 * MEMBERS.len() + 2;
    let reads = 5 + 2 * 10;
    (messages + edits_and_deletes + REACTIONS.len() + 1 + roles + BANNED.len() + reads) as u64
}

struct Workload<'a> {
    client: &'a RestClient,
    progress: &'a ProgressBar,
}

impl Workload<'_> {
    async fn run(&self) -> Result<(), BoxError> {
        self.phase("who am I", self.whoami()).await?;
        let messages = self.phase("messages", self.post_messages()).await?;
        self.phase("edits and deletes", self.edit_and_delete(&messages[0]))
            .await?;
        self.phase("reactions", self.react(CHANNELS[1], messages[1][0]))
            .await?;
        self.phase("channel rename", self.rename(CHANNELS[2]))
            .await?;
        self.phase("roles", self.roles()).await?;
        self.phase("bans", self.bans()).await?;
        self.phase("repeated reads", self.reads()).await?;
        Ok(())
    }

    async fn phase<T>(
        &self,
        name: &'static str,
        work: impl Future<Output = Result<T, Error>>,
    ) -> Result<T, Error> {
        self.progress.set_message(name);
        work.await
    }

    /// Counts one finished request on the progress bar.
    fn tick<T>(&self, result: Result<T, Error>) -> Result<T, Error> {
        self.progress.inc(1);
        result
    }

    /// `/users/@me` five times: one request, four cache hits.
    async fn whoami(&self) -> Result<(), Error> {
        for _ in 0..5 {
            let me = self.tick(self.client.get_my_user().await)?;
            debug_assert!(me.id.get() > 0);
        }
        Ok(())
    }

    /// Messages to every channel at once; returns the created ids per channel.
    async fn post_messages(&self) -> Result<Vec<Vec<Snowflake>>, Error> {
        let channels = CHANNELS.iter().map(|&channel| async move {
            let sends = (0..MESSAGES_PER_CHANNEL).map(|n| self.post(channel, n));
            join_all(sends)
                .await
                .into_iter()
                .collect::<Result<Vec<_>, _>>()
        });
        join_all(channels).await.into_iter().collect()
    }

    async fn post(&self, channel: u64, n: usize) -> Result<Snowflake, Error> {
        let body = MessageCreateRequest {
            content: Nullable::Value(format!("tour message {n} in {channel}")),
            ..Default::default()
        };
        let message = self.tick(self.client.create_message(channel, &body).await)?;
        Ok(message.id)
    }

    /// Edits half of one channel's messages and deletes the other half: one shared hash.
    async fn edit_and_delete(&self, ids: &[Snowflake]) -> Result<(), Error> {
        let channel = CHANNELS[0];
        let (edits, deletes) = ids.split_at(ids.len() / 2);
        let edits = edits.iter().map(|&id| async move {
            let body = MessageEditRequestPartial {
                content: Nullable::Value("edited by the tour".into()),
                ..Default::default()
            };
            self.tick(self.client.update_message(channel, id, &body).await)
                .map(drop)
        });
        let deletes = deletes
            .iter()
            .map(|&id| async move { self.tick(self.client.delete_message(channel, id).await) });
        let (edited, deleted) = futures::join!(join_all(edits), join_all(deletes));
        edited.into_iter().chain(deleted).collect()
    }

    /// Reactions on one message, all at once: Discord allows about one per 250 ms.
    async fn react(&self, channel: u64, message: Snowflake) -> Result<(), Error> {
        let reactions = REACTIONS.iter().map(|emoji| async move {
            let reaction = self.client.add_my_message_reaction(channel, message, emoji);
            self.tick(reaction.await)
        });
        join_all(reactions).await.into_iter().collect()
    }

    /// One rename, with an audit-log reason (renames have a hidden 2 per 10 minutes limit).
    async fn rename(&self, channel: u64) -> Result<(), Error> {
        let body = UpdateChannelRequest::UpdateGuildChannelRequestPartial(
            UpdateGuildChannelRequestPartial {
                name: Some("tour-renamed".into()),
                ..Default::default()
            },
        );
        let request = self
            .client
            .update_channel(channel, &body)
            .reason("ovend tour: renaming a channel");
        self.tick(request.await).map(drop)
    }

    /// Creates a role, gives it to members and takes it back, then edits and deletes it.
    async fn roles(&self) -> Result<(), Error> {
        let create = CreateRoleRequest {
            name: Nullable::Value("tour".into()),
            color: Nullable::Value(0x5865F2),
            ..Default::default()
        };
        let role = self.tick(self.client.create_guild_role(GUILD, &create).await)?;
        let role = role.id;
        for give in [true, false] {
            let changes = MEMBERS.iter().map(|&member| {
                let request = if give {
                    self.client.add_guild_member_role(GUILD, member, role)
                } else {
                    self.client.delete_guild_member_role(GUILD, member, role)
                };
                async move { self.tick(request.priority(Priority::High).await) }
            });
            join_all(changes)
                .await
                .into_iter()
                .collect::<Result<(), _>>()?;
        }
        let edit = UpdateRoleRequestPartial {
            name: Nullable::Value("tour-done".into()),
            ..Default::default()
        };
        self.tick(self.client.update_guild_role(GUILD, role, &edit).await)?;
        self.tick(self.client.delete_guild_role(GUILD, role).await)
    }

    /// Bans issued together: one bulk ban carries them all.
    async fn bans(&self) -> Result<(), Error> {
        let bans = BANNED.iter().map(|&user| async move {
            let body = BanUserFromGuildRequest {
                delete_message_seconds: Nullable::Value(0),
                ..Default::default()
            };
            let request = self
                .client
                .ban_user_from_guild(GUILD, user, &body)
                .reason("ovend tour: banning in bulk");
            self.tick(request.await)
        });
        join_all(bans).await.into_iter().collect()
    }

    /// The same channel and member read ten times each, concurrently: single-flight and cache.
    async fn reads(&self) -> Result<(), Error> {
        let channels = (0..10).map(|_| async move {
            self.tick(self.client.get_channel(CHANNELS[0]).await)
                .map(drop)
        });
        let members = (0..10).map(|_| async move {
            self.tick(self.client.get_guild_member(GUILD, MEMBERS[0]).await)
                .map(drop)
        });
        let (channels, members) = futures::join!(join_all(channels), join_all(members));
        channels.into_iter().chain(members).collect()
    }
}

fn print_summary(elapsed: Duration, client: &RestClient, server: Option<&Stats>) {
    let metrics = client.metrics();
    let row = |name: &str, value: String| println!("  {name:<34} {value:>14}");
    let na = || "n/a".to_owned();
    println!();
    println!("ovend tour summary");
    row("wall time", format!("{:.2?}", elapsed));
    // The bulk requests batching made go through the client too; they are not the bot's calls.
    let calls = metrics
        .requests
        .saturating_sub(client.batch_stats().bulk_requests);
    row("calls made by the bot", calls.to_string());
    row("  answered from the cache", metrics.cache_hits.to_string());
    row(
        "  sent to the server",
        server.map_or_else(na, |s| s.requests.to_string()),
    );
    row("  failed", metrics.failures.to_string());
    row("429s seen by the client", metrics.rate_limited.to_string());
    if let Some(stats) = server {
        row(
            "429s counted by the server",
            stats.rate_limited().to_string(),
        );
        row("  bucket", stats.rate_limited_bucket.to_string());
        row("  global", stats.rate_limited_global.to_string());
        row("  hidden sublimit", stats.rate_limited_sublimit.to_string());
        row("  shared", stats.rate_limited_shared.to_string());
        row(
            "invalid requests (server)",
            stats.invalid_requests.to_string(),
        );
    }
    row(
        "time waiting on limits (sum)",
        format!("{:.2?}", metrics.wait_total),
    );
    row("latency p50", format!("{:.2?}", metrics.latency.p50));
    row("latency p99", format!("{:.2?}", metrics.latency.p99));
    row(
        "cache hit ratio",
        format!("{:.1} %", 100.0 * metrics.hit_ratio()),
    );
    print_saved(client, &metrics);
}

/// Requests the bot made that never had to reach Discord, by what spared them.
fn print_saved(client: &RestClient, metrics: &AnalyticsSnapshot) {
    let batching = client.batch_stats();
    let saved = [
        ("  by the cache", metrics.cache_hits),
        ("  by single-flight", metrics.deduplicated),
        ("  by batching", batching.requests_saved()),
    ];
    let total: u64 = saved.iter().map(|(_, n)| n).sum();
    println!("  {:<34} {:>14}", "requests saved", total);
    for (name, n) in saved {
        println!("  {name:<34} {n:>14}");
    }
    println!(
        "  {:<34} {:>14}",
        "  (bulk requests sent)", batching.bulk_requests
    );
}

/// The small, safe version against the real API.
mod live {
    use super::*;

    pub(super) async fn run(token: String) -> Result<(), BoxError> {
        let channel: u64 = std::env::var("DISCORD_CHANNEL_ID")
            .map_err(|_| "DISCORD_CHANNEL_ID must be set with DISCORD_TOKEN")?
            .parse()
            .map_err(|_| "DISCORD_CHANNEL_ID must be a channel id (digits)")?;
        let client = client(&token, None)?;
        let started = Instant::now();
        let progress = progress((3 + 3 + 3 + REACTIONS.len() + 3) as u64);
        let workload = Workload {
            client: &client,
            progress: &progress,
        };
        workload.whoami_live().await?;
        let ids = workload.messages_live(channel).await?;
        workload.react(channel, ids[0]).await?;
        workload.cleanup_live(channel, &ids).await?;
        progress.finish_with_message("done");
        client.events().flush().await;
        print_summary(started.elapsed(), &client, None);
        Ok(())
    }

    impl Workload<'_> {
        async fn whoami_live(&self) -> Result<(), Error> {
            for _ in 0..3 {
                self.tick(self.client.get_my_user().await)?;
            }
            Ok(())
        }

        async fn messages_live(&self, channel: u64) -> Result<Vec<Snowflake>, Error> {
            let mut ids = Vec::new();
            for n in 0..3 {
                ids.push(self.post(channel, n).await?);
            }
            for &id in &ids {
                let body = MessageEditRequestPartial {
                    content: Nullable::Value("edited by the ovend tour".into()),
                    ..Default::default()
                };
                self.tick(self.client.update_message(channel, id, &body).await)?;
            }
            Ok(ids)
        }

        async fn cleanup_live(&self, channel: u64, ids: &[Snowflake]) -> Result<(), Error> {
            for &id in ids {
                self.tick(self.client.delete_message(channel, id).await)?;
            }
            Ok(())
        }
    }
}
