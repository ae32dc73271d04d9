import { useState } from "react";
import { DataTable, ErrorBanner, PageHeader, PageWait, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { DeleteButton } from "../../components/DeleteButton.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import { directory } from "../directory/api.js";
import { consult, type Meeting } from "./http.js";
import { ItemForm } from "./ItemForm.js";
import { ItemsTable } from "./ItemsTable.js";
import "./messages.js";

/** A meeting: host, date, attendees, agenda, minutes, decisions — a decision can become an action item. */
export default function MeetingPage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const q = useAsync(async (sig) => {
    const m = await consult.meeting(id, sig);
    return { m, a: m.allianceId ? await directory.alliance(m.allianceId, sig) : null };
  }, [id]);
  const [open, setOpen] = useState<number | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [decisionFailed, setDecisionFailed] = useState<unknown>(null);
  const [rewording, setRewording] = useState<number | null>(null);
  if (q.error || !q.data) return <PageWait error={q.error} />;
  const { m, a } = q.data;
  /** Sends one change of the meeting; on success clears that section's error and reloads, else shows why. */
  const change = (sent: Promise<unknown>, setError: (e: unknown) => void, then?: () => void) =>
    sent.then(() => { then?.(); setError(null); q.reload(); }, setError);
  const canEdit = m.allianceId != null ? s.isAdmin || s.hasRole("alliance_secretariat", { allianceId: m.allianceId }) : s.isAdmin;
  return (
    <div className="page">
      {a && <p className="small"><Link to={`/consult/alliances/${a.id}?tab=meetings`}>← {t.place(a.name)}</Link></p>}
      <PageHeader
        title={m.title}
        subtitle={<><Tag tone={m.kind === "轮值会议" ? "blue" : "gray"}>{t(`consult.kind.${m.kind}`)}</Tag> {m.heldOn}</>}
        actions={canEdit && (
          <>
            <Link className="btn" to={`/consult/meetings/${m.id}/edit`}>{t("common.edit")}</Link>
            <DeleteButton consequence={t("consult.meeting.deleteConsequence")} onDelete={() => consult.deleteMeeting(m.id)}
              onDeleted={() => navigate(a ? `/consult/alliances/${a.id}?tab=meetings` : "/consult")} />
          </>
        )}
      />
      <div className="grid-2">
        <div className="card">
          <dl className="kv" data-testid="meeting-facts">
            <dt>{t("consult.meeting.heldOn")}</dt><dd>{m.heldOn}</dd>
            <dt>{t("consult.meeting.host")}</dt><dd>{m.hostRegionName ? t.place(m.hostRegionName) : "—"}</dd>
            {m.place && (<><dt>{t("consult.meeting.place")}</dt><dd>{m.place}</dd></>)}
            {m.theme && (<><dt>{t("consult.meeting.theme")}</dt><dd>{m.theme}</dd></>)}
          </dl>
          <h3 className="consult-sub">{t("consult.meeting.agenda")}</h3>
          <p className="consult-pre">{m.agenda || "—"}</p>
        </div>
        <div className="card">
          <h2>{t("consult.meeting.attendees")}</h2>
          <ErrorBanner error={failed} showFields />
          <DataTable<Meeting["attendees"][number]>
            rows={m.attendees}
            rowKey={(x) => x.id}
            empty={t("consult.meeting.noAttendees")}
            columns={[
              { key: "who", title: t("consult.attendee.region"), render: (x) => (x.regionName ? t.place(x.regionName) : x.organizationName ?? "") },
              { key: "personName", title: t("consult.attendee.name"), nowrap: true },
              { key: "personTitle", title: t("consult.attendee.title") },
              ...(canEdit
                ? [{ key: "remove", title: "", render: (x: Meeting["attendees"][number]) => (
                    <button type="button" className="btn-link small" aria-label={t("common.remove", { name: x.personName || x.regionName || x.organizationName || "" })}
                      onClick={() => change(consult.removeAttendee(m.id, x.id), setFailed)}>×</button>
                  ) }]
                : []),
            ]}
          />
          {canEdit && (
            <form className="consult-attendee consult-add" data-testid="add-attendee" onSubmit={(e) => {
              e.preventDefault();
              const f = new FormData(e.currentTarget);
              const region = String(f.get("regionId") ?? "");
              const form = e.currentTarget;
              change(
                consult.addAttendee(m.id, { ...(region ? { regionId: Number(region) } : {}), personName: String(f.get("personName") ?? "").trim(), personTitle: String(f.get("personTitle") ?? "").trim() }),
                setFailed,
                () => form.reset(),
              );
            }}>
              <select name="regionId" aria-label={t("consult.attendee.region")}>
                <option value="">{t("consult.attendee.region")}</option>
                {(a?.regions ?? []).map((r) => <option key={r.id} value={r.id}>{t.place(r.name)}</option>)}
              </select>
              <input type="text" name="personName" aria-label={t("consult.attendee.name")} placeholder={t("consult.attendee.name")} />
              <input type="text" name="personTitle" aria-label={t("consult.attendee.title")} placeholder={t("consult.attendee.title")} />
              <button type="submit" className="btn btn-small">+ {t("consult.attendee.add")}</button>
            </form>
          )}
        </div>
      </div>
      <div className="card">
        <h2>{t("consult.meeting.minutes")}</h2>
        <p className="consult-pre">{m.minutes || "—"}</p>
      </div>
      <div className="card" data-testid="decisions">
        <h2>{t("consult.meeting.decisions")}</h2>
        {m.decisions.length === 0 ? <p className="muted">—</p> : (
          <ol className="consult-decisions">
            {m.decisions.map((d) => (
              <li key={d.id}>
                {rewording === d.id ? (
                  <form className="consult-add" data-testid="reword-decision" onSubmit={(e) => {
                    e.preventDefault();
                    const text = String(new FormData(e.currentTarget).get("text") ?? "").trim();
                    change(consult.updateDecision(m.id, d.id, text), setDecisionFailed, () => setRewording(null));
                  }}>
                    <input type="text" name="text" defaultValue={d.text} aria-label={t("consult.decision.text")} />
                    <button type="submit" className="btn btn-small">{t("common.save")}</button>
                    <button type="button" className="btn btn-small" onClick={() => setRewording(null)}>{t("common.cancel")}</button>
                  </form>
                ) : <span>{d.text}</span>}{" "}
                {d.actionItemIds.map((iid) => <Link key={iid} to={`/consult/items/${iid}`} className="small"><Tag tone="green">{t("consult.decision.item")} #{iid}</Tag></Link>)}
                {canEdit && <button className="btn-link small" onClick={() => setOpen(open === d.id ? null : d.id)}>{t("consult.decision.toItem")}</button>}
                {canEdit && rewording !== d.id && <button className="btn-link small" onClick={() => setRewording(d.id)}>{t("consult.decision.reword")}</button>}
                {canEdit && (
                  <button className="btn-link small" aria-label={t("common.remove", { name: d.text })} title={t("consult.decision.removeHint")}
                    onClick={() => change(consult.removeDecision(m.id, d.id), setDecisionFailed)}>×</button>
                )}
                {open === d.id && a && (
                  <ItemForm members={a.regions.map((r) => ({ id: r.id, name: r.name }))} initialTitle={d.text} submitLabel={t("consult.decision.toItem")}
                    onSubmit={(v) => consult.decisionToItem(m.id, d.id, v)} onDone={() => { setOpen(null); q.reload(); }} />
                )}
              </li>
            ))}
          </ol>
        )}
        <ErrorBanner error={decisionFailed} showFields />
        {canEdit && (
          <form className="consult-add" data-testid="add-decision" onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const text = String(new FormData(form).get("text") ?? "").trim();
            change(consult.addDecision(m.id, text), setDecisionFailed, () => form.reset());
          }}>
            <input type="text" name="text" aria-label={t("consult.decision.text")} placeholder={t("consult.decision.text")} />
            <button type="submit" className="btn btn-small">+ {t("consult.decision.add")}</button>
          </form>
        )}
      </div>
      {m.actionItems.length > 0 && (
        <div className="card">
          <h2>{t("consult.meeting.items")}</h2>
          <ItemsTable items={m.actionItems} showStrand={false} showProgramme />
        </div>
      )}
    </div>
  );
}
