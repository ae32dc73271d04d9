/** Bytes → text. UTF-8 first; GB18030 (a superset of GBK/GB2312) when UTF-8 is invalid. */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;

export type Decoded = { ok: true; text: string; encoding: "utf-8" | "gb18030" } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const gb = new TextDecoder("gb18030", { fatal: false });

export function decodePage(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "空文件 (empty file)" };
  // Refuse before decoding: a 50 MB page must cost a length check, not a parse.
  if (bytes.length > MAX_PAGE_BYTES) return { ok: false, reason: `文件过大 (file too large: ${bytes.length} bytes > ${MAX_PAGE_BYTES})` };
  const sample = bytes.subarray(0, 8192);
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (nul > 0 || control / sample.length > 0.05) return { ok: false, reason: "二进制文件,不是文本或 HTML (binary file, not text or HTML)" };
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: utf8.decode(body), encoding: "utf-8" };
  } catch {
    const text = gb.decode(body);
    // GB18030 decodes almost anything; many replacement characters mean it was neither.
    const bad = (text.match(/\uFFFD/g) ?? []).length;
    if (bad > Math.max(3, text.length * 0.01)) return { ok: false, reason: "编码无法识别 (neither valid UTF-8 nor GB18030)" };
    return { ok: true, text, encoding: "gb18030" };
  }
}
