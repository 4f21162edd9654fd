-- Remote suitability records what the FCA/FCSW discussed with the parties, the limitations of
-- remote contact explained to them and the feedback arrangements (Cafcass Cymru Expectation
-- Statement), besides the date and the name. A referral recorded before has them empty: it needs
-- them before its next remote session, which the app says on the referral page.
ALTER TABLE referrals ADD COLUMN remote_discussed   TEXT NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN remote_limitations TEXT NOT NULL DEFAULT '';
ALTER TABLE referrals ADD COLUMN remote_feedback    TEXT NOT NULL DEFAULT '';

-- The office's own deadlines (no source document sets them): how many working days after a
-- session its record is due, and after an incident is reported its written follow-up. The keys
-- of `settings` are named by its CHECK, so the table is made again with the two new keys, each
-- a whole number of working days from 0 to 10. Row ids are kept for the audit log.
CREATE TABLE settings_new (
    key   TEXT NOT NULL PRIMARY KEY
          CHECK (key IN ('calendar_kind', 'session_record_days', 'incident_follow_up_days')),
    value TEXT NOT NULL,
    CHECK (key <> 'calendar_kind' OR value IN ('england_wales', 'jersey')),
    CHECK (key NOT IN ('session_record_days', 'incident_follow_up_days')
           OR value IN ('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'))
) STRICT;
INSERT INTO settings_new (rowid, key, value) SELECT rowid, key, value FROM settings;
DROP TABLE settings;
ALTER TABLE settings_new RENAME TO settings;
