"""The repository's .pre-commit-hooks.yaml, run by the pre-commit framework itself
(`pre-commit try-repo`) in a git repository holding the sample site, with the docket
under test first on PATH (the hook is `language: system`)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from sample_site import REPO, copy_sample, edit, run, tool

HOOK = "docket-validate"


def git(*arguments: str, cwd: Path) -> None:
    result = run(["git", "-c", "user.name=Docket tests", "-c", "user.email=tests@example.invalid",
                  "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *arguments], cwd=cwd)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def hook_repo(tmp_path) -> Path:
    """A git repository holding only the project's .pre-commit-hooks.yaml, committed, so
    the test runs exactly that file whatever else the work tree holds."""
    repo = tmp_path / "hooks"
    repo.mkdir()
    shutil.copy(REPO / ".pre-commit-hooks.yaml", repo / ".pre-commit-hooks.yaml")
    git("init", "-q", cwd=repo)
    git("add", ".pre-commit-hooks.yaml", cwd=repo)
    git("commit", "-q", "-m", "hooks", cwd=repo)
    return repo


@pytest.fixture
def site_repo(tmp_path) -> Path:
    """The sample site as a git repository, its files added."""
    site = copy_sample(tmp_path / "site")
    (site / "README.md").write_text("A site.\n", encoding="utf-8")
    git("init", "-q", cwd=site)
    git("add", ".", cwd=site)
    return site


def try_repo(docket: Path, hooks: Path, site: Path, *arguments: str):
    environment = dict(os.environ)
    environment["PATH"] = f"{docket.parent}{os.pathsep}{environment.get('PATH', '')}"
    environment["PRE_COMMIT_HOME"] = str(site.parent / "pre-commit-home")
    environment["NO_COLOR"] = "1"
    return subprocess.run([str(tool("pre-commit")), "try-repo", str(hooks), HOOK, "--color", "never", *arguments],
                          cwd=site, env=environment, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)


def test_precommit_hook_passes_the_sample(docket, hook_repo, site_repo):
    result = try_repo(docket, hook_repo, site_repo, "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "docket validate" in result.stdout and "Passed" in result.stdout, result.stdout


def test_precommit_hook_fails_on_an_error(docket, hook_repo, site_repo):
    edit(site_repo / "content/requests/route53-dns-cutover.yml",
         "title: Move our domain DNS to Route 53 over a weekend", "title: DNS move")
    git("add", ".", cwd=site_repo)
    result = try_repo(docket, hook_repo, site_repo, "--all-files")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Failed" in result.stdout, result.stdout
    assert "content/requests/route53-dns-cutover.yml:1:8: error:" in result.stdout, result.stdout
    assert "[request.title]" in result.stdout, result.stdout


def test_precommit_hook_skips_commits_without_content(docket, hook_repo, site_repo):
    """`files:` limits the hook to content and docket.yml: a commit of README.md alone
    does not run it, even with broken content in the tree."""
    edit(site_repo / "content/requests/route53-dns-cutover.yml", "budget: 50-100", "budget: 50-500")
    git("add", ".", cwd=site_repo)
    skipped = try_repo(docket, hook_repo, site_repo, "--files", "README.md")
    assert skipped.returncode == 0, skipped.stdout + skipped.stderr
    assert "Skipped" in skipped.stdout, skipped.stdout
    for changed in ("docket.yml", "content/experts/maya-okafor.yml"):
        ran = try_repo(docket, hook_repo, site_repo, "--files", changed)
        assert ran.returncode == 1 and "[request.budget]" in ran.stdout, f"{changed}:\n{ran.stdout}{ran.stderr}"
