import { useEffect, useState } from "react";
import { market, type Listing, type Named } from "./http.js";

const APP_STATUS: Record<string, string> = { applied: "已申请", shortlisted: "入围", awarded: "揭榜成功", rejected: "未入选" };

/** 揭榜挂帅: solvers apply; the owner shortlists and awards. */
export function ChallengePanel({ listing, orgs, onError }: { listing: Listing; orgs: Named[]; onError: (e: unknown) => void }) {
  const [apps, setApps] = useState<Awaited<ReturnType<typeof market.applications>>>([]);
  const [proposal, setProposal] = useState("");
  const load = () => market.applications(listing.id).then(setApps, () => setApps([]));
  useEffect(() => { load(); }, [listing.id]);
  return (
    <section className="mk-box">
      <h4>揭榜 Applications</h4>
      <ul>{apps.map((a) => (
        <li key={a.id}>{a.organization.name}:{a.proposal} <b>{APP_STATUS[a.status]}</b>
          {listing.canEdit && a.status !== "awarded" && a.status !== "rejected" && (
            <> {a.status === "applied" && <button onClick={() => market.decide(listing.id, a.id, "shortlisted").then(load, onError)}>入围</button>}
              <button onClick={() => market.decide(listing.id, a.id, "awarded").then(load, onError)}>确定揭榜</button>
              <button onClick={() => market.decide(listing.id, a.id, "rejected").then(load, onError)}>不入选</button></>
          )}
        </li>
      ))}</ul>
      {listing.status === "published" && orgs.length > 0 && (
        <>
          <textarea placeholder="揭榜方案(至少 10 字)" value={proposal} onChange={(e) => setProposal(e.target.value)} aria-label="揭榜方案" />
          <button onClick={() => market.apply(listing.id, orgs[0].id, proposal).then(load, onError)}>以 {orgs[0].name} 名义揭榜</button>
        </>
      )}
    </section>
  );
}

/** 联合采购: other organisations add their quantities; the owner sees the combined demand. */
export function ProcurementPanel({ listing, orgs, onError }: { listing: Listing; orgs: Named[]; onError: (e: unknown) => void }) {
  const items = (listing.attrs.items ?? []) as { name: string; unit: string }[];
  const [sum, setSum] = useState<Awaited<ReturnType<typeof market.procurement>>>();
  const [qty, setQty] = useState<number[]>(items.map(() => 0));
  const load = () => market.procurement(listing.id).then(setSum, () => setSum(undefined));
  useEffect(() => { load(); }, [listing.id]);
  return (
    <section className="mk-box">
      <h4>联合采购 Joint procurement</h4>
      {sum && (
        <table className="mk-attrs"><thead><tr><th>品目</th><th>发起方</th><th>参与方合计</th><th>总需求</th></tr></thead>
          <tbody>{sum.items.map((i) => <tr key={i.name}><td>{i.name}</td><td>{i.ownerQuantity}{i.unit}</td><td>{i.joinedQuantity}{i.unit}</td><td><b>{i.totalQuantity}{i.unit}</b></td></tr>)}</tbody>
        </table>
      )}
      {listing.status === "published" && orgs.length > 0 && (
        <div>
          {items.map((it, k) => (
            <label key={it.name} className="mk-range">{it.name}({it.unit})
              <input type="number" min={0} value={qty[k]} onChange={(e) => setQty(qty.map((q, j) => (j === k ? Number(e.target.value) : q)))} />
            </label>
          ))}
          <button onClick={() => market.join(listing.id, orgs[0].id, qty, "").then(load, onError)}>以 {orgs[0].name} 名义加入</button>
        </div>
      )}
    </section>
  );
}
