import { useEffect, useState } from "react";
import { market, type Interest, type Listing } from "./http.js";
import { KIND, STATUS } from "./labels.js";
import { ErrorNote, Link } from "./nav.js";

/** 我的集市: my organisations' listings (with interest counts) and interest threads. */
export default function MinePage() {
  const [listings, setListings] = useState<Listing[]>([]);
  const [interests, setInterests] = useState<Interest[]>([]);
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    market.mine().then((r) => setListings(r.items), setError);
    market.interests().then(setInterests, setError);
  }, []);
  return (
    <div className="mk-page">
      <h2>我的集市 <small>My listings and interests</small></h2>
      <ErrorNote error={error} />
      <p><Link to="/market/new" className="mk-button">发布信息</Link></p>
      <h3>本机构发布的信息</h3>
      <table className="mk-table">
        <thead><tr><th>类别</th><th>标题</th><th>状态</th><th>意向(进行中/全部)</th><th>更新</th></tr></thead>
        <tbody>{listings.map((l) => (
          <tr key={l.id}>
            <td>{KIND[l.kind]}</td>
            <td><Link to={`/market/listings/${l.id}`}>{l.title}</Link>{l.moderationReason && <div className="mk-error">审核意见:{l.moderationReason}</div>}</td>
            <td>{STATUS[l.status]}</td>
            <td>{l.interestCount ? `${l.interestCount.open} / ${l.interestCount.total}` : ""}</td>
            <td>{(l as unknown as { updatedAt: string }).updatedAt?.slice(0, 10)}</td>
          </tr>
        ))}</tbody>
      </table>
      {listings.length === 0 && <p className="mk-muted">还没有信息 (none yet)</p>}
      <h3>意向 Interests</h3>
      <table className="mk-table">
        <thead><tr><th>方向</th><th>信息</th><th>对方</th><th>消息</th><th>状态</th><th>最近</th></tr></thead>
        <tbody>{interests.map((i) => (
          <tr key={i.id}>
            <td>{i.direction === "sent" ? "我方发出" : "收到"}</td>
            <td><Link to={`/market/interests/${i.id}`}>{i.listing.title}</Link></td>
            <td>{i.direction === "sent" ? i.owner.name : i.from.name}</td>
            <td>{i.messageCount}</td>
            <td>{i.status === "open" ? "进行中" : "已关闭"}</td>
            <td>{i.lastMessageAt.slice(0, 16).replace("T", " ")}</td>
          </tr>
        ))}</tbody>
      </table>
      {interests.length === 0 && <p className="mk-muted">暂无意向 (no interests)</p>}
    </div>
  );
}
