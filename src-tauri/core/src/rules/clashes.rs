//! The diary's clash rule. Two sessions clash when they overlap in time (one starts before the
//! other ends; back to back is not a clash) and share a supervisor, a venue or a child. A
//! cancelled session takes nobody's time, so it never clashes; every other one does, past or
//! future, because a record of two sessions at once is as wrong as a plan for them.

use std::collections::{BTreeSet, HashMap};

use crate::model::diary::{Clash, ClashKind, ClashSession, DiarySession};
use crate::model::SessionStatus;

/// A supervisor or venue as it is compared: case, spaces and punctuation at the ends do not
/// matter ("Canolfan y Bae" and "canolfan  y bae." are one place). Empty when nothing is named.
fn name_key(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_matches(|c: char| c.is_ascii_punctuation())
        .to_lowercase()
}

/// One session as the rule compares it, its names normalised once (a busy month has thousands
/// of overlapping pairs, and each pair compared its names afresh).
struct Timed<'a> {
    start: chrono::NaiveDateTime,
    end: chrono::NaiveDateTime,
    supervisor: String,
    venue: String,
    session: &'a DiarySession,
}

fn same(a: &str, b: &str) -> bool {
    !a.is_empty() && a == b
}

/// Every clash among `sessions`, in time order of the earlier session, then by kind.
pub fn find_clashes(sessions: &[DiarySession]) -> Vec<Clash> {
    let mut timed: Vec<Timed> = sessions
        .iter()
        .filter(|s| s.status != SessionStatus::Cancelled)
        .filter_map(|s| {
            s.span().map(|(start, end)| Timed {
                start,
                end,
                supervisor: name_key(&s.supervisor),
                venue: name_key(&s.venue),
                session: s,
            })
        })
        .collect();
    timed.sort_by_key(|t| (t.start, t.session.session_id));

    let mut out = Vec::new();
    for (i, ta) in timed.iter().enumerate() {
        let a = ta.session;
        for tb in &timed[i + 1..] {
            // Sorted by start: once one starts at or after `a` ends, so do all the rest.
            if tb.start >= ta.end {
                break;
            }
            let b = tb.session;
            if a.session_id == b.session_id {
                continue;
            }
            let pair = || [ClashSession::from(a), ClashSession::from(b)];
            if same(&ta.supervisor, &tb.supervisor) {
                out.push(Clash {
                    kind: ClashKind::Supervisor,
                    shared: a.supervisor.trim().to_string(),
                    sessions: pair(),
                });
            }
            if same(&ta.venue, &tb.venue) {
                out.push(Clash {
                    kind: ClashKind::Venue,
                    shared: a.venue.trim().to_string(),
                    sessions: pair(),
                });
            }
            // A session has a handful of children: a scan beats building a set per pair.
            for child in a
                .children
                .iter()
                .filter(|c| b.children.iter().any(|d| d.id == c.id))
            {
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

/// Fills each session's `clashes_with`: the other sessions it clashes with, in id order.
pub fn mark_clashes(sessions: &mut [DiarySession], clashes: &[Clash]) {
    let mut with: HashMap<i64, BTreeSet<i64>> = HashMap::new();
    for c in clashes {
        let [x, y] = &c.sessions;
        with.entry(x.session_id).or_default().insert(y.session_id);
        with.entry(y.session_id).or_default().insert(x.session_id);
    }
    for s in sessions.iter_mut() {
        s.clashes_with = with
            .get(&s.session_id)
            .map(|set| set.iter().copied().collect())
            .unwrap_or_default();
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
