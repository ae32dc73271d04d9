import { useState, type FormEvent } from "react";
import { ErrorBanner, Field, Loading, Notice, PageHeader, formValues } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { createCeremony } from "./http.js";
import { RegionSelect, useOptions } from "./pickers.js";
import { draftToBody, emptyDraft, ProjectFields, type ProjectDraft } from "./ProjectFields.js";
import { useCanRecord } from "./ui.js";

/** A signing ceremony with all its projects, sent as one request: one bad project and nothing is stored. */
export default function CeremonyForm() {
  const t = useT();
  const options = useOptions();
  const canRecord = useCanRecord();
  const [host, setHost] = useState("");
  const [projects, setProjects] = useState<ProjectDraft[]>(() => [emptyDraft()]);
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    setSaving(true);
    setError(undefined);
    try {
      const { id } = await createCeremony({
        title: v.title ?? "", heldOn: v.heldOn ?? "", endOn: v.endOn ?? null, place: v.place ?? "", eventName: v.eventName ?? "", notes: v.notes ?? "",
        hostRegionId: host ? Number(host) : null, allianceId: v.allianceId ? Number(v.allianceId) : null,
        projects: projects.map(draftToBody),
      });
      navigate(`/ledger/ceremonies/${id}?created=1`);
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
      <p className="small"><Link to="/ledger/ceremonies">← {t("ledger.c.title")}</Link></p>
      <PageHeader title={t("ledger.c.new")} subtitle={t("ledger.c.subtitle")} />
      {!canRecord && <Notice tone="warn">{t("ledger.needRole")}</Notice>}
      <form className="card ledger-form" onSubmit={submit} noValidate data-testid="ceremony-form">
        <ErrorBanner error={error} showFields />
        <div className="grid-3 ledger-fields">
          <Field label={t("ledger.c.name")} name="title" error={error} required className="ledger-span-2">
            <input type="text" />
          </Field>
          <Field label={t("ledger.f.alliance")} name="allianceId" error={error}>
            <select defaultValue="">
              <option value="">—</option>
              {o.alliances.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </Field>
          <Field label={t("ledger.c.heldOn")} name="heldOn" error={error} required>
            <input type="date" />
          </Field>
          <Field label={t("ledger.c.endOn")} name="endOn" error={error}>
            <input type="date" />
          </Field>
          <Field label={t("ledger.c.host")} name="hostRegionId" error={error}>
            <RegionSelect regions={o.regions} value={host} onChange={setHost} emptyLabel="—" />
          </Field>
          <Field label={t("ledger.c.place")} name="place" error={error}>
            <input type="text" />
          </Field>
          <Field label={t("ledger.c.event")} name="eventName" error={error} hint={t("ledger.c.eventHint")} className="ledger-span-2">
            <input type="text" />
          </Field>
        </div>
        <h2>{t("ledger.c.projects")}</h2>
        {projects.map((p, i) => (
          <fieldset key={p.key} className="ledger-project-row">
            <legend>{t("ledger.p.row", { n: i + 1 })}</legend>
            <ProjectFields draft={p} options={o} prefix={`projects.${i}.`} error={error} testId={`project-row-${i}`}
              onChange={(d) => setProjects((ps) => ps.map((x) => (x.key === d.key ? d : x)))} />
            {projects.length > 1 && (
              <button type="button" className="btn btn-small btn-danger" onClick={() => setProjects((ps) => ps.filter((x) => x.key !== p.key))}>{t("ledger.p.removeRow")}</button>
            )}
          </fieldset>
        ))}
        <p><button type="button" className="btn" onClick={() => setProjects((ps) => [...ps, emptyDraft()])} data-testid="add-project">{t("ledger.p.addRow")}</button></p>
        <Field label={t("ledger.p.notes")} name="notes" error={error}>
          <textarea rows={3} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>{saving ? t("ledger.saving") : t("ledger.save")}</button>
          <Link to="/ledger/ceremonies" className="btn">{t("common.cancel")}</Link>
        </div>
      </form>
    </div>
  );
}
