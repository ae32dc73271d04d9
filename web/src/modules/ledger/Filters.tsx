import { useT } from "../../i18n.js";
import { useQueryParams } from "../../router.js";
import { FILTER_KEYS, type Filter, type LedgerOptions } from "./http.js";
import { RegionSelect } from "./pickers.js";

const YEARS = Array.from({ length: 6 }, (_, i) => String(new Date().getFullYear() - i));

/** The dashboard filters, kept in the query string so a view can be linked and printed. */
export function useFilter(): [Filter, (patch: Record<string, string | undefined>) => void] {
  const [q, set] = useQueryParams();
  const f: Filter = {};
  for (const k of FILTER_KEYS) {
    const v = q.get(k);
    if (v) f[k] = v;
  }
  return [f, set];
}

/** Alliance, region (with its children), industry, and a period: a calendar year or any two dates. */
export function FilterBar(props: { options: LedgerOptions; filter: Filter; set: (patch: Record<string, string | undefined>) => void }) {
  const t = useT();
  const { filter: f, set, options } = props;
  const year = f.from && f.to && f.from.endsWith("-01-01") && f.to === `${f.from.slice(0, 4)}-12-31` ? f.from.slice(0, 4) : "";
  const years = year && !YEARS.includes(year) ? [...YEARS, year] : YEARS;
  return (
    <div className="toolbar ledger-noprint ledger-filters" data-testid="ledger-filters">
      <div className="field">
        <label htmlFor="lf-alliance">{t("ledger.f.alliance")}</label>
        <select id="lf-alliance" value={f.alliance ?? ""} onChange={(e) => set({ alliance: e.target.value || undefined })}>
          <option value="">{t("ledger.f.all")}</option>
          {options.alliances.map((a) => <option key={a.id} value={a.id}>{t.place(a.name)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="lf-region">{t("ledger.f.region")}</label>
        <RegionSelect id="lf-region" regions={options.regions} value={f.region ?? ""} onChange={(v) => set({ region: v || undefined })} />
      </div>
      <div className="field">
        <label htmlFor="lf-industry">{t("ledger.f.industry")}</label>
        <select id="lf-industry" value={f.industry ?? ""} onChange={(e) => set({ industry: e.target.value || undefined })}>
          <option value="">{t("ledger.f.all")}</option>
          {options.industries.map((i) => <option key={i.id} value={i.id}>{t.term(i.name)}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="lf-year">{t("ledger.f.year")}</label>
        <select id="lf-year" value={year} onChange={(e) => set(e.target.value ? { from: `${e.target.value}-01-01`, to: `${e.target.value}-12-31` } : { from: undefined, to: undefined })}>
          <option value="">{year || !(f.from || f.to) ? t("ledger.f.allYears") : "—"}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor="lf-from">{t("ledger.f.from")}</label>
        <input id="lf-from" type="date" value={f.from ?? ""} onChange={(e) => set({ from: e.target.value || undefined })} />
      </div>
      <div className="field">
        <label htmlFor="lf-to">{t("ledger.f.to")}</label>
        <input id="lf-to" type="date" value={f.to ?? ""} onChange={(e) => set({ to: e.target.value || undefined })} />
      </div>
      {FILTER_KEYS.some((k) => f[k]) && (
        <button type="button" className="btn btn-small" onClick={() => set(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])))}>{t("ledger.f.reset")}</button>
      )}
    </div>
  );
}
