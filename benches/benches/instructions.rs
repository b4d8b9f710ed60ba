//! The client's own cost per request, counted in instructions rather than time.
//!
//! Timings on a shared 2-core VM move by tens of percent from minute to
//! minute; an instruction count does not. This binary sends `--requests N`
//! GETs of one channel, one after another, through every stage of a
//! [`RestClient`] (route key, validator, limiter, events with the metrics
//! collector attached, as by default) to a transport that answers at once
//! with Discord's headers, freshly stamped. Run under callgrind, the calling
//! thread's count at two values of `N` gives the instructions per request
//! (`scripts/count-instructions` does that).
//!
//! Under `cargo bench` or `cargo test` (no `--requests`) it only says how to
//! run it.

use std::time::{SystemTime, UNIX_EPOCH};

use futures::future::BoxFuture;
use futures::FutureExt;
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use ovend_rest::{Body, HttpClient, RateLimitManager, RestClient, TransportError};

/// A bot token of Discord's shape (its length sets the header's).
const TOKEN: &str = "MTE3NjQyOTM5NTQ4MzIxODAzMg.GkXv2p.Zr9vX0kq3LhJcVb1mTqW8yNfE4sUaDpRgHoI7c";
const CHANNEL_PATH: &str = "/channels/1176429395483218032";

fn header(map: &mut HeaderMap, name: &'static str, value: &str) {
    let value = HeaderValue::from_str(value).expect("a valid header value");
    map.insert(HeaderName::from_static(name), value);
}

/// Answers every request at once: a channel of ~600 bytes and the bucket
/// headers of a 5 per 5 s route, `Reset` stamped now, as Discord's are.
#[derive(Debug)]
struct Instant200 {
    headers: HeaderMap,
    body: Body,
}

impl HttpClient for Instant200 {
    fn send(
        &self,
        request: http::Request<Body>,
    ) -> BoxFuture<'_, Result<http::Response<Body>, TransportError>> {
        drop(request);
        let mut headers = self.headers.clone();
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64());
        header(
            &mut headers,
            "x-ratelimit-reset",
            &format!("{:.3}", now + 5.0),
        );
        let mut response = http::Response::new(self.body.clone());
        *response.status_mut() = StatusCode::OK;
        *response.headers_mut() = headers;
        futures::future::ready(Ok(response)).boxed()
    }
}

fn transport() -> Instant200 {
    let mut headers = HeaderMap::new();
    header(&mut headers, "content-type", "application/json");
    header(
        &mut headers,
        "x-ratelimit-bucket",
        "3b7e9a51c0d24f68a1e5b2c9d7f30a46",
    );
    header(&mut headers, "x-ratelimit-limit", "5");
    header(&mut headers, "x-ratelimit-remaining", "4");
    header(&mut headers, "x-ratelimit-reset-after", "5.000");
    Instant200 {
        headers,
        body: Body::from(vec![b' '; 600]),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let requests = args
        .iter()
        .position(|arg| arg == "--requests")
        .and_then(|at| args.get(at + 1))
        .and_then(|n| n.parse::<usize>().ok());
    let Some(requests) = requests else {
        println!("instructions: run it with `scripts/count-instructions` (needs valgrind)");
        return;
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    let client = RestClient::builder()
        .token(TOKEN)
        .http_client(transport())
        // The loop would otherwise wait for the 50/s window.
        .rate_limit_manager(RateLimitManager::builder().no_global_limit())
        .build()
        .expect("a client");
    runtime.block_on(async {
        for _ in 0..requests {
            client.get(CHANNEL_PATH).send().await.expect("a 200");
        }
        client.events().flush().await;
    });
}
