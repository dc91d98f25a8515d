//! The test suite's fake Meilisearch as a standalone server, for the
//! benchmarks in `bench/` on machines without a real Meilisearch.
//!
//!     cargo run --release --example fake_meili -- [ADDRESS] [--key KEY] [--suite-timing]
//!
//! ADDRESS defaults to 127.0.0.1:7700. By default tasks take about as long as
//! on a real Meilisearch v1.50 on 2 cores (0.75 s per batch plus ~0.36 ms per
//! document); `--suite-timing` uses the test suite's short delays. It prints
//! `listening on URL` once ready and runs until killed.

#[allow(dead_code)]
#[path = "../tests/cli/fake_meili/mod.rs"]
mod fake_meili;

fn main() {
    let mut address = "127.0.0.1:7700".to_string();
    let mut key = None;
    let mut timing = fake_meili::REALISTIC_TIMING;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--key" => key = args.next(),
            "--suite-timing" => timing = fake_meili::SUITE_TIMING,
            other => address = other.to_string(),
        }
    }
    let fake = fake_meili::FakeMeili::start_on(&address, key.as_deref(), timing);
    println!("listening on {}", fake.url);
    loop {
        std::thread::park();
    }
}
