import { useState, type FormEvent } from "react";
import { ErrorBanner, Notice, PageHeader, PageWait, Tag } from "../../components/index.js";
import { download } from "../../api.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, useLocation } from "../../router.js";
import { useSession } from "../../session.js";
import { getAgreement, uploadDocument } from "./http.js";
import { useOptions } from "./pickers.js";
import { useCanRecord } from "./ui.js";

export default function AgreementPage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const { search } = useLocation();
  const q = useAsync((signal) => getAgreement(id, signal), [id]);
  const options = useOptions();
  const canRecord = useCanRecord();
  const [error, setError] = useState<unknown>();
  const [notice, setNotice] = useState(search.get("created") ? t("ledger.a.created") : search.get("saved") ? t("ledger.a.saved") : "");
  if (q.error || !q.data) return <PageWait error={q.error} />;
  const a = q.data;
  const industries = a.industryIds.map((i) => t.term(options.data?.industries.find((x) => x.id === i)?.name ?? String(i)));
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement).files?.[0];
    if (!file) return;
    setError(undefined);
    try {
      await uploadDocument(id, file);
      setNotice(t("ledger.a.uploaded"));
      q.reload();
    } catch (err) {
      setError(err);
    }
  }
  return (
    <div className="page" data-testid="agreement-page">
      <p className="small"><Link to="/ledger/agreements">← {t("ledger.a.title")}</Link></p>
      {notice && <Notice tone="success">{notice}</Notice>}
      <PageHeader
        title={`《${a.title}》`}
        subtitle={<><Tag tone="blue">{t(`ledger.akind.${a.kind}`)}</Tag> {a.signedOn}{a.place && ` · ${a.place}`}</>}
        actions={canRecord && <Link className="btn" to={`/ledger/agreements/${a.id}/edit`}>{t("common.edit")}</Link>}
      />
      <div className="card">
        <dl className="kv">
          <dt>{t("ledger.a.partiesShort")}</dt>
          <dd data-testid="agreement-parties">{a.parties.map((p, i) => <div key={i}>{p.organizationId ? <Link to={`/organizations/${p.organizationId}`}>{t.org(p.name)}</Link> : t.org(p.name)}</div>)}</dd>
          <dt>{t("ledger.a.signedOn")}</dt><dd>{a.signedOn}</dd>
          {a.place && <><dt>{t("ledger.a.place")}</dt><dd>{a.place}</dd></>}
          {a.eventName && <><dt>{t("ledger.a.event")}</dt><dd>{a.eventName}</dd></>}
          {a.ceremonyId && <><dt>{t("ledger.p.ceremony")}</dt><dd><Link to={`/ledger/ceremonies/${a.ceremonyId}`}>{t("ledger.detail")}</Link></dd></>}
          {a.allianceName && <><dt>{t("ledger.f.alliance")}</dt><dd>{t.place(a.allianceName)}</dd></>}
          {industries.length > 0 && <><dt>{t("ledger.a.industries")}</dt><dd>{industries.join(t.sep)}</dd></>}
          {a.notes && <><dt>{t("ledger.p.notes")}</dt><dd style={{ whiteSpace: "pre-wrap" }}>{a.notes}</dd></>}
          {a.source?.sentence && <><dt>{t("ledger.p.source")}</dt><dd className="muted">“{a.source.sentence}”</dd></>}
          <dt>{t("ledger.a.document")}</dt>
          <dd>
            {a.documentName ? (
              s.user ? <button type="button" className="btn-link" onClick={() => download(`/api/ledger/agreements/${id}/document`).catch(setError)}>{a.documentName} ⤓</button> : a.documentName
            ) : <span className="muted">{t("ledger.a.noDocument")}</span>}
          </dd>
        </dl>
      </div>
      {canRecord && (
        <form className="card" onSubmit={submit} data-testid="document-form">
          <h3>{t("ledger.a.upload")}</h3>
          <ErrorBanner error={error} />
          <div className="toolbar">
            <input type="file" name="file" accept=".pdf,.doc,.docx,.jpg,.jpeg,.png,.ofd" />
            <button type="submit" className="btn">{t("ledger.a.upload")}</button>
          </div>
        </form>
      )}
    </div>
  );
}
