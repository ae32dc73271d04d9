import { useState } from "react";
import { ErrorBanner, Field, PageHeader, Pending } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useLocation } from "../../router.js";
import { directory } from "../directory/api.js";
import { todayCn } from "../../dates.js";
import type { Alliance } from "../directory/api.js";
import { consult, type Visit } from "./http.js";
import type { Chosen } from "../../components/Chips.js";
import { RegionsInput } from "../directory/RegionsInput.js";
import "./messages.js";

const lines = (s: string) => s.split(/\r?\n/).map((x) => x.trim()).filter(Boolean);

/** Records a delegation visit (考察交流): from → to regions, dates, leaders, organisations and sites visited; with `id`, edits it. */
export default function VisitForm({ id }: { id?: number }) {
  const fromQuery = Number(useLocation().search.get("alliance")) || null;
  const q = useAsync(async (s) => {
    const v = id ? await consult.visit(id, s) : null;
    const allianceId = v ? v.allianceId : fromQuery;
    return { v, a: allianceId ? await directory.alliance(allianceId, s) : null };
  }, [id, fromQuery]);
  return <Pending state={q} page>{(d) => <VisitFields {...d} allianceId={fromQuery} />}</Pending>;
}

function VisitFields({ v, a, allianceId }: { v: Visit | null; a: Alliance | null; allianceId: number | null }) {
  const t = useT();
  const [from, setFrom] = useState<Chosen[]>(v?.from ?? []);
  const [to, setTo] = useState<Chosen[]>(v?.to ?? []);
  const [leaders, setLeaders] = useState(v?.leaders.length ? v.leaders.map((l, k) => ({ key: k + 1, ...l })) : [{ key: 1, name: "", title: "" }]);
  const [err, setErr] = useState<unknown>(null);
  const back = v ? `/consult/visits/${v.id}` : a ? `/consult/alliances/${a.id}?tab=visits` : "/consult";
  return (
    <div className="page">
      {(v || a) && <p className="small"><Link to={back}>← {v ? v.title : a!.name}</Link></p>}
      <PageHeader title={t(v ? "consult.visit.edit" : "consult.visit.new")} subtitle={a?.name} />
      <form className="card form consult-form" data-testid="visit-form" onSubmit={async (e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const s = (k: string) => String(f.get(k) ?? "").trim();
        try {
          setErr(null);
          const fields = {
            title: s("title"), startOn: s("startOn"), ...(s("endOn") ? { endOn: s("endOn") } : {}),
            fromRegionIds: from.map((x) => x.id), toRegionIds: to.map((x) => x.id),
            leaders: leaders.filter((l) => l.name.trim()).map((l) => ({ name: l.name.trim(), title: l.title.trim() })),
            organizationsVisited: lines(s("organizationsVisited")), sites: lines(s("sites")), purpose: s("purpose"),
          };
          const saved = v ? (await consult.updateVisit(v.id, fields), v.id) : (await consult.createVisit({ allianceId, ...fields })).id;
          navigate(`/consult/visits/${saved}`);
        } catch (x) {
          setErr(x);
        }
      }}>
        <ErrorBanner error={err} showFields />
        <Field label={t("consult.visit.title")} name="title" error={err} required><input type="text" defaultValue={v?.title} /></Field>
        <div className="form-row">
          <Field label={t("consult.visit.startOn")} name="startOn" error={err} required><input type="date" defaultValue={v?.startOn ?? todayCn()} /></Field>
          <Field label={t("consult.visit.endOn")} name="endOn" error={err}><input type="date" defaultValue={v?.endOn} /></Field>
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
          <button type="button" className="btn btn-small" onClick={() => setLeaders([...leaders, { key: Math.max(0, ...leaders.map((x) => x.key)) + 1, name: "", title: "" }])}>+ {t("consult.visit.addLeader")}</button>
        </fieldset>
        <div className="form-row">
          <Field label={t("consult.visit.orgs")} name="organizationsVisited" error={err} hint={t("consult.onePerLine")}><textarea rows={3} defaultValue={v?.organizationsVisited.join("\n")} /></Field>
          <Field label={t("consult.visit.sites")} name="sites" error={err} hint={t("consult.onePerLine")}><textarea rows={3} defaultValue={v?.sites.join("\n")} /></Field>
        </div>
        <Field label={t("consult.visit.purpose")} name="purpose" error={err}><textarea rows={3} defaultValue={v?.purpose} /></Field>
        <div className="form-actions">
          <button className="btn btn-primary" type="submit">{t("consult.save")}</button>
          <Link className="btn" to={back}>{t("consult.cancel")}</Link>
        </div>
      </form>
    </div>
  );
}
