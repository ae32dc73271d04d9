import { useState } from "react";
import { ErrorBanner, Field, Loading, Notice, Stat, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT, type T } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import { market, type Interest, type Kind, type Listing, type Named } from "./api.js";
import { localizeError } from "./errors.js";
import { ATTR_ORDER, STATUS_TONE, attrText, fmtDate, fmtDateTime } from "./labels.js";
import { MarketPage } from "./layout.js";
import { FlagList, ModerateForm } from "./moderation.js";
import { ChallengePanel, OrgChoice, ProcurementPanel, useOrgChoice } from "./panels.js";
import { regionNamer, useOptions } from "./useOptions.js";

/** The attributes each kind shows as headline tiles; the rest go into the fact list. */
const HEADLINE: Record<Kind, string[]> = {
  space: ["areaSqm", "rent", "floorLoadKgPerSqm", "clearHeightM", "landUse"],
  tech_offer: ["trl", "ipStatus", "priceYuan"],
  tech_need: ["budgetMaxYuan", "deadline"],
  challenge: ["rewardYuan", "deadline"],
  investment: ["amountWan", "stage"],
  procurement: ["budgetYuan", "deadline"],
  service: ["category", "priceYuan"],
  finance: ["financeType", "amountMaxYuan", "termMonths"],
};

function Facts({ l, t, regionName }: { l: Listing; t: T; regionName: (id: number) => string }) {
  const head = HEADLINE[l.kind].filter((k) => l.attrs[k] !== undefined && l.attrs[k] !== null);
  const rest = Object.keys(l.attrs)
    .filter((k) => !head.includes(k) && attrText(t, k, l.attrs[k], regionName) !== "")
    .sort((a, b) => ATTR_ORDER.indexOf(a) - ATTR_ORDER.indexOf(b));
  return (
    <>
      {head.length > 0 && (
        <div className="stats mk-stats" data-testid="listing-stats">
          {head.map((k) => (
            <Stat key={k} label={t(`market.attr.${k}`)} value={<StatValue text={attrText(t, k, l.attrs[k], regionName)} />} />
          ))}
        </div>
      )}
      <dl className="kv mk-kv" data-testid="listing-attrs">
        <dt>{t("market.detail.organization")}</dt>
        <dd>
          <Link to={`/organizations/${l.organization.id}`}>{t.org(l.organization.name)}</Link>
        </dd>
        <dt>{t("market.detail.regions")}</dt>
        <dd>{l.regions.map((r) => t.place(r.name)).join(t.sep)}</dd>
        {l.industries.length > 0 && (
          <>
            <dt>{t("market.detail.industries")}</dt>
            <dd>{l.industries.map((i) => t.term(i.name)).join(t.sep)}</dd>
          </>
        )}
        {rest.map((k) => (
          <Row key={k} label={t(`market.attr.${k}`)} value={attrText(t, k, l.attrs[k], regionName)} />
        ))}
        {(l.validFrom || l.validUntil) && (
          <Row
            label={t("market.detail.validity")}
            value={
              l.validFrom && l.validUntil
                ? `${fmtDate(l.validFrom)} — ${fmtDate(l.validUntil)}`
                : l.validUntil
                  ? t("market.detail.validUntil", { date: fmtDate(l.validUntil) })
                  : t("market.detail.validFrom", { date: fmtDate(l.validFrom) })
            }
          />
        )}
        <Row label={t("market.detail.visibility")} value={t(`market.visibility.${l.visibility}`)} />
      </dl>
    </>
  );
}

/** "2,600 ㎡" as a large number and a small unit, so tiles stay one line high. */
function StatValue({ text }: { text: string }) {
  const m = /^([\d.,]+)\s+(.+)$/.exec(text);
  if (!m) return <>{text}</>;
  return (
    <>
      {m[1]} <span className="mk-unit">{m[2]}</span>
    </>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className="mk-pre">{value}</dd>
    </>
  );
}

function ContactCard({ l }: { l: Listing }) {
  const t = useT();
  const s = useSession();
  const c = l.contact;
  const rows = c ? (["name", "phone", "email", "wechat"] as const).filter((k) => c[k]) : [];
  return (
    <section className="card mk-contact" data-testid="contact">
      <h2>{t("market.detail.contact")}</h2>
      {!s.user ? (
        <p className="muted">
          {t("market.detail.contactHidden")} <Link to={`/signin?next=/market/listings/${l.id}`}>{t("user.signIn")}</Link>
        </p>
      ) : rows.length === 0 ? (
        <p className="muted">{t("market.detail.noContact")}</p>
      ) : (
        <dl className="kv">
          {rows.map((k) => (
            <Row key={k} label={t(`market.detail.contact${k[0].toUpperCase()}${k.slice(1)}`)} value={c![k]!} />
          ))}
        </dl>
      )}
    </section>
  );
}

function OwnerCard({ l, reload }: { l: Listing; reload: (next?: Listing) => void }) {
  const t = useT();
  const s = useSession();
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState<string>();
  const act = (p: Promise<Listing>, msg: string) =>
    p.then((x) => {
      setError(undefined);
      setNote(msg);
      reload(x);
    }, setError);
  const received = useAsync((sig) => market.interests({ box: "received" }, sig), [l.id]);
  const mine = (received.data ?? []).filter((i) => i.listing.id === l.id);
  return (
    <section className="card mk-owner" data-testid="owner-card">
      {/* A platform admin may manage any organisation's listing: the card then says whose it is. */}
      <h2>{s.organizationIds.includes(l.organization.id) ? t("market.detail.owner") : t("market.detail.ownerOther", { org: t.org(l.organization.name) })}</h2>
      <ErrorBanner error={localizeError(error, t)} />
      {note && <Notice tone="success">{note}</Notice>}
      {l.status === "in_review" && <Notice>{t("market.detail.inReview")}</Notice>}
      {l.moderationReason && (
        <div className="banner banner-error" data-testid="moderation-reason">
          {t("market.detail.reason", { reason: l.moderationReason })}
        </div>
      )}
      {l.flags && l.flags.length > 0 && <FlagList flags={l.flags} />}
      <div className="mk-actions">
        {["draft", "rejected", "in_review", "published"].includes(l.status) && (
          <Link to={`/market/listings/${l.id}/edit`} className="btn btn-small">
            {t("market.detail.edit")}
          </Link>
        )}
        {["draft", "rejected"].includes(l.status) && (
          <button className="btn btn-small btn-primary" onClick={() => act(market.submit(l.id), t("market.detail.submitted"))}>
            {t("market.detail.submit")}
          </button>
        )}
        {!["closed", "expired"].includes(l.status) && (
          <button className="btn btn-small btn-danger" onClick={() => act(market.close(l.id), t("market.detail.closed"))}>
            {t("market.detail.close")}
          </button>
        )}
      </div>
      {l.interestCount && <p className="small mk-count-line">{t("market.detail.interestCount", l.interestCount)}</p>}
      {mine.length > 0 && (
        <>
          <h3 className="mk-subhead">{t("market.detail.receivedInterests")}</h3>
          <ul className="list-plain">
            {mine.map((i: Interest) => (
              <li key={i.id}>
                <Link to={`/market/interests/${i.id}`}>{t.org(i.from.name)}</Link>{" "}
                <Tag tone={i.status === "open" ? "blue" : "gray"}>{t(`market.interestStatus.${i.status}`)}</Tag>{" "}
                <span className="muted small">{fmtDateTime(i.lastMessageAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function InterestCard({ l, orgs }: { l: Listing; orgs: Named[] }) {
  const t = useT();
  const s = useSession();
  const [org, setOrg] = useOrgChoice(orgs);
  const [message, setMessage] = useState("");
  const [error, setError] = useState<unknown>();
  if (!s.user)
    return (
      <section className="card mk-interest">
        <h2>{t("market.interest.title")}</h2>
        <p className="muted">
          {t("market.interest.signIn")} <Link to={`/signin?next=/market/listings/${l.id}`}>{t("user.signIn")}</Link>
        </p>
      </section>
    );
  if (orgs.length === 0)
    return (
      <section className="card mk-interest">
        <h2>{t("market.interest.title")}</h2>
        <p className="muted">{t("market.interest.noOrg")}</p>
      </section>
    );
  const shown = localizeError(error, t, { form: true });
  return (
    <section className="card mk-interest" data-testid="interest-form">
      <h2>{t("market.interest.title")}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          market.express(l.id, org!, message).then((i) => navigate(`/market/interests/${i.id}`), setError);
        }}
      >
        <ErrorBanner error={shown} />
        <OrgChoice orgs={orgs} value={org} onChange={setOrg} label={t("market.interest.as")} />
        <Field label={t("market.interest.message")} name="message" error={shown} required>
          <textarea rows={4} value={message} placeholder={t("market.interest.ph")} onChange={(e) => setMessage(e.target.value)} />
        </Field>
        <button type="submit" className="btn btn-primary">
          {t("market.interest.send")}
        </button>
      </form>
    </section>
  );
}

/** One listing: its kind's facts, contact, and what the viewer may do with it. */
export default function ListingPage({ id }: { id: number }) {
  const t = useT();
  const opts = useOptions();
  const q = useAsync((sig) => market.get(id, sig), [id]);
  const [fresh, setFresh] = useState<Listing>();
  const l = fresh ?? q.data;
  const reload = (next?: Listing) => (next ? setFresh(next) : (setFresh(undefined), q.reload()));

  if (q.error) return <MarketPage><ErrorBanner error={localizeError(q.error, t)} /></MarketPage>;
  if (!l) return <MarketPage><Loading /></MarketPage>;
  const regionName = regionNamer(opts.data, t.place);
  const others = (opts.data?.myOrganizations ?? []).filter((o) => o.id !== l.organization.id);

  return (
    <MarketPage className="mk-detail">
      <p className="small">
        <Link to="/market">← {t("market.detail.back")}</Link>
      </p>
      <header className="mk-detail-head">
        <div className="tags">
          <span className={`mk-kind mk-kind-${l.kind}`}>{t(`market.kind.${l.kind}`)}</span>
          <Tag tone={STATUS_TONE[l.status]}>{t(`market.status.${l.status}`)}</Tag>
          {l.visibility !== "public" && <Tag tone="blue">{t(`market.visibility.${l.visibility}`)}</Tag>}
        </div>
        <h1>{l.title}</h1>
        <p className="muted small">
          {t.org(l.organization.name)} · {l.regions.map((r) => t.place(r.name)).join(t.sep)}
          {l.publishedAt && ` · ${t("market.meta.published", { date: fmtDate(l.publishedAt) })}`}
          {l.validUntil && ` · ${t("market.meta.until", { date: fmtDate(l.validUntil) })}`}
        </p>
      </header>
      <div className="mk-detail-grid">
        <div className="mk-detail-main">
          <section className="card">
            {l.summary && <p className="mk-lead">{l.summary}</p>}
            <h2>{t("market.detail.facts")}</h2>
            <Facts l={l} t={t} regionName={regionName} />
          </section>
          {l.body && (
            <section className="card">
              <h2>{t("market.detail.body")}</h2>
              <div className="mk-body">{l.body}</div>
            </section>
          )}
          {l.kind === "challenge" && <ChallengePanel listing={l} orgs={others} />}
          {l.kind === "procurement" && <ProcurementPanel listing={l} orgs={others} />}
        </div>
        <aside className="mk-detail-side">
          {l.canEdit && <OwnerCard l={l} reload={reload} />}
          {l.canModerate && (
            <section className="card" data-testid="moderate-card">
              <h2>{t("market.detail.moderation")}</h2>
              {l.flags && <FlagList flags={l.flags} />}
              <ModerateForm listing={l} onDone={(x) => reload(x)} />
            </section>
          )}
          <ContactCard l={l} />
          {!l.canEdit && l.status === "published" && <InterestCard l={l} orgs={others} />}
        </aside>
      </div>
    </MarketPage>
  );
}
