import type { ReactNode } from "react";
import type { Flag } from "./api.js";

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Undoes the server's HTML escaping so React can escape the text again itself. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITY[e.toLowerCase()] ?? whole;
  });
}

/**
 * The search API's highlighted text ("…<mark>厂房</mark>…", everything else escaped) as React
 * nodes. Only <mark> becomes an element; any other markup, even if the server ever let some
 * through, is shown as text — never parsed as HTML (no dangerouslySetInnerHTML).
 */
export function Highlighted({ html }: { html: string }) {
  const out: ReactNode[] = [];
  let inMark = false;
  html.split(/(<mark>|<\/mark>)/).forEach((part, i) => {
    if (part === "<mark>") inMark = true;
    else if (part === "</mark>") inMark = false;
    else if (part) out.push(inMark ? <mark key={i}>{decodeEntities(part)}</mark> : decodeEntities(part));
  });
  return <>{out}</>;
}

/** Free text with the moderator's flagged matches (phones, WeChat, URLs, ad phrases) marked. */
export function FlaggedText({ text, flags }: { text: string; flags: Flag[] }) {
  const words = [...new Set(flags.map((f) => f.match).filter((m) => m && text.includes(m)))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return <>{text}</>;
  const re = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "g");
  return (
    <>
      {text.split(re).map((part, i) =>
        i % 2 === 1 ? (
          <mark key={i} className="mk-flagged">
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
