import { useState } from "react";
import { Field, Pending } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { createAgreement, getAgreement, listCeremonies, updateAgreement, type AgreementDetail } from "./http.js";
import { fromParty, PartyInput, toParty, type PartyValue } from "./pickers.js";
import { AllianceField, RecordForm } from "./RecordForm.js";

const emptyParty = (): PartyValue => ({ type: "region", id: "", name: "" });

/** An agreement or memorandum between at least two parties (regions and/or organisations); with `id`, a correction of one. */
export default function AgreementForm({ id }: { id?: number }) {
  const agreement = useAsync((signal) => (id ? getAgreement(id, signal) : Promise.resolve(null)), [id]);
  return <Pending state={agreement} page>{(a) => <AgreementEditor a={a} />}</Pending>;
}

function AgreementEditor({ a }: { a: AgreementDetail | null }) {
  const t = useT();
  const ceremonies = useAsync((signal) => (a ? Promise.resolve([]) : listCeremonies({}, signal)), [a?.id]);
  const [parties, setParties] = useState<PartyValue[]>(() => (a ? a.parties.map(fromParty) : [emptyParty(), emptyParty()]));
  const [industries, setIndustries] = useState<number[]>(a?.industryIds ?? []);

  return (
    <RecordForm list="/ledger/agreements" listLabel={a ? `《${a.title}》` : t("ledger.a.title")} title={t(a ? "ledger.a.edit" : "ledger.a.new")} subtitle={t("ledger.a.subtitle")} testId="agreement-form"
      editing={a ? { back: `/ledger/agreements/${a.id}`, notes: a.notes } : undefined}
      save={(v) => {
        const fields = {
          title: v.title ?? "", kind: v.kind ?? "memorandum", signedOn: v.signedOn ?? "", place: v.place ?? "", eventName: v.eventName ?? "", notes: v.notes ?? "",
          industryIds: industries, parties: parties.map(toParty),
        };
        return a
          ? updateAgreement(a.id, fields)
          : createAgreement({ ...fields, allianceId: v.allianceId ? Number(v.allianceId) : null, ceremonyId: v.ceremonyId ? Number(v.ceremonyId) : null });
      }}>
      {(o, error) => (
        <>
          <div className="grid-3 ledger-fields">
            <Field label={t("ledger.a.name")} name="title" error={error} required hint={t("ledger.a.nameHint")} className="ledger-span-2">
              <input type="text" defaultValue={a?.title} />
            </Field>
            <Field label={t("ledger.a.kind")} name="kind" error={error}>
              <select defaultValue={a?.kind ?? "memorandum"}>
                {o.agreementKinds.map((k) => <option key={k.value} value={k.value}>{t(`ledger.akind.${k.value}`)}</option>)}
              </select>
            </Field>
            <Field label={t("ledger.a.signedOn")} name="signedOn" error={error} required>
              <input type="date" defaultValue={a?.signedOn} />
            </Field>
            <Field label={t("ledger.a.place")} name="place" error={error}>
              <input type="text" defaultValue={a?.place} />
            </Field>
            {!a && <AllianceField options={o} error={error} />}
            <Field label={t("ledger.a.event")} name="eventName" error={error} className="ledger-span-2">
              <input type="text" defaultValue={a?.eventName} />
            </Field>
            {!a && (
              <Field label={t("ledger.a.ceremony")} name="ceremonyId" error={error}>
                <select defaultValue="">
                  <option value="">—</option>
                  {(ceremonies.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.heldOn} {c.title}</option>)}
                </select>
              </Field>
            )}
          </div>
          <Field label={t("ledger.a.parties")} name="parties" error={error} required>
            <div>
              {parties.map((p, i) => (
                <PartyInput key={i} regions={o.regions} value={p} testId={`agreement-party-${i}`}
                  onChange={(v) => setParties((ps) => ps.map((x, j) => (j === i ? v : x)))}
                  onRemove={parties.length > 2 ? () => setParties((ps) => ps.filter((_, j) => j !== i)) : undefined} />
              ))}
              <button type="button" className="btn btn-small" onClick={() => setParties((ps) => [...ps, emptyParty()])}>{t("ledger.p.addParty")}</button>
            </div>
          </Field>
          <fieldset>
            <legend>{t("ledger.a.industries")}</legend>
            <div className="checks">
              {o.industries.map((i) => (
                <label key={i.id}>
                  <input type="checkbox" checked={industries.includes(i.id)}
                    onChange={(e) => setIndustries((xs) => (e.target.checked ? [...xs, i.id] : xs.filter((x) => x !== i.id)))} /> {i.name}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}
    </RecordForm>
  );
}
