import { useEffect, useState } from "react";
import { market, type Listing, type Options } from "./http.js";
import { ATTR, STATUS, VISIBILITY, attrText, yuan } from "./labels.js";
import { ErrorNote, Link, go } from "./nav.js";
import { ChallengePanel, ProcurementPanel } from "./panels.js";

const ATTR_ORDER = Object.keys(ATTR);

/** One listing, its kind's fields, and what the viewer may do with it. */
export default function ListingPage({ id }: { id: number }) {
  const [l, setL] = useState<Listing>();
  const [opts, setOpts] = useState<Options>();
  const [error, setError] = useState<unknown>();
  const [message, setMessage] = useState("");
  const [org, setOrg] = useState<number>();
  const [reason, setReason] = useState("");

  const load = () => market.get(id).then(setL, setError);
  useEffect(() => { load(); market.options().then((o) => { setOpts(o); setOrg(o.myOrganizations[0]?.id); }, () => {}); }, [id]);
  const act = (p: Promise<unknown>) => p.then(() => { setError(undefined); return load(); }, setError);

  if (!l) return <div className="mk-page"><ErrorNote error={error} />{!error && "加载中…"}</div>;
  const regionName = (rid: number) => opts?.regions.find((r) => r.id === rid)?.name ?? String(rid);
  const mine = opts?.myOrganizations.filter((o) => o.id !== l.organization.id) ?? [];

  return (
    <div className="mk-page mk-detail">
      <p><Link to="/market">← 返回集市</Link></p>
      <h2><span className={`mk-kind mk-kind-${l.kind}`}>{l.kindLabel}</span> {l.title}</h2>
      <p className="mk-meta">
        <span className={`mk-status mk-status-${l.status}`}>{STATUS[l.status] ?? l.status}</span> · {VISIBILITY[l.visibility]} ·{" "}
        {l.organization.name} · {l.regions.map((r) => r.name).join("、")}
        {l.industries.length > 0 && ` · ${l.industries.map((x) => x.name).join("、")}`}
        {l.validUntil && ` · 有效期至 ${l.validUntil}`}
      </p>
      <ErrorNote error={error} />
      {l.summary && <p className="mk-lead">{l.summary}</p>}
      <table className="mk-attrs"><tbody>
        {Object.entries(l.attrs).sort(([a], [b]) => ATTR_ORDER.indexOf(a) - ATTR_ORDER.indexOf(b)).map(([k, v]) => (
          <tr key={k}><th>{ATTR[k] ?? k}</th><td>{attrText(k, v, regionName)}</td></tr>
        ))}
      </tbody></table>
      {l.body && <div className="mk-body">{l.body}</div>}
      <section className="mk-box">
        <h4>联系方式 Contact</h4>
        {l.contact ? <p>{[l.contact.name, l.contact.phone, l.contact.email, l.contact.wechat && `微信 ${l.contact.wechat}`].filter(Boolean).join(" · ")}</p>
          : <p className="mk-muted">{opts?.signedIn ? "未填写联系方式,可通过表达意向联系 (no contact given: express interest)" : "登录后可查看联系方式 (sign in to see contact details)"}</p>}
      </section>

      {l.canEdit && (
        <section className="mk-box mk-owner">
          <h4>本机构操作 Owner</h4>
          {l.interestCount && <p>意向 {l.interestCount.total} 条,进行中 {l.interestCount.open} 条 · <Link to="/market/mine">查看意向</Link></p>}
          {l.moderationReason && <p className="mk-error">审核意见:{l.moderationReason}</p>}
          {l.flags && l.flags.length > 0 && <p className="mk-warn">自动标记:{l.flags.map((f) => `${f.field}: ${f.type} “${f.match}”`).join(";")}</p>}
          <div className="mk-actions">
            {["draft", "rejected", "in_review", "published"].includes(l.status) && <Link to={`/market/listings/${l.id}/edit`} className="mk-button">编辑</Link>}
            {["draft", "rejected"].includes(l.status) && <button onClick={() => act(market.submit(l.id))}>提交审核</button>}
            {!["closed", "expired"].includes(l.status) && <button onClick={() => act(market.close(l.id))}>关闭</button>}
          </div>
        </section>
      )}

      {l.canModerate && (
        <section className="mk-box">
          <h4>审核 Moderation</h4>
          {l.flags && l.flags.length > 0 && <p className="mk-warn">自动标记:{l.flags.map((f) => `${f.field}: ${f.type} “${f.match}”`).join(";")}</p>}
          <textarea placeholder="驳回理由 (reason)" value={reason} onChange={(e) => setReason(e.target.value)} aria-label="驳回理由" />
          <div className="mk-actions">
            <button onClick={() => act(market.moderate(l.id, "approve"))}>通过</button>
            <button onClick={() => act(market.moderate(l.id, "reject", reason))}>驳回</button>
          </div>
        </section>
      )}

      {l.status === "published" && mine.length > 0 && (
        <section className="mk-box">
          <h4>表达意向 Express interest</h4>
          <select value={org} onChange={(e) => setOrg(Number(e.target.value))} aria-label="以机构名义">
            {mine.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
          <textarea placeholder="给发布方留言,如合作方式、需求细节" value={message} onChange={(e) => setMessage(e.target.value)} aria-label="意向留言" />
          <button onClick={() => market.express(l.id, org!, message).then((i) => go(`/market/interests/${i.id}`), setError)}>发送意向</button>
        </section>
      )}
      {l.kind === "challenge" && <ChallengePanel listing={l} orgs={mine} onError={setError} />}
      {l.kind === "procurement" && <ProcurementPanel listing={l} orgs={mine} onError={setError} />}
      {l.amountYuan != null && <p className="mk-muted">金额 {yuan(l.amountYuan)}</p>}
    </div>
  );
}
