-- The documents the app exported for each case, and where to: the case's list of exports and
-- "Show in folder" read it. The command line's `report` and `export` stay read-only and are not
-- recorded. Written in the same transaction as its audit entry.
CREATE TABLE exports (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases (id),
    kind      TEXT NOT NULL CHECK (kind IN ('observed_session', 'observed_final', 'supported', 'court_report', 'bundle')),
    file_name TEXT NOT NULL,
    path      TEXT NOT NULL,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL
) STRICT;

CREATE INDEX exports_by_case ON exports (case_id, at);
