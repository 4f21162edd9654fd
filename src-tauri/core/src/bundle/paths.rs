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
    Error {
        code: ErrorCode::Invalid,
        message: format!(
            "The bundle was not imported and nothing was changed: {n} {} found. Fix {} and \
             import it again.",
            if n == 1 {
                "problem was"
            } else {
                "problems were"
            },
            if n == 1 { "it" } else { "them" },
        ),
        fields: problems,
        msg: None,
    }
}

/// One problem at one path.
pub fn problem(path: impl Into<String>, message: impl Into<String>) -> FieldError {
    FieldError {
        msg: None,
        field: path.into(),
        message: message.into(),
    }
}
