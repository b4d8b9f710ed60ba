//! Answers are read up to a limit, and an answer that never ends is cut off by
//! the attempt timeout.

mod common;

use std::time::{Duration, Instant};

use ovend_rest::retry::NoRetry;
use ovend_rest::{
    Body, ErrorKind, HttpClient, ReqwestClient, TransportErrorKind, DEFAULT_MAX_RESPONSE_BYTES,
};
use ovend_testkit::{Fault, MockDiscord};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// A one-connection HTTP/1.1 server that answers with `head`, then writes
/// `chunk` over and over (chunked encoding) until the client hangs up; its
/// task ends with the number of body bytes it managed to write.
async fn endless_server(head: &'static str, chunk: usize) -> (String, JoinHandle<usize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/big", listener.local_addr().unwrap());
    let task = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = [0u8; 4096];
        let _ = socket.read(&mut request).await;
        if socket.write_all(head.as_bytes()).await.is_err() {
            return 0;
        }
        let frame = format!("{chunk:x}\r\n{}\r\n", "x".repeat(chunk));
        let mut written = 0;
        while socket.write_all(frame.as_bytes()).await.is_ok() {
            written += chunk;
        }
        written
    });
    (url, task)
}

fn get(url: &str) -> http::Request<Body> {
    http::Request::get(url).body(Body::new()).unwrap()
}

#[tokio::test]
async fn a_chunked_body_past_the_limit_is_abandoned_and_the_connection_closed() {
    let head =
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
    let (url, server) = endless_server(head, 4096).await;
    let client = ReqwestClient::builder()
        .max_response_bytes(64 << 10)
        .http2(false)
        .build()
        .unwrap();
    let err = client.send(get(&url)).await.unwrap_err();
    assert_eq!(err.kind(), TransportErrorKind::TooLarge);
    assert_eq!(err.body_limit(), Some(64 << 10));
    // The server's endless body ends because the client hung up.
    let written = tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the connection was closed")
        .unwrap();
    assert!(written >= 64 << 10, "{written}");
}

#[tokio::test]
async fn a_content_length_past_the_limit_is_refused_before_reading() {
    // The body never comes: only an up-front check can answer quickly.
    let head =
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100000000\r\n\r\n";
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/big", listener.local_addr().unwrap());
    let _server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = [0u8; 4096];
        let _ = socket.read(&mut request).await;
        socket.write_all(head.as_bytes()).await.unwrap();
        tokio::time::sleep(Duration::from_secs(60)).await;
    });
    let client = ReqwestClient::builder()
        .max_response_bytes(1 << 20)
        .http2(false)
        .build()
        .unwrap();
    let started = Instant::now();
    let err = client.send(get(&url)).await.unwrap_err();
    assert_eq!(err.kind(), TransportErrorKind::TooLarge);
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[tokio::test]
async fn an_oversized_answer_is_a_typed_error_and_not_retried() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .max_response_bytes(16 << 10)
        .build()
        .unwrap();
    mock.fail_next(1, Fault::OversizedBody(64 << 10));
    let err = client.get("/users/@me").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::ResponseTooLarge { limit: 16 << 10 });
    assert!(!err.is_retryable());
    assert!(err.to_string().contains("16384"), "{err}");
    assert_eq!(mock.stats().requests, 1, "a GET, yet not retried");
    // Answers within the limit still come through.
    client.get("/users/@me").await.unwrap();

    // The default limit: 8 MiB.
    let client = common::client(&mock);
    mock.fail_next(1, Fault::OversizedBody(DEFAULT_MAX_RESPONSE_BYTES + 1));
    let err = client.get("/users/@me").await.unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::ResponseTooLarge {
            limit: DEFAULT_MAX_RESPONSE_BYTES
        }
    );
}

#[tokio::test]
async fn a_trickling_answer_is_cut_off_by_the_attempt_timeout() {
    let mock = MockDiscord::start().await;
    let client = common::builder(&mock)
        .attempt_timeout(Duration::from_millis(300))
        // Not the HTTP client's own timeout: the flow's must do it.
        .request_timeout(None)
        .retry_policy(NoRetry)
        .build()
        .unwrap();
    mock.fail_next(
        1,
        Fault::Trickle {
            bytes_per_tick: 1,
            tick: Duration::from_millis(100),
        },
    );
    let started = Instant::now();
    let err = client.get("/users/@me").await.unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::Timeout);
    let took = started.elapsed();
    assert!(took >= Duration::from_millis(300), "{took:?}");
    assert!(took < Duration::from_secs(5), "{took:?}");
}
