"""The real-page corpus's scoring (:mod:`.scoring`) and where the corpus is (:func:`corpus_dir`)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

ENV = "KG_REALPAGES"
"""The environment variable naming the real-page corpus's folder, where it is not beside the checkout."""


def corpus_dir(checkout: Path) -> Path:
    """Where the real-page corpus of the checkout ``checkout`` is: ``$KG_REALPAGES`` when set; else
    ``../shared/realpages`` beside the checkout when it is there; else, for a git worktree (``git worktree add``,
    anywhere), ``../shared/realpages`` beside the main worktree; else the folder beside the checkout (missing)."""
    if os.environ.get(ENV):
        return Path(os.environ[ENV])
    beside = checkout.parent / "shared" / "realpages"
    if beside.is_dir():
        return beside
    try:
        common = subprocess.run(["git", "-C", str(checkout), "rev-parse", "--git-common-dir"], capture_output=True,
                                text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return beside
    if not common:
        return beside
    # (the common git directory is the main worktree's ".git"; git names it relative to the checkout or in full)
    main = (checkout / common).resolve().parent
    found = main.parent / "shared" / "realpages"
    return found if found.is_dir() else beside
