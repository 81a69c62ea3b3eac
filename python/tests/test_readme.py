"""The README's Python examples run as written, and print what their comments say."""

import os
import re
import sys

import pytest

from conftest import ROOT


def python_blocks():
    """The ```python blocks of the README's Python section."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Python\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.S)


@pytest.mark.parametrize("number", range(2))
def test_the_readme_example_runs_and_prints_what_it_says(number, monkeypatch):
    blocks = python_blocks()
    assert len(blocks) == 2
    source = blocks[number]
    printed = {}

    def record(*values, **_):
        line = sys._getframe(1).f_lineno
        printed.setdefault(line, []).append(" ".join(str(v) for v in values))

    monkeypatch.chdir(ROOT)
    code = compile(source, f"README.md python block {number + 1}", "exec")
    exec(code, {"print": record, "__name__": "readme"})
    said = 0
    for number_, line in enumerate(source.splitlines(), start=1):
        match = re.search(r"print\(.*\)\s+# (.*)$", line)
        if match:
            said += 1
            assert printed.get(number_) == [match.group(1)], f"line {number_}: {line}"
    assert said >= 1


def test_the_package_docstring_example_runs():
    import doctest

    import newswire

    result = doctest.testmod(newswire)
    assert result.attempted >= 3 and result.failed == 0
