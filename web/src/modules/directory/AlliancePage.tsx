import { useMemo } from "react";
import { DataTable, PageHeader, PageWait, Stat, Tag } from "../../components/index.js";
import { EChart } from "../../components/EChart.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import { directory, type Alliance, type AllianceOrg, type Region } from "./api.js";
import { allianceGraph, allianceScatter } from "./graph.js";
import "./messages.js";

/** Regions the pictures need (coordinates, paths) that the alliance view may not carry. */
async function regionsFor(a: Alliance, signal: AbortSignal): Promise<Map<number, Region>> {
  const ids = new Set<number>();
  for (const r of a.regions) if (r.lng == null || !r.path) ids.add(r.id);
  for (const o of a.organizations) {
    const rid = o.region?.id ?? o.regionId;
    if (rid && !o.region?.path) ids.add(rid);
  }
  const out = new Map<number, Region>();
  const got = await Promise.all([...ids].slice(0, 80).map((id) => directory.region(id, signal).catch(() => null)));
  for (const r of got) if (r) out.set(r.id, r);
  return out;
}

export default function AlliancePage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const q = useAsync(async (sig) => {
    const a = await directory.alliance(id, sig);
    return { a, regions: await regionsFor(a, sig) };
  }, [id]);
  const graph = useMemo(
    () => (q.data ? allianceGraph(q.data.a, q.data.regions, { city: t("dir.alliance.regions"), org: t("dir.alliance.orgs"), other: t("dir.alliance.other") }, t.place) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [q.data, t.key],
  );
  const scatter = useMemo(() => (q.data ? allianceScatter(q.data.a, q.data.regions, t("dir.alliance.orgs"), t.place) : null), [q.data, t.key]); // eslint-disable-line
  if (q.error || !q.data) return <PageWait error={q.error} />;
  const { a, regions } = q.data;
  const canEdit = s.isAdmin || s.hasRole("alliance_secretariat", { allianceId: a.id });
  const rotation = a.regions.filter((r) => r.rotationOrder != null).sort((x, y) => x.rotationOrder! - y.rotationOrder!);
  const hasCoords = a.regions.some((r) => (r.lng ?? regions.get(r.id)?.lng) != null);

  return (
    <div className="page">
      <p className="small">
        <Link to="/alliances">← {t("dir.alliances.title")}</Link>
      </p>
      <PageHeader
        title={t.place(a.name)}
        subtitle={
          <>
            <Tag tone="blue">{t(`dir.akind.${a.kind}`)}</Tag> {a.foundedOn && `${t("dir.alliance.founded")} ${a.foundedOn}`}
          </>
        }
        actions={canEdit && <Link className="btn" to={`/alliances/${a.id}/edit`}>{t("dir.alliance.edit")}</Link>}
      />
      {a.description && <p className="lead">{a.description}</p>}
      <div className="stats">
        <Stat label={t("dir.alliance.regions")} value={a.regions.length} />
        <Stat label={t("dir.alliance.orgs")} value={a.organizations.length} />
        {rotation.length > 0 && <Stat label={t("dir.alliance.rotation")} value={t.place(rotation[0].name)} hint={rotation.map((r) => t.place(r.name)).join(" → ")} />}
      </div>
      <div className={hasCoords ? "grid-2" : undefined}>
        <div className="card">
          <h2>{t("dir.alliance.graph")}</h2>
          {graph && (
            <EChart
              option={graph}
              height={460}
              ariaLabel={t("dir.alliance.graph")}
              onClick={(p) => {
                const nodeId = (p.data as { id?: string } | undefined)?.id;
                if (nodeId?.startsWith("o")) navigate(`/organizations/${nodeId.slice(1)}`);
                if (nodeId?.startsWith("r")) navigate(`/regions?id=${nodeId.slice(1)}`);
              }}
            />
          )}
        </div>
        {hasCoords && scatter && (
          <div className="card">
            <h2>{t("dir.alliance.map")}</h2>
            <EChart option={scatter} height={460} ariaLabel={t("dir.alliance.map")} />
          </div>
        )}
      </div>
      <div className="grid-2">
        <div className="card">
          <h2>{t("dir.alliance.regions")}</h2>
          <div className="tags">
            {a.regions.map((r) => (
              <Link key={r.id} to={`/regions?id=${r.id}`}>
                <Tag tone="blue">
                  {r.rotationOrder != null && `${r.rotationOrder}. `}
                  {t.place(r.name)}
                </Tag>
              </Link>
            ))}
          </div>
        </div>
        <div className="card">
          <h2>{t("dir.alliance.orgs")}</h2>
          <DataTable<AllianceOrg>
            rows={a.organizations}
            rowKey={(o) => o.id}
            columns={[
              { key: "name", title: t("dir.org.name"), render: (o) => <Link to={`/organizations/${o.id}`}>{t.org(o.name)}</Link> },
              { key: "kind", title: t("dir.org.kind"), render: (o) => (o.kind ? t(`dir.kind.${o.kind}`) : "") },
              { key: "region", title: t("dir.org.region"), render: (o) => t.place(o.regionName ?? o.region?.name ?? "") },
              {
                key: "role",
                title: t("dir.alliance.role"),
                // Roles are free text; the common ones have labels.
                render: (o) => (t(`dir.role.${o.role}`) === `dir.role.${o.role}` ? o.role : t(`dir.role.${o.role}`)),
              },
            ]}
          />
        </div>
      </div>
    </div>
  );
}
