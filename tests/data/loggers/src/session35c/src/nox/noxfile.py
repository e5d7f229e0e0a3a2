"""nox sessions for the made-up shop: one passes, one fails, one warns, one needs a missing interpreter."""
import nox


@nox.session(python=False)
def lint(session):
    session.log("linting Café Zoë in 東京")
    session.run("python3", "-c", "print('all checks passed')")


@nox.session(python=False)
def tests(session):
    session.run("python3", "-c", "print('collected 3 items'); import sys; print('test_orders FAILED', file=sys.stderr); sys.exit(1)")


@nox.session(python=False)
def docs(session):
    session.warn("docs: the theme is deprecated\nsecond line of the warning")
    session.run("python3", "-c", "print('built 12 pages')")


@nox.session(python="3.99")
def legacy(session):
    session.run("python", "--version")


@nox.session(python=False)
def skipped(session):
    session.skip("no database here")
