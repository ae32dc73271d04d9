import { useState, type FormEvent } from "react";
import { ErrorBanner, Field, Notice, formValues } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useLocation } from "../../router.js";
import { useSession } from "../../session.js";
import "./messages.js";

export default function SignInPage() {
  const t = useT();
  const s = useSession();
  const { search } = useLocation();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const next = search.get("next") ?? "/";

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      await s.signIn(v.email ?? "", v.password ?? "");
      navigate(next.startsWith("/") ? next : "/");
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <div className="card auth-card">
        <h1>{t("auth.signIn.title")}</h1>
        <p className="muted">{t("auth.signIn.subtitle")}</p>
        {search.get("registered") && <Notice tone="success">{t("auth.registered")}</Notice>}
        {s.user && <Notice>{t("auth.signedInAs", { name: s.user.name })}</Notice>}
        <ErrorBanner error={error} />
        <form onSubmit={submit} noValidate>
          <Field label={t("auth.email")} name="email" error={error} required>
            <input type="email" autoComplete="username" defaultValue={search.get("email") ?? ""} />
          </Field>
          <Field label={t("auth.password")} name="password" error={error} required>
            <input type="password" autoComplete="current-password" />
          </Field>
          <div className="form-actions">
            <button className="btn btn-primary" type="submit" disabled={busy}>
              {t("auth.submitSignIn")}
            </button>
          </div>
        </form>
        <p className="small muted" style={{ marginTop: 16 }}>
          {t("auth.noAccount")} <Link to="/register">{t("user.register")}</Link>
          {/^(localhost|127\.0\.0\.1)$/.test(window.location.hostname) && (
            <>
              <br />
              {t("auth.demoHint")}
            </>
          )}
        </p>
      </div>
    </div>
  );
}
