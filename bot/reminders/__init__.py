"""Movement reminders: pure time logic (schedule), time-zone input, exercise choice,
store and dispatcher."""
