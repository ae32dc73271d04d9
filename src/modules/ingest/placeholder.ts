import type { Gazetteer } from "./gazetteer.js";
import type { Repair } from "./obfuscation.js";

/**
 * A spam phrase injected where a place name belongs (seed 004: "网易体育直播" where the
 * page means 海安). Signal: a repeated non-place phrase fills a place slot (before
 * 代表团, after 率, before 县域/市) while the title or body fills the same slot with a
 * gazetteer place elsewhere. Place slots get the place back; other occurrences (where
 * the spam replaced a function word) are removed. Every change is a repair.
 */
const SLOT_AFTER = "(?:党政|政府|考察|友好|经贸|商务)?代表团";
const ADMIN = /^(?:[市县区省]|.*(?:委|府|团|局|厅|办|会|部|党|政协|人大|代表|一行|领导|书记|市长|县长|区长)$)/;

function placeInSlot(text: string, gaz: Gazetteer): string | null {
  const re = new RegExp(`([\\u4e00-\\u9fa5]{2,6}?)(?:市|县|区)?${SLOT_AFTER}`, "g");
  const counts = new Map<string, number>();
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const mentions = gaz.find(m[1]);
    const last = mentions.at(-1);
    if (last && last.start + last.surface.length >= m[1].length - 1) counts.set(last.surface, (counts.get(last.surface) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [k, v] of counts) if (!best || v > (counts.get(best) ?? 0)) best = k;
  return best;
}

export function restorePlaceholders(title: string, body: string, gaz: Gazetteer): { body: string; repairs: Repair[]; shifts: { at: number; delta: number }[]; phrase?: string; place?: string } {
  const slot = new RegExp(`(?:率|与|和|、)([^\\s,。、;:“”《》()()]{3,10}?)${SLOT_AFTER}`, "g");
  const candidates = new Map<string, number>();
  for (let m = slot.exec(body); m; m = slot.exec(body)) {
    const s = m[1];
    if (gaz.find(s).length > 0 || ADMIN.test(s)) continue;
    candidates.set(s, (candidates.get(s) ?? 0) + 1);
  }
  for (const [phrase] of candidates) {
    const occurrences = body.split(phrase).length - 1;
    if (occurrences < 2) continue;
    const place = placeInSlot(title, gaz) ?? placeInSlot(body.split(phrase).join(""), gaz);
    if (!place) continue;
    const repairs: Repair[] = [];
    const shifts: { at: number; delta: number }[] = [];
    let out = "";
    let i = 0;
    for (let at = body.indexOf(phrase); at >= 0; at = body.indexOf(phrase, i)) {
      out += body.slice(i, at);
      const after = body.slice(at + phrase.length, at + phrase.length + 6);
      const before = body.slice(Math.max(0, at - 1), at);
      const isPlaceSlot = new RegExp(`^(?:${SLOT_AFTER}|县域|市域|市|县|区|人民|经济)`).test(after) || /[率与和在、]/.test(before);
      const to = isPlaceSlot ? place : "";
      repairs.push({ kind: isPlaceSlot ? "placeholder-restored" : "placeholder-removed", from: phrase, to, at: out.length, rule: `注入短语“${phrase}”占据地名位置,页面标题/正文给出“${place}” (injected phrase in a place slot)` });
      shifts.push({ at, delta: to.length - phrase.length });
      out += to;
      i = at + phrase.length;
    }
    out += body.slice(i);
    return { body: out, repairs, shifts, phrase, place };
  }
  return { body, repairs: [], shifts: [] };
}
