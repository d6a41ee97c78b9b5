"""``python -m app`` in the project folder finds ``make run``'s demo station (./demo-data) when the
platform's data folder has no station — and only then; ``init`` and ``demo`` never land there."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.core.errors import InvalidInput
from app.core.users.pin import confirm_new_pin
from app.main import _may_use_demo
from app.paths import DataPaths


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.delenv("YYT_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "xdg"))
    project = tmp_path / "project"
    (project / "demo-data").mkdir(parents=True)
    return project, project / "demo-data"


def test_the_demo_folder_is_used_only_when_the_default_has_no_station(places, monkeypatch):
    project, demo = places
    default, note = DataPaths.locate(cwd=project)
    assert note is None and default.root != demo  # ./demo-data has no station yet
    (demo / "station.db").write_bytes(b"")
    found, note = DataPaths.locate(cwd=project)
    assert found.root == demo and "demo-data" in note
    assert DataPaths.locate(cwd=project, demo_fallback=False)[0].root == default.root
    assert DataPaths.locate("/somewhere/else", cwd=project) == (DataPaths(Path("/somewhere/else")), None)
    monkeypatch.setenv("YYT_DATA_DIR", str(project / "env"))
    assert DataPaths.locate(cwd=project)[0].root == project / "env"
    monkeypatch.delenv("YYT_DATA_DIR")
    default.root.mkdir(parents=True)
    (default.root / "station.db").write_bytes(b"")  # a real station in the platform's folder wins
    assert DataPaths.locate(cwd=project) == (default, None)
    shutil.rmtree(default.root)


def test_station_creating_commands_never_fall_back():
    assert _may_use_demo([]) and _may_use_demo(["--lang", "en"]) and _may_use_demo(["--user", "demo", "parcel"])
    assert not _may_use_demo(["init", "--station-code", "X"]) and not _may_use_demo(["--json", "demo"])


def test_a_new_pin_is_typed_twice():
    assert confirm_new_pin("592048", " 592048") == "592048"
    for first, second, code in (("592048", "592049", "pin.mismatch"), ("111111", "111111", "pin.weak"),
                                ("59204", "59204", "pin.format")):
        with pytest.raises(InvalidInput, match=code):
            confirm_new_pin(first, second)
