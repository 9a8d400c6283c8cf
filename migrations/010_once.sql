-- Everything a handler does for an update happens once, also when the update is replayed after a
-- crash (issue 12; bot/ops/inbox.py replays updates received but not done).
--
-- diary_entries.update_id: the update whose "Save" wrote the entry. A replay of that update finds
-- the entry instead of writing a second one (INSERT ... ON CONFLICT (update_id) DO NOTHING).
-- NULL for entries written otherwise (bulk imports, older rows): NULLs never conflict.
ALTER TABLE diary_entries ADD COLUMN update_id INTEGER;
CREATE UNIQUE INDEX diary_entries_update ON diary_entries (update_id);

-- inbox.sent: the journal of the requests the handlers made for this update and Telegram
-- confirmed, one JSON line [seq, method, result] each (bot/ratelimit.py). When the update is
-- replayed, a confirmed request returns its stored result instead of being sent again. Cleared
-- with the payload when the update is done, so it holds only updates in progress.
ALTER TABLE inbox ADD COLUMN sent TEXT;

-- triage_sessions.update_id: the tap whose tick is in the stored state (ticking is a toggle: a
-- replayed tap must not untick what the first run ticked). NULL after any other change.
ALTER TABLE triage_sessions ADD COLUMN update_id INTEGER;

-- reminder_events.update_id: the tap that answered the reminder (first answer wins). A replay of
-- that tap is recognised as the same answer and finishes what it started (a snooze, a pause)
-- instead of being told "already answered".
ALTER TABLE reminder_events ADD COLUMN update_id INTEGER;
