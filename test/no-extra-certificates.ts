// Every process the tests start (ethics, the shells that complete it, npm, script) inherits the
// test worker's environment. Where NODE_EXTRA_CA_CERTS is set (a proxy between the machine and
// the web), Node parses every certificate in that file at start-up, whether the process makes a
// connection or not: 60 ms of CPU a run, as much as a warm `ethics show` takes, measured on a
// 2-core machine. Nothing the tests run makes a connection (npm installs --offline).
delete process.env.NODE_EXTRA_CA_CERTS;
