-- A remote referral's suitability answers (what was discussed with the parties, the limitations
-- explained, the feedback arrangements: migration 0015) are words of the referral, so search finds
-- them like its risk assessment and session plan. The view and the update trigger gain the three
-- columns, and every referral's entry is made again from the new view.
DROP VIEW search_source_referrals;
CREATE VIEW search_source_referrals AS
SELECT id * 16 + 4 AS entry_id, id AS source_id, case_id, 'referral' AS source, id AS referral_id, NULL AS session_id,
       provider_name AS title,
       concat_ws(char(10), provider_address, provider_email, risk_assessment, risk_assessed_by,
                 session_plan, remote_assessed_by, remote_discussed, remote_limitations,
                 remote_feedback) AS body
FROM referrals;

DROP TRIGGER search_referrals_update;
CREATE TRIGGER search_referrals_update AFTER UPDATE ON referrals
WHEN OLD.provider_name IS NOT NEW.provider_name OR OLD.provider_address IS NOT NEW.provider_address
    OR OLD.provider_email IS NOT NEW.provider_email
    OR OLD.risk_assessment IS NOT NEW.risk_assessment
    OR OLD.risk_assessed_by IS NOT NEW.risk_assessed_by OR OLD.session_plan IS NOT NEW.session_plan
    OR OLD.remote_assessed_by IS NOT NEW.remote_assessed_by
    OR OLD.remote_discussed IS NOT NEW.remote_discussed
    OR OLD.remote_limitations IS NOT NEW.remote_limitations
    OR OLD.remote_feedback IS NOT NEW.remote_feedback
    OR OLD.case_id IS NOT NEW.case_id OR OLD.id IS NOT NEW.id
BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 16 + 4;
    INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
    SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
    FROM search_source_referrals WHERE source_id = NEW.id;
END;

DELETE FROM search_index WHERE rowid IN (SELECT entry_id FROM search_source_referrals);
INSERT INTO search_index (rowid, case_id, source, source_id, referral_id, session_id, title, body)
SELECT entry_id, case_id, source, source_id, referral_id, session_id, title, body
FROM search_source_referrals;
