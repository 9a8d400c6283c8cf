"""Operations: webhook/ops HTTP listener, health, metrics, flood control, backups.

Nothing in here imports ``bot.handlers``; the handler-facing glue lives in ``bot.ops.serve``
(phase 2) and the privacy/admin handler modules.
"""
