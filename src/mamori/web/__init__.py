"""The web dashboard (`mamori serve`): the ledger, scans, incidents and the guide in a browser.

FastAPI with server-rendered Japanese pages and a JSON API under `/api/`. It holds no logic of its own:
every figure comes from `ledger`, `report`, `incident`, `guide` and `scan`. Needs the `web` extra
(`pip install 'mamori[web]'`); `create_app` is the entry point.
"""
