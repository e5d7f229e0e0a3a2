"""The dashboard under the Content-Security-Policy CloudFront serves it with (template.yaml's
DashboardHeadersPolicy, with the stack's API origins replaced by `logmr serve`'s own): signing in,
watching a job live and drawing its charts must not trip a single CSP violation."""

from __future__ import annotations

import re
from pathlib import Path

from samtranslator.yaml_helper import yaml_parse

from helpers import CHROMIUM, FLAGS, TOKEN, serving

ROOT = Path(__file__).resolve().parents[1]
# Every violation the page reports, kept where the test can read it.
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) =>
  window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
"""


def _served_csp(base: str) -> str:
    """The template's policy, its `${HttpApi}`/`${WebSocketApi}` origins pointed at `base`."""
    config = yaml_parse((ROOT / "template.yaml").read_text())["Resources"]["DashboardHeadersPolicy"]
    headers = config["Properties"]["ResponseHeadersPolicyConfig"]["SecurityHeadersConfig"]
    policy = headers["ContentSecurityPolicy"]["ContentSecurityPolicy"]["Fn::Sub"]
    host = base.removeprefix("http://")
    policy = re.sub(r"https://\$\{HttpApi\}\S+", f"http://{host}", policy)
    return re.sub(r"wss://\$\{WebSocketApi\}\S+;", f"ws://{host};", policy)


def test_dashboard_runs_under_the_stacks_content_security_policy(tmp_path: Path, sample_dir: Path) -> None:
    from playwright.sync_api import sync_playwright

    with serving(tmp_path / "home", sample_dir) as (base, _), sync_playwright() as playwright:
        csp = _served_csp(base)
        assert "'unsafe-inline'" not in csp and "${" not in csp
        # A page fulfilled by the test (to add the header) counts as public to Chromium, which then refuses
        # its WebSocket to 127.0.0.1 (Local Network Access); the real dashboard and APIs are all public.
        args = [*FLAGS, "--disable-features=LocalNetworkAccessChecks"]
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        page = browser.new_page()
        page.add_init_script(RECORD_VIOLATIONS)

        def with_csp(route) -> None:
            response = route.fetch()
            route.fulfill(response=response, headers={**response.headers, "content-security-policy": csp})

        page.route(re.compile(r".*/(\?.*)?$"), with_csp)  # the page itself; its files need no header
        page.goto(f"{base}/")
        page.fill("#token", TOKEN)
        page.click("#sign-in-form button")
        page.wait_for_selector("#connection.live")
        page.select_option("#analysis", "services")
        page.fill("#inputs", str(sample_dir))
        page.fill("#split-size", "200KB")
        page.click("#submit-form button[type=submit]")
        page.wait_for_selector("tr[data-job] .status.SUCCEEDED", timeout=60_000)
        page.click("tr[data-job] a")
        page.wait_for_selector(".chart .stack")
        # The bars' widths are set through CSSOM, which style-src 'self' allows (a style attribute it would not).
        assert page.locator(".chart .stack").first.evaluate("e => e.style.width") != ""
        assert page.evaluate("window.cspViolations") == []
        browser.close()
