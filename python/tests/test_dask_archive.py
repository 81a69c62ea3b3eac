"""An archive job on an existing distributed engine: a Dask local cluster converts every shared
input to every format newswire writes, newswire.convert as the map function, and each result is
the command line's, byte for byte (the same failures too)."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import SHARED, WRITERS, cli_convert, shared_files

dask = pytest.importorskip("dask", reason="Dask is not installed (pip install 'dask[distributed]')")
distributed = pytest.importorskip("distributed")


def convert_file(path):
    """The map function the workers run: one file to every writer, in Python."""
    import newswire

    data = path.read_bytes()
    out = {}
    for to in WRITERS:
        try:
            out[to] = newswire.convert(data, to, name=str(path))
        except newswire.NewswireError:
            out[to] = None
    return str(path), out


def test_a_dask_cluster_converts_the_shared_inputs_as_the_command_line_does():
    import dask.bag as db

    files = shared_files()
    assert len(files) > 200
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster):
        results = dict(db.from_sequence(files, npartitions=16).map(convert_file).compute())
    assert len(results) == len(files)
    jobs = [(path, to) for path in files for to in WRITERS]
    with ThreadPoolExecutor(max_workers=4) as pool:
        expected = list(pool.map(lambda job: cli_convert(*job), jobs))
    differ = [
        f"{path.relative_to(SHARED)} -> {to}"
        for (path, to), cli in zip(jobs, expected)
        if results[str(path)][to] != cli
    ]
    assert not differ, f"{len(differ)} of {len(jobs)} differ: {differ[:20]}"
    written = sum(1 for out in results.values() for v in out.values() if v is not None)
    print(f"{len(files)} shared inputs x {len(WRITERS)} writers: {written} documents, all the command line's bytes")
