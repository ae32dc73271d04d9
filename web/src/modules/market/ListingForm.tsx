import { useEffect, useState, type ReactNode } from "react";
import { market, type Options } from "./http.js";
import { KIND } from "./labels.js";
import { KIND_FIELDS, fromAttrs, toAttrs, type FieldDef, type FormValues } from "./fields.js";
import { ErrorNote, go } from "./nav.js";

interface Common {
  kind: string; title: string; summary: string; body: string; organizationId: string; regionId: string; industryId: string;
  visibility: string; allianceIds: string[]; validUntil: string; contactName: string; contactPhone: string; contactEmail: string;
}
const EMPTY: Common = { kind: "tech_offer", title: "", summary: "", body: "", organizationId: "", regionId: "", industryId: "", visibility: "public", allianceIds: [], validUntil: "", contactName: "", contactPhone: "", contactEmail: "" };

function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <label className={`mk-field${error ? " mk-field-bad" : ""}`}>
      <span>{label}</span>
      {children}
      {error && <em className="mk-field-error">{error}</em>}
    </label>
  );
}

/** 发布 / 编辑: common fields plus the kind's own; the server's field errors shown in place. */
export default function ListingForm({ id }: { id?: number }) {
  const [opts, setOpts] = useState<Options>();
  const [c, setC] = useState<Common>(EMPTY);
  const [attrs, setAttrs] = useState<FormValues>({ joinable: true });
  const [error, setError] = useState<{ message?: string; fields?: Record<string, string> }>();

  useEffect(() => {
    market.options().then((o) => {
      setOpts(o);
      if (!id) setC((x) => ({ ...x, organizationId: String(o.myOrganizations[0]?.id ?? ""), regionId: String(o.regions.find((r) => r.level !== "province")?.id ?? "") }));
    }, setError);
    if (id) market.get(id).then((l) => {
      setC({ ...EMPTY, kind: l.kind, title: l.title, summary: l.summary, body: l.body, organizationId: String(l.organization.id), regionId: String(l.regions[0]?.id ?? ""),
        industryId: String(l.industries[0]?.id ?? ""), visibility: l.visibility, allianceIds: (l.audience?.allianceIds ?? []).map(String), validUntil: l.validUntil ?? "",
        contactName: l.contact?.name ?? "", contactPhone: l.contact?.phone ?? "", contactEmail: l.contact?.email ?? "" });
      setAttrs(fromAttrs(l.kind, l.attrs));
    }, setError);
  }, [id]);

  const fe = (k: string) => error?.fields?.[k];
  const set = (k: keyof Common) => (e: { target: { value: string } }) => setC({ ...c, [k]: e.target.value });
  const setA = (k: string, v: string | boolean | string[]) => setAttrs({ ...attrs, [k]: v });

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const contact = Object.fromEntries(Object.entries({ name: c.contactName, phone: c.contactPhone, email: c.contactEmail }).filter(([, v]) => v));
    const common = {
      title: c.title, summary: c.summary, body: c.body, regionIds: c.regionId ? [Number(c.regionId)] : [],
      industryIds: c.industryId ? [Number(c.industryId)] : [], visibility: c.visibility, validUntil: c.validUntil || null,
      contact: Object.keys(contact).length ? contact : null,
      ...(c.visibility === "directed" ? { audience: { allianceIds: c.allianceIds.map(Number), organizationIds: [] } } : {}),
      attrs: toAttrs(c.kind, attrs),
    };
    try {
      const l = id ? await market.update(id, common) : await market.create({ kind: c.kind, organizationId: Number(c.organizationId), ...common });
      go(`/market/listings/${l.id}`);
    } catch (err) {
      setError(err as typeof error);
    }
  }

  const input = (f: FieldDef) => {
    const v = attrs[f.key];
    switch (f.type) {
      case "enum":
        return <select value={String(v ?? "")} onChange={(e) => setA(f.key, e.target.value)}><option value="">请选择</option>{Object.entries(f.options!).map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select>;
      case "multi":
        return <span className="mk-checks">{Object.entries(f.options!).map(([k, l]) => (
          <label key={k}><input type="checkbox" checked={((v as string[]) ?? []).includes(k)} onChange={(e) => setA(f.key, e.target.checked ? [...((v as string[]) ?? []), k] : ((v as string[]) ?? []).filter((x) => x !== k))} />{l}</label>
        ))}</span>;
      case "bool":
        return <input type="checkbox" checked={!!v} onChange={(e) => setA(f.key, e.target.checked)} />;
      case "region":
        return <select value={String(v ?? "")} onChange={(e) => setA(f.key, e.target.value)}><option value="">请选择</option>{opts?.regions.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}</select>;
      case "textarea": case "lines": case "items":
        return <textarea value={String(v ?? "")} onChange={(e) => setA(f.key, e.target.value)} />;
      default:
        return <input type={f.type === "date" ? "date" : f.type === "text" ? "text" : "number"} step="any" value={String(v ?? "")} onChange={(e) => setA(f.key, e.target.value)} />;
    }
  };

  return (
    <form className="mk-page mk-form" onSubmit={save} noValidate>
      <h2>{id ? "编辑信息" : "发布信息"} <small>{id ? "Edit listing" : "Publish a listing"}</small></h2>
      {error && <ErrorNote error={{ message: error.message }} />}
      {!id && (
        <>
          <Field label="类别 Kind" error={fe("kind")}>
            <select name="kind" value={c.kind} onChange={set("kind")}>{Object.entries(KIND).map(([k, l]) => <option key={k} value={k}>{l}</option>)}</select>
          </Field>
          <Field label="发布机构 Organisation" error={fe("organizationId")}>
            <select name="organizationId" value={c.organizationId} onChange={set("organizationId")}>{opts?.myOrganizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}</select>
          </Field>
        </>
      )}
      <Field label="标题 Title" error={fe("title")}><input name="title" value={c.title} onChange={set("title")} /></Field>
      <Field label="摘要 Summary" error={fe("summary")}><textarea name="summary" value={c.summary} onChange={set("summary")} /></Field>
      <Field label="正文 Body" error={fe("body")}><textarea name="body" rows={6} value={c.body} onChange={set("body")} /></Field>
      <Field label="地区 Region" error={fe("regionIds")}>
        <select name="regionId" value={c.regionId} onChange={set("regionId")}><option value="">请选择</option>{opts?.regions.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}</select>
      </Field>
      <Field label="产业 Industry" error={fe("industryIds")}>
        <select name="industryId" value={c.industryId} onChange={set("industryId")}><option value="">不限</option>{opts?.industries.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}</select>
      </Field>
      {(KIND_FIELDS[c.kind] ?? []).map((f) => (
        <Field key={f.key} label={f.label} error={fe(`attrs.${f.key}`) ?? (f.key.includes(".") ? fe(`attrs.${f.key.split(".")[0]}`) : undefined)}>{input(f)}</Field>
      ))}
      {fe("attrs") && <p className="mk-field-error">{fe("attrs")}</p>}
      <Field label="有效期至 Valid until" error={fe("validUntil")}><input type="date" name="validUntil" value={c.validUntil} onChange={set("validUntil")} /></Field>
      <Field label="发布范围 Visibility" error={fe("visibility") ?? fe("audience")}>
        <select name="visibility" value={c.visibility} onChange={set("visibility")}>
          <option value="public">公开</option><option value="members">仅登录会员</option><option value="directed">定向发布(选定联盟)</option>
        </select>
      </Field>
      {c.visibility === "directed" && (
        <span className="mk-checks">{opts?.alliances.map((a) => (
          <label key={a.id}><input type="checkbox" checked={c.allianceIds.includes(String(a.id))}
            onChange={(e) => setC({ ...c, allianceIds: e.target.checked ? [...c.allianceIds, String(a.id)] : c.allianceIds.filter((x) => x !== String(a.id)) })} />{a.name}</label>
        ))}</span>
      )}
      <Field label="联系人" error={fe("contact.name")}><input value={c.contactName} onChange={set("contactName")} /></Field>
      <Field label="联系电话" error={fe("contact.phone")}><input value={c.contactPhone} onChange={set("contactPhone")} /></Field>
      <Field label="联系邮箱" error={fe("contact.email")}><input value={c.contactEmail} onChange={set("contactEmail")} /></Field>
      <p className="mk-muted">联系方式请填在以上字段,正文中的电话、微信、网址会被标记给审核人。</p>
      <button type="submit">{id ? "保存" : "保存草稿"}</button>
    </form>
  );
}
