import { useState } from "react";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { consult } from "./http.js";
import { ItemsTable } from "./ItemsTable.js";
import "./messages.js";
import "./consult.css";

const SHOWN = 10;

/** An organisation's page: the action items it owns, overdue ones first. */
export default function OrganizationItems({ organizationId }: { organizationId: number }) {
  const t = useT();
  const r = useAsync((signal) => consult.items({ ownerOrganization: organizationId }, signal), [organizationId]);
  const [all, setAll] = useState(false);
  if (!r.data || r.data.length === 0) return null;
  const items = [...r.data].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <section className="card" data-testid="org-items">
      <div className="card-title">
        <h2>{t("consult.org.title")}</h2>
        <span className="muted small">
          {t("consult.org.count", { n: items.length })}
          {overdue > 0 && <span className="consult-red"> · {t("consult.org.overdue", { n: overdue })}</span>}
        </span>
      </div>
      <ItemsTable items={all ? items : items.slice(0, SHOWN)} showProgramme />
      {items.length > SHOWN && (
        <button type="button" className="btn btn-small" onClick={() => setAll(!all)} data-testid="org-items-all">
          {t(all ? "consult.org.fewer" : "consult.org.more", { n: items.length - SHOWN })}
        </button>
      )}
    </section>
  );
}
