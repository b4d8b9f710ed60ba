//! `cargo run -p ovend-model-gen [SPEC [OUT_DIR]]`: regenerates `ovend-model/src/generated/`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let spec = args
        .next()
        .unwrap_or_else(ovend_model_gen::default_spec_path);
    let out = args.next().unwrap_or_else(ovend_model_gen::default_out_dir);
    match run(&spec, &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ovend-model-gen: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(spec: &std::path::Path, out: &std::path::Path) -> Result<(), String> {
    let text =
        std::fs::read_to_string(spec).map_err(|e| format!("reading {}: {e}", spec.display()))?;
    let output = ovend_model_gen::generate(&text)?;
    ovend_model_gen::write(out, &output.files)
        .map_err(|e| format!("writing {}: {e}", out.display()))?;
    let rest = ovend_model_gen::default_rest_out_dir();
    ovend_model_gen::write(&rest, &output.rest_files)
        .map_err(|e| format!("writing {}: {e}", rest.display()))?;
    println!(
        "wrote {} typed-call files to {}",
        output.rest_files.len(),
        rest.display()
    );
    let table_path = ovend_model_gen::limits::default_table_path();
    let table = ovend_model_gen::limits::table_from_text(&text)?;
    std::fs::write(&table_path, table)
        .map_err(|e| format!("writing {}: {e}", table_path.display()))?;
    println!("wrote the validation table to {}", table_path.display());
    let (lines, bytes) = output.files.values().fold((0, 0), |(l, b), text| {
        (l + text.lines().count(), b + text.len())
    });
    println!(
        "wrote {} files to {}: {lines} lines, {bytes} bytes",
        output.files.len(),
        out.display()
    );
    for (kind, n) in &output.counts {
        println!("  {kind}: {n}");
    }
    println!(
        "  fallbacks to serde_json::Value: {}",
        output.stats.fallbacks.len()
    );
    for place in &output.stats.fallbacks {
        println!("    {place}");
    }
    println!(
        "  open by the schema (no type): {}",
        output.stats.open.len()
    );
    for place in &output.stats.open {
        println!("    {place}");
    }
    Ok(())
}
