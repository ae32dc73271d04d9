import { useMemo, useState } from "react";
import { Empty, ErrorBanner, Field, Pending } from "../../components/index.js";
import { EChart } from "../../components/EChart.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { completionGauge, strandBars } from "./charts.js";
import { consult, type Programme } from "./http.js";

/** An alliance's programmes with their completion; compact = gauges only (the overview). */
export function ProgrammeCards({ allianceId, canEdit, compact = false }: { allianceId: number; canEdit: boolean; compact?: boolean }) {
  const t = useT();
  const q = useAsync((s) => consult.programmes(allianceId, s), [allianceId]);
  const [adding, setAdding] = useState(false);
  return (
    <div className={compact ? "card" : undefined} data-testid="programmes">
      {compact && <h2>{t("consult.programmes.title")}</h2>}
      <Pending state={q}>
        {(ps) => (
          <>
            {ps.length === 0 && <Empty>{t("consult.programmes.empty")}</Empty>}
            <div className={compact ? "consult-gauges" : undefined}>
              {ps.map((p) => (compact ? <GaugeLink key={p.id} p={p} /> : <ProgrammeCard key={p.id} p={p} />))}
            </div>
            {canEdit && !compact && (adding ? <NewProgramme allianceId={allianceId} onCancel={() => setAdding(false)} /> : (
              <button className="btn" onClick={() => setAdding(true)}>{t("consult.programme.new")}</button>
            ))}
          </>
        )}
      </Pending>
    </div>
  );
}

function GaugeLink({ p }: { p: Programme }) {
  const t = useT();
  const option = useMemo(() => completionGauge(p.completionRate, t("consult.stat.completion")), [p.completionRate, t.lang]); // eslint-disable-line
  return (
    <Link to={`/consult/programmes/${p.id}`} className="consult-gauge-link">
      <EChart option={option} height={190} ariaLabel={`${p.name} ${t("consult.stat.completion")}`} />
      <div className="consult-gauge-name">{p.name}</div>
      <div className="muted small">{t("consult.stat.doneOf", { done: p.done, total: p.total })}{p.overdue > 0 && ` · ${t("consult.overdue.count", { n: p.overdue })}`}</div>
    </Link>
  );
}

export function ProgrammeCard({ p, link = true }: { p: Programme; link?: boolean }) {
  const t = useT();
  const gauge = useMemo(() => completionGauge(p.completionRate, t("consult.stat.completion")), [p.completionRate, t.lang]); // eslint-disable-line
  const bars = useMemo(() => strandBars(p.strands, {
    done: t("consult.status.done"), open: t("consult.chart.open"), overdue: t("consult.overdue"), cancelled: t("consult.status.cancelled"), none: t("consult.item.noStrand"),
  }), [p, t.lang]); // eslint-disable-line
  return (
    <div className="card consult-programme" data-testid="programme-card">
      {link && (
        <div className="card-title">
          <h2><Link to={`/consult/programmes/${p.id}`}>{p.name}</Link></h2>
          <span className="muted">{p.period}</span>
        </div>
      )}
      {p.description && <p className="muted small">{p.description}</p>}
      <div className="consult-programme-charts">
        <div>
          <EChart option={gauge} height={200} ariaLabel={t("consult.stat.completion")} />
          <p className="center small" data-testid="completion">{t("consult.stat.doneOf", { done: p.done, total: p.total })}{p.overdue > 0 && <> · <span className="consult-red">{t("consult.overdue.count", { n: p.overdue })}</span></>}</p>
        </div>
        {p.strands.length > 0 && <EChart option={bars} height={Math.max(200, 40 + p.strands.length * 36)} ariaLabel={t("consult.item.strand")} />}
      </div>
    </div>
  );
}

function NewProgramme({ allianceId, onCancel }: { allianceId: number; onCancel: () => void }) {
  const t = useT();
  const [err, setErr] = useState<unknown>(null);
  return (
    <form className="card form" data-testid="programme-form" onSubmit={async (e) => {
      e.preventDefault();
      const f = new FormData(e.currentTarget);
      try {
        const r = await consult.createProgramme({ allianceId, name: String(f.get("name") ?? ""), period: String(f.get("period") ?? ""), description: String(f.get("description") ?? "") });
        navigate(`/consult/programmes/${r.id}`);
      } catch (x) {
        setErr(x);
      }
    }}>
      <h2>{t("consult.programme.new")}</h2>
      <ErrorBanner error={err} />
      <div className="form-row">
        <Field label={t("consult.programme.name")} name="name" error={err} required><input type="text" /></Field>
        <Field label={t("consult.programme.period")} name="period" error={err}><input type="text" placeholder="2025—2026" /></Field>
      </div>
      <Field label={t("consult.programme.description")} name="description" error={err}><textarea /></Field>
      <div className="form-actions">
        <button className="btn btn-primary" type="submit">{t("consult.save")}</button>
        <button className="btn" type="button" onClick={onCancel}>{t("consult.cancel")}</button>
      </div>
    </form>
  );
}
