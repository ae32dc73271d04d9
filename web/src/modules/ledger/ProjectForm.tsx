import { useState, type FormEvent } from "react";
import { ErrorBanner, Field, Loading, Notice, PageHeader } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useLocation } from "../../router.js";
import { createProject, listCeremonies } from "./http.js";
import { useOptions } from "./pickers.js";
import { draftToBody, emptyDraft, ProjectFields } from "./ProjectFields.js";
import { useSaveThenOpen } from "./RecordForm.js";
import { useCanRecord } from "./ui.js";

/** One project on its own, or added to a ceremony afterwards (?ceremony=ID). */
export default function ProjectForm() {
  const t = useT();
  const { search } = useLocation();
  const options = useOptions();
  const ceremonies = useAsync((signal) => listCeremonies({}, signal), []);
  const canRecord = useCanRecord();
  const [draft, setDraft] = useState(emptyDraft);
  const [ceremony, setCeremony] = useState(search.get("ceremony") ?? "");
  const [alliance, setAlliance] = useState("");
  const [notes, setNotes] = useState("");
  const { error, saving, run } = useSaveThenOpen();

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const { id } = await createProject({
        ...draftToBody(draft), notes, ceremonyId: ceremony ? Number(ceremony) : null, allianceId: alliance ? Number(alliance) : null,
      });
      return `/ledger/projects/${id}?created=1`;
    });
  }

  if (options.error) return <div className="page"><ErrorBanner error={options.error} /></div>;
  if (!options.data) return <div className="page"><Loading /></div>;
  return (
    <div className="page">
      <p className="small"><Link to={ceremony ? `/ledger/ceremonies/${ceremony}` : "/ledger/projects"}>← {t("ledger.back")}</Link></p>
      <PageHeader title={t("ledger.p.new")} subtitle={t("ledger.p.subtitle")} />
      {!canRecord && <Notice tone="warn">{t("ledger.needRole")}</Notice>}
      <form className="card ledger-form" onSubmit={submit} noValidate data-testid="project-form">
        <ErrorBanner error={error} showFields />
        <div className="grid-2">
          <Field label={t("ledger.p.ceremony")} name="ceremonyId" error={error}>
            <select value={ceremony} onChange={(e) => setCeremony(e.target.value)}>
              <option value="">—</option>
              {(ceremonies.data ?? []).map((c) => <option key={c.id} value={c.id}>{c.heldOn} {c.title}</option>)}
            </select>
          </Field>
          <Field label={t("ledger.p.alliance")} name="allianceId" error={error}>
            <select value={alliance} onChange={(e) => setAlliance(e.target.value)}>
              <option value="">—</option>
              {options.data.alliances.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
            </select>
          </Field>
        </div>
        <ProjectFields draft={draft} onChange={setDraft} options={options.data} prefix="" error={error} testId="project" />
        <Field label={t("ledger.p.notes")} name="notes" error={error}>
          <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>{saving ? t("ledger.saving") : t("ledger.save")}</button>
        </div>
      </form>
    </div>
  );
}
