-- A reminder set-up in progress (bot/reminders/draft.py), so a restart in the middle of the
-- set-up continues where the person was. One row per person; removed when the set-up is saved
-- or cancelled, and after a day without an answer.
CREATE TABLE remind_drafts (
    user_id     INTEGER PRIMARY KEY REFERENCES users (user_id) ON DELETE CASCADE,
    draft       TEXT NOT NULL,            -- JSON, bot.reminders.draft.Draft.to_json()
    updated_at  TEXT NOT NULL             -- ISO-8601 UTC
);
