//! The one error type of the app, serialised at the boundary as `{code, message, fields?}`.

use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A stable code the UI and the CLI can branch on; the message is for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
pub enum ErrorCode {
    /// The thing asked for does not exist (any more).
    NotFound,
    /// A form or a file was refused; `fields` says where.
    Invalid,
    /// A rule of the contact services refused the request.
    RuleBroken,
    /// A finalised record cannot be changed.
    Finalised,
    /// The data file is in use by another program.
    Locked,
    /// The data file is not a Contact Records file (or not a database at all).
    ForeignFile,
    /// The data file was written by a newer version of the app.
    NewerVersion,
    /// The data file is damaged.
    Corrupt,
    /// The passphrase or recovery key does not open the data file, or the file is damaged:
    /// SQLCipher cannot tell the two apart.
    WrongKey,
    /// The data file is one of ours but not encrypted yet: it must be converted first.
    NotEncrypted,
    /// The app is locked: the data file waits for its passphrase.
    NeedsUnlock,
    /// Any other problem reading or writing the data file.
    Storage,
}

/// A message about one field of a form, keyed by the field's name in the input type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct FieldError {
    pub field: String,
    /// In English, for the CLI and for messages not yet given a key.
    pub message: String,
    /// The message's key and parameters, which the UI says in the chosen language.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub msg: Option<crate::message::Message>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type, thiserror::Error)]
#[error("{message}")]
#[serde(rename = "AppError")]
pub struct Error {
    pub code: ErrorCode,
    pub message: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[specta(optional)]
    pub fields: Vec<FieldError>,
    /// The message's key and parameters, which the UI says in the chosen language; `message`
    /// keeps the English for the CLI.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[specta(optional)]
    pub msg: Option<crate::message::Message>,
}

impl Error {
    /// An error in English words; a fixed text that has a key (a trigger's refusal,
    /// `LOCKED_MESSAGE`: see `message_rules_said.rs`) is given it, so the UI can say it too.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        let message = message.into();
        let msg = crate::message::fixed(&message).map(crate::message::Message::new);
        Error {
            code,
            message,
            fields: Vec::new(),
            msg,
        }
    }

    /// An error said as a message key with its parameters; the English text is kept beside it.
    pub fn said(code: ErrorCode, msg: crate::message::Message) -> Self {
        Error {
            code,
            message: msg.english(),
            fields: Vec::new(),
            msg: Some(msg),
        }
    }

    /// A rule's refusal as a message key (see [`Error::said`]).
    pub fn rule_said(msg: crate::message::Message) -> Self {
        Error::said(ErrorCode::RuleBroken, msg)
    }

    pub fn not_found(what: &str) -> Self {
        use crate::message::Message;
        let m = Message::new(crate::message_rules_said::NOT_FOUND);
        let m = match crate::message_rules_said::thing(what) {
            Some(thing) => m.key("what", thing),
            None => m.text("what", format!("That {what}")),
        };
        Error::said(ErrorCode::NotFound, m)
    }

    pub fn rule(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::RuleBroken, message)
    }

    /// A refused form: the summary message plus one message per field.
    pub fn invalid(fields: Vec<FieldError>) -> Self {
        let (message, msg) = match fields.as_slice() {
            [only] => (only.message.clone(), only.msg.clone()),
            _ => {
                let m = crate::message::Message::new(crate::message_forms::SOME_ANSWERS);
                (m.english(), Some(m))
            }
        };
        Error {
            code: ErrorCode::Invalid,
            message,
            fields,
            msg,
        }
    }

    pub fn storage(message: impl Into<String>) -> Self {
        Error::new(ErrorCode::Storage, message)
    }

    /// This error as the one problem of a form's field, which the form then highlights.
    pub fn on_field(self, field: impl Into<String>) -> Self {
        Error::invalid(vec![FieldError {
            field: field.into(),
            message: self.message,
            msg: self.msg,
        }])
    }
}

impl FieldError {
    /// One field's problem as a message key with its parameters, the English kept beside it.
    pub fn said(field: impl Into<String>, msg: crate::message::Message) -> Self {
        FieldError {
            field: field.into(),
            message: msg.english(),
            msg: Some(msg),
        }
    }
}

/// Collects field errors while a form is checked, in the order of the form.
#[derive(Debug, Default)]
pub struct Problems(Vec<FieldError>);

impl Problems {
    /// A problem in English words; a fixed sentence that has a key (`message_forms.rs`) is
    /// given it. Prefer [`Problems::say`] for a sentence with parameters.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        let message = message.into();
        self.0.push(FieldError {
            msg: crate::message::fixed(&message).map(crate::message::Message::new),
            field: field.into(),
            message,
        });
    }

    /// A problem as a message key with its parameters; the English text is kept beside it.
    pub fn say(&mut self, field: impl Into<String>, msg: crate::message::Message) {
        self.0.push(FieldError {
            field: field.into(),
            message: msg.english(),
            msg: Some(msg),
        });
    }

    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|p| p.field == field)
    }

    /// The problems found, in order.
    pub fn into_fields(self) -> Vec<FieldError> {
        self.0
    }

    pub fn into_result(self) -> Result<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(Error::invalid(self.0))
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        crate::store::errors::classify(&e)
    }
}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        crate::message_storage::internal(format_args!(
            "data for the audit log could not be encoded: {e}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_as_code_and_message() {
        let e = Error::new(ErrorCode::Locked, "in use");
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({"code": "Locked", "message": "in use"})
        );
    }

    #[test]
    fn a_said_error_carries_its_key_and_its_english() {
        use crate::message::{msg, Message};
        let e = Error::rule_said(Message::new(msg::ENTER).text("what", "a date"));
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({"code": "RuleBroken", "message": "Enter a date",
                "msg": {"key": "core.field.enter", "params": {"what": {"text": "a date"}}}})
        );
    }

    #[test]
    fn invalid_carries_fields() {
        let e = Error::invalid(vec![FieldError {
            msg: None,
            field: "full_name".into(),
            message: "Enter the child's full name".into(),
        }]);
        assert_eq!(
            serde_json::to_value(&e).unwrap(),
            serde_json::json!({
                "code": "Invalid",
                "message": "Enter the child's full name",
                "fields": [{"field": "full_name", "message": "Enter the child's full name"}]
            })
        );
    }
}
