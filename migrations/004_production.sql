-- Production operations (bot/ops/).
-- webhook_updates: update ids received on the webhook, so a delivery Telegram repeats after a
-- restart is still recognised and processed once. Holds no personal data (ids and times only);
-- rows older than two days are deleted when new ones are saved.
CREATE TABLE webhook_updates (
    update_id    INTEGER PRIMARY KEY,
    received_at  TEXT NOT NULL            -- ISO-8601 UTC
);
CREATE INDEX webhook_updates_received ON webhook_updates (received_at);

-- Retention pruning looks rows up by time (reminder history older than PINBOT_RETENTION_DAYS).
CREATE INDEX IF NOT EXISTS reminder_deliveries_due ON reminder_deliveries (due_at);
CREATE INDEX IF NOT EXISTS reminder_events_time ON reminder_events (at);
CREATE INDEX IF NOT EXISTS triage_outcomes_date ON triage_outcomes (date);
