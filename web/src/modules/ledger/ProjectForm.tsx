import { useState, type FormEvent } from "react";
import { ErrorBanner, Field, Notice, PageHeader, PageWait, Pending } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useLocation } from "../../router.js";
import { createProject, getProject, listCeremonies, updateProject, type ProjectDetail } from "./http.js";
import { amountValue, fromParty, useOptions } from "./pickers.js";
import { draftToBody, emptyDraft, ProjectFields, type ProjectDraft } from "./ProjectFields.js";
import { useSaveThenOpen } from "./RecordForm.js";
import { useCanRecord } from "./ui.js";

const toDraft = (p: ProjectDetail): ProjectDraft => ({
  ...emptyDraft(),
  name: p.name, kind: p.kind, industryId: p.industryId ? String(p.industryId) : "", amount: amountValue(p.amountYuan),
  landingRegionId: p.landingRegionId ? String(p.landingRegionId) : "", signedOn: p.signedOn, parties: p.parties.map(fromParty),
});

/**
 * One project on its own, or added to a ceremony afterwards (?ceremony=ID); with `id`, a
 * correction of a recorded one (its status moves on its page, where the history is kept).
 */
export default function ProjectForm({ id }: { id?: number }) {
  const project = useAsync((signal) => (id ? getProject(id, signal) : Promise.resolve(null)), [id]);
  return <Pending state={project} page>{(p) => <ProjectEditor project={p} />}</Pending>;
}

function ProjectEditor({ project }: { project: ProjectDetail | null }) {
  const t = useT();
  const { search } = useLocation();
  const options = useOptions();
  const ceremonies = useAsync((signal) => (project ? Promise.resolve([]) : listCeremonies({}, signal)), [project?.id]);
  const canRecord = useCanRecord();
  const [draft, setDraft] = useState(() => (project ? toDraft(project) : emptyDraft()));
  const [ceremony, setCeremony] = useState(search.get("ceremony") ?? "");
  const [alliance, setAlliance] = useState("");
  const [notes, setNotes] = useState(project?.notes ?? "");
  const { error, saving, run } = useSaveThenOpen();

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      if (project) {
        const { signedOn, ...body } = draftToBody(draft);
        // The signing date is sent only when it was changed: it may move only while 签约 is the only step.
        await updateProject(project.id, { ...body, notes, ...(signedOn && signedOn !== project.signedOn ? { signedOn } : {}) });
        return `/ledger/projects/${project.id}?saved=1`;
      }
      const { id } = await createProject({
        ...draftToBody(draft), notes, ceremonyId: ceremony ? Number(ceremony) : null, allianceId: alliance ? Number(alliance) : null,
      });
      return `/ledger/projects/${id}?created=1`;
    });
  }

  if (options.error || !options.data) return <PageWait error={options.error} />;
  const back = project ? `/ledger/projects/${project.id}` : ceremony ? `/ledger/ceremonies/${ceremony}` : "/ledger/projects";
  return (
    <div className="page">
      <p className="small"><Link to={back}>← {project ? project.name : t("ledger.back")}</Link></p>
      <PageHeader title={t(project ? "ledger.p.edit" : "ledger.p.new")} subtitle={t(project ? "ledger.p.editSubtitle" : "ledger.p.subtitle")} />
      {!canRecord && <Notice tone="warn">{t("ledger.needRole")}</Notice>}
      <form className="card ledger-form" onSubmit={submit} noValidate data-testid="project-form">
        <ErrorBanner error={error} showFields />
        {project ? (
          <dl className="kv">
            <dt>{t("ledger.p.ceremony")}</dt><dd>{project.ceremonyTitle ?? "—"}</dd>
            <dt>{t("ledger.p.alliance")}</dt><dd>{project.allianceName ? t.place(project.allianceName) : "—"}</dd>
          </dl>
        ) : (
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
                {options.data.alliances.map((a) => <option key={a.id} value={a.id}>{t.place(a.name)}</option>)}
              </select>
            </Field>
          </div>
        )}
        <ProjectFields draft={draft} onChange={setDraft} options={options.data} prefix="" error={error} testId="project" />
        <Field label={t("ledger.p.notes")} name="notes" error={error}>
          <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>{saving ? t("ledger.saving") : t("ledger.save")}</button>
          {project && <Link className="btn" to={back}>{t("common.cancel")}</Link>}
        </div>
      </form>
    </div>
  );
}
