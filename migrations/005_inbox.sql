-- The durable inbox (bot/ops/inbox.py): every update is written here before Telegram is told
-- it arrived (before the webhook's 200, before the polling offset moves past it), processed in
-- order per chat, marked done, and picked up again after a crash. update_id is the
-- de-duplication key. A done row keeps only its id and times (the update itself is cleared);
-- done rows older than two days are deleted.
CREATE TABLE inbox (
    update_id    INTEGER PRIMARY KEY,
    chat_id      INTEGER,                 -- the person's private chat (privacy export/delete)
    payload      TEXT,                    -- the update as JSON; NULL once processed
    received_at  TEXT NOT NULL,           -- ISO-8601 UTC
    done_at      TEXT                     -- NULL while waiting or being processed
);
CREATE INDEX inbox_waiting ON inbox (update_id) WHERE done_at IS NULL;
CREATE INDEX inbox_done ON inbox (done_at) WHERE done_at IS NOT NULL;
