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
      {projects.total > 0 && (
        <>
          <h3>
            {t("ledger.org.projects", { n: projects.total })} <Link className="small" to={`/ledger/projects?organization=${organizationId}`}>{t("ledger.org.all")} →</Link>
          </h3>
          <ul className="list-plain org-section-list">
            {projects.items.map((p) => (
              <li key={p.id}>
                <span className="muted small">{p.signedOn}</span> <Link to={`/ledger/projects/${p.id}`}>{p.name}</Link>{" "}
                {p.amountYuan != null && <Amount yuan={Number(p.amountYuan)} />} <StatusTag status={p.status} />
              </li>
            ))}
          </ul>
        </>
      )}
      {agreements.total > 0 && (
        <>
          <h3>
            {t("ledger.org.agreements", { n: agreements.total })} <Link className="small" to={`/ledger/agreements?organization=${organizationId}`}>{t("ledger.org.all")} →</Link>
          </h3>
          <ul className="list-plain org-section-list">
            {agreements.items.map((a) => (
              <li key={a.id}>
                <span className="muted small">{a.signedOn}</span> <Link to={`/ledger/agreements/${a.id}`}>{a.title}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
