import { Notice, PageHeader, Pending, Stat, formatAmount } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useLocation } from "../../router.js";
import { getCeremony, type CeremonyDetail } from "./http.js";
import { ProjectTable } from "./ProjectTable.js";
import { useCanRecord, yearOf } from "./ui.js";

export default function CeremonyPage({ id }: { id: number }) {
  const q = useAsync((signal) => getCeremony(id, signal), [id]);
  return <Pending state={q} page>{(c) => <CeremonyView c={c} />}</Pending>;
}

function CeremonyView({ c }: { c: CeremonyDetail }) {
  const t = useT();
  const { search } = useLocation();
  const canRecord = useCanRecord();
  const total = c.projects.reduce((s, p) => s + Number(p.amountYuan ?? 0), 0);
  const dash = new URLSearchParams({ ...(c.allianceId ? { alliance: String(c.allianceId) } : {}), ...yearOf(c.heldOn) });
  return (
    <div className="page" data-testid="ceremony-page">
      <p className="small"><Link to="/ledger/ceremonies">← {t("ledger.c.title")}</Link></p>
      {search.get("created") && <Notice tone="success">{t("ledger.c.created")}</Notice>}
      {search.get("saved") && <Notice tone="success">{t("ledger.c.saved")}</Notice>}
      <PageHeader
        title={c.title}
        subtitle={[c.heldOn + (c.endOn && c.endOn !== c.heldOn ? ` – ${c.endOn}` : ""), c.place, c.allianceName && t.place(c.allianceName)].filter(Boolean).join(" · ")}
        actions={<>
          <Link to={`/ledger/dashboard?${dash}`} className="btn btn-small" >{t("ledger.c.toDashboard")}</Link>
          {canRecord && <Link to={`/ledger/projects/new?ceremony=${c.id}`} className="btn btn-small">{t("ledger.c.addProject")}</Link>}
          {canRecord && <Link to={`/ledger/ceremonies/${c.id}/edit`} className="btn btn-small">{t("common.edit")}</Link>}
        </>}
      />
      <p className="ledger-summary" data-testid="ceremony-summary"><span className="ledger-sentence">{c.summary}</span></p>
      <div className="stats">
        <Stat label={t("ledger.c.projectCount")} value={c.projects.length} />
        <Stat label={t("ledger.c.total")} value={formatAmount(total, t.lang)}
          hint={c.reported?.projectCount != null ? t("ledger.c.reportedLine", { n: c.reported.projectCount, total: formatAmount(c.reported.totalYuan ?? null, t.lang) }) : undefined} />
        {c.hostRegionName && <Stat label={t("ledger.c.host")} value={t.place(c.hostRegionName)} />}
      </div>
      <div className="card">
        <dl className="kv">
          {c.eventName && <><dt>{t("ledger.c.event")}</dt><dd>{c.eventName}</dd></>}
          {c.allianceName && <><dt>{t("ledger.f.alliance")}</dt><dd>{t.place(c.allianceName)}</dd></>}
          {c.notes && <><dt>{t("ledger.p.notes")}</dt><dd>{c.notes}</dd></>}
        </dl>
      </div>
      <div className="card">
        <h2>{t("ledger.c.projects")}</h2>
        <ProjectTable rows={c.projects} compact testId="ceremony-projects" />
      </div>
      {c.agreements.length > 0 && (
        <div className="card">
          <h2>{t("ledger.c.agreementsSigned")}</h2>
          <ul className="list-plain">
            {c.agreements.map((a) => <li key={a.id}><Link to={`/ledger/agreements/${a.id}`}>《{a.title}》</Link></li>)}
          </ul>
        </div>
      )}
    </div>
  );
}
