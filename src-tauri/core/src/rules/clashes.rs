//! The diary's clash rule. Two sessions clash when they overlap in time (one starts before the
//! other ends; back to back is not a clash) and share a supervisor, a venue or a child. A
//! cancelled session takes nobody's time, so it never clashes; every other one does, past or
//! future, because a record of two sessions at once is as wrong as a plan for them.

use std::collections::BTreeSet;

use crate::model::diary::{Clash, ClashKind, ClashSession, DiarySession};
use crate::model::SessionStatus;

/// The same supervisor or venue however it was typed: case, spaces and punctuation at the ends
/// do not matter ("Canolfan y Bae" and "canolfan  y bae." are one place).
fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .trim_matches(|c: char| c.is_ascii_punctuation())
            .to_lowercase()
    };
    let (a, b) = (norm(a), norm(b));
    !a.is_empty() && a == b
}

/// Every clash among `sessions`, in time order of the earlier session, then by kind.
pub fn find_clashes(sessions: &[DiarySession]) -> Vec<Clash> {
    let mut timed: Vec<_> = sessions
        .iter()
        .filter(|s| s.status != SessionStatus::Cancelled)
        .filter_map(|s| s.span().map(|(start, end)| (start, end, s)))
        .collect();
    timed.sort_by_key(|(start, _, s)| (*start, s.session_id));

    let mut out = Vec::new();
    for (i, (_, a_end, a)) in timed.iter().enumerate() {
        for (b_start, _, b) in &timed[i + 1..] {
            // Sorted by start: once one starts at or after `a` ends, so do all the rest.
            if b_start >= a_end {
                break;
            }
            if a.session_id == b.session_id {
                continue;
            }
            let pair = || [ClashSession::from(*a), ClashSession::from(*b)];
            if same_name(&a.supervisor, &b.supervisor) {
                out.push(Clash {
                    kind: ClashKind::Supervisor,
                    shared: a.supervisor.trim().to_string(),
                    sessions: pair(),
                });
            }
            if same_name(&a.venue, &b.venue) {
                out.push(Clash {
                    kind: ClashKind::Venue,
                    shared: a.venue.trim().to_string(),
                    sessions: pair(),
                });
            }
            let theirs: BTreeSet<i64> = b.children.iter().map(|c| c.id).collect();
            for child in a.children.iter().filter(|c| theirs.contains(&c.id)) {
                out.push(Clash {
                    kind: ClashKind::Child,
                    shared: child.name.clone(),
                    sessions: pair(),
                });
            }
        }
    }
    out
}

/// Marks each session with the ids of the sessions it clashes with.
pub fn mark_clashes(sessions: &mut [DiarySession], clashes: &[Clash]) {
    for s in sessions.iter_mut() {
        let mut with = BTreeSet::new();
        for c in clashes {
            let [x, y] = &c.sessions;
            if x.session_id == s.session_id {
                with.insert(y.session_id);
            } else if y.session_id == s.session_id {
                with.insert(x.session_id);
            }
        }
        s.clashes_with = with.into_iter().collect();
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::diary::DiaryChild;
    use crate::model::Service;

    fn session(id: i64, date: &str, start: &str, minutes: u32) -> DiarySession {
        DiarySession {
            session_id: id,
            referral_id: id,
            case_id: id,
            case_number: format!("CF26P0000{id}"),
            case_name: format!("Re: case {id}"),
            service: Service::SupervisedContact,
            number: 1,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            start_time: start.into(),
            end_time: String::new(),
            duration_minutes: minutes,
            venue: format!("Venue {id}"),
            supervisor: format!("Supervisor {id}"),
            status: SessionStatus::Scheduled,
            children: Vec::new(),
            clashes_with: Vec::new(),
        }
    }

    fn kinds(clashes: &[Clash]) -> Vec<(ClashKind, i64, i64)> {
        clashes
            .iter()
            .map(|c| (c.kind, c.sessions[0].session_id, c.sessions[1].session_id))
            .collect()
    }

    #[test]
    fn one_supervisor_in_two_overlapping_sessions_clashes_and_names_both_cases() {
        let a = session(1, "2026-11-23", "10:00", 120);
        let mut b = session(2, "2026-11-23", "11:30", 60);
        b.supervisor = " supervisor  1 ".into();
        let clashes = find_clashes(&[b, a]);
        assert_eq!(kinds(&clashes), vec![(ClashKind::Supervisor, 1, 2)]);
        assert_eq!(clashes[0].shared, "Supervisor 1");
        assert_eq!(clashes[0].sessions[0].case_number, "CF26P00001");
        assert_eq!(clashes[0].sessions[1].case_number, "CF26P00002");
    }

    #[test]
    fn back_to_back_sessions_do_not_clash() {
        let a = session(1, "2026-11-23", "10:00", 60);
        let mut b = session(2, "2026-11-23", "11:00", 60);
        b.supervisor = a.supervisor.clone();
        b.venue = a.venue.clone();
        assert!(find_clashes(&[a, b]).is_empty());
    }

    #[test]
    fn the_same_times_on_different_days_do_not_clash() {
        let a = session(1, "2026-11-23", "10:00", 60);
        let mut b = session(2, "2026-11-24", "10:00", 60);
        b.venue = a.venue.clone();
        assert!(find_clashes(&[a, b]).is_empty());
    }

    #[test]
    fn a_venue_double_booked_clashes_even_when_one_session_is_in_the_past() {
        let mut a = session(1, "2020-01-06", "10:00", 90);
        a.status = SessionStatus::TookPlace;
        let mut b = session(2, "2020-01-06", "11:00", 60);
        b.status = SessionStatus::DidNotAttend;
        b.venue = "venue 1.".into();
        assert_eq!(
            kinds(&find_clashes(&[a, b])),
            vec![(ClashKind::Venue, 1, 2)]
        );
    }

    #[test]
    fn a_cancelled_session_never_clashes() {
        let a = session(1, "2026-11-23", "10:00", 120);
        let mut b = session(2, "2026-11-23", "10:30", 60);
        b.supervisor = a.supervisor.clone();
        b.status = SessionStatus::Cancelled;
        assert!(find_clashes(&[a, b]).is_empty());
    }

    #[test]
    fn a_child_in_two_sessions_at_once_clashes_once_per_child() {
        let child = |id, name: &str| DiaryChild {
            id,
            name: name.into(),
        };
        let mut a = session(1, "2026-11-23", "10:00", 120);
        a.children = vec![child(7, "Siân"), child(8, "Elis")];
        let mut b = session(2, "2026-11-23", "10:30", 30);
        b.children = vec![child(8, "Elis"), child(9, "Wil")];
        let clashes = find_clashes(&[a, b]);
        assert_eq!(kinds(&clashes), vec![(ClashKind::Child, 1, 2)]);
        assert_eq!(clashes[0].shared, "Elis");
    }

    #[test]
    fn an_empty_supervisor_or_venue_is_not_shared() {
        let mut a = session(1, "2026-11-23", "10:00", 120);
        let mut b = session(2, "2026-11-23", "10:30", 60);
        a.supervisor.clear();
        b.supervisor = " ".into();
        a.venue.clear();
        b.venue.clear();
        assert!(find_clashes(&[a, b]).is_empty());
    }

    #[test]
    fn a_session_past_midnight_clashes_with_one_early_the_next_day() {
        let a = session(1, "2026-11-23", "23:00", 120);
        let mut b = session(2, "2026-11-24", "00:30", 30);
        b.supervisor = a.supervisor.clone();
        assert_eq!(
            kinds(&find_clashes(&[a, b])),
            vec![(ClashKind::Supervisor, 1, 2)]
        );
    }

    #[test]
    fn a_long_session_is_compared_with_every_session_it_overlaps() {
        let a = session(1, "2026-11-23", "09:00", 480);
        let mut b = session(2, "2026-11-23", "10:00", 60);
        let mut c = session(3, "2026-11-23", "15:00", 60);
        b.venue = a.venue.clone();
        c.venue = a.venue.clone();
        let mut all = vec![a, b, c];
        let clashes = find_clashes(&all);
        assert_eq!(
            kinds(&clashes),
            vec![(ClashKind::Venue, 1, 2), (ClashKind::Venue, 1, 3)]
        );
        mark_clashes(&mut all, &clashes);
        assert_eq!(all[0].clashes_with, vec![2, 3]);
        assert_eq!(all[1].clashes_with, vec![1]);
        assert_eq!(all[2].clashes_with, vec![1]);
    }
}
