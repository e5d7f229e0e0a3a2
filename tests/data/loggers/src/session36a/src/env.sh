# sourced by every run script: tools extracted with `apt-get download` + `dpkg -x` into pkgs/root (src/fetch_pkgs.sh)
OUT=/work/helper36a
R=$OUT/pkgs/root
export TZ=UTC LC_ALL=C.UTF-8
export LD_LIBRARY_PATH=$R/usr/lib/x86_64-linux-gnu
export PATH=$R/usr/bin:$R/usr/sbin:$R/usr/lib/zookeeper/bin:$OUT/venv/bin:$PATH
RUN=$OUT/run   # scratch (data dirs, pid files); not part of the deliverable
