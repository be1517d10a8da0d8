// V8's code cache for the CLI's own files. Without it every start parses and compiles the same
// JavaScript again: about a fifth of a `show`. Node 22.1+ has this built in
// (module.enableCompileCache, which TypeScript's tsc also calls); Node 20 does not, so there the
// files in dist/ are compiled here with the cache V8 made on an earlier run.
//
// The cache lives in NODE_COMPILE_CACHE (Node's own variable) or in a per-user folder under the
// temporary directory, in a subfolder named after this exact build and Node version: V8 checks
// its version and flags but not the source text, so a cache must never be offered to other code.
// NODE_DISABLE_COMPILE_CACHE turns it off, as it does in Node 22. Any failure only means no cache.
import type vm from "node:vm";

// Builtins through process.getBuiltinModule: the bundle's ESM import of a builtin copies all of
// its exports into a namespace object first, which is most of the cost of this file.
const fs = process.getBuiltinModule("node:fs");
const Module = process.getBuiltinModule("node:module");
const os = process.getBuiltinModule("node:os");
const path = process.getBuiltinModule("node:path");
const { Script } = process.getBuiltinModule("node:vm");

/** Replaced after the build by a hash of every other file in dist/ (tsup.config.ts). */
const BUILD_ID = "__LLMC_BUILD_ID__";

interface LoadedModule {
  exports: unknown;
  require(id: string): unknown;
}
type Compile = (this: LoadedModule, content: string, filename: string) => unknown;
const moduleInternals = Module as unknown as {
  prototype: { _compile: Compile };
  wrap(content: string): string;
  _cache: unknown;
  _extensions: unknown;
  _resolveFilename(request: string, parent: LoadedModule): string;
  enableCompileCache?: () => unknown;
};

type Env = Record<string, string | undefined>;

/** Where this build's cache is kept: `folder`, inside `base`. */
export function cacheLocation(env: Env): { base: string; folder: string } {
  const base = env.NODE_COMPILE_CACHE || path.join(os.tmpdir(), `llm-career-compile-cache-${process.getuid?.() ?? "user"}`);
  return { base, folder: path.join(base, `llm-career-${BUILD_ID}-${process.version}-${process.arch}`) };
}

/**
 * Code from the cache runs as this user's program, so folders that someone else owns or can
 * write to (a shared temporary directory, a symbolic link) are not used.
 */
function arePrivate(...folders: string[]): boolean {
  const uid = process.getuid?.();
  try {
    return folders.every((folder) => {
      const stat = fs.lstatSync(folder);
      return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
    });
  } catch {
    return false;
  }
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

function writeAtomically(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, data, { mode: 0o600 });
    fs.renameSync(temporary, file);
  } catch {
    fs.rmSync(temporary, { force: true });
  }
}

function requireFor(module: LoadedModule): NodeJS.Require {
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  return Object.assign(require, {
    resolve: (request: string) => moduleInternals._resolveFilename(request, module),
    cache: moduleInternals._cache,
    extensions: moduleInternals._extensions,
  });
}

/** Compiles the files of `distDir` with V8's code cache from now on in this process. */
export function enableCompileCache(distDir: string, env: Env = process.env): void {
  if (env.NODE_DISABLE_COMPILE_CACHE) return;
  if (typeof moduleInternals.enableCompileCache === "function") {
    moduleInternals.enableCompileCache();
    return;
  }
  const { base, folder } = cacheLocation(env);
  const dist = path.resolve(distDir);
  let usable: boolean | undefined;
  const unsaved: Array<{ script: vm.Script; file: string }> = [];

  const compile = moduleInternals.prototype._compile;
  moduleInternals.prototype._compile = function (this: LoadedModule, content: string, filename: string) {
    if (path.dirname(filename) !== dist) return compile.call(this, content, filename);
    const file = path.join(folder, `${path.basename(filename)}.cache`);
    usable ??= arePrivate(base, folder);
    const cachedData = usable ? readIfPresent(file) : undefined;
    const script = new Script(moduleInternals.wrap(content), { filename, cachedData });
    // Undefined when there was no cache to offer, true when V8 refused it: another V8 or other
    // flags, or a file it cannot read. (V8 checks versions, flags and lengths, not every byte:
    // the folder is private and written atomically.)
    if (script.cachedDataRejected !== false) unsaved.push({ script, file });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this), this, filename, dist);
  };

  // Saved at exit, so that the cache also holds the functions this run compiled lazily.
  process.once("exit", () => {
    if (unsaved.length === 0) return;
    try {
      // Nothing is created inside a folder that is not private.
      fs.mkdirSync(base, { recursive: true, mode: 0o700 });
      if (!arePrivate(base)) return;
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      if (!arePrivate(base, folder)) return;
      for (const { script, file } of unsaved) writeAtomically(file, script.createCachedData());
    } catch {
      // No cache this time; the next run tries again.
    }
  });
}
