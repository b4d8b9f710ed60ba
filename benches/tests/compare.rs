//! The comparison benchmark's client adapters over real HTTP: each driver
//! sends every kind of call once to a fresh `MockDiscord`, gets a 2xx for each,
//! and the emulator saw the method and path Discord documents for it, with a
//! valid token, a Discord `User-Agent` and well-formed bodies.

#[path = "../compare/clients.rs"]
#[allow(dead_code)]
mod clients;
#[path = "../compare/types.rs"]
#[allow(dead_code)]
mod types;

use std::sync::Arc;

use clients::{route, OvendDriver, RawDriver, TwilightDriver};
use ovend_testkit::MockDiscord;
use types::{Call, ClientKind, Driver};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

const GUILD: u64 = 613_425_648_685_547_541;
const CHANNEL: u64 = 700_000_000_000_000_001;

fn driver(kind: ClientKind, mock: &MockDiscord) -> Result<Arc<dyn Driver>, BoxError> {
    Ok(match kind {
        ClientKind::Raw => Arc::new(RawDriver::new(&mock.base_url(), mock.token())?),
        ClientKind::Twilight => Arc::new(TwilightDriver::new(mock.addr(), mock.token())),
        ClientKind::Ovend => Arc::new(OvendDriver::new(&mock.base_url(), mock.token())?),
    })
}

/// One call of every kind; `edited` and `deleted` are existing messages.
fn every_call(edited: u64, deleted: u64) -> Vec<Call> {
    vec![
        Call::CreateMessage {
            channel: CHANNEL,
            content: "hello".to_owned(),
        },
        Call::EditMessage {
            channel: CHANNEL,
            message: edited,
            content: "edited".to_owned(),
        },
        Call::AddReaction {
            channel: CHANNEL,
            message: edited,
            emoji: "🦀",
        },
        Call::DeleteMessage {
            channel: CHANNEL,
            message: deleted,
        },
        Call::RenameChannel {
            channel: CHANNEL,
            name: "renamed".to_owned(),
        },
        Call::AddMemberRole {
            guild: GUILD,
            user: 800_000_000_000_000_001,
            role: 900_000_000_000_000_001,
        },
        Call::GetMember {
            guild: GUILD,
            user: 800_000_000_000_000_101,
        },
        Call::GetChannel { channel: CHANNEL },
    ]
}

/// `%XX` sequences as the bytes they stand for, so paths compare whatever
/// the case of the hex digits or the choice of what to encode.
fn decode(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

async fn sends_every_call(kind: ClientKind) -> Result<(), BoxError> {
    let mock = MockDiscord::builder().start().await?;
    let setup = RawDriver::new(&mock.base_url(), mock.token())?;
    let edited = setup.create_message(CHANNEL, "to edit").await?;
    let deleted = setup.create_message(CHANNEL, "to delete").await?;
    mock.clear_recorded();
    mock.reset_stats();

    let driver = driver(kind, &mock)?;
    let calls = every_call(edited, deleted);
    for call in &calls {
        let outcome = driver.send(call.clone()).await;
        assert!(
            (200..300).contains(&outcome.status),
            "{}: {call:?} got {}",
            kind.name(),
            outcome.status
        );
    }

    let recorded = mock.recorded();
    assert_eq!(recorded.len(), calls.len(), "{}: {recorded:?}", kind.name());
    for (request, call) in recorded.iter().zip(&calls) {
        let (method, path, _) = route(call);
        assert_eq!(request.method, method, "{}: {call:?}", kind.name());
        assert_eq!(decode(&request.path), decode(&path), "{}", kind.name());
    }
    let stats = mock.stats();
    assert_eq!(stats.unauthorized, 0, "{}: {stats:?}", kind.name());
    assert_eq!(stats.bad_user_agent, 0, "{}: {stats:?}", kind.name());
    assert_eq!(stats.bad_content_type, 0, "{}: {stats:?}", kind.name());
    assert_eq!(stats.bad_requests, 0, "{}: {stats:?}", kind.name());
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn raw_sends_every_call() -> Result<(), BoxError> {
    sends_every_call(ClientKind::Raw).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn twilight_sends_every_call() -> Result<(), BoxError> {
    sends_every_call(ClientKind::Twilight).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ovend_sends_every_call() -> Result<(), BoxError> {
    sends_every_call(ClientKind::Ovend).await
}

#[test]
fn reaction_paths_percent_encode_the_emoji() {
    let (_, path, _) = route(&Call::AddReaction {
        channel: 1,
        message: 2,
        emoji: "👍",
    });
    assert_eq!(path, "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me");
    assert_eq!(decode(&path), "/channels/1/messages/2/reactions/👍/@me");
}
