//! The window is granted only what the UI uses. Reads every capability file, and the capability
//! set tauri-build generated from them (gen/schemas/capabilities.json, when a build has made it),
//! and fails on any permission that is not listed below with the words in ui/src that use it.
//! Adding a permission therefore needs two things: UI code that calls it, and a line here.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Each permission the window may hold, with text that must appear in ui/src for it to be used.
/// The file dialogs are opened from Rust (src-tauri/src/file_dialogs.rs), which needs no webview
/// permission, and the app's own commands need none either; the window sets its own title when
/// the language changes (ui/src/lib/i18n/index.svelte.ts). "Show in folder" is the app's own
/// `reveal_export` command, which takes the id of an export the app recorded, never a path: no
/// opener permission is granted for it.
const USED: &[(&str, &[&str])] = &[(
    "core:window:allow-set-title",
    &["getCurrentWindow()", ".setTitle("],
)];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The permissions of one capability (a permission is a string, or an object with an
/// "identifier" and scopes).
fn permissions_of(capability: &Value) -> Vec<String> {
    capability["permissions"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .filter_map(|p| p.as_str().or_else(|| p["identifier"].as_str()))
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn granted() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = root().join("src-tauri/capabilities");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            for p in permissions_of(&json(&path)) {
                out.push((path.display().to_string(), p));
            }
        }
    }
    // What tauri-build resolved: a map from identifier to capability.
    let generated = root().join("gen/schemas/capabilities.json");
    if generated.exists() {
        if let Some(map) = json(&generated).as_object() {
            for cap in map.values() {
                for p in permissions_of(cap) {
                    out.push((generated.display().to_string(), p));
                }
            }
        }
    }
    out
}

fn ui_source() -> String {
    fn walk(dir: &Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                walk(&path, out);
            } else if (name.ends_with(".ts") || name.ends_with(".svelte"))
                && !name.contains(".test.")
                && name != "bindings.ts"
            {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = String::new();
    walk(&root().join("ui/src"), &mut out);
    out
}

#[test]
fn no_permission_is_granted_that_the_ui_does_not_use() {
    let source = ui_source();
    assert!(source.contains("invoke") || source.contains("commands"));
    let mut unused = Vec::new();
    for (file, permission) in granted() {
        match USED.iter().find(|(p, _)| *p == permission) {
            Some((_, evidence)) if evidence.iter().all(|e| source.contains(e)) => {}
            _ => unused.push(format!("{permission} (in {file})")),
        }
    }
    assert!(
        unused.is_empty(),
        "granted to the window but not used by ui/src: {unused:?}. Remove the permission, or \
         list it in tests/capabilities.rs with the code that uses it."
    );
}

#[test]
fn the_ui_does_not_reach_for_plugins_it_has_no_permission_for() {
    // A call to a plugin from JS without a permission fails at run time; catch it here instead.
    let source = ui_source();
    for line in source.lines().filter(|l| l.contains("@tauri-apps/plugin-")) {
        let used = USED.iter().any(|(p, _)| {
            let plugin = p.split(':').next().unwrap_or_default();
            line.contains(&format!("@tauri-apps/plugin-{plugin}"))
        });
        assert!(used, "ui/src imports a plugin with no permission: {line}");
    }
}

#[test]
fn the_window_is_made_in_rust_with_its_guards_and_no_release_devtools() {
    let conf = json(&root().join("tauri.conf.json"));
    let main = conf["app"]["windows"]
        .as_array()
        .and_then(|ws| ws.iter().find(|w| w["label"] == "main"))
        .expect("a main window");
    // Made by window::create_main, which refuses navigation away and new windows.
    assert_eq!(main["create"], Value::Bool(false));
    assert_eq!(conf["app"]["withGlobalTauri"], Value::Bool(false));
    // The "devtools" feature would keep the inspector in release builds.
    let cargo = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let tauri_line = cargo
        .lines()
        .find(|l| l.starts_with("tauri = "))
        .expect("the tauri dependency");
    assert!(!tauri_line.contains("devtools"), "{tauri_line}");
}

#[test]
fn nothing_personal_is_logged() {
    // The core and the shell print nothing (the CLI prints what it was asked for); the one line
    // the shell may print is why the window could not start, which holds no case data. A new
    // print or log call is caught here, so a name, a note or a passphrase cannot slip into a log.
    fn walk(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs")
                && !path
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("tests"))
            {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path, text));
            }
        }
    }
    let mut files = Vec::new();
    walk(&root().join("src-tauri/core/src"), &mut files);
    walk(&root().join("src-tauri/src"), &mut files);
    let calls = [
        "println!",
        "eprintln!",
        "print!(",
        "dbg!(",
        "log::info",
        "log::warn",
        "log::error",
        "log::debug",
        "tracing::",
    ];
    let mut found = Vec::new();
    for (path, text) in &files {
        // Unit tests at the foot of a file may print what they like.
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for line in code.lines() {
            if calls.iter().any(|c| line.contains(c))
                && !line.contains("Contact Records could not start: {e}")
                && !line.trim_start().starts_with("//")
            {
                found.push(format!("{}: {}", path.display(), line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "print or log calls: {found:#?}");
}
