//! Fails when ui/src/lib/bindings.ts no longer matches the Rust commands and types.
//! Regenerate with: UPDATE_BINDINGS=1 cargo test --test bindings

use std::path::Path;

use contact_records_app::bindings::{builder, typescript, BINDINGS_PATH};

#[test]
fn typescript_bindings_match_the_rust_commands() {
    let committed_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BINDINGS_PATH);
    let dir = tempfile::tempdir().unwrap();
    let fresh_path = dir.path().join("bindings.ts");
    builder::<tauri::test::MockRuntime>()
        .export(typescript(), &fresh_path)
        .expect("export bindings");
    let fresh = std::fs::read_to_string(&fresh_path).unwrap();
    let committed = std::fs::read_to_string(&committed_path).unwrap_or_default();
    if fresh != committed {
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&committed_path, &fresh).unwrap();
            return;
        }
        panic!(
            "{BINDINGS_PATH} is stale: the Rust commands or types changed. \
             Run `UPDATE_BINDINGS=1 cargo test --test bindings` and commit the result."
        );
    }
    assert!(fresh.contains("export const commands"));
}
