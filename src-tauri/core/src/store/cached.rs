//! The connection a write runs on, with `execute` and `query_row` going through the statement
//! cache: preparing a statement compiles every trigger it fires (the search index, the guards on
//! finalised records), which cost more than running it when a case bundle was imported row by
//! row. Everything else is the plain connection (`Deref`).

use std::ops::Deref;

use rusqlite::{Connection, Params, Row};

pub(crate) struct Cached<'a>(pub(crate) &'a Connection);

impl Deref for Cached<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.0
    }
}

impl Cached<'_> {
    /// [`Connection::execute`], prepared once per connection.
    pub fn execute<P: Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.0.prepare_cached(sql)?.execute(params)
    }

    /// [`Connection::query_row`], prepared once per connection.
    pub fn query_row<T, P, F>(&self, sql: &str, params: P, f: F) -> rusqlite::Result<T>
    where
        P: Params,
        F: FnOnce(&Row<'_>) -> rusqlite::Result<T>,
    {
        self.0.prepare_cached(sql)?.query_row(params, f)
    }
}
