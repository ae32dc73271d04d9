import { useEffect, useState } from "react";
import { market, type Interest } from "./http.js";
import { ErrorNote, Link } from "./nav.js";

/** One expression of interest: the conversation between the two organisations. */
export default function ThreadPage({ id }: { id: number }) {
  const [i, setI] = useState<Interest>();
  const [text, setText] = useState("");
  const [error, setError] = useState<unknown>();
  useEffect(() => { market.interest(id).then(setI, setError); }, [id]);
  const done = (p: Promise<Interest>) => p.then((x) => { setI(x); setText(""); setError(undefined); }, setError);
  if (!i) return <div className="mk-page"><ErrorNote error={error} /></div>;
  return (
    <div className="mk-page">
      <p><Link to="/market/mine">← 我的集市</Link></p>
      <h2>意向:<Link to={`/market/listings/${i.listing.id}`}>{i.listing.title}</Link></h2>
      <p className="mk-meta">{i.from.name} → {i.owner.name} · {i.status === "open" ? "进行中" : "已关闭"}</p>
      <ErrorNote error={error} />
      <ol className="mk-thread">
        {i.messages?.map((m) => (
          <li key={m.id} className={m.organization.id === i.from.id ? "mk-msg-from" : "mk-msg-owner"}>
            <div className="mk-msg-head">{m.organization.name} · {m.author} · {m.createdAt.slice(0, 16).replace("T", " ")}</div>
            <div className="mk-msg-body">{m.body}</div>
          </li>
        ))}
      </ol>
      {i.status === "open" && (
        <form onSubmit={(e) => { e.preventDefault(); done(market.reply(i.id, text)); }}>
          <textarea value={text} onChange={(e) => setText(e.target.value)} placeholder="回复…" aria-label="回复" />
          <div className="mk-actions">
            <button type="submit">发送</button>
            <button type="button" onClick={() => done(market.closeInterest(i.id))}>关闭意向</button>
          </div>
        </form>
      )}
    </div>
  );
}
