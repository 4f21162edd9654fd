//! The real keychain backend where no keychain service runs (as on CI under Xvfb): it says "not
//! available" and the app carries on. Its own test file, because it points this process's D-Bus
//! session address elsewhere.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use common::{app_with, call};
use contact_records_app::keychain::{Keychain, KeychainError, SystemKeychain};
use contact_records_app::state::AppState;
use serde_json::json;

const BUS_VAR: &str = "DBUS_SESSION_BUS_ADDRESS";

fn assert_not_available(where_: &str) {
    let k = SystemKeychain;
    assert!(!k.available(), "{where_}: no keychain should be found");
    let account = "/nowhere/contact-records.db";
    assert!(
        matches!(k.get(account), Err(KeychainError::Unavailable)),
        "{where_}"
    );
    assert!(
        matches!(k.set(account, "x'00'"), Err(KeychainError::Unavailable)),
        "{where_}"
    );
    assert!(
        matches!(k.delete(account), Err(KeychainError::Unavailable)),
        "{where_}"
    );
}

/// A session bus of our own with no keychain on it, if this computer has `dbus-daemon`. Its
/// configuration names no service folders, so no keychain installed here can be started on it.
fn bare_session_bus(dir: &std::path::Path) -> Option<(Child, String)> {
    let config = dir.join("bus.conf");
    let socket = dir.join("bus");
    std::fs::write(
        &config,
        format!(
            "<busconfig><type>session</type><listen>unix:path={}</listen>\
             <policy context=\"default\"><allow send_destination=\"*\"/><allow own=\"*\"/>\
             </policy></busconfig>",
            socket.display()
        ),
    )
    .ok()?;
    let mut child = Command::new("dbus-daemon")
        .args(["--nofork", "--print-address=1"])
        .arg(format!("--config-file={}", config.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let mut line = String::new();
    let out = child.stdout.take()?;
    BufReader::new(out).read_line(&mut line).ok()?;
    let address = line.trim().to_owned();
    if address.is_empty() {
        let _ = child.kill();
        return None;
    }
    Some((child, address))
}

#[test]
fn without_a_secret_service_the_real_keychain_is_not_available_and_the_app_carries_on() {
    let dir = tempfile::tempdir().unwrap();

    // No session bus at all.
    std::env::set_var(
        BUS_VAR,
        format!("unix:path={}", dir.path().join("no-bus").display()),
    );
    assert_not_available("no session bus");

    let state = AppState::at(dir.path().join("data/contact-records.db"));
    state.set_keychain(Box::new(SystemKeychain));
    let app = app_with(state);
    assert_eq!(
        call(&app, "unlock_remembered", json!({})).unwrap(),
        "NotRemembered"
    );
    let pass = "correct horse battery staple";
    call(
        &app,
        "create_data_file",
        json!({ "passphrase": pass, "confirm": pass }),
    )
    .unwrap();
    let status = call(&app, "keychain_status", json!({})).unwrap();
    assert_eq!(status["available"], false);
    let status = call(&app, "remember_key", json!({ "passphrase": pass })).unwrap();
    assert_eq!(status["available"], false);
    assert_eq!(status["remembered"], false);

    // A session bus on which no keychain answers.
    match bare_session_bus(dir.path()) {
        Some((mut daemon, address)) => {
            std::env::set_var(BUS_VAR, &address);
            assert_not_available("a session bus without a keychain");
            let _ = daemon.kill();
            let _ = daemon.wait();
        }
        None => eprintln!("dbus-daemon is not installed: the bare session bus was not tried"),
    }
}
