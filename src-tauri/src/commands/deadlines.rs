//! Commands for what is due: the dashboard, a case's deadlines, and the working-day calendar.

use contact_records_core::model::{ClosureDay, ClosureDayInput};
use contact_records_core::rules::deadlines::{Dashboard, Deadline};
use contact_records_core::rules::CalendarKind;
use contact_records_core::Error;
use tauri::State;

use crate::state::{today, AppState};

#[tauri::command]
#[specta::specta]
pub async fn dashboard(state: State<'_, AppState>) -> Result<Dashboard, Error> {
    state.run(move |s| s.dashboard(today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn case_deadlines(
    state: State<'_, AppState>,
    case_id: i64,
) -> Result<Vec<Deadline>, Error> {
    state.run(move |s| s.case_deadlines(case_id, today())).await
}

#[tauri::command]
#[specta::specta]
pub async fn list_closure_days(state: State<'_, AppState>) -> Result<Vec<ClosureDay>, Error> {
    state.run(move |s| s.list_closure_days()).await
}

#[tauri::command]
#[specta::specta]
pub async fn add_closure_day(
    state: State<'_, AppState>,
    input: ClosureDayInput,
) -> Result<Vec<ClosureDay>, Error> {
    state.run(move |s| s.add_closure_day(&input)).await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_closure_day(
    state: State<'_, AppState>,
    id: i64,
) -> Result<Vec<ClosureDay>, Error> {
    state.run(move |s| s.remove_closure_day(id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn calendar_kind(state: State<'_, AppState>) -> Result<CalendarKind, Error> {
    state.run(move |s| s.calendar_kind()).await
}

#[tauri::command]
#[specta::specta]
pub async fn set_calendar_kind(
    state: State<'_, AppState>,
    kind: CalendarKind,
) -> Result<CalendarKind, Error> {
    state.run(move |s| s.set_calendar_kind(kind)).await
}
