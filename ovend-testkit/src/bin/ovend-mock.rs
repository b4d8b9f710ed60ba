//! Serves the Discord emulator.
fn main() {}
