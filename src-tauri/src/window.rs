//! The one window, made here rather than from the configuration alone so that it can refuse to
//! leave the app: no navigation to another site, no new windows, and no developer tools in a
//! release build. A record is evidence; a link in it must never turn the app into a browser.

use tauri::webview::NewWindowResponse;
use tauri::{AppHandle, Runtime, Url, WebviewWindow, WebviewWindowBuilder};

/// Whether `url` is the app's own page: the bundled UI (`tauri://localhost` on Linux and macOS,
/// `http(s)://tauri.localhost` on Windows), or in a development build its dev server.
pub fn is_app_url(url: &Url, dev_url: Option<&Url>) -> bool {
    let host = url.host_str().unwrap_or_default();
    let own = match url.scheme() {
        "tauri" => host == "localhost",
        "http" | "https" => host == "tauri.localhost",
        _ => false,
    };
    let dev = dev_url.is_some_and(|d| url.origin() == d.origin());
    own || dev
}

/// Turns WebKitGTK's accelerated compositing off unless the user has chosen otherwise: the desk is
/// forms and text, and with compositing on the web process held about 100 MiB more and the first
/// screen came later (docs/performance.md, "Compositing off, kept"). Must run before any thread
/// starts, as it sets a variable of the process's environment, and before WebKit reads it.
pub fn prefer_software_painting() {
    #[cfg(target_os = "linux")]
    if std::env::var_os("WEBKIT_DISABLE_COMPOSITING_MODE").is_none() {
        std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
    }
}

/// Builds the main window from its configuration with the guards above.
pub fn create_main<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<WebviewWindow<R>> {
    let dev_url = if tauri::is_dev() {
        app.config().build.dev_url.clone()
    } else {
        None
    };
    let config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == "main")
        .cloned()
        .unwrap_or_default();
    let builder = WebviewWindowBuilder::from_config(app, &config)?
        .on_navigation(move |url| is_app_url(url, dev_url.as_ref()))
        .on_new_window(|_, _| NewWindowResponse::Deny)
        .devtools(cfg!(debug_assertions));
    builder.build()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn only_the_app_itself_may_be_shown() {
        assert!(is_app_url(&url("tauri://localhost/index.html"), None));
        assert!(is_app_url(&url("http://tauri.localhost/"), None));
        assert!(!is_app_url(&url("https://example.org/"), None));
        assert!(!is_app_url(&url("http://localhost:1420/"), None));
        assert!(!is_app_url(&url("file:///etc/passwd"), None));
        assert!(!is_app_url(&url("tauri://evil.example/"), None));
        assert!(!is_app_url(
            &url("https://tauri.localhost.evil.example/"),
            None
        ));
        let dev = url("http://localhost:1420");
        assert!(is_app_url(
            &url("http://localhost:1420/#/case/1"),
            Some(&dev)
        ));
        assert!(!is_app_url(&url("http://localhost:1421/"), Some(&dev)));
    }
}
