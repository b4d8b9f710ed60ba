//! Error handlers: user code that sees the error a request is about to end
//! with and may recover from it, map it, or let it through.
//!
//! They run after the client's own error handling is over: 429s have been
//! waited out, transient failures retried by the [`RetryPolicy`](crate::retry::RetryPolicy),
//! so a handler sees only what would otherwise reach the caller. Handlers run
//! in registration order; each sees the error the previous one let through
//! (or mapped), and the first to answer with a response ends the chain. That
//! response then goes through transformers and response interceptors like any
//! answer from Discord.

use std::fmt;
use std::future::ready;

use futures::future::BoxFuture;

use crate::{Error, RequestContext, Response};

/// What an error handler decided.
#[derive(Debug)]
#[non_exhaustive]
pub enum Recovery {
    /// Answer the caller with this response instead (a fallback).
    Respond(Response),
    /// End with this error: the same one (let it through) or another (mapped).
    Fail(Error),
}

/// Sees a request's final error and may recover from it.
///
/// Object-safe; register with
/// [`RestClientBuilder::error_handler`](crate::RestClientBuilder::error_handler).
/// [`error_handler_fn`] turns a closure into one. Errors of every stage
/// reach it: an interceptor's, the validator's, the rate limiter's refusals,
/// Discord's answers, transport failures and timeouts.
pub trait ErrorHandler: Send + Sync + fmt::Debug {
    /// Decides what becomes of `error`.
    fn handle<'a>(&'a self, ctx: &'a RequestContext, error: Error) -> BoxFuture<'a, Recovery>;
}

/// An error handler made from a closure; see [`error_handler_fn`].
#[derive(Clone)]
pub struct FnErrorHandler<F>(F);

/// Turns a synchronous closure into an [`ErrorHandler`].
///
/// ```
/// use ovend_rest::{error_handler_fn, Recovery, Response};
///
/// // Missing channels read as an empty list.
/// let fallback = error_handler_fn(|_ctx, err| match err.code() {
///     Some(10003) => Recovery::Respond(Response::from_json(&Vec::<u8>::new()).unwrap()),
///     _ => Recovery::Fail(err),
/// });
/// # let _ = fallback;
/// ```
pub fn error_handler_fn<F>(f: F) -> FnErrorHandler<F>
where
    F: Fn(&RequestContext, Error) -> Recovery + Send + Sync,
{
    FnErrorHandler(f)
}

impl<F> ErrorHandler for FnErrorHandler<F>
where
    F: Fn(&RequestContext, Error) -> Recovery + Send + Sync,
{
    fn handle<'a>(&'a self, ctx: &'a RequestContext, error: Error) -> BoxFuture<'a, Recovery> {
        Box::pin(ready((self.0)(ctx, error)))
    }
}

impl<F> fmt::Debug for FnErrorHandler<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FnErrorHandler")
    }
}
