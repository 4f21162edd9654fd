-- Cases, their children and adults, and the append-only audit log.

CREATE TABLE cases (
    id                    INTEGER PRIMARY KEY,
    court                 TEXT NOT NULL,
    court_case_number     TEXT NOT NULL,
    court_case_number_key TEXT NOT NULL UNIQUE,
    cafcass_number        TEXT NOT NULL DEFAULT '',
    cafcass_system        TEXT NOT NULL CHECK (cafcass_system IN ('iris', 'ecms')),
    adviser_name          TEXT NOT NULL DEFAULT '',
    case_name             TEXT NOT NULL,
    status                TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    notes                 TEXT NOT NULL DEFAULT '',
    search_key            TEXT NOT NULL,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
) STRICT;

CREATE INDEX cases_by_recent ON cases (status, updated_at DESC);

CREATE TABLE children (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    full_name     TEXT NOT NULL,
    date_of_birth TEXT NOT NULL,
    language      TEXT NOT NULL CHECK (language IN ('english', 'welsh')),
    needs         TEXT NOT NULL DEFAULT '',
    search_key    TEXT NOT NULL
) STRICT;

CREATE INDEX children_by_case ON children (case_id);

CREATE TABLE adults (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    full_name       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('mother', 'father', 'grandparent', 'other_relative', 'other')),
    party           TEXT NOT NULL CHECK (party IN ('resident', 'visiting')),
    contact_details TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL CHECK (language IN ('english', 'welsh')),
    search_key      TEXT NOT NULL
) STRICT;

CREATE INDEX adults_by_case ON adults (case_id);

-- Every change to every table, written in the same transaction as the change. Each entry's hash
-- covers the previous entry's hash and this entry's content, so a removed or edited entry shows.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      INTEGER NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;

CREATE INDEX audit_by_row ON audit_log (table_name, row_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
