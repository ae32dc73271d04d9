import { useState, type FormEvent } from "react";
import { ApiError } from "../../api.js";
import { ErrorBanner, Field, Notice, PageHeader } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { importFile } from "./http.js";
import { useCanRecord } from "./ui.js";

/** "项目 row 3.amountWan" (the server's key for a row's field) → its parts. */
const rowOf = (key: string) => {
  const m = /^(.*) row (\d+)\.(.*)$/.exec(key);
  return m ? { sheet: m[1], row: m[2], field: m[3] } : { sheet: "", row: "", field: key };
};

export default function ImportPage() {
  const t = useT();
  const canRecord = useCanRecord();
  const [result, setResult] = useState<{ projects: number[]; agreements: number[] }>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(await importFile(file));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  const rows = error instanceof ApiError && error.fields ? Object.entries(error.fields).map(([k, reason]) => ({ ...rowOf(k), reason })) : [];
  return (
    <div className="page" data-testid="ledger-import">
      <PageHeader title={t("ledger.i.title")} subtitle={t("ledger.i.subtitle")} />
      {!canRecord && <Notice tone="warn">{t("ledger.needRole")}</Notice>}
      <form className="card" onSubmit={submit}>
        <Field label={t("ledger.i.file")} name="file">
          <input type="file" accept=".csv,.xlsx" />
        </Field>
        <button type="submit" className="btn btn-primary" disabled={busy}>{t("ledger.i.submit")}</button>
      </form>
      {result && (
        <Notice tone="success">
          {t("ledger.i.done", { p: result.projects.length, a: result.agreements.length })} · <Link to="/ledger/projects">{t("ledger.nav.projects")}</Link>
        </Notice>
      )}
      {error ? <ErrorBanner error={error} /> : null}
      {rows.length > 0 && (
        <div className="card">
          <h3>{t("ledger.i.errors")}</h3>
          <table className="table" data-testid="import-errors">
            <thead><tr><th>{t("ledger.i.sheet")}</th><th>{t("ledger.i.row")}</th><th>{t("ledger.i.field")}</th><th>{t("ledger.i.reason")}</th></tr></thead>
            <tbody>{rows.map((r, i) => <tr key={i}><td>{r.sheet}</td><td>{r.row}</td><td><code>{r.field}</code></td><td>{r.reason}</td></tr>)}</tbody>
          </table>
        </div>
      )}
      <div className="card">
        <h3>{t("ledger.i.format")}</h3>
        <p>{t("ledger.i.formatText")}</p>
        <p className="muted"><code>{t("ledger.i.cli")}</code></p>
      </div>
    </div>
  );
}
