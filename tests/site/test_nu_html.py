"""Every HTML page of every build is valid HTML5 by the Nu HTML checker (vnu.jar, offline)."""
from conftest import describe_nu, nu_errors


def test_nu_html_checker_finds_no_error(html_file):
    site, path = html_file
    errors = nu_errors(site.build).get(path, [])
    assert not errors, f"{site.name}:{path}: {len(errors)} Nu HTML checker error(s):\n{describe_nu(errors)}"


def test_nu_html_checker_errors_are_all_on_pages(site):
    # An error the checker could not pin on one of the site's HTML files (an unreadable
    # file, a crash) would otherwise be attributed to no test.
    stray = {f: m for f, m in nu_errors(site.build).items() if not (site.build / f).is_file()}
    assert not stray, "\n".join(f"{f}:\n{describe_nu(m)}" for f, m in stray.items())
