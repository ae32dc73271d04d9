import { DataTable, ErrorBanner, Loading, Notice, PageHeader, Pager, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useQueryParams } from "../../router.js";
import { useSession } from "../../session.js";
import { market, type Interest, type Listing } from "./api.js";
import { localizeError } from "./errors.js";
import { STATUS_TONE, fmtDate, fmtDateTime } from "./labels.js";
import { MarketPage } from "./layout.js";
import { useOptions } from "./useOptions.js";

const LIMIT = 50;
const STATUSES = ["draft", "in_review", "published", "rejected", "closed", "expired"] as const;

/** 我的集市: my organisations' listings (with interest counts) and the interest threads. */
export default function MinePage() {
  const t = useT();
  const s = useSession();
  const opts = useOptions();
  const [params, setParams] = useQueryParams();
  const status = params.get("status") ?? "";
  const box = params.get("box") ?? "all";
  const offset = Number(params.get("offset") ?? 0) || 0;
  const signedIn = !!s.user;
  const listings = useAsync(
    (sig) => (signedIn ? market.mine({ status: status || undefined, limit: LIMIT, offset }, sig) : Promise.resolve({ total: 0, items: [] as Listing[] })),
    [signedIn, status, offset],
  );
  const interests = useAsync((sig) => (signedIn ? market.interests({ box }, sig) : Promise.resolve([] as Interest[])), [signedIn, box]);

  if (!s.loading && !s.user)
    return (
      <MarketPage>
        <Notice tone="warn">
          {t("market.mine.needSignIn")} <Link to="/signin?next=/market/mine">{t("user.signIn")}</Link>
        </Notice>
      </MarketPage>
    );
  const noOrg = opts.data && opts.data.myOrganizations.length === 0;

  return (
    <MarketPage>
      <PageHeader
        title={t("market.mine.title")}
        subtitle={opts.data?.myOrganizations.map((o) => t.org(o.name)).join(t.sep) || t("market.mine.subtitle")}
        actions={
          !noOrg && (
            <Link to="/market/new" className="btn btn-primary">
              + {t("market.search.publish")}
            </Link>
          )
        }
      />
      {noOrg && <Notice tone="warn">{t("market.mine.noOrg")}</Notice>}
      <section className="card" data-testid="my-listings">
        <div className="card-title">
          <h2>{t("market.mine.listings")}</h2>
          <select aria-label={t("market.mine.col.status")} value={status} className="mk-inline-select" onChange={(e) => setParams({ status: e.target.value || undefined, offset: undefined })}>
            <option value="">{t("market.mine.allStatuses")}</option>
            {STATUSES.map((x) => (
              <option key={x} value={x}>
                {t(`market.status.${x}`)}
              </option>
            ))}
          </select>
        </div>
        <ErrorBanner error={localizeError(listings.error, t)} />
        {!listings.data && !listings.error ? (
          <Loading />
        ) : (
          <DataTable
            rows={listings.data?.items ?? []}
            rowKey={(l) => l.id}
            empty={t("market.mine.noListings")}
            columns={[
              { key: "kind", title: t("market.mine.col.kind"), width: 110, render: (l) => <span className={`mk-kind mk-kind-${l.kind}`}>{t(`market.kind.${l.kind}`)}</span> },
              {
                key: "title",
                title: t("market.mine.col.title"),
                render: (l) => (
                  <>
                    <Link to={`/market/listings/${l.id}`}>{l.title}</Link>
                    {l.status === "rejected" && l.moderationReason && <div className="mk-reason small">{t("market.detail.reason", { reason: l.moderationReason })}</div>}
                  </>
                ),
              },
              { key: "status", title: t("market.mine.col.status"), width: 90, render: (l) => <Tag tone={STATUS_TONE[l.status]}>{t(`market.status.${l.status}`)}</Tag> },
              { key: "interests", title: t("market.mine.col.interests"), align: "right", width: 140, render: (l) => (l.interestCount ? `${l.interestCount.open} / ${l.interestCount.total}` : "") },
              { key: "updated", title: t("market.mine.col.updated"), width: 110, render: (l) => fmtDate(l.updatedAt) },
            ]}
          />
        )}
        {listings.data && listings.data.total > LIMIT && <Pager total={listings.data.total} limit={LIMIT} offset={offset} onChange={(o) => setParams({ offset: o || undefined })} />}
      </section>
      <section className="card" data-testid="my-interests">
        <div className="card-title">
          <h2>{t("market.mine.interests")}</h2>
          <select aria-label={t("market.mine.col.direction")} value={box} className="mk-inline-select" onChange={(e) => setParams({ box: e.target.value === "all" ? undefined : e.target.value })}>
            <option value="all">{t("common.all")}</option>
            <option value="received">{t("market.mine.received")}</option>
            <option value="sent">{t("market.mine.sent")}</option>
          </select>
        </div>
        <ErrorBanner error={localizeError(interests.error, t)} />
        {!interests.data && !interests.error ? (
          <Loading />
        ) : (
          <DataTable
            rows={interests.data ?? []}
            rowKey={(i) => i.id}
            empty={t("market.mine.noInterests")}
            onRowClick={(i) => navigate(`/market/interests/${i.id}`)}
            columns={[
              {
                key: "dir",
                title: t("market.mine.col.direction"),
                width: 90,
                render: (i) => <Tag tone={i.direction === "sent" ? "gray" : "orange"}>{t(i.direction === "sent" ? "market.mine.sent" : "market.mine.received")}</Tag>,
              },
              { key: "listing", title: t("market.mine.col.listing"), render: (i) => <Link to={`/market/interests/${i.id}`}>{i.listing.title}</Link> },
              { key: "party", title: t("market.mine.col.party"), render: (i) => t.org(i.direction === "sent" ? i.owner.name : i.from.name) },
              { key: "n", title: t("market.mine.col.messages"), align: "right", width: 70, render: (i) => i.messageCount ?? "" },
              {
                key: "status",
                title: t("market.mine.col.status"),
                width: 90,
                nowrap: true,
                render: (i) => (i.awaitingReply ? <Tag tone="orange">{t("market.mine.awaitingReply")}</Tag> : <Tag tone={i.status === "open" ? "blue" : "gray"}>{t(`market.interestStatus.${i.status}`)}</Tag>),
              },
              { key: "last", title: t("market.mine.col.last"), width: 150, nowrap: true, render: (i) => fmtDateTime(i.lastMessageAt) },
            ]}
          />
        )}
      </section>
    </MarketPage>
  );
}
