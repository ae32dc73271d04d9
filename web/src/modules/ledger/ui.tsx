import { Tag } from "../../components/index.js";
import { useT, type T } from "../../i18n.js";
import { useSession } from "../../session.js";
import type { Party } from "./http.js";

const TONE = { signed: "blue", started: "orange", producing: "green", terminated: "red" } as const;

export function StatusTag({ status }: { status: keyof typeof TONE }) {
  const t = useT();
  return <Tag tone={TONE[status]}>{t(`ledger.status.${status}`)}</Tag>;
}

/** A project's or agreement's parties (regions and organisations) in the interface's language. */
export const partiesText = (ps: Party[], t: T) => ps.map((p) => t.org(p.name)).join(t.sep);

/** Whether to offer the record forms; the server still decides per alliance and party. */
export function useCanRecord(): boolean {
  const s = useSession();
  return !!s.user && (s.isAdmin || s.user.grants.some((g) => g.role === "alliance_secretariat" || g.role === "org_admin"));
}

/** 2024-09-22 → the calendar year around it, the dashboards' usual period. */
export const yearOf = (date: string) => ({ from: `${date.slice(0, 4)}-01-01`, to: `${date.slice(0, 4)}-12-31` });
