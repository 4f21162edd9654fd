-- A record's search text is its prose only. The first index (0008) took every text leaf of the
-- record, so a passage began with the session's times and the children's references
-- ("10:00 11:00 child-1 ..."), which read as noise beside the words that matched. Times, ISO dates
-- and the references to the case's people are left out here; the result's heading already says
-- the session's date.

DROP VIEW search_source_records;

CREATE VIEW search_source_records AS
SELECT r.id * 16 + 5 AS entry_id, r.id AS source_id, f.case_id, 'record' AS source, r.referral_id, r.session_id,
       '' AS title,
       CASE WHEN r.status = 'final' AND json_valid(r.signed_json) THEN
           (SELECT group_concat(j.value, char(10)) FROM json_tree(r.signed_json, '$.content') j
            WHERE j.type = 'text'
              AND j.value NOT GLOB '[0-9][0-9]:[0-9][0-9]'
              AND j.value NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
              AND j.value NOT GLOB 'child-[0-9]*'
              AND j.value NOT GLOB 'adult-[0-9]*')
       WHEN json_valid(r.content_json) THEN
           (SELECT group_concat(j.value, char(10)) FROM json_tree(r.content_json) j
            WHERE j.type = 'text'
              AND j.value NOT GLOB '[0-9][0-9]:[0-9][0-9]'
              AND j.value NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
              AND j.value NOT GLOB 'child-[0-9]*'
              AND j.value NOT GLOB 'adult-[0-9]*')
       ELSE ''
       END AS body
FROM records r JOIN referrals f ON f.id = r.referral_id;

DELETE FROM search_index WHERE source = 'record';
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
FROM search_source_records;
