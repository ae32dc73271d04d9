import { useState } from "react";
import { ErrorBanner, Field, PageHeader, PageWait, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { useSession } from "../../session.js";
import { todayCn } from "../../dates.js";
import { consult, type ItemDetail, type Status } from "./http.js";
import { NEXT, STATUS_TONE } from "./labels.js";
import "./messages.js";

/** One action item: owners, deadline (overdue flagged), status moves, and its dated progress notes. */
export default function ItemPage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const q = useAsync((sig) => consult.item(id, sig), [id]);
  const [err, setErr] = useState<unknown>(null);
  if (q.error || !q.data) return <PageWait error={q.error} />;
  const i = q.data;
  const canEdit = i.allianceId != null ? s.isAdmin || s.hasRole("alliance_secretariat", { allianceId: i.allianceId }) : s.isAdmin;
  const canNote = canEdit || i.owners.some((o) => o.kind === "organization" && s.hasRole("org_admin", { organizationId: o.id }));
  const move = async (to: Status) => {
    try {
      setErr(null);
      await consult.setStatus(id, to);
      q.reload();
    } catch (x) {
      setErr(x);
    }
  };
  return (
    <div className="page">
      <p className="small">
        {i.programmeId ? <Link to={`/consult/programmes/${i.programmeId}`}>← {i.programmeName}</Link> : i.allianceId ? <Link to={`/consult/alliances/${i.allianceId}`}>← {t("consult.home.title")}</Link> : <Link to="/consult">← {t("consult.home.title")}</Link>}
      </p>
      <PageHeader
        title={i.title}
        subtitle={<span data-testid="item-status"><Tag tone={STATUS_TONE[i.status]}>{t(`consult.status.${i.status}`)}</Tag> {i.overdue && <Tag tone="red">{t("consult.overdue")}</Tag>}</span>}
      />
      <ErrorBanner error={err} />
      <div className="grid-2">
        <div className="card">
          <dl className="kv">
            {i.programmeName && (<><dt>{t("consult.item.programme")}</dt><dd>{i.programmeName}{i.strand && ` · ${i.strand}`}</dd></>)}
            <dt>{t("consult.item.owners")}</dt><dd>
              {i.owners.length === 0
                ? "—"
                : i.owners.map((o, n) => (
                    <span key={`${o.kind}${o.id}`}>
                      {n > 0 && t.sep}
                      {/* An organisation's page lists every item it owns; a region's is the directory's. */}
                      <Link to={o.kind === "organization" ? `/organizations/${o.id}` : `/regions?id=${o.id}`}>{o.kind === "organization" ? t.org(o.name) : t.place(o.name)}</Link>
                    </span>
                  ))}
            </dd>
            <dt>{t("consult.item.deadline")}</dt><dd className={i.overdue ? "consult-red" : undefined}>{i.deadline ?? "—"}</dd>
            {i.completedOn && (<><dt>{t("consult.item.completedOn")}</dt><dd>{i.completedOn}</dd></>)}
            {i.visitId && (<><dt>{t("consult.item.origin")}</dt><dd><Link to={`/consult/visits/${i.visitId}`}>{t("consult.item.fromVisit")}</Link></dd></>)}
            {i.meetingId && (<><dt>{t("consult.item.origin")}</dt><dd><Link to={`/consult/meetings/${i.meetingId}`}>{t("consult.item.fromMeeting")}</Link></dd></>)}
            {i.description && (<><dt>{t("consult.item.description")}</dt><dd>{i.description}</dd></>)}
          </dl>
          {canEdit && (
            <div className="consult-moves" data-testid="status-moves">
              {NEXT[i.status].map((to) => (
                <button key={to} className={`btn btn-small${to === "done" ? " btn-primary" : ""}`} onClick={() => move(to)}>{t(`consult.move.${to}`)}</button>
              ))}
            </div>
          )}
        </div>
        <Notes item={i} canNote={canNote} onAdded={q.reload} />
      </div>
    </div>
  );
}

function Notes({ item, canNote, onAdded }: { item: ItemDetail; canNote: boolean; onAdded: () => void }) {
  const t = useT();
  const [err, setErr] = useState<unknown>(null);
  return (
    <div className="card">
      <h2>{t("consult.notes.title")}</h2>
      {item.notes.length === 0 ? <p className="muted">{t("consult.notes.empty")}</p> : (
        <ol className="consult-notes" data-testid="notes">
          {[...item.notes].reverse().map((n) => (
            <li key={n.id}><span className="consult-note-date">{n.notedOn}</span> {n.text}</li>
          ))}
        </ol>
      )}
      {canNote && (
        <form className="form" data-testid="note-form" onSubmit={async (e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const f = new FormData(form);
          try {
            setErr(null);
            await consult.addNote(item.id, { notedOn: String(f.get("notedOn") || "") || undefined, text: String(f.get("text") ?? "") });
            form.reset();
            onAdded();
          } catch (x) {
            setErr(x);
          }
        }}>
          <ErrorBanner error={err} />
          <div className="form-row">
            <Field label={t("consult.notes.date")} name="notedOn" error={err}><input type="date" defaultValue={todayCn()} max={todayCn()} /></Field>
          </div>
          <Field label={t("consult.notes.text")} name="text" error={err} required><textarea rows={2} /></Field>
          <button className="btn btn-primary" type="submit">{t("consult.notes.add")}</button>
        </form>
      )}
    </div>
  );
}
