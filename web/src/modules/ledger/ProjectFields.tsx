import { Field } from "../../components/index.js";
import { useT } from "../../i18n.js";
import type { LedgerOptions } from "./http.js";
import { AmountInput, amountText, PartyInput, RegionSelect, toParty, type AmountValue, type PartyValue } from "./pickers.js";

export interface ProjectDraft {
  key: number;
  name: string;
  kind: string;
  industryId: string;
  amount: AmountValue;
  landingRegionId: string;
  signedOn: string;
  parties: PartyValue[];
  notes: string;
}

let seq = 0;
const emptyParty = (): PartyValue => ({ type: "region", id: "", name: "" });
export const emptyDraft = (): ProjectDraft => ({
  key: ++seq, name: "", kind: "investment", industryId: "", amount: { n: "", unit: "亿" }, landingRegionId: "", signedOn: "", parties: [emptyParty()], notes: "",
});

export function draftToBody(d: ProjectDraft) {
  return {
    name: d.name.trim(), kind: d.kind, industryId: d.industryId ? Number(d.industryId) : null, amount: amountText(d.amount),
    landingRegionId: d.landingRegionId ? Number(d.landingRegionId) : null, ...(d.signedOn ? { signedOn: d.signedOn } : {}),
    parties: d.parties.map(toParty), notes: d.notes,
  };
}

/**
 * One project's inputs. `prefix` ("projects.2.") names the fields as the server reports them,
 * so a refusal lands under the right input of the right project.
 */
export function ProjectFields(props: { draft: ProjectDraft; onChange: (d: ProjectDraft) => void; options: LedgerOptions; prefix: string; error: unknown; testId: string }) {
  const t = useT();
  const { draft: d, onChange, options, prefix, error } = props;
  const set = (patch: Partial<ProjectDraft>) => onChange({ ...d, ...patch });
  const setParty = (i: number, p: PartyValue) => set({ parties: d.parties.map((x, j) => (j === i ? p : x)) });
  return (
    <div data-testid={props.testId}>
      <div className="grid-3 ledger-fields">
        <Field label={t("ledger.p.name")} name={`${prefix}name`} error={error} required className="ledger-span-2">
          <input type="text" value={d.name} onChange={(e) => set({ name: e.target.value })} data-testid={`${props.testId}-name`} />
        </Field>
        <Field label={t("ledger.p.kind")} name={`${prefix}kind`} error={error}>
          <select value={d.kind} onChange={(e) => set({ kind: e.target.value })}>
            {options.projectKinds.map((k) => <option key={k.value} value={k.value}>{t(`ledger.kind.${k.value}`)}</option>)}
          </select>
        </Field>
        <Field label={t("ledger.p.amount")} name={`${prefix}amount`} error={error} hint={t("ledger.p.amountHint")}>
          <AmountInput value={d.amount} onChange={(amount) => set({ amount })} testId={`${props.testId}-amount`} />
        </Field>
        <Field label={t("ledger.p.industry")} name={`${prefix}industryId`} error={error}>
          <select value={d.industryId} onChange={(e) => set({ industryId: e.target.value })} data-testid={`${props.testId}-industry`}>
            <option value="">—</option>
            {options.industries.map((i) => <option key={i.id} value={i.id}>{t.term(i.name)}</option>)}
          </select>
        </Field>
        <Field label={t("ledger.p.landing")} name={`${prefix}landingRegionId`} error={error}>
          <RegionSelect regions={options.regions} value={d.landingRegionId} onChange={(v) => set({ landingRegionId: v })} emptyLabel="—" testId={`${props.testId}-landing`} />
        </Field>
        <Field label={t("ledger.p.signedOn")} name={`${prefix}signedOn`} error={error} hint={prefix ? t("ledger.p.signedOnHint") : undefined} required={!prefix}>
          <input type="date" value={d.signedOn} onChange={(e) => set({ signedOn: e.target.value })} />
        </Field>
        <Field label={t("ledger.p.parties")} name={`${prefix}parties`} error={error} required className="ledger-span-2">
          <div>
            {d.parties.map((p, i) => (
              <PartyInput key={i} regions={options.regions} value={p} onChange={(v) => setParty(i, v)} testId={`${props.testId}-party-${i}`}
                onRemove={d.parties.length > 1 ? () => set({ parties: d.parties.filter((_, j) => j !== i) }) : undefined} />
            ))}
            <button type="button" className="btn btn-small" onClick={() => set({ parties: [...d.parties, emptyParty()] })}>{t("ledger.p.addParty")}</button>
          </div>
        </Field>
      </div>
    </div>
  );
}
