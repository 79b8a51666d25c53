"""Soft prompts (``kgprobe tune``, ``kgprobe run --soft DIR``): learned
embeddings that replace a template's words or the reasoning conjunction,
the model's weights frozen. See :mod:`kgprobe.tune.soft` (the prompt, its
file and how scorers feed it) and :mod:`kgprobe.tune.train` (the training)."""
