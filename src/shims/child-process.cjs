// commander requires node:child_process when it loads, but uses it only to run executable
// subcommands, which llm-career does not have. Loading it costs about 3 ms of every start (it
// pulls in net, dgram and streams), so the bundle gives commander this stand-in, which loads the
// real module only if something is actually called.
let real;
const load = () => (real ??= require("node:child_process"));
module.exports = new Proxy({}, { get: (_, key) => load()[key] });
