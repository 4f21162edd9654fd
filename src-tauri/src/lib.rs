//! The desktop shell: opens the store once, hands it to thin commands, and starts the window.

pub mod bindings;
pub mod commands;
pub mod file_dialogs;
pub mod keychain;
pub mod reveal;
pub mod state;
pub mod window;

use state::AppState;

/// Builds and runs the app; the data file comes from `CONTACT_RECORDS_DB` or the app-data folder.
pub fn run() {
    window::prefer_software_painting();
    let builder = bindings::builder::<tauri::Wry>();
    let state = AppState::open_default();
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .setup(|app| {
            use tauri::Manager;
            window::create_main(app.handle())?;
            let dialogs = file_dialogs::SystemDialogs::new(app.handle().clone());
            app.state::<AppState>().set_dialogs(Box::new(dialogs));
            Ok(())
        })
        .invoke_handler(builder.invoke_handler())
        .run(tauri::generate_context!());
    if let Err(e) = app {
        // Nothing else can show it: the window could not be created.
        eprintln!("Contact Records could not start: {e}");
        std::process::exit(1);
    }
}
