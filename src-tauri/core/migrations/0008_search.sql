-- Search everything: one full-text index over cases, people, referrals, records (draft content,
-- and the signed text once finalised), addenda and incidents, kept by the triggers below in the
-- same transaction as every change, whatever program writes the file, and filled here for the
-- rows already there.
--
-- `unicode61 remove_diacritics 2` folds accents both ways, so "Sian" finds "Siân" and "Gwyn"
-- finds "Gŵyn". Being an ordinary table of the file, the index is encrypted with it.
--
-- Each row's rowid is (the source row's id) * 16 + (a code for its source table), so a change
-- finds its row without a scan. Codes: 1 case, 2 child, 3 adult, 4 referral, 5 record,
-- 6 addendum, 7 incident; 8 to 15 are free.
--
-- To add a source (say reports): pick a free code and add, in a new migration, one view
-- `search_source_<name>` of the columns below and three triggers in the pattern of these; the
-- store's query needs no change.

CREATE VIRTUAL TABLE search_index USING fts5(
    case_id UNINDEXED,
    -- 'case', 'child', 'adult', 'referral', 'record', 'addendum', 'incident'
    source UNINDEXED,
    -- The source row's id, and the referral and session it belongs to (else NULL): where a
    -- result leads.
    source_id UNINDEXED,
    referral_id UNINDEXED,
    session_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- One view per source says what it puts in the index, for its triggers and the first fill.
-- `source_id` is the source row's id: the triggers look a row up by it, through its key.

CREATE VIEW search_source_cases AS
SELECT id * 16 + 1 AS entry_id, id AS source_id, id AS case_id, 'case' AS source, NULL AS referral_id, NULL AS session_id,
       court_case_number || ' ' || case_name AS title,
       concat_ws(char(10), court, cafcass_number, adviser_name, notes) AS body
FROM cases;

CREATE VIEW search_source_children AS
SELECT id * 16 + 2 AS entry_id, id AS source_id, case_id, 'child' AS source, NULL AS referral_id, NULL AS session_id,
       full_name AS title, needs AS body
FROM children;

CREATE VIEW search_source_adults AS
SELECT id * 16 + 3 AS entry_id, id AS source_id, case_id, 'adult' AS source, NULL AS referral_id, NULL AS session_id,
       full_name AS title, contact_details AS body
FROM adults;

CREATE VIEW search_source_referrals AS
SELECT id * 16 + 4 AS entry_id, id AS source_id, case_id, 'referral' AS source, id AS referral_id, NULL AS session_id,
       provider_name AS title,
       concat_ws(char(10), provider_address, provider_email, risk_assessment, risk_assessed_by,
                 session_plan, remote_assessed_by) AS body
FROM referrals;

-- A draft's content as typed, a final record's as signed (the document's `content`): the text
-- leaves of the JSON joined by new lines, never its keys.
CREATE VIEW search_source_records AS
SELECT r.id * 16 + 5 AS entry_id, r.id AS source_id, f.case_id, 'record' AS source, r.referral_id, r.session_id,
       '' AS title,
       CASE WHEN r.status = 'final' AND json_valid(r.signed_json) THEN
           (SELECT group_concat(j.value, char(10)) FROM json_tree(r.signed_json, '$.content') j
            WHERE j.type = 'text')
       WHEN json_valid(r.content_json) THEN
           (SELECT group_concat(j.value, char(10)) FROM json_tree(r.content_json) j
            WHERE j.type = 'text')
       ELSE ''
       END AS body
FROM records r JOIN referrals f ON f.id = r.referral_id;

CREATE VIEW search_source_addenda AS
SELECT a.id * 16 + 6 AS entry_id, a.id AS source_id, f.case_id, 'addendum' AS source, r.referral_id, r.session_id,
       a.reason AS title, a.text AS body
FROM record_addenda a JOIN records r ON r.id = a.record_id JOIN referrals f ON f.id = r.referral_id;

CREATE VIEW search_source_incidents AS
SELECT id * 16 + 7 AS entry_id, id AS source_id, case_id, 'incident' AS source, referral_id, session_id,
       by_whom AS title,
       concat_ws(char(10), people_involved, what_happened, action_taken, police_told_whom,
                 social_services_told_whom) AS body
FROM incidents;

-- Kept in step with every insert, update and delete.

CREATE TRIGGER search_cases_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_cases WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_cases_update AFTER UPDATE ON cases
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_cases WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_cases_delete AFTER DELETE ON cases
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 1;
END;

CREATE TRIGGER search_children_insert AFTER INSERT ON children
BEGIN
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_children WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_children_update AFTER UPDATE ON children
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_children WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_children_delete AFTER DELETE ON children
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 2;
END;

CREATE TRIGGER search_adults_insert AFTER INSERT ON adults
BEGIN
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_adults WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_adults_update AFTER UPDATE ON adults
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_adults WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_adults_delete AFTER DELETE ON adults
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 3;
END;

CREATE TRIGGER search_referrals_insert AFTER INSERT ON referrals
BEGIN
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_referrals WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_referrals_update AFTER UPDATE ON referrals
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_referrals WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_referrals_delete AFTER DELETE ON referrals
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
END;

CREATE TRIGGER search_records_insert AFTER INSERT ON records
BEGIN
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_records WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_records_update AFTER UPDATE ON records
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_records WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_records_delete AFTER DELETE ON records
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 5;
END;

CREATE TRIGGER search_record_addenda_insert AFTER INSERT ON record_addenda
BEGIN
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_addenda WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_record_addenda_update AFTER UPDATE ON record_addenda
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 6;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_addenda WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_incidents_insert AFTER INSERT ON incidents
BEGIN
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_incidents WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_incidents_update AFTER UPDATE ON incidents
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_incidents WHERE source_id = NEW.id;
END;

CREATE TRIGGER search_incidents_delete AFTER DELETE ON incidents
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 7;
END;

-- The rows already there.
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body FROM search_source_cases;
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body FROM search_source_children;
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body FROM search_source_adults;
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body FROM search_source_referrals;
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body FROM search_source_records;
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body FROM search_source_addenda;
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body FROM search_source_incidents;

-- Scale: lookups that the indexes above could not serve, each made once per session or referral
-- by every change, so that without them importing N cases took time growing with N².
-- (The partial unique indexes of migration 2 serve only lookups that name a child or an adult.)
CREATE INDEX attendance_by_session ON attendance (session_id);
CREATE INDEX referral_attendees_by_referral ON referral_attendees (referral_id);
