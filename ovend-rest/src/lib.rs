#![doc = include_str!("../README.md")]

mod audit_reason;
mod base_url;
mod batch;
mod bridge;
#[cfg(feature = "cache")]
mod cache_rules;
mod client;
mod context;
mod discord_error;
mod error;
mod error_handler;
mod field_error;
mod flow;
mod http_client;
mod interceptor;
mod multipart;
mod path_map;
mod prepared;
mod query;
mod request;
mod reqwest_client;
mod response;
mod response_handler;
pub mod retry;
mod route_keys;
mod single_flight;
mod token;
#[cfg(feature = "cache")]
mod token_route;
mod transformer;
#[cfg(feature = "model")]
mod typed;
mod user_agent;
pub mod validate;
mod webhook_sink;

pub use batch::{BatchStats, Batching};
pub use client::{
    RestClient, RestClientBuilder, DEFAULT_ATTEMPT_TIMEOUT, DEFAULT_BASE_URL,
    DEFAULT_MAX_RATE_LIMIT_RETRIES, DEFAULT_MAX_RETRY_AFTER, USER_AGENT,
};
pub use context::RequestContext;
pub use error::{Error, ErrorKind};
pub use error_handler::{error_handler_fn, ErrorHandler, FnErrorHandler, Recovery};
pub use field_error::FieldError;
pub use http_client::{Body, HttpClient, TransportError, TransportErrorKind};
pub use interceptor::{
    interceptor_fn, response_interceptor_fn, FnInterceptor, FnResponseInterceptor, Intercept,
    Interceptor, OutgoingRequest, ResponseInterceptor,
};
pub use multipart::Attachment;
pub use request::{RequestBuilder, ResponseFuture};
pub use reqwest_client::{
    HttpConfig, ReqwestClient, ReqwestClientBuilder, DEFAULT_MAX_RESPONSE_BYTES,
};
pub use response::Response;
pub use response_handler::{Handled, Outcome, ResponseHandler};
pub use token::Token;
pub use transformer::{transformer_fn, FnTransformer, Transformer};
pub use webhook_sink::WebhookSink;

#[cfg(feature = "model")]
pub use typed::{FromResponse, Route, TypedFuture, TypedRequest};

/// Discord's types (`ovend-model`), whole: what the typed calls take and return.
#[cfg(feature = "model")]
pub mod model {
    #[doc(inline)]
    pub use ovend_model::*;
}

/// One [`Route`] per operation of Discord's API, named after its `operationId`.
#[cfg(feature = "model")]
#[path = "generated/routes.rs"]
pub mod routes;

/// The query parameters of the typed calls (`ListMessagesQuery`, …), and the typed calls
/// themselves: one method on [`RestClient`] per operation.
#[cfg(feature = "model")]
#[path = "generated/operations.rs"]
pub mod operations;

#[doc(inline)]
pub use ovend_ratelimit::{
    AcquireOptions, Permit, Priority, RateLimitEvent, RateLimitHeaders, RateLimitManager,
    RateLimitManagerBuilder, RateLimiter, Rejected, RouteKey, Scope,
};

#[cfg(feature = "cache")]
#[doc(inline)]
pub use ovend_cache::{
    CacheBackend, CacheError, CacheManager, CachePolicy, CacheStats, CacheStrategy,
};

#[doc(inline)]
pub use ovend_events::{Event, EventHandler, EventKind, EventSystem, Level, RequestInfo};

/// The rate-limit crate, whole: buckets, the manager and its builder, events.
pub mod ratelimit {
    #[doc(inline)]
    pub use ovend_ratelimit::*;
}

/// The cache crate, whole: `MemoryCache`, tiered and Redis caches, strategies.
#[cfg(feature = "cache")]
pub mod cache {
    #[doc(inline)]
    pub use ovend_cache::*;
}

/// The event crate, whole: the event system, filters, handlers and sinks.
pub mod events {
    #[doc(inline)]
    pub use ovend_events::*;
}

/// The metrics crate, whole: the collector, latency tracking and analytics.
#[cfg(feature = "metrics")]
pub mod metrics {
    #[doc(inline)]
    pub use ovend_metrics::*;
}
