import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { directory } from "./api.js";
import "./messages.js";

/**
 * "发布机构:苏州… ×" above a list filtered by one organisation (`?organization=` — the links of
 * an organisation's page): its name, a link back to it, and × to see everyone's again.
 */
export function OrganizationFilter({ id, label, onClear }: { id: number; label: string; onClear: () => void }) {
  const t = useT();
  const org = useAsync((signal) => directory.organization(id, signal), [id]);
  const name = org.data ? t.org(org.data.name) : org.error ? `#${id}` : "…";
  return (
    <div className="tags org-filter" data-testid="organization-filter">
      <span className="chip">
        {label}: <Link to={`/organizations/${id}`}>{name}</Link>
        <button type="button" aria-label={t("common.remove", { name })} onClick={onClear}>
          ×
        </button>
      </span>
    </div>
  );
}
