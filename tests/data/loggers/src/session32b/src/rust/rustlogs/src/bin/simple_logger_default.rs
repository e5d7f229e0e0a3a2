// simple_logger 1.16: SimpleLogger::new().init() defaults (all levels, local timestamps, stdout).
fn main() {
    simple_logger::SimpleLogger::new().init().unwrap();
    rustlogs::script();
}
