// The whole bare app: Tauri's builder with the window from tauri.conf.json and nothing else.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("bare-tauri: the window could not start: {e}");
        std::process::exit(1);
    }
}
