// pretty_env_logger: init() or init_timed() (arg "timed"), RUST_LOG=trace, stderr not a terminal.
fn main() {
    if std::env::args().nth(1).as_deref() == Some("timed") {
        pretty_env_logger::init_timed();
    } else {
        pretty_env_logger::init();
    }
    rustlogs::script();
}
