//! [`RequestContext`]: what the response-side stages know about the request
//! they handle.

use ovend_events::RequestInfo;

/// The request a response-side stage (error handler, transformer, response
/// interceptor) is handling.
///
/// It names the route template, never the raw path (webhook and interaction
/// tokens live in paths), and never holds the token or the body.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct RequestContext {
    /// The request as events describe it: id, method and route template.
    pub request: RequestInfo,
    /// HTTP attempts made for this caller (0 for a cache hit, an answer from an
    /// interceptor, or a call shared through single-flight that another caller sent).
    pub attempts: u32,
}

impl RequestContext {
    /// The context of `request` after `attempts` HTTP attempts.
    #[must_use]
    pub fn new(request: RequestInfo, attempts: u32) -> Self {
        Self { request, attempts }
    }

    /// The id shared by every event of this request.
    #[must_use]
    pub fn id(&self) -> u64 {
        self.request.id
    }

    /// The HTTP method, e.g. `"GET"`.
    #[must_use]
    pub fn method(&self) -> &str {
        &self.request.method
    }

    /// The route template with ids folded, e.g. `/channels/{channel_id}/messages`.
    #[must_use]
    pub fn route(&self) -> &str {
        &self.request.route
    }
}
