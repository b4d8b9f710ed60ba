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
pub struct RedisServer {
    child: Child,
    port: u16,
}

impl RedisServer {
    /// Starts a server and waits until it accepts connections.
    pub async fn start() -> io::Result<Self> {
        let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
        let child = Command::new("redis-server")
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
            })?;
        // Owned by the guard at once, so the process is killed on every path.
        let server = Self { child, port };
        server.wait_until_ready().await?;
        Ok(server)
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

impl fmt::Debug for RedisServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RedisServer")
            .field("port", &self.port)
            .finish()
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        // Best effort: the process may already be gone.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
