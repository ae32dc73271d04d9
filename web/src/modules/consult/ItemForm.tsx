import { useState } from "react";
import { ErrorBanner, Field } from "../../components/index.js";
import { useT } from "../../i18n.js";
import type { OwnerInput } from "./http.js";
import { OwnerPicker, type OwnerChoice } from "./OwnerPicker.js";

export interface ItemInput {
  title: string;
  strand?: string;
  deadline?: string | null;
  description?: string;
  owners: OwnerInput[];
}

/** A new action item (in a programme, or a follow-up of a visit or a meeting decision). */
export function ItemForm(props: {
  members: { id: number; name: string }[];
  strands?: string[];
  initialTitle?: string;
  submitLabel?: string;
  onSubmit: (v: ItemInput) => Promise<unknown>;
  onDone?: () => void;
  testId?: string;
}) {
  const t = useT();
  const [owners, setOwners] = useState<OwnerChoice[]>([]);
  const [err, setErr] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form className="form consult-item-form" data-testid={props.testId ?? "item-form"} onSubmit={async (e) => {
      e.preventDefault();
      const form = e.currentTarget;
      const f = new FormData(form);
      const s = (k: string) => String(f.get(k) ?? "").trim();
      setBusy(true);
      try {
        setErr(null);
        await props.onSubmit({
          title: s("title"), ...(props.strands ? { strand: s("strand") } : {}), deadline: s("deadline") || null, description: s("description"),
          owners: owners.map((o) => (o.regionId ? { regionId: o.regionId } : { organizationId: o.organizationId })),
        });
        form.reset();
        setOwners([]);
        props.onDone?.();
      } catch (x) {
        setErr(x);
      } finally {
        setBusy(false);
      }
    }}>
      <ErrorBanner error={err} />
      <Field label={t("consult.item.title")} name="title" error={err} required><input type="text" defaultValue={props.initialTitle} /></Field>
      <div className="form-row">
        {props.strands && (
          <Field label={t("consult.item.strand")} name="strand" error={err}>
            <input type="text" list="consult-strands" />
          </Field>
        )}
        <Field label={t("consult.item.deadline")} name="deadline" error={err}><input type="date" /></Field>
      </div>
      {props.strands && <datalist id="consult-strands">{props.strands.map((x) => <option key={x} value={x} />)}</datalist>}
      <Field label={t("consult.item.owners")} name="owners" error={err}>
        <OwnerPicker members={props.members} value={owners} onChange={setOwners} />
      </Field>
      <Field label={t("consult.item.description")} name="description" error={err}><textarea rows={2} /></Field>
      <div className="form-actions">
        <button className="btn btn-primary" type="submit" disabled={busy}>{props.submitLabel ?? t("consult.item.add")}</button>
      </div>
    </form>
  );
}
