import { useSyncExternalStore } from "react";

/*
 * zh-CN is the default language; English is a switch kept in localStorage.
 * Modules register their own messages with namespaced keys ("market.search.title").
 * t(key, vars) falls back to Chinese, then to the key itself, so a missing English
 * string never blanks a page. Placeholders: "共 {n} 条".
 */

export type Lang = "zh" | "en";
type Messages = Record<string, string>;

const STORAGE_KEY = "jishi.lang";
const catalog: Record<Lang, Messages> = { zh: {}, en: {} };
const listeners = new Set<() => void>();

function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh";
  } catch {
    return "zh";
  }
}
let current: Lang = typeof window === "undefined" ? "zh" : initialLang();

export function registerMessages(m: { zh: Messages; en: Messages }): void {
  Object.assign(catalog.zh, m.zh);
  Object.assign(catalog.en, m.en);
}

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the switch still works for this page */
  }
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
  changed();
}

/*
 * Reference names in English: the API speaks of regions and industries by their Chinese names
 * (苏州市, 江苏省苏州市昆山市, 集成电路), and the same name reads the same in English wherever it
 * stands (both 普陀区 are Putuo District), so one map from Chinese to English serves every page.
 * english-names.ts fills it from /api/regions/names, /api/industries, the alliances and the
 * organisations that have an English name when the interface is in English; until then names
 * stay Chinese.
 */
const namesEn = new Map<string, string>();
/** Bumped when the language or the English names change: what useT() re-renders on. */
let version = 0;

function changed(): void {
  version++;
  for (const l of listeners) l();
}

export function registerEnglishNames(pairs: Iterable<readonly [string, string]>): void {
  for (const [zh, en] of pairs) if (en) namesEn.set(zh, en);
  changed();
}

/** A region, industry or alliance name in `lang` (the Chinese name when its English is not known). */
export function referenceName(lang: Lang, name: string): string {
  return lang === "en" ? namesEn.get(name) ?? name : name;
}

/** What separates names in a run: 苏州市、无锡市 in Chinese, "Suzhou, Wuxi" in English. */
export const listSeparator = (lang: Lang): string => (lang === "en" ? ", " : "、");

export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  let s = catalog[lang][key] ?? catalog.zh[key] ?? key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
  return s;
}

export type T = ((key: string, vars?: Record<string, string | number>) => string) & {
  lang: Lang;
  /** A region's name (苏州市, or a full name such as 江苏省苏州市昆山市) in the interface's language. */
  place: (name: string) => string;
  /** An industry's or chain segment's name (集成电路) in the interface's language. */
  term: (name: string) => string;
  /** An organisation's registered name, or its English name in English when it has one. */
  org: (name: string) => string;
  /** What separates names in a run (listSeparator): `names.join(t.sep)`. */
  sep: string;
  /** Changes with the language and when place names arrive: a memo dependency for what shows places. */
  key: string;
};

function subscribe(cb: () => void) {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** const t = useT(); t("dir.org.name"); t.lang === "en" */
export function useT(): T {
  useSyncExternalStore(subscribe, getVersion, getVersion);
  const lang = current;
  const t = ((key: string, vars?: Record<string, string | number>) => translate(lang, key, vars)) as T;
  t.lang = lang;
  t.place = (name: string) => referenceName(lang, name);
  t.term = t.place;
  t.org = t.place;
  t.sep = listSeparator(lang);
  t.key = `${lang}.${version}`;
  return t;
}

const getVersion = () => version;

/** Picks the label for the current language from a {zh, en} pair. */
export function useLabel(): (l: { zh: string; en: string }) => string {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  return (l) => (lang === "en" ? l.en : l.zh);
}
