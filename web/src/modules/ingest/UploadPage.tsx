import { useRef, useState, type DragEvent } from "react";
import { DataTable, ErrorBanner, Field, Notice, PageHeader, Tag } from "../../components/index.js";
import { dateTimeCn } from "../../dates.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { useSession } from "../../session.js";
import { ingest, webAddress, type IngestResult } from "./api.js";
import "./messages.js";
import "./ingest.css";

/** A file chosen or dropped, or text pasted into the page with the address it was read at. */
type Page = File | { name: string; content: string; url?: string };
type Row = { key: number; name: string; bytes: number; state: "waiting" | "sending" | "done"; result?: IngestResult; error?: unknown };
const TONE = { ok: "green", duplicate: "orange", error: "red" } as const;

/**
 * Many pages at once: each is sent on its own, so progress and each answer show as they come.
 * Text copied from a browser (a WeChat article, a page that cannot be saved) is pasted instead.
 */
export default function UploadPage() {
  const t = useT();
  const s = useSession();
  // Ingest is for platform admins and alliance secretariats (the server refuses anyone else):
  // say so before anyone pastes an article for nothing.
  if (!s.loading && !(s.isAdmin || s.hasRole("alliance_secretariat")))
    return (
      <div className="page">
        <PageHeader title={t("ingest.upload.title")} subtitle={t("ingest.upload.subtitle")} />
        <Notice tone="warn">
          <span data-testid="ingest-not-allowed">{t(s.user ? "ingest.upload.notAllowed" : "ingest.upload.signIn")}</span>
          {!s.user && <> <Link to="/signin?next=/ingest/upload">{t("ingest.upload.signInLink")} →</Link></>}
        </Notice>
      </div>
    );
  return <Uploads />;
}

function Uploads() {
  const t = useT();
  const [rows, setRows] = useState<Row[]>([]);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  // What each row sends, by key; the rows themselves are what the table shows.
  const pages = useRef(new Map<number, Page>());
  const nextKey = useRef(0);
  const queue = (items: Page[]): number[] => {
    const added = items.map((page) => {
      const key = nextKey.current++;
      pages.current.set(key, page);
      const bytes = page instanceof File ? page.size : new TextEncoder().encode(page.content).length;
      return { key, name: page.name, bytes, state: "waiting" as const };
    });
    setRows((rs) => [...rs.filter((r) => r.state !== "done"), ...added]);
    return added.map((r) => r.key);
  };
  const add = (files: FileList | null) => {
    if (files?.length) queue(Array.from(files));
  };
  const waiting = rows.filter((r) => r.state === "waiting");
  const done = rows.filter((r) => r.state === "done");

  /** Sends the rows one by one; says how each ended. */
  async function send(keys: number[]): Promise<Partial<Row>[]> {
    setBusy(true);
    const ended: Partial<Row>[] = [];
    for (const key of keys) {
      const page = pages.current.get(key)!;
      setRows((rs) => rs.map((r) => (r.key === key ? { ...r, state: "sending" } : r)));
      let patch: Partial<Row>;
      try {
        patch = { result: (await (page instanceof File ? ingest.uploadOne(page) : ingest.uploadText(page))).results[0] };
      } catch (error) {
        patch = { error };
      }
      pages.current.delete(key);
      ended.push(patch);
      setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch, state: "done" } : r)));
    }
    setBusy(false);
    return ended;
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
          <button className="btn btn-primary" data-testid="ingest-upload" disabled={busy || waiting.length === 0} onClick={() => send(waiting.map((r) => r.key))}>
            {busy ? t("ingest.upload.busy", { done: done.length, n: rows.length }) : waiting.length ? t("ingest.upload.go", { n: waiting.length }) : t("ingest.upload.none")}
          </button>
          {rows.length > 0 && !busy && <button className="btn" onClick={() => { setRows([]); pages.current.clear(); }}>{t("ingest.upload.clear")}</button>}
          {rows.length > 0 && (
            <>
              <progress className="ig-progress" max={rows.length} value={done.length} aria-label={t("ingest.upload.busy", { done: done.length, n: rows.length })} />
              <span className="muted small">{done.length}/{rows.length}</span>
            </>
          )}
        </div>
        <PasteForm
          busy={busy}
          onSubmit={async (page) => {
            const [ended] = await send(queue([page]));
            return ended.result?.status === "ok" || ended.result?.status === "duplicate";
          }}
        />
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
                { key: "file", title: t("ingest.upload.file"), render: (r) => <span className="ig-filename">{r.name}</span> },
                { key: "size", title: t("ingest.upload.size"), align: "right", render: (r) => `${Math.max(1, Math.ceil(r.bytes / 1024))} KB` },
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

/**
 * Pasted text and, optionally, the address it was read at. The text stays in the box until it
 * was ingested (or found to be known already): a refusal leaves it there to fix or keep.
 */
function PasteForm({ busy, onSubmit }: { busy: boolean; onSubmit: (page: { name: string; content: string; url?: string }) => Promise<boolean> }) {
  const t = useT();
  const [content, setContent] = useState("");
  const [url, setUrl] = useState("");
  const [urlError, setUrlError] = useState<string>();
  const submit = async () => {
    const address = url.trim();
    if (address && !webAddress(address)) return setUrlError(t("ingest.paste.badUrl"));
    // Named as a file would be: by where it came from (its first line is often the site's
    // navigation), else as pasted text and when; the title comes out of the text itself.
    const taken = await onSubmit({ name: address || t("ingest.paste.name", { at: dateTimeCn(new Date().toISOString()) }), content, url: address || undefined });
    if (taken) {
      setContent("");
      setUrl("");
    }
  };
  return (
    <section className="ig-paste" aria-labelledby="ig-paste-title">
      <h3 id="ig-paste-title">{t("ingest.paste.title")}</h3>
      <textarea data-testid="ingest-paste" rows={6} value={content} placeholder={t("ingest.paste.placeholder")} onChange={(e) => setContent(e.target.value)} aria-label={t("ingest.paste.title")} />
      <div className="ig-paste-bar">
        <Field label={t("ingest.paste.url")} name="url" hint={t("ingest.paste.urlHint")} reason={urlError}>
          <input type="url" inputMode="url" data-testid="ingest-paste-url" placeholder="https://" value={url} onChange={(e) => { setUrl(e.target.value); setUrlError(undefined); }} />
        </Field>
        <button className="btn btn-primary" data-testid="ingest-paste-go" disabled={busy || content.trim().length === 0} onClick={submit}>
          {t("ingest.paste.go")}
        </button>
      </div>
    </section>
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
