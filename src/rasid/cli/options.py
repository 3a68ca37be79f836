"""Options shared by several commands, declared once."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, ClassVar

import click

db_option = click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="RASID_DB",
    show_envvar=True,
    help="SQLite database file, or a postgresql:// URL [default: ./rasid.db, or the [store] path setting].",
)


def format_option(*choices: str) -> Any:
    """``--format`` (read as ``fmt``) with these choices, the first being the default."""
    return click.option(
        "--format", "fmt", type=click.Choice(list(choices)), default=choices[0], show_default=True,
        help="Output format.",
    )  # fmt: skip


class DatePrefix(click.ParamType):
    """A date at the precision given: ``2024``, ``2024-08`` or ``2024-08-21`` (a real calendar date).

    Dates are compared as ISO prefixes in the store, so anything else would silently match
    nothing, or everything: it is refused here, as a usage error.
    """

    name = "date"
    FORMATS: ClassVar[dict[int, str]] = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value).strip()
        try:
            if not re.fullmatch(r"[0-9]{4}(-[0-9]{2}){0,2}", text):  # ASCII digits, as dates are stored
                raise ValueError(text)
            datetime.strptime(text, self.FORMATS[len(text)])  # a real month and day
        except ValueError:
            self.fail(
                f"{value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024-08-21)", param, ctx
            )
        return text


#: The type of every date option (``--since``, ``--until``).
DATE = DatePrefix()
