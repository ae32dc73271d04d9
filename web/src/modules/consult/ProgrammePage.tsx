import { ErrorBanner, Loading, PageHeader, PageWait } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useQueryParams } from "../../router.js";
import { useSession } from "../../session.js";
import { directory } from "../directory/api.js";
import { consult } from "./http.js";
import { ItemForm } from "./ItemForm.js";
import { ItemsTable } from "./ItemsTable.js";
import { STATUSES } from "./labels.js";
import { ProgrammeCard } from "./ProgrammeCards.js";
import "./messages.js";

/** A programme: completion gauge and per-strand bars, its items filtered by strand/status/overdue, and a form to add one. */
export default function ProgrammePage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const [params, setParams] = useQueryParams();
  const filter = { programme: id, strand: params.get("strand") || undefined, status: params.get("status") || undefined, overdue: params.get("overdue") === "1" ? true : undefined };
  const p = useAsync(async (sig) => {
    const programme = await consult.programme(id, sig);
    return { programme, alliance: await directory.alliance(programme.allianceId, sig) };
  }, [id]);
  const items = useAsync((sig) => consult.items(filter, sig), [id, filter.strand, filter.status, filter.overdue]);
  if (p.error || !p.data) return <PageWait error={p.error} />;
  const { programme, alliance } = p.data;
  const canEdit = s.isAdmin || s.hasRole("alliance_secretariat", { allianceId: programme.allianceId });
  const reload = () => {
    p.reload();
    items.reload();
  };
  return (
    <div className="page">
      <p className="small"><Link to={`/consult/alliances/${alliance.id}?tab=programmes`}>← {t.place(alliance.name)}</Link></p>
      <PageHeader title={programme.name} subtitle={`${t.place(alliance.name)} · ${programme.period}`} />
      <ProgrammeCard p={programme} link={false} />
      <div className="card">
        <div className="card-title">
          <h2>{t("consult.items.title")}</h2>
          <span className="consult-export">
            <button className="btn btn-small" onClick={() => consult.exportItems("xlsx", filter)}>{t("consult.export.xlsx")}</button>
            <button className="btn btn-small" onClick={() => consult.exportItems("csv", filter)}>{t("consult.export.csv")}</button>
          </span>
        </div>
        <div className="toolbar">
          <div className="field">
            <label htmlFor="f-strand">{t("consult.item.strand")}</label>
            <select id="f-strand" value={filter.strand ?? ""} onChange={(e) => setParams({ strand: e.target.value })}>
              <option value="">{t("consult.all")}</option>
              {programme.strands.map((x) => <option key={x.name} value={x.name}>{x.name || t("consult.item.noStrand")}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-status">{t("consult.item.status")}</label>
            <select id="f-status" value={filter.status ?? ""} onChange={(e) => setParams({ status: e.target.value })}>
              <option value="">{t("consult.all")}</option>
              {STATUSES.map((x) => <option key={x} value={x}>{t(`consult.status.${x}`)}</option>)}
            </select>
          </div>
          <label className="consult-check"><input type="checkbox" checked={!!filter.overdue} onChange={(e) => setParams({ overdue: e.target.checked ? "1" : null })} /> {t("consult.overdue.only")}</label>
        </div>
        {items.error ? <ErrorBanner error={items.error} /> : !items.data ? <Loading /> : <ItemsTable items={items.data} />}
      </div>
      {canEdit && (
        <div className="card">
          <h2>{t("consult.item.new")}</h2>
          <ItemForm
            members={alliance.regions.map((r) => ({ id: r.id, name: r.name }))}
            strands={programme.strands.map((x) => x.name).filter(Boolean)}
            onSubmit={(v) => consult.createItem({ programmeId: id, ...v })}
            onDone={reload}
          />
        </div>
      )}
    </div>
  );
}
