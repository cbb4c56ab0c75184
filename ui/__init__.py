"""The workbench: Gradio tabs, the JSON API and the pure view functions they render (Gradio loads only to serve)."""
