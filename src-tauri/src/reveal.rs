//! "Show in folder": the platform's own file manager, started with fixed arguments (no shell),
//! at a file the app wrote. No opener permission is given to the window for this.

use std::path::Path;
use std::process::{Command, Stdio};

use contact_records_core::message::Message;
use contact_records_core::{message_storage, Error};

/// Shows `path` in the file manager, selected where the platform can do that.
pub fn reveal(path: &Path) -> Result<(), Error> {
    if !path.is_file() {
        return Err(Error::rule_said(
            Message::new(message_storage::FILE_GONE).text("path", path.display().to_string()),
        ));
    }
    let started = platform_reveal(path);
    started.map_err(|_| message_storage::at_path(message_storage::FILE_MANAGER, path))
}

fn spawn(program: &str, args: &[&std::ffi::OsStr]) -> std::io::Result<()> {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map(|_| ())
}

#[cfg(target_os = "windows")]
fn platform_reveal(path: &Path) -> std::io::Result<()> {
    let mut select = std::ffi::OsString::from("/select,");
    select.push(path);
    spawn("explorer", &[&select])
}

#[cfg(target_os = "macos")]
fn platform_reveal(path: &Path) -> std::io::Result<()> {
    spawn("open", &["-R".as_ref(), path.as_os_str()])
}

/// The freedesktop file-manager interface selects the file (Files, Dolphin, Nemo, Thunar...);
/// without it, the folder is opened.
#[cfg(not(any(target_os = "windows", target_os = "macos")))]
fn platform_reveal(path: &Path) -> std::io::Result<()> {
    let uri = format!("['file://{}']", uri_path(path));
    let shown = Command::new("gdbus")
        .args([
            "call",
            "--session",
            "--dest",
            "org.freedesktop.FileManager1",
            "--object-path",
            "/org/freedesktop/FileManager1",
            "--method",
            "org.freedesktop.FileManager1.ShowItems",
            &uri,
            "",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
    if matches!(shown, Ok(s) if s.success()) {
        return Ok(());
    }
    let folder = path.parent().unwrap_or(Path::new("/"));
    spawn("xdg-open", &[folder.as_os_str()])
}

/// The path percent-encoded for a file URI (everything but unreserved characters and `/`), so a
/// quote or a space in a name cannot break out of the argument.
#[cfg(not(any(target_os = "windows", target_os = "macos")))]
fn uri_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let mut out = String::new();
    for &b in path.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_gone_since_its_export_is_named_with_what_to_do() {
        let e = reveal(Path::new("/nonexistent/Record.pdf")).unwrap_err();
        assert!(e
            .message
            .contains("/nonexistent/Record.pdf is no longer there"));
        assert!(e.message.contains("Export it again"));
    }

    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    #[test]
    fn the_uri_cannot_be_broken_out_of() {
        assert_eq!(
            uri_path(Path::new("/home/a/Re: S'n D.pdf")),
            "/home/a/Re%3A%20S%27n%20D.pdf"
        );
    }
}
