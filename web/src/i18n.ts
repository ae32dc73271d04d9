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
  for (const l of listeners) l();
}

export function translate(lang: Lang, key: string, vars?: Record<string, string | number>): string {
  let s = catalog[lang][key] ?? catalog.zh[key] ?? key;
  if (vars) s = s.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : `{${k}}`));
  return s;
}

export type T = ((key: string, vars?: Record<string, string | number>) => string) & { lang: Lang };

function subscribe(cb: () => void) {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

/** const t = useT(); t("dir.org.name"); t.lang === "en" */
export function useT(): T {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  const t = ((key: string, vars?: Record<string, string | number>) => translate(lang, key, vars)) as T;
  t.lang = lang;
  return t;
}

/** Picks the label for the current language from a {zh, en} pair. */
export function useLabel(): (l: { zh: string; en: string }) => string {
  const lang = useSyncExternalStore(subscribe, getLang, getLang);
  return (l) => (lang === "en" ? l.en : l.zh);
}
