//! The prometheus example end to end: its workload runs, and `/metrics` served
//! over HTTP holds ovend's metric names.

#[path = "../prometheus.rs"]
mod prometheus;

use ovend_rest::metrics::names;

/// A port nobody listens on right now (the example binds it a moment later).
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_serves_ovend_metrics_over_http() {
    let port = free_port();
    let options = prometheus::Options::parse(
        ["--port", &port.to_string(), "--seconds", "3"].map(String::from),
    )
    .unwrap();
    let snapshot = prometheus::run(options, std::future::pending())
        .await
        .unwrap();
    assert!(snapshot.requests > 10, "{snapshot}");

    let url = format!("http://127.0.0.1:{port}/metrics");
    let body = reqwest::get(&url).await.unwrap().text().await.unwrap();
    for name in [
        names::REQUESTS_STARTED,
        names::REQUESTS,
        names::REQUEST_DURATION,
        names::QUEUE_TIME,
        names::NETWORK_TIME,
        names::INVALID_REQUESTS,
        names::INVALID_REQUESTS_WINDOW,
        names::EVENTS_DROPPED,
    ] {
        assert!(body.contains(name), "{name} missing from\n{body}");
    }
}
