//! From an `http::Request` to a `reqwest::Request` without parsing the whole
//! URL again.
//!
//! reqwest wants a `url::Url`; `reqwest::Request::try_from` gets one by
//! printing the `http::Uri` and parsing the text, host and all (IDNA
//! included), for every request. A client talks to one host, so the parsed
//! scheme and authority are kept, and each request only sets its path and
//! query on a copy: the same URL for a fraction of the work (the tests check
//! the two agree).
//!
//! Setting the path still walks and percent-encodes it, which cost more than
//! any other stage of the client. A bot sends to the same few hundred paths
//! again and again, so the finished URL of each path is kept too (bounded as
//! every path cache is, `path_map.rs`, and dropped with the host's).

use std::fmt;

use http::uri::{Authority, Scheme};
use parking_lot::Mutex;
use url::Url;

use crate::path_map::PathMap;
use crate::{Body, TransportError, TransportErrorKind};

/// The last scheme and authority seen, parsed, with the URLs of its paths.
#[derive(Default)]
pub(crate) struct BaseUrl {
    last: Mutex<Option<Base>>,
}

#[derive(Clone)]
struct Base {
    scheme: Scheme,
    authority: Authority,
    url: Url,
    /// By path and query.
    paths: PathMap<Url>,
}

impl Clone for BaseUrl {
    fn clone(&self) -> Self {
        Self {
            last: Mutex::new(self.last.lock().clone()),
        }
    }
}

impl fmt::Debug for BaseUrl {
    /// The host only: the kept paths may hold webhook tokens.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let last = self.last.lock();
        f.debug_struct("BaseUrl")
            .field("base", &last.as_ref().map(|base| base.url.as_str()))
            .field("paths", &last.as_ref().map_or(0, |base| base.paths.len()))
            .finish()
    }
}

impl BaseUrl {
    /// `request` as reqwest's request, with the same method, URL, version,
    /// headers and body.
    pub(crate) fn convert(
        &self,
        request: http::Request<Body>,
    ) -> Result<reqwest::Request, TransportError> {
        let (parts, body) = request.into_parts();
        let url = self.url(&parts.uri)?;
        let mut converted = reqwest::Request::new(parts.method, url);
        *converted.headers_mut() = parts.headers;
        *converted.version_mut() = parts.version;
        *converted.body_mut() = Some(body.into());
        Ok(converted)
    }

    fn url(&self, uri: &http::Uri) -> Result<Url, TransportError> {
        let (Some(scheme), Some(authority)) = (uri.scheme(), uri.authority()) else {
            return Err(bad_url());
        };
        let mut last = self.last.lock();
        let same = |base: &Base| base.scheme == *scheme && base.authority == *authority;
        if !last.as_ref().is_some_and(same) {
            *last = Some(Base::parse(scheme, authority)?);
        }
        let Some(base) = last.as_mut() else {
            return Err(bad_url());
        };
        let key = uri.path_and_query().map_or("", |pq| pq.as_str());
        if let Some(url) = base.paths.get(key) {
            return Ok(url.clone());
        }
        let mut url = base.url.clone();
        url.set_path(uri.path());
        url.set_query(uri.query());
        base.paths.keep(key, url.clone());
        Ok(url)
    }

    /// Paths whose URL is kept.
    #[cfg(test)]
    fn kept(&self) -> usize {
        self.last.lock().as_ref().map_or(0, |base| base.paths.len())
    }
}

impl Base {
    /// Parses `scheme://authority/` once for the next requests.
    fn parse(scheme: &Scheme, authority: &Authority) -> Result<Self, TransportError> {
        let url = Url::parse(&format!("{scheme}://{authority}/")).map_err(|_| bad_url())?;
        Ok(Self {
            scheme: scheme.clone(),
            authority: authority.clone(),
            url,
            paths: PathMap::default(),
        })
    }
}

fn bad_url() -> TransportError {
    TransportError::new(TransportErrorKind::Request)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `reqwest::Request::try_from` makes of `uri`: the reference.
    fn parsed(uri: &str) -> String {
        Url::parse(uri).unwrap().to_string()
    }

    fn converted(base: &BaseUrl, uri: &str) -> String {
        let request = http::Request::builder().uri(uri).body(Body::new()).unwrap();
        base.convert(request).unwrap().url().to_string()
    }

    #[test]
    fn agrees_with_a_full_parse() {
        let base = BaseUrl::default();
        for uri in [
            "http://127.0.0.1:4000/api/v10/channels/1",
            "https://discord.com/api/v10/users/%40me",
            "https://discord.com/api/v10/users/@me",
            "https://discord.com/api/v10/channels/1/messages?limit=5&around=2",
            "https://discord.com/api/v10/channels/1/messages/2/reactions/%F0%9F%91%8D/@me",
            "https://discord.com/api/v10/guilds/1/members/search?query=a%20b",
            "https://discord.com/api/v10/a/./b/../c",
            "https://discord.com/",
            "https://DISCORD.com:443/api/v10/gateway",
            "http://[::1]:8080/api/v10/x?",
        ] {
            assert_eq!(converted(&base, uri), parsed(uri), "{uri}");
            // Again, from the kept URL.
            assert_eq!(converted(&base, uri), parsed(uri), "{uri}");
        }
    }

    #[test]
    fn a_path_is_set_once_and_its_url_kept_without_showing_it() {
        let base = BaseUrl::default();
        let uri = "https://discord.com/api/v10/webhooks/1/secret-token-text?wait=true";
        converted(&base, uri);
        converted(&base, uri);
        assert_eq!(base.kept(), 1, "the second conversion used the kept URL");
        converted(
            &base,
            "https://discord.com/api/v10/webhooks/1/secret-token-text",
        );
        assert_eq!(base.kept(), 2, "another query is another URL");
        assert!(!format!("{base:?}").contains("secret-token-text"));
        // A path too long to keep is still converted right.
        let long = format!("https://discord.com/api/v10/x?q={}", "a".repeat(600));
        assert_eq!(converted(&base, &long), parsed(&long));
        assert_eq!(base.kept(), 2, "not kept");
        // Another host starts over.
        converted(&base, "http://127.0.0.1:1/a");
        assert_eq!(base.kept(), 1);
    }

    #[test]
    fn a_new_host_is_parsed_not_mixed_up() {
        let base = BaseUrl::default();
        assert_eq!(
            converted(&base, "http://127.0.0.1:1/a"),
            "http://127.0.0.1:1/a"
        );
        assert_eq!(
            converted(&base, "https://discord.com/b?c=d"),
            "https://discord.com/b?c=d"
        );
        assert_eq!(
            converted(&base, "http://127.0.0.1:1/e"),
            "http://127.0.0.1:1/e"
        );
    }

    #[test]
    fn keeps_method_headers_version_and_body() {
        let base = BaseUrl::default();
        let request = http::Request::builder()
            .method(http::Method::PATCH)
            .uri("https://discord.com/api/v10/channels/1")
            .header("x-audit-log-reason", "why")
            .body(Body::from_static(b"{}"))
            .unwrap();
        let converted = base.convert(request).unwrap();
        assert_eq!(converted.method(), http::Method::PATCH);
        assert_eq!(converted.headers()["x-audit-log-reason"], "why");
        assert_eq!(converted.version(), http::Version::HTTP_11);
        let body = converted.body().and_then(reqwest::Body::as_bytes);
        assert_eq!(body, Some(&b"{}"[..]));
    }

    #[test]
    fn a_relative_uri_is_a_request_error() {
        let base = BaseUrl::default();
        let request = http::Request::builder()
            .uri("/no-host")
            .body(Body::new())
            .unwrap();
        let err = base.convert(request).unwrap_err();
        assert_eq!(err.kind(), TransportErrorKind::Request);
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_a_full_parse_on_generated_paths(
            path in "(/[a-zA-Z0-9@%._~!$&'()*+,;=:-]{0,12}){0,6}",
            query in proptest::option::of("[a-zA-Z0-9=&%._~+-]{0,20}"),
        ) {
            let uri = match &query {
                Some(query) => format!("https://discord.com{path}?{query}"),
                None => format!("https://discord.com{path}"),
            };
            // Only what `http::Uri` accepts ever reaches the conversion.
            if uri.parse::<http::Uri>().is_ok() {
                let base = BaseUrl::default();
                proptest::prop_assert_eq!(converted(&base, &uri), parsed(&uri));
            }
        }
    }
}
