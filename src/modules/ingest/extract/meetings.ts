import { regionRef, regionsIn, type ExtractContext, type Fact } from "./types.js";

const NOUN = "(?:轮值会议|联席会议|工作会议|会议|大会|峰会|论坛|恳谈会|座谈会|推进会|推介会|签约会|洽谈会|对接会|交流会|研讨会|发布会|年会)";
const NAME = `((?:\\d{4}年?)?[\\u4e00-\\u9fa5A-Za-z0-9()()·]{2,50}?${NOUN})`;

const bare = (n: string) => n.replace(/^\d{4}年?/, "");

/** The title and the lead often name one meeting differently (进博会… / 第五届中国国际进口博览会…). */
function sameMeeting(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  if (x === y || x.includes(y) || y.includes(x)) return true;
  let k = 0;
  while (k < x.length && k < y.length && x[x.length - 1 - k] === y[y.length - 1 - k]) k++;
  return k >= 10;
}

/** Meetings held: "X在Y举行/召开", "在Y举行/召开/举办X"; host, place, theme (以“…”为主题). */
export function extractMeetings(ctx: ExtractContext): Fact[] {
  const out = new Map<string, Fact>();
  const themeSentence = ctx.sentences.find((s) => /以“[^”]+”为(?:主题|题)/.test(s.text));
  const theme = themeSentence ? /以“([^”]+)”为(?:主题|题)/.exec(themeSentence.text)![1] : null;
  const forms = [
    new RegExp(`${NAME}(?:在|于)([^,。;]{1,20}?)(?:隆重)?(?:举行|召开|举办|开幕)`, "g"),
    new RegExp(`(?:在([^,。;]{1,20}?))?(?:举行|召开|举办)了?${NAME}(?=[,。;,]|$)`, "g"),
  ];
  for (const s of ctx.sentences) {
    for (const [i, re] of forms.entries()) {
      re.lastIndex = 0;
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const name = (i === 0 ? m[1] : m[2]).replace(/^(?:今天|今日|昨天|日前|近日|\d+月\d+日)/, "");
        const place = (i === 0 ? m[2] : m[1]) ?? null;
        if (/^(?:本次|此次|这次|该)/.test(name) || [...name].length < 5) continue;
        const existing = [...out.keys()].find((k) => sameMeeting(k, name));
        const before = s.text.slice(0, m.index);
        const hostRegions = regionsIn(before.slice(-20), ctx.gaz);
        const placeRegions = place ? regionsIn(place, ctx.gaz) : [];
        // A one-character alias (沪, 宁) is too risky in running text but safe as the whole place slot.
        if (place && placeRegions.length === 0 && ctx.gaz.bySurface.has(place)) placeRegions.push(ctx.gaz.bySurface.get(place)!);
        const placeRegion = placeRegions[0] ? regionRef(placeRegions[0]) : null;
        const host = hostRegions.at(-1) ? regionRef(hostRegions.at(-1)!) : /轮值/.test(name) ? placeRegion : null;
        if (existing) {
          const prev = out.get(existing)!;
          prev.data.place ??= place;
          prev.data.placeRegion ??= placeRegion;
          prev.data.host ??= host;
          continue;
        }
        out.set(name, {
          type: "meeting",
          data: {
            name,
            place,
            placeRegion,
            host,
            rotating: /轮值/.test(name),
            theme: /轮值会议|联席会议|大会|论坛|峰会/.test(name) ? theme : null,
          },
          sentence: s.text,
          confidence: place ? 0.8 : 0.65,
        });
      }
    }
  }
  return [...out.values()];
}
