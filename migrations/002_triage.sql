-- The symptom check (bot/handlers/triage.py, bot/storage/triage_store.py).
-- triage_sessions: the one check a person has in progress, so it survives a restart between
-- two answers. `state` is bot.triage.engine.State.to_json(); `session` is the short id in the
-- check's buttons (v1:t:<session>:...), so buttons of an earlier check are recognised as stale.
-- The row is deleted when the check ends, is cancelled, or is abandoned for 24 hours.
CREATE TABLE triage_sessions (
    user_id       INTEGER PRIMARY KEY,
    chat_id       INTEGER NOT NULL,
    session       TEXT NOT NULL,
    state         TEXT NOT NULL,
    flow_version  TEXT NOT NULL,
    message_id    INTEGER,
    started_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX triage_sessions_updated ON triage_sessions (updated_at);

-- After a check only its outcome level and date are kept (never the answers).
CREATE TABLE triage_outcomes (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id  INTEGER NOT NULL,
    level    TEXT NOT NULL,
    date     TEXT NOT NULL
);
CREATE INDEX triage_outcomes_user ON triage_outcomes (user_id, date);
