//! The cost of client-side validation, paid by every request.
//!
//! - `validate/create_message`: `DiscordValidator` on a typical create-message body (content,
//!   one embed with fields, footer and author, one action row of two buttons, allowed
//!   mentions): the path check, the schema walk and the message rules. Target: a few µs.
//! - `validate/no_body`: a GET on a known route (path check only, no body): the floor.
//!
//! Before measuring, it counts the allocations of one validation of the valid body with a
//! `stats_alloc` global allocator and prints them: the walk is meant to allocate nothing.
//!
//! ```sh
//! cargo bench -p benches --bench validate
//! ```
#![allow(missing_docs)]

use std::alloc::System;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion};
use http::Method;
use ovend_rest::validate::{DiscordValidator, RequestView, Validator};
use serde_json::{json, Value};
use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};

/// Counts allocations, so "allocation-free" is measured rather than assumed.
#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

fn create_message() -> Value {
    json!({
        "content": "Deployment finished: 42 services updated, 0 failures.",
        "embeds": [{
            "title": "Release 1.2.3",
            "description": "Everything went fine.",
            "color": 3_066_993,
            "fields": [
                { "name": "Services", "value": "42", "inline": true },
                { "name": "Duration", "value": "3m 12s", "inline": true },
            ],
            "footer": { "text": "ci" },
            "author": { "name": "deploy-bot" },
        }],
        "components": [{ "type": 1, "components": [
            { "type": 2, "style": 1, "custom_id": "ack", "label": "Acknowledge" },
            { "type": 2, "style": 5, "url": "https://example.com/run/42", "label": "Open" },
        ] }],
        "allowed_mentions": { "parse": [] },
    })
}

fn bench(c: &mut Criterion) {
    let validator = DiscordValidator::new();
    let body = create_message();
    let method = Method::POST;
    let view = RequestView::new(&method, "/channels/1234567890123456789/messages").json(&body);
    assert!(validator.validate(&view).is_ok());

    let region = Region::new(GLOBAL);
    let _ = black_box(validator.validate(black_box(&view)));
    let change = region.change();
    println!(
        "one validation of the create-message body: {} allocations, {} bytes",
        change.allocations, change.bytes_allocated
    );

    let mut group = c.benchmark_group("validate");
    group.bench_function("create_message", |b| {
        b.iter(|| validator.validate(black_box(&view)));
    });
    let get = Method::GET;
    let no_body = RequestView::new(&get, "/channels/1234567890123456789/messages");
    group.bench_function("no_body", |b| {
        b.iter(|| validator.validate(black_box(&no_body)));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
