// A stand-in for node:child_process that commander gets in the bundle (tsup.config.ts says why):
// the real module is loaded on first use, and every property is the real module's.
let real;
const load = () => (real ??= require("node:child_process"));
module.exports = new Proxy({}, { get: (_, key) => load()[key], has: (_, key) => key in load() });
