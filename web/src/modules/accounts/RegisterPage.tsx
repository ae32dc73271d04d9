import { useState, type FormEvent } from "react";
import { ErrorBanner, Field, formValues } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link, navigate } from "../../router.js";
import { useSession } from "../../session.js";
import "./messages.js";

export default function RegisterPage() {
  const t = useT();
  const s = useSession();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const v = formValues(e.currentTarget);
    setBusy(true);
    setError(undefined);
    try {
      const u = await s.register({ email: v.email ?? "", name: v.name ?? "", password: v.password ?? "" });
      navigate(`/signin?registered=1&email=${encodeURIComponent(u.email)}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <div className="card auth-card">
        <h1>{t("auth.register.title")}</h1>
        <p className="muted">{t("auth.register.subtitle")}</p>
        <ErrorBanner error={error} />
        <form onSubmit={submit} noValidate>
          <Field label={t("auth.email")} name="email" error={error} required>
            <input type="email" autoComplete="email" />
          </Field>
          <Field label={t("auth.name")} name="name" error={error} required>
            <input type="text" autoComplete="name" />
          </Field>
          <Field label={t("auth.password")} name="password" error={error} hint={t("auth.passwordHint")} required>
            <input type="password" autoComplete="new-password" />
          </Field>
          <div className="form-actions">
            <button className="btn btn-primary" type="submit" disabled={busy}>
              {t("auth.submitRegister")}
            </button>
          </div>
        </form>
        <p className="small muted" style={{ marginTop: 16 }}>
          {t("auth.haveAccount")} <Link to="/signin">{t("user.signIn")}</Link>
        </p>
      </div>
    </div>
  );
}
