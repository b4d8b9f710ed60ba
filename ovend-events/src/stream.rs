//! Subscriber streams: the events a filter passes, as a `futures::Stream`.
//!
//! A subscriber reads from the system's broadcast channel, which keeps the last
//! `capacity` events for the slowest reader. A reader that falls further behind
//! loses the oldest events; the stream does not hide that: it counts them in
//! [`EventStream::missed`] and in the system's [`dropped`](crate::EventSystem::dropped)
//! count, then goes on with the oldest event still kept.

use std::fmt;
use std::future::poll_fn;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::task::{ready, Context, Poll, Waker};

use futures_core::Stream;
use tokio::sync::broadcast::{error::RecvError, Receiver};
use tokio_util::sync::ReusableBoxFuture;

use crate::event::Event;
use crate::filter::EventFilter;

type Received = (Result<Arc<Event>, RecvError>, Receiver<Arc<Event>>);

/// The events a subscriber's filter passes, in the order they were emitted; see
/// [`EventSystem::subscribe`](crate::EventSystem::subscribe).
///
/// Implements [`Stream`] of `Arc<Event>`; ends once every clone of the event
/// system is gone. [`recv`](Self::recv) and [`try_recv`](Self::try_recv) read it
/// without `StreamExt`.
pub struct EventStream {
    filter: Box<dyn EventFilter>,
    next: ReusableBoxFuture<'static, Received>,
    missed: u64,
    dropped: Arc<AtomicU64>,
    /// The system's count of live streams, which this one is in until dropped.
    subscribers: Arc<AtomicUsize>,
    closed: bool,
}

/// Takes the receiver in and hands it back, so one boxed future can be reused.
async fn receive(mut receiver: Receiver<Arc<Event>>) -> Received {
    let result = receiver.recv().await;
    (result, receiver)
}

impl EventStream {
    pub(crate) fn new(
        receiver: Receiver<Arc<Event>>,
        filter: Box<dyn EventFilter>,
        dropped: Arc<AtomicU64>,
        subscribers: Arc<AtomicUsize>,
    ) -> Self {
        // Counted before the receiver can miss anything: emitters check the count.
        subscribers.fetch_add(1, Ordering::AcqRel);
        Self {
            filter,
            next: ReusableBoxFuture::new(receive(receiver)),
            missed: 0,
            dropped,
            subscribers,
            closed: false,
        }
    }

    /// Events this subscriber lost because it fell more than the system's
    /// capacity behind (counted whether or not its filter would have passed them).
    pub fn missed(&self) -> u64 {
        self.missed
    }

    /// The next event the filter passes; `None` once the event system is gone.
    pub async fn recv(&mut self) -> Option<Arc<Event>> {
        poll_fn(|cx| Pin::new(&mut *self).poll_next(cx)).await
    }

    /// The next event the filter passes if one is already waiting, without waiting.
    pub fn try_recv(&mut self) -> Option<Arc<Event>> {
        let mut cx = Context::from_waker(Waker::noop());
        match Pin::new(self).poll_next(&mut cx) {
            Poll::Ready(event) => event,
            Poll::Pending => None,
        }
    }
}

impl Stream for EventStream {
    type Item = Arc<Event>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Arc<Event>>> {
        let this = self.get_mut();
        // Events the filter refuses are skipped here, so they are never delivered;
        // the broadcast channel's cooperative budget keeps a long run of them from
        // starving the runtime.
        while !this.closed {
            let (result, receiver) = ready!(this.next.poll(cx));
            this.next.set(receive(receiver));
            match result {
                Ok(event) if this.filter.matches(&event) => return Poll::Ready(Some(event)),
                Ok(_) => {}
                Err(RecvError::Lagged(lost)) => {
                    this.missed += lost;
                    this.dropped.fetch_add(lost, Ordering::Relaxed);
                }
                Err(RecvError::Closed) => this.closed = true,
            }
        }
        Poll::Ready(None)
    }
}

impl Drop for EventStream {
    fn drop(&mut self) {
        self.subscribers.fetch_sub(1, Ordering::AcqRel);
    }
}

impl fmt::Debug for EventStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("missed", &self.missed)
            .field("closed", &self.closed)
            .finish_non_exhaustive()
    }
}
