//! [`MockDiscord`]: the handle to a running emulator.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use parking_lot::Mutex;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::app::App;
use crate::builder::{Config, MockDiscordBuilder};
use crate::faults::{Fault, Faults};
use crate::limits::Rule;
use crate::matcher::PathPrefix;
use crate::overrides::{self, InvalidHeader};
use crate::record::RecordedRequest;
use crate::server;
use crate::stats::Stats;

/// A running Discord REST emulator on a local port.
///
/// Serves on the tokio runtime that started it, until [`shutdown`](Self::shutdown)
/// or until it is dropped.
pub struct MockDiscord {
    app: Arc<App>,
    addr: SocketAddr,
    base_url: String,
    stop: Mutex<Option<oneshot::Sender<()>>>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl fmt::Debug for MockDiscord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MockDiscord")
            .field("base_url", &self.base_url)
            .field("config", &self.app.config)
            .finish_non_exhaustive()
    }
}

impl MockDiscord {
    /// The bot token accepted when none is configured.
    pub const DEFAULT_TOKEN: &'static str = "mock-bot-token.ovend";

    /// Starts an emulator with defaults: Discord's real limits, time scale 1,
    /// no latency, no faults, [`DEFAULT_TOKEN`](Self::DEFAULT_TOKEN).
    ///
    /// # Panics
    /// If it cannot bind `127.0.0.1` (like wiremock's `MockServer::start`, this
    /// is a test harness; use [`builder`](Self::builder) to handle the error).
    pub async fn start() -> Self {
        match Self::builder().start().await {
            Ok(mock) => mock,
            Err(error) => panic!("MockDiscord could not bind 127.0.0.1: {error}"),
        }
    }

    /// A builder for every knob.
    pub fn builder() -> MockDiscordBuilder {
        MockDiscordBuilder::default()
    }

    pub(crate) async fn launch(config: Config) -> io::Result<Self> {
        let listener = TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        let app = Arc::new(App::new(config));
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(server::serve(
            listener,
            server::router(Arc::clone(&app)),
            stopped,
        ));
        Ok(Self {
            app,
            addr,
            base_url: format!("http://{addr}/api/v10"),
            stop: Mutex::new(Some(stop)),
            task: Mutex::new(Some(task)),
        })
    }

    /// `http://127.0.0.1:PORT/api/v10`.
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    /// The socket address served.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The first accepted token (without `Bot `).
    pub fn token(&self) -> &str {
        self.app
            .config
            .tokens
            .first()
            .map_or(Self::DEFAULT_TOKEN, String::as_str)
    }

    /// Every accepted token, in configuration order.
    pub fn tokens(&self) -> &[String] {
        &self.app.config.tokens
    }

    /// A snapshot of the counters.
    pub fn stats(&self) -> Stats {
        self.app.stats.snapshot()
    }

    /// Zeroes the counters (rate-limit state is kept).
    pub fn reset_stats(&self) {
        self.app.stats.reset();
    }

    /// Zeroes the counters and forgets every rate-limit window and any ban,
    /// like `POST /__ovend/reset`.
    pub fn reset(&self) {
        self.app.reset();
    }

    /// Replaces the random faults.
    pub fn set_faults(&self, faults: Faults) {
        self.app.faults().lock().set_random(faults);
    }

    /// The next `n` requests get `fault`, deterministically (queued after
    /// earlier `fail_next` calls, before random faults).
    pub fn fail_next(&self, n: usize, fault: Fault) {
        self.app.faults().lock().push(n, fault);
    }

    /// The next `n` requests whose path starts with `path_prefix` get `fault`,
    /// while other routes stay healthy. The prefix matches whole segments
    /// (`/channels/1` does not match `/channels/10`), with or without
    /// `/api/v10`; a `*` segment matches any one segment
    /// (`/webhooks/*/*/messages`). Path-targeted faults come before those of
    /// [`fail_next`](Self::fail_next), which a matching request leaves queued.
    pub fn fail_next_on(&self, path_prefix: &str, n: usize, fault: Fault) {
        self.app
            .faults()
            .lock()
            .push_on(PathPrefix::new(path_prefix), n, fault);
    }

    /// Forgets every fault queued by [`fail_next`](Self::fail_next) and
    /// [`fail_next_on`](Self::fail_next_on) (random faults stay).
    pub fn clear_queued_faults(&self) {
        self.app.faults().lock().clear_queued();
    }

    /// Answers on paths starting with `path_prefix` (matched as in
    /// [`fail_next_on`](Self::fail_next_on)) carry `headers` in place of the
    /// emulator's own: each named header loses every value the emulator would
    /// send and gets the given ones (a name given twice is sent twice); other
    /// headers stay. Values are sent raw (`1e19`, `NaN`, `-1`, an empty
    /// value, non-ASCII bytes); status and body stay normal, so a test can
    /// feed a client impossible rate-limit headers on one route. Applies to
    /// every answer from the emulated Discord on those paths, 429s included,
    /// but not to edge faults (502, proxy or Cloudflare 429s). `count`: the
    /// next that many answers, or all of them until
    /// [`clear_overrides`](Self::clear_overrides) for `None`.
    ///
    /// # Errors
    /// [`InvalidHeader`] if a name or value cannot be sent in HTTP (a control
    /// character other than tab); nothing is changed then.
    pub fn override_headers<I, K, V>(
        &self,
        path_prefix: &str,
        headers: I,
        count: Option<usize>,
    ) -> Result<(), InvalidHeader>
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let headers = overrides::parse(headers)?;
        self.app
            .overrides
            .add(PathPrefix::new(path_prefix), headers, count);
        Ok(())
    }

    /// Removes every header override.
    pub fn clear_overrides(&self) {
        self.app.overrides.clear();
    }

    /// The path token `token` of webhook and interaction routes stops working,
    /// as an interaction token does 15 minutes after its interaction or a
    /// webhook's token once the webhook is deleted: from now on every request
    /// on a route carrying it in its path answers `401 {"message": "Invalid
    /// Webhook Token", "code": 50027}` with `Via` and its bucket's rate-limit
    /// headers, counted as unauthorized and as an invalid request. Bot
    /// authentication is unaffected.
    pub fn expire_token(&self, token: &str) {
        self.app.credentials.expire(token);
    }

    /// The bot token (with or without `Bot `) stops being accepted, as when
    /// it is reset in the developer portal: bot-authenticated routes answer
    /// `401 {"message": "401: Unauthorized", "code": 0}` to it. Webhook and
    /// interaction routes, authenticated by their path token, still work.
    pub fn revoke_token(&self, token: &str) {
        self.app.credentials.revoke(token);
    }

    /// Undoes [`revoke_token`](Self::revoke_token).
    pub fn restore_token(&self, token: &str) {
        self.app.credentials.restore(token);
    }

    /// Limits every route whose major parameter (channel, guild, webhook or
    /// interaction id) is `resource` for everyone to `limit` per `per`
    /// (scaled). Excess requests get a 429 with scope `shared`, which does not
    /// count as invalid.
    pub fn limit_shared(&self, resource: u64, limit: u32, per: Duration) {
        let rule = Rule::new(limit.max(1), per).scaled(self.app.config.time_scale);
        self.app.limiter.limit_shared(resource, rule);
    }

    /// Removes every limit set by [`limit_shared`](Self::limit_shared).
    pub fn clear_shared(&self) {
        self.app.limiter.clear_shared();
    }

    /// The last requests received, oldest first: 1024 unless
    /// [`MockDiscordBuilder::record_capacity`] says otherwise.
    pub fn recorded(&self) -> Vec<RecordedRequest> {
        self.app.recorder.snapshot()
    }

    /// Forgets the recorded requests.
    pub fn clear_recorded(&self) {
        self.app.recorder.clear();
    }

    /// Stops accepting and closes every connection. Also happens on drop.
    pub async fn shutdown(&self) {
        if let Some(stop) = self.stop.lock().take() {
            let _ = stop.send(());
        }
        let task = self.task.lock().take();
        if let Some(task) = task {
            // The task ends itself; an abort or panic inside it changes nothing here.
            let _ = task.await;
        }
    }
}

impl Drop for MockDiscord {
    fn drop(&mut self) {
        if let Some(task) = self.task.lock().take() {
            task.abort();
        }
    }
}
