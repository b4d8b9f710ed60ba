//! A private `redis-server` for tests that need a real Redis.

use std::fmt;
use std::io;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// How long a fresh server gets to start accepting connections.
const START_TIMEOUT: Duration = Duration::from_secs(10);
const POLL: Duration = Duration::from_millis(10);

/// A `redis-server` on a free loopback port, with no persistence, killed when dropped.
///
/// Tests that share a Redis between clients (the distributed rate limiter, the
/// L2 cache) start one each, so they never see each other's keys or depend on a
/// server someone else started. `redis-server` must be on the `PATH`
/// (`apt-get install redis-server`; the workspace's `scripts/test` installs it).
/// [`stop`](Self::stop) and [`restart`](Self::restart) take it away and bring it
/// back on the same port (empty: nothing is persisted), for tests of what a
/// client does while Redis is gone.
pub struct RedisServer {
    /// `None` while stopped.
    child: Option<Child>,
    port: u16,
}

impl RedisServer {
    /// Starts a server and waits until it accepts connections.
    pub async fn start() -> io::Result<Self> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        // Owned by the guard at once, so the process is killed on every path.
        let server = Self {
            child: Some(spawn(port)?),
            port,
        };
        server.wait_until_ready().await?;
        Ok(server)
    }

    /// Kills the server and waits until it is gone: connections to it fail from
    /// now on. Does nothing when it is stopped already.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            // Best effort: the process may already be gone.
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts the server again on the same port (stopping it first if it runs)
    /// and waits until it accepts connections. It starts empty.
    pub async fn restart(&mut self) -> io::Result<()> {
        self.stop();
        self.child = Some(spawn(self.port)?);
        self.wait_until_ready().await
    }

    /// Whether the server runs (it was not stopped).
    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    async fn wait_until_ready(&self) -> io::Result<()> {
        let deadline = tokio::time::Instant::now() + START_TIMEOUT;
        while tokio::time::Instant::now() < deadline {
            if tokio::net::TcpStream::connect(("127.0.0.1", self.port))
                .await
                .is_ok()
            {
                return Ok(());
            }
            tokio::time::sleep(POLL).await;
        }
        Err(io::Error::new(
            io::ErrorKind::TimedOut,
            format!(
                "redis-server did not accept connections on port {}",
                self.port
            ),
        ))
    }

    /// The server's port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A `redis://` URL for the server.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }
}

/// Runs `redis-server` on `port` of the loopback interface, without persistence.
fn spawn(port: u16) -> io::Result<Child> {
    Command::new("redis-server")
        .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
        .args(["--save", "", "--appendonly", "no"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|err| {
            io::Error::new(
                err.kind(),
                format!("cannot run redis-server ({err}); install it with `apt-get install redis-server`"),
            )
        })
}

impl fmt::Debug for RedisServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisServer")
            .field("port", &self.port)
            .field("running", &self.is_running())
            .finish()
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
    }
}
