"""The guided symptom check: the pure engine (`engine`), its data model (`models`), the flow
data (`flow`, `checks`, `paths`), typed answers (`typed`), pre-filling (`prefill`), emergency
numbers (`numbers`) and the eval CLI (`eval_cli`)."""
