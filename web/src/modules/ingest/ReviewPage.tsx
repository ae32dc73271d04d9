import { useEffect, useState } from "react";
import { TYPE_LABEL, ingest, type Fact } from "./http.js";
import { FactCard } from "./FactCard.js";
import { ErrorNote } from "./ui.js";

/** The review queue: drafts across articles, filterable by type. */
export default function ReviewPage() {
  const [type, setType] = useState("");
  const [facts, setFacts] = useState<Fact[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => { ingest.facts("draft", type || undefined).then((r) => setFacts(r.items), setError); }, [type]);
  return (
    <section className="ig">
      <h1>待审事实 <small>{facts ? `${facts.filter((f) => f.status === "draft").length} 条` : ""}</small></h1>
      <label>类型 <select value={type} onChange={(e) => setType(e.target.value)} data-testid="type">
        <option value="">全部</option>
        {Object.entries(TYPE_LABEL).map(([k, v]) => <option key={k} value={k}>{v}</option>)}
      </select></label>
      <ErrorNote error={error} />
      {facts?.map((f) => <FactCard key={f.id} fact={f} showArticle onChange={(n) => setFacts(facts.map((x) => (x.id === n.id ? { ...n, article_title: x.article_title } : x)))} />)}
      {facts?.length === 0 && <p>没有待审事实。</p>}
    </section>
  );
}
