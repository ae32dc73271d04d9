import { Empty, ErrorBanner, Loading, PageHeader, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { useSession } from "../../session.js";
import { directory } from "./api.js";
import "./messages.js";

export default function AlliancesPage() {
  const t = useT();
  const s = useSession();
  const q = useAsync((sig) => directory.alliances(sig), []);
  return (
    <div className="page">
      <PageHeader
        title={t("dir.alliances.title")}
        subtitle={t("dir.alliances.subtitle")}
        actions={s.isAdmin && <Link className="btn btn-primary" to="/alliances/new">+ {t("dir.alliances.new")}</Link>}
      />
      {q.error ? (
        <ErrorBanner error={q.error} />
      ) : !q.data ? (
        <Loading />
      ) : q.data.items.length === 0 ? (
        <Empty />
      ) : (
        <div className="grid-3">
          {q.data.items.map((a) => (
            <Link key={a.id} to={`/alliances/${a.id}`} className="card alliance-card">
              <div className="alliance-card-head">
                <h2>{t.place(a.name)}</h2>
                <Tag tone="blue">{t(`dir.akind.${a.kind}`)}</Tag>
              </div>
              <p className="muted small clamp-3">{a.description}</p>
              <div className="small">
                {t("dir.alliance.count", { r: a.regionCount ?? a.regions.length, o: a.organizationCount ?? a.organizations.length })}
              </div>
              {a.regions.length > 0 && (
                <div className="tags" style={{ marginTop: 8 }}>
                  {a.regions.slice(0, 9).map((r) => (
                    <Tag key={r.id}>{t.place(r.name)}</Tag>
                  ))}
                  {a.regions.length > 9 && <span className="muted small">…</span>}
                </div>
              )}
            </Link>
          ))}
        </div>
      )}
    </div>
  );
}
