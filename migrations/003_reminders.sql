-- Movement reminders. The database is the source of truth: one row per schedule with its next
-- due time (UTC unix seconds, indexed). A dispatcher claims due rows with a lease
-- (claimed_by/claim_until, one UPDATE ... RETURNING; on PostgreSQL: FOR UPDATE SKIP LOCKED), so
-- two bot processes on one database never hold the same reminder.
CREATE TABLE reminder_schedules (
    user_id        INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    chat_id        INTEGER NOT NULL,
    interval_min   INTEGER NOT NULL CHECK (interval_min BETWEEN 10 AND 240),
    start_min      INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1439),   -- local wall clock
    end_min        INTEGER NOT NULL CHECK (end_min BETWEEN 0 AND 1439),
    weekdays       INTEGER NOT NULL CHECK (weekdays BETWEEN 0 AND 127),     -- bit 0 = Monday
    tz             TEXT NOT NULL,                  -- IANA name or 'UTC+05:30'
    enabled        INTEGER NOT NULL DEFAULT 1,     -- 0: turned off by the person
    active         INTEGER NOT NULL DEFAULT 1,     -- 0: Telegram said 403 (blocked / deleted)
    paused_until   INTEGER,                        -- unix s; 253402214400 = indefinitely
    snoozed_until  INTEGER,                        -- unix s
    next_due       INTEGER,                        -- unix s UTC; NULL = nothing scheduled
    claimed_by     TEXT,                           -- dispatcher instance holding the row
    claim_until    INTEGER,                        -- lease end (unix s)
    seq            INTEGER NOT NULL DEFAULT 0,     -- reminders sent so far (exercise rotation)
    last_exercise  TEXT,
    last_sent      INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL
);
CREATE INDEX reminder_schedules_due ON reminder_schedules (next_due) WHERE next_due IS NOT NULL;

-- One row per (schedule, due time) the dispatcher tried to deliver. Written as 'sending' just
-- before the request, so after a crash a second attempt at the same reminder is recognised
-- ('unknown': not sent again). status: sending | sent | unknown | missed | failed | blocked.
CREATE TABLE reminder_deliveries (
    schedule_id  INTEGER NOT NULL REFERENCES reminder_schedules (user_id) ON DELETE CASCADE,
    due_at       INTEGER NOT NULL,
    status       TEXT NOT NULL,
    worker       TEXT,
    attempts     INTEGER NOT NULL DEFAULT 0,
    sent_at      REAL,
    lateness_ms  INTEGER,
    message_id   INTEGER,
    exercise_id  TEXT,
    PRIMARY KEY (schedule_id, due_at)
) WITHOUT ROWID;

-- What the person did with a reminder (one outcome per reminder): done | snooze | skip | pause.
CREATE TABLE reminder_events (
    schedule_id  INTEGER NOT NULL REFERENCES reminder_schedules (user_id) ON DELETE CASCADE,
    due_at       INTEGER NOT NULL,
    action       TEXT NOT NULL CHECK (action IN ('done', 'snooze', 'skip', 'pause')),
    at           INTEGER NOT NULL,
    PRIMARY KEY (schedule_id, due_at)
) WITHOUT ROWID;
CREATE INDEX reminder_events_at ON reminder_events (schedule_id, at);
