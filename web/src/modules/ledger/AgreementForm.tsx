import { useState, type FormEvent } from "react";
import { ErrorBanner, Field, Loading, Notice, PageHeader, formValues } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { createAgreement, listCeremonies } from "./http.js";
import { PartyInput, toParty, useOptions, type PartyValue } from "./pickers.js";
import { useCanRecord } from "./ui.js";

const emptyParty = (): PartyValue => ({ type: "region", id: "", name: "" });

/** An agreement or memorandum between at least two parties (regions and/or organisations). */
export default function AgreementForm() {
  const t = useT();
  const options = useOptions();
  const ceremonies = useAsync((signal) => listCeremonies({}, signal), []);
  const canRecord = useCanRecord();
  const [parties, setParties] = useState<PartyValue[]>(() => [emptyParty(), emptyParty()]);
  const [industries, setIndustries] = useState<number[]>([]);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    setSaving(true);
    setError(undefined);
    try {
      const { id } = await createAgreement({
        title: v.title ?? "", kind: v.kind ?? "memorandum", signedOn: v.signedOn ?? "", place: v.place ?? "", eventName: v.eventName ?? "", notes: v.notes ?? "",
        allianceId: v.allianceId ? Number(v.allianceId) : null, ceremonyId: v.ceremonyId ? Number(v.ceremonyId) : null,
        industryIds: industries, parties: parties.map(toParty),
      });
      navigate(`/ledger/agreements/${id}?created=1`);
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  }

  if (options.error) return <div className="page"><ErrorBanner error={options.error} /></div>;
  if (!options.data) return <div className="page"><Loading /></div>;
  const o = options.data;
  return (
    <div className="page">
      <p className="small"><Link to="/ledger/agreements">← {t("ledger.a.title")}</Link></p>
      <PageHeader title={t("ledger.a.new")} subtitle={t("ledger.a.subtitle")} />
      {!canRecord && <Notice tone="warn">{t("ledger.needRole")}</Notice>}
      <form className="card ledger-form" onSubmit={submit} noValidate data-testid="agreement-form">
        <ErrorBanner error={error} showFields />
        <div className="grid-3 ledger-fields">
          <Field label={t("ledger.a.name")} name="title" error={error} required hint={t("ledger.a.nameHint")} className="ledger-span-2">
            <input type="text" />
          </Field>
          <Field label={t("ledger.a.kind")} name="kind" error={error}>
            <select defaultValue="memorandum">
              {o.agreementKinds.map((k) => <option key={k.value} value={k.value}>{t(`ledger.akind.${k.value}`)}</option>)}
            </select>
          </Field>
          <Field label={t("ledger.a.signedOn")} name="signedOn" error={error} required>
            <input type="date" />
          </Field>
          <Field label={t("ledger.a.place")} name="place" error={error}>
            <input type="text" />
          </Field>
          <Field label={t("ledger.f.alliance")} name="allianceId" error={error}>
            <select defaultValue="">
              <option value="">—</option>
              {o.alliances.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </Field>
          <Field label={t("ledger.a.event")} name="eventName" error={error} className="ledger-span-2">
            <input type="text" />
          </Field>
          <Field label={t("ledger.a.ceremony")} name="ceremonyId" error={error}>
            <select defaultValue="">
              <option value="">—</option>
              {(ceremonies.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.heldOn} {c.title}</option>)}
            </select>
          </Field>
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
        <Field label={t("ledger.p.notes")} name="notes" error={error}>
          <textarea rows={3} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>{saving ? t("ledger.saving") : t("ledger.save")}</button>
          <Link to="/ledger/agreements" className="btn">{t("common.cancel")}</Link>
        </div>
      </form>
    </div>
  );
}
