//! The open batches and their windows.
//!
//! The first call of a batch key opens a batch and spawns its window task;
//! later calls join it. The batch leaves when the window ends, or at once when
//! it holds as many distinct ids as the bulk endpoint takes. Each caller waits
//! on its own oneshot channel; a caller that gives up just drops its receiver,
//! and the batch leaves its id out if it has not left yet.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use parking_lot::Mutex;
use tokio::sync::oneshot;

use super::family::BatchKey;
use super::send::dispatch;
use super::stats::Counters;
use super::Batching;
use crate::client::ClientInner;
use crate::flow::Flight;
use crate::prepared::Prepared;
use crate::{Error, ErrorKind};

/// One caller in a batch.
pub(crate) struct Member {
    /// The message or user id.
    pub(crate) id: u64,
    /// The caller's own request, sent singly when the bulk one cannot answer it.
    pub(crate) request: Arc<Prepared>,
    pub(crate) reply: oneshot::Sender<Flight>,
}

impl Member {
    /// Whether the caller stopped waiting.
    pub(crate) fn cancelled(&self) -> bool {
        self.reply.is_closed()
    }
}

/// A batch still open.
struct Open {
    /// Tells this batch from a later one with the same key.
    serial: u64,
    members: Vec<Member>,
    ids: HashSet<u64>,
}

/// What joining did.
enum Joined {
    /// Opened batch `serial`: its window starts now.
    Opened(u64),
    /// Joined an open batch.
    Added,
    /// Filled the batch: it leaves now.
    Full(Vec<Member>),
}

/// Gathers calls into batches, per [`BatchKey`].
#[derive(Debug)]
pub(crate) struct Batcher {
    config: Batching,
    open: Mutex<HashMap<BatchKey, Open>>,
    next_serial: Mutex<u64>,
    pub(crate) counters: Counters,
}

impl std::fmt::Debug for Open {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Open")
            .field("serial", &self.serial)
            .field("members", &self.members.len())
            .finish()
    }
}

impl Batcher {
    pub(crate) fn new(config: Batching) -> Self {
        Self {
            config,
            open: Mutex::new(HashMap::new()),
            next_serial: Mutex::new(0),
            counters: Counters::default(),
        }
    }

    pub(crate) fn config(&self) -> &Batching {
        &self.config
    }

    fn join(&self, key: &BatchKey, member: Member) -> Joined {
        let mut open = self.open.lock();
        if let Some(batch) = open.get_mut(key) {
            batch.ids.insert(member.id);
            batch.members.push(member);
            if batch.ids.len() < key.family.max_ids() {
                return Joined::Added;
            }
            let full = open.remove(key).map(|batch| batch.members);
            return Joined::Full(full.unwrap_or_default());
        }
        let serial = self.serial();
        let batch = Open {
            serial,
            ids: HashSet::from([member.id]),
            members: vec![member],
        };
        open.insert(key.clone(), batch);
        Joined::Opened(serial)
    }

    /// Takes batch `serial` out if it is still open (it may have left full).
    fn take(&self, key: &BatchKey, serial: u64) -> Option<Vec<Member>> {
        let mut open = self.open.lock();
        if open.get(key)?.serial != serial {
            return None;
        }
        open.remove(key).map(|batch| batch.members)
    }

    fn serial(&self) -> u64 {
        let mut next = self.next_serial.lock();
        *next += 1;
        *next
    }
}

/// A caller's place in a batch.
pub(crate) struct Ticket(oneshot::Receiver<Flight>);

impl Ticket {
    /// The caller's answer. A batch that ended without one (its task panicked,
    /// or the runtime shut down) is an [`ErrorKind::BatchAborted`], never a hang.
    pub(crate) async fn answer(self) -> Flight {
        self.0
            .await
            .unwrap_or_else(|_| Err(Error::new(ErrorKind::BatchAborted)))
    }
}

/// Puts `member` in its batch, starting the batch's window or sending it when full.
pub(crate) fn enter(client: &Arc<ClientInner>, batcher: &Batcher, key: BatchKey, member: Member) {
    let Some(window) = batcher.config.window(key.family) else {
        return;
    };
    match batcher.join(&key, member) {
        Joined::Added => {}
        Joined::Full(members) => {
            tokio::spawn(dispatch(Arc::clone(client), key, members));
        }
        Joined::Opened(serial) => {
            let guard = Window {
                client: Arc::clone(client),
                key,
                serial,
            };
            tokio::spawn(async move {
                tokio::time::sleep(window).await;
                guard.close().await;
            });
        }
    }
}

/// A batch's window. Dropped without closing (the runtime shut down under
/// it), it still takes its batch out, so the callers' channels close and
/// they get an error instead of waiting for a window that never ends.
struct Window {
    client: Arc<ClientInner>,
    key: BatchKey,
    serial: u64,
}

impl Window {
    async fn close(self) {
        let members = self.take();
        if let Some(members) = members {
            dispatch(Arc::clone(&self.client), self.key.clone(), members).await;
        }
    }

    fn take(&self) -> Option<Vec<Member>> {
        let batcher = self.client.batcher.as_ref()?;
        batcher.take(&self.key, self.serial)
    }
}

impl Drop for Window {
    fn drop(&mut self) {
        // After `close` the batch is gone and this finds nothing.
        drop(self.take());
    }
}

impl Ticket {
    pub(crate) fn new(receiver: oneshot::Receiver<Flight>) -> Self {
        Self(receiver)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_batch_that_dies_answers_with_an_error() {
        let (reply, answer) = oneshot::channel::<Flight>();
        // The batch's task panicked or was dropped with the runtime.
        drop(reply);
        let err = Ticket::new(answer).answer().await.unwrap_err();
        assert_eq!(err.kind(), &ErrorKind::BatchAborted);
    }
}
