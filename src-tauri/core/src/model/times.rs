//! Reading times of day the way people type them (14:30, 9:05, 14.30) and printing them as the
//! 24-hour HH:MM text that is stored and shown; and durations as "1 h 30 min".

use chrono::{NaiveTime, Timelike};

/// Why a typed time could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeProblem {
    Empty,
    Unreadable,
}

/// Parses "14:30", "9:05" or "14.30" on the 24-hour clock.
pub fn parse_time(text: &str) -> Result<NaiveTime, TimeProblem> {
    let t = text.trim();
    if t.is_empty() {
        return Err(TimeProblem::Empty);
    }
    let (h, m) = t.split_once([':', '.']).ok_or(TimeProblem::Unreadable)?;
    let digits = |s: &str, max_len: usize| {
        !s.is_empty() && s.len() <= max_len && s.chars().all(|c| c.is_ascii_digit())
    };
    if !digits(h, 2) || !digits(m, 2) || m.len() != 2 {
        return Err(TimeProblem::Unreadable);
    }
    let hour: u32 = h.parse().map_err(|_| TimeProblem::Unreadable)?;
    let minute: u32 = m.parse().map_err(|_| TimeProblem::Unreadable)?;
    NaiveTime::from_hms_opt(hour, minute, 0).ok_or(TimeProblem::Unreadable)
}

/// 09:05
pub fn hhmm(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// Minutes since midnight, for comparing and adding stored HH:MM text.
pub fn minutes_of_day(time: NaiveTime) -> u32 {
    time.hour() * 60 + time.minute()
}

/// "6 h", "1 h 30 min", "45 min", the way UI.md asks durations to be shown.
pub fn duration_text(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn reads_common_forms() {
        assert_eq!(parse_time("14:30"), Ok(t(14, 30)));
        assert_eq!(parse_time(" 9:05 "), Ok(t(9, 5)));
        assert_eq!(parse_time("14.30"), Ok(t(14, 30)));
        assert_eq!(parse_time("00:00"), Ok(t(0, 0)));
    }

    #[test]
    fn refuses_what_is_not_a_time() {
        assert_eq!(parse_time(""), Err(TimeProblem::Empty));
        assert_eq!(parse_time("24:00"), Err(TimeProblem::Unreadable));
        assert_eq!(parse_time("12:60"), Err(TimeProblem::Unreadable));
        assert_eq!(parse_time("2pm"), Err(TimeProblem::Unreadable));
        assert_eq!(parse_time("14:3"), Err(TimeProblem::Unreadable));
        assert_eq!(parse_time("+1:30"), Err(TimeProblem::Unreadable));
    }

    #[test]
    fn durations_read_as_hours_and_minutes() {
        assert_eq!(duration_text(360), "6 h");
        assert_eq!(duration_text(90), "1 h 30 min");
        assert_eq!(duration_text(45), "45 min");
    }

    proptest::proptest! {
        #[test]
        fn every_minute_of_the_day_round_trips(m in 0u32..1440) {
            let time = t(m / 60, m % 60);
            proptest::prop_assert_eq!(parse_time(&hhmm(time)), Ok(time));
            proptest::prop_assert_eq!(minutes_of_day(time), m);
        }
    }
}
