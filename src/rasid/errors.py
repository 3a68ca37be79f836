"""One root error, one subclass per layer, stable codes.

Every message is one line that says what went wrong and, where it can, what to do.
The CLI maps these to exit codes at its edge (see ``rasid.cli.main``).
"""

from __future__ import annotations


class RasidError(Exception):
    """Root of every error Rasid raises on purpose."""

    code = "R000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        super().__init__(message)

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class ModelError(RasidError, ValueError):
    """A span, annotation or document that breaks the data model's rules."""

    code = "M001"


class SchemaVersionError(ModelError):
    code = "M002"


class ReaderError(RasidError):
    """One input item could not be read; the batch goes on."""

    code = "I001"


class EmptyInputError(ReaderError):
    code = "I002"


class BinaryInputError(ReaderError):
    code = "I003"


class EncodingError(ReaderError, UnicodeError):
    code = "I004"


class NoArticleError(ReaderError):
    code = "I005"


class TooLargeError(ReaderError):
    code = "I006"


class MalformedInputError(ReaderError):
    code = "I007"


class UnsupportedInputError(ReaderError):
    code = "I008"


class MissingInputError(ReaderError, FileNotFoundError):
    """A path or pattern given to a reader matches no file."""

    code = "I009"


class StoreError(RasidError):
    code = "S001"


class NotFoundError(StoreError, LookupError):
    code = "S002"


class DatabaseLockedError(StoreError):
    """Another process held the database's write lock for longer than the busy timeout."""

    code = "S007"


class PipelineError(RasidError):
    """A pipeline was built wrongly: unknown stage, unmet requirement."""

    code = "P001"


class StageError(RasidError):
    """A stage failed on one document; recorded, the batch goes on."""

    code = "P002"


class ConfigError(RasidError):
    code = "C001"


class KBError(RasidError, ValueError):
    """A knowledge-base file is malformed; the message names the file and line."""

    code = "K001"


class ModelFileError(RasidError, FileNotFoundError):
    """An optional model (e.g. a local Hugging Face checkpoint) is missing or unreadable."""

    code = "N001"


#: Errors in what a run was set up with (a setting, a user's KB, cue or definition file, a model path), not in one
#: document: wrong for every document alike. The pipeline refuses them when it is built and never records one on
#: a document, so a run stops with its one line instead of storing thousands of documents with a layer missing.
SETUP_ERRORS: tuple[type[RasidError], ...] = (ConfigError, KBError, ModelFileError)
