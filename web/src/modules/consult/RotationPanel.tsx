import { useState } from "react";
import { ErrorBanner, Pending } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { consult } from "./http.js";

/** 轮值: this year's host, the next host, and the order; a secretariat can anchor the base year. */
export function RotationPanel({ allianceId, canEdit }: { allianceId: number; canEdit: boolean }) {
  const t = useT();
  const q = useAsync((s) => consult.rotation(allianceId, s), [allianceId]);
  const [year, setYear] = useState("");
  const [err, setErr] = useState<unknown>(null);
  return (
    <div className="card consult-rotation" data-testid="rotation-panel">
      <h2>{t("consult.rotation.title")}</h2>
      <Pending state={q}>
        {(r) => r.configured && r.current && r.next ? (
          <>
            <div className="consult-hosts">
              <div>
                <div className="muted small">{t("consult.rotation.current", { year: r.current.year })}</div>
                <div className="consult-host" data-testid="current-host">{r.current.host.name}</div>
                <div className="small">{r.current.meetingId ? <Link to={`/consult/meetings/${r.current.meetingId}`}>{t("consult.rotation.held")}</Link> : <span className="muted">{t("consult.rotation.notHeld")}</span>}</div>
              </div>
              <div>
                <div className="muted small">{t("consult.rotation.next")}</div>
                <div className="consult-host consult-host-next" data-testid="next-host">{r.next.host.name}</div>
                <div className="small muted">{t("consult.rotation.nextYear", { year: r.next.year })}</div>
              </div>
            </div>
            <ol className="consult-rotation-years">
              {r.years.map((y) => (
                <li key={y.year} className={y.year === r.current!.year ? "is-current" : undefined}>
                  <span className="consult-year">{y.year}</span>
                  <span>{y.host.name}</span>
                  {y.meetingId ? <Link to={`/consult/meetings/${y.meetingId}`} className="small">✓ {t("consult.rotation.held")}</Link> : <span />}
                </li>
              ))}
            </ol>
            <p className="muted small">{t("consult.rotation.order")}: {r.members.map((m) => m.name).join(" → ")} · {t("consult.rotation.base", { year: r.baseYear ?? "" })}</p>
          </>
        ) : (
          <>
            <p className="muted">{r.members.length ? t("consult.rotation.noBase") : t("consult.rotation.none")}</p>
            {canEdit && r.members.length === 0 && <Link to={`/alliances/${allianceId}/edit`}>{t("consult.rotation.setOrder")}</Link>}
            {canEdit && r.members.length > 0 && (
              <form className="toolbar" onSubmit={async (e) => {
                e.preventDefault();
                try {
                  setErr(null);
                  await consult.setRotation(allianceId, Number(year));
                  q.reload();
                } catch (x) {
                  setErr(x);
                }
              }}>
                <div className="field"><label htmlFor="rotation-base">{t("consult.rotation.baseYear", { first: r.members[0].name })}</label>
                  <input id="rotation-base" type="number" min={1949} max={2200} value={year} onChange={(e) => setYear(e.target.value)} required /></div>
                <button className="btn btn-primary" type="submit">{t("consult.save")}</button>
              </form>
            )}
            <ErrorBanner error={err} />
          </>
        )}
      </Pending>
    </div>
  );
}
