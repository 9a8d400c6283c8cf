"""The symptom diary: entries and the entry being logged (`model`), typed text -> a pre-filled
entry (`parse`, words in content/<lang>/diary.toml via `words`), the summary for a doctor
(`summary`), the weekly check-in (`checkin`), and the chart and PDF (`render`, which loads
matplotlib only when a summary is asked for). Pure: no Telegram, no SQL."""
