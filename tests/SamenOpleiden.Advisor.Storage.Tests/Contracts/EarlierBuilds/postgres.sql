-- A PostgreSQL database as the builds up to commit 690d2a6 (before the stores were written once for both databases)
-- left it: their migrations verbatim, in their own order (transcripts before reports; versions 1 to 3 came in one
-- build), each followed by rows as that build wrote them (report completion times as ISO 8601 text). Frozen on
-- purpose: it stands for databases that exist, so it is never edited. MigratorContract applies it up to a version,
-- then opens the database with the current build. Parameters (@name) are bound by the test.
-- version 0: the migrator's own table
CREATE TABLE IF NOT EXISTS schema_version (
    version integer PRIMARY KEY, description text NOT NULL, applied_at timestamptz NOT NULL);

-- version 1: conversations, processed activities, assessments
CREATE TABLE conversations (
    conversation_key text PRIMARY KEY,
    respondent_key   text NOT NULL,
    version          bigint NOT NULL,
    state_json       text NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX ix_conversations_respondent ON conversations (respondent_key);

CREATE TABLE processed_activities (
    conversation_key text NOT NULL,
    activity_id      text NOT NULL,
    respondent_key   text NOT NULL,
    replies_json     text NOT NULL,
    created_at       timestamptz NOT NULL,
    PRIMARY KEY (conversation_key, activity_id)
);
CREATE INDEX ix_processed_activities_respondent ON processed_activities (respondent_key);

CREATE TABLE assessments (
    assessment_id    text PRIMARY KEY,
    conversation_key text NOT NULL,
    respondent_key   text NOT NULL,
    region_name      text,
    rules_version    text NOT NULL,
    input_json       text NOT NULL,
    result_json      text NOT NULL,
    remarks_json     text NOT NULL,
    completed_at     timestamptz NOT NULL
);
CREATE INDEX ix_assessments_respondent ON assessments (respondent_key);
CREATE INDEX ix_assessments_region ON assessments (region_name);
-- rows
INSERT INTO conversations VALUES ('directline:conv-oud', 'directline:u-oud', 3, @state, '2026-11-23 09:00:00+00');
INSERT INTO processed_activities VALUES ('directline:conv-oud', 'conv-oud|0000003', 'directline:u-oud', @replies, '2026-11-23 09:00:00+00');
INSERT INTO assessments VALUES ('a-oud', 'directline:conv-oud', 'directline:u-oud', 'Binnenmeren', @rules, '{}', @result, @remarks, '2026-11-23 10:15:30.123457+01');
INSERT INTO schema_version VALUES (1, 'conversations, processed activities, assessments', '2026-11-23 08:00:00+00');

-- version 2: Direct Line transcripts
CREATE TABLE transcript_conversation (
    conversation_id text PRIMARY KEY,
    created_utc     timestamptz NOT NULL,
    last_watermark  bigint NOT NULL DEFAULT 0
);
CREATE TABLE transcript_entry (
    conversation_id text   NOT NULL REFERENCES transcript_conversation (conversation_id) ON DELETE CASCADE,
    watermark       bigint NOT NULL,
    payload         text   NOT NULL,
    PRIMARY KEY (conversation_id, watermark)
);
-- rows
INSERT INTO transcript_conversation VALUES ('conv-oud', '2026-11-23 09:00:00+00', 2);
INSERT INTO transcript_entry VALUES ('conv-oud', 1, '{"id":"conv-oud|0000001","text":"Hallo"}');
INSERT INTO transcript_entry VALUES ('conv-oud', 2, '{"id":"conv-oud|0000002","text":"Welkom terug"}');
INSERT INTO schema_version VALUES (2, 'Direct Line transcripts', '2026-11-23 08:00:00+00');

-- version 3: report archive, regions and rounds
CREATE TABLE report_regions (
    id               text PRIMARY KEY,
    name             text NOT NULL,
    coordinator_hash bytea NOT NULL,
    access_code_hash bytea NOT NULL UNIQUE,
    created_at       timestamptz NOT NULL
);
CREATE TABLE report_rounds (
    region_id text NOT NULL REFERENCES report_regions (id) ON DELETE CASCADE,
    number    integer NOT NULL,
    opened_at timestamptz NOT NULL,
    PRIMARY KEY (region_id, number)
);
CREATE TABLE report_assessments (
    report_id       text PRIMARY KEY,
    user_key        text NOT NULL,
    region_id       text NULL,
    round           integer NULL,
    consented_name  text NULL,
    completed_at    text NOT NULL,
    completed_ticks bigint NOT NULL,
    result_json     text NOT NULL,
    remarks_json    text NOT NULL
);
CREATE INDEX ix_report_assessments_user ON report_assessments (user_key);
CREATE INDEX ix_report_assessments_round ON report_assessments (region_id, round);
CREATE TABLE report_links (
    token_hash    bytea PRIMARY KEY,
    report_id     text NOT NULL REFERENCES report_assessments (report_id) ON DELETE CASCADE,
    expires_ticks bigint NOT NULL
);
CREATE INDEX ix_report_links_report ON report_links (report_id);
-- rows
INSERT INTO report_regions VALUES ('noord', 'Noord', @coordinator_hash, @access_code_hash, '2026-11-23 08:00:00+00');
INSERT INTO report_rounds VALUES ('noord', 1, '2026-11-23 08:00:00+00');
INSERT INTO report_assessments VALUES ('r-oud', 'directline:u-oud', 'noord', 1, NULL, '2026-11-23T10:15:30.1234567+01:00', @completed_ticks, @result, @remarks);
INSERT INTO report_links VALUES (@token_hash, 'r-oud', @expires_ticks);
INSERT INTO schema_version VALUES (3, 'report archive, regions and rounds', '2026-11-23 08:00:00+00');

-- version 4: rephrasings of advice (optional LLM layer)
CREATE TABLE rephrasings (
    key        text PRIMARY KEY,
    texts      text NOT NULL,
    created_at timestamptz NOT NULL
);
-- rows
INSERT INTO rephrasings VALUES (@rephrasing_key, '{"advies-1":"Herschreven advies"}', '2026-11-23 09:00:00+00');
INSERT INTO schema_version VALUES (4, 'rephrasings of advice (optional LLM layer)', '2026-11-23 08:00:00+00');

-- version 5: respondent links, erased transcripts, undelivered replies, retention
ALTER TABLE transcript_conversation
    ADD COLUMN respondent_key text,
    ADD COLUMN total_bytes    bigint NOT NULL DEFAULT 0,
    ADD COLUMN updated_utc    timestamptz NOT NULL DEFAULT now();
-- Older transcripts did not record their respondent; the engine keys a web chat 'directline:<conversation id>'.
UPDATE transcript_conversation t SET
    total_bytes = COALESCE((SELECT SUM(octet_length(payload)) FROM transcript_entry e WHERE e.conversation_id = t.conversation_id), 0),
    updated_utc = created_utc,
    respondent_key = (SELECT respondent_key FROM conversations c WHERE c.conversation_key = 'directline:' || t.conversation_id);
CREATE INDEX ix_transcript_conversation_respondent ON transcript_conversation (respondent_key);
CREATE INDEX ix_transcript_conversation_updated ON transcript_conversation (updated_utc);

CREATE TABLE erased_transcripts (
    conversation_hash text PRIMARY KEY,
    erased_at         timestamptz NOT NULL
);

CREATE TABLE undelivered_replies (
    reply_id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_key text NOT NULL,
    activity_id      text NOT NULL,
    respondent_key   text NOT NULL,
    payload          text NOT NULL,
    error            text NOT NULL,
    failed_at        timestamptz NOT NULL
);
CREATE INDEX ix_undelivered_replies_conversation ON undelivered_replies (conversation_key);
CREATE INDEX ix_undelivered_replies_respondent ON undelivered_replies (respondent_key);

ALTER TABLE rephrasings ADD COLUMN content_hash text;
-- RephrasingCacheKey.Value ends with the 64 hex digits of the content hash.
UPDATE rephrasings SET content_hash = right(key, 64);
CREATE INDEX ix_rephrasings_content ON rephrasings (content_hash);

CREATE INDEX ix_processed_activities_created ON processed_activities (created_at);
-- rows
INSERT INTO undelivered_replies (conversation_key, activity_id, respondent_key, payload, error, failed_at)
VALUES ('directline:conv-oud', 'conv-oud|0000003', 'directline:u-oud', '{"text":"Welkom terug"}', 'Connector answered 500', '2026-11-23 09:00:01+00');
INSERT INTO erased_transcripts VALUES (@erased_hash, '2026-11-23 09:00:00+00');
INSERT INTO schema_version VALUES (5, 'respondent links, erased transcripts, undelivered replies, retention', '2026-11-23 08:00:00+00');
