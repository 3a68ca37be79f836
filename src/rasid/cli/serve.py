"""``rasid serve``: the analyst web app (read-only unless --allow-write with a token)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from rasid.cli.group import cli
from rasid.store.defaults import POSTGRES_URL_SCHEMES


@cli.command()
@click.option(
    "--db",
    "db_path",
    default="rasid.db",
    show_default=True,
    envvar="RASID_DB",
    show_envvar=True,
    type=click.Path(dir_okay=False),
    help="Database to serve (built by `rasid ingest`): a SQLite file, or a postgresql:// URL.",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Interface to bind; the default keeps the app on this machine.",
)
@click.option(
    "--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port to listen on."
)
@click.option("--allow-write", is_flag=True, help="Accept writes (POST /api/ingest); needs --token.")
@click.option(
    "--token",
    default=None,
    envvar="RASID_TOKEN",
    help="Bearer token that writes must carry (or set RASID_TOKEN).",
)
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Worker processes (one per CPU core serves more clients at once).",
)
@click.option(
    "--log-level",
    default="warning",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
)
def serve(
    db_path: str, host: str, port: int, allow_write: bool, token: str | None, workers: int, log_level: str
) -> None:
    """Serve the web app: search, article reader, entities, stories, outlets and a map."""  # fmt: skip
    # imported here, not at the top: every other command starts faster without the web stack
    import uvicorn

    from rasid.web.app import LOOPBACK_HOSTS, create_app

    if allow_write and not token:
        raise click.UsageError(
            "--allow-write needs --token (or RASID_TOKEN): writes must carry a bearer token"
        )
    if not db_path.startswith(POSTGRES_URL_SCHEMES) and not Path(db_path).exists():
        raise click.UsageError(f"database {db_path} not found: run `rasid ingest PATH --db {db_path}` first")
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(
            f"warning: serving on {host}: anyone who can reach this address can read the database", err=True
        )
    click.echo(
        f"Rasid web app on http://{host}:{port}/ (database {os.fspath(db_path)}, "
        f"{'writes allowed with token' if allow_write else 'read-only'})",
        err=True,
    )
    # bound to loopback: answer only to loopback host names, so a web page cannot reach the app
    # through DNS rebinding; bound elsewhere, the operator decides who can connect
    allowed_hosts = LOOPBACK_HOSTS if host in LOOPBACK_HOSTS else None
    if workers == 1:
        app = create_app(db_path, allow_write=allow_write, token=token, allowed_hosts=allowed_hosts)
        uvicorn.run(app, host=host, port=port, log_level=log_level, access_log=False)
        return
    # several processes: each builds its own app from these variables (an app object cannot be shared)
    from rasid.web.app import ENV_ALLOW_WRITE, ENV_DB, ENV_HOSTS, ENV_TOKEN

    os.environ[ENV_DB] = os.fspath(db_path)
    os.environ[ENV_ALLOW_WRITE] = "1" if allow_write else "0"
    os.environ[ENV_TOKEN] = token or ""
    os.environ[ENV_HOSTS] = ",".join(allowed_hosts or ())
    uvicorn.run(
        "rasid.web.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        access_log=False,
    )
