import { useEffect, useMemo, useState } from "react";
import { api } from "../../api.js";
import { useAsync, useDebounced } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { ledgerOptions, type LedgerOptions, type RegionOption } from "./http.js";

export function useOptions() {
  return useAsync<LedgerOptions>(() => ledgerOptions(), []);
}

/** Regions as an indented list under their province (there are ~450: a select is enough). */
export function RegionSelect(props: { regions: RegionOption[]; value: string; onChange: (v: string) => void; name?: string; emptyLabel?: string; id?: string; testId?: string }) {
  const t = useT();
  const groups = useMemo(() => {
    const provinces = props.regions.filter((r) => r.level === "province");
    return provinces.map((p) => ({ p, rows: props.regions.filter((r) => r.path === p.path || r.path.startsWith(`${p.path}/`)) }));
  }, [props.regions]);
  return (
    <select id={props.id} name={props.name} value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId}>
      <option value="">{props.emptyLabel ?? t("ledger.f.allRegions")}</option>
      {groups.map(({ p, rows }) => (
        <optgroup key={p.id} label={t.place(p.name)}>
          {rows.map((r) => (
            <option key={r.id} value={r.id}>
              {r.level === "county" ? "\u3000\u3000" : r.level === "prefecture" ? "\u3000" : ""}
              {t.place(r.name)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

export interface PartyValue {
  type: "region" | "org";
  id: string;
  name: string;
  /** Kept as recorded (签约方, 投资方 …) when a project is edited; the form does not set it. */
  role?: string;
}

/** A party: a region (its government) or an organisation found by name. */
export function PartyInput(props: { regions: RegionOption[]; value: PartyValue; onChange: (v: PartyValue) => void; onRemove?: () => void; testId?: string }) {
  const t = useT();
  const zh = t.lang === "zh";
  const [q, setQ] = useState(props.value.type === "org" ? props.value.name : "");
  const dq = useDebounced(q, 250);
  const orgs = useAsync(
    (signal) => (props.value.type === "org" && dq.trim() ? api<{ id: number; name: string; regionName: string }[]>("GET", "/api/ledger/organizations", undefined, { query: { q: dq }, signal }) : Promise.resolve([])),
    [dq, props.value.type],
  );
  useEffect(() => {
    if (props.value.type !== "org") return;
    const hit = orgs.data?.find((o) => o.name === q);
    if (hit && String(hit.id) !== props.value.id) props.onChange({ type: "org", id: String(hit.id), name: hit.name });
  }, [orgs.data, q]); // eslint-disable-line react-hooks/exhaustive-deps
  const listId = `orgs-${props.testId ?? "x"}`;
  return (
    <div className="ledger-party" data-testid={props.testId}>
      <select value={props.value.type} onChange={(e) => props.onChange({ type: e.target.value as "region" | "org", id: "", name: "" })} aria-label={zh ? "合作方类型" : "Party type"}>
        <option value="region">{zh ? "地区(政府)" : "Region (government)"}</option>
        <option value="org">{zh ? "机构" : "Organisation"}</option>
      </select>
      {props.value.type === "region" ? (
        <RegionSelect regions={props.regions} value={props.value.id} onChange={(id) => props.onChange({ type: "region", id, name: "" })} emptyLabel={zh ? "选择地区" : "Choose a region"} />
      ) : (
        <>
          <input type="text" list={listId} value={q} placeholder={zh ? "输入机构名称并从列表选择" : "Type and pick an organisation"} onChange={(e) => {
            setQ(e.target.value);
            props.onChange({ type: "org", id: "", name: e.target.value });
          }} />
          <datalist id={listId}>
            {(orgs.data ?? []).map((o) => (
              <option key={o.id} value={o.name}>{t.place(o.regionName)}</option>
            ))}
          </datalist>
        </>
      )}
      {props.onRemove && (
        <button type="button" className="btn btn-small" onClick={props.onRemove} aria-label={zh ? "删除合作方" : "Remove party"}>
          ×
        </button>
      )}
    </div>
  );
}

/** PartyValue → API party; an organisation typed but not chosen from the list is sent as an unknown id (0) so the server names it. */
export const toParty = (p: PartyValue) => ({
  ...(p.type === "region" ? { regionId: Number(p.id) || 0 } : { organizationId: Number(p.id) || 0 }),
  ...(p.role ? { role: p.role } : {}),
});

/** A recorded party as the form edits it. */
export const fromParty = (p: { regionId: number | null; organizationId: number | null; name: string; role?: string }): PartyValue =>
  p.organizationId != null ? { type: "org", id: String(p.organizationId), name: p.name, role: p.role } : { type: "region", id: String(p.regionId ?? ""), name: p.name, role: p.role };

export interface AmountValue {
  n: string;
  unit: "万" | "亿";
}

/** An amount typed in 万元 or 亿元, sent as text the server parses ("1.5亿"), so nothing is converted twice. */
export function AmountInput(props: { value: AmountValue; onChange: (v: AmountValue) => void; testId?: string; id?: string }) {
  const t = useT();
  return (
    <span className="ledger-amount">
      <input id={props.id} type="text" inputMode="decimal" value={props.value.n} onChange={(e) => props.onChange({ ...props.value, n: e.target.value })} data-testid={props.testId} placeholder="0" />
      <select value={props.value.unit} onChange={(e) => props.onChange({ ...props.value, unit: e.target.value as "万" | "亿" })} aria-label={t.lang === "zh" ? "金额单位" : "Unit"} data-testid={props.testId ? `${props.testId}-unit` : undefined}>
        <option value="万">万元</option>
        <option value="亿">亿元</option>
      </select>
    </span>
  );
}

export const amountText = (v: AmountValue) => (v.n.trim() ? `${v.n.trim()}${v.unit}` : null);

/** Yuan as the form shows them: in 亿 from one 亿 up, else in 万 (3.05亿, 3000万). */
export function amountValue(yuan: number | null): AmountValue {
  if (yuan == null) return { n: "", unit: "亿" };
  const [unit, per] = yuan >= 1e8 ? (["亿", 1e8] as const) : (["万", 1e4] as const);
  return { n: String(Number((yuan / per).toFixed(6))), unit };
}
