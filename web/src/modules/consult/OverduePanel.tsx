import { Empty, Pending, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { consult } from "./http.js";

/** Overdue items listed per owner, the owners with most overdue first. */
export function OverduePanel({ allianceId }: { allianceId: number }) {
  const t = useT();
  const q = useAsync((s) => consult.overdue(allianceId, s), [allianceId]);
  return (
    <div className="card" data-testid="overdue-panel">
      <h2>{t("consult.overdue.title")}</h2>
      <Pending state={q}>
        {(groups) => groups.length === 0 ? <Empty>{t("consult.overdue.none")}</Empty> : (
          <div className="consult-overdue">
            {groups.map((g, k) => (
              <details key={`${g.owner.kind}${g.owner.id}`} open={k < 2}>
                <summary>
                  <strong>{t.org(g.owner.name)}</strong> <Tag tone="red">{t("consult.overdue.count", { n: g.items.length })}</Tag>
                </summary>
                <ul className="list-plain">
                  {g.items.map((i) => (
                    <li key={i.id}>
                      <Link to={`/consult/items/${i.id}`}>{i.title}</Link> <span className="muted small">{t("consult.item.deadline")} {i.deadline}</span>
                    </li>
                  ))}
                </ul>
              </details>
            ))}
          </div>
        )}
      </Pending>
    </div>
  );
}
