//! Messages for people as stable keys with parameters, so the UI can say them in Welsh or English
//! from its catalogues while the core (and the CLI) keeps the English text beside them.
//!
//! How to turn an English message into a key (see docs/messages.md):
//! 1. add a line to `messages!` below (or to `message_labels.rs` for a field's name), with the
//!    English text and `{name}` for each parameter (`{Name}`: capitalised);
//! 2. make it with `Message::new(msg::NAME).text("name", value)` and give it to
//!    `Problems::say` instead of `Problems::add`;
//! 3. run `UPDATE_BINDINGS=1 cargo test --workspace --features custom-protocol --lib message`
//!    to regenerate `ui/src/lib/i18n/en-core.ts`, and add the Welsh to `cy-core.ts` (the UI's
//!    type check and tests fail until every key is there).

use std::collections::BTreeMap;

use serde::Serialize;

/// One message text: its stable key and its English template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub en: &'static str,
}

/// A parameter: text said as it is (a name, a number), or another message said in the same
/// language (the name of a field).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Param {
    Text(String),
    Key(String),
    /// A length of time in minutes, said in the language ("1 h 30 min", "1 awr 30 munud").
    Minutes(u32),
    /// Names said as a list in the language ("A, B and C", "A, B a C").
    List(Vec<String>),
    /// Other messages said one after another, each in the same language, with "; " between
    /// (what a referral still needs).
    Keys(Vec<String>),
}

/// A message for people: the key the UI looks up and its parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct Message {
    pub key: String,
    pub params: BTreeMap<String, Param>,
}

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident: $key:literal, $en:literal;)*) => {
        $($(#[$doc])* pub const $name: Msg = Msg { key: $key, en: $en };)*
        /// Every message template above.
        pub const TEMPLATES: &[Msg] = &[$($name),*];
    };
}
pub(crate) use messages;

/// The templates of the field checks every form shares.
pub mod msg {
    use super::Msg;

    super::messages! {
        ENTER: "core.field.enter", "Enter {what}";
        REAL_DATE: "core.field.realDate", "{What} must be a real date";
        DATE_FORMAT: "core.field.dateFormat",
            "Enter {what} as day, month and year, for example 23/11/2026";
        NOT_FUTURE: "core.field.notFuture", "{What} must be today or in the past";
        TIME_FORMAT: "core.field.timeFormat",
            "Enter {what} on the 24-hour clock, for example 14:30";
        TOO_LONG: "core.field.tooLong", "{Label} must be {max} characters or fewer";
        HIDDEN: "core.field.hidden",
            "{Label} contains {kind} ({code}), which cannot be seen and could make it read as \
             something else: type it again without it";
        HIDDEN_CONTROL: "core.hidden.control", "a control character";
        HIDDEN_DIRECTION: "core.hidden.direction", "a hidden text-direction control";
        HIDDEN_ZERO_WIDTH: "core.hidden.zeroWidth", "an invisible zero-width character";

        // What a record still needs before it can be finalised.
        ENTER_ACTUAL_START: "core.record.enterActualStart",
            "Enter the time the session actually started";
        ENTER_ACTUAL_END: "core.record.enterActualEnd",
            "Enter the time the session actually ended";
        ACTUAL_START_FORMAT: "core.record.actualStartFormat",
            "Enter the time the session actually started as 24-hour HH:MM, like 14:30";
        ACTUAL_END_FORMAT: "core.record.actualEndFormat",
            "Enter the time the session actually ended as 24-hour HH:MM, like 14:30";
        MARK_TOOK_PLACE: "core.record.markTookPlace",
            "Mark the session as having taken place before finalising its record";
        END_AFTER_START: "core.record.endAfterStart",
            "The session's actual end must be after its actual start";
        OBSERVATIONS_OF: "core.record.observationsOf", "Write your observations of {name}";
    }
}

impl Message {
    pub fn new(m: Msg) -> Self {
        Message {
            key: m.key.to_string(),
            params: BTreeMap::new(),
        }
    }

    /// A parameter said as it is.
    pub fn text(mut self, name: &str, value: impl Into<String>) -> Self {
        self.params
            .insert(name.to_string(), Param::Text(value.into()));
        self
    }

    /// A parameter that is itself a message (said in the same language).
    pub fn key(mut self, name: &str, m: Msg) -> Self {
        self.params
            .insert(name.to_string(), Param::Key(m.key.to_string()));
        self
    }

    /// A length of time, said in the language.
    pub fn minutes(mut self, name: &str, minutes: u32) -> Self {
        self.params
            .insert(name.to_string(), Param::Minutes(minutes));
        self
    }

    /// Names said as a list in the language.
    pub fn list<S: AsRef<str>>(mut self, name: &str, names: &[S]) -> Self {
        let names = names.iter().map(|n| n.as_ref().to_string()).collect();
        self.params.insert(name.to_string(), Param::List(names));
        self
    }

    /// Other messages, said one after another with "; " between.
    pub fn keys(mut self, name: &str, ms: &[Msg]) -> Self {
        let keys = ms.iter().map(|m| m.key.to_string()).collect();
        self.params.insert(name.to_string(), Param::Keys(keys));
        self
    }

    /// The English text, as the CLI prints it.
    pub fn english(&self) -> String {
        let template = find(&self.key).map_or(self.key.as_str(), |m| m.en);
        self.english_of(template, 0)
    }

    /// `template` filled from the parameters; a parameter that is a key is its template filled
    /// from the same parameters ("this should be {wanted}", wanted: "a whole number from 0 to
    /// {max}"), to a depth of 4 so a key naming itself cannot loop.
    fn english_of(&self, template: &str, depth: u8) -> String {
        fill(template, |name| match self.params.get(name)? {
            Param::Text(t) => Some(t.clone()),
            Param::Key(k) => Some(match find(k) {
                Some(m) if depth < 4 => self.english_of(m.en, depth + 1),
                Some(m) => m.en.to_string(),
                None => k.clone(),
            }),
            Param::Minutes(m) => Some(english_minutes(*m)),
            Param::List(names) => Some(english_list(names)),
            Param::Keys(keys) => Some(
                keys.iter()
                    .map(|k| find(k).map_or_else(|| k.clone(), |m| m.en.to_string()))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        })
    }
}

/// Words for people: English only (a `String`), or a key that also knows its English.
#[derive(Debug, Clone)]
pub struct Said {
    pub english: String,
    pub msg: Option<Message>,
}

impl From<String> for Said {
    fn from(english: String) -> Self {
        let msg = fixed(&english).map(Message::new);
        Said { english, msg }
    }
}

impl From<&str> for Said {
    fn from(english: &str) -> Self {
        Said::from(english.to_string())
    }
}

impl From<Message> for Said {
    fn from(m: Message) -> Self {
        Said {
            english: m.english(),
            msg: Some(m),
        }
    }
}

/// Every message the core can produce: the templates and the field names.
pub fn all() -> impl Iterator<Item = Msg> {
    msg::TEMPLATES
        .iter()
        .chain(crate::message_labels::LABELS)
        .chain(crate::message_rules_said::TEMPLATES)
        .chain(crate::message_deadlines::TEMPLATES)
        .chain(crate::message_file::TEMPLATES)
        .chain(crate::message_sending::TEMPLATES)
        .chain(crate::message_records::TEMPLATES)
        .chain(crate::message_import::TEMPLATES)
        .chain(crate::message_limits::TEMPLATES)
        .chain(crate::message_warnings::TEMPLATES)
        .chain(crate::message_forms::TEMPLATES)
        .chain(crate::message_import::signed::TEMPLATES)
        .chain(crate::message_rules::RULES)
        .chain(crate::message_rules3::TEMPLATES)
        .chain(crate::message_storage::TEMPLATES)
        .chain(crate::message_incident::TEMPLATES)
        .chain(crate::message_import_words::TEMPLATES)
        .copied()
}

/// As `model::times::duration_text` says it ("1 h 30 min").
fn english_minutes(minutes: u32) -> String {
    match (minutes / 60, minutes % 60) {
        (0, m) => format!("{m} min"),
        (h, 0) => format!("{h} h"),
        (h, m) => format!("{h} h {m} min"),
    }
}

/// As `rules::attendance::name_list` says it ("A, B and C").
fn english_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The template whose English is exactly `text`, when it has no parameters: a fixed message
/// given as English words (`Error::new(code, FOREIGN_MESSAGE)`) finds its key here.
pub fn fixed(text: &str) -> Option<Msg> {
    all().find(|m| m.en == text && !m.en.contains('{'))
}

fn find(key: &str) -> Option<Msg> {
    all().find(|m| m.key == key)
}

/// Fills `{name}` from `value`; `{Name}` is the value with its first letter made a capital.
/// The UI's catalogue does the same (ui/src/lib/i18n/coreMessage.ts).
pub fn fill(template: &str, value: impl Fn(&str) -> Option<String>) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        let capital = name.starts_with(char::is_uppercase);
        let lookup = lower_first(name);
        match value(&lookup) {
            Some(v) if capital => out.push_str(&upper_first(&v)),
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[open..=open + close]),
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The English catalogue of the core's messages as the UI imports it (generated; compared with
/// the committed file by a test).
pub fn typescript_catalogue() -> String {
    let mut out = String::from(
        "// Generated from the core's messages (src-tauri/core/src/message.rs, message_labels.rs)\n\
         // by `UPDATE_BINDINGS=1 cargo test --workspace --features custom-protocol --lib message`.\n\
         // Do not edit: change the English in Rust; the Welsh is in cy-core.ts.\n\
         export const enCore = {\n",
    );
    for m in all() {
        let en = m.en.replace('\\', "\\\\").replace('\'', "\\'");
        out.push_str(&format!("  '{}': '{}',\n", m.key, en));
    }
    out.push_str("} as const;\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_fills_text_and_keyed_parameters() {
        let m = Message::new(msg::REAL_DATE).key("what", crate::message_labels::SESSION_DATE);
        assert_eq!(m.english(), "The session date must be a real date");
        let m = Message::new(msg::TOO_LONG)
            .key("label", crate::message_labels::NOTES)
            .text("max", "10");
        assert_eq!(m.english(), "Notes must be 10 characters or fewer");
    }

    #[test]
    fn keys_are_unique() {
        let mut keys: Vec<_> = all().map(|m| m.key).collect();
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n);
    }

    #[test]
    fn the_ui_catalogue_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../ui/src/lib/i18n/en-core.ts");
        let fresh = typescript_catalogue();
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if fresh != committed {
            if std::env::var_os("UPDATE_BINDINGS").is_some() {
                std::fs::write(&path, &fresh).unwrap();
                return;
            }
            panic!(
                "ui/src/lib/i18n/en-core.ts is stale: the core's messages changed. Run \
                 `UPDATE_BINDINGS=1 cargo test --workspace --features custom-protocol --lib \
                 message` and add the Welsh of any new key to cy-core.ts."
            );
        }
        assert!(fresh.contains("'core.field.enter': 'Enter {what}'"));
    }
}
