import { DataTable, ErrorBanner, Loading, PageHeader, PageWait, Stat, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useQueryParams } from "../../router.js";
import { useSession } from "../../session.js";
import { directory } from "../directory/api.js";
import { consult, type MeetingRow, type VisitRow } from "./http.js";
import { pct } from "./labels.js";
import { OverduePanel } from "./OverduePanel.js";
import { ProgrammeCards } from "./ProgrammeCards.js";
import { RotationPanel } from "./RotationPanel.js";
import "./messages.js";

const TABS = ["overview", "meetings", "programmes", "visits"] as const;

/** One alliance's consultation work: rotation, programmes, overdue items, meetings and visits. */
export default function AlliancePage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const [params, setParams] = useQueryParams();
  const tab = (TABS as readonly string[]).includes(params.get("tab") ?? "") ? params.get("tab")! : "overview";
  const q = useAsync(async (sig) => ({ a: await directory.alliance(id, sig), s: await consult.summary(id, sig) }), [id]);
  if (q.error || !q.data) return <PageWait error={q.error} />;
  const { a, s: sum } = q.data;
  const canEdit = s.isAdmin || s.hasRole("alliance_secretariat", { allianceId: id });
  return (
    <div className="page">
      <p className="small"><Link to="/consult">← {t("consult.home.title")}</Link></p>
      <PageHeader
        title={t.place(a.name)}
        subtitle={t("consult.alliance.subtitle")}
        actions={canEdit && (
          <>
            <Link className="btn btn-primary" to={`/consult/meetings/new?alliance=${id}`}>{t("consult.meeting.new")}</Link>
            <Link className="btn" to={`/consult/visits/new?alliance=${id}`}>{t("consult.visit.new")}</Link>
          </>
        )}
      />
      <div className="stats">
        <Stat label={t("consult.stat.meetings")} value={sum.meetings} />
        <Stat label={t("consult.stat.items")} value={sum.actionItems} />
        <Stat label={t("consult.stat.completion")} value={pct(sum.completionRate)} hint={t("consult.stat.doneOf", { done: sum.byStatus.done, total: sum.actionItems - sum.byStatus.cancelled })} />
        <Stat label={t("consult.stat.overdue")} value={<span className={sum.overdue ? "consult-red" : undefined}>{sum.overdue}</span>} />
        <Stat label={t("consult.stat.visits")} value={sum.visits} />
      </div>
      <nav className="consult-tabs" role="tablist">
        {TABS.map((k) => (
          <button key={k} role="tab" aria-selected={tab === k} className={`consult-tab${tab === k ? " active" : ""}`} onClick={() => setParams({ tab: k === "overview" ? null : k })}>
            {t(`consult.tab.${k}`)}
          </button>
        ))}
      </nav>
      {tab === "overview" && (
        <>
          <div className="grid-2">
            <RotationPanel allianceId={id} canEdit={canEdit} />
            <ProgrammeCards allianceId={id} canEdit={canEdit} compact />
          </div>
          <OverduePanel allianceId={id} />
        </>
      )}
      {tab === "meetings" && <Meetings allianceId={id} />}
      {tab === "programmes" && <ProgrammeCards allianceId={id} canEdit={canEdit} />}
      {tab === "visits" && <Visits allianceId={id} />}
    </div>
  );
}

function Meetings({ allianceId }: { allianceId: number }) {
  const t = useT();
  const q = useAsync((s) => consult.meetings(allianceId, s), [allianceId]);
  return (
    <div className="card">
      <div className="card-title">
        <h2>{t("consult.meetings.title")}</h2>
        <span className="consult-export">
          <button className="btn btn-small" onClick={() => consult.exportMeetings("xlsx", allianceId)}>{t("consult.export.xlsx")}</button>
          <button className="btn btn-small" onClick={() => consult.exportMeetings("csv", allianceId)}>{t("consult.export.csv")}</button>
        </span>
      </div>
      {q.error ? <ErrorBanner error={q.error} /> : !q.data ? <Loading /> : (
        <DataTable<MeetingRow>
          rows={q.data}
          rowKey={(m) => m.id}
          empty={t("consult.meetings.empty")}
          columns={[
            { key: "heldOn", title: t("consult.meeting.heldOn"), width: 110, nowrap: true },
            { key: "title", title: t("consult.meeting.title"), render: (m) => <Link to={`/consult/meetings/${m.id}`}>{m.title}</Link> },
            { key: "kind", title: t("consult.meeting.kind"), render: (m) => <Tag tone={m.kind === "轮值会议" ? "blue" : "gray"}>{t(`consult.kind.${m.kind}`)}</Tag> },
            { key: "host", title: t("consult.meeting.host"), render: (m) => (m.hostRegionName ? t.place(m.hostRegionName) : "") },
            { key: "place", title: t("consult.meeting.place") },
          ]}
        />
      )}
    </div>
  );
}

function Visits({ allianceId }: { allianceId: number }) {
  const t = useT();
  const q = useAsync((s) => consult.visits(allianceId, s), [allianceId]);
  return (
    <div className="card">
      <h2>{t("consult.visits.title")}</h2>
      {q.error ? <ErrorBanner error={q.error} /> : !q.data ? <Loading /> : (
        <DataTable<VisitRow>
          rows={q.data}
          rowKey={(v) => v.id}
          empty={t("consult.visits.empty")}
          columns={[
            { key: "dates", title: t("consult.visit.dates"), width: 120, render: (v) => (v.endOn !== v.startOn ? `${v.startOn} — ${v.endOn.slice(5)}` : v.startOn) },
            { key: "title", title: t("consult.visit.title"), render: (v) => <Link to={`/consult/visits/${v.id}`}>{v.title}</Link> },
            { key: "route", title: t("consult.visit.route"), render: (v) => `${v.from.map((r) => t.place(r.name)).join(t.sep)} → ${v.to.map((r) => t.place(r.name)).join(t.sep)}` },
            { key: "sites", title: t("consult.visit.sites"), render: (v) => <span className="small">{v.sites.join(t.sep)}</span> },
            { key: "followUps", title: t("consult.visit.followUps"), align: "right", render: (v) => v.followUpCount },
          ]}
        />
      )}
    </div>
  );
}
