import { useState, type DragEvent } from "react";
import { DataTable, ErrorBanner, Notice, PageHeader, Tag } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { ingest, type IngestResult } from "./api.js";
import "./messages.js";
import "./ingest.css";

type Row = { key: number; file: File; state: "waiting" | "sending" | "done"; result?: IngestResult; error?: unknown };
const TONE = { ok: "green", duplicate: "orange", error: "red" } as const;

/** Many pages at once: each file is sent on its own, so progress and each answer show as they come. */
export default function UploadPage() {
  const t = useT();
  const [rows, setRows] = useState<Row[]>([]);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const add = (files: FileList | null) => {
    if (!files?.length) return;
    const base = rows.length ? Math.max(...rows.map((r) => r.key)) + 1 : 0;
    setRows([...rows.filter((r) => r.state !== "done"), ...Array.from(files).map((file, i) => ({ key: base + i, file, state: "waiting" as const }))]);
  };
  const waiting = rows.filter((r) => r.state === "waiting");
  const done = rows.filter((r) => r.state === "done");

  async function send() {
    setBusy(true);
    const queue = rows.filter((r) => r.state === "waiting").map((r) => r.key);
    for (const key of queue) {
      const file = rows.find((r) => r.key === key)!.file;
      setRows((rs) => rs.map((r) => (r.key === key ? { ...r, state: "sending" } : r)));
      let patch: Partial<Row>;
      try {
        patch = { result: (await ingest.uploadOne(file)).results[0] };
      } catch (error) {
        patch = { error };
      }
      setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch, state: "done" } : r)));
    }
    setBusy(false);
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!busy) add(e.dataTransfer.files);
  };
  const count = (s: IngestResult["status"]) => done.filter((r) => r.result?.status === s).length;
  const failed = count("error") + done.filter((r) => r.error).length;

  return (
    <div className="page">
      <PageHeader title={t("ingest.upload.title")} subtitle={t("ingest.upload.subtitle")} />
      <div className="card">
        <div className={`ig-drop${over ? " ig-over" : ""}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
          <span aria-hidden className="ig-drop-icon">⇪</span>
          <span>{t("ingest.upload.drop")} </span>
          <label className="btn btn-small">
            {t("ingest.upload.pick")}
            <input type="file" multiple hidden data-testid="ingest-files" disabled={busy} onChange={(e) => { add(e.target.files); e.target.value = ""; }} />
          </label>
        </div>
        <div className="toolbar ig-upload-bar">
          <button className="btn btn-primary" data-testid="ingest-upload" disabled={busy || waiting.length === 0} onClick={send}>
            {busy ? t("ingest.upload.busy", { done: done.length, n: rows.length }) : waiting.length ? t("ingest.upload.go", { n: waiting.length }) : t("ingest.upload.none")}
          </button>
          {rows.length > 0 && !busy && <button className="btn" onClick={() => setRows([])}>{t("ingest.upload.clear")}</button>}
          {rows.length > 0 && (
            <>
              <progress className="ig-progress" max={rows.length} value={done.length} aria-label={t("ingest.upload.busy", { done: done.length, n: rows.length })} />
              <span className="muted small">{done.length}/{rows.length}</span>
            </>
          )}
        </div>
        {done.length > 0 && !busy && (
          <Notice tone={failed ? "warn" : "success"}>
            <span data-testid="ingest-summary">{t("ingest.upload.summary", { ok: count("ok"), dup: count("duplicate"), err: failed })}</span>
            {count("ok") > 0 && <> · <Link to="/ingest/review">{t("ingest.upload.toReview")} →</Link></>}
          </Notice>
        )}
        {rows.length > 0 && (
          <div data-testid="ingest-results">
            <DataTable
              rows={rows}
              rowKey={(r) => r.key}
              columns={[
                { key: "file", title: t("ingest.upload.file"), render: (r) => <span className="ig-filename">{r.file.name}</span> },
                { key: "size", title: t("ingest.upload.size"), align: "right", render: (r) => `${Math.max(1, Math.ceil(r.file.size / 1024))} KB` },
                { key: "result", title: t("ingest.upload.result"), render: (r) => <ResultTag row={r} /> },
                { key: "detail", title: t("ingest.upload.detail"), render: (r) => <Detail row={r} /> },
              ]}
            />
          </div>
        )}
      </div>
    </div>
  );
}

function ResultTag({ row }: { row: Row }) {
  const t = useT();
  if (row.state !== "done") return <Tag tone={row.state === "sending" ? "blue" : "gray"}>{t(`ingest.upload.${row.state}`)}</Tag>;
  const status = row.result?.status ?? "error";
  return <Tag tone={TONE[status]}>{t(`ingest.upload.${status}`)}</Tag>;
}

function Detail({ row }: { row: Row }) {
  const t = useT();
  const r = row.result;
  if (row.error) return <ErrorBanner error={row.error} />;
  if (!r) return null;
  if (r.status === "ok") {
    return <Link to={`/ingest/articles/${r.articleId}`}>{t("ingest.upload.okDetail", { title: r.title, facts: r.facts })}{r.repairs ? ` · ${t("ingest.article.repairs", { n: r.repairs })}` : ""}</Link>;
  }
  if (r.status === "duplicate") {
    return <Link to={`/ingest/articles/${r.articleId}`}>{t("ingest.upload.dupDetail", { id: r.articleId, how: t(`ingest.upload.match.${r.match}`, { d: r.distance }) })}</Link>;
  }
  return <span className="ig-reason">{r.reason}</span>;
}
