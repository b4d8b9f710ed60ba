//! Boundary tests of every limit [`DiscordValidator`] checks.

use std::sync::Arc;

use http::Method;
use serde_json::{json, Value};

use super::generated::{BULK_DELETE_MAX_AGE_MS, DISCORD_EPOCH_MS};
use super::*;

const NOW_MS: u64 = 1_750_000_000_000;

fn validator() -> DiscordValidator {
    DiscordValidator::with_clock(Arc::new(FixedClock(NOW_MS)))
}

fn run(method: Method, path: &str, body: Option<&Value>) -> Result<(), Vec<FieldError>> {
    let mut view = RequestView::new(&method, path);
    if let Some(body) = body {
        view = view.json(body);
    }
    validator().validate(&view)
}

fn post_message(body: &Value) -> Result<(), Vec<FieldError>> {
    run(Method::POST, "/channels/123/messages", Some(body))
}

/// `(path, code)` of each error, for compact assertions.
fn summary(result: Result<(), Vec<FieldError>>) -> Vec<(String, String)> {
    result
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| (e.path, e.code))
        .collect()
}

fn one(path: &str, code: &str) -> Vec<(String, String)> {
    vec![(path.to_owned(), code.to_owned())]
}

fn s(n: usize) -> String {
    "a".repeat(n)
}

/// A snowflake created `age_ms` before `NOW_MS`.
fn id_aged(age_ms: u64) -> String {
    ((NOW_MS - age_ms - DISCORD_EPOCH_MS) << 22).to_string()
}

#[test]
fn content_limit_is_2000_characters() {
    assert!(post_message(&json!({ "content": s(2000) })).is_ok());
    let errors = post_message(&json!({ "content": s(2001) })).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "content");
    assert_eq!(errors[0].code, codes::BASE_TYPE_MAX_LENGTH);
    assert_eq!(errors[0].message, "Must be 2000 or fewer in length.");
}

#[test]
fn content_counts_characters_not_bytes() {
    // 2000 characters of 4 bytes each.
    assert!(post_message(&json!({ "content": "😀".repeat(2000) })).is_ok());
    assert!(post_message(&json!({ "content": "😀".repeat(2001) })).is_err());
}

#[test]
fn embed_count_limit() {
    let embeds = |n| Value::Array(vec![json!({ "title": "t" }); n]);
    assert!(post_message(&json!({ "embeds": embeds(10) })).is_ok());
    assert_eq!(
        summary(post_message(&json!({ "embeds": embeds(11) }))),
        one("embeds", codes::BASE_TYPE_MAX_LENGTH)
    );
}

#[test]
fn embed_text_limits() {
    let cases: [(&str, Value, Value); 4] = [
        (
            "embeds.0.title",
            json!({ "title": s(256) }),
            json!({ "title": s(257) }),
        ),
        (
            "embeds.0.description",
            json!({ "description": s(4096) }),
            json!({ "description": s(4097) }),
        ),
        (
            "embeds.0.footer.text",
            json!({ "footer": { "text": s(2048) } }),
            json!({ "footer": { "text": s(2049) } }),
        ),
        (
            "embeds.0.author.name",
            json!({ "author": { "name": s(256) } }),
            json!({ "author": { "name": s(257) } }),
        ),
    ];
    for (path, at_limit, over) in cases {
        assert!(
            post_message(&json!({ "embeds": [at_limit] })).is_ok(),
            "{path}"
        );
        assert_eq!(
            summary(post_message(&json!({ "embeds": [over] }))),
            one(path, codes::BASE_TYPE_MAX_LENGTH),
            "{path}"
        );
    }
}

#[test]
fn embed_field_limits() {
    let field = json!({ "name": "n", "value": "v" });
    let fields = |n| json!({ "embeds": [{ "fields": vec![field.clone(); n] }] });
    assert!(post_message(&fields(25)).is_ok());
    assert_eq!(
        summary(post_message(&fields(26))),
        one("embeds.0.fields", codes::BASE_TYPE_MAX_LENGTH)
    );

    let with = |name: String, value: String| {
        json!({ "embeds": [{ "fields": [field.clone(), field.clone(), field.clone(),
            { "name": name, "value": value }] }] })
    };
    assert!(post_message(&with(s(256), s(1024))).is_ok());
    assert_eq!(
        summary(post_message(&with(s(257), s(1)))),
        one("embeds.0.fields.3.name", codes::BASE_TYPE_MAX_LENGTH)
    );
    let errors = post_message(&with(s(1), s(1025))).unwrap_err();
    assert_eq!(errors[0].path, "embeds.0.fields.3.value");
    assert_eq!(errors[0].message, "Must be 1024 or fewer in length.");
}

#[test]
fn embed_fields_need_name_and_value() {
    let body = json!({ "embeds": [{ "fields": [{ "name": "n" }] }] });
    assert_eq!(
        summary(post_message(&body)),
        one("embeds.0.fields.0.value", codes::BASE_TYPE_REQUIRED)
    );
}

#[test]
fn all_embeds_together_are_limited_to_6000_characters() {
    // Two embeds of 3000 characters each: no single limit is exceeded, but the
    // sum is exactly 6000, then 6001.
    let embed = |description: usize, title: usize| json!({ "title": s(title), "description": s(description), "footer": { "text": "" } });
    let at_limit = json!({ "embeds": [embed(2900, 100), embed(2900, 100)] });
    assert!(post_message(&at_limit).is_ok());
    let over = json!({ "embeds": [embed(2900, 100), embed(2900, 101)] });
    let errors = post_message(&over).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "embeds");
    assert_eq!(errors[0].code, codes::MAX_EMBED_SIZE_EXCEEDED);

    // Every counted part contributes: names, values, footer and author.
    let parts = json!({ "embeds": [{
        "title": s(200), "description": s(4000),
        "fields": [{ "name": s(250), "value": s(1000) }, { "name": s(250), "value": s(200) }],
        "footer": { "text": s(50) }, "author": { "name": s(51) },
    }] });
    assert_eq!(
        summary(post_message(&parts)),
        one("embeds", codes::MAX_EMBED_SIZE_EXCEEDED)
    );
}

#[test]
fn embed_total_ignores_uncounted_fields() {
    // URLs and the like are not part of the 6000 characters.
    let body = json!({ "embeds": [{ "description": s(4096), "url": s(2048),
        "image": { "url": s(2048) } }] });
    assert!(post_message(&body).is_ok());
}

#[test]
fn files_limit() {
    let method = Method::POST;
    let body = json!({ "content": "hi" });
    let view = |n| {
        RequestView::new(&method, "/channels/1/messages")
            .json(&body)
            .files(n)
    };
    assert!(validator().validate(&view(10)).is_ok());
    assert_eq!(
        summary(validator().validate(&view(11))),
        one("files", codes::BASE_TYPE_MAX_LENGTH)
    );
}

/// An action row as the schema requires it: at least one component.
fn action_row() -> Value {
    json!({ "type": 1, "components": [{ "type": 2, "style": 1, "custom_id": "b", "label": "b" }] })
}

#[test]
fn action_row_limit() {
    let row = action_row();
    let rows = |n, flags: Option<u64>| {
        let mut body = json!({ "components": vec![row.clone(); n] });
        if let Some(flags) = flags {
            body["flags"] = flags.into();
        }
        body
    };
    assert!(post_message(&rows(5, None)).is_ok());
    let errors = post_message(&rows(6, None)).unwrap_err();
    assert_eq!(errors[0].path, "components");
    assert_eq!(errors[0].message, "Must be 5 or fewer in length.");
    // Components v2 allows 40 top-level components.
    assert!(post_message(&rows(40, Some(1 << 15))).is_ok());
    assert_eq!(
        summary(post_message(&rows(41, Some(1 << 15)))),
        one("components", codes::BASE_TYPE_MAX_LENGTH)
    );
    // Other flags do not switch to v2.
    assert!(post_message(&rows(6, Some(4))).is_err());
}

#[test]
fn edits_without_flags_get_the_v2_component_limit() {
    let body = json!({ "components": vec![action_row(); 6] });
    assert!(run(Method::PATCH, "/channels/1/messages/2", Some(&body)).is_ok());
    let body = json!({ "components": vec![action_row(); 6], "flags": 0 });
    assert!(run(Method::PATCH, "/channels/1/messages/2", Some(&body)).is_err());
}

#[test]
fn stickers_and_attachments() {
    assert!(post_message(&json!({ "sticker_ids": ["1", "2", "3"] })).is_ok());
    assert_eq!(
        summary(post_message(
            &json!({ "sticker_ids": ["1", "2", "3", "4"] })
        )),
        one("sticker_ids", codes::BASE_TYPE_MAX_LENGTH)
    );
    let attachments = |n| json!({ "attachments": vec![json!({ "id": 0 }); n] });
    assert!(post_message(&attachments(10)).is_ok());
    assert!(post_message(&attachments(11)).is_err());
}

#[test]
fn reports_every_violation_together() {
    let body = json!({
        "content": s(2001),
        "embeds": [
            { "title": s(257), "fields": [{ "name": "ok", "value": s(1025) }] },
            { "description": s(4097) },
        ],
    });
    let method = Method::POST;
    let reason = "r".repeat(513);
    let view = RequestView::new(&method, "/channels/abc/messages")
        .json(&body)
        .files(11)
        .reason(&reason);
    let mut got = summary(validator().validate(&view));
    got.sort();
    let mut want: Vec<(String, String)> = [
        ("channel_id", codes::NUMBER_TYPE_COERCE),
        ("files", codes::BASE_TYPE_MAX_LENGTH),
        ("content", codes::BASE_TYPE_MAX_LENGTH),
        ("embeds.0.title", codes::BASE_TYPE_MAX_LENGTH),
        ("embeds.0.fields.0.value", codes::BASE_TYPE_MAX_LENGTH),
        ("embeds.1.description", codes::BASE_TYPE_MAX_LENGTH),
        ("reason", codes::BASE_TYPE_MAX_LENGTH),
    ]
    .into_iter()
    .map(|(p, c)| (p.to_owned(), c.to_owned()))
    .collect();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn webhook_execute_and_edit() {
    let hook = "/webhooks/1/tokentoken";
    assert!(run(
        Method::POST,
        hook,
        Some(&json!({ "content": s(2000), "username": s(80) }))
    )
    .is_ok());
    assert_eq!(
        summary(run(
            Method::POST,
            hook,
            Some(&json!({ "content": s(2001) }))
        )),
        one("content", codes::BASE_TYPE_MAX_LENGTH)
    );
    for bad_name in [String::new(), s(81)] {
        assert_eq!(
            summary(run(
                Method::POST,
                hook,
                Some(&json!({ "username": bad_name }))
            )),
            one("username", codes::BASE_TYPE_BAD_LENGTH)
        );
    }
    assert_eq!(
        summary(run(
            Method::POST,
            hook,
            Some(&json!({ "thread_name": s(101) }))
        )),
        one("thread_name", codes::BASE_TYPE_MAX_LENGTH)
    );
    assert_eq!(
        summary(run(
            Method::POST,
            hook,
            Some(&json!({ "applied_tags": vec!["1"; 6] }))
        )),
        one("applied_tags", codes::BASE_TYPE_MAX_LENGTH)
    );
    for path in [
        "/webhooks/1/tok/messages/2",
        "/webhooks/1/tok/messages/@original",
    ] {
        assert_eq!(
            summary(run(
                Method::PATCH,
                path,
                Some(&json!({ "embeds": [{ "title": s(257) }] }))
            )),
            one("embeds.0.title", codes::BASE_TYPE_MAX_LENGTH),
            "{path}"
        );
    }
}

#[test]
fn interaction_callback_checks_data() {
    let path = "/interactions/1/token/callback";
    let reply =
        |kind: u64, content: String| json!({ "type": kind, "data": { "content": content } });
    assert!(run(Method::POST, path, Some(&reply(4, s(2000)))).is_ok());
    assert_eq!(
        summary(run(Method::POST, path, Some(&reply(4, s(2001))))),
        one("data.content", codes::BASE_TYPE_MAX_LENGTH)
    );
    assert_eq!(
        summary(run(Method::POST, path, Some(&reply(7, s(2001))))),
        one("data.content", codes::BASE_TYPE_MAX_LENGTH)
    );
    // Other callback types do not carry a message: a PONG's `data` is not read.
    assert!(run(Method::POST, path, Some(&reply(1, s(2001)))).is_ok());
}

#[test]
fn forum_thread_starter_message() {
    let body = json!({ "name": "t", "message": { "content": s(2001) } });
    assert_eq!(
        summary(run(Method::POST, "/channels/1/threads", Some(&body))),
        one("message.content", codes::BASE_TYPE_MAX_LENGTH)
    );
}

#[test]
fn bulk_delete_count() {
    let path = "/channels/1/messages/bulk-delete";
    let ids = |n: usize| json!({ "messages": (1..=n).map(|i| id_aged(i as u64 * 1000)).collect::<Vec<_>>() });
    assert!(run(Method::POST, path, Some(&ids(2))).is_ok());
    assert!(run(Method::POST, path, Some(&ids(100))).is_ok());
    let errors = run(Method::POST, path, Some(&ids(1))).unwrap_err();
    assert_eq!(errors[0].path, "messages");
    assert_eq!(errors[0].code, codes::BASE_TYPE_MIN_LENGTH);
    assert_eq!(errors[0].message, "Must be 2 or more in length.");
    assert_eq!(
        summary(run(Method::POST, path, Some(&ids(101)))),
        one("messages", codes::BASE_TYPE_MAX_LENGTH)
    );
    assert_eq!(
        summary(run(Method::POST, path, Some(&json!({})))),
        one("messages", codes::BASE_TYPE_REQUIRED)
    );
}

#[test]
fn bulk_delete_age_boundary() {
    let path = "/channels/1/messages/bulk-delete";
    // Snowflakes have millisecond precision; one millisecond under 14 days passes.
    let young = id_aged(BULK_DELETE_MAX_AGE_MS - 1);
    let fresh = id_aged(0);
    assert!(run(
        Method::POST,
        path,
        Some(&json!({ "messages": [fresh, young] }))
    )
    .is_ok());
    let old = id_aged(BULK_DELETE_MAX_AGE_MS);
    let errors = run(
        Method::POST,
        path,
        Some(&json!({ "messages": [fresh, old] })),
    )
    .unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "messages.1");
    assert_eq!(errors[0].code, codes::MESSAGE_TOO_OLD_TO_BULK_DELETE);
}

#[test]
fn bulk_delete_ids_must_be_unique_snowflakes() {
    let path = "/channels/1/messages/bulk-delete";
    let a = id_aged(1);
    let numeric: u64 = id_aged(2).parse().unwrap();
    let body = json!({ "messages": [a, "nope", numeric, a] });
    assert_eq!(
        summary(run(Method::POST, path, Some(&body))),
        vec![
            (
                "messages.1".to_owned(),
                codes::NUMBER_TYPE_COERCE.to_owned()
            ),
            (
                "messages.3".to_owned(),
                codes::SET_TYPE_ALREADY_CONTAINS_VALUE.to_owned()
            ),
        ]
    );
}

#[test]
fn bulk_ban_limits() {
    let path = "/guilds/1/bulk-ban";
    let ids = |n: usize| json!({ "user_ids": (1..=n).map(|i| i.to_string()).collect::<Vec<_>>() });
    assert!(run(Method::POST, path, Some(&ids(200))).is_ok());
    assert_eq!(
        summary(run(Method::POST, path, Some(&ids(201)))),
        one("user_ids", codes::BASE_TYPE_MAX_LENGTH)
    );
    let body = json!({ "user_ids": ["1", "x"], "delete_message_seconds": 604_801 });
    assert_eq!(
        summary(run(Method::POST, path, Some(&body))),
        vec![
            (
                "user_ids.1".to_owned(),
                codes::NUMBER_TYPE_COERCE.to_owned()
            ),
            (
                "delete_message_seconds".to_owned(),
                codes::NUMBER_TYPE_MAX.to_owned()
            ),
        ]
    );
    let body = json!({ "user_ids": ["1"], "delete_message_seconds": 604_800 });
    assert!(run(Method::POST, path, Some(&body)).is_ok());
}

#[test]
fn audit_log_reason_limit() {
    let method = Method::PUT;
    let ok = "é".repeat(512);
    let over = "é".repeat(513);
    let view = |reason| RequestView::new(&method, "/guilds/1/bans/2").reason(reason);
    assert!(validator().validate(&view(&ok)).is_ok());
    assert_eq!(
        summary(validator().validate(&view(&over))),
        one("reason", codes::BASE_TYPE_MAX_LENGTH)
    );
}

#[test]
fn bad_snowflakes_in_paths() {
    let errors = run(Method::GET, "/channels/abc/messages/12x", None).unwrap_err();
    assert_eq!(
        errors,
        vec![
            FieldError::new(
                "channel_id",
                codes::NUMBER_TYPE_COERCE,
                "Value \"abc\" is not snowflake."
            ),
            FieldError::new(
                "message_id",
                codes::NUMBER_TYPE_COERCE,
                "Value \"12x\" is not snowflake."
            ),
        ]
    );
    assert_eq!(
        summary(run(Method::GET, "/guilds/18446744073709551616", None)),
        one("guild_id", codes::NUMBER_TYPE_COERCE)
    );
    assert_eq!(
        summary(run(Method::GET, "/channels/@me", None)),
        one("channel_id", codes::NUMBER_TYPE_COERCE)
    );
    assert_eq!(
        summary(run(Method::GET, "/users/me", None)),
        one("user_id", codes::NUMBER_TYPE_COERCE)
    );
}

#[test]
fn valid_paths_pass() {
    for path in [
        "/users/@me",
        "/users/@me/guilds",
        "/users/18446744073709551615",
        "/guilds/1/members/@me",
        "/guilds/1/members/2/roles/3",
        "/guilds/templates/hello",
        "/channels/1/messages/2/reactions/%F0%9F%91%8D/@me",
        "/channels/1/messages/bulk-delete",
        "/channels/1/messages?limit=50&before=2",
        "/webhooks/1/some-token/messages/@original",
        "/invites/discord-developers",
        "/gateway/bot",
        "/api/v10/channels/1",
    ] {
        assert!(run(Method::GET, path, None).is_ok(), "{path}");
    }
}

#[test]
fn unknown_routes_are_checked_leniently() {
    // A literal Discord may add later is not mistaken for an id...
    assert!(run(Method::GET, "/channels/1/some-new-feature", None).is_ok());
    assert!(run(Method::GET, "/guilds/1/brand-new/2", None).is_ok());
    // ...but an id-looking segment after a known collection must be one.
    assert_eq!(
        summary(run(Method::GET, "/channels/12x/some-new-feature", None)),
        one("channel_id", codes::NUMBER_TYPE_COERCE)
    );
}

#[test]
fn other_routes_bodies_are_untouched() {
    // `name` is required to create a guild channel; message members mean nothing there.
    let long =
        json!({ "name": "n", "content": s(5000), "embeds": vec![json!({ "title": s(300) }); 20] });
    for (method, path) in [
        (Method::GET, "/channels/1/messages"),
        (Method::DELETE, "/channels/1/messages/2"),
        (Method::PATCH, "/channels/1"),
        (Method::POST, "/guilds/1/channels"),
        (Method::PUT, "/channels/1/messages"),
    ] {
        assert!(
            run(method.clone(), path, Some(&long)).is_ok(),
            "{method} {path}"
        );
    }
    // Files are only counted on message routes.
    let method = Method::POST;
    let view = RequestView::new(&method, "/guilds/1/stickers").files(20);
    assert!(validator().validate(&view).is_ok());
}

#[test]
fn array_bodies_are_checked_too() {
    // Modify guild channel positions takes an array of objects.
    let body = json!([{ "id": "1", "position": 1 }, { "id": "2", "lock_permissions": "yes" }]);
    assert!(run(Method::PATCH, "/guilds/1/channels", Some(&body)).is_ok());
    let body = json!([{ "id": "1", "position": 1 }, { "id": "2", "position": -1 }]);
    assert_eq!(
        summary(run(Method::PATCH, "/guilds/1/channels", Some(&body))),
        one("1.position", codes::NUMBER_TYPE_MIN)
    );
}

#[test]
fn typical_command_overwrite_passes() {
    let body = json!([{ "name": "ping", "description": "Pong!", "type": 1,
        "options": [{ "type": 3, "name": "text", "description": "Text", "required": true,
                      "choices": [{ "name": "a", "value": "a" }] }] }]);
    assert_eq!(
        summary(run(Method::PUT, "/applications/1/commands", Some(&body))),
        vec![]
    );
    let body = json!([{ "name": "ping", "description": "d".repeat(101), "type": 1 }]);
    assert_eq!(
        summary(run(Method::PUT, "/applications/1/commands", Some(&body))),
        one("0.description", codes::BASE_TYPE_MAX_LENGTH)
    );
}

#[test]
fn non_object_bodies_are_left_to_discord() {
    assert!(post_message(&json!("text")).is_ok());
    assert!(post_message(&json!({ "content": null, "embeds": null })).is_ok());
    assert!(post_message(&json!({ "embeds": [1, "x", null] })).is_ok());
}

#[test]
fn no_validation_accepts_everything() {
    let method = Method::POST;
    let body = json!({ "content": s(9999) });
    let view = RequestView::new(&method, "/channels/x/messages")
        .json(&body)
        .files(99);
    assert!(NoValidation.validate(&view).is_ok());
}

#[test]
fn validators_are_object_safe() {
    let validators: Vec<Arc<dyn Validator>> = vec![Arc::new(validator()), Arc::new(NoValidation)];
    let method = Method::GET;
    let view = RequestView::new(&method, "/channels/x");
    assert!(validators[0].validate(&view).is_err());
    assert!(validators[1].validate(&view).is_ok());
}

#[test]
fn debug_hides_tokens_body_and_reason() {
    let token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OlNlY3JldA";
    let path = format!("/webhooks/1/{token}");
    let body = json!({ "content": "secret body" });
    let method = Method::POST;
    let view = RequestView::new(&method, &path)
        .json(&body)
        .reason("secret reason");
    let shown = format!("{view:?}");
    assert!(!shown.contains(token), "{shown}");
    assert!(!shown.contains("secret"), "{shown}");
    assert!(shown.contains("/webhooks/1/<redacted>"), "{shown}");
}

#[test]
fn system_clock_reads_now() {
    // Any time after the generator was written (2025) and before 2100.
    let now = SystemClock.now_unix_ms();
    assert!(now > 1_735_000_000_000 && now < 4_102_444_800_000);
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #[test]
        fn content_passes_exactly_when_it_fits(text in ".{0,40}", repeat in 40usize..70) {
            let content = text.repeat(repeat);
            let fits = content.chars().count() <= 2000;
            prop_assert_eq!(post_message(&json!({ "content": content })).is_ok(), fits);
        }

        #[test]
        fn any_path_is_handled_without_panicking(path in "(/[a-z0-9@%._-]{0,12}){0,20}(\\?.*)?") {
            for method in [Method::GET, Method::POST, Method::PATCH] {
                let body = json!({ "content": "x", "messages": ["1", "2"] });
                let _ = run(method, &path, Some(&body));
            }
        }

        #[test]
        fn paths_with_valid_ids_pass(a: u64, b: u64) {
            let path = format!("/channels/{a}/messages/{b}");
            prop_assert!(run(Method::GET, &path, None).is_ok());
        }

        #[test]
        fn every_over_limit_field_is_reported(lengths in proptest::collection::vec(0usize..1100, 1..30)) {
            let fields: Vec<Value> = lengths
                .iter()
                .map(|n| json!({ "name": "n", "value": s(*n) }))
                .collect();
            let body = json!({ "embeds": [{ "fields": fields }] });
            let errors = post_message(&body).err().unwrap_or_default();
            let mut want: Vec<String> = lengths
                .iter()
                .enumerate()
                .filter(|(_, n)| **n > 1024)
                .map(|(i, _)| format!("embeds.0.fields.{i}.value"))
                .collect();
            if lengths.len() > 25 {
                want.insert(0, "embeds.0.fields".to_owned());
            }
            let total = lengths.len() + lengths.iter().sum::<usize>();
            if total > 6000 {
                want.push("embeds".to_owned());
            }
            let got: Vec<String> = errors.into_iter().map(|e| e.path).collect();
            prop_assert_eq!(got, want);
        }
    }
}

/// A path that passed is kept with its route, so its body is still checked
/// against that route's rules; a path that failed is checked again each time.
#[test]
fn paths_that_passed_are_kept_and_their_bodies_still_checked() {
    let validator = validator();
    let path = "/channels/123/messages";
    let long = json!({ "content": s(2001) });
    let check = |method: &Method, path: &str, body: Option<&Value>| {
        let mut view = RequestView::new(method, path);
        if let Some(body) = body {
            view = view.json(body);
        }
        summary(validator.validate(&view))
    };
    assert_eq!(check(&Method::GET, path, None), vec![]);
    assert!(
        validator.paths.lock().get(path).is_some(),
        "a passed path is kept"
    );
    // Kept for GET, the path still brings the message rules to a POST.
    assert_eq!(
        check(&Method::POST, path, Some(&long)),
        one("content", codes::BASE_TYPE_MAX_LENGTH)
    );
    let bad = "/channels/abc/messages";
    for _ in 0..2 {
        assert_eq!(
            check(&Method::GET, bad, None).len(),
            1,
            "checked every time"
        );
    }
    assert!(
        validator.paths.lock().get(bad).is_none(),
        "a failed path is not kept"
    );
    let long = format!("/a-route-not-in-the-table/{}", s(600));
    assert_eq!(check(&Method::GET, &long, None), vec![], "it passes");
    assert!(
        validator.paths.lock().get(&long).is_none(),
        "a long path is not kept"
    );
    // The cache's `Debug` shows how many paths, never a path (it may hold a token).
    let webhook = "/webhooks/1/secret-token-text";
    check(&Method::POST, webhook, None);
    assert!(!format!("{validator:?}").contains("secret-token-text"));
}
