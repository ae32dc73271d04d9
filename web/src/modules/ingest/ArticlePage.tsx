import { useEffect, useState, type ReactNode } from "react";
import { ingest, type ArticleDetail, type Fact, type Repair } from "./http.js";
import { FactCard } from "./FactCard.js";
import { ErrorNote } from "./ui.js";

/** The clean body with repairs marked, and the focused fact's sentence highlighted. */
function Body({ body, repairs, sentence }: { body: string; repairs: Repair[]; sentence?: string }) {
  const cls: string[] = new Array(body.length).fill("");
  const titles: string[] = new Array(body.length).fill("");
  if (sentence) {
    const at = body.indexOf(sentence);
    if (at >= 0) for (let i = at; i < at + sentence.length; i++) cls[i] = "hl";
  }
  for (const r of repairs) {
    const len = Math.max(r.to.length, 0);
    for (let i = r.at; i < r.at + len && i < body.length; i++) {
      cls[i] = (cls[i] ? cls[i] + " " : "") + "repair";
      titles[i] = `修复:“${r.from}”→“${r.to}” · ${r.rule}`;
    }
  }
  const paragraphs: ReactNode[][] = [[]];
  let i = 0;
  while (i < body.length) {
    if (body[i] === "\n") {
      paragraphs.push([]);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < body.length && cls[j] === cls[i] && titles[j] === titles[i] && body[j] !== "\n") j++;
    const text = body.slice(i, j);
    paragraphs.at(-1)!.push(cls[i] ? <mark key={i} className={cls[i]} title={titles[i] || undefined}>{text}</mark> : <span key={i}>{text}</span>);
    i = j;
  }
  return <div className="ig-body">{paragraphs.map((p, k) => <p key={k}>{p}</p>)}</div>;
}

export default function ArticlePage({ id }: { id: number }) {
  const [a, setA] = useState<ArticleDetail>();
  const [error, setError] = useState<unknown>();
  const [focus, setFocus] = useState<Fact>();
  useEffect(() => { ingest.article(id).then(setA, setError); }, [id]);
  if (error) return <ErrorNote error={error} />;
  if (!a) return <p>加载中…</p>;
  const replace = (f: Fact) => setA({ ...a, facts: a.facts.map((x) => (x.id === f.id ? f : x)) });
  const removed = a.repairs.body.filter((r) => r.kind === "placeholder-removed").length;
  return (
    <section className="ig ig-article">
      <h1>{a.title}</h1>
      <p className="ig-meta">
        {a.published_on ?? "日期不详"} · 来源:{a.origin ?? "不详"} · 编码 {a.encoding} · 收到 {a.sources.length} 次
        {a.sources.length > 1 && <> ({a.sources.map((s) => `${s.file_name}: ${s.match}${s.distance ? ` ${s.distance}位` : ""}`).join(";")})</>}
      </p>
      {a.repairs.body.length + a.repairs.title.length > 0 && (
        <p className="ig-repairs" data-testid="repairs">
          修复 {a.repairs.body.length + a.repairs.title.length} 处(<mark className="repair">标记</mark>){removed ? `,另删除注入短语 ${removed} 处` : ""}:
          {[...new Set([...a.repairs.title, ...a.repairs.body].map((r) => `“${r.from}”→“${r.to || "(删除)"}”`))].join(" ")}
        </p>
      )}
      <div className="ig-cols">
        <Body body={a.body} repairs={a.repairs.body} sentence={focus?.sentence} />
        <div className="ig-facts">
          <h2>事实({a.facts.filter((f) => f.status === "draft").length} 条待审)</h2>
          {a.facts.map((f) => <FactCard key={f.id} fact={f} onChange={replace} onFocus={() => setFocus(f)} active={focus?.id === f.id} />)}
        </div>
      </div>
    </section>
  );
}
