"""`python -m dashboard`: development server on http://127.0.0.1:8050 (production: gunicorn, see Procfile)."""

from dashboard.app import app

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8050, debug=False)
