"""Rasid (راصد): evidence-first analysis of security and influence news in Arabic, French, Russian and English."""

from rasid.errors import RasidError
from rasid.model import Annotation, Document, Span, make_document_id

__version__ = "0.1.0"

__all__ = ["Annotation", "Document", "RasidError", "Span", "__version__", "make_document_id"]
