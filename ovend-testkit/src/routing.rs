//! Which route answers a request: the hand-written table first (it holds
//! state and Discord's real rules), then every other operation of Discord's
//! OpenAPI description.

use http::Method;

use crate::openapi;
use crate::routes::{self, Match};

/// Matches `path` (without version and query).
///
/// When neither table has the route: a path that exists with other methods
/// is a 405 (the description knows more methods than the hand-written
/// table), a parameter of the wrong kind a 400, anything else a 404.
pub(crate) fn resolve(method: &Method, path: &str) -> Match {
    let written = routes::match_route(method, path);
    if matches!(written, Match::Found(..)) {
        return written;
    }
    match (openapi::find(method, path), written) {
        (found @ Match::Found(..), _) | (found @ Match::MethodNotAllowed, _) => found,
        (generic, Match::NotFound) => generic,
        (_, written) => written,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::{Endpoint, ROUTES};

    fn endpoint(method: Method, path: &str) -> Endpoint {
        match resolve(&method, path) {
            Match::Found(def, _) => def.endpoint,
            other => panic!("{method} {path}: {other:?}"),
        }
    }

    #[test]
    fn hand_written_routes_keep_priority() {
        assert_eq!(
            endpoint(Method::POST, "/channels/1/messages"),
            Endpoint::CreateMessage
        );
        assert_eq!(
            endpoint(Method::GET, "/users/@me"),
            Endpoint::GetCurrentUser
        );
        assert!(matches!(
            endpoint(Method::GET, "/channels/1/messages/pins"),
            Endpoint::Generic(_)
        ));
        assert!(matches!(
            endpoint(Method::GET, "/gateway/bot"),
            Endpoint::Generic(_)
        ));
    }

    #[test]
    fn every_hand_written_route_is_a_discord_operation() {
        for def in ROUTES {
            let path = def
                .pattern
                .replace("{token}", "tok")
                .replace("{emoji}", "e");
            let path: String = path
                .split('/')
                .map(|s| if s.starts_with('{') { "1" } else { s })
                .collect::<Vec<_>>()
                .join("/");
            assert!(
                matches!(openapi::find(&def.method, &path), Match::Found(..)),
                "{} {} is not in the description",
                def.method,
                def.pattern
            );
        }
    }

    #[test]
    fn unknown_paths_wrong_methods_and_bad_ids() {
        assert!(matches!(resolve(&Method::GET, "/nope"), Match::NotFound));
        assert!(matches!(
            resolve(&Method::PUT, "/users/@me"),
            Match::MethodNotAllowed
        ));
        assert!(matches!(
            resolve(&Method::GET, "/channels/1/messages/bulk-delete"),
            Match::MethodNotAllowed
        ));
        assert!(matches!(
            resolve(&Method::GET, "/channels/abc"),
            Match::BadSnowflake {
                field: "channel_id",
                ..
            }
        ));
        assert!(matches!(
            resolve(&Method::GET, "/guilds/abc/emojis"),
            Match::BadSnowflake {
                field: "guild_id",
                ..
            }
        ));
    }
}
