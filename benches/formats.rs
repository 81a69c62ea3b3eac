//! Every reader and writer, the end-to-end conversions and the peers, in one run and one
//! process, on the inputs of `support/inputs.rs` (about 1 MB of many articles per format, and
//! single small stories). `benches/report.sh` turns the results into BENCHMARKS.md.
//!
//! `cargo bench --bench formats` (all), `cargo bench --bench formats -- read/` (a filter).

mod support;

use std::time::Duration;

use criterion::{Criterion, Throughput};

fn formats(c: &mut Criterion) {
    let inputs = support::Inputs::new();
    inputs.check();
    let cases = support::cases(&inputs);
    for group_name in ["read", "write", "convert", "small", "peer"] {
        let mut group = c.benchmark_group(group_name);
        for case in cases.iter().filter(|case| case.group == group_name) {
            group.throughput(Throughput::Bytes(case.bytes));
            group.bench_function(case.name.as_str(), |b| b.iter(|| (case.run)()));
        }
        group.finish();
    }
}

fn main() {
    let mut criterion = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    formats(&mut criterion);
    criterion.final_summary();
}
