import { useLabel } from "../../i18n.js";
import { useQueryParams } from "../../router.js";
import type { Filter, LedgerOptions } from "./http.js";
import { RegionSelect } from "./pickers.js";

const YEARS = ["2022", "2023", "2024", "2025", "2026"];

/** The dashboard filters, kept in the query string so a view can be linked and printed. */
export function useFilter(): [Filter, (patch: Record<string, string | undefined>) => void] {
  const [q, set] = useQueryParams();
  const f: Filter = {};
  for (const k of ["alliance", "region", "industry", "from", "to"] as const) {
    const v = q.get(k);
    if (v) f[k] = v;
  }
  return [f, set];
}

export function FilterBar(props: { options: LedgerOptions; filter: Filter; set: (patch: Record<string, string | undefined>) => void }) {
  const l = useLabel();
  const { filter: f, set, options } = props;
  const year = f.from && f.to && f.from.endsWith("-01-01") && f.to === `${f.from.slice(0, 4)}-12-31` ? f.from.slice(0, 4) : "";
  return (
    <div className="toolbar ledger-noprint" data-testid="ledger-filters">
      <div className="field">
        <label htmlFor="lf-alliance">{l({ zh: "联盟", en: "Alliance" })}</label>
        <select id="lf-alliance" value={f.alliance ?? ""} onChange={(e) => set({ alliance: e.target.value || undefined })}>
          <option value="">{l({ zh: "全部", en: "All" })}</option>
          {options.alliances.map((a) => (
            <option key={a.id} value={a.id}>{a.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="lf-region">{l({ zh: "地区(含下辖)", en: "Region (with children)" })}</label>
        <RegionSelect id="lf-region" regions={options.regions} value={f.region ?? ""} onChange={(v) => set({ region: v || undefined })} />
      </div>
      <div className="field">
        <label htmlFor="lf-industry">{l({ zh: "产业", en: "Industry" })}</label>
        <select id="lf-industry" value={f.industry ?? ""} onChange={(e) => set({ industry: e.target.value || undefined })}>
          <option value="">{l({ zh: "全部", en: "All" })}</option>
          {options.industries.map((i) => (
            <option key={i.id} value={i.id}>{i.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="lf-year">{l({ zh: "年度", en: "Year" })}</label>
        <select id="lf-year" value={year} onChange={(e) => set(e.target.value ? { from: `${e.target.value}-01-01`, to: `${e.target.value}-12-31` } : { from: undefined, to: undefined })}>
          <option value="">{year || !f.from ? l({ zh: "全部年度", en: "All years" }) : `${f.from ?? ""}–${f.to ?? ""}`}</option>
          {YEARS.map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
