#!/usr/bin/env node
// CommonJS on purpose: Node starts a CommonJS entry about 3 ms sooner than an ES module.
require("../dist/main.cjs");
