#!/usr/bin/env node
// Node's own compile cache (22.1 and later) keeps V8's compiled code between runs; Node 20 has
// none and starts without it. NODE_DISABLE_COMPILE_CACHE turns it off, as Node documents.
require("node:module").enableCompileCache?.();
require("../dist/main.cjs");
