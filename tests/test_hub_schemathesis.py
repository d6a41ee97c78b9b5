"""Schema fuzzing of the hub (issue 13, part 1): schemathesis drives the hub's own OpenAPI with
every check (``ignored_auth`` and ``object_level_authorization`` included: two enrolled stations
are the peers), in the examples, coverage, fuzzing and stateful phases, on a fixed seed and a
bounded number of examples. No input may produce a 5xx or an answer outside the schema.

- ``test_schemathesis_cli_against_the_real_hub``: the ``st run`` CLI against the real hub process on
  127.0.0.1 with real station tokens (what CI runs).
- ``test_in_process``: the same schema through ``schemathesis.openapi.from_asgi`` on the ASGI app
  (the fast loop while working on the hub).

Statuses a schema-valid request may still get (``positive_data_acceptance``): 410 on ``pull`` (a
well-formed cursor the hub did not sign, or one past a compaction) and 422 on ``push`` (columns of
different lengths, records out of order: rules JSON Schema cannot state). Every one of them is
declared in the schema with the ErrorBody shape.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from hub.server import create_app
from hub.storage import open_storage

from .helpers import st_hooks
from .helpers.hub_server import ROOT, HubProcess

SEED = 20261203
CLI_EXAMPLES = 60  # per operation and phase: the CLI run takes ≈ 15 s
ASGI_EXAMPLES = 30
CODES = ("CQFZ0001", "CQFZ0002")
PHASES = "examples,coverage,fuzzing,stateful"


def st_config(auth_file: Path, code: str) -> str:
    """The schemathesis.toml of both runs: the two stations as WFC peers, the path's station code
    set to the first one's (otherwise every generated code is another station's: 403 throughout),
    and the statuses a schema-valid request may get beside 2xx."""
    return f"""
[auth.wfc]
path = "{auth_file}"
peers = ["{CODES[0]}", "{CODES[1]}"]

[parameters]
"path.code" = "{code}"

[[operations]]
include-path = "/v1/stations/{{code}}/pull"
checks.positive_data_acceptance.expected-statuses = ["2XX", "401", "403", "404", "410"]

[[operations]]
include-path = "/v1/stations/{{code}}/push"
checks.positive_data_acceptance.expected-statuses = ["2XX", "401", "403", "404", "409", "422"]

[[operations]]
include-path = "/v1/enroll"
checks.positive_data_acceptance.expected-statuses = ["2XX", "403", "404"]
"""


def write_config(folder: Path, tokens: dict[str, str]) -> Path:
    auth = folder / "auth.json"
    auth.write_text(json.dumps({"auth": [
        {"name": code, "fixedHeaders": [{"name": "Authorization", "value": f"Bearer {token}"}]}
        for code, token in tokens.items()]}))
    toml = folder / "schemathesis.toml"
    toml.write_text(st_config(auth, CODES[0]))
    return toml


@pytest.fixture(scope="module")
def fuzzed_hub(tmp_path_factory: pytest.TempPathFactory):
    """The real hub process (SQLite) with two stations enrolled over HTTP: real tokens."""
    proc = HubProcess(tmp_path_factory.mktemp("fuzzhub")).start()
    tokens = {}
    for code in CODES:
        enrolment = proc.storage.add_station(code, "模糊测试站", "龙凤镇", _dt.datetime.now(_dt.UTC))
        r = httpx.post(proc.url + "/v1/enroll", json={"station_code": code, "enrolment_code": enrolment})
        assert r.status_code == 200, r.text
        tokens[code] = r.json()["token"]
    yield proc, tokens
    proc.stop()
    proc.close_storage()


def test_schemathesis_cli_against_the_real_hub(fuzzed_hub, tmp_path):
    proc, tokens = fuzzed_hub
    toml = write_config(tmp_path, tokens)
    st = Path(sys.executable).with_name("st")
    st = st if st.exists() else Path(shutil.which("st") or "st")
    cmd = [str(st), "--config-file", str(toml), "--no-color", "run", proc.url + "/openapi.json",
           "-H", f"Authorization: Bearer {tokens[CODES[0]]}", "--checks", "all", "--phases", PHASES,
           "--seed", str(SEED), "--max-examples", str(CLI_EXAMPLES), "--workers", "1", "--no-shrink",
           "--output-truncate", "true", "--request-timeout", "20", "--report", "ndjson",
           "--report-dir", str(tmp_path / "report")]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "tests.helpers.st_hooks", "YYT_FUZZ_PEER_TOKEN": tokens[CODES[1]],
           "PYTHONPATH": str(ROOT)}
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=240, cwd=tmp_path, env=env)
    out = run.stdout + run.stderr
    print(out[-2500:])  # the summary (pytest -s shows it)
    assert run.returncode == 0, out[-6000:]
    assert "generated" in out and "Seed: " + str(SEED) in out, out[-3000:]
    # the hub is still up, and no request reached its catch-all
    assert httpx.get(proc.url + "/v1/health").json()["ok"] is True
    log = (proc.workdir / "hub.log").read_text(errors="replace")
    assert "internal error" not in log and "Traceback" not in log, log[-3000:]


# -- in-process ------------------------------------------------------------------------------------
def _asgi_schema():
    """The ASGI app over a hub database in a folder of its own (built at collection: the pytest
    integration parametrizes from a schema object; ``from_fixture`` does not work on pytest 9)."""
    folder = Path(tempfile.mkdtemp(prefix="yyt-fuzz-asgi-"))
    storage = open_storage(str(folder / "hub.db"))
    now = _dt.datetime.now(_dt.UTC)
    tokens = {code: storage.enroll(code, storage.add_station(code, "模糊测试站", "龙凤镇", now), now)
              for code in CODES}
    config = schemathesis.Config.from_path(write_config(folder, tokens))
    st_hooks.PEER_TOKEN = tokens[CODES[1]]  # the check other_station_refused replays as this station
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(storage, stall_s=2.0), config=config)


schema = _asgi_schema()


@schema.parametrize()
@settings(max_examples=ASGI_EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_in_process(case):
    case.call_and_validate()


def test_the_schema_declares_the_token_and_the_links():
    """What makes ignored_auth and the stateful phase bite: the bearer scheme on every station
    path (none on health and enrol), and the links between answers and the next requests."""
    spec = schema.raw_schema
    assert spec["components"]["securitySchemes"]["stationToken"] == {
        "type": "http", "scheme": "bearer", "description": "the token `POST /v1/enroll` gave the station"}
    for path, methods in spec["paths"].items():
        for method, op in methods.items():
            declared = op.get("security") == [{"stationToken": []}]
            assert declared == path.startswith("/v1/stations/"), (path, method)
            assert {"400", "404", "422", "500"} <= set(op["responses"]), (path, method)
    links = spec["paths"]["/v1/stations/{code}/pull"]["get"]["responses"]["200"]["links"]
    assert links["NextPage"]["parameters"]["cursor"] == "$response.body#/cursor"
    assert set(spec["paths"]["/v1/stations/{code}/push"]["post"]["responses"]["200"]["links"]) == {"PushState", "Counts"}
