-- A SQLite file as the builds up to commit 690d2a6 (before the stores were written once for both databases) left
-- it: their migrations verbatim, each followed by rows as that build wrote them (timestamps as ISO 8601 text, an
-- assessment's completion time with the offset it was given). Frozen on purpose: it stands for files that exist, so
-- it is never edited. MigratorContract applies it up to a version, then opens the file with the current build.
-- Parameters (@name) are bound by the test.
-- version 0: the migrator's own table
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);

-- version 1: conversations, processed activities, assessments
CREATE TABLE conversations (
    conversation_key TEXT PRIMARY KEY,
    respondent_key   TEXT NOT NULL,
    version          INTEGER NOT NULL,
    state_json       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX ix_conversations_respondent ON conversations (respondent_key);

CREATE TABLE processed_activities (
    conversation_key TEXT NOT NULL,
    activity_id      TEXT NOT NULL,
    respondent_key   TEXT NOT NULL,
    replies_json     TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    PRIMARY KEY (conversation_key, activity_id)
);
CREATE INDEX ix_processed_activities_respondent ON processed_activities (respondent_key);

CREATE TABLE assessments (
    assessment_id    TEXT PRIMARY KEY,
    conversation_key TEXT NOT NULL,
    respondent_key   TEXT NOT NULL,
    region_name      TEXT,
    rules_version    TEXT NOT NULL,
    input_json       TEXT NOT NULL,
    result_json      TEXT NOT NULL,
    remarks_json     TEXT NOT NULL,
    completed_at     TEXT NOT NULL
);
CREATE INDEX ix_assessments_respondent ON assessments (respondent_key);
CREATE INDEX ix_assessments_region ON assessments (region_name);
-- rows
INSERT INTO conversations VALUES ('directline:conv-oud', 'directline:u-oud', 3, @state, '2026-11-23T09:00:00.0000000+00:00');
INSERT INTO processed_activities VALUES ('directline:conv-oud', 'conv-oud|0000003', 'directline:u-oud', @replies, '2026-11-23T09:00:00.0000000+00:00');
INSERT INTO assessments VALUES ('a-oud', 'directline:conv-oud', 'directline:u-oud', 'Binnenmeren', @rules, '{}', @result, @remarks, '2026-11-23T10:15:30.1234567+01:00');
INSERT INTO schema_version VALUES (1, 'conversations, processed activities, assessments', '2026-11-23T08:00:00.0000000+00:00');

-- version 2: report archive, report links, regions and rounds
CREATE TABLE report_regions (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    coordinator_hash BLOB NOT NULL,
    access_code_hash BLOB NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE report_rounds (
    region_id TEXT NOT NULL REFERENCES report_regions(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    opened_at TEXT NOT NULL,
    PRIMARY KEY (region_id, number)
);
CREATE TABLE report_assessments (
    report_id TEXT PRIMARY KEY,
    user_key TEXT NOT NULL,
    region_id TEXT NULL,
    round INTEGER NULL,
    consented_name TEXT NULL,
    completed_at TEXT NOT NULL,
    completed_ticks INTEGER NOT NULL,
    result_json TEXT NOT NULL,
    remarks_json TEXT NOT NULL
);
CREATE INDEX ix_report_assessments_user ON report_assessments (user_key);
CREATE INDEX ix_report_assessments_round ON report_assessments (region_id, round);
CREATE TABLE report_links (
    token_hash BLOB PRIMARY KEY,
    report_id TEXT NOT NULL REFERENCES report_assessments(report_id) ON DELETE CASCADE,
    expires_ticks INTEGER NOT NULL
);
CREATE INDEX ix_report_links_report ON report_links (report_id);
-- rows
INSERT INTO report_regions VALUES ('noord', 'Noord', @coordinator_hash, @access_code_hash, '2026-11-23T08:00:00.0000000+00:00');
INSERT INTO report_rounds VALUES ('noord', 1, '2026-11-23T08:00:00.0000000+00:00');
INSERT INTO report_assessments VALUES ('r-oud', 'directline:u-oud', 'noord', 1, NULL, '2026-11-23T10:15:30.1234567+01:00', @completed_ticks, @result, @remarks);
INSERT INTO report_links VALUES (@token_hash, 'r-oud', @expires_ticks);
INSERT INTO schema_version VALUES (2, 'report archive, report links, regions and rounds', '2026-11-23T08:00:00.0000000+00:00');

-- version 3: channel transcripts (Direct Line)
CREATE TABLE transcript_conversation (
    conversation_id TEXT NOT NULL PRIMARY KEY,
    created_utc     TEXT NOT NULL
);
CREATE TABLE transcript_entry (
    conversation_id TEXT    NOT NULL REFERENCES transcript_conversation (conversation_id),
    watermark       INTEGER NOT NULL,
    payload         TEXT    NOT NULL,
    PRIMARY KEY (conversation_id, watermark)
) WITHOUT ROWID;
-- rows
INSERT INTO transcript_conversation VALUES ('conv-oud', '2026-11-23T09:00:00.0000000+00:00');
INSERT INTO transcript_entry VALUES ('conv-oud', 1, '{"id":"conv-oud|0000001","text":"Hallo"}');
INSERT INTO transcript_entry VALUES ('conv-oud', 2, '{"id":"conv-oud|0000002","text":"Welkom terug"}');
INSERT INTO schema_version VALUES (3, 'channel transcripts (Direct Line)', '2026-11-23T08:00:00.0000000+00:00');

-- version 4: rephrasings of advice (optional LLM layer)
CREATE TABLE rephrasings (
    key        TEXT NOT NULL PRIMARY KEY,
    texts      TEXT NOT NULL,
    created_at TEXT NOT NULL
) WITHOUT ROWID;
-- rows
INSERT INTO rephrasings VALUES (@rephrasing_key, '{"advies-1":"Herschreven advies"}', '2026-11-23T09:00:00.0000000+00:00');
INSERT INTO schema_version VALUES (4, 'rephrasings of advice (optional LLM layer)', '2026-11-23T08:00:00.0000000+00:00');

-- version 5: respondent links, erased transcripts, undelivered replies, retention
ALTER TABLE transcript_conversation ADD COLUMN respondent_key TEXT;
ALTER TABLE transcript_conversation ADD COLUMN last_watermark INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transcript_conversation ADD COLUMN total_bytes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE transcript_conversation ADD COLUMN updated_utc TEXT NOT NULL DEFAULT '';
-- Older transcripts did not record their respondent; the engine keys a web chat 'directline:<conversation id>'.
UPDATE transcript_conversation SET
    last_watermark = COALESCE((SELECT MAX(watermark) FROM transcript_entry e WHERE e.conversation_id = transcript_conversation.conversation_id), 0),
    total_bytes = COALESCE((SELECT SUM(length(CAST(payload AS BLOB))) FROM transcript_entry e WHERE e.conversation_id = transcript_conversation.conversation_id), 0),
    updated_utc = created_utc,
    respondent_key = (SELECT respondent_key FROM conversations c WHERE c.conversation_key = 'directline:' || transcript_conversation.conversation_id);
CREATE INDEX ix_transcript_conversation_respondent ON transcript_conversation (respondent_key);
CREATE INDEX ix_transcript_conversation_updated ON transcript_conversation (updated_utc);

CREATE TABLE erased_transcripts (
    conversation_hash TEXT NOT NULL PRIMARY KEY,
    erased_at         TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE undelivered_replies (
    reply_id         INTEGER PRIMARY KEY,
    conversation_key TEXT NOT NULL,
    activity_id      TEXT NOT NULL,
    respondent_key   TEXT NOT NULL,
    payload          TEXT NOT NULL,
    error            TEXT NOT NULL,
    failed_at        TEXT NOT NULL
);
CREATE INDEX ix_undelivered_replies_conversation ON undelivered_replies (conversation_key);
CREATE INDEX ix_undelivered_replies_respondent ON undelivered_replies (respondent_key);

ALTER TABLE rephrasings ADD COLUMN content_hash TEXT;
-- RephrasingCacheKey.Value ends with the 64 hex digits of the content hash.
UPDATE rephrasings SET content_hash = substr(key, -64);
CREATE INDEX ix_rephrasings_content ON rephrasings (content_hash);

CREATE INDEX ix_processed_activities_created ON processed_activities (created_at);
-- rows
INSERT INTO undelivered_replies (conversation_key, activity_id, respondent_key, payload, error, failed_at)
VALUES ('directline:conv-oud', 'conv-oud|0000003', 'directline:u-oud', '{"text":"Welkom terug"}', 'Connector answered 500', '2026-11-23T09:00:01.0000000+00:00');
INSERT INTO erased_transcripts VALUES (@erased_hash, '2026-11-23T09:00:00.0000000+00:00');
INSERT INTO schema_version VALUES (5, 'respondent links, erased transcripts, undelivered replies, retention', '2026-11-23T08:00:00.0000000+00:00');
