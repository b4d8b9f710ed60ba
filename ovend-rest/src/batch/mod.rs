//! Opt-in batching of single moderation calls into Discord's bulk endpoints.
//!
//! Turned on per route family with
//! [`RestClientBuilder::batch`](crate::RestClientBuilder::batch):
//!
//! - `DELETE /channels/{c}/messages/{m}` calls on one channel become
//!   `POST /channels/{c}/messages/bulk-delete` with `{"messages": [ids]}`;
//! - `PUT /guilds/{g}/bans/{u}` calls on one guild become
//!   `POST /guilds/{g}/bulk-ban` with `{"user_ids": [ids], "delete_message_seconds": n}`.
//!
//! The flow hands a call to the batcher once the request interceptors and the
//! validator are done with it, so its method, path and body are final; the
//! call then waits for its batch instead of going through the cache,
//! single-flight and the limiter on its own. The batch goes through them as
//! one request (see `send.rs`).
//!
//! # What Discord does, and what follows from it
//!
//! From Discord's documentation of the two endpoints and its maintainers'
//! notes on them:
//!
//! - Bulk delete takes 2 to 100 ids and needs `MANAGE_MESSAGES` (a single
//!   delete of the bot's own message does not). It refuses the whole call with
//!   a 400 if any message is 14 days old or older, or if an id appears twice.
//!   So: only messages younger than 14 days less a minute (their snowflake
//!   tells) join a batch, duplicate ids are sent once, a batch of one goes as
//!   the single call, and a refused batch falls back to single calls.
//! - Ids of messages that do not exist still count toward the 2..100 and are
//!   ignored without an error. A batched delete of a message that is already
//!   gone therefore succeeds, where the single call would have answered 404
//!   Unknown Message (10008): deleting it is done either way.
//! - Bulk ban takes up to 200 users and needs `BAN_MEMBERS` and
//!   `MANAGE_GUILD` (the single ban needs only the first: without the second,
//!   the bulk call is refused and the bans go singly). It answers
//!   `{"banned_users": [..], "failed_users": [..]}`; already banned users and
//!   users the bot may not ban are in `failed_users`, and the bot's own id is
//!   in neither. If nobody could be banned it answers an error with code
//!   500000, "Failed to ban users". Every id not in `banned_users` is sent as
//!   the single ban, so its caller gets Discord's own answer for it.
//! - Both endpoints take `X-Audit-Log-Reason`, once for the whole call: calls
//!   share a batch only if their reasons are the same, and bans only if their
//!   `delete_message_seconds` are too.
//!
//! # Callers
//!
//! Each caller waits on its own channel and gets its own `Result`. A caller
//! dropped before its batch leaves is left out of it; once the batch has left,
//! its call completes unobserved. If the batch's task dies (a panic, a runtime
//! shutting down), the channels close and every caller gets
//! [`ErrorKind::BatchAborted`](crate::ErrorKind::BatchAborted): no call hangs.

mod config;
mod family;
mod pending;
mod send;
mod snowflake;
mod stats;

use std::sync::Arc;

use tokio::sync::oneshot;

pub use config::Batching;
pub(crate) use pending::{Batcher, Ticket};
pub use stats::BatchStats;

use crate::client::ClientInner;
use crate::prepared::Prepared;
use family::{classify, Call, Family};
use pending::{enter, Member};

/// Hands `request` to the batcher if batching is on for its route and it can
/// be batched; the returned ticket is the caller's answer. `None`: the request
/// goes on through the flow as usual.
pub(crate) fn join(client: &Arc<ClientInner>, request: &Arc<Prepared>) -> Option<Ticket> {
    let batcher = client.batcher.as_ref()?;
    let candidate = classify(Call {
        method: &request.method,
        path: &request.path,
        has_query: request.query.is_some(),
        files: request.file_count,
        json: request.json.as_ref(),
        reason: request.reason.as_deref(),
    })?;
    batcher.config().window(candidate.key.family)?;
    if candidate.key.family == Family::MessageDeletes
        && !snowflake::bulk_deletable(candidate.id, snowflake::now_ms())
    {
        return None;
    }
    let (reply, answer) = oneshot::channel();
    let member = Member {
        id: candidate.id,
        request: Arc::clone(request),
        reply,
    };
    enter(client, batcher, candidate.key, member);
    Some(Ticket::new(answer))
}
