//! Commands for what is due: the dashboard, a case's deadlines, and the working-day calendar.

use contact_records_core::model::{ClosureDay, ClosureDayInput};
use contact_records_core::rules::deadlines::{Dashboard, Deadline};
use contact_records_core::rules::CalendarKind;
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

#[tauri::command]
#[specta::specta]
pub fn dashboard(state: State<'_, AppState>) -> Result<Dashboard, Error> {
    state.with(|s| s.dashboard(today()))
}

#[tauri::command]
#[specta::specta]
pub fn case_deadlines(state: State<'_, AppState>, case_id: i64) -> Result<Vec<Deadline>, Error> {
    state.with(|s| s.case_deadlines(case_id, today()))
}

#[tauri::command]
#[specta::specta]
pub fn list_closure_days(state: State<'_, AppState>) -> Result<Vec<ClosureDay>, Error> {
    state.with(|s| s.list_closure_days())
}

#[tauri::command]
#[specta::specta]
pub fn add_closure_day(
    state: State<'_, AppState>,
    input: ClosureDayInput,
) -> Result<Vec<ClosureDay>, Error> {
    state.with(|s| s.add_closure_day(&input))
}

#[tauri::command]
#[specta::specta]
pub fn remove_closure_day(state: State<'_, AppState>, id: i64) -> Result<Vec<ClosureDay>, Error> {
    state.with(|s| s.remove_closure_day(id))
}

#[tauri::command]
#[specta::specta]
pub fn calendar_kind(state: State<'_, AppState>) -> Result<CalendarKind, Error> {
    state.with(|s| s.calendar_kind())
}

#[tauri::command]
#[specta::specta]
pub fn set_calendar_kind(
    state: State<'_, AppState>,
    kind: CalendarKind,
) -> Result<CalendarKind, Error> {
    state.with(|s| s.set_calendar_kind(kind))
}
