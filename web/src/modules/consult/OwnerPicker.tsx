import { useEffect, useState } from "react";
import { useDebounced } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { directory } from "../directory/api.js";

export interface OwnerChoice {
  regionId?: number;
  organizationId?: number;
  name: string;
}

/** Owners of an action item: the alliance's member regions as checkboxes, any organisation by search. */
export function OwnerPicker(props: { members: { id: number; name: string }[]; value: OwnerChoice[]; onChange: (v: OwnerChoice[]) => void; id?: string }) {
  const t = useT();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<{ id: number; name: string }[]>([]);
  const dq = useDebounced(q, 200);
  useEffect(() => {
    if (!dq.trim()) return setHits([]);
    const ctl = new AbortController();
    directory.organizations({ q: dq.trim(), limit: 8 }, ctl.signal).then((r) => setHits(r.items), () => setHits([]));
    return () => ctl.abort();
  }, [dq]);
  const hasRegion = (id: number) => props.value.some((o) => o.regionId === id);
  const toggle = (m: { id: number; name: string }) =>
    props.onChange(hasRegion(m.id) ? props.value.filter((o) => o.regionId !== m.id) : [...props.value, { regionId: m.id, name: m.name }]);
  const orgs = props.value.filter((o) => o.organizationId);
  return (
    <div className="consult-owners" id={props.id}>
      <div className="checks">
        {props.members.map((m) => (
          <label key={m.id}>
            <input type="checkbox" checked={hasRegion(m.id)} onChange={() => toggle(m)} /> {m.name}
          </label>
        ))}
      </div>
      <div className="tags consult-owner-orgs">
        {orgs.map((o) => (
          <span className="chip" key={o.organizationId}>
            {o.name}
            <button type="button" aria-label={t("consult.remove")} onClick={() => props.onChange(props.value.filter((x) => x.organizationId !== o.organizationId))}>×</button>
          </span>
        ))}
      </div>
      <div className="picker">
        <input type="search" placeholder={t("consult.owner.orgSearch")} value={q} onChange={(e) => setQ(e.target.value)} aria-label={t("consult.owner.orgSearch")} autoComplete="off" />
        {hits.length > 0 && q.trim() && (
          <ul className="picker-list" role="listbox">
            {hits.map((h) => (
              <li key={h.id} role="option" aria-selected={false} onMouseDown={(e) => {
                e.preventDefault();
                if (!props.value.some((o) => o.organizationId === h.id)) props.onChange([...props.value, { organizationId: h.id, name: h.name }]);
                setQ("");
              }}>{h.name}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
