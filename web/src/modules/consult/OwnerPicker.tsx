import { Chips } from "../../components/Chips.js";
import { useT } from "../../i18n.js";
import { OrgAdder } from "../directory/OrgAdder.js";

export interface OwnerChoice {
  regionId?: number;
  organizationId?: number;
  name: string;
}

/** Owners of an action item: the alliance's member regions as checkboxes, any organisation by search. */
export function OwnerPicker(props: { members: { id: number; name: string }[]; value: OwnerChoice[]; onChange: (v: OwnerChoice[]) => void; id?: string }) {
  const t = useT();
  const hasRegion = (id: number) => props.value.some((o) => o.regionId === id);
  const toggle = (m: { id: number; name: string }) =>
    props.onChange(hasRegion(m.id) ? props.value.filter((o) => o.regionId !== m.id) : [...props.value, { regionId: m.id, name: m.name }]);
  const orgs = props.value.flatMap((o) => (o.organizationId ? [{ id: o.organizationId, name: o.name }] : []));
  return (
    <div className="consult-owners" id={props.id}>
      <div className="checks">
        {props.members.map((m) => (
          <label key={m.id}>
            <input type="checkbox" checked={hasRegion(m.id)} onChange={() => toggle(m)} /> {t.place(m.name)}
          </label>
        ))}
      </div>
      <div className="consult-owner-orgs">
        <Chips items={orgs} onChange={(kept) => props.onChange(props.value.filter((o) => !o.organizationId || kept.some((k) => k.id === o.organizationId)))} />
      </div>
      <OrgAdder
        label={t("consult.owner.orgSearch")}
        placeholder={t("consult.owner.orgSearch")}
        onAdd={(h) => !props.value.some((o) => o.organizationId === h.id) && props.onChange([...props.value, { organizationId: h.id, name: h.name }])}
      />
    </div>
  );
}
