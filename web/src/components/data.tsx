import type { ReactNode } from "react";
import { useT } from "../i18n.js";
import { Empty } from "./feedback.js";

export interface Column<R> {
  key: string;
  title: ReactNode;
  render?: (row: R) => ReactNode;
  align?: "left" | "right" | "center";
  width?: number | string;
  /** Keep the cell on one line (a date, a person's name): a squeezed table breaks "2026-10-09" after "2026-10-". */
  nowrap?: boolean;
}

export function DataTable<R>(props: {
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string | number;
  onRowClick?: (row: R) => void;
  empty?: ReactNode;
  caption?: ReactNode;
}) {
  if (props.rows.length === 0) return <Empty>{props.empty}</Empty>;
  return (
    <div className="table-wrap">
      <table className="table">
        {props.caption && <caption>{props.caption}</caption>}
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.key} style={{ textAlign: c.align, width: c.width }}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={props.rowKey(r)} onClick={props.onRowClick ? () => props.onRowClick!(r) : undefined} className={props.onRowClick ? "clickable" : undefined}>
              {props.columns.map((c) => (
                <td key={c.key} style={{ textAlign: c.align, whiteSpace: c.nowrap ? "nowrap" : undefined }}>
                  {c.render ? c.render(r) : String((r as Record<string, unknown>)[c.key] ?? "")}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Offset pager: "共 N 条 · 上一页 2/9 下一页"; `atLeast` when only the first N of more can be paged ("前 N 条"). */
export function Pager(props: { total: number; limit: number; offset: number; onChange: (offset: number) => void; atLeast?: boolean }) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(props.total / props.limit));
  const page = Math.floor(props.offset / props.limit) + 1;
  return (
    <nav className="pager" aria-label="pagination">
      <span className="muted">{t(props.atLeast ? "common.first" : "common.total", { n: props.total })}</span>
      <button className="btn btn-small" disabled={page <= 1} onClick={() => props.onChange(Math.max(0, props.offset - props.limit))}>
        {t("common.prev")}
      </button>
      <span>
        {page} / {pages}
      </span>
      <button className="btn btn-small" disabled={page >= pages} onClick={() => props.onChange(props.offset + props.limit)}>
        {t("common.next")}
      </button>
    </nav>
  );
}

/** Yuan → "3.5亿元" / "850万元" (English: "CNY 350m"). */
export function formatAmount(yuan: number | null | undefined, lang: "zh" | "en" = "zh"): string {
  if (yuan === null || yuan === undefined || Number.isNaN(yuan)) return "—";
  const trim = (n: number, d: number) => String(+n.toFixed(d));
  if (lang === "en") {
    if (Math.abs(yuan) >= 1e9) return `CNY ${trim(yuan / 1e9, 2)} bn`;
    if (Math.abs(yuan) >= 1e6) return `CNY ${trim(yuan / 1e6, 2)} m`;
    return `CNY ${yuan.toLocaleString("en")}`;
  }
  if (Math.abs(yuan) >= 1e8) return `${trim(yuan / 1e8, 2)}亿元`;
  if (Math.abs(yuan) >= 1e4) return `${trim(yuan / 1e4, 2)}万元`;
  return `${yuan.toLocaleString("zh-CN")}元`;
}

export function Amount({ yuan }: { yuan: number | null | undefined }) {
  const t = useT();
  return <span className="amount">{formatAmount(yuan, t.lang)}</span>;
}

export function Tag({ children, tone }: { children: ReactNode; tone?: "blue" | "green" | "gray" | "orange" | "red" }) {
  return <span className={`tag tag-${tone ?? "gray"}`}>{children}</span>;
}

/** A page heading with optional actions on the right. */
export function PageHeader({ title, subtitle, actions }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-header">
      <div>
        <h1>{title}</h1>
        {subtitle && <p className="subtitle">{subtitle}</p>}
      </div>
      {actions && <div className="actions">{actions}</div>}
    </div>
  );
}

export function Stat({ label, value, hint }: { label: ReactNode; value: ReactNode; hint?: ReactNode }) {
  return (
    <div className="stat">
      <div className="stat-value">{value}</div>
      <div className="stat-label">{label}</div>
      {hint && <div className="stat-hint">{hint}</div>}
    </div>
  );
}
