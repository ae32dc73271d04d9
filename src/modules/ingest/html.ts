/** HTML → text lines, keeping paragraph boundaries. Deliberately small: no DOM. */
const BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|nav|aside|blockquote|dd|dt|dl|pre|hr|td|th|form|figure|figcaption)\b[^>]*>/gi;
const DROP = /<(script|style|noscript|template|svg|iframe|select|button)\b[\s\S]*?<\/\1\s*>/gi;

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", middot: "·", mdash: "—", hellip: "…", ensp: " ", emsp: " ", copy: "©" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

export function looksLikeHtml(text: string): boolean {
  return /<(?:html|body|p|div|br|h1|title|meta)\b[^>]*>/i.test(text.slice(0, 20000));
}

export interface HtmlParts {
  lines: string[];
  title?: string;
  h1?: string;
}

const strip = (s: string) => decodeEntities(s.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();

export function htmlToLines(html: string): HtmlParts {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(html)?.[1];
  const body = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<head\b[\s\S]*?<\/head>/i, "")
    .replace(DROP, "")
    .replace(BLOCK, "\n");
  const lines = body.split("\n").map(strip).filter((l) => l.length > 0);
  return { lines, title: title ? strip(title) : undefined, h1: h1 ? strip(h1) : undefined };
}
