import { useState } from "react";
import { Field, Pending } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { createCeremony, getCeremony, updateCeremony, type CeremonyDetail } from "./http.js";
import { RegionSelect } from "./pickers.js";
import { draftToBody, emptyDraft, ProjectFields, type ProjectDraft } from "./ProjectFields.js";
import { AllianceField, RecordForm } from "./RecordForm.js";

/**
 * A signing ceremony with all its projects, sent as one request: one bad project and nothing is
 * stored. With `id`, a correction of the ceremony's own record (its projects are corrected on
 * their pages).
 */
export default function CeremonyForm({ id }: { id?: number }) {
  const ceremony = useAsync((signal) => (id ? getCeremony(id, signal) : Promise.resolve(null)), [id]);
  return <Pending state={ceremony} page>{(c) => <CeremonyEditor c={c} />}</Pending>;
}

function CeremonyEditor({ c }: { c: CeremonyDetail | null }) {
  const t = useT();
  const [host, setHost] = useState(c?.hostRegionId ? String(c.hostRegionId) : "");
  const [projects, setProjects] = useState<ProjectDraft[]>(() => [emptyDraft()]);

  return (
    <RecordForm list="/ledger/ceremonies" listLabel={c ? c.title : t("ledger.c.title")} title={t(c ? "ledger.c.edit" : "ledger.c.new")}
      subtitle={t(c ? "ledger.c.editSubtitle" : "ledger.c.subtitle")} testId="ceremony-form"
      editing={c ? { back: `/ledger/ceremonies/${c.id}`, notes: c.notes } : undefined}
      save={(v) => {
        const fields = {
          title: v.title ?? "", heldOn: v.heldOn ?? "", endOn: v.endOn || null, place: v.place ?? "", eventName: v.eventName ?? "", notes: v.notes ?? "",
          hostRegionId: host ? Number(host) : null, allianceId: v.allianceId ? Number(v.allianceId) : null,
        };
        return c ? updateCeremony(c.id, fields) : createCeremony({ ...fields, projects: projects.map(draftToBody) });
      }}>
      {(o, error) => (
        <>
          <div className="grid-3 ledger-fields">
            <Field label={t("ledger.c.name")} name="title" error={error} required className="ledger-span-2">
              <input type="text" defaultValue={c?.title} />
            </Field>
            <AllianceField options={o} error={error} value={c?.allianceId} />
            <Field label={t("ledger.c.heldOn")} name="heldOn" error={error} required>
              <input type="date" defaultValue={c?.heldOn} />
            </Field>
            <Field label={t("ledger.c.endOn")} name="endOn" error={error}>
              <input type="date" defaultValue={c?.endOn ?? undefined} />
            </Field>
            <Field label={t("ledger.c.host")} name="hostRegionId" error={error}>
              <RegionSelect regions={o.regions} value={host} onChange={setHost} emptyLabel="—" />
            </Field>
            <Field label={t("ledger.c.place")} name="place" error={error}>
              <input type="text" defaultValue={c?.place} />
            </Field>
            <Field label={t("ledger.c.event")} name="eventName" error={error} hint={t("ledger.c.eventHint")} className="ledger-span-2">
              <input type="text" defaultValue={c?.eventName} />
            </Field>
          </div>
          {!c && (
            <>
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
            </>
          )}
        </>
      )}
    </RecordForm>
  );
}
