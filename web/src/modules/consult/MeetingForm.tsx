import { useState } from "react";
import { ErrorBanner, Field, PageHeader, Pending } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useLocation } from "../../router.js";
import { useSession } from "../../session.js";
import { directory } from "../directory/api.js";
import { todayCn } from "../../dates.js";
import type { Alliance } from "../directory/api.js";
import { consult, type Meeting, type MeetingKind, type Rotation } from "./http.js";
import "./messages.js";

const KINDS: MeetingKind[] = ["会商", "轮值会议", "恳谈会", "other"];
interface AttendeeRow { key: number; regionId: string; personName: string; personTitle: string }
const lines = (s: string) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);

/**
 * Records a meeting of an alliance: host, date, attendees, agenda, minutes and decisions (one
 * per line). With `id`, edits the meeting's own fields; its attendees and decisions are added
 * and removed on its page.
 */
export default function MeetingForm({ id }: { id?: number }) {
  const fromQuery = Number(useLocation().search.get("alliance"));
  if (!id && !fromQuery) return <ChooseAlliance />;
  // Keyed by the alliance: choosing one on this same address starts a form of its own.
  return <LoadedMeetingForm key={fromQuery} id={id} fromQuery={fromQuery} />;
}

function LoadedMeetingForm({ id, fromQuery }: { id?: number; fromQuery: number }) {
  const q = useAsync(async (s) => {
    const m = id ? await consult.meeting(id, s) : null;
    const allianceId = m ? m.allianceId : fromQuery;
    if (!allianceId) return { m, a: null, r: null };
    const [a, r] = await Promise.all([directory.alliance(allianceId, s), consult.rotation(allianceId, s)]);
    return { m, a, r };
  }, [id, fromQuery]);
  return <Pending state={q} page>{(d) => <MeetingFields {...d} />}</Pending>;
}

/** A meeting is an alliance's: reached without one (a bookmark, a typed address), the page asks which. */
function ChooseAlliance() {
  const t = useT();
  const session = useSession();
  const alliances = useAsync((s) => directory.alliances(s), []);
  return (
    <div className="page">
      <PageHeader title={t("consult.meeting.new")} subtitle={t("consult.meeting.chooseAlliance")} />
      <Pending state={alliances}>
        {(list) => {
          // Only the alliances whose meetings this user may record (their secretariat; an admin: all).
          const mine = list.items.filter((a) => session.hasRole("alliance_secretariat", { allianceId: a.id }));
          return (
            <div className="card" data-testid="choose-alliance">
              {mine.length === 0 && <p className="muted">{t("consult.meeting.noAllianceToRecord")}</p>}
              <ul className="list-plain">
                {mine.map((a) => (
                  <li key={a.id}>
                    <Link to={`/consult/meetings/new?alliance=${a.id}`}>{t.place(a.name)}</Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        }}
      </Pending>
    </div>
  );
}

function MeetingFields({ m, a, r }: { m: Meeting | null; a: Alliance | null; r: Rotation | null }) {
  const t = useT();
  const [kind, setKind] = useState<MeetingKind>(m?.kind ?? "会商");
  const [host, setHost] = useState(m?.hostRegionId ? String(m.hostRegionId) : "");
  const [rows, setRows] = useState<AttendeeRow[]>([{ key: 1, regionId: "", personName: "", personTitle: "" }]);
  const [err, setErr] = useState<unknown>(null);
  const members = a?.regions ?? [];
  // A host that has since left the alliance stays choosable on its meeting.
  const hosts = m?.hostRegionId && !members.some((x) => x.id === m.hostRegionId) ? [...members, { id: m.hostRegionId, name: m.hostRegionName ?? String(m.hostRegionId) }] : members;
  const setRow = (key: number, patch: Partial<AttendeeRow>) => setRows(rows.map((x) => (x.key === key ? { ...x, ...patch } : x)));
  const back = m ? `/consult/meetings/${m.id}` : `/consult/alliances/${a!.id}?tab=meetings`;
  return (
    <div className="page">
      <p className="small"><Link to={back}>← {m ? m.title : a!.name}</Link></p>
      <PageHeader title={t(m ? "consult.meeting.edit" : "consult.meeting.new")} subtitle={a?.name} />
      <form className="card form consult-form" data-testid="meeting-form" onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const s = (k: string) => String(f.get(k) ?? "").trim();
        try {
          setErr(null);
          const fields = {
            title: s("title"), kind, heldOn: s("heldOn"), hostRegionId: host ? Number(host) : null, place: s("place"), theme: s("theme"),
            agenda: s("agenda"), minutes: s("minutes"),
          };
          if (m) {
            await consult.updateMeeting(m.id, fields);
            navigate(`/consult/meetings/${m.id}`);
            return;
          }
          const res = await consult.createMeeting({
            ...fields, allianceId: a!.id, decisions: lines(s("decisions")),
            attendees: rows.filter((x) => x.regionId || x.personName.trim()).map((x) => ({ ...(x.regionId ? { regionId: Number(x.regionId) } : {}), personName: x.personName.trim(), personTitle: x.personTitle.trim() })),
          });
          navigate(`/consult/meetings/${res.id}`);
        } catch (x) {
          setErr(x);
        }
      }}>
        <ErrorBanner error={err} showFields />
        <Field label={t("consult.meeting.title")} name="title" error={err} required><input type="text" defaultValue={m?.title} /></Field>
        <div className="form-row">
          <Field label={t("consult.meeting.kind")} name="kind" error={err}>
            <select value={kind} onChange={(e) => {
              const k = e.target.value as MeetingKind;
              setKind(k);
              // A rotating meeting is hosted by this year's rotation host unless the user chose one.
              if (k === "轮值会议" && !host && r?.current) setHost(String(r.current.host.regionId));
            }}>
              {KINDS.map((k) => <option key={k} value={k}>{t(`consult.kind.${k}`)}</option>)}
            </select>
          </Field>
          <Field label={t("consult.meeting.heldOn")} name="heldOn" error={err} required><input type="date" defaultValue={m?.heldOn ?? todayCn()} /></Field>
        </div>
        <div className="form-row">
          <Field label={t("consult.meeting.host")} name="hostRegionId" error={err}>
            <select value={host} onChange={(e) => setHost(e.target.value)}>
              <option value="">—</option>
              {hosts.map((x) => <option key={x.id} value={x.id}>{t.place(x.name)}</option>)}
            </select>
          </Field>
          <Field label={t("consult.meeting.place")} name="place" error={err}><input type="text" defaultValue={m?.place} /></Field>
        </div>
        <Field label={t("consult.meeting.theme")} name="theme" error={err}><input type="text" defaultValue={m?.theme} /></Field>
        {m ? <p className="muted small">{t("consult.meeting.editHint")}</p> : (
        <fieldset>
          <legend>{t("consult.meeting.attendees")}</legend>
          {rows.map((x, k) => (
            <div className="consult-attendee" key={x.key} data-testid="attendee-row">
              <select aria-label={t("consult.attendee.region")} value={x.regionId} onChange={(e) => setRow(x.key, { regionId: e.target.value })}>
                <option value="">{t("consult.attendee.region")}</option>
                {members.map((x) => <option key={x.id} value={x.id}>{t.place(x.name)}</option>)}
              </select>
              <input type="text" aria-label={t("consult.attendee.name")} placeholder={t("consult.attendee.name")} value={x.personName} onChange={(e) => setRow(x.key, { personName: e.target.value })} />
              <input type="text" aria-label={t("consult.attendee.title")} placeholder={t("consult.attendee.title")} value={x.personTitle} onChange={(e) => setRow(x.key, { personTitle: e.target.value })} />
              <button type="button" className="btn btn-small" aria-label={t("consult.remove")} disabled={rows.length === 1 && k === 0} onClick={() => setRows(rows.filter((y) => y.key !== x.key))}>×</button>
            </div>
          ))}
          <button type="button" className="btn btn-small" onClick={() => setRows([...rows, { key: Math.max(...rows.map((y) => y.key), 0) + 1, regionId: "", personName: "", personTitle: "" }])}>
            + {t("consult.attendee.add")}
          </button>
        </fieldset>
        )}
        <Field label={t("consult.meeting.agenda")} name="agenda" error={err}><textarea rows={4} defaultValue={m?.agenda} /></Field>
        <Field label={t("consult.meeting.minutes")} name="minutes" error={err}><textarea rows={5} defaultValue={m?.minutes} /></Field>
        {!m && <Field label={t("consult.meeting.decisions")} name="decisions" error={err} hint={t("consult.meeting.decisionsHint")}><textarea rows={4} /></Field>}
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">{t("consult.save")}</button>
          <Link className="btn" to={back}>{t("consult.cancel")}</Link>
        </div>
      </form>
    </div>
  );
}
