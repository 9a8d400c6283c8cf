-- Core tables: one row per person who talked to the bot.
CREATE TABLE users (
    user_id     INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    language    TEXT NOT NULL DEFAULT 'en',
    tz          TEXT,
    blocked     INTEGER NOT NULL DEFAULT 0,
    first_seen  TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);
