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

    /// The last 1024 requests received, oldest first.
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
