//! Commands for the idle lock: how long the app stays open without use, as the user chose it in
//! Settings.

use contact_records_core::store::idle_lock::IDLE_LOCK_CHOICES;
use contact_records_core::Error;
use serde::Serialize;
use tauri::State;

use crate::state::AppState;

/// For the end-to-end tests: a number of seconds that shortens the idle time (never lengthens it).
pub const IDLE_SECONDS_VAR: &str = "CONTACT_RECORDS_IDLE_LOCK_SECONDS";

/// The idle lock as the window needs it.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct IdleLock {
    /// The user's choice, in minutes.
    pub minutes: u32,
    /// What the user may choose from, in minutes.
    pub choices: Vec<u32>,
    /// How long the window waits before locking: `minutes` in seconds, or less under a test.
    pub seconds: u32,
}

fn idle_lock(minutes: u32) -> IdleLock {
    idle_lock_with(minutes, std::env::var(IDLE_SECONDS_VAR).ok().as_deref())
}

fn idle_lock_with(minutes: u32, test_seconds: Option<&str>) -> IdleLock {
    let chosen = minutes.saturating_mul(60);
    let seconds = test_seconds
        .and_then(|v| v.trim().parse::<u32>().ok())
        .filter(|s| *s > 0)
        .map_or(chosen, |s| s.min(chosen));
    IdleLock {
        minutes,
        choices: IDLE_LOCK_CHOICES.to_vec(),
        seconds,
    }
}

#[tauri::command]
#[specta::specta]
pub async fn get_idle_lock(state: State<'_, AppState>) -> Result<IdleLock, Error> {
    let minutes = state.run(|s| s.idle_lock_minutes()).await?;
    Ok(idle_lock(minutes))
}

/// Sets the idle time to one of the choices.
#[tauri::command]
#[specta::specta]
pub async fn set_idle_lock(state: State<'_, AppState>, minutes: u32) -> Result<IdleLock, Error> {
    let minutes = state.run(move |s| s.set_idle_lock_minutes(minutes)).await?;
    Ok(idle_lock(minutes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_test_variable_can_only_shorten_the_chosen_time() {
        assert_eq!(idle_lock_with(10, None).seconds, 600);
        assert_eq!(idle_lock_with(10, Some("6")).seconds, 6);
        assert_eq!(idle_lock_with(5, Some("100000")).seconds, 300);
        assert_eq!(idle_lock_with(5, Some("0")).seconds, 300);
        assert_eq!(idle_lock_with(5, Some("soon")).seconds, 300);
        assert_eq!(idle_lock_with(15, None).choices, vec![5, 10, 15, 30]);
    }
}
