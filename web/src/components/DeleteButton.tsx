import { useState } from "react";
import { useT } from "../i18n.js";
import { ErrorBanner } from "./feedback.js";

/**
 * Deleting asks once more in place ("确认删除?"), says what stays (`consequence`), and shows
 * why it failed if it did; `onDeleted` runs only after the server has deleted.
 */
export function DeleteButton({ onDelete, onDeleted, consequence, label }: { onDelete: () => Promise<unknown>; onDeleted: () => void; consequence?: string; label?: string }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<unknown>(null);
  if (!asking)
    return (
      <button type="button" className="btn btn-danger" onClick={() => setAsking(true)}>
        {label ?? t("common.delete")}
      </button>
    );
  return (
    <div className="confirm-delete" role="alertdialog" aria-label={t("common.confirmDelete")}>
      <strong>{t("common.confirmDelete")}</strong>
      {consequence && <span className="muted small">{consequence}</span>}
      <ErrorBanner error={err} />
      <span className="confirm-delete-actions">
        <button
          type="button"
          className="btn btn-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            setErr(null);
            try {
              await onDelete();
              onDeleted();
            } catch (x) {
              setErr(x);
              setBusy(false);
            }
          }}
        >
          {t("common.deleteForGood")}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => setAsking(false)}>
          {t("common.cancel")}
        </button>
      </span>
    </div>
  );
}
