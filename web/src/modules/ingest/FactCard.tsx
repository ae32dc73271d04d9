import { useState } from "react";
import { STATUS_LABEL, TYPE_LABEL, ingest, summarize, type Fact } from "./http.js";
import { ErrorNote, Link } from "./ui.js";

/** One draft: what was found, the sentence it came from, edit (JSON) / confirm / reject. */
export function FactCard({ fact, onChange, onFocus, active, showArticle }: { fact: Fact; onChange: (f: Fact) => void; onFocus?: () => void; active?: boolean; showArticle?: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(JSON.stringify(fact.effective, null, 2));
  const [error, setError] = useState<unknown>();
  const act = async (p: Promise<Fact>) => {
    setError(undefined);
    try {
      const f = await p;
      setEditing(false);
      onChange(f);
    } catch (e) {
      setError(e);
    }
  };
  const save = () => {
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(text);
    } catch {
      setError({ message: "JSON 格式不正确 (invalid JSON)" });
      return;
    }
    void act(ingest.edit(fact.id, data));
  };
  return (
    <div className={`ig-fact s-${fact.status}${active ? " active" : ""}`} onMouseEnter={onFocus} data-testid={`fact-${fact.id}`}>
      <div className="ig-fact-head">
        <span className="ig-type">{TYPE_LABEL[fact.type] ?? fact.type}</span>
        <strong>{summarize(fact.type, fact.effective as Record<string, any>)}</strong>
        <span className="ig-conf" title="置信度">{Math.round(fact.confidence * 100)}%</span>
        <span className="ig-status">{STATUS_LABEL[fact.status]}{fact.record_module ? ` → ${fact.record_module} #${fact.record_id}` : ""}</span>
      </div>
      <blockquote>{fact.sentence}</blockquote>
      {showArticle && <small>出自 <Link to={`/ingest/articles/${fact.article_id}`}>{fact.article_title}</Link></small>}
      {editing && <textarea value={text} onChange={(e) => setText(e.target.value)} rows={8} />}
      {fact.status === "draft" && (
        <div className="ig-actions">
          {editing ? <button onClick={save}>保存修改</button> : <button onClick={() => setEditing(true)}>修改</button>}
          <button className="primary" onClick={() => act(ingest.confirm(fact.id))}>确认入库</button>
          <button className="danger" onClick={() => act(ingest.reject(fact.id, prompt("驳回理由(可空)") ?? undefined))}>驳回</button>
        </div>
      )}
      <ErrorNote error={error} />
    </div>
  );
}
