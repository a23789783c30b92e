"""The repository's sample content, copied and edited, for the checks that run docket and
other tools on content rather than on a built site (schema, report formats, pre-commit)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NOW = "2026-11-22"

# Content type → its folder under content/.
FOLDERS = {"request": "requests", "expert": "experts", "firm": "firms", "proposal": "proposals"}
CONTENT_SUFFIXES = (".yml", ".yaml", ".json")


def tool(name: str) -> Path:
    """A command installed in the virtualenv pytest runs from (.venv-checks/bin)."""
    return Path(sys.executable).parent / name


def sample_files() -> list[tuple[str, Path]]:
    """(type, file) for every content file of the sample, sorted."""
    return [(kind, path)
            for kind, folder in FOLDERS.items()
            for path in sorted((REPO / "content" / folder).iterdir())
            if path.suffix in CONTENT_SUFFIXES]


def copy_sample(folder: Path) -> Path:
    """The sample site (content/ and docket.yml) copied into `folder`; returns it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(REPO / "content", folder / "content")
    shutil.copy(REPO / "docket.yml", folder / "docket.yml")
    return folder


def edit(file: Path, old: str, new: str) -> None:
    """Replaces `old`, which must occur exactly once, so a stale test fails loudly."""
    text = file.read_text(encoding="utf-8")
    count = text.count(old)
    assert count == 1, f"{old!r} occurs {count} times in {file}"
    file.write_text(text.replace(old, new), encoding="utf-8")


def run(command: list, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def validate(docket: Path, site: Path, *arguments: str) -> subprocess.CompletedProcess:
    """`docket validate --now NOW ARGUMENTS…` in `site`."""
    return run([docket, "validate", "--now", NOW, *arguments], cwd=site)


def diagnostics(docket: Path, site: Path) -> tuple[int, list[dict]]:
    """The exit code and the diagnostics of `docket validate --format json`."""
    result = validate(docket, site, "--format", "json")
    assert result.returncode in (0, 1), f"docket validate could not run ({result.returncode}): {result.stderr}"
    return result.returncode, json.loads(result.stdout)
