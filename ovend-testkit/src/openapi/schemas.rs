//! The description's named schemas, sampled as the emulator answers them:
//! what a model crate's tests decode to prove each type takes Discord's shapes.

use serde_json::Value;

use super::sample::{Mode, Sampler};
use super::spec::doc;
use crate::snowflake::Generator;

/// The named schemas (`components.schemas`) of the vendored description.
fn named() -> Option<&'static serde_json::Map<String, Value>> {
    doc().get("components")?.get("schemas")?.as_object()
}

/// The name of every schema in Discord's description, sorted.
pub fn schema_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = named()
        .map(|schemas| schemas.keys().map(String::as_str).collect())
        .unwrap_or_default();
    names.sort_unstable();
    names
}

/// A value shaped like schema `name`, built by the walker the emulator answers
/// with (optional fields filled near the top); `None` for an unknown name.
pub fn schema_sample(name: &str) -> Option<Value> {
    let schema = named()?.get(name)?;
    let ids = Generator::default();
    Some(Sampler::new(doc(), &ids, Mode::Answer).sample(schema))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_schema_has_a_sample() {
        let names = schema_names();
        assert_eq!(names.len(), 539);
        assert!(names.iter().all(|name| schema_sample(name).is_some()));
        assert!(schema_sample("NoSuchSchema").is_none());
    }
}
