// stderrlog 0.5: stderrlog::new().verbosity(4).init() (trace; other settings default: no timestamp, no module
// names, colour only on a terminal), stderr.
fn main() {
    stderrlog::new().verbosity(4).init().unwrap();
    rustlogs::script();
}
