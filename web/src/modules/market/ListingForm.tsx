import { useEffect, useState, type FormEvent, type ReactNode } from "react";
import { Chips } from "../../components/Chips.js";
import { ErrorBanner, Field, Loading, Notice, PageHeader } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import { directory } from "../directory/api.js";
import { OrgAdder } from "../directory/OrgAdder.js";
import { RegionsInput } from "../directory/RegionsInput.js";
import "../directory/messages.js";
import { KINDS, market, type Contact, type Kind, type Listing, type Named, type Options, type Visibility } from "./api.js";
import { localizeError } from "./errors.js";
import { KIND_FIELDS, defaultAttrs, enumValues, fieldLabel, fromAttrs, toAttrs, type FieldDef, type FormValues } from "./fields.js";
import { enumLabel } from "./labels.js";
import { MarketPage } from "./layout.js";
import { useOptions } from "./useOptions.js";

interface Common {
  kind: Kind;
  organizationId: string;
  title: string;
  summary: string;
  body: string;
  regions: Named[];
  industryId: string;
  segmentId: string;
  validFrom: string;
  validUntil: string;
  visibility: Visibility;
  allianceIds: number[];
  /** Organisations a directed listing is shown to, beside the alliances' members. */
  organizations: Named[];
  contact: Required<Contact>;
}
const EMPTY: Common = {
  kind: "tech_offer",
  organizationId: "",
  title: "",
  summary: "",
  body: "",
  regions: [],
  industryId: "",
  segmentId: "",
  validFrom: "",
  validUntil: "",
  visibility: "public",
  allianceIds: [],
  organizations: [],
  contact: { name: "", phone: "", email: "", wechat: "" },
};

function fromListing(l: Listing, organizations: Named[]): Common {
  return {
    kind: l.kind,
    organizationId: String(l.organization.id),
    title: l.title,
    summary: l.summary,
    body: l.body,
    regions: l.regions,
    industryId: String(l.industries[0]?.id ?? ""),
    segmentId: String(l.segmentIds[0] ?? ""),
    validFrom: l.validFrom ?? "",
    validUntil: l.validUntil ?? "",
    visibility: l.visibility,
    allianceIds: l.audience?.allianceIds ?? [],
    organizations,
    contact: { name: l.contact?.name ?? "", phone: l.contact?.phone ?? "", email: l.contact?.email ?? "", wechat: l.contact?.wechat ?? "" },
  };
}

function KindField(props: {
  f: FieldDef;
  value: FormValues[string] | undefined;
  set: (v: FormValues[string]) => void;
  opts: Options | undefined;
  /** Wired by <Field> so the label and the reason point at the input. */
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const { f, value, set, opts } = props;
  const t = useT();
  const wire = { id: props.id, name: `attrs.${f.key}`, "aria-invalid": props["aria-invalid"], "aria-describedby": props["aria-describedby"] };
  switch (f.type) {
    case "enum":
      return (
        <select {...wire} value={String(value ?? "")} onChange={(e) => set(e.target.value)}>
          <option value="">{t("market.form.choose")}</option>
          {enumValues(f).map((v) => (
            <option key={v} value={v}>
              {enumLabel(t, f.enumOf!, v)}
            </option>
          ))}
        </select>
      );
    case "multi": {
      const cur = (value as string[] | undefined) ?? [];
      return (
        <div className="checks" id={props.id}>
          {enumValues(f).map((v) => (
            <label key={v}>
              <input type="checkbox" checked={cur.includes(v)} onChange={(e) => set(e.target.checked ? [...cur, v] : cur.filter((x) => x !== v))} />
              {enumLabel(t, f.enumOf!, v)}
            </label>
          ))}
        </div>
      );
    }
    case "bool":
      return (
        <label className="mk-check">
          <input type="checkbox" {...wire} checked={!!value} onChange={(e) => set(e.target.checked)} /> {t("market.yes")}
        </label>
      );
    case "region": {
      const ids = (value as string[] | undefined) ?? [];
      const names = new Map(opts?.regions.map((r) => [String(r.id), r.name]));
      return (
        <RegionsInput
          id={props.id}
          value={ids.map((id) => ({ id: Number(id), name: names.get(id) ?? id }))}
          onChange={(v) => set(v.map((r) => String(r.id)))}
          placeholder={t("market.form.regionsPh")}
        />
      );
    }
    case "textarea":
    case "lines":
    case "items":
      return <textarea {...wire} rows={f.type === "textarea" ? 4 : 3} value={String(value ?? "")} onChange={(e) => set(e.target.value)} />;
    default:
      return (
        <input
          {...wire}
          type={f.type === "date" ? "date" : f.type === "text" ? "text" : "number"}
          step="any"
          value={String(value ?? "")}
          onChange={(e) => set(e.target.value)}
        />
      );
  }
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card mk-form-section">
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** 发布 / 编辑: common fields plus the kind's own; the server's reasons appear under each field. */
export default function ListingForm({ id }: { id?: number }) {
  const t = useT();
  const s = useSession();
  const opts = useOptions();
  // The listing, and the names of the organisations it is directed to (the listing holds their ids).
  const existing = useAsync(async (sig) => {
    if (!id) return null;
    const listing = await market.get(id, sig);
    const organizations = await Promise.all(
      (listing.audience?.organizationIds ?? []).map((o) =>
        directory.organization(o, sig).then((x) => ({ id: x.id, name: x.name }), () => ({ id: o, name: `#${o}` })),
      ),
    );
    return { listing, organizations };
  }, [id]);
  const [c, setC] = useState<Common>(EMPTY);
  const [attrs, setAttrs] = useState<FormValues>(defaultAttrs(EMPTY.kind));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // A platform admin may publish for any organisation (a listing handed in on paper, say): one
  // found in the directory joins the admin's own in the organisation's list.
  const [onBehalf, setOnBehalf] = useState<Named>();
  const o = opts.data;
  const l = existing.data?.listing;

  useEffect(() => {
    if (existing.data) {
      const { listing, organizations } = existing.data;
      setC(fromListing(listing, organizations));
      setAttrs(fromAttrs(listing.kind, listing.attrs));
    }
  }, [existing.data]);
  useEffect(() => {
    if (!id && o && !c.organizationId && o.myOrganizations[0]) setC((x) => ({ ...x, organizationId: String(o.myOrganizations[0].id) }));
  }, [id, o, c.organizationId]);

  if (!s.loading && !s.user)
    return (
      <MarketPage>
        <Notice tone="warn">
          {t("market.form.needSignIn")} <Link to={`/signin?next=${encodeURIComponent(window.location.pathname)}`}>{t("user.signIn")}</Link>
        </Notice>
      </MarketPage>
    );
  if (existing.error) return <MarketPage><ErrorBanner error={localizeError(existing.error, t)} /></MarketPage>;
  if (!o || (id && !l)) return <MarketPage><Loading /></MarketPage>;
  if (!id && o.myOrganizations.length === 0 && !s.isAdmin) return <MarketPage><Notice tone="warn">{t("market.form.noOrg")}</Notice></MarketPage>;
  const publishers = onBehalf && !o.myOrganizations.some((x) => x.id === onBehalf.id) ? [...o.myOrganizations, onBehalf] : o.myOrganizations;

  const shown = localizeError(error, t, { form: true });
  const set = <K extends keyof Common>(k: K, v: Common[K]) => setC((x) => ({ ...x, [k]: v }));
  const industry = o.industries.find((i) => String(i.id) === c.industryId);
  const nameOf = (x: { name: string; nameEn?: string }) => (t.lang === "en" && x.nameEn ? x.nameEn : x.name);
  const canSubmit = !id || (l && ["draft", "rejected"].includes(l.status));

  async function save(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const andSubmit = (e.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "submit";
    const contact = Object.fromEntries(Object.entries(c.contact).filter(([, v]) => v.trim())) as Contact;
    const body = {
      title: c.title,
      summary: c.summary,
      body: c.body,
      regionIds: c.regions.map((r) => r.id),
      industryIds: c.industryId ? [Number(c.industryId)] : [],
      segmentIds: c.segmentId ? [Number(c.segmentId)] : [],
      contact: Object.keys(contact).length ? contact : null,
      validFrom: c.validFrom || null,
      validUntil: c.validUntil || null,
      visibility: c.visibility,
      ...(c.visibility === "directed" ? { audience: { allianceIds: c.allianceIds, organizationIds: c.organizations.map((x) => x.id) } } : {}),
      attrs: toAttrs(c.kind, attrs),
    };
    setBusy(true);
    try {
      let saved = id ? await market.update(id, body) : await market.create({ kind: c.kind, organizationId: Number(c.organizationId), ...body });
      if (andSubmit) saved = await market.submit(saved.id);
      navigate(`/market/listings/${saved.id}`);
    } catch (err) {
      setError(err);
      setBusy(false);
      window.scrollTo(0, 0);
    }
  }

  return (
    <MarketPage className="mk-form-page">
      <p className="small">
        <Link to={id ? `/market/listings/${id}` : "/market"}>← {id ? l?.title : t("market.detail.back")}</Link>
      </p>
      <PageHeader title={id ? t("market.form.edit") : t("market.form.new")} subtitle={t("market.form.subtitle")} />
      <div className="mk-form-layout">
        <form className="mk-form" onSubmit={save} noValidate data-testid="listing-form">
          <ErrorBanner error={shown} />
          {l?.status === "published" && <Notice tone="warn">{t("market.form.republish")}</Notice>}
          <Section title={t("market.form.kind")}>
            {id ? (
              <p>
                <span className={`mk-kind mk-kind-${c.kind}`}>{t(`market.kind.${c.kind}`)}</span>
              </p>
            ) : (
              <div className="mk-kind-choice" role="radiogroup" aria-label={t("market.form.kind")}>
                {KINDS.map((k) => (
                  <label key={k} className={c.kind === k ? "on" : undefined}>
                    <input
                      type="radio"
                      name="kind"
                      value={k}
                      checked={c.kind === k}
                      onChange={() => {
                        set("kind", k);
                        setAttrs(defaultAttrs(k));
                      }}
                    />
                    {t(`market.kind.${k}`)}
                  </label>
                ))}
              </div>
            )}
            {!id && (
              <>
                <Field label={t("market.form.org")} name="organizationId" error={shown} required>
                  <select value={c.organizationId} onChange={(e) => set("organizationId", e.target.value)}>
                    {publishers.length === 0 && <option value="">{t("market.form.orgChoose")}</option>}
                    {publishers.map((x) => (
                      <option key={x.id} value={x.id}>
                        {t.org(x.name)}
                      </option>
                    ))}
                  </select>
                </Field>
                {s.isAdmin && (
                  <div className="field" data-testid="on-behalf">
                    <OrgAdder
                      label={t("market.form.orgOnBehalf")}
                      placeholder={t("market.form.orgOnBehalf")}
                      onAdd={(x) => {
                        setOnBehalf({ id: x.id, name: x.name });
                        set("organizationId", String(x.id));
                      }}
                    />
                  </div>
                )}
              </>
            )}
            <Field label={t("market.form.title")} name="title" error={shown} required>
              <input type="text" value={c.title} maxLength={120} placeholder={t("market.form.titlePh")} onChange={(e) => set("title", e.target.value)} />
            </Field>
            <Field label={t("market.form.summary")} name="summary" error={shown}>
              <textarea rows={2} value={c.summary} maxLength={500} onChange={(e) => set("summary", e.target.value)} />
            </Field>
            <Field label={t("market.form.body")} name="body" error={shown}>
              <textarea rows={6} value={c.body} onChange={(e) => set("body", e.target.value)} />
            </Field>
          </Section>

          <Section title={`${t("market.form.regions")} · ${t("market.form.industry")}`}>
            <Field label={t("market.form.regions")} name="regionIds" error={shown} required>
              <RegionsInput value={c.regions} onChange={(v) => set("regions", v)} placeholder={t("market.form.regionsPh")} />
            </Field>
            <div className="form-row">
              <Field label={t("market.form.industry")} name="industryIds" error={shown}>
                <select value={c.industryId} onChange={(e) => setC({ ...c, industryId: e.target.value, segmentId: "" })}>
                  <option value="">{t("market.form.none")}</option>
                  {o.industries.map((i) => (
                    <option key={i.id} value={i.id}>
                      {nameOf(i)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t("market.form.segment")} name="segmentIds" error={shown}>
                <select value={c.segmentId} disabled={!industry} onChange={(e) => set("segmentId", e.target.value)}>
                  <option value="">{t("market.form.none")}</option>
                  {industry?.segments.map((x) => (
                    <option key={x.id} value={x.id}>
                      {t(`market.stage.${x.stage}`)} · {nameOf(x)}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
          </Section>

          <Section title={t("market.form.kindFields", { kind: t(`market.kind.${c.kind}`) })}>
            <div className="mk-attr-grid" data-kind={c.kind}>
              {KIND_FIELDS[c.kind].map((f) => (
                <Field
                  key={`${c.kind}.${f.key}`}
                  label={fieldLabel(t, f)}
                  name={`attrs.${f.key}`}
                  error={shown}
                  required={f.required}
                  className={f.wide ? "mk-wide" : undefined}
                  hint={f.type === "items" ? t("market.form.itemsHint") : f.type === "lines" ? t("market.form.linesHint") : undefined}
                >
                  <KindField f={f} value={attrs[f.key]} set={(v) => setAttrs((a) => ({ ...a, [f.key]: v }))} opts={o} />
                </Field>
              ))}
            </div>
          </Section>

          <Section title={`${t("market.form.visibility")} · ${t("market.detail.validity")}`}>
            <div className="form-row">
              <Field label={t("market.form.validFrom")} name="validFrom" error={shown}>
                <input type="date" value={c.validFrom} onChange={(e) => set("validFrom", e.target.value)} />
              </Field>
              <Field label={t("market.form.validUntil")} name="validUntil" error={shown}>
                <input type="date" value={c.validUntil} onChange={(e) => set("validUntil", e.target.value)} />
              </Field>
            </div>
            <Field label={t("market.form.visibility")} name="visibility" error={shown}>
              <select value={c.visibility} onChange={(e) => set("visibility", e.target.value as Visibility)}>
                {(["public", "members", "directed"] as const).map((v) => (
                  <option key={v} value={v}>
                    {t(`market.visibility.${v}`)}
                  </option>
                ))}
              </select>
            </Field>
            {c.visibility === "directed" && (
              <Field label={t("market.form.audience")} name="audience" error={shown} required>
                <div>
                  <div className="checks">
                    {o.alliances.map((a) => (
                      <label key={a.id}>
                        <input
                          type="checkbox"
                          checked={c.allianceIds.includes(a.id)}
                          onChange={(e) => set("allianceIds", e.target.checked ? [...c.allianceIds, a.id] : c.allianceIds.filter((x) => x !== a.id))}
                        />
                        {t.place(a.name)}
                      </label>
                    ))}
                  </div>
                  <p className="muted small">{t("market.form.audienceOrgs")}</p>
                  <Chips items={c.organizations} onChange={(v) => set("organizations", v)} testId="audience-orgs" />
                  <OrgAdder
                    label={t("market.form.addAudienceOrg")}
                    onAdd={(x) => !c.organizations.some((y) => y.id === x.id) && set("organizations", [...c.organizations, { id: x.id, name: x.name }])}
                  />
                </div>
              </Field>
            )}
          </Section>

          <Section title={t("market.form.contact")}>
            <p className="muted small">{t("market.form.contactHint")}</p>
            <div className="form-row">
              {(["name", "phone", "email", "wechat"] as const).map((k) => (
                <Field key={k} label={t(`market.form.contact${k[0].toUpperCase()}${k.slice(1)}`)} name={`contact.${k}`} error={shown}>
                  <input
                    type={k === "email" ? "email" : "text"}
                    value={c.contact[k]}
                    onChange={(e) => set("contact", { ...c.contact, [k]: e.target.value })}
                  />
                </Field>
              ))}
            </div>
          </Section>

          <div className="form-actions mk-form-actions">
            {canSubmit && (
              <button type="submit" name="action" value="submit" className="btn btn-primary" disabled={busy}>
                {t("market.form.saveSubmit")}
              </button>
            )}
            <button type="submit" name="action" value="save" className={`btn${canSubmit ? "" : " btn-primary"}`} disabled={busy}>
              {id ? t("market.form.save") : t("market.form.saveDraft")}
            </button>
            <Link to={id ? `/market/listings/${id}` : "/market"} className="btn">
              {t("common.cancel")}
            </Link>
          </div>
        </form>
        <aside className="card mk-tips">
          <h2>{t("market.tips.title")}</h2>
          <ol>
            {["review", "contact", "spam", "directed", "expiry"].map((k) => (
              <li key={k}>{t(`market.tips.${k}`)}</li>
            ))}
          </ol>
        </aside>
      </div>
    </MarketPage>
  );
}
