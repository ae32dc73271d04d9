import { useState } from "react";
import { ingest, type IngestResult } from "./http.js";
import { ErrorNote, Link } from "./ui.js";

/** Drag-and-drop (or pick) many pages; each file gets its own line of result. */
export default function UploadPage() {
  const [files, setFiles] = useState<File[]>([]);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [results, setResults] = useState<IngestResult[]>();

  async function upload() {
    setBusy(true);
    setError(undefined);
    try {
      setResults((await ingest.upload(files)).results);
      setFiles([]);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="ig">
      <h1>情报采集 · 上传新闻页面</h1>
      <div
        className={`ig-drop${over ? " over" : ""}`}
        onDragOver={(e) => { e.preventDefault(); setOver(true); }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => { e.preventDefault(); setOver(false); setFiles((f) => [...f, ...Array.from(e.dataTransfer.files)]); }}
      >
        <p>把网页(HTML 或文本,UTF-8 / GBK)拖到这里,或 <label className="ig-pick">选择文件<input type="file" multiple hidden data-testid="files" onChange={(e) => setFiles((f) => [...f, ...Array.from(e.target.files ?? [])])} /></label></p>
        {files.length > 0 && <ul>{files.map((f, i) => <li key={i}>{f.name} <small>({Math.ceil(f.size / 1024)} KB)</small></li>)}</ul>}
      </div>
      <button disabled={!files.length || busy} onClick={upload}>{busy ? "处理中…" : `上传 ${files.length} 个文件`}</button>
      <ErrorNote error={error} />
      {results && (
        <table className="ig-table" data-testid="results">
          <thead><tr><th>文件</th><th>结果</th><th>说明</th></tr></thead>
          <tbody>
            {results.map((r, i) => (
              <tr key={i} className={`r-${r.status}`}>
                <td>{r.name}</td>
                <td>{r.status === "ok" ? "已采集" : r.status === "duplicate" ? "重复" : "失败"}</td>
                <td>
                  {r.status === "ok" && <Link to={`/ingest/articles/${r.articleId}`}>{r.title} · {r.facts} 条待审事实</Link>}
                  {r.status === "duplicate" && <Link to={`/ingest/articles/${r.articleId}`}>与文章 #{r.articleId} 重复({r.match === "near" ? `近似,${r.distance} 位差异` : r.match === "exact" ? "同一文件" : "正文相同"})</Link>}
                  {r.status === "error" && r.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
