import { useState } from "react";
import { ErrorBanner, Field, Loading, Notice, PageHeader, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import { useSession } from "../../session.js";
import { market, type Interest } from "./api.js";
import { localizeError } from "./errors.js";
import { fmtDateTime } from "./labels.js";
import { MarketPage } from "./layout.js";

/** One expression of interest: the conversation between the two organisations. */
export default function ThreadPage({ id }: { id: number }) {
  const t = useT();
  const s = useSession();
  const q = useAsync((sig) => market.interest(id, sig), [id, s.user?.id]);
  const [fresh, setFresh] = useState<Interest>();
  const [text, setText] = useState("");
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const i = fresh ?? q.data;
  const done = (p: Promise<Interest>) => {
    setBusy(true);
    p.then(
      (x) => {
        setFresh(x);
        setText("");
        setError(undefined);
        setBusy(false);
      },
      (e) => {
        setError(e);
        setBusy(false);
      },
    );
  };

  if (q.error) return <MarketPage><ErrorBanner error={localizeError(q.error, t)} /></MarketPage>;
  if (!i) return <MarketPage><Loading /></MarketPage>;
  const shown = localizeError(error, t, { form: true });
  // My side: the enquirer if I belong to it, else the owner (a platform admin reads as the owner).
  const mySide = s.organizationIds.includes(i.from.id) ? i.from.id : i.owner.id;

  return (
    <MarketPage className="mk-thread-page">
      <p className="small">
        <Link to="/market/mine">← {t("market.thread.back")}</Link>
      </p>
      <PageHeader
        title={
          <>
            {t("market.thread.title")} · <Link to={`/market/listings/${i.listing.id}`}>{i.listing.title}</Link>
          </>
        }
        subtitle={
          <>
            <span className={`mk-kind mk-kind-${i.listing.kind}`}>{t(`market.kind.${i.listing.kind}`)}</span> {/* Who is asking, and who answers: their pages say who they are and what else they do. */}
            <Link to={`/organizations/${i.from.id}`}>{t.org(i.from.name)}</Link> → <Link to={`/organizations/${i.owner.id}`}>{t.org(i.owner.name)}</Link>{" "}
            <Tag tone={i.status === "open" ? "blue" : "gray"}>{t(`market.interestStatus.${i.status}`)}</Tag>
          </>
        }
      />
      <section className="card">
        <ol className="mk-thread" data-testid="thread">
          {i.messages?.map((m) => (
            <li key={m.id} className={m.organization.id === mySide ? "mk-msg mk-msg-mine" : "mk-msg mk-msg-theirs"}>
              <div className="mk-msg-head">
                <strong>{t.org(m.organization.name)}</strong> · {m.author} · {fmtDateTime(m.createdAt)}
              </div>
              <div className="mk-msg-body">{m.body}</div>
            </li>
          ))}
        </ol>
        {i.status === "open" ? (
          <form
            className="form mk-reply"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              done(market.reply(i.id, text));
            }}
          >
            <ErrorBanner error={shown} />
            <Field label={t("market.thread.reply")} name="body" error={shown}>
              <textarea rows={3} value={text} placeholder={t("market.thread.ph")} onChange={(e) => setText(e.target.value)} />
            </Field>
            <div className="form-actions">
              <button type="submit" className="btn btn-primary" disabled={busy}>
                {t("market.thread.send")}
              </button>
              <button type="button" className="btn btn-danger" disabled={busy} onClick={() => done(market.closeInterest(i.id))}>
                {t("market.thread.close")}
              </button>
            </div>
          </form>
        ) : (
          <Notice>{t("market.thread.closed")}</Notice>
        )}
      </section>
    </MarketPage>
  );
}
