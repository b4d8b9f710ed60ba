//! The checked-in `ovend-model/src/generated/` must be exactly what the generator writes from the
//! vendored description, so nobody edits it by hand and nobody forgets to regenerate.

use std::collections::BTreeMap;
use std::path::Path;

fn read_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.expect("a directory entry").path();
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .expect("a UTF-8 file name")
                .to_owned();
            (name, std::fs::read(&path).expect("a readable file"))
        })
        .collect()
}

#[test]
fn checked_in_model_is_what_the_generator_writes() {
    let spec = std::fs::read_to_string(ovend_model_gen::default_spec_path())
        .expect("the vendored description");
    let output = ovend_model_gen::generate(&spec).expect("the generator runs");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ovend-model-generated");
    let _ = std::fs::remove_dir_all(&dir);
    ovend_model_gen::write(&dir, &output.files).expect("writing the output");

    let fresh = read_dir(&dir);
    let checked_in = read_dir(&ovend_model_gen::default_out_dir());
    assert_eq!(
        fresh.keys().collect::<Vec<_>>(),
        checked_in.keys().collect::<Vec<_>>(),
        "the generated file set differs: run `cargo run -p ovend-model-gen`"
    );
    for (name, bytes) in &fresh {
        assert!(
            checked_in[name] == *bytes,
            "ovend-model/src/generated/{name} is stale or edited by hand: run `cargo run -p ovend-model-gen`"
        );
    }
}

#[test]
fn output_is_deterministic() {
    let spec = std::fs::read_to_string(ovend_model_gen::default_spec_path())
        .expect("the vendored description");
    let first = ovend_model_gen::generate(&spec)
        .expect("the generator runs")
        .files;
    let second = ovend_model_gen::generate(&spec)
        .expect("the generator runs")
        .files;
    assert_eq!(first, second);
}

#[test]
fn every_schema_has_a_type_and_nothing_falls_back() {
    let spec = std::fs::read_to_string(ovend_model_gen::default_spec_path())
        .expect("the vendored description");
    let doc: serde_json::Value = serde_json::from_str(&spec).expect("JSON");
    let output = ovend_model_gen::generate(&spec).expect("the generator runs");
    let all: String = output.files.values().map(String::as_str).collect();
    for name in doc["components"]["schemas"]
        .as_object()
        .expect("schemas")
        .keys()
    {
        let name = ovend_model_gen::naming::type_name(name);
        assert!(
            [" struct ", " enum ", " type "]
                .iter()
                .any(|kw| all.contains(&format!("pub{kw}{name} ")))
                || all.contains(&format!("pub enum {name}:")),
            "no type for schema {name}"
        );
    }
    // Where the schema says what a value is, the model says it too; a new shape the generator
    // cannot map should be noticed here, not discovered by a user holding a `Value`.
    assert_eq!(output.stats.fallbacks, Vec::<String>::new());
}

#[test]
fn checked_in_validation_table_is_what_the_generator_writes() {
    let spec = std::fs::read_to_string(ovend_model_gen::default_spec_path())
        .expect("the vendored description");
    let fresh = ovend_model_gen::limits::table_from_text(&spec).expect("the generator runs");
    let checked_in =
        std::fs::read(ovend_model_gen::limits::default_table_path()).expect("the checked-in table");
    assert!(
        checked_in == fresh.as_bytes(),
        "{} is stale or edited by hand: run `cargo run -p ovend-model-gen`",
        ovend_model_gen::limits::TABLE_FILE
    );
    let again = ovend_model_gen::limits::table_from_text(&spec).expect("the generator runs");
    assert_eq!(fresh, again, "the table is not deterministic");
}

#[test]
fn checked_in_typed_calls_are_what_the_generator_writes() {
    let spec = std::fs::read_to_string(ovend_model_gen::default_spec_path())
        .expect("the vendored description");
    let output = ovend_model_gen::generate(&spec).expect("the generator runs");
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("ovend-rest-generated");
    let _ = std::fs::remove_dir_all(&dir);
    ovend_model_gen::write(&dir, &output.rest_files).expect("writing the output");

    let fresh = read_dir(&dir);
    let checked_in = read_dir(&ovend_model_gen::default_rest_out_dir());
    assert_eq!(
        fresh.keys().collect::<Vec<_>>(),
        checked_in.keys().collect::<Vec<_>>(),
        "the generated file set differs: run `cargo run -p ovend-model-gen`"
    );
    for (name, bytes) in &fresh {
        assert!(
            checked_in[name] == *bytes,
            "ovend-rest/src/generated/{name} is stale or edited by hand: run `cargo run -p ovend-model-gen`"
        );
    }
    // One typed method and one route per operation.
    let methods = fresh["operations.rs"]
        .windows(b"    pub fn ".len())
        .filter(|w| *w == b"    pub fn ")
        .count();
    assert_eq!(methods, 242);
}
