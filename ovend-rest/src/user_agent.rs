//! The `User-Agent` header: Discord requires it to start with
//! `DiscordBot (url, version)`; what the user adds goes after it.

use http::HeaderValue;

use crate::{Error, ErrorKind, USER_AGENT};

/// What a user's own value must start with to be sent as it is.
const DISCORD_FORM: &str = "DiscordBot (";

/// The client's `User-Agent`: [`USER_AGENT`], then the builder's suffix.
pub(crate) fn for_client(suffix: Option<&str>) -> Result<HeaderValue, Error> {
    let suffix = suffix.map(str::trim).filter(|suffix| !suffix.is_empty());
    let Some(suffix) = suffix else {
        return Ok(HeaderValue::from_static(USER_AGENT));
    };
    HeaderValue::from_str(&format!("{USER_AGENT} {suffix}")).map_err(|_| {
        Error::new(ErrorKind::Config(
            "the User-Agent suffix is not a valid header value".into(),
        ))
    })
}

/// The `User-Agent` of one request: the client's, or, when the request set
/// its own, [`USER_AGENT`] followed by that value (which replaces the
/// client's suffix). A value already in Discord's form is sent as it is.
pub(crate) fn for_request(
    client: &HeaderValue,
    own: Option<&HeaderValue>,
) -> Result<HeaderValue, Error> {
    let Some(own) = own else {
        return Ok(client.clone());
    };
    if own.as_bytes().starts_with(DISCORD_FORM.as_bytes()) {
        return Ok(own.clone());
    }
    let mut value = Vec::with_capacity(USER_AGENT.len() + 1 + own.len());
    value.extend_from_slice(USER_AGENT.as_bytes());
    value.push(b' ');
    value.extend_from_slice(own.as_bytes());
    // Both halves are valid header values, so this only fails on a value an
    // interceptor forged from raw bytes.
    HeaderValue::from_bytes(&value)
        .map_err(|_| Error::new(ErrorKind::Build("invalid User-Agent".into())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes_follow_discords_form() {
        assert_eq!(for_client(None).unwrap(), USER_AGENT);
        assert_eq!(for_client(Some("  ")).unwrap(), USER_AGENT);
        let client = for_client(Some("my-bot/1.2")).unwrap();
        assert_eq!(client, format!("{USER_AGENT} my-bot/1.2").as_str());
        let err = for_client(Some("bad\nvalue")).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Config(_)));
    }

    #[test]
    fn a_requests_own_value_replaces_the_suffix_or_is_kept_in_discords_form() {
        let client = for_client(Some("client/1")).unwrap();
        assert_eq!(for_request(&client, None).unwrap(), client);
        let own = HeaderValue::from_static("job/7");
        assert_eq!(
            for_request(&client, Some(&own)).unwrap(),
            format!("{USER_AGENT} job/7").as_str()
        );
        let discord = HeaderValue::from_static("DiscordBot (https://example.com, 2.0) x");
        assert_eq!(for_request(&client, Some(&discord)).unwrap(), discord);
    }
}
