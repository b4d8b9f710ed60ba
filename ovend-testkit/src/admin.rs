//! Control endpoints under `/__ovend/`, for bots in other languages and the
//! `ovend-mock` binary: `GET /__ovend/stats`, `POST /__ovend/reset`,
//! `PUT /__ovend/faults`. They bypass every Discord rule and are not counted.

use std::sync::Arc;

use axum::extract::State;
use axum::response::Response;
use axum::Json;
use http::StatusCode;
use serde_json::json;

use crate::app::App;
use crate::faults::Faults;
use crate::respond;

/// `GET /__ovend/stats`: the counters as JSON.
pub(crate) async fn stats(State(app): State<Arc<App>>) -> Json<crate::Stats> {
    Json(app.stats.snapshot())
}

/// `POST /__ovend/reset`: counters, rate-limit windows and any ban.
pub(crate) async fn reset(State(app): State<Arc<App>>) -> StatusCode {
    app.reset();
    StatusCode::NO_CONTENT
}

/// `PUT /__ovend/faults` with [`Faults`] as JSON.
pub(crate) async fn faults(State(app): State<Arc<App>>, body: axum::body::Bytes) -> Response {
    match serde_json::from_slice::<Faults>(&body) {
        Ok(faults) => {
            app.faults().lock().set_random(faults);
            respond::no_content()
        }
        Err(error) => respond::json(
            StatusCode::BAD_REQUEST,
            &json!({ "message": format!("invalid faults: {error}"), "code": 0 }),
        ),
    }
}
