import { useState } from "react";
import { ErrorBanner } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { exportFile, type Filter } from "./http.js";

/** xlsx and csv of projects and agreements under the current filters (amounts in 万元), and one party organisation's when given. */
export function ExportButtons({ filter, only, organization }: { filter: Filter; only?: "projects" | "agreements"; organization?: string }) {
  const t = useT();
  const [error, setError] = useState<unknown>();
  const go = (what: "projects" | "agreements", format: "xlsx" | "csv") => () => {
    setError(undefined);
    exportFile(what, format, filter, organization).catch(setError);
  };
  return (
    <span className="ledger-noprint ledger-exports">
      {only !== "agreements" && <>
        <button type="button" className="btn btn-small" onClick={go("projects", "xlsx")} data-testid="export-projects-xlsx">⤓ {t("ledger.export.projectsXlsx")}</button>
        <button type="button" className="btn btn-small" onClick={go("projects", "csv")} data-testid="export-projects-csv">⤓ {t("ledger.export.projectsCsv")}</button>
      </>}
      {only !== "projects" && <>
        <button type="button" className="btn btn-small" onClick={go("agreements", "xlsx")} data-testid="export-agreements-xlsx">⤓ {t("ledger.export.agreementsXlsx")}</button>
        <button type="button" className="btn btn-small" onClick={go("agreements", "csv")} data-testid="export-agreements-csv">⤓ {t("ledger.export.agreementsCsv")}</button>
      </>}
      {error ? <ErrorBanner error={error} /> : null}
    </span>
  );
}
