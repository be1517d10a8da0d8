// Saving a file safely (src/io/save.ts): only regular files or absent paths are replaced, the
// temporary file is never left behind and never collides with one from another run, and failures
// are said in plain words.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CliError, textIn } from "../../src/errors.js";
import { checkWritable, writeFileAtomic } from "../../src/io/save.js";
import { scratchDir } from "../helpers/scratch.js";

const failure = async (run: () => unknown): Promise<CliError> => {
  try {
    await run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error("expected a CliError");
};
const en = (e: CliError) => textIn("en", e.text);
const zh = (e: CliError) => textIn("zh", e.text);

describe("writeFileAtomic", () => {
  it("creates the file with exactly the content, leaving nothing else", async () => {
    const dir = scratchDir("save-new");
    const target = path.join(dir, "a.json");
    await writeFileAtomic(target, "{\"answers\":{}}\n", false);
    expect(fs.readFileSync(target, "utf8")).toBe("{\"answers\":{}}\n");
    expect(fs.readdirSync(dir)).toEqual(["a.json"]);
  });

  it("replaces a regular file only with force", async () => {
    const dir = scratchDir("save-replace");
    const target = path.join(dir, "a.json");
    fs.writeFileSync(target, "old");
    const refused = await failure(() => writeFileAtomic(target, "new", false));
    expect(refused.exitCode).toBe(2);
    expect(en(refused)).toContain("--force");
    expect(fs.readFileSync(target, "utf8")).toBe("old");
    await writeFileAtomic(target, "new", true);
    expect(fs.readFileSync(target, "utf8")).toBe("new");
    expect(fs.readdirSync(dir)).toEqual(["a.json"]);
  });

  it("a leftover temporary file from a killed run neither blocks the save nor is touched", async () => {
    const dir = scratchDir("save-leftover");
    const target = path.join(dir, "a.json");
    // What a killed run of the old scheme (.<name>.<pid>.tmp) or of this one leaves.
    const leftovers = [`.a.json.${process.pid}.tmp`, ".a.json.0123456789abcdef.tmp"];
    for (const name of leftovers) fs.writeFileSync(path.join(dir, name), "someone else's");
    await writeFileAtomic(target, "mine", false);
    expect(fs.readFileSync(target, "utf8")).toBe("mine");
    for (const name of leftovers) expect(fs.readFileSync(path.join(dir, name), "utf8")).toBe("someone else's");
    expect(fs.readdirSync(dir).sort()).toEqual([...leftovers, "a.json"].sort());
  });

  it("writes through a symbolic link's place only with force, and replaces the link, not its target", async () => {
    const dir = scratchDir("save-link");
    const real = path.join(dir, "real.json");
    const link = path.join(dir, "link.json");
    fs.writeFileSync(real, "real");
    fs.symlinkSync(real, link);
    expect((await failure(() => writeFileAtomic(link, "new", false))).exitCode).toBe(2);
    await writeFileAtomic(link, "new", true);
    expect(fs.readFileSync(real, "utf8")).toBe("real");
    expect(fs.lstatSync(link).isFile()).toBe(true);
  });

  describe("never replaces what is not a regular file, even with --force", () => {
    const dir = scratchDir("save-special");
    const specials: Array<[string, () => string, RegExp]> = [
      [
        "a named pipe",
        () => {
          const p = path.join(dir, "fifo");
          expect(spawnSync("mkfifo", [p]).status).toBe(0);
          return p;
        },
        /named pipe/,
      ],
      [
        "a folder",
        () => {
          const p = path.join(dir, "folder");
          fs.mkdirSync(p);
          return p;
        },
        /a folder/,
      ],
      [
        "a symbolic link to a named pipe",
        () => {
          const p = path.join(dir, "fifo-link");
          fs.symlinkSync(path.join(dir, "fifo"), p);
          return p;
        },
        /named pipe/,
      ],
    ];
    it.each(specials)("%s", async (_, make, words) => {
      const target = make();
      const before = fs.lstatSync(target);
      for (const force of [false, true]) {
        for (const run of [() => checkWritable(target, force), () => writeFileAtomic(target, "x", force)]) {
          const e = await failure(run);
          expect(e.exitCode).toBe(2);
          expect(en(e)).toMatch(words);
          expect(en(e)).toContain("not a regular file");
          expect(zh(e)).toContain("不是普通文件");
        }
      }
      const after = fs.lstatSync(target);
      expect([after.ino, after.mode]).toEqual([before.ino, before.mode]);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });

    it("a socket", async () => {
      const p = path.join(dir, "sock");
      const server = net.createServer().listen(p);
      await new Promise((resolve) => server.once("listening", resolve));
      try {
        expect(en(await failure(() => writeFileAtomic(p, "x", true)))).toContain("a socket");
      } finally {
        server.close();
      }
    });

    it.skipIf(process.getuid?.() !== 0)("a device node (made here like /dev/null: 1,3)", async () => {
      const p = path.join(dir, "null");
      if (spawnSync("mknod", [p, "c", "1", "3"]).status !== 0) return;
      expect(en(await failure(() => writeFileAtomic(p, "x", true)))).toContain("a device");
      expect(fs.lstatSync(p).isCharacterDevice()).toBe(true);
    });
  });

  it("a failure is said in plain words, exit 1, and leaves no temporary file", async () => {
    const dir = scratchDir("save-fail");
    const file = path.join(dir, "file");
    fs.writeFileSync(file, "");
    const e = await failure(() => writeFileAtomic(path.join(file, "a.json"), "x", true));
    expect(e.exitCode).toBe(1);
    expect(en(e)).toMatch(/^cannot save to ".*a\.json": a part of the path is not a directory$/);
    expect(zh(e)).toMatch(/^无法保存到 “.*a\.json”：/);
    expect(en(e)).not.toMatch(/internal|ENOTDIR/);
  });

  it.skipIf(process.getuid?.() === 0)("permission denied, in plain words", async () => {
    const dir = scratchDir("save-denied");
    fs.chmodSync(dir, 0o500);
    try {
      const e = await failure(() => writeFileAtomic(path.join(dir, "a.json"), "x", false));
      expect(e.exitCode).toBe(1);
      expect(en(e)).toContain("permission denied");
    } finally {
      fs.chmodSync(dir, 0o700);
    }
  });
});

describe("checkWritable", () => {
  it("refuses an empty name, a missing folder, an existing file without --force (usage errors)", () => {
    const dir = scratchDir("save-check");
    fs.writeFileSync(path.join(dir, "here.json"), "");
    for (const [target, words] of [
      ["", /needs a file name/],
      [path.join(dir, "missing", "a.json"), /folder does not exist/],
      [path.join(dir, "here.json"), /already exists; pass --force/],
    ] as const) {
      let caught: unknown;
      try {
        checkWritable(target, false);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(CliError);
      expect((caught as CliError).exitCode).toBe(2);
      expect(en(caught as CliError)).toMatch(words);
    }
    expect(() => checkWritable(path.join(dir, "here.json"), true)).not.toThrow();
    expect(() => checkWritable(path.join(dir, "new.json"), false)).not.toThrow();
  });

  it("quotes a path with control characters instead of printing them", () => {
    const e = (() => {
      try {
        checkWritable("/no/such\u001b]0;PWNED\u0007/a.json", false);
      } catch (error) {
        return error as CliError;
      }
      throw new Error("expected an error");
    })();
    expect(en(e)).not.toMatch(/[\u0000-\u001f]/);
    expect(en(e)).toContain("\\u001b");
  });
});
