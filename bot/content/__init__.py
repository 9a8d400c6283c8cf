"""Everything under the top-level content/ folder: loading (`library.load_bundle`), the typed
models (`models`), validation (`schema`) and rendering (`render`)."""
