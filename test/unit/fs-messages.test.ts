// fsProblem: file-system error codes in plain words, in both languages, for every message that
// follows "cannot read …:" or "cannot save to …:".
import { describe, expect, it } from "vitest";
import { fsProblem, fsReason } from "../../src/messages/fs.js";

describe("fsProblem", () => {
  it("says what the common codes mean, in English and Chinese", () => {
    expect(fsProblem("ENOSPC")).toEqual({ en: "no space is left on the disk", zh: "磁盘空间已满" });
    expect(fsProblem("EACCES")).toEqual({ en: "permission denied", zh: "没有权限" });
    expect(fsProblem("EROFS")).toEqual({ en: "the file system is read-only", zh: "文件系统是只读的" });
    expect(fsProblem("EISDIR")).toEqual({ en: "it is a directory, not a file", zh: "这是一个目录，不是文件" });
    expect(fsProblem("ENOENT")).toEqual({ en: "no such file", zh: "没有这个文件" });
  });

  it("knows nothing of other codes, nor of keys every object has", () => {
    for (const code of [undefined, "", "EWHATEVER", "enospc", "constructor", "__proto__", "toString"]) expect(fsProblem(code), String(code)).toBeUndefined();
  });

  it("fsReason falls back to the bare code, and never shows what is not a code", () => {
    expect(fsReason(Object.assign(new Error("x"), { code: "ENOSPC" })).en).toBe("no space is left on the disk");
    expect(fsReason(Object.assign(new Error("x"), { code: "EWHATEVER" }))).toEqual({ en: "EWHATEVER", zh: "EWHATEVER" });
    expect(fsReason(Object.assign(new Error("x"), { code: "\u001b[2J" }))).toEqual({ en: "unknown error", zh: "未知错误" });
    expect(fsReason(new Error("no code"))).toEqual({ en: "unknown error", zh: "未知错误" });
    expect(fsReason(null)).toEqual({ en: "unknown error", zh: "未知错误" });
  });
});
