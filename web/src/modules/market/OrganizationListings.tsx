import { Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { market } from "./api.js";
import { fmtDate } from "./labels.js";
import "./messages.js";

const SHOWN = 6;

/** An organisation's page: what it offers and seeks in the marketplace, newest first (as this viewer may see them). */
export default function OrganizationListings({ organizationId }: { organizationId: number }) {
  const t = useT();
  const r = useAsync((signal) => market.search({ organization: organizationId, limit: SHOWN }, signal), [organizationId]);
  if (!r.data || r.data.total === 0) return null;
  const { total, totalIsExact, items, facets } = r.data;
  return (
    <section className="card" data-testid="org-listings">
      <div className="card-title">
        <h2>{t("market.org.title")}</h2>
        <Link to={`/market?organization=${organizationId}`}>{t(totalIsExact ? "market.org.all" : "market.org.allMore", { n: total })} →</Link>
      </div>
      <p className="tags">
        {facets.kind.map((k) => (
          <Tag key={k.value}>{t(`market.kind.${k.value}`)} {k.count}</Tag>
        ))}
      </p>
      <ul className="list-plain org-section-list">
        {items.map((i) => (
          <li key={i.id}>
            <Tag tone="blue">{t(`market.kind.${i.kind}`)}</Tag> <Link to={`/market/listings/${i.id}`}>{i.title}</Link>
            {i.publishedAt && <span className="muted small"> · {fmtDate(i.publishedAt)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
