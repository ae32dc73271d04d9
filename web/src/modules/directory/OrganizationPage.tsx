import { Suspense } from "react";
import { PageHeader, PageWait, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { webModules } from "../../modules.js";
import { useSession } from "../../session.js";
import { directory } from "./api.js";
import "./messages.js";

export default function OrganizationPage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const q = useAsync((sig) => directory.organization(id, sig), [id]);
  if (q.error || !q.data) return <PageWait error={q.error} />;
  const o = q.data;
  const canEdit = s.isAdmin || s.hasRole("org_admin", { organizationId: o.id });
  const contact = [o.contactName, o.contactPhone, o.contactEmail].some(Boolean);
  return (
    <div className="page">
      <p className="small">
        <Link to="/organizations">← {t("dir.orgs.title")}</Link>
      </p>
      <PageHeader
        title={t.org(o.name)}
        subtitle={
          <>
            {/* In English the title is the English name; the registered one stays in sight. */}
            {t.org(o.name) !== o.name && <span className="muted" lang="zh-CN">{o.name} </span>}
            <Tag tone="blue">{t(`dir.kind.${o.kind}`)}</Tag> {t.place(o.region?.fullName ?? o.region?.name ?? "")}
          </>
        }
        actions={canEdit && <Link className="btn" to={`/organizations/${o.id}/edit`}>{t("common.edit")}</Link>}
      />
      <div className="grid-2">
        <div className="card">
          {o.description && <p style={{ whiteSpace: "pre-wrap" }}>{o.description}</p>}
          <dl className="kv">
            <dt>{t("dir.org.region")}</dt>
            <dd>{o.region ? <Link to={`/regions?id=${o.region.id}`}>{t.place(o.region.fullName ?? o.region.name)}</Link> : "—"}</dd>
            <dt>{t("dir.org.creditCode")}</dt>
            <dd>{o.creditCode ?? "—"}</dd>
            <dt>{t("dir.org.website")}</dt>
            <dd>
              {o.website && /^https?:\/\//.test(o.website) ? (
                <a href={o.website} target="_blank" rel="noreferrer noopener">
                  {o.website}
                </a>
              ) : (
                (o.website ?? "—")
              )}
            </dd>
            <dt>{t("dir.org.industries")}</dt>
            <dd>
              {o.industries.length ? (
                <span className="tags">
                  {o.industries.map((i, n) => (
                    <Tag key={n}>
                      {i.industryName ? t.term(i.industryName) : i.industryId}
                      {i.segmentName ? ` · ${t.term(i.segmentName)}` : ""}
                    </Tag>
                  ))}
                </span>
              ) : (
                "—"
              )}
            </dd>
            {o.alliances && o.alliances.length > 0 && (
              <>
                <dt>{t("dir.org.alliances")}</dt>
                <dd>
                  {o.alliances.map((a, n) => (
                    <span key={a.id}>
                      {n > 0 && t.sep}
                      <Link to={`/alliances/${a.id}`}>{t.place(a.name)}</Link>
                    </span>
                  ))}
                </dd>
              </>
            )}
          </dl>
        </div>
        <div className="card">
          <h3>{t("dir.org.contact")}</h3>
          {contact ? (
            <dl className="kv">
              <dt>{t("dir.org.contactName")}</dt>
              <dd>{o.contactName ?? "—"}</dd>
              <dt>{t("dir.org.contactPhone")}</dt>
              <dd>{o.contactPhone ?? "—"}</dd>
              <dt>{t("dir.org.contactEmail")}</dt>
              <dd>{o.contactEmail ?? "—"}</dd>
            </dl>
          ) : (
            <p className="muted">{s.user ? "—" : t("dir.org.contactHidden")}</p>
          )}
        </div>
      </div>
      {/* What the other modules hold of it: its listings, projects and agreements, action items. */}
      <div className="org-sections">
        {webModules.map(
          ({ key, organizationSection: Section }) =>
            Section && (
              <Suspense key={key} fallback={null}>
                <Section organizationId={o.id} />
              </Suspense>
            ),
        )}
      </div>
    </div>
  );
}
