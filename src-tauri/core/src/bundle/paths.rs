//! JSON paths such as `cases[0].referrals[1].sessions[3].duration_minutes`, the way every import
//! problem says where in the bundle it is, and the error that carries all of them.

use crate::error::{Error, ErrorCode, FieldError};

/// `path.name`, or `name` at the top.
pub fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

/// `path.name[i]`.
pub fn item(path: &str, name: &str, i: usize) -> String {
    format!("{}[{i}]", field(path, name))
}

/// The refusal of a whole bundle: one line per problem, each with its path.
pub fn refused(problems: Vec<FieldError>) -> Error {
    let n = problems.len();
    let said = if n == 1 {
        crate::message::Message::new(crate::message_import::REFUSED_ONE)
    } else {
        crate::message::Message::new(crate::message_import::REFUSED_MANY)
            .text("count", n.to_string())
    };
    let mut e = Error::said(ErrorCode::Invalid, said);
    e.fields = problems;
    e
}

/// One problem at one path.
/// A message given as English words finds its key by them when it has one
/// (`message_import.rs`); one made as a key keeps it.
pub fn problem(path: impl Into<String>, message: impl Into<crate::message::Said>) -> FieldError {
    let said = message.into();
    FieldError {
        msg: said.msg,
        field: path.into(),
        message: said.english,
    }
}
