import { useMemo } from "react";
import { Stat } from "../components/index.js";
import { EChart } from "../components/EChart.js";
import { api } from "../api.js";
import { useAsync } from "../hooks.js";
import { registerMessages, useT } from "../i18n.js";
import { Link, navigate } from "../router.js";
import { useSession } from "../session.js";
import { directory } from "../modules/directory/api.js";
import { alliancesNetwork } from "./home-graph.js";
import { TodoPanel } from "./TodoPanel.js";
import "../modules/directory/messages.js";

registerMessages({
  zh: {
    "home.title": "长三角协同创新在线集市",
    "home.lead":
      "集市把沪苏浙皖的城市联盟、科创走廊与协同创新圈连在一起:机构在这里发布技术成果、需求、厂房与招商项目,按产业链对接要素;秘书处记录签约项目与合作事项,按轮值会商推进行动。",
    "home.browseOrgs": "浏览机构名录",
    "home.browseAlliances": "查看联盟",
    "home.join": "注册加入",
    "home.stat.alliances": "联盟与协同区域",
    "home.stat.orgs": "登记机构",
    "home.stat.cities": "地级市",
    "home.stat.counties": "区县",
    "home.stat.listings": "集市信息",
    "home.network": "联盟与成员城市",
    "home.networkHint": "橙色城市同时属于多个联盟;点击联盟查看详情。",
    "home.what": "平台能做什么",
    "home.f1": "名录:三省一市全部地级市与区县、产业链分类、联盟与机构",
    "home.f2": "在线集市:技术成果、技术需求、揭榜挂帅、厂房土地、招商与联合采购",
    "home.f3": "合作项目库:协议、集中签约与项目进度,看板一目了然",
    "home.f4": "会商与行动:轮值会商、行动计划与合作事项跟踪",
    "home.f5": "情报采集:从公开报道中抽取签约、考察与会议信息,人工审核入库",
    "home.city": "城市",
  },
  en: {
    "home.title": "Yangtze River Delta collaborative innovation marketplace",
    "home.lead":
      "Jishi links the city alliances, innovation corridors and collaboration circles of Shanghai, Jiangsu, Zhejiang and Anhui: organisations publish technologies, needs, factory space and investment projects and are matched along industry chains; secretariats record signed projects and action items and run rotating consultations.",
    "home.browseOrgs": "Browse organisations",
    "home.browseAlliances": "See alliances",
    "home.join": "Join",
    "home.stat.alliances": "Alliances",
    "home.stat.orgs": "Organisations",
    "home.stat.cities": "Prefecture-level cities",
    "home.stat.counties": "Districts and counties",
    "home.stat.listings": "Marketplace listings",
    "home.network": "Alliances and their member cities",
    "home.networkHint": "Orange cities belong to several alliances; click an alliance to open it.",
    "home.what": "What Jishi does",
    "home.f1": "Directory: every prefecture and district of the four provinces, industry chains, alliances, organisations",
    "home.f2": "Marketplace: technology offers and needs, challenges, factory space, investment projects, joint procurement",
    "home.f3": "Cooperation ledger: agreements, signing ceremonies, project progress, dashboards",
    "home.f4": "Consultation: rotating meetings, action programmes and item tracking",
    "home.f5": "Ingest: signings, visits and meetings extracted from public reports, reviewed before use",
    "home.city": "City",
  },
});

async function counts(signal: AbortSignal) {
  const [orgs, cities, counties, listings] = await Promise.all([
    directory.organizations({ limit: 1 }, signal).then((r) => r.total, () => null),
    directory.regions({ level: "prefecture", limit: 1 }, signal).then((r) => r.total, () => null),
    directory.regions({ level: "county", limit: 1 }, signal).then((r) => r.total, () => null),
    // The marketplace may not be installed: its count is optional.
    api<{ total: number }>("GET", "/api/listings/search", undefined, { query: { limit: 1 }, signal }).then((r) => r.total, () => null),
  ]);
  return { orgs, cities, counties, listings };
}

export default function Home() {
  const t = useT();
  const s = useSession();
  const alliances = useAsync((sig) => directory.alliances(sig), []);
  const stats = useAsync(counts, []);
  const network = useMemo(
    () => (alliances.data && alliances.data.items.length ? alliancesNetwork(alliances.data.items, t("home.city"), t.place) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [alliances.data, t.key],
  );
  const n = (v: number | null | undefined) => (v === undefined ? "…" : v === null ? "—" : v.toLocaleString());

  return (
    <div className="page">
      <section className="hero">
        <h1>{t("home.title")}</h1>
        <p>{t("home.lead")}</p>
        <Link className="btn btn-light" to="/organizations">
          {t("home.browseOrgs")}
        </Link>
        <Link className="btn btn-ghost-light" to="/alliances">
          {t("home.browseAlliances")}
        </Link>
        {!s.user && (
          <Link className="btn btn-ghost-light" to="/register">
            {t("home.join")}
          </Link>
        )}
      </section>
      {s.user && <TodoPanel />}
      <div className="stats" data-testid="home-stats">
        <Stat label={t("home.stat.alliances")} value={n(alliances.data ? alliances.data.total : alliances.error ? null : undefined)} />
        <Stat label={t("home.stat.orgs")} value={n(stats.data?.orgs)} />
        <Stat label={t("home.stat.cities")} value={n(stats.data?.cities)} />
        <Stat label={t("home.stat.counties")} value={n(stats.data?.counties)} />
        {stats.data?.listings != null && <Stat label={t("home.stat.listings")} value={n(stats.data.listings)} />}
      </div>
      <div className="home-grid">
        <div className="card">
          <div className="card-title">
            <h2>{t("home.network")}</h2>
          </div>
          <p className="muted small">{t("home.networkHint")}</p>
          {network ? (
            <EChart
              option={network}
              height={460}
              ariaLabel={t("home.network")}
              onClick={(p) => {
                const id = (p.data as { id?: string } | undefined)?.id;
                if (p.dataType === "node" && id?.startsWith("a")) navigate(`/alliances/${id.slice(1)}`);
              }}
            />
          ) : (
            <div className="empty" style={{ height: 460 }} />
          )}
        </div>
        <div className="card">
          <h2>{t("home.what")}</h2>
          <ul className="feature-list">
            {["f1", "f2", "f3", "f4", "f5"].map((k) => (
              <li key={k}>{t(`home.${k}`)}</li>
            ))}
          </ul>
          {alliances.data && (
            <>
              <h3 style={{ marginTop: 18 }}>{t("home.stat.alliances")}</h3>
              <ul className="list-plain">
                {alliances.data.items.map((a) => (
                  <li key={a.id}>
                    <Link to={`/alliances/${a.id}`}>{t.place(a.name)}</Link>
                    <div className="muted small">{t("dir.alliance.count", { r: a.regionCount ?? a.regions.length, o: a.organizationCount ?? a.organizations.length })}</div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
