"""Peak memory of importing the largest files the import limits accept (issue 15: under 500 MB).

    .venv/bin/python benchmarks/bench_import_memory.py [--years 30] [--keep DIR]

Builds each file, then imports it into a fresh diary in a process of its own and prints that
process's peak resident memory (``ru_maxrss``) and the outcome. Files:

- ``floor``: an empty diary's backup (what the process needs anyway);
- ``largest backup``: the demo diary of ``--years`` plus photos up to the 128 MB limit (two of
  the largest size a photo may have, 40 MB, and one to fill);
- ``most records``: the demo plus self-tests up to the limits of records and values;
- ``most values`` and ``wide text``: the worst shapes the limits let be parsed (2 million
  short strings; emoji up to the limit of escaped text); both are refused after parsing;
- ``largest CSV``: 46,000 check-ins with long notes, one emoji (so Python would hold the text at
  4 bytes a character), close to the 50 MB limit.

Exits non-zero when any import peaks at 500 MB or more.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from dmtracker.reports.exports.json_backup import backup_text
from dmtracker.services import json_input
from dmtracker.services.app_services import open_services
from dmtracker.services.demo import generate_demo
from dmtracker.services.photo_files import MAX_PHOTO_BYTES
from dmtracker.services.transfer import MAX_CSV_BYTES
from dmtracker.storage.paths import DataPaths

LIMIT_MB = 500
CHILD = """
import json, resource, sys
from pathlib import Path
from dmtracker.services.app_services import open_services
from dmtracker.services.transfer import ImportRejected
from dmtracker.storage.paths import DataPaths
s = open_services(DataPaths(Path(sys.argv[2])))
try:
    r = s.transfer.import_file(Path(sys.argv[1]))
    outcome = f"imported {r.total_added:,} records"
except ImportRejected as exc:
    outcome = f"refused: {exc.problems[0]}"
finally:
    s.close()
try:  # this process's own high-water mark (ru_maxrss may include the parent's, from fork)
    status = Path("/proc/self/status").read_text()
    peak = int(next(ln for ln in status.splitlines() if ln.startswith("VmHWM:")).split()[1]) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"peak_mb": peak, "outcome": outcome}))
"""


def _png_of_size(n: int, seed: int) -> bytes:
    """A PNG header (what the image check reads) followed by ``n`` bytes in all."""
    head = (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
        + (4000).to_bytes(4, "big")
        + (3000).to_bytes(4, "big")
        + b"\x08\x02\x00\x00\x00"
    )
    return head + bytes([seed]) * (n - len(head))


def _measure(path: Path, work: Path) -> dict:
    target = work / f"import-{path.stem}"
    shutil.rmtree(target, ignore_errors=True)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    shutil.rmtree(target, ignore_errors=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _counts(path: Path) -> str:
    raw = path.read_bytes()
    objects = raw.count(b"{")
    values = raw.count(b",") + raw.count(b":") + raw.count(b"[") + objects
    return f"{len(raw) / 2**20:,.1f} MiB, {objects:,} objects, {values:,} values"


def build_files(work: Path, years: int) -> dict[str, Path]:
    files: dict[str, Path] = {}
    empty = open_services(DataPaths(work / "empty"))
    files["floor"] = work / "floor.json"
    files["floor"].write_text(backup_text(empty.transfer.backup_document()), encoding="utf-8")
    empty.close()

    src = open_services(DataPaths(work / "demo"))
    generate_demo(src, years=years, seed=1)
    demo_doc = src.transfer.backup_document()
    rev = demo_doc["schema_revision"]

    # most records: the demo plus copies of a self-test, up to the limits
    doc = json.loads(json.dumps(demo_doc))
    tests = doc["tables"]["self_test"]
    one = json.dumps(tests[0], separators=(",", ":")) + ","
    per_row_values = sum(one.count(ch) for ch in "{[,:")
    text = backup_text(doc)
    objects = text.count("{")
    values = text.count(",") + text.count(":") + text.count("[") + objects
    room = min(
        json_input.MAX_BACKUP_RECORDS - objects - 100,
        (json_input.MAX_JSON_VALUES - values - 1000) // per_row_values,
    )
    next_id = max(r["id"] for r in tests) + 1
    first_day = date.fromisoformat(min(r["day"] for r in tests))
    for i in range(room):
        row = dict(tests[i % len(tests)])
        row["id"] = next_id + i
        row["day"] = (first_day + timedelta(days=i % 9000)).isoformat()
        row["performed_at"] = None
        tests.append(row)
    files["most records"] = work / "most-records.json"
    files["most records"].write_text(backup_text(doc), encoding="utf-8")
    del doc, text

    # largest backup: two photos of the largest size and one to fill up to the limit
    rash = src.rash.list()
    for i, size in enumerate((MAX_PHOTO_BYTES, MAX_PHOTO_BYTES)):
        p = work / f"photo{i}.png"
        p.write_bytes(_png_of_size(size, i))
        src.photos.attach(rash[i].id, p)
    text = backup_text(src.transfer.backup_document())
    room = (json_input.MAX_BACKUP_BYTES - len(text.encode("utf-8")) - 4096) * 3 // 4
    p = work / "photo-fill.png"
    p.write_bytes(_png_of_size(room, 9))
    src.photos.attach(rash[2].id, p)
    files["largest backup"] = work / "largest.json"
    files["largest backup"].write_text(
        backup_text(src.transfer.backup_document()), encoding="utf-8"
    )
    src.close()
    del text

    # most values: short strings (about 57 bytes of overhead each once parsed)
    head = json.dumps({"format": "dmtracker-backup", "version": 1, "schema_revision": rev})
    n = json_input.MAX_JSON_VALUES - 100
    length = (json_input.MAX_BACKUP_BYTES - 4096) // n - 3
    files["most values"] = work / "most-values.json"
    with files["most values"].open("w", encoding="ascii") as f:
        f.write(head[:-1] + ', "tables": {}, "photos": [')
        item = '"' + "x" * length + '"'
        f.write(",".join([item] * n))
        f.write("]}")

    # wide text: emoji up to the limit of escaped text (12 characters each once escaped)
    files["wide text"] = work / "wide-text.json"
    count = (json_input.MAX_TEXT_CHARS - 2**20) // 12
    with files["wide text"].open("w", encoding="utf-8") as f:
        f.write(head[:-1] + ', "tables": {}, "photos": ["')
        for _ in range(count // 100_000):
            f.write("\U0001f600" * 100_000)
        f.write('"]}')

    # largest CSV: one row a day since 1900, long notes, one emoji
    files["largest CSV"] = work / "largest.csv"
    rows = 46_000
    note_len = min(1900, (MAX_CSV_BYTES - 2**20) // rows - 40)
    with files["largest CSV"].open("w", encoding="utf-8") as f:
        f.write("day,pain,notes\n")
        day = date(1900, 1, 1)
        for i in range(rows):
            note = ("\U0001f600" if i == 0 else "") + "n" * note_len
            f.write(f"{(day + timedelta(days=i)).isoformat()},{i % 11},{note}\n")
    return files


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--years", type=int, default=30)
    ap.add_argument("--keep", type=Path, help="build the files here and keep them")
    ap.add_argument("--build-only", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="dm-bench-import-mem-"))
    work.mkdir(parents=True, exist_ok=True)
    if args.build_only:
        files = build_files(work, args.years)
        (work / "files.json").write_text(json.dumps({k: str(v) for k, v in files.items()}))
        return 0
    failed = False
    try:  # built in a process of its own, so that this one stays small while measuring
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--build-only",
                "--keep",
                str(work),
                "--years",
                str(args.years),
            ],
            check=True,
        )
        files = {k: Path(v) for k, v in json.loads((work / "files.json").read_text()).items()}
        for name, path in files.items():
            size = f"{path.stat().st_size / 2**20:,.1f} MiB"
            shape = _counts(path) if path.suffix == ".json" else size
            result = _measure(path, work)
            peak = result["peak_mb"]
            failed |= peak >= LIMIT_MB
            print(f"{name:15s} {shape}: peak {peak:,.0f} MB; {result['outcome']}", flush=True)
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"RUSAGE_CHILDREN peak (the process that built the files too): {children:,.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
