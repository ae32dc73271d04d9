import { useState, type FormEvent } from "react";
import { Amount, ErrorBanner, Field, Loading, Notice, PageHeader } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useLocation } from "../../router.js";
import { addMilestone, changeStatus, getProject, type ProjectDetail } from "./http.js";
import { todayCn } from "../../dates.js";
import { StatusTag, useCanRecord } from "./ui.js";

const NEXT: Record<ProjectDetail["status"], ProjectDetail["status"][]> = {
  signed: ["started", "producing", "terminated"], started: ["producing", "terminated"], producing: ["terminated"], terminated: [],
};
const STEPS = ["signed", "started", "producing"] as const;

/** 签约 → 开工 → 投产/落地 as steps with their dates; 终止 closes the line with its reason. */
function Timeline({ p }: { p: ProjectDetail }) {
  const t = useT();
  const dateOf = (s: string) => p.history.find((h) => h.to === s)?.on;
  const end = p.history.find((h) => h.to === "terminated");
  return (
    <div data-testid="status-timeline">
      <ol className="ledger-steps">
        {STEPS.map((s) => {
          const on = dateOf(s);
          return (
            <li key={s} className={on ? "done" : "todo"}>
              <span className="ledger-step-dot" aria-hidden />
              <span className="ledger-step-label">{t(`ledger.status.${s}`)}</span>
              <span className="ledger-step-date">{on ?? "—"}</span>
            </li>
          );
        })}
        {end && (
          <li className="ended">
            <span className="ledger-step-dot" aria-hidden />
            <span className="ledger-step-label">{t("ledger.status.terminated")}</span>
            <span className="ledger-step-date">{end.on}</span>
          </li>
        )}
      </ol>
      <ul className="ledger-history">
        {p.history.map((h) => (
          <li key={h.id}>
            <strong>{h.on}</strong> {h.from ? `${t(`ledger.status.${h.from}`)} → ` : ""}{t(`ledger.status.${h.to}`)}
            {h.reason && <span className="muted"> · {h.reason}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function StatusForm({ p, onDone }: { p: ProjectDetail; onDone: (p: ProjectDetail) => void }) {
  const t = useT();
  const options = NEXT[p.status];
  const [to, setTo] = useState(options[0] ?? "");
  const [on, setOn] = useState(todayCn());
  const [startedOn, setStartedOn] = useState("");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  if (!options.length) return <p className="muted">{t("ledger.p.terminatedFinal")}</p>;
  const skipping = p.status === "signed" && to === "producing";
  async function submit(e: FormEvent) {
    e.preventDefault();
    setSaving(true);
    setError(undefined);
    try {
      onDone(await changeStatus(p.id, { to, on, ...(skipping && startedOn ? { startedOn } : {}), ...(reason.trim() ? { reason } : {}) }));
      setReason("");
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate data-testid="status-form">
      <ErrorBanner error={error} />
      <div className="grid-2">
        <Field label={t("ledger.p.to")} name="to" error={error}>
          <select value={to} onChange={(e) => setTo(e.target.value as typeof to)}>
            {options.map((s) => <option key={s} value={s}>{t(`ledger.status.${s}`)}</option>)}
          </select>
        </Field>
        <Field label={t("ledger.p.on")} name="on" error={error}>
          <input type="date" value={on} onChange={(e) => setOn(e.target.value)} />
        </Field>
        {skipping && (
          <Field label={t("ledger.p.startedOn")} name="startedOn" error={error} hint={t("ledger.p.startedOnHint")} required>
            <input type="date" value={startedOn} onChange={(e) => setStartedOn(e.target.value)} />
          </Field>
        )}
      </div>
      <Field label={t("ledger.p.reason")} name="reason" error={error} hint={t("ledger.p.reasonHint")} required={to === "terminated"}>
        <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <button type="submit" className="btn btn-primary" disabled={saving}>{t("ledger.p.apply")}</button>
    </form>
  );
}

function MilestoneForm({ id, onDone }: { id: number; onDone: () => void }) {
  const t = useT();
  const [error, setError] = useState<unknown>();
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    setError(undefined);
    try {
      await addMilestone(id, { on: String(data.get("on") ?? ""), title: String(data.get("title") ?? ""), note: String(data.get("note") ?? "") });
      form.reset();
      onDone();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form onSubmit={submit} noValidate data-testid="milestone-form">
      <div className="grid-3">
        <Field label={t("ledger.p.on")} name="on" error={error} required><input type="date" /></Field>
        <Field label={t("ledger.p.msTitle")} name="title" error={error} required className="ledger-span-2"><input type="text" /></Field>
      </div>
      <Field label={t("ledger.p.msNote")} name="note" error={error}><input type="text" /></Field>
      <button type="submit" className="btn">{t("ledger.p.addMilestone")}</button>
    </form>
  );
}

export default function ProjectPage({ id }: { id: number }) {
  const t = useT();
  const { search } = useLocation();
  const q = useAsync((signal) => getProject(id, signal), [id]);
  const [fresh, setFresh] = useState<ProjectDetail>();
  const [notice, setNotice] = useState(search.get("created") ? t("ledger.p.created") : search.get("saved") ? t("ledger.p.saved") : "");
  const canRecord = useCanRecord();
  if (q.error) return <div className="page"><ErrorBanner error={q.error} /></div>;
  const p = fresh && fresh.id === id ? fresh : q.data;
  if (!p) return <div className="page"><Loading /></div>;
  return (
    <div className="page" data-testid="project-page">
      <p className="small">
        {p.ceremonyId ? <Link to={`/ledger/ceremonies/${p.ceremonyId}`}>← {p.ceremonyTitle}</Link> : <Link to="/ledger/projects">← {t("ledger.p.title")}</Link>}
      </p>
      {notice && <Notice tone="success">{notice}</Notice>}
      <PageHeader
        title={p.name}
        subtitle={<><StatusTag status={p.status} /> {t(`ledger.kind.${p.kind}`)} · {p.signedOn}</>}
        actions={canRecord && <Link className="btn" to={`/ledger/projects/${p.id}/edit`}>{t("common.edit")}</Link>}
      />
      <div className="grid-2">
        <div className="card">
          <dl className="kv">
            <dt>{t("ledger.p.amount")}</dt><dd data-testid="project-amount"><Amount yuan={p.amountYuan == null ? null : Number(p.amountYuan)} /></dd>
            <dt>{t("ledger.p.industry")}</dt><dd>{p.industryName ? t.term(p.industryName) : "—"}</dd>
            <dt>{t("ledger.p.landing")}</dt><dd>{p.landingRegionName ? t.place(p.landingRegionName) : "—"}</dd>
            <dt>{t("ledger.p.parties")}</dt>
            <dd>{p.parties.map((x, i) => <div key={i}>{x.organizationId ? <Link to={`/organizations/${x.organizationId}`}>{t.org(x.name)}</Link> : t.org(x.name)}{x.role && <span className="muted"> · {x.role}</span>}</div>)}</dd>
            <dt>{t("ledger.p.signedOn")}</dt><dd>{p.signedOn}</dd>
            {p.ceremonyId && <><dt>{t("ledger.p.ceremony")}</dt><dd><Link to={`/ledger/ceremonies/${p.ceremonyId}`}>{p.ceremonyTitle}</Link></dd></>}
            {p.allianceName && <><dt>{t("ledger.p.alliance")}</dt><dd>{t.place(p.allianceName)}</dd></>}
            {p.notes && <><dt>{t("ledger.p.notes")}</dt><dd>{p.notes}</dd></>}
            {p.source?.sentence && <><dt>{t("ledger.p.source")}</dt><dd className="muted">“{p.source.sentence}”</dd></>}
          </dl>
        </div>
        <div className="card">
          <h2>{t("ledger.p.timeline")}</h2>
          <Timeline p={p} />
        </div>
      </div>
      <div className={canRecord ? "grid-2" : undefined}>
        <div className="card">
          <h2>{t("ledger.p.milestones")}</h2>
          {p.milestones.length === 0 ? <p className="muted">{t("ledger.p.noMilestones")}</p> : (
            <ul className="ledger-history" data-testid="milestones">
              {p.milestones.map((m) => <li key={m.id}><strong>{m.on}</strong> {m.title}{m.note && <span className="muted"> · {m.note}</span>}</li>)}
            </ul>
          )}
          {canRecord && <><h3 style={{ marginTop: 16 }}>{t("ledger.p.addMilestone")}</h3>
            <MilestoneForm id={p.id} onDone={() => { setNotice(t("ledger.p.msSaved")); setFresh(undefined); q.reload(); }} /></>}
        </div>
        {canRecord && (
          <div className="card">
            <h2>{t("ledger.p.changeStatus")}</h2>
            <StatusForm key={p.status} p={p} onDone={(np) => { setFresh(np); setNotice(t("ledger.p.statusSaved")); }} />
          </div>
        )}
      </div>
    </div>
  );
}
