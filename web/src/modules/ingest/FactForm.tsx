import { useState, type ReactNode } from "react";
import { Field } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { ingest, type Fact } from "./api.js";

type Data = Record<string, any>;
type RegionRef = { name: string; code?: string } | null;

const lines = (s: string) => s.split(/[\n、,,;;]+/).map((x) => x.trim()).filter(Boolean);
/** A place the reviewer left as extracted keeps its code; a new or retyped name is resolved by the directory on confirm. */
const keepRef = (name: string, old: RegionRef[]): RegionRef => (name ? old.find((r) => r?.name === name) ?? { name } : null);
const yi = (v: number | null | undefined) => (v == null ? "" : String(+(v / 1e8).toFixed(4)));
const fromYi = (s: string) => (s.trim() === "" ? null : Math.round(Number(s) * 1e8));
const num = (s: string) => (s.trim() === "" ? undefined : Number(s));

/** The fields a reviewer edits for one fact type; returns the fact's data with the edits applied. */
export function FactForm(props: { fact: Fact; error: unknown; busy: boolean; onSave: (d: Data) => void; onConfirm: (d: Data) => void; onCancel: () => void }) {
  const t = useT();
  const d = props.fact.effective;
  const [v, setV] = useState<Record<string, string>>(() => initial(props.fact.type, d));
  const [buckets, setBuckets] = useState(() => ((d.buckets ?? []) as Data[]).map((b) => ({ min: yi(b.minYuan), max: yi(b.maxYuan), count: b.count == null ? "" : String(b.count) })));
  const alliances = useAsync((s) => (["region", "alliance"].includes(props.fact.type) ? Promise.resolve([]) : ingest.alliances(s)), [props.fact.type]);
  const set = (k: string) => (e: { target: { value: string } }) => setV({ ...v, [k]: e.target.value });
  const text = (k: string, label: string, name = `data.${k}`, hint?: ReactNode) => (
    <Field label={label} name={name} error={props.error} hint={hint}><input type="text" value={v[k] ?? ""} onChange={set(k)} /></Field>
  );
  const date = (k: string, label: string) => (
    <Field label={label} name={`data.${k}`} error={props.error} hint={t("ingest.f.dateHint")}><input type="date" value={v[k] ?? ""} onChange={set(k)} /></Field>
  );
  const number = (k: string, label: string, step = "1") => (
    <Field label={label} name={`data.${k}`} error={props.error}><input type="number" min="0" step={step} value={v[k] ?? ""} onChange={set(k)} /></Field>
  );
  const list = (k: string, label: string, hint?: string) => (
    <Field label={label} name={`data.${k}`} error={props.error} hint={hint}><textarea rows={3} value={v[k] ?? ""} onChange={set(k)} /></Field>
  );
  const alliance = (
    <Field label={t("ingest.f.alliance")} name="data.allianceId" error={props.error}>
      <select value={v.allianceId ?? ""} onChange={set("allianceId")}>
        <option value="">{t("ingest.f.allianceAuto")}</option>
        <option value="none">{t("ingest.f.allianceNone")}</option>
        {alliances.data?.map((a) => <option key={a.id} value={a.id}>{t.place(a.name)}</option>)}
      </select>
    </Field>
  );

  function build(): Data {
    const out: Data = { ...d };
    const str = (k: string) => (v[k]?.trim() ? v[k].trim() : undefined);
    const dateOf = (k: string) => (v[k] ? v[k] : null);
    if (v.allianceId === "") delete out.allianceId;
    else if (v.allianceId !== undefined) out.allianceId = v.allianceId === "none" ? null : Number(v.allianceId);
    switch (props.fact.type) {
      case "region":
        out.name = v.name.trim();
        if (v.name.trim() !== d.name && v.code === d.code) delete out.code; // retyped: resolve the new name
        else out.code = v.code.trim() || undefined;
        break;
      case "delegation":
        out.from = keepRef(v.from.trim(), [d.from]);
        out.to = lines(v.to).map((n) => keepRef(n, d.to ?? []));
        out.startDate = dateOf("startDate");
        out.endDate = dateOf("endDate");
        out.title = str("title");
        break;
      case "agreement":
        out.title = v.title.trim();
        out.parties = lines(v.parties);
        out.signedOn = dateOf("signedOn");
        out.kind = v.kind;
        break;
      case "alliance":
        out.name = v.name.trim();
        out.regions = lines(v.regions).map((n) => keepRef(n, d.regions ?? []));
        out.foundedOn = dateOf("foundedOn");
        break;
      case "signing":
        out.title = str("title");
        out.projectCount = num(v.projectCount);
        out.totalYuan = fromYi(v.totalYi) ?? undefined;
        out.agreementCount = num(v.agreementCount);
        out.buckets = buckets.filter((b) => b.count !== "").map((b) => ({ minYuan: fromYi(b.min), maxYuan: fromYi(b.max), count: Number(b.count) }));
        out.heldOn = dateOf("heldOn");
        out.endOn = dateOf("endOn");
        out.hostRegion = keepRef(v.hostRegion.trim(), [d.hostRegion ?? null]);
        break;
      case "meeting":
        out.name = v.name.trim();
        out.theme = str("theme") ?? null;
        out.heldOn = dateOf("heldOn");
        out.host = keepRef(v.host.trim(), [d.host ?? null]);
        out.place = str("place") ?? null;
        break;
    }
    return out;
  }

  const type = props.fact.type;
  return (
    <form className="ig-form" data-testid="fact-form" onSubmit={(e) => { e.preventDefault(); props.onConfirm(build()); }}>
      <div className="form-row">
        {type === "region" && <>{text("name", t("ingest.f.name"))}{text("code", t("ingest.f.code"))}</>}
        {type === "delegation" && <>
          {text("from", t("ingest.f.from"))}{list("to", t("ingest.f.to"), t("ingest.f.toHint"))}
          {date("startDate", t("ingest.f.startDate"))}{date("endDate", t("ingest.f.endDate"))}
          {text("title", t("ingest.f.title"))}{alliance}
        </>}
        {type === "agreement" && <>
          {text("title", t("ingest.f.title"))}{list("parties", t("ingest.f.parties"), t("ingest.f.partiesHint"))}
          {date("signedOn", t("ingest.f.signedOn"))}
          <Field label={t("ingest.f.kind")} name="data.kind" error={props.error}>
            <select value={v.kind} onChange={set("kind")}>
              {["memorandum", "framework", "agreement", "other"].map((k) => <option key={k} value={k}>{t(`ingest.f.kind.${k}`)}</option>)}
            </select>
          </Field>
          {alliance}
        </>}
        {type === "alliance" && <>{text("name", t("ingest.f.name"))}{list("regions", t("ingest.f.regions"), t("ingest.f.toHint"))}{date("foundedOn", t("ingest.f.foundedOn"))}</>}
        {type === "signing" && <>
          {text("title", t("ingest.f.title"))}{number("projectCount", t("ingest.f.projectCount"))}
          <Field label={t("ingest.f.totalYuan")} name="data.totalYuan" error={props.error}>
            <input type="number" min="0" step="any" value={v.totalYi ?? ""} onChange={set("totalYi")} />
          </Field>
          {number("agreementCount", t("ingest.f.agreementCount"))}
          {date("heldOn", t("ingest.f.heldOn"))}{date("endOn", t("ingest.f.endOn"))}
          {text("hostRegion", t("ingest.f.hostRegion"))}{alliance}
        </>}
        {type === "meeting" && <>
          {text("name", t("ingest.f.name"))}{text("theme", t("ingest.f.theme"))}{date("heldOn", t("ingest.f.heldOn"))}
          {text("host", t("ingest.f.host"))}{text("place", t("ingest.f.place"))}{alliance}
        </>}
      </div>
      {type === "signing" && (
        <fieldset className="ig-buckets" data-field="data.buckets">
          <legend>{t("ingest.f.buckets")}</legend>
          {buckets.map((b, i) => (
            <div className="ig-bucket" key={i}>
              <input type="number" min="0" step="any" aria-label={t("ingest.f.bucketMin")} placeholder={t("ingest.f.bucketMin")} value={b.min} onChange={(e) => setBuckets(buckets.map((x, j) => (j === i ? { ...x, min: e.target.value } : x)))} />
              <input type="number" min="0" step="any" aria-label={t("ingest.f.bucketMax")} placeholder={t("ingest.f.bucketMax")} value={b.max} onChange={(e) => setBuckets(buckets.map((x, j) => (j === i ? { ...x, max: e.target.value } : x)))} />
              <input type="number" min="0" aria-label={t("ingest.f.bucketCount")} placeholder={t("ingest.f.bucketCount")} value={b.count} onChange={(e) => setBuckets(buckets.map((x, j) => (j === i ? { ...x, count: e.target.value } : x)))} />
              <button type="button" className="btn btn-small btn-link" onClick={() => setBuckets(buckets.filter((_, j) => j !== i))}>{t("ingest.f.remove")}</button>
            </div>
          ))}
          <button type="button" className="btn btn-small" onClick={() => setBuckets([...buckets, { min: "", max: "", count: "" }])}>{t("ingest.f.addBucket")}</button>
        </fieldset>
      )}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary btn-small" disabled={props.busy}>{t("ingest.fact.saveConfirm")}</button>
        <button type="button" className="btn btn-small" disabled={props.busy} onClick={() => props.onSave(build())}>{t("ingest.fact.save")}</button>
        <button type="button" className="btn btn-small" onClick={props.onCancel}>{t("common.cancel")}</button>
      </div>
    </form>
  );
}

function initial(type: Fact["type"], d: Data): Record<string, string> {
  const s = (x: unknown) => (x == null ? "" : String(x));
  const alliance = d.allianceId === null ? "none" : d.allianceId != null ? String(d.allianceId) : "";
  switch (type) {
    case "region": return { name: s(d.name), code: s(d.code) };
    case "delegation": return { from: s(d.from?.name), to: (d.to ?? []).map((r: RegionRef) => r?.name).join("\n"), startDate: s(d.startDate), endDate: s(d.endDate), title: s(d.title), allianceId: alliance };
    case "agreement": return { title: s(d.title), parties: (d.parties ?? []).join("\n"), signedOn: s(d.signedOn), kind: ["memorandum", "framework", "agreement"].includes(d.kind) ? d.kind : "other", allianceId: alliance };
    case "alliance": return { name: s(d.name), regions: (d.regions ?? []).map((r: RegionRef) => r?.name).join("\n"), foundedOn: s(d.foundedOn) };
    case "signing": return { title: s(d.title), projectCount: s(d.projectCount), totalYi: yi(d.totalYuan), agreementCount: s(d.agreementCount), heldOn: s(d.heldOn), endOn: s(d.endOn), hostRegion: s(d.hostRegion?.name), allianceId: alliance };
    case "meeting": return { name: s(d.name), theme: s(d.theme), heldOn: s(d.heldOn), host: s(d.host?.name), place: s(d.place), allianceId: alliance };
  }
}
