//! The three clients under comparison, each adapted to [`Driver`]:
//!
//! - [`RawDriver`]: a bare `reqwest::Client` that sends every call once and
//!   hands back the status it got; no limiting, no retries.
//! - [`TwilightDriver`]: `twilight_http::Client` 0.18 through its typed calls,
//!   with its default in-memory ratelimiter (or another one for the overhead run).
//! - [`OvendDriver`]: ovend's `RestClient` through its untyped API, as the load
//!   benchmark drives it.
//!
//! Every driver reads the answer's body before reporting, so that each one
//! pays for the whole exchange and its connection goes back to its pool.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use futures::future::BoxFuture;
use http::header::{AUTHORIZATION, USER_AGENT};
use http::{HeaderMap, HeaderValue, Method};
use ovend_rest::ratelimit::RateLimitManager;
use ovend_rest::RestClient;
use serde_json::{json, Value};
use twilight_http::error::ErrorType;
use twilight_http::request::channel::reaction::RequestReactionType;
use twilight_model::id::Id;

use crate::types::{Call, ClientKind, Driver, Outcome};

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// Long enough that a request waiting for its turn is never cut short: the
/// benchmark measures limiting, not a client's timeout.
const PATIENCE: Duration = Duration::from_secs(900);

/// The outcome of a call that could not even be expressed (an id of 0).
const NOT_SENT: Outcome = Outcome { status: 0 };

/// The HTTP request Discord documents for `call`: method, path under
/// `/api/v10` (the emoji percent-encoded) and JSON body, if any.
pub(crate) fn route(call: &Call) -> (Method, String, Option<Value>) {
    match call {
        Call::CreateMessage { channel, content } => (
            Method::POST,
            format!("/channels/{channel}/messages"),
            Some(json!({ "content": content })),
        ),
        Call::EditMessage {
            channel,
            message,
            content,
        } => (
            Method::PATCH,
            format!("/channels/{channel}/messages/{message}"),
            Some(json!({ "content": content })),
        ),
        Call::DeleteMessage { channel, message } => (
            Method::DELETE,
            format!("/channels/{channel}/messages/{message}"),
            None,
        ),
        Call::RenameChannel { channel, name } => (
            Method::PATCH,
            format!("/channels/{channel}"),
            Some(json!({ "name": name })),
        ),
        Call::AddReaction {
            channel,
            message,
            emoji,
        } => (
            Method::PUT,
            format!(
                "/channels/{channel}/messages/{message}/reactions/{}/@me",
                percent_encode(emoji)
            ),
            None,
        ),
        Call::AddMemberRole { guild, user, role } => (
            Method::PUT,
            format!("/guilds/{guild}/members/{user}/roles/{role}"),
            None,
        ),
        Call::GetMember { guild, user } => {
            (Method::GET, format!("/guilds/{guild}/members/{user}"), None)
        }
        Call::GetChannel { channel } => (Method::GET, format!("/channels/{channel}"), None),
    }
}

/// Every byte but ASCII letters and digits as `%XX`, as a path segment needs
/// for an emoji.
pub(crate) fn percent_encode(text: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() {
            out.push(char::from(byte));
        } else {
            // Writing to a String cannot fail.
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

/// A bare `reqwest::Client`: each call goes out once, whatever came back before.
#[derive(Debug, Clone)]
pub(crate) struct RawDriver {
    http: reqwest::Client,
    base_url: Arc<str>,
}

impl RawDriver {
    /// A client for the emulator at `base_url` (`http://…/api/v10`), sending
    /// the bot `token` and the `User-Agent` Discord asks for.
    pub(crate) fn new(base_url: &str, token: &str) -> Result<Self, BoxError> {
        let mut auth = HeaderValue::from_str(&format!("Bot {token}"))?;
        auth.set_sensitive(true);
        let mut headers = HeaderMap::new();
        headers.insert(AUTHORIZATION, auth);
        headers.insert(
            USER_AGENT,
            HeaderValue::from_static("DiscordBot (https://github.com/ovend/ovend, raw-reqwest)"),
        );
        let http = reqwest::Client::builder()
            .default_headers(headers)
            .timeout(PATIENCE)
            .build()?;
        Ok(Self {
            http,
            base_url: base_url.trim_end_matches('/').into(),
        })
    }

    /// Creates a message (setup, outside any timing) and returns its id.
    pub(crate) async fn create_message(
        &self,
        channel: u64,
        content: &str,
    ) -> Result<u64, BoxError> {
        let response = self
            .http
            .post(format!("{}/channels/{channel}/messages", self.base_url))
            .json(&json!({ "content": content }))
            .send()
            .await?
            .error_for_status()?;
        let body: Value = response.json().await?;
        let id = body["id"].as_str().ok_or("created message has no id")?;
        Ok(id.parse()?)
    }

    async fn call(self, call: Call) -> Outcome {
        let (method, path, body) = route(&call);
        let needs_length = matches!(method, Method::POST | Method::PUT | Method::PATCH);
        let mut request = self
            .http
            .request(method, format!("{}{path}", self.base_url));
        request = match body {
            Some(body) => request.json(&body),
            // Discord wants a `Content-Length` on bodiless writes.
            None if needs_length => request.body(Vec::new()),
            None => request,
        };
        match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                match response.bytes().await {
                    Ok(_) => Outcome { status },
                    Err(_) => NOT_SENT,
                }
            }
            Err(error) => Outcome {
                status: error.status().map_or(0, |s| s.as_u16()),
            },
        }
    }
}

impl Driver for RawDriver {
    fn kind(&self) -> ClientKind {
        ClientKind::Raw
    }

    fn send(&self, call: Call) -> BoxFuture<'static, Outcome> {
        Box::pin(self.clone().call(call))
    }
}

/// `twilight_http::Client` 0.18 through its typed calls.
///
/// twilight retries a 429 itself, at once, after asking its ratelimiter again;
/// any other error status ends the call with an error carrying the status.
#[derive(Debug, Clone)]
pub(crate) struct TwilightDriver {
    client: Arc<twilight_http::Client>,
}

impl TwilightDriver {
    /// With twilight's default ratelimiter (global limit 50 per second). Must
    /// be called inside a tokio runtime: the ratelimiter spawns its task.
    pub(crate) fn new(addr: SocketAddr, token: &str) -> Self {
        Self::build(twilight_http::Client::builder(), addr, token)
    }

    /// With twilight's ratelimiter whose global limit is `u16::MAX` per second,
    /// the closest it has to "off" (its own docs suggest it): per-route
    /// limiting stays on, as ovend's does in the overhead run.
    pub(crate) fn without_global_limit(addr: SocketAddr, token: &str) -> Self {
        let limiter = twilight_http_ratelimiting::RateLimiter::new(u16::MAX);
        let builder = twilight_http::Client::builder().ratelimiter(Some(limiter));
        Self::build(builder, addr, token)
    }

    fn build(builder: twilight_http::client::ClientBuilder, addr: SocketAddr, token: &str) -> Self {
        // `proxy(host, true)` makes twilight send to `http://{host}/api/v10/…`,
        // which is where the emulator serves.
        let client = builder
            .token(format!("Bot {token}"))
            .proxy(addr.to_string(), true)
            .timeout(PATIENCE)
            .build();
        Self {
            client: Arc::new(client),
        }
    }
}

impl Driver for TwilightDriver {
    fn kind(&self) -> ClientKind {
        ClientKind::Twilight
    }

    fn send(&self, call: Call) -> BoxFuture<'static, Outcome> {
        let client = Arc::clone(&self.client);
        Box::pin(async move { twilight_call(&client, call).await })
    }
}

/// One call through twilight's typed API.
async fn twilight_call(client: &twilight_http::Client, call: Call) -> Outcome {
    match call {
        Call::CreateMessage { channel, content } => {
            let Some(channel) = Id::new_checked(channel) else {
                return NOT_SENT;
            };
            finish(client.create_message(channel).content(&content).await).await
        }
        Call::EditMessage {
            channel,
            message,
            content,
        } => {
            let (Some(channel), Some(message)) =
                (Id::new_checked(channel), Id::new_checked(message))
            else {
                return NOT_SENT;
            };
            let request = client.update_message(channel, message);
            finish(request.content(Some(&content)).await).await
        }
        Call::DeleteMessage { channel, message } => {
            let (Some(channel), Some(message)) =
                (Id::new_checked(channel), Id::new_checked(message))
            else {
                return NOT_SENT;
            };
            finish(client.delete_message(channel, message).await).await
        }
        Call::RenameChannel { channel, name } => {
            let Some(channel) = Id::new_checked(channel) else {
                return NOT_SENT;
            };
            finish(client.update_channel(channel).name(&name).await).await
        }
        other => twilight_call_rest(client, other).await,
    }
}

/// The reaction, guild and GET calls (split from [`twilight_call`] to keep
/// each function short).
async fn twilight_call_rest(client: &twilight_http::Client, call: Call) -> Outcome {
    match call {
        Call::AddReaction {
            channel,
            message,
            emoji,
        } => {
            let (Some(channel), Some(message)) =
                (Id::new_checked(channel), Id::new_checked(message))
            else {
                return NOT_SENT;
            };
            let emoji = RequestReactionType::Unicode { name: emoji };
            finish(client.create_reaction(channel, message, &emoji).await).await
        }
        Call::AddMemberRole { guild, user, role } => {
            let ids = (
                Id::new_checked(guild),
                Id::new_checked(user),
                Id::new_checked(role),
            );
            let (Some(guild), Some(user), Some(role)) = ids else {
                return NOT_SENT;
            };
            finish(client.add_guild_member_role(guild, user, role).await).await
        }
        Call::GetMember { guild, user } => {
            let (Some(guild), Some(user)) = (Id::new_checked(guild), Id::new_checked(user)) else {
                return NOT_SENT;
            };
            finish(client.guild_member(guild, user).await).await
        }
        Call::GetChannel { channel } => {
            let Some(channel) = Id::new_checked(channel) else {
                return NOT_SENT;
            };
            finish(client.channel(channel).await).await
        }
        // Handled by `twilight_call`.
        Call::CreateMessage { .. }
        | Call::EditMessage { .. }
        | Call::DeleteMessage { .. }
        | Call::RenameChannel { .. } => NOT_SENT,
    }
}

/// The status twilight handed back, after reading the body of a success.
async fn finish<T>(result: Result<twilight_http::Response<T>, twilight_http::Error>) -> Outcome {
    match result {
        Ok(response) => {
            let status = response.status().get();
            match response.bytes().await {
                Ok(_) => Outcome { status },
                Err(_) => NOT_SENT,
            }
        }
        Err(error) => Outcome {
            status: match error.kind() {
                ErrorType::Response { status, .. } => status.get(),
                _ => 0,
            },
        },
    }
}

/// ovend's `RestClient` through its untyped API.
#[derive(Debug, Clone)]
pub(crate) struct OvendDriver {
    client: RestClient,
}

impl OvendDriver {
    /// The load benchmark's client: defaults, with a long `max_wait` so no
    /// request gives up while it waits for its turn.
    pub(crate) fn new(base_url: &str, token: &str) -> Result<Self, ovend_rest::Error> {
        let client = RestClient::builder()
            .token(token)
            .base_url(base_url)
            .max_wait(PATIENCE)
            .build()?;
        Ok(Self::with_client(client))
    }

    /// For the overhead run on an unlimited emulator: no global limit (the
    /// per-route limiter stays on) and no single-flight, so every GET reaches
    /// the server (there is no cache by default).
    pub(crate) fn without_global_limit(
        base_url: &str,
        token: &str,
    ) -> Result<Self, ovend_rest::Error> {
        let client = RestClient::builder()
            .token(token)
            .base_url(base_url)
            .max_wait(PATIENCE)
            .rate_limit_manager(RateLimitManager::builder().no_global_limit())
            .dedup(false)
            .build()?;
        Ok(Self::with_client(client))
    }

    /// Any client, e.g. one with a shared limiter.
    pub(crate) fn with_client(client: RestClient) -> Self {
        Self { client }
    }

    async fn call(self, call: Call) -> Outcome {
        let (method, path, body) = route(&call);
        let mut request = self.client.request(method, path);
        if let Some(body) = body {
            request = request.json(&body);
        }
        match request.send().await {
            Ok(response) => Outcome {
                status: response.status().as_u16(),
            },
            Err(error) => Outcome {
                status: error.status().map_or(0, |s| s.as_u16()),
            },
        }
    }
}

impl Driver for OvendDriver {
    fn kind(&self) -> ClientKind {
        ClientKind::Ovend
    }

    fn send(&self, call: Call) -> BoxFuture<'static, Outcome> {
        Box::pin(self.clone().call(call))
    }
}
