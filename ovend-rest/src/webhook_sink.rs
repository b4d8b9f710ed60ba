//! A notification sink that posts to a Discord webhook through the client.

use std::fmt;

use ovend_events::{Event, NotificationSink};
use tokio::runtime::Handle;

use crate::{Error, ErrorKind, RestClient};

/// Discord's limit on a message's `content`.
const MAX_CONTENT: usize = 2000;

/// Posts each notification to a Discord webhook (`POST /webhooks/{id}/{token}`
/// with `{"content": ...}`), through a [`RestClient`] so the post is rate
/// limited like any request.
///
/// `notify` runs on the event dispatcher: it spawns the post on the Tokio
/// runtime it was built on and returns at once, so a slow webhook never holds up
/// other handlers. A post that fails is logged (without the token) and dropped.
/// The webhook token is never logged, shown by `Debug` or put in an event: the
/// client's events carry the route template, in which the token is folded.
///
/// Pair it with a [`NotificationHandler`](ovend_events::NotificationHandler),
/// whose own rate limit keeps a flood of events from becoming a flood of posts.
/// The posts are requests of the client, so their own events reach its event
/// system too; route the handler by kind or level (a failed post is an error
/// event) if that would page about the pager.
///
/// ```no_run
/// use ovend_rest::{events::{Condition, NotificationHandler}, RestClient, WebhookSink};
///
/// # async fn demo() -> Result<(), ovend_rest::Error> {
/// let client = RestClient::builder().token("my-bot-token").build()?;
/// let sink = WebhookSink::new(client.clone(), 1234, "webhook-token")?;
/// client.events().add_handler(
///     NotificationHandler::builder(sink)
///         .condition(Condition::invalid_requests_over(1000))
///         .build(),
/// );
/// # Ok(())
/// # }
/// ```
pub struct WebhookSink {
    client: RestClient,
    path: String,
    runtime: Handle,
}

impl WebhookSink {
    /// A sink posting to webhook `id` with `token`, spawning on the current
    /// Tokio runtime; [`ErrorKind::Config`] outside one.
    pub fn new(client: RestClient, id: u64, token: impl AsRef<str>) -> Result<Self, Error> {
        let runtime = Handle::try_current().map_err(|_| {
            Error::new(ErrorKind::Config(
                "a WebhookSink is built inside a Tokio runtime".into(),
            ))
        })?;
        Ok(Self::with_runtime(client, id, token, runtime))
    }

    /// A sink that spawns its posts on `runtime`.
    pub fn with_runtime(
        client: RestClient,
        id: u64,
        token: impl AsRef<str>,
        runtime: Handle,
    ) -> Self {
        Self {
            client,
            path: format!("/webhooks/{id}/{}", token.as_ref()),
            runtime,
        }
    }
}

/// The message for `event`: its level, kind and data (events hold no secrets),
/// cut to Discord's limit.
fn content(event: &Event) -> String {
    let mut text = format!(
        "**ovend {}** `{}`: {:?}",
        event.level,
        event.event_type(),
        event.kind
    );
    if text.len() > MAX_CONTENT {
        let mut end = MAX_CONTENT - 1;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push('…');
    }
    text
}

impl NotificationSink for WebhookSink {
    fn notify(&self, event: &Event) {
        let post = self
            .client
            .post(self.path.clone())
            .json(&serde_json::json!({ "content": content(event) }));
        self.runtime.spawn(async move {
            if let Err(error) = post.send().await {
                // The error's text holds neither the token nor the path.
                tracing::warn!(%error, "could not post a notification to the webhook");
            }
        });
    }
}

impl fmt::Debug for WebhookSink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WebhookSink")
            .field("webhook", &"<redacted>")
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ovend_events::EventKind;

    #[test]
    fn content_fits_discords_limit() {
        let event = Event::new(EventKind::Custom {
            name: "x".into(),
            message: "é".repeat(3000),
        });
        let text = content(&event);
        assert!(text.chars().count() <= MAX_CONTENT, "{}", text.len());
        assert!(text.starts_with("**ovend info** `custom`"));
    }
}
