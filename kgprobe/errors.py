"""User-facing errors.

Every stage raises :class:`KgprobeError` (or a subclass) for bad input. The CLI
turns it into one line on stderr and exit code 2, never a traceback.
"""


class KgprobeError(Exception):
    """A problem with the user's input, reported as one line and exit code 2."""

    exit_code = 2


class OntologyError(KgprobeError):
    """The ontology file is missing, malformed, empty or of an unknown format."""


class BatteryError(KgprobeError):
    """A battery YAML file is invalid or yields no probes."""


class ModelError(KgprobeError):
    """A model spec is unknown, cannot be loaded, or lacks what a scorer needs."""


class ResultsError(KgprobeError):
    """A results file is invalid, of an incompatible schema, or missing."""


class ReasonerError(KgprobeError):
    """An OWL reasoner (--semantics owl / owl-rl) is missing or failed."""


class OutputError(KgprobeError):
    """An output file or folder cannot be written (read-only, full disk, ...)."""


class SoftPromptError(KgprobeError):
    """A soft prompt file is missing, not safetensors (a pickle), or made for another model."""
