import { useState, type FormEvent, type ReactNode } from "react";
import { ErrorBanner, Field, Notice, PageHeader, PageWait, formValues } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import type { LedgerOptions } from "./http.js";
import { useOptions } from "./pickers.js";
import { useCanRecord } from "./ui.js";

type FormValues = ReturnType<typeof formValues>;

/**
 * Sends a form once: while saving the button is disabled; on success the new record (the URL
 * `save` returns) is opened, on a refusal the error is kept for the banner and the fields.
 */
export function useSaveThenOpen() {
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  async function run(save: () => Promise<string>) {
    setSaving(true);
    setError(undefined);
    try {
      navigate(await save());
    } catch (err) {
      setError(err);
      setSaving(false);
    }
  }
  return { error, saving, run };
}

/**
 * The frame the ceremony and agreement forms share: back link, header, role notice, the
 * server's errors, notes and save/cancel. `save` sends the form once; the new record is then
 * opened at `${list}/${id}`. On a refusal nothing is stored and the reasons stay beside their inputs.
 * With `editing`, the same frame corrects a recorded one.
 */
export function RecordForm(props: {
  list: string;
  listLabel: string;
  title: string;
  subtitle: string;
  testId: string;
  save: (values: FormValues) => Promise<{ id: number }>;
  children: (options: LedgerOptions, error: unknown) => ReactNode;
  /** A correction of a recorded one: its page to go back to, and its notes as they are. */
  editing?: { back: string; notes: string };
}) {
  const t = useT();
  const options = useOptions();
  const canRecord = useCanRecord();
  const { error, saving, run } = useSaveThenOpen();

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    void run(async () => `${props.list}/${(await props.save(v)).id}?${props.editing ? "saved" : "created"}=1`);
  }

  if (options.error || !options.data) return <PageWait error={options.error} />;
  return (
    <div className="page">
      <p className="small"><Link to={props.editing?.back ?? props.list}>← {props.listLabel}</Link></p>
      <PageHeader title={props.title} subtitle={props.subtitle} />
      {!canRecord && <Notice tone="warn">{t("ledger.needRole")}</Notice>}
      <form className="card ledger-form" onSubmit={submit} noValidate data-testid={props.testId}>
        <ErrorBanner error={error} showFields />
        {props.children(options.data, error)}
        <Field label={t("ledger.p.notes")} name="notes" error={error}>
          <textarea rows={3} defaultValue={props.editing?.notes} />
        </Field>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving}>{saving ? t("ledger.saving") : t("ledger.save")}</button>
          <Link to={props.editing?.back ?? props.list} className="btn">{t("common.cancel")}</Link>
        </div>
      </form>
    </div>
  );
}

/** The optional alliance a record belongs to (name="allianceId"). */
export function AllianceField({ options, error, value }: { options: LedgerOptions; error: unknown; value?: number | null }) {
  const t = useT();
  return (
    <Field label={t("ledger.f.alliance")} name="allianceId" error={error}>
      <select defaultValue={value == null ? "" : String(value)}>
        <option value="">—</option>
        {options.alliances.map((a) => <option key={a.id} value={a.id}>{t.place(a.name)}</option>)}
      </select>
    </Field>
  );
}
