//! Transformers: hooks that rewrite a successful answer's body before the
//! caller decodes it (unwrap an envelope, strip fields, decompress).
//!
//! They run after error handlers and before response interceptors: first the
//! client's, in registration order, then the request's own
//! ([`RequestBuilder::transformer`](crate::RequestBuilder::transformer)).
//! The cache stores Discord's answer as it came, so a cached answer goes
//! through the transformers again on every hit. Typed decoding stays with
//! [`Response::json`](crate::Response::json).

use std::fmt;

use bytes::Bytes;

use crate::{Error, RequestContext};

/// Rewrites the body of a successful answer.
///
/// Synchronous: a transformer works on bytes already in memory. Object-safe;
/// register with [`RestClientBuilder::transformer`](crate::RestClientBuilder::transformer)
/// or per request. [`transformer_fn`] turns a closure into one. An error ends
/// the request with it (error handlers have already run).
pub trait Transformer: Send + Sync + fmt::Debug {
    /// The new body.
    fn transform(&self, ctx: &RequestContext, body: Bytes) -> Result<Bytes, Error>;
}

/// A transformer made from a closure; see [`transformer_fn`].
#[derive(Clone)]
pub struct FnTransformer<F>(F);

/// Turns a closure into a [`Transformer`].
///
/// ```
/// use bytes::Bytes;
/// use ovend_rest::transformer_fn;
///
/// let trim = transformer_fn(|_ctx, body: Bytes| Ok(body.trim_ascii().to_vec().into()));
/// # let _ = trim;
/// ```
pub fn transformer_fn<F>(f: F) -> FnTransformer<F>
where
    F: Fn(&RequestContext, Bytes) -> Result<Bytes, Error> + Send + Sync,
{
    FnTransformer(f)
}

impl<F> Transformer for FnTransformer<F>
where
    F: Fn(&RequestContext, Bytes) -> Result<Bytes, Error> + Send + Sync,
{
    fn transform(&self, ctx: &RequestContext, body: Bytes) -> Result<Bytes, Error> {
        (self.0)(ctx, body)
    }
}

impl<F> fmt::Debug for FnTransformer<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FnTransformer")
    }
}
