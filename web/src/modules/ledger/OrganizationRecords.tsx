import type { ReactNode } from "react";
import { Amount } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { listAgreements, listProjects } from "./http.js";
import { StatusTag } from "./ui.js";
import "./messages.js";

const SHOWN = 5;

/** An organisation's page: the cooperation projects and agreements it is a party to, newest first. */
export default function OrganizationRecords({ organizationId }: { organizationId: number }) {
  const t = useT();
  const organization = String(organizationId);
  const r = useAsync(
    async (signal) => {
      const [projects, agreements] = await Promise.all([listProjects({ organization, limit: SHOWN }, signal), listAgreements({ organization, limit: SHOWN }, signal)]);
      return { projects, agreements };
    },
    [organizationId],
  );
  if (!r.data || r.data.projects.total + r.data.agreements.total === 0) return null;
  const { projects, agreements } = r.data;
  return (
    <section className="card" data-testid="org-ledger">
      <div className="card-title">
        <h2>{t("ledger.org.title")}</h2>
      </div>
      <Records title={t("ledger.org.projects", { n: projects.total })} href={`/ledger/projects?organization=${organizationId}`} rows={projects.items}>
        {(p) => (
          <>
            <Link to={`/ledger/projects/${p.id}`}>{p.name}</Link> {p.amountYuan != null && <Amount yuan={Number(p.amountYuan)} />} <StatusTag status={p.status} />
          </>
        )}
      </Records>
      <Records title={t("ledger.org.agreements", { n: agreements.total })} href={`/ledger/agreements?organization=${organizationId}`} rows={agreements.items}>
        {(a) => <Link to={`/ledger/agreements/${a.id}`}>{a.title}</Link>}
      </Records>
    </section>
  );
}

/** One kind of record, newest first, each after its signing date; nothing when there is none. */
function Records<R extends { id: number; signedOn: string }>({ title, href, rows, children }: { title: string; href: string; rows: R[]; children: (row: R) => ReactNode }) {
  const t = useT();
  if (rows.length === 0) return null;
  return (
    <>
      <h3>
        {title} <Link className="small" to={href}>{t("ledger.org.all")} →</Link>
      </h3>
      <ul className="list-plain org-section-list">
        {rows.map((r) => (
          <li key={r.id}>
            <span className="muted small">{r.signedOn}</span> {children(r)}
          </li>
        ))}
      </ul>
    </>
  );
}
