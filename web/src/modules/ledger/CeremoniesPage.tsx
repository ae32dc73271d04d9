import { Amount, DataTable, ErrorBanner, Loading, PageHeader } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useQueryParams } from "../../router.js";
import { listCeremonies, type Ceremony } from "./http.js";
import { useOptions } from "./pickers.js";
import { useCanRecord } from "./ui.js";

export default function CeremoniesPage() {
  const t = useT();
  const [q, set] = useQueryParams();
  const alliance = q.get("alliance") ?? "";
  const options = useOptions();
  const list = useAsync((signal) => listCeremonies({ alliance: alliance || undefined }, signal), [alliance]);
  const canRecord = useCanRecord();
  return (
    <div className="page" data-testid="ceremonies-page">
      <PageHeader title={t("ledger.c.title")} subtitle={t("ledger.c.subtitle")}
        actions={canRecord && <Link to="/ledger/ceremonies/new" className="btn btn-primary" >{t("ledger.c.new")}</Link>} />
      <div className="toolbar">
        <div className="field">
          <label htmlFor="lc-alliance">{t("ledger.f.alliance")}</label>
          <select id="lc-alliance" value={alliance} onChange={(e) => set({ alliance: e.target.value || undefined })}>
            <option value="">{t("ledger.f.all")}</option>
            {(options.data?.alliances ?? []).map((a) => <option key={a.id} value={a.id}>{t.place(a.name)}</option>)}
          </select>
        </div>
      </div>
      <ErrorBanner error={list.error} />
      {!list.data ? <Loading /> : (
        <div className="card">
          <DataTable<Ceremony>
            rows={list.data}
            rowKey={(c) => c.id}
            onRowClick={(c) => navigate(`/ledger/ceremonies/${c.id}`)}
            empty={t("ledger.c.none")}
            columns={[
              { key: "heldOn", title: t("ledger.c.heldOn"), width: 110, nowrap: true },
              { key: "title", title: t("ledger.c.name"), render: (c) => <Link to={`/ledger/ceremonies/${c.id}`}>{c.title}</Link> },
              { key: "host", title: t("ledger.c.host"), render: (c) => (c.hostRegionName ? t.place(c.hostRegionName) : "—") },
              { key: "alliance", title: t("ledger.f.alliance"), render: (c) => (c.allianceName ? t.place(c.allianceName) : "—") },
              { key: "n", title: t("ledger.c.projectCount"), align: "right", render: (c) => c.projectCount ?? 0 },
              { key: "total", title: t("ledger.c.total"), align: "right", render: (c) => <Amount yuan={Number(c.totalYuan ?? 0)} /> },
            ]}
          />
        </div>
      )}
    </div>
  );
}
