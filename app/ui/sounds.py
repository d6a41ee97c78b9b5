"""Success and error sounds: generated tones, played without QtMultimedia (not in pyside6-essentials).

``python -m app.ui.sounds`` (re)writes ``resources/sounds/ok.wav`` (two short rising beeps) and
``error.wav`` (a low double buzz) — distinct enough to tell apart without looking at the screen.
Playback: ``winsound`` on Windows (the stations' PCs), ``paplay``/``aplay`` on Linux when present,
else ``QApplication.beep()``. Playing never blocks the GUI thread.
"""

from __future__ import annotations

import io
import logging
import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

from .resources import sound_path

log = logging.getLogger(__name__)

RATE = 16_000
#: (frequency Hz, milliseconds) segments; 0 Hz is silence
TONES: dict[str, tuple[tuple[int, int], ...]] = {
    "ok": ((1046, 70), (0, 30), (1568, 110)),
    "error": ((196, 180), (0, 60), (185, 260)),
}


def tone_wav(segments: tuple[tuple[int, int], ...], volume: float = 0.45) -> bytes:
    """A mono 16-bit WAV of the given tone segments, with short fades so it does not click."""
    frames = bytearray()
    for freq, ms in segments:
        n = RATE * ms // 1000
        fade = max(1, RATE * 5 // 1000)
        for i in range(n):
            env = min(1.0, i / fade, (n - i) / fade)
            if freq == 0:
                value = 0.0
            else:  # a square-ish wave carries better through cheap PC speakers than a pure sine
                s = math.sin(2 * math.pi * freq * i / RATE)
                value = math.copysign(min(1.0, abs(s) * 3), s)
            frames += struct.pack("<h", int(32767 * volume * env * value))
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))
    return buf.getvalue()


def write_sounds(folder: Path | None = None) -> list[Path]:
    """Write every tone in :data:`TONES` as ``<name>.wav``."""
    out = []
    for name, segments in TONES.items():
        path = (folder / f"{name}.wav") if folder else sound_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(tone_wav(segments))
        out.append(path)
    return out


class SoundPlayer:
    """Plays ``ok``/``error``. ``enabled=False`` (tests, offscreen) only records what it would play."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.played: list[str] = []
        self._player = shutil.which("paplay") or shutil.which("aplay") if sys.platform != "win32" else None

    def play(self, name: str) -> None:
        self.played.append(name)
        del self.played[:-20]
        if not self.enabled:
            return
        path = sound_path(name)
        try:
            if sys.platform == "win32":
                import winsound

                winsound.PlaySound(str(path), winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT)
                return
            if self._player and path.exists():
                subprocess.Popen([self._player, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                return
        except (OSError, RuntimeError) as exc:
            log.debug("sound %s not played: %s", name, exc)
        from PySide6.QtWidgets import QApplication

        QApplication.beep()


if __name__ == "__main__":
    for p in write_sounds():
        print(p)
