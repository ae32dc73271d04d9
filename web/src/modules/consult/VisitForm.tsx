import { useState } from "react";
import { ErrorBanner, Field, Loading, PageHeader } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useLocation } from "../../router.js";
import { directory } from "../directory/api.js";
import { todayCn } from "../../dates.js";
import { consult } from "./http.js";
import type { Chosen } from "../../components/Chips.js";
import { RegionsInput } from "../directory/RegionsInput.js";
import "./messages.js";

const lines = (s: string) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);

/** Records a delegation visit (考察交流): from → to regions, dates, leaders, organisations and sites visited. */
export default function VisitForm() {
  const t = useT();
  const allianceId = Number(useLocation().search.get("alliance")) || null;
  const q = useAsync((s) => (allianceId ? directory.alliance(allianceId, s) : Promise.resolve(null)), [allianceId]);
  const [from, setFrom] = useState<Chosen[]>([]);
  const [to, setTo] = useState<Chosen[]>([]);
  const [leaders, setLeaders] = useState([{ key: 1, name: "", title: "" }]);
  const [err, setErr] = useState<unknown>(null);
  if (q.error) return <div className="page"><ErrorBanner error={q.error} /></div>;
  if (q.data === undefined) return <div className="page"><Loading /></div>;
  const a = q.data;
  return (
    <div className="page">
      {a && <p className="small"><Link to={`/consult/alliances/${a.id}?tab=visits`}>← {a.name}</Link></p>}
      <PageHeader title={t("consult.visit.new")} subtitle={a?.name} />
      <form className="card form consult-form" data-testid="visit-form" onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const s = (k: string) => String(f.get(k) ?? "").trim();
        try {
          setErr(null);
          const r = await consult.createVisit({
            allianceId, title: s("title"), startOn: s("startOn"), ...(s("endOn") ? { endOn: s("endOn") } : {}),
            fromRegionIds: from.map((x) => x.id), toRegionIds: to.map((x) => x.id),
            leaders: leaders.filter((l) => l.name.trim()).map((l) => ({ name: l.name.trim(), title: l.title.trim() })),
            organizationsVisited: lines(s("organizationsVisited")), sites: lines(s("sites")), purpose: s("purpose"),
          });
          navigate(`/consult/visits/${r.id}`);
        } catch (x) {
          setErr(x);
        }
      }}>
        <ErrorBanner error={err} showFields />
        <Field label={t("consult.visit.title")} name="title" error={err} required><input type="text" /></Field>
        <div className="form-row">
          <Field label={t("consult.visit.startOn")} name="startOn" error={err} required><input type="date" defaultValue={todayCn()} /></Field>
          <Field label={t("consult.visit.endOn")} name="endOn" error={err}><input type="date" /></Field>
        </div>
        <div className="form-row">
          <Field label={t("consult.visit.from")} name="fromRegionIds" error={err} required><RegionsInput value={from} onChange={setFrom} placeholder={t("consult.visit.regionPh")} /></Field>
          <Field label={t("consult.visit.to")} name="toRegionIds" error={err} required><RegionsInput value={to} onChange={setTo} placeholder={t("consult.visit.regionPh")} /></Field>
        </div>
        <fieldset>
          <legend>{t("consult.visit.leaders")}</legend>
          {leaders.map((l) => (
            <div className="consult-attendee consult-leader" key={l.key}>
              <input type="text" aria-label={t("consult.attendee.name")} placeholder={t("consult.attendee.name")} value={l.name} onChange={(e) => setLeaders(leaders.map((x) => (x.key === l.key ? { ...x, name: e.target.value } : x)))} />
              <input type="text" aria-label={t("consult.attendee.title")} placeholder={t("consult.attendee.title")} value={l.title} onChange={(e) => setLeaders(leaders.map((x) => (x.key === l.key ? { ...x, title: e.target.value } : x)))} />
            </div>
          ))}
          <button type="button" className="btn btn-small" onClick={() => setLeaders([...leaders, { key: leaders.length + 1, name: "", title: "" }])}>+ {t("consult.visit.addLeader")}</button>
        </fieldset>
        <div className="form-row">
          <Field label={t("consult.visit.orgs")} name="organizationsVisited" error={err} hint={t("consult.onePerLine")}><textarea rows={3} /></Field>
          <Field label={t("consult.visit.sites")} name="sites" error={err} hint={t("consult.onePerLine")}><textarea rows={3} /></Field>
        </div>
        <Field label={t("consult.visit.purpose")} name="purpose" error={err}><textarea rows={3} /></Field>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">{t("consult.save")}</button>
        </div>
      </form>
    </div>
  );
}
