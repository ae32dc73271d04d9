import { PageHeader, Pending, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { directory } from "../directory/api.js";
import { consult } from "./http.js";
import { pct } from "./labels.js";
import "./messages.js";

/** /consult: every alliance with the numbers a secretariat is asked about. */
export default function HomePage() {
  const t = useT();
  const q = useAsync(async (s) => {
    const alliances = (await directory.alliances(s)).items;
    const summaries = await Promise.all(alliances.map((a) => consult.summary(a.id, s)));
    const [meetings, visits] = await Promise.all([consult.meetings(undefined, s), consult.visits(undefined, s)]);
    return { cards: alliances.map((a, k) => ({ a, s: summaries[k] })), meetings: meetings.slice(0, 8), visits: visits.slice(0, 8) };
  }, []);
  return (
    <div className="page">
      <PageHeader title={t("consult.home.title")} subtitle={t("consult.home.subtitle")} />
      <Pending state={q}>
        {({ cards, meetings, visits }) => (
          <>
          <div className="grid-3">
            {cards.map(({ a, s }) => (
              <Link key={a.id} to={`/consult/alliances/${a.id}`} className="card alliance-card consult-card">
                <div className="alliance-card-head">
                  <h2>{t.place(a.name)}</h2>
                  {s.overdue > 0 && <Tag tone="red">{t("consult.overdue.count", { n: s.overdue })}</Tag>}
                </div>
                <dl className="kv small">
                  <dt>{t("consult.stat.meetings")}</dt><dd>{s.meetings}</dd>
                  <dt>{t("consult.stat.items")}</dt><dd>{s.actionItems}</dd>
                  <dt>{t("consult.stat.completion")}</dt><dd>{pct(s.completionRate)}</dd>
                  <dt>{t("consult.stat.visits")}</dt><dd>{s.visits}</dd>
                  {s.nextHost && (<><dt>{t("consult.rotation.next")}</dt><dd>{t.place(s.nextHost.host.name)} ({s.nextHost.year})</dd></>)}
                </dl>
              </Link>
            ))}
          </div>
          <div className="grid-2">
            <div className="card">
              <h2>{t("consult.home.recentMeetings")}</h2>
              <ul className="list-plain consult-recent">
                {meetings.map((m) => (
                  <li key={m.id}><span className="consult-note-date">{m.heldOn}</span> <Link to={`/consult/meetings/${m.id}`}>{m.title}</Link> {m.hostRegionName && <span className="muted small">· {t.place(m.hostRegionName)}</span>}</li>
                ))}
              </ul>
            </div>
            <div className="card">
              <h2>{t("consult.home.recentVisits")}</h2>
              <ul className="list-plain consult-recent">
                {visits.map((v) => (
                  <li key={v.id}><span className="consult-note-date">{v.startOn}</span> <Link to={`/consult/visits/${v.id}`}>{v.title}</Link> <span className="muted small">· {v.from.map((r) => t.place(r.name)).join(t.sep)} → {v.to.map((r) => t.place(r.name)).join(t.sep)}</span></li>
                ))}
              </ul>
            </div>
          </div>
          </>
        )}
      </Pending>
    </div>
  );
}
