import { useEffect, useState, type FormEvent } from "react";
import { ErrorBanner, Field, Loading, Notice, PageHeader, formValues } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import { ALLIANCE_KINDS, directory, type RegionRef } from "./api.js";
import { OrgAdder } from "./OrgAdder.js";
import { RegionPicker } from "./RegionPicker.js";
import "./messages.js";

interface OrgMember {
  id: number;
  name: string;
  role: string;
}

export default function AllianceForm({ id }: { id?: number }) {
  const t = useT();
  const s = useSession();
  const existing = useAsync((sig) => (id ? directory.alliance(id, sig) : Promise.resolve(null)), [id]);
  const [regions, setRegions] = useState<RegionRef[]>([]);
  const [orgs, setOrgs] = useState<OrgMember[]>([]);
  const [adding, setAdding] = useState<RegionRef | null>(null);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const a = existing.data;

  useEffect(() => {
    if (a) {
      setRegions([...a.regions].sort((x, y) => (x.rotationOrder ?? 999) - (y.rotationOrder ?? 999)).map((r) => ({ id: r.id, name: r.name })));
      setOrgs(a.organizations.map((o) => ({ id: o.id, name: o.name, role: o.role })));
    }
  }, [a]);

  const allowed = id ? s.isAdmin || s.hasRole("alliance_secretariat", { allianceId: id }) : s.isAdmin;
  if (s.loading || (id && !a && !existing.error)) return <div className="page"><Loading /></div>;
  if (existing.error) return <div className="page"><ErrorBanner error={existing.error} /></div>;
  if (!allowed)
    return (
      <div className="page">
        <Notice tone="warn">
          {s.user ? "需要平台管理员或联盟秘书处权限 (secretariat or admin only)" : t("dir.org.needSignIn")}{" "}
          {!s.user && <Link to={`/signin?next=${encodeURIComponent(window.location.pathname)}`}>{t("user.signIn")}</Link>}
        </Notice>
      </div>
    );

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    const body: Record<string, unknown> = {
      name: v.name ?? "",
      shortName: v.shortName,
      // Sent even when empty, so that clearing a field clears the name.
      nameEn: v.nameEn ?? "",
      shortNameEn: v.shortNameEn ?? "",
      kind: v.kind,
      description: v.description ?? "",
      foundedOn: v.foundedOn ?? null,
      regions: regions.map((r, i) => ({ regionId: r.id, rotationOrder: i + 1 })),
      organizations: orgs.map((o) => ({ organizationId: o.id, role: o.role || "member" })),
    };
    if (!id) {
      if (body.foundedOn === null) delete body.foundedOn;
      if (body.shortName === undefined) delete body.shortName;
    }
    setBusy(true);
    setError(undefined);
    try {
      const saved = id ? await directory.updateAlliance(id, body) : await directory.createAlliance(body);
      navigate(`/alliances/${saved.id}`);
    } catch (err) {
      setError(err);
      window.scrollTo(0, 0);
    } finally {
      setBusy(false);
    }
  }

  const move = (i: number, d: number) => {
    const next = [...regions];
    const [x] = next.splice(i, 1);
    next.splice(i + d, 0, x);
    setRegions(next);
  };

  return (
    <div className="page">
      <p className="small">
        <Link to={id ? `/alliances/${id}` : "/alliances"}>← {a?.name ?? t("dir.alliances.title")}</Link>
      </p>
      <PageHeader title={id ? t("dir.alliance.edit") : t("dir.alliance.create")} />
      <div className="card">
        <ErrorBanner error={error} />
        <form className="form" onSubmit={submit} noValidate>
          <Field label={t("dir.alliance.name")} name="name" error={error} required>
            <input type="text" defaultValue={a?.name} />
          </Field>
          <div className="form-row">
            <Field label={t("dir.alliance.shortName")} name="shortName" error={error}>
              <input type="text" defaultValue={a?.shortName} />
            </Field>
            <Field label={t("dir.alliance.kind")} name="kind" error={error}>
              <select defaultValue={a?.kind ?? "alliance"}>
                {ALLIANCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`dir.akind.${k}`)}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          <div className="form-row">
            <Field label={t("dir.alliance.nameEn")} name="nameEn" error={error}>
              <input type="text" lang="en" defaultValue={a?.nameEn} />
            </Field>
            <Field label={t("dir.alliance.shortNameEn")} name="shortNameEn" error={error}>
              <input type="text" lang="en" defaultValue={a?.shortNameEn} />
            </Field>
          </div>
          <Field label={t("dir.alliance.founded")} name="foundedOn" error={error}>
            <input type="date" defaultValue={a?.foundedOn ?? ""} />
          </Field>
          <Field label={t("dir.alliance.description")} name="description" error={error}>
            <textarea defaultValue={a?.description} rows={4} />
          </Field>
          <Field label={`${t("dir.alliance.regions")}(${t("dir.alliance.rotation")})`} name="regions" error={error}>
            <div>
              <ol className="member-list">
                {regions.map((r, i) => (
                  <li key={r.id}>
                    <span>{t.place(r.name)}</span>
                    <span className="member-actions">
                      <button type="button" className="btn btn-small" disabled={i === 0} onClick={() => move(i, -1)} aria-label="up">
                        ↑
                      </button>
                      <button type="button" className="btn btn-small" disabled={i === regions.length - 1} onClick={() => move(i, 1)} aria-label="down">
                        ↓
                      </button>
                      <button type="button" className="btn btn-small btn-danger" onClick={() => setRegions(regions.filter((x) => x.id !== r.id))}>
                        {t("dir.alliance.remove")}
                      </button>
                    </span>
                  </li>
                ))}
              </ol>
              <div className="toolbar" style={{ marginBottom: 0 }}>
                <div style={{ flex: 1 }}>
                  <RegionPicker
                    value={adding}
                    placeholder={t("dir.alliance.addRegion")}
                    onChange={(r) => {
                      if (r && !regions.some((x) => x.id === r.id)) setRegions([...regions, { id: r.id, name: r.name }]);
                      setAdding(null);
                    }}
                  />
                </div>
              </div>
            </div>
          </Field>
          <Field label={t("dir.alliance.orgs")} name="organizations" error={error}>
            <div>
              <ul className="member-list">
                {orgs.map((o) => (
                  <li key={o.id}>
                    <span>{o.name}</span>
                    <span className="member-actions">
                      <input
                        type="text"
                        aria-label={t("dir.alliance.role")}
                        value={o.role}
                        onChange={(e) => setOrgs(orgs.map((x) => (x.id === o.id ? { ...x, role: e.target.value } : x)))}
                        style={{ width: 140, minHeight: 30, padding: "3px 8px" }}
                      />
                      <button type="button" className="btn btn-small btn-danger" onClick={() => setOrgs(orgs.filter((x) => x.id !== o.id))}>
                        {t("dir.alliance.remove")}
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
              <OrgAdder onAdd={(o) => !orgs.some((x) => x.id === o.id) && setOrgs([...orgs, { id: o.id, name: o.name, role: "member" }])} />
            </div>
          </Field>
          <div className="form-actions">
            <button className="btn btn-primary" type="submit" disabled={busy}>
              {t("common.save")}
            </button>
            <Link className="btn" to={id ? `/alliances/${id}` : "/alliances"}>
              {t("common.cancel")}
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
