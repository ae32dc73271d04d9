import { Amount, DataTable } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import type { ProjectRow } from "./http.js";
import { partiesText, StatusTag } from "./ui.js";

/** Projects as a table; `compact` leaves out the ceremony and alliance columns (a ceremony's own page). */
export function ProjectTable({ rows, compact = false, testId }: { rows: ProjectRow[]; compact?: boolean; testId?: string }) {
  const t = useT();
  return (
    <div data-testid={testId}>
      <DataTable<ProjectRow>
        rows={rows}
        rowKey={(p) => p.id}
        onRowClick={(p) => navigate(`/ledger/projects/${p.id}`)}
        empty={t("ledger.p.none")}
        columns={[
          { key: "signedOn", title: t("ledger.p.signedOn"), width: 104, nowrap: true },
          { key: "name", title: t("ledger.p.name"), render: (p) => <Link to={`/ledger/projects/${p.id}`}>{p.name}</Link> },
          { key: "kind", title: t("ledger.p.kind"), render: (p) => t(`ledger.kind.${p.kind}`) },
          { key: "industry", title: t("ledger.p.industry"), render: (p) => (p.industryName ? t.term(p.industryName) : "—") },
          { key: "amount", title: t("ledger.p.amount"), align: "right", render: (p) => <Amount yuan={p.amountYuan == null ? null : Number(p.amountYuan)} /> },
          { key: "landing", title: t("ledger.p.landing"), render: (p) => (p.landingRegionName ? t.place(p.landingRegionName) : "—") },
          { key: "parties", title: t("ledger.p.parties"), render: (p) => <span className="ledger-clip" title={partiesText(p.parties, t)}>{partiesText(p.parties, t)}</span> },
          ...(compact ? [] : [{ key: "ceremony", title: t("ledger.p.ceremony"), render: (p: ProjectRow) => (p.ceremonyId ? <Link to={`/ledger/ceremonies/${p.ceremonyId}`}>{p.ceremonyTitle}</Link> : "—") }]),
          { key: "status", title: t("ledger.p.status"), render: (p) => <StatusTag status={p.status} /> },
        ]}
      />
    </div>
  );
}
