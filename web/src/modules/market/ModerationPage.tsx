import { useEffect, useState } from "react";
import { market, type Listing } from "./http.js";
import { KIND, VISIBILITY } from "./labels.js";
import { ErrorNote, Link } from "./nav.js";

const FLAG: Record<string, string> = { phone: "电话", wechat: "微信", qq: "QQ", url: "网址", email: "邮箱", ad_phrase: "广告语" };

/** 审核队列: listings in review with their automatic flags; approve or reject with a reason. */
export default function ModerationPage() {
  const [items, setItems] = useState<Listing[]>([]);
  const [reasons, setReasons] = useState<Record<number, string>>({});
  const [error, setError] = useState<unknown>();
  const load = () => market.queue().then((r) => setItems(r.items), setError);
  useEffect(() => { load(); }, []);
  const decide = (id: number, d: "approve" | "reject") => market.moderate(id, d, reasons[id]).then(() => { setError(undefined); return load(); }, setError);
  return (
    <div className="mk-page">
      <h2>审核队列 <small>Moderation queue</small></h2>
      <ErrorNote error={error} />
      {items.length === 0 && <p className="mk-muted">没有待审核的信息 (queue is empty)</p>}
      {items.map((l) => (
        <article key={l.id} className="mk-card mk-review">
          <h3>[{KIND[l.kind]}] <Link to={`/market/listings/${l.id}`}>{l.title}</Link></h3>
          <p className="mk-meta">{l.organization.name} · {l.regions.map((r) => r.name).join("、")} · {VISIBILITY[l.visibility]}</p>
          {l.summary && <p>{l.summary}</p>}
          <p className="mk-body">{l.body}</p>
          {(l.flags ?? []).length > 0 ? (
            <ul className="mk-flags">{l.flags!.map((f, k) => <li key={k}>⚑ {FLAG[f.type] ?? f.type}({f.field}):“{f.match}”</li>)}</ul>
          ) : <p className="mk-muted">无自动标记 (no flags)</p>}
          <textarea placeholder="驳回理由(驳回时必填)" value={reasons[l.id] ?? ""} onChange={(e) => setReasons({ ...reasons, [l.id]: e.target.value })} aria-label="驳回理由" />
          <div className="mk-actions">
            <button onClick={() => decide(l.id, "approve")}>通过</button>
            <button onClick={() => decide(l.id, "reject")}>驳回</button>
          </div>
        </article>
      ))}
    </div>
  );
}
