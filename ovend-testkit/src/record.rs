//! The last requests received, for assertions in tests.

use std::collections::VecDeque;
use std::fmt;

use bytes::Bytes;
use http::{HeaderMap, Method};
use parking_lot::Mutex;

/// How many requests are kept unless the builder says otherwise
/// ([`MockDiscordBuilder::record_capacity`](crate::MockDiscordBuilder::record_capacity)).
pub(crate) const CAPACITY: usize = 1024;

/// One request as the emulator received it.
#[derive(Clone)]
pub struct RecordedRequest {
    /// The HTTP method.
    pub method: Method,
    /// The path without `/api/v10` and without the query, e.g. `/channels/1/messages`.
    pub path: String,
    /// The raw query string, if any.
    pub query: Option<String>,
    /// Every request header (`Debug` redacts `Authorization`).
    pub headers: HeaderMap,
    /// The raw body.
    pub body: Bytes,
    /// The status the emulator answered; 0 when the connection was dropped.
    pub status: u16,
    /// When the emulator answered it (just after deciding it, which is when
    /// Discord would count it: after any configured latency).
    pub answered: std::time::Instant,
}

impl fmt::Debug for RecordedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<(&str, &str)> = self
            .headers
            .iter()
            .map(|(name, value)| {
                let value = if name == http::header::AUTHORIZATION {
                    "<redacted>"
                } else {
                    value.to_str().unwrap_or("<binary>")
                };
                (name.as_str(), value)
            })
            .collect();
        f.debug_struct("RecordedRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &headers)
            .field("body_len", &self.body.len())
            .field("status", &self.status)
            .field("answered", &self.answered)
            .finish()
    }
}

/// A ring buffer of the last `capacity` requests ([`CAPACITY`] by default).
#[derive(Debug)]
pub(crate) struct Recorder {
    requests: Mutex<VecDeque<RecordedRequest>>,
    capacity: usize,
}

impl Default for Recorder {
    fn default() -> Self {
        Self::with_capacity(CAPACITY)
    }
}

impl Recorder {
    /// Keeps the last `capacity` requests (0: none). The buffer grows as
    /// requests arrive, so a large capacity costs nothing until it is used.
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        Self {
            requests: Mutex::new(VecDeque::new()),
            capacity,
        }
    }

    pub(crate) fn push(&self, request: RecordedRequest) {
        if self.capacity == 0 {
            return;
        }
        let mut requests = self.requests.lock();
        if requests.len() >= self.capacity {
            requests.pop_front();
        }
        requests.push_back(request);
    }

    pub(crate) fn snapshot(&self) -> Vec<RecordedRequest> {
        self.requests.lock().iter().cloned().collect()
    }

    pub(crate) fn clear(&self) {
        self.requests.lock().clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(status: u16) -> RecordedRequest {
        let mut headers = HeaderMap::new();
        headers.insert(
            http::header::AUTHORIZATION,
            "Bot secret-token".parse().unwrap(),
        );
        RecordedRequest {
            method: Method::GET,
            path: "/users/@me".into(),
            query: None,
            headers,
            body: Bytes::new(),
            status,
            answered: std::time::Instant::now(),
        }
    }

    #[test]
    fn keeps_the_last_capacity_requests_in_order() {
        let recorder = Recorder::default();
        for i in 0..(CAPACITY + 5) {
            recorder.push(request(u16::try_from(i % 600).unwrap()));
        }
        let all = recorder.snapshot();
        assert_eq!(all.len(), CAPACITY);
        assert_eq!(all[0].status, 5);
    }

    #[test]
    fn a_larger_capacity_keeps_more_and_zero_keeps_none() {
        let recorder = Recorder::with_capacity(CAPACITY * 2);
        for i in 0..(CAPACITY + 5) {
            recorder.push(request(u16::try_from(i % 600).unwrap()));
        }
        let all = recorder.snapshot();
        assert_eq!(all.len(), CAPACITY + 5);
        assert_eq!(all[0].status, 0);

        let none = Recorder::with_capacity(0);
        none.push(request(200));
        assert!(none.snapshot().is_empty());
    }

    #[test]
    fn debug_redacts_the_token() {
        let shown = format!("{:?}", request(200));
        assert!(!shown.contains("secret-token"));
        assert!(shown.contains("<redacted>"));
    }
}
