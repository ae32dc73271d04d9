import { PageHeader, PageWait } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { DeleteButton } from "../../components/DeleteButton.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import { directory } from "../directory/api.js";
import { consult } from "./http.js";
import { ItemForm } from "./ItemForm.js";
import { ItemsTable } from "./ItemsTable.js";
import "./messages.js";

/** A delegation visit and its follow-ups, each of which is an action item of the alliance. */
export default function VisitPage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const q = useAsync(async (sig) => {
    const v = await consult.visit(id, sig);
    const a = v.allianceId ? await directory.alliance(v.allianceId, sig) : null;
    const programmes = v.allianceId ? await consult.programmes(v.allianceId, sig) : [];
    return { v, a, programmes };
  }, [id]);
  if (q.error || !q.data) return <PageWait error={q.error} />;
  const { v, a, programmes } = q.data;
  const canEdit = v.allianceId != null ? s.isAdmin || s.hasRole("alliance_secretariat", { allianceId: v.allianceId }) : s.isAdmin;
  const members = a ? a.regions.map((r) => ({ id: r.id, name: r.name })) : [...v.from, ...v.to];
  const programme = programmes[0];
  return (
    <div className="page">
      {a && <p className="small"><Link to={`/consult/alliances/${a.id}?tab=visits`}>← {t.place(a.name)}</Link></p>}
      <PageHeader
        title={v.title}
        subtitle={`${v.startOn}${v.endOn !== v.startOn ? ` — ${v.endOn}` : ""}`}
        actions={canEdit && (
          <>
            <Link className="btn" to={`/consult/visits/${v.id}/edit`}>{t("common.edit")}</Link>
            <DeleteButton consequence={t("consult.visit.deleteConsequence")} onDelete={() => consult.deleteVisit(v.id)}
              onDeleted={() => navigate(a ? `/consult/alliances/${a.id}?tab=visits` : "/consult")} />
          </>
        )}
      />
      <div className={canEdit ? "grid-2" : undefined}>
        <div className="card">
          <div className="consult-route" data-testid="visit-route">
            <span>{v.from.map((r) => t.place(r.name)).join(t.sep)}</span> <span className="consult-arrow">→</span> <span>{v.to.map((r) => t.place(r.name)).join(t.sep)}</span>
          </div>
          <dl className="kv">
            {v.leaders.length > 0 && (<><dt>{t("consult.visit.leaders")}</dt><dd>{v.leaders.map((l) => `${l.name}${l.title ? `(${l.title})` : ""}`).join(t.sep)}</dd></>)}
            {v.organizationsVisited.length > 0 && (<><dt>{t("consult.visit.orgs")}</dt><dd>{v.organizationsVisited.join(t.sep)}</dd></>)}
            {v.sites.length > 0 && (<><dt>{t("consult.visit.sites")}</dt><dd>{v.sites.join(t.sep)}</dd></>)}
            {v.purpose && (<><dt>{t("consult.visit.purpose")}</dt><dd>{v.purpose}</dd></>)}
          </dl>
        </div>
        {canEdit && (
          <div className="card">
            <h2>{t("consult.visit.addFollowUp")}</h2>
            <p className="muted small">{programme ? t("consult.visit.followUpHint", { programme: programme.name }) : t("consult.visit.followUpStandalone")}</p>
            <ItemForm members={members} strands={programme ? programme.strands.map((x) => x.name).filter(Boolean) : undefined} submitLabel={t("consult.visit.addFollowUp")} testId="follow-up-form"
              onSubmit={(x) => consult.addFollowUp(v.id, { ...x, ...(programme && x.strand ? { programmeId: programme.id } : { strand: "" }) })} onDone={q.reload} />
          </div>
        )}
      </div>
      <div className="card">
        <h2>{t("consult.visit.followUps")}</h2>
        <ItemsTable items={v.followUps} showProgramme />
      </div>
    </div>
  );
}
