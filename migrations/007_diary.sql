-- The symptom diary (bot/diary, bot/storage/diary.py, bot/handlers/diary). Health data: in the
-- export, deleted with the person, pruned after DIARY_DAYS (bot/storage/privacy.py), never logged.
-- Times are UTC unix seconds (INTEGER), computed in Python.

-- One row per episode of pins and needles the person logged.
CREATE TABLE diary_entries (
    id          INTEGER PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    at          INTEGER NOT NULL,                 -- when it happened
    leg         TEXT NOT NULL CHECK (leg IN ('left', 'right', 'both')),
    duration    TEXT NOT NULL CHECK (duration IN ('short', 'minutes', 'hours', 'ongoing')),
    minutes     INTEGER,                          -- a typed length in minutes, when known
    activity    TEXT NOT NULL CHECK (activity IN
                  ('sitting', 'crossed', 'lying', 'standing', 'walking', 'exercise', 'other')),
    severity    INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 10),
    note        TEXT NOT NULL DEFAULT '',
    flags       TEXT NOT NULL DEFAULT '',         -- findings read from the note (space-separated)
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX diary_entries_user_at ON diary_entries (user_id, at);

-- The entry being logged or edited (bot.diary.model.Draft as JSON), so a restart in the middle
-- keeps it. One per person; removed when saved or cancelled, and after a day.
CREATE TABLE diary_drafts (
    user_id     INTEGER PRIMARY KEY,
    draft       TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);

-- The optional weekly check-in (off by default).
CREATE TABLE diary_checkins (
    user_id     INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 0,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),   -- 0 = Monday
    next_due    INTEGER,                          -- NULL when off
    last_sent   INTEGER,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX diary_checkins_due ON diary_checkins (next_due) WHERE next_due IS NOT NULL;
