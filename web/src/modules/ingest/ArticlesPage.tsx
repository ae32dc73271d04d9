import { useEffect, useState } from "react";
import { STATUS_LABEL, ingest, type ArticleRow } from "./http.js";
import { ErrorNote, Link } from "./ui.js";

export default function ArticlesPage() {
  const [rows, setRows] = useState<{ total: number; items: ArticleRow[] }>();
  const [error, setError] = useState<unknown>();
  useEffect(() => { ingest.articles().then(setRows, setError); }, []);
  return (
    <section className="ig">
      <h1>已采集文章 <small>{rows ? `共 ${rows.total} 篇` : ""}</small></h1>
      <ErrorNote error={error} />
      <table className="ig-table">
        <thead><tr><th>#</th><th>标题</th><th>日期</th><th>来源</th><th>收到次数</th><th>待审事实</th><th>状态</th></tr></thead>
        <tbody>
          {rows?.items.map((a) => (
            <tr key={a.id}>
              <td>{a.id}</td><td><Link to={`/ingest/articles/${a.id}`}>{a.title}</Link></td><td>{a.published_on ?? "—"}</td><td>{a.origin ?? "—"}</td>
              <td>{a.sources}</td><td>{a.drafts}</td><td>{STATUS_LABEL[a.status] ?? a.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
