import { formatAmount } from "../../components/index.js";
import type { T } from "../../i18n.js";
import type { Fact } from "./api.js";

type Ref = { name: string } | null | undefined;
const names = (t: T, xs: Ref[] | undefined) => (xs ?? []).map((x) => x?.name ?? "?").join(t.sep);

/** One line a reviewer reads at a glance, from the fact's effective (possibly edited) data. */
export function summarize(t: T, f: Pick<Fact, "type" | "effective">): string {
  const d = f.effective;
  const amount = (y: number | null | undefined) => formatAmount(y, t.lang);
  switch (f.type) {
    case "region":
      return `${d.name}${d.alternatives?.length ? `(${t.lang === "en" ? "also" : "另有同名"} ${d.alternatives.map((a: { code: string }) => a.code).join(t.sep)})` : ""}`;
    case "delegation":
      return `${(d.from as Ref)?.name ?? "?"} → ${names(t, d.to)}${d.startDate ? ` · ${d.startDate}${d.endDate && d.endDate !== d.startDate ? ` – ${d.endDate}` : ""}` : ""}`;
    case "agreement":
      return `《${d.title}》${d.parties?.length ? ` · ${d.parties.join(" / ")}` : ""}`;
    case "alliance":
      return String(d.name);
    case "signing": {
      const zh = t.lang !== "en";
      const parts = [
        d.projectCount != null && (zh ? `签约项目${d.projectCount}个` : `${d.projectCount} projects`),
        d.totalYuan != null && (zh ? `总投资${amount(d.totalYuan)}` : `total ${amount(d.totalYuan)}`),
        ...((d.buckets ?? []) as { minYuan: number | null; maxYuan: number | null; count: number | null }[]).map((b) =>
          zh
            ? `${b.minYuan ? amount(b.minYuan) : ""}${b.maxYuan != null ? `${b.minYuan ? "–" : ""}${amount(b.maxYuan)}${b.minYuan ? "" : "以下"}` : "以上"}项目${b.count ?? "?"}个`
            : `${b.minYuan ? amount(b.minYuan) : "<"}${b.maxYuan != null ? `${b.minYuan ? "–" : ""}${amount(b.maxYuan)}` : "+"}: ${b.count ?? "?"}`),
        d.agreementCount != null && (zh ? `签署协议${d.agreementCount}个` : `${d.agreementCount} agreements`),
      ];
      return parts.filter(Boolean).join(" · ");
    }
    case "meeting":
      return `${d.name}${d.host?.name ? ` · ${t.lang === "en" ? "host" : "主办"} ${d.host.name}` : ""}${d.heldOn ? ` · ${d.heldOn}` : ""}`;
    default:
      return JSON.stringify(d);
  }
}
