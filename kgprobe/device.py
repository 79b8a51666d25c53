"""Devices and dtypes: the one resolver the scorers, the KGE scorer and
``kgprobe embed`` share.

``auto`` picks CUDA, then Apple's MPS, then the CPU; ``cpu``, ``cuda``,
``cuda:N`` and ``mps`` are taken as asked, and refused where torch cannot
provide them. :func:`check_device` and :data:`DTYPES` check a name without
importing torch (so a bad option fails before any model loads).
"""

from __future__ import annotations

import re

from kgprobe.errors import ModelError

DEVICES = ("auto", "cpu", "cuda", "cuda:N", "mps")
_DEVICE = re.compile(r"auto|cpu|cuda(:\d+)?|mps")

#: dtype names -> torch attribute names (``auto``: float32 on the CPU, the checkpoint's own dtype elsewhere)
DTYPES = {"auto": None, "float32": "float32", "float16": "float16", "bfloat16": "bfloat16", "float64": "float64",
          "fp32": "float32", "fp16": "float16", "half": "float16", "bf16": "bfloat16"}
#: the canonical names, for command-line choices (the aliases above are accepted in model specs too)
DTYPE_NAMES = tuple(k for k, v in DTYPES.items() if k == "auto" or k == v)


def check_device(device: str) -> str:
    """``device`` if it is a device name (without asking torch), else ModelError."""
    if not isinstance(device, str) or not _DEVICE.fullmatch(device):
        raise ModelError(f"unknown device {device!r} (use {', '.join(DEVICES)})")
    return device


def _mps_available(torch) -> bool:
    mps = getattr(torch.backends, "mps", None)
    return bool(mps is not None and mps.is_available())


def resolve_device(device: str) -> str:
    """``auto`` -> cuda, else mps, else cpu; an asked-for device torch lacks is a ModelError."""
    import torch

    check_device(device)
    if device == "auto":
        if torch.cuda.is_available():
            return "cuda"
        return "mps" if _mps_available(torch) else "cpu"
    if device.startswith("cuda") and not torch.cuda.is_available():
        raise ModelError(f"device {device!r}: CUDA is not available (torch {torch.__version__}); "
                         "use --device cpu or auto")
    if device == "mps" and not _mps_available(torch):
        raise ModelError(f"device {device!r}: MPS is not available (torch {torch.__version__}); "
                         "use --device cpu or auto")
    return device


def resolve_dtype(dtype: str, device: str):
    """The torch dtype for ``dtype`` (``auto``: float32 on the CPU, ``"auto"`` - the checkpoint's own - elsewhere)."""
    import torch

    if dtype not in DTYPES:
        raise ModelError(f"unknown dtype {dtype!r} (use {', '.join(DTYPES)})")
    if dtype == "auto":
        return torch.float32 if device == "cpu" else "auto"
    return getattr(torch, DTYPES[dtype])
