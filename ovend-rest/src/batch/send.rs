//! Sending a batch and giving each caller its own answer.
//!
//! A batch of two or more distinct ids goes out as one bulk request through
//! the whole flow ([`flow::run`]): interceptors, validator, rate limiter,
//! retries, events and metrics all see it as the one request it is. Its answer
//! is then split:
//!
//! - success: every id the bulk call applied to gets a `204 No Content`
//!   (bulk delete applies to all; bulk ban to those in `banned_users`);
//! - ids it did not apply to (a ban's `failed_users`, or an id missing from
//!   both lists) are sent singly, so their callers get Discord's own answer;
//! - a refusal of the whole call (a 4xx, or code 500000 "Failed to ban
//!   users") sends every id singly, for the same reason;
//! - any other failure (a timeout, a transport error, a 5xx left after the
//!   retries, a 429 not waited out) reaches every caller as it is: the bulk
//!   call may have been applied, and sending the singles again would blur that.
//!
//! A batch of one goes singly from the start. Duplicate ids go out once; every
//! caller of that id gets the same answer.

use std::collections::HashSet;
use std::sync::Arc;

use bytes::Bytes;
use http::{HeaderMap, Method, StatusCode};
use ovend_events::{Event, EventKind, Level};
use serde::Deserialize;

use super::family::{BatchKey, Family};
use super::pending::Member;
use crate::client::ClientInner;
use crate::flow::{self, Flight};
use crate::request::Parts;
use crate::{Error, ErrorKind, Response};

/// Discord's code for a bulk ban that banned nobody.
const FAILED_TO_BAN_USERS: u32 = 500_000;

/// The callers of one id.
pub(crate) struct Group<T> {
    pub(crate) id: u64,
    pub(crate) members: Vec<T>,
}

/// Gathers `items` by id, in order of first appearance.
pub(crate) fn group_by_id<T>(items: impl IntoIterator<Item = (u64, T)>) -> Vec<Group<T>> {
    let mut groups: Vec<Group<T>> = Vec::new();
    for (id, item) in items {
        match groups.iter_mut().find(|group| group.id == id) {
            Some(group) => group.members.push(item),
            None => groups.push(Group {
                id,
                members: vec![item],
            }),
        }
    }
    groups
}

/// What the bulk call's answer means for its ids.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// These ids are done; the others go singly.
    Applied(HashSet<u64>),
    /// Discord refused the call as a whole: every id goes singly.
    Refused,
    /// No answer to split: every caller gets this error.
    Failed(Error),
}

/// Reads the bulk call's answer for `ids`.
pub(crate) fn verdict(family: Family, ids: &[u64], answer: Flight) -> Verdict {
    match answer {
        Ok(response) => match family {
            Family::MessageDeletes => Verdict::Applied(ids.iter().copied().collect()),
            Family::Bans => banned(&response.bytes()).map_or(Verdict::Refused, Verdict::Applied),
        },
        Err(err) if refused_as_whole(&err) => Verdict::Refused,
        Err(err) => Verdict::Failed(err),
    }
}

/// Whether Discord turned the whole bulk call down (so the singles may fare
/// better): a 4xx the flow did not retry, or "Failed to ban users".
fn refused_as_whole(err: &Error) -> bool {
    match err.kind() {
        ErrorKind::Api { status, code, .. } => {
            status.is_client_error() || *code == Some(FAILED_TO_BAN_USERS)
        }
        _ => false,
    }
}

/// The bulk-ban answer's `banned_users`, or `None` when the body is not one.
fn banned(body: &[u8]) -> Option<HashSet<u64>> {
    #[derive(Deserialize)]
    struct BulkBan {
        banned_users: Vec<String>,
    }
    let answer: BulkBan = serde_json::from_slice(body).ok()?;
    Some(
        answer
            .banned_users
            .iter()
            .filter_map(|id| id.parse().ok())
            .collect(),
    )
}

/// Sends a batch whose window closed (or that filled up) and answers each caller.
pub(crate) async fn dispatch(client: Arc<ClientInner>, key: BatchKey, members: Vec<Member>) {
    // Callers that stopped waiting before the batch left are left out.
    let live = members.into_iter().filter(|member| !member.cancelled());
    let groups = group_by_id(live.map(|member| (member.id, member)));
    if groups.is_empty() {
        return;
    }
    let Some(batcher) = client.batcher.as_ref() else {
        return;
    };
    batcher
        .counters
        .calls(groups.iter().map(|g| g.members.len()).sum());
    if groups.len() < 2 {
        singles(&client, groups).await;
        return;
    }
    let ids: Vec<u64> = groups.iter().map(|group| group.id).collect();
    batcher.counters.bulk_request();
    report(&client, &key, &groups);
    let answer = flow::run(Arc::clone(&client), bulk_parts(&key, &ids, &groups)).await;
    match verdict(key.family, &ids, answer) {
        Verdict::Failed(err) => {
            for group in groups {
                answer_all(group, &Err(err.clone()));
            }
        }
        Verdict::Refused => {
            batcher.counters.fallbacks(callers(&groups));
            singles(&client, groups).await;
        }
        Verdict::Applied(done) => {
            let (applied, rest): (Vec<_>, Vec<_>) =
                groups.into_iter().partition(|g| done.contains(&g.id));
            for group in applied {
                settle(&client, group).await;
            }
            batcher.counters.fallbacks(callers(&rest));
            singles(&client, rest).await;
        }
    }
}

/// The bulk request: the key's path, body and reason, at the most urgent
/// priority among its callers.
fn bulk_parts(key: &BatchKey, ids: &[u64], groups: &[Group<Member>]) -> Parts {
    let mut parts = Parts::new(Method::POST, key.bulk_path());
    parts.json = Some(key.bulk_body(ids));
    parts.reason.clone_from(&key.reason);
    parts.priority = groups
        .iter()
        .flat_map(|group| &group.members)
        .map(|member| member.request.acquire.priority)
        .max()
        .unwrap_or_default();
    // The single calls were safe to repeat, and so is this one: deleting or
    // banning an id twice changes nothing.
    parts.idempotent = true;
    parts
}

/// Answers a group the bulk call applied to, as a single call would have been
/// answered; the cache forgets what the call changed.
async fn settle(client: &ClientInner, group: Group<Member>) {
    let done = Response::new(StatusCode::NO_CONTENT, HeaderMap::new(), Bytes::new());
    if let Some(first) = group.members.first() {
        flow::settle_batched(client, &first.request, &done).await;
    }
    answer_all(group, &Ok(done));
}

/// Sends each group's call singly, all at once (the limiter orders them),
/// and answers its callers.
async fn singles(client: &Arc<ClientInner>, groups: Vec<Group<Member>>) {
    if let Some(batcher) = client.batcher.as_ref() {
        batcher.counters.single_requests(groups.len());
    }
    let sends = groups.into_iter().map(|group| async move {
        let Some(first) = group.members.first() else {
            return;
        };
        let request = Arc::clone(&first.request);
        let answer = flow::send_single(client, &request).await;
        answer_all(group, &answer);
    });
    futures::future::join_all(sends).await;
}

fn answer_all(group: Group<Member>, answer: &Flight) {
    for member in group.members {
        // A caller that stopped waiting no longer has a receiver: nothing to do.
        let _ = member.reply.send(answer.clone());
    }
}

fn callers<T>(groups: &[Group<T>]) -> usize {
    groups.iter().map(|group| group.members.len()).sum()
}

/// A debug event and trace line per bulk request: route template and counts,
/// nothing from the callers' headers.
fn report(client: &ClientInner, key: &BatchKey, groups: &[Group<Member>]) {
    let message = format!(
        "{} of {} ids for {} calls on {}",
        key.family.name(),
        groups.len(),
        callers(groups),
        key.bulk_path()
    );
    tracing::debug!(
        family = key.family.name(),
        ids = groups.len(),
        calls = callers(groups),
        "sending a batch"
    );
    if client.events.is_listening() {
        let kind = EventKind::Custom {
            name: "batch.sent".to_owned(),
            message,
        };
        client
            .events
            .emit_event(Event::new(kind).with_level(Level::Debug));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, code: Option<u32>) -> Error {
        Error::new(ErrorKind::Api {
            status: StatusCode::from_u16(status).unwrap(),
            code,
            message: String::new(),
            errors: Vec::new(),
        })
    }

    fn json(body: &str) -> Flight {
        Ok(Response::new(
            StatusCode::OK,
            HeaderMap::new(),
            Bytes::from(body.to_owned()),
        ))
    }

    #[test]
    fn groups_duplicates_in_first_seen_order() {
        let groups = group_by_id([(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd')]);
        let shape: Vec<(u64, Vec<char>)> = groups.into_iter().map(|g| (g.id, g.members)).collect();
        assert_eq!(
            shape,
            vec![(3, vec!['a', 'c']), (1, vec!['b']), (2, vec!['d'])]
        );
    }

    #[test]
    fn a_deleted_batch_applies_to_every_id() {
        let Verdict::Applied(done) = verdict(Family::MessageDeletes, &[1, 2], json("")) else {
            panic!("applied");
        };
        assert_eq!(done, HashSet::from([1, 2]));
    }

    #[test]
    fn a_ban_answer_applies_to_the_banned_only() {
        let body = r#"{"banned_users": ["1", "3"], "failed_users": ["2"]}"#;
        let Verdict::Applied(done) = verdict(Family::Bans, &[1, 2, 3, 4], json(body)) else {
            panic!("applied");
        };
        assert_eq!(done, HashSet::from([1, 3]), "2 failed, 4 was not listed");
        // An answer that is not a bulk-ban body tells nothing: all go singly.
        assert!(matches!(
            verdict(Family::Bans, &[1, 2], json("")),
            Verdict::Refused
        ));
    }

    #[test]
    fn refusals_go_singly_other_failures_reach_the_callers() {
        for refused in [
            api(400, Some(50_034)),
            api(403, Some(50_013)),
            api(404, Some(10_003)),
            api(400, Some(FAILED_TO_BAN_USERS)),
            api(500, Some(FAILED_TO_BAN_USERS)),
        ] {
            assert!(matches!(
                verdict(Family::Bans, &[1, 2], Err(refused)),
                Verdict::Refused
            ));
        }
        for failed in [
            api(503, None),
            Error::new(ErrorKind::Timeout),
            Error::new(ErrorKind::InvalidToken),
        ] {
            assert!(matches!(
                verdict(Family::MessageDeletes, &[1, 2], Err(failed)),
                Verdict::Failed(_)
            ));
        }
    }
}
