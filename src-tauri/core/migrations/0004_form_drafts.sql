-- What is being typed into a form for a new case, person, referral, session or incident, kept in
-- the (encrypted) data file rather than the window's own storage, so a crash or a killed app
-- loses at most a second of typing. One row per form; removed when the form is saved or cancelled.
-- Not audited: these are not records, only unsaved typing, rewritten every second.
CREATE TABLE form_drafts (
    form     TEXT NOT NULL PRIMARY KEY CHECK (length(form) BETWEEN 1 AND 100),
    json     TEXT NOT NULL CHECK (json_valid(json) AND length(json) <= 200000),
    saved_at TEXT NOT NULL
) STRICT;
