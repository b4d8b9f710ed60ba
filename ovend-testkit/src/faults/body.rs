//! Answer bodies that arrive slowly, are very large, or break off.
//!
//! Implemented directly on [`hyper::body::Body`] (a frame at a time, with a
//! tokio sleep between frames) so the emulator needs no stream crate. A body
//! that ends in an error makes hyper abort the connection, which is how a
//! reset in the middle of a body is produced.

use std::future::Future;
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use hyper::body::{Body, Frame, SizeHint};
use tokio::time::Sleep;

/// Padding is produced in chunks of this size.
const PADDING_CHUNK: usize = 64 * 1024;

/// The error that ends a body early (hyper then aborts the connection).
#[derive(Debug, thiserror::Error)]
#[error("answer body aborted by fault injection")]
pub(crate) struct BodyAborted;

/// A body sent chunk by chunk, waiting `tick` before each chunk, optionally
/// failing after the last one.
pub(crate) struct ScriptedBody {
    chunks: Box<dyn Iterator<Item = Bytes> + Send>,
    /// The length announced in `Content-Length` (the size hint).
    announced: u64,
    tick: Duration,
    fail_at_end: bool,
    pending: Option<Bytes>,
    sleep: Option<Pin<Box<Sleep>>>,
    done: bool,
}

impl ScriptedBody {
    /// `body` in chunks of `chunk` bytes, one every `tick`.
    pub(crate) fn trickle(body: Bytes, chunk: usize, tick: Duration) -> Self {
        let chunk = chunk.max(1);
        let announced = body.len() as u64;
        let chunks = (0..body.len())
            .step_by(chunk)
            .map(move |start| body.slice(start..body.len().min(start + chunk)));
        Self::new(Box::new(chunks), announced, tick, false)
    }

    /// `sent`, then a pause (so the bytes leave), then an abort, while
    /// `Content-Length` announced `announced` bytes.
    pub(crate) fn broken(sent: Bytes, announced: u64, pause: Duration) -> Self {
        Self::new(Box::new(std::iter::once(sent)), announced, pause, true)
    }

    /// A JSON document of exactly `len` bytes: a string of padding (`0` for
    /// one byte, nothing for zero).
    pub(crate) fn padding(len: usize) -> Self {
        let chunks = (0..len)
            .step_by(PADDING_CHUNK)
            .map(move |start| padding_chunk(start, len.min(start + PADDING_CHUNK), len));
        Self::new(Box::new(chunks), len as u64, Duration::ZERO, false)
    }

    fn new(
        chunks: Box<dyn Iterator<Item = Bytes> + Send>,
        announced: u64,
        tick: Duration,
        fail_at_end: bool,
    ) -> Self {
        Self {
            chunks,
            announced,
            tick,
            fail_at_end,
            pending: None,
            sleep: None,
            done: false,
        }
    }

    /// The length announced in `Content-Length`.
    pub(crate) fn announced(&self) -> u64 {
        self.announced
    }

    /// Waits one tick, if ticks are configured.
    fn poll_tick(&mut self, cx: &mut Context<'_>) -> Poll<()> {
        if self.tick.is_zero() {
            return Poll::Ready(());
        }
        let tick = self.tick;
        let sleep = self
            .sleep
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(tick)));
        ready!(sleep.as_mut().poll(cx));
        self.sleep = None;
        Poll::Ready(())
    }
}

/// Bytes `start..end` of a padding document of `len` bytes.
fn padding_chunk(start: usize, end: usize, len: usize) -> Bytes {
    if len == 1 {
        return Bytes::from_static(b"0");
    }
    let mut chunk = vec![b'a'; end - start];
    if start == 0 {
        chunk[0] = b'"';
    }
    if end == len {
        if let Some(last) = chunk.last_mut() {
            *last = b'"';
        }
    }
    Bytes::from(chunk)
}

impl Body for ScriptedBody {
    type Data = Bytes;
    type Error = BodyAborted;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BodyAborted>>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        if this.pending.is_none() {
            this.pending = this.chunks.next();
        }
        if this.pending.is_none() && !this.fail_at_end {
            this.done = true;
            return Poll::Ready(None);
        }
        // A pending chunk, or the abort: either comes one tick later.
        ready!(this.poll_tick(cx));
        match this.pending.take() {
            Some(chunk) => Poll::Ready(Some(Ok(Frame::data(chunk)))),
            None => {
                this.done = true;
                Poll::Ready(Some(Err(BodyAborted)))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        self.done
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(self.announced)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads every frame; `Err` if the body aborted.
    async fn collect(mut body: ScriptedBody) -> Result<Vec<Bytes>, BodyAborted> {
        let mut chunks = Vec::new();
        while let Some(frame) = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await
        {
            if let Ok(data) = frame?.into_data() {
                chunks.push(data);
            }
        }
        Ok(chunks)
    }

    #[tokio::test(start_paused = true)]
    async fn trickle_sends_every_byte_in_timed_chunks() {
        let started = tokio::time::Instant::now();
        let body = ScriptedBody::trickle(
            Bytes::from_static(b"{\"id\":\"1\"}"),
            4,
            Duration::from_secs(1),
        );
        assert_eq!(body.announced(), 10);
        let chunks = collect(body).await.unwrap();
        assert_eq!(chunks.len(), 3);
        assert_eq!(chunks.concat(), b"{\"id\":\"1\"}");
        assert_eq!(started.elapsed(), Duration::from_secs(3));
    }

    #[tokio::test]
    async fn padding_is_a_json_string_of_the_exact_length() {
        for len in [
            0,
            1,
            2,
            3,
            PADDING_CHUNK,
            PADDING_CHUNK + 1,
            3 * PADDING_CHUNK - 1,
        ] {
            let bytes = collect(ScriptedBody::padding(len)).await.unwrap().concat();
            assert_eq!(bytes.len(), len);
            if len > 0 {
                assert!(
                    serde_json::from_slice::<serde_json::Value>(&bytes).is_ok(),
                    "{len}"
                );
            }
        }
    }

    #[tokio::test]
    async fn broken_body_sends_its_part_then_fails() {
        let mut body =
            ScriptedBody::broken(Bytes::from_static(b"{\"id"), 20, Duration::from_millis(1));
        assert_eq!(body.size_hint().exact(), Some(20));
        let first = std::future::poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await;
        assert_eq!(first.unwrap().unwrap().into_data().unwrap(), "{\"id");
        assert!(collect(body).await.is_err());
    }
}
