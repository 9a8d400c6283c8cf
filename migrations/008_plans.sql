-- Movement plans (bot/plans, bot/storage/plans_store.py).
-- plan_state: one row per person: the chosen plan, and what the plan safety rules need from the
-- latest symptom check (its level, whether it found signs of a clot) and whether the person has
-- since said they have been seen. Never the answers themselves.
CREATE TABLE plan_state (
    user_id      INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    plan_id      TEXT,                    -- NULL: no plan, the general mix of exercises
    chosen_at    TEXT,                    -- ISO-8601 UTC
    check_level  TEXT,                    -- outcome level of the latest symptom check
    checked_at   TEXT,                    -- ISO-8601 UTC
    seen_at      TEXT,                    -- "I have been seen" after that check (ISO-8601 UTC)
    dvt          INTEGER NOT NULL DEFAULT 0,  -- 1: the latest check found signs of a clot
    updated_at   TEXT NOT NULL
);

-- Each reminder illustration is uploaded once; later reminders re-send it by Telegram file_id.
-- Keyed by the hash of the image bytes (a changed drawing is a new image). Not personal.
CREATE TABLE reminder_images (
    image_hash   TEXT PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('photo', 'animation')),
    file_id      TEXT NOT NULL,
    uploaded_at  TEXT NOT NULL
);
