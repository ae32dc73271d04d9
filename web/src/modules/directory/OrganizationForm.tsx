import { useEffect, useState, type FormEvent } from "react";
import { ErrorBanner, Field, Loading, Notice, PageHeader, formValues } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import { directory, ORG_KINDS, type Industry, type OrgIndustry, type Organization, type RegionRef } from "./api.js";
import { RegionPicker } from "./RegionPicker.js";
import "./messages.js";

function IndustryChooser({ industries, value, onChange }: { industries: Industry[]; value: OrgIndustry[]; onChange: (v: OrgIndustry[]) => void }) {
  const t = useT();
  const chosen = new Map(value.map((v) => [v.industryId, v]));
  return (
    <div className="industry-chooser">
      {industries.map((ind) => {
        const cur = chosen.get(ind.id);
        return (
          <div key={ind.id} className="industry-row">
            <label>
              <input
                type="checkbox"
                checked={!!cur}
                onChange={(e) =>
                  onChange(e.target.checked ? [...value, { industryId: ind.id }] : value.filter((v) => v.industryId !== ind.id))
                }
              />{" "}
              {t.lang === "en" ? ind.nameEn || ind.name : ind.name}
            </label>
            {cur && ind.segments.length > 0 && (
              <select
                aria-label={`${ind.name} ${t("dir.org.segment")}`}
                value={cur.segmentId ?? ""}
                onChange={(e) =>
                  onChange(value.map((v) => (v.industryId === ind.id ? { industryId: ind.id, segmentId: e.target.value ? Number(e.target.value) : undefined } : v)))
                }
              >
                <option value="">{t("dir.org.anySegment")}</option>
                {ind.segments.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t(`dir.stage.${s.stage}`)} · {t.lang === "en" ? s.nameEn || s.name : s.name}
                  </option>
                ))}
              </select>
            )}
          </div>
        );
      })}
    </div>
  );
}

export default function OrganizationForm({ id }: { id?: number }) {
  const t = useT();
  const s = useSession();
  const existing = useAsync((sig) => (id ? directory.organization(id, sig) : Promise.resolve(null)), [id]);
  const industries = useAsync((sig) => directory.industries(sig), []);
  const [region, setRegion] = useState<RegionRef | null>(null);
  const [chosen, setChosen] = useState<OrgIndustry[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const org: Organization | null | undefined = existing.data;

  useEffect(() => {
    if (org) {
      setRegion(org.region ?? { id: org.regionId, name: String(org.regionId) });
      setChosen(org.industries.map((i) => ({ industryId: i.industryId, segmentId: i.segmentId ?? undefined })));
    }
  }, [org]);

  if (!s.loading && !s.user)
    return (
      <div className="page">
        <Notice tone="warn">
          {t("dir.org.needSignIn")} <Link to={`/signin?next=${encodeURIComponent(window.location.pathname)}`}>{t("user.signIn")}</Link>
        </Notice>
      </div>
    );
  if (existing.error) return <div className="page"><ErrorBanner error={existing.error} /></div>;
  if (id && !org) return <div className="page"><Loading /></div>;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const body: Record<string, unknown> = {
      name: v.name ?? "",
      // Empty: none known (the interface in English then shows the registered name).
      nameEn: v.nameEn ?? "",
      kind: v.kind,
      regionId: region?.id,
      creditCode: v.creditCode,
      description: v.description,
      website: v.website,
      contactName: v.contactName,
      contactPhone: v.contactPhone,
      contactEmail: v.contactEmail,
      industries: chosen.map((c) => (c.segmentId ? { industryId: c.industryId, segmentId: c.segmentId } : { industryId: c.industryId })),
    };
    if (id) {
      // PATCH: clearing an optional field sends null so the server removes it.
      for (const k of ["creditCode", "website", "contactName", "contactPhone", "contactEmail"]) if (body[k] === undefined) body[k] = null;
      if (body.description === undefined) body.description = "";
    } else {
      for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
      if (region === null) body.regionId = undefined;
    }
    setBusy(true);
    setError(undefined);
    try {
      const saved = id ? await directory.updateOrganization(id, body) : await directory.createOrganization(body);
      // Registering an organisation makes the user its admin: the session learns the new role.
      if (!id) await s.refresh();
      navigate(`/organizations/${saved.id}`);
    } catch (err) {
      setError(err);
      window.scrollTo(0, 0);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <p className="small">
        <Link to={id ? `/organizations/${id}` : "/organizations"}>← {id ? org?.name : t("dir.orgs.title")}</Link>
      </p>
      <PageHeader title={id ? t("dir.org.edit") : t("dir.org.create")} />
      <div className="card">
        <ErrorBanner error={error} />
        <form className="form" onSubmit={submit} noValidate data-testid="org-form">
          <Field label={t("dir.org.name")} name="name" error={error} required>
            <input type="text" defaultValue={org?.name} maxLength={200} />
          </Field>
          <Field label={t("dir.org.nameEn")} name="nameEn" error={error} hint={t("dir.org.nameEnHint")}>
            <input type="text" defaultValue={org?.nameEn} maxLength={200} lang="en" />
          </Field>
          <div className="form-row">
            <Field label={t("dir.org.kind")} name="kind" error={error} required>
              <select defaultValue={org?.kind ?? "enterprise"}>
                {ORG_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`dir.kind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t("dir.org.region")} name="regionId" error={error} required>
              <RegionPicker value={region} onChange={setRegion} placeholder={t("dir.org.regionPh")} />
            </Field>
          </div>
          <Field label={t("dir.org.creditCode")} name="creditCode" error={error} hint={t("dir.org.creditCodeHint")}>
            <input type="text" defaultValue={org?.creditCode ?? ""} maxLength={18} style={{ fontFamily: "ui-monospace, monospace", letterSpacing: 1 }} />
          </Field>
          <Field label={t("dir.org.description")} name="description" error={error}>
            <textarea defaultValue={org?.description} rows={4} />
          </Field>
          <Field label={t("dir.org.website")} name="website" error={error}>
            <input type="url" defaultValue={org?.website ?? ""} placeholder="https://" />
          </Field>
          <div className="form-row">
            <Field label={t("dir.org.contactName")} name="contactName" error={error}>
              <input type="text" defaultValue={org?.contactName ?? ""} />
            </Field>
            <Field label={t("dir.org.contactPhone")} name="contactPhone" error={error}>
              <input type="tel" defaultValue={org?.contactPhone ?? ""} />
            </Field>
          </div>
          <Field label={t("dir.org.contactEmail")} name="contactEmail" error={error}>
            <input type="email" defaultValue={org?.contactEmail ?? ""} />
          </Field>
          <Field label={t("dir.org.industries")} name="industries" error={error}>
            {industries.data ? <IndustryChooser industries={industries.data} value={chosen} onChange={setChosen} /> : <Loading />}
          </Field>
          <div className="form-actions">
            <button className="btn btn-primary" type="submit" disabled={busy}>
              {id ? t("common.save") : t("dir.org.create")}
            </button>
            <Link className="btn" to={id ? `/organizations/${id}` : "/organizations"}>
              {t("common.cancel")}
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
