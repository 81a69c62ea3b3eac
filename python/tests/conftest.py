"""What the Python package's tests share: the repository's fixtures, the shared inputs beside
the checkout, and the command line they compare newswire's Python results with."""

import os
import subprocess
from pathlib import Path

import pytest

import newswire

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
IN_CI = bool(os.environ.get("CI"))

# Every format newswire writes, by name.
WRITERS = [f["name"] for f in newswire.formats() if f["writes"]]


def cli() -> Path:
    """The newswire binary the results are compared with (`NEWSWIRE_BIN`, else the release
    build); the test is skipped without one (it fails under CI)."""
    path = Path(os.environ.get("NEWSWIRE_BIN", ROOT / "target" / "release" / "newswire"))
    if not path.is_file():
        if IN_CI:
            pytest.fail(f"{path} is missing: build it with cargo build --release")
        pytest.skip(f"{path} is missing: build it with cargo build --release")
    return path


def cli_convert(path: Path, to: str):
    """What `newswire convert --quiet --to TO --stdout PATH` writes: its bytes, or None when it
    fails (a non-zero exit, and nothing written)."""
    run = subprocess.run(
        [str(cli()), "convert", "--quiet", "--to", to, "--stdout", str(path)],
        capture_output=True,
        check=False,
    )
    if run.returncode != 0:
        assert run.stdout == b"", f"{path} -> {to}: output on a failed run"
        return None
    return run.stdout


def py_convert(path: Path, to: str):
    """What `newswire.convert` gives for the file: its bytes, or None when it raises
    NewswireError."""
    try:
        return newswire.convert(path.read_bytes(), to, name=str(path))
    except newswire.NewswireError:
        return None


def inputs_below(folder: Path):
    """Every input file below `folder`, sorted: notes, hidden files and ground truth left out."""
    skipped = (".md", ".tsv", ".expected.json")
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and not p.name.endswith(skipped)
    )


def fixture_files():
    """The repository's fixtures (the golden outputs left out)."""
    return [p for p in inputs_below(FIXTURES) if "golden" not in p.relative_to(FIXTURES).parts]


def shared_files():
    """The shared inputs: the corpus, the text wires and the seed stories. Skipped without
    ../shared (failed under CI)."""
    if not SHARED.is_dir():
        if IN_CI:
            pytest.fail(f"{SHARED} is missing")
        pytest.skip(f"{SHARED} is missing beside the checkout")
    files = []
    for folder in ["corpus", "textwire", "textwire3", "seed"]:
        files += inputs_below(SHARED / folder)
    return files
