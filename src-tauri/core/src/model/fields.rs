//! Checking the typed fields that many forms share (dates, times, long text), so every form words
//! its problems the same way.

use chrono::{NaiveDate, NaiveTime};

use super::case::LONG_TEXT_MAX;
use super::dates::{parse_uk_date, DateProblem};
use super::times::{parse_time, TimeProblem};
use crate::error::Problems;
use crate::message::{msg, Message, Msg};
use crate::message_labels::by_english;
use crate::text::{code_point, hidden_in_line, hidden_in_text, HiddenKind};

/// Says `template` about a field named `name` (in the `what` or `label` parameter): with a key
/// the UI can translate when the name is in `message_labels`, otherwise in English only.
pub(crate) fn say(
    p: &mut Problems,
    field: &str,
    template: Msg,
    param: &str,
    name: &str,
    more: impl FnOnce(Message) -> Message,
) {
    match by_english(name) {
        Some(label) => p.say(field, more(Message::new(template).key(param, label))),
        None => p.add(
            field,
            more(Message::new(template).text(param, name)).english(),
        ),
    }
}

/// A date that may be left empty. `latest`, when given, is the last date allowed (usually today,
/// for something that has already happened).
pub(crate) fn optional_date(
    p: &mut Problems,
    field: &str,
    text: &str,
    what: &str,
    latest: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match parse_uk_date(text) {
        Err(DateProblem::Empty) => None,
        other => checked_date(p, field, other, what, latest),
    }
}

/// A date that must be given.
pub(crate) fn required_date(
    p: &mut Problems,
    field: &str,
    text: &str,
    what: &str,
    latest: Option<NaiveDate>,
) -> Option<NaiveDate> {
    checked_date(p, field, parse_uk_date(text), what, latest)
}

fn checked_date(
    p: &mut Problems,
    field: &str,
    parsed: Result<NaiveDate, DateProblem>,
    what: &str,
    latest: Option<NaiveDate>,
) -> Option<NaiveDate> {
    match parsed {
        Ok(d) if latest.is_some_and(|l| d > l) => {
            say(p, field, msg::NOT_FUTURE, "what", what, |m| m);
            None
        }
        Ok(d) => Some(d),
        Err(DateProblem::Empty) => {
            say(p, field, msg::ENTER, "what", what, |m| m);
            None
        }
        Err(DateProblem::NotReal) => {
            say(p, field, msg::REAL_DATE, "what", what, |m| m);
            None
        }
        Err(DateProblem::Unreadable) => {
            say(p, field, msg::DATE_FORMAT, "what", what, |m| m);
            None
        }
    }
}

/// A time of day that may be left empty.
pub(crate) fn optional_time(
    p: &mut Problems,
    field: &str,
    text: &str,
    what: &str,
) -> Option<NaiveTime> {
    match parse_time(text) {
        Ok(t) => Some(t),
        Err(TimeProblem::Empty) => None,
        Err(TimeProblem::Unreadable) => {
            say(p, field, msg::TIME_FORMAT, "what", what, |m| m);
            None
        }
    }
}

/// A time of day that must be given.
pub(crate) fn required_time(
    p: &mut Problems,
    field: &str,
    text: &str,
    what: &str,
) -> Option<NaiveTime> {
    if text.trim().is_empty() {
        say(p, field, msg::ENTER, "what", what, |m| m);
        return None;
    }
    optional_time(p, field, text, what)
}

/// Trims the end of a long answer and checks its length.
pub(crate) fn long_text(p: &mut Problems, field: &str, value: &str, label: &str) -> String {
    let v = crate::text::clean(value);
    text_within(p, field, &v, label, LONG_TEXT_MAX);
    v
}

/// A long answer (line breaks allowed) of at most `max` characters, with nothing hidden in it.
pub(crate) fn text_within(p: &mut Problems, field: &str, value: &str, label: &str, max: usize) {
    if value.chars().count() > max {
        too_long(p, field, label, max);
    } else if let Some((c, kind)) = hidden_in_text(value) {
        hidden(p, field, label, c, kind);
    }
}

/// A name, number or other one-line field: nothing hidden in it. Returns whether it was clean.
pub(crate) fn no_hidden_in_line(p: &mut Problems, field: &str, value: &str, label: &str) -> bool {
    match hidden_in_line(value) {
        Some((c, kind)) => {
            hidden(p, field, label, c, kind);
            false
        }
        None => true,
    }
}

/// "{label} must be {max} characters or fewer".
pub(crate) fn too_long(p: &mut Problems, field: &str, label: &str, max: usize) {
    say(p, field, msg::TOO_LONG, "label", label, |m| {
        m.text("max", max.to_string())
    });
}

fn hidden(p: &mut Problems, field: &str, label: &str, c: char, kind: HiddenKind) {
    let kind = match kind {
        HiddenKind::Control => msg::HIDDEN_CONTROL,
        HiddenKind::Direction => msg::HIDDEN_DIRECTION,
        HiddenKind::ZeroWidth => msg::HIDDEN_ZERO_WIDTH,
    };
    say(p, field, msg::HIDDEN, "label", label, |m| {
        m.key("kind", kind).text("code", code_point(c))
    });
}

/// `date` must not be before `earlier` when both are known; the problem goes on `field`.
pub(crate) fn not_before(
    p: &mut Problems,
    field: &str,
    date: Option<NaiveDate>,
    earlier: Option<NaiveDate>,
    message: &str,
) {
    if let (Some(d), Some(e)) = (date, earlier) {
        if d < e && !p.has(field) {
            p.add(field, message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_worded_by_what_they_are() {
        let mut p = Problems::default();
        let today = d(2026, 11, 23);
        assert_eq!(
            optional_date(&mut p, "a", "", "the date sent", Some(today)),
            None
        );
        optional_date(&mut p, "b", "24/11/2026", "the date sent", Some(today));
        required_date(&mut p, "c", "", "the session date", None);
        required_date(&mut p, "d", "30/02/2026", "the session date", None);
        optional_time(&mut p, "e", "2pm", "the start time");
        let e = p.into_result().unwrap_err();
        let messages: Vec<_> = e.fields.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "The date sent must be today or in the past",
                "Enter the session date",
                "The session date must be a real date",
                "Enter the start time on the 24-hour clock, for example 14:30",
            ]
        );
    }
}
