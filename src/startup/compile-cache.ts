// V8's code cache for the CLI's own files. Without it every start parses and compiles the same
// JavaScript again: about a fifth of a `show`. Node 22.8+ has this built in
// (module.enableCompileCache, which TypeScript's tsc also calls); Node 20 does not, so there the
// files in dist/ are compiled here with the cache V8 made on an earlier run.
//
// Where: NODE_COMPILE_CACHE (Node's own variable) or a per-user folder in the temporary directory;
// inside it, a folder for this build, Node version, installed copy and Node flags. V8 checks its
// own version, its flags and the source's length, but neither the source's text nor the cache's
// bytes, and a damaged cache can crash V8. So each file records the size, times and inode of the
// source it was made from, and holds its data twice: a copy that does not match is a damaged file.
// (A checksum would need zlib or crypto, about 2 ms to load on Node 20; comparing is a memcmp.)
// NODE_DISABLE_COMPILE_CACHE turns it off, as in Node 22. Any failure only means no cache.

// Named imports of builtins: the CommonJS bundle turns them into a plain require, where a default
// or namespace import would copy every export of the module first (most of this file's cost).
import { existsSync } from "node:fs";
import { Module } from "node:module";
import { basename, dirname, join, resolve } from "node:path";
import { Script } from "node:vm";
import { arePrivate, cacheLocation, headerFor, readCache, saveCaches, type Env, type Unsaved } from "./cache-files.js";

interface LoadedModule {
  exports: unknown;
  children?: LoadedModule[];
  require(id: string): unknown;
}
type Compile = (this: LoadedModule, content: string, filename: string, ...rest: unknown[]) => unknown;
const moduleInternals = Module as unknown as {
  new (id: string, parent: LoadedModule): LoadedModule & { load(filename: string): void };
  prototype: { _compile: Compile };
  wrap(content: string): string;
  wrapper: readonly string[];
  _cache: unknown;
  _extensions: unknown;
  _resolveFilename(request: string, parent: LoadedModule, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: LoadedModule): string[] | null;
  enableCompileCache?: () => unknown;
};

/**
 * The `require` given to a file of dist/. Its own chunks ("./chunk-….cjs") sit beside it, so
 * they are loaded as Module._load would, minus the search for the file (stat, realpath, package
 * scopes: ~0.35 ms over a `show`); anything else goes through Node as usual.
 */
function requireFor(module: LoadedModule, dist: string): NodeJS.Require {
  const cache = moduleInternals._cache as Record<string, LoadedModule | undefined>;
  const require = ((id: string) => {
    if (!id.startsWith("./") || !id.endsWith(".cjs") || id.includes("/", 2)) return module.require(id);
    const filename = join(dist, id);
    const cached = cache[filename];
    if (cached) return cached.exports;
    if (!existsSync(filename)) return module.require(id); // for Node's own "Cannot find module"
    const child = new moduleInternals(filename, module);
    cache[filename] = child;
    // finally, not catch and throw: a rethrown error would be reported at this line.
    let threw = true;
    try {
      child.load(filename);
      threw = false;
    } finally {
      if (threw) {
        delete cache[filename];
        module.children?.splice(module.children.indexOf(child), 1);
      }
    }
    return child.exports;
  }) as NodeJS.Require;
  const resolveRequest = Object.assign((request: string, options?: { paths?: string[] }) => moduleInternals._resolveFilename(request, module, false, options), {
    paths: (request: string) => moduleInternals._resolveLookupPaths(request, module),
  });
  // require.main is left out: it is the bin, and nothing in dist/ asks for it.
  return Object.assign(require, { resolve: resolveRequest, cache: moduleInternals._cache, extensions: moduleInternals._extensions });
}

/** Compiles the files of `distDir` with V8's code cache from now on in this process. */
export function enableCompileCache(distDir: string, env: Env = process.env): void {
  if (env.NODE_DISABLE_COMPILE_CACHE) return;
  if (typeof moduleInternals.enableCompileCache === "function") {
    moduleInternals.enableCompileCache();
    return;
  }
  const location = cacheLocation(env, distDir);
  if (!location) return;
  const { base, folder } = location;
  const dist = resolve(distDir);
  // Module.wrap puts the wrapper's start on the first line: without this, every column on it in
  // a stack trace would be off by the wrapper's length.
  const columnOffset = -moduleInternals.wrapper[0]!.length;
  let usable: boolean | undefined;
  const unsaved: Unsaved[] = [];

  const compile = moduleInternals.prototype._compile;
  moduleInternals.prototype._compile = function (this: LoadedModule, content: string, filename: string, ...rest: unknown[]) {
    const header = dirname(filename) === dist ? headerFor(filename) : null;
    if (!header) return compile.call(this, content, filename, ...rest);
    const file = join(folder, `${basename(filename)}.cache`);
    usable ??= arePrivate(base, folder);
    const cachedData = usable ? readCache(file, header) : undefined;
    // A shebang line is legal at the top of a CommonJS file but not inside the wrapper.
    const source = content.startsWith("#!") ? `//${content.slice(2)}` : content;
    const script = new Script(moduleInternals.wrap(source), { filename, columnOffset, cachedData });
    // Undefined when there was no cache to offer; true when V8 refused it (another V8 or flags).
    if (script.cachedDataRejected !== false) unsaved.push({ script, file, header });
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, requireFor(this, dist), this, filename, dist);
  };

  // Saved at exit, so that the cache also holds the functions this run compiled lazily.
  process.once("exit", () => saveCaches(location, unsaved));
}
