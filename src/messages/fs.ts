// What a file-system error means, in plain words: what a person reads after "cannot read …:" or
// "cannot save to …:", instead of an errno code that looks like the program broke.
import type { Localized } from "./define.js";
import { defineMessages, localize } from "./define.js";

export const FS_PROBLEMS = defineMessages({
  ENOENT: { en: "no such file", zh: "没有这个文件" },
  EACCES: { en: "permission denied", zh: "没有权限" },
  EPERM: { en: "the operation is not permitted", zh: "系统不允许这样操作" },
  EROFS: { en: "the file system is read-only", zh: "文件系统是只读的" },
  ENOSPC: { en: "no space is left on the disk", zh: "磁盘空间已满" },
  EDQUOT: { en: "the disk quota is used up", zh: "磁盘配额已用完" },
  EFBIG: { en: "the file is too large for the file system", zh: "文件太大，文件系统存不下" },
  EISDIR: { en: "it is a directory, not a file", zh: "这是一个目录，不是文件" },
  ENOTDIR: { en: "a part of the path is not a directory", zh: "路径中有一段不是目录" },
  ELOOP: { en: "too many symbolic links in the path", zh: "路径里的符号链接太多" },
  ENAMETOOLONG: { en: "the name is too long", zh: "名字太长" },
  EMFILE: { en: "too many files are open", zh: "打开的文件太多" },
  ENFILE: { en: "too many files are open on this system", zh: "系统打开的文件太多" },
  EIO: { en: "the disk or device reported an input/output error", zh: "磁盘或设备读写出错" },
  ENXIO: { en: "the device is not there", zh: "设备不存在" },
  ENODEV: { en: "the device does not support this", zh: "设备不支持这样操作" },
  EBUSY: { en: "the file or device is busy", zh: "文件或设备正忙" },
  ETXTBSY: { en: "the file is busy", zh: "文件正忙" },
  EAGAIN: { en: "it is not ready; try again", zh: "暂时不可用，请重试" },
  EINVAL: { en: "it cannot be used this way", zh: "不能这样使用它" },
  ESPIPE: { en: "it cannot be read from the start", zh: "无法从头读取" },
  EPIPE: { en: "the reader has gone", zh: "读取的一方已经关闭" },
  EBADF: { en: "it is not open", zh: "它没有打开" },
  EEXIST: { en: "it already exists", zh: "它已经存在" },
  ENOTEMPTY: { en: "the directory is not empty", zh: "目录不是空的" },
  EXDEV: { en: "it is on another file system", zh: "它在另一个文件系统上" },
});

/** The errno code of an error, when it has one (`ENOSPC`). */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" ? code : undefined;
}

/**
 * A file-system error code in plain words, in both languages (`ENOSPC` → "no space is left on the disk"), to
 * follow "cannot read …: " or "cannot save to …: ". Undefined for a code not known here: the
 * caller then shows the code itself.
 */
export function fsProblem(code: string | undefined): Localized | undefined {
  if (code === undefined || !Object.hasOwn(FS_PROBLEMS, code)) return undefined;
  return localize(FS_PROBLEMS[code as keyof typeof FS_PROBLEMS]);
}

/** fsProblem, or the bare code (printed as is: codes are ASCII letters from Node) when unknown. */
export function fsReason(error: unknown): Localized {
  const code = errnoCode(error);
  const known = fsProblem(code);
  if (known) return known;
  const shown = code && /^[A-Z0-9_]{1,32}$/.test(code) ? code : "unknown error";
  return { en: shown, zh: code && shown === code ? code : "未知错误" };
}
