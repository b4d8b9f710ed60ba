//! The HTTP server: an accept loop serving the axum router through hyper, so
//! an injected `Drop` can really close the connection without an answer
//! (axum's own `serve` cannot abort a connection).

use std::sync::Arc;

use axum::body::Body;
use axum::routing::{get, post, put};
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinSet;
use tower::ServiceExt;

use crate::admin;
use crate::app::App;
use crate::pipeline::{self, DropConnection};

/// Returned to hyper instead of a response, which makes it close the connection.
#[derive(Debug, thiserror::Error)]
#[error("connection dropped by fault injection")]
struct ConnectionDropped;

/// The routes: control endpoints, and everything else through the Discord pipeline.
pub(crate) fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/__ovend/stats", get(admin::stats))
        .route("/__ovend/reset", post(admin::reset))
        .route("/__ovend/faults", put(admin::faults))
        .fallback(pipeline::discord)
        .with_state(app)
}

/// Accepts connections until `shutdown` fires (or its sender is dropped);
/// open connections are aborted when the loop ends.
pub(crate) async fn serve(
    listener: TcpListener,
    router: Router,
    mut shutdown: oneshot::Receiver<()>,
) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(connection(stream, router.clone()));
                }
                Err(error) => {
                    // Usually out of file descriptors: back off instead of spinning.
                    tracing::warn!(%error, "ovend-testkit: accept failed");
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn connection(stream: TcpStream, router: Router) {
    // Small answers must not wait for Nagle's algorithm; failure only costs latency.
    let _ = stream.set_nodelay(true);
    let service = hyper::service::service_fn(move |request: hyper::Request<Incoming>| {
        let router = router.clone();
        async move {
            let response = match router.oneshot(request.map(Body::new)).await {
                Ok(response) => response,
                Err(never) => match never {},
            };
            if response.extensions().get::<DropConnection>().is_some() {
                return Err(ConnectionDropped);
            }
            Ok::<_, ConnectionDropped>(response)
        }
    });
    if let Err(error) = auto::Builder::new(TokioExecutor::new())
        .serve_connection(TokioIo::new(stream), service)
        .await
    {
        tracing::debug!(%error, "ovend-testkit: connection ended with an error");
    }
}
