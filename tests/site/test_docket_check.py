"""`docket check` passes on every build (docs/spec.md §6)."""
from conftest import run_docket_check


def test_docket_check_passes(docket, site):
    result = run_docket_check(docket, site.build, site.content)
    assert result.returncode == 0, (
        f"docket check {site.build} exited {result.returncode}:\n{result.stdout[-6000:]}{result.stderr[-2000:]}")
    assert "0 problems" in result.stderr
