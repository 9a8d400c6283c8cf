-- Several bot replicas on one PostgreSQL database (bot/ops/inbox.py, bot/ratelimit.py).
-- inbox claims: on PostgreSQL each chat's oldest waiting update is claimed by one replica with
-- a lease (claimed_by / claim_until, unix s); the next one is claimed only when it is done, so
-- a chat's updates are processed in order even when consecutive ones reach different replicas.
-- A dead replica's claim is taken over when its lease has expired. (Unused on SQLite.)
ALTER TABLE inbox ADD COLUMN claimed_by TEXT;
ALTER TABLE inbox ADD COLUMN claim_until INTEGER;
CREATE INDEX inbox_chat_waiting ON inbox (chat_id, update_id) WHERE done_at IS NULL;
-- 'warn': this update crossed the flood limit (the replica that processes it says "slow down").
ALTER TABLE inbox ADD COLUMN flood TEXT;

-- Flood control shared by replicas (bot/ops/flood.py): per chat, the recent arrival times and
-- the end of a cool-down, as JSON, changed under the chat's advisory lock when an update
-- arrives. Rows not touched for a day are deleted.
CREATE TABLE flood_state (
    chat_id     INTEGER PRIMARY KEY,
    state       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL          -- unix s
);

-- The Telegram budget of the bot token, shared by all replicas: a virtual clock per budget
-- ('all': every request, 'reminders': reminder sends). Each send moves `tat` (theoretical
-- arrival time, unix s) on by 1/rate; a sender waits until its slot. No personal data.
CREATE TABLE telegram_budget (
    name  TEXT PRIMARY KEY,
    tat   REAL NOT NULL
);
