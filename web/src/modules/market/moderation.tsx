import { useState } from "react";
import { ErrorBanner, Field } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { market, type Flag, type Listing } from "./api.js";
import { localizeError } from "./errors.js";

/** The submit-time hints for the moderator: phones, WeChat ids, URLs and ad phrases, by field. */
export function FlagList({ flags }: { flags: Flag[] }) {
  const t = useT();
  if (flags.length === 0) return <p className="muted small">{t("market.mod.noFlags")}</p>;
  return (
    <div className="mk-flags" data-testid="flags">
      <div className="mk-flags-title">⚑ {t("market.mod.flagCount", { n: flags.length })}</div>
      <ul>
        {flags.map((f, i) => (
          <li key={i} data-flag={f.type}>
            <span className={`mk-flag mk-flag-${f.type}`}>{t(`market.flag.${f.type}`)}</span>
            <span className="muted small">{t(`market.flagField.${f.field}`)}</span> <q>{f.match}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Approve, or reject with a reason the owner will read (the server insists on one). */
export function ModerateForm({ listing, onDone }: { listing: Listing; onDone: (l: Listing, decision: "approve" | "reject") => void }) {
  const t = useT();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const decide = (d: "approve" | "reject") => {
    setBusy(true);
    market.moderate(listing.id, d, reason.trim() || undefined).then(
      (l) => {
        setError(undefined);
        onDone(l, d);
      },
      (e) => {
        setError(e);
        setBusy(false);
      },
    );
  };
  const shown = localizeError(error, t, { form: true });
  return (
    <div className="mk-moderate">
      <ErrorBanner error={shown} />
      <Field label={t("market.mod.reason")} name="reason" error={shown}>
        <textarea rows={2} value={reason} placeholder={t("market.mod.reasonPh")} onChange={(e) => setReason(e.target.value)} />
      </Field>
      <div className="mk-actions">
        <button type="button" className="btn btn-primary" disabled={busy} onClick={() => decide("approve")}>
          {t("market.mod.approve")}
        </button>
        <button type="button" className="btn btn-danger" disabled={busy} onClick={() => decide("reject")}>
          {t("market.mod.reject")}
        </button>
      </div>
    </div>
  );
}
