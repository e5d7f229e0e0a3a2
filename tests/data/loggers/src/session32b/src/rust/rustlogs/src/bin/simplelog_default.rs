// simplelog 0.12: WriteLogger to stdout with Config::default() (the layout SimpleLogger/TermLogger also use, minus colour).
use simplelog::{Config, LevelFilter, WriteLogger};
fn main() {
    WriteLogger::init(LevelFilter::Trace, Config::default(), std::io::stdout()).unwrap();
    rustlogs::script();
}
