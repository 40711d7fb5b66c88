"""Makes zhdesk/resources/spelling/ from Debian's hunspell-uk package (the Ukrainian Hunspell dictionary).

    apt-get download hunspell-uk && dpkg-deb -x hunspell-uk_*.deb deb
    python packaging/spelling_dictionary.py deb/usr/share/hunspell

The affix file is copied unchanged. The word list ``uk_UA.dic`` is cut into ``PARTS`` parts, in its own
order, never between two entries of the same word (Hunspell finds a word's homonyms only within one
part): zhdesk loads them one by one on a background thread, and no single load holds Python's lock for
more than about 10 ms, so the window stays responsive while the dictionary loads (one file takes ~0.9 s).
Each part is a Hunspell .dic of its own: its line count, then its lines. Joining the parts' lines after
the original's first line gives the original file byte for byte (tests/validation/test_spelling_data.py).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

PARTS = 100
TARGET = Path(__file__).resolve().parents[1] / "zhdesk" / "resources" / "spelling"


def split(source: Path, target: Path = TARGET, parts: int = PARTS) -> None:
    lines = source.joinpath("uk_UA.dic").read_text(encoding="utf-8").split("\n")
    entries = [line for line in lines[1:] if line]
    size = len(entries) // parts + 1
    chunks: list[list[str]] = [[]]
    for entry in entries:
        stem = entry.split("/", 1)[0]
        last = chunks[-1]
        if len(last) >= size and last[-1].split("/", 1)[0] != stem:
            chunks.append([])
        chunks[-1].append(entry)
    folder = target / "uk_UA"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for number, chunk in enumerate(chunks):
        folder.joinpath(f"{number:03d}.dic").write_text(f"{len(chunk)}\n" + "\n".join(chunk) + "\n", encoding="utf-8")
    shutil.copyfile(source / "uk_UA.aff", target / "uk_UA.aff")
    target.joinpath("uk_UA.dic").write_text("0\n", encoding="utf-8")  # the parts hold the words
    print(f"{len(entries)} entries in {len(chunks)} parts of about {size} in {folder}")


if __name__ == "__main__":
    split(Path(sys.argv[1]))
