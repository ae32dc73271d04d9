import { Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { Loading } from "./components/index.js";
import { setLang, useLabel, useT } from "./i18n.js";
import { loadEnglishNames } from "./english-names.js";
import { isPlanned, webModules, type WebModule } from "./modules.js";
import { Link, matchPath, navigate, useLocation } from "./router.js";
import { useSession } from "./session.js";

function resolve(path: string): { module: WebModule; element: ReactNode } | null {
  for (const m of webModules) {
    for (const r of m.routes ?? []) {
      const params = matchPath(r.path, path);
      if (params) return { module: m, element: typeof r.element === "function" ? r.element(params) : r.element };
    }
    if (m.render) {
      const el = m.render(path);
      if (el) return { module: m, element: el };
    }
  }
  return null;
}

function belongs(m: WebModule, path: string): boolean {
  const prefixes = [m.path, ...(m.prefixes ?? []), ...(m.subnav ?? []).map((s) => s.path)];
  return prefixes.some((p) => p !== "/" && (path === p || path.startsWith(p + "/")));
}

function UserMenu() {
  const t = useT();
  const s = useSession();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const close = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener("click", close);
    return () => document.removeEventListener("click", close);
  }, []);
  if (s.loading) return <span className="user-menu muted">…</span>;
  if (!s.user)
    return (
      <span className="user-menu">
        <Link to="/signin" className="btn btn-small btn-light">
          {t("user.signIn")}
        </Link>
        <Link to="/register" className="btn btn-small btn-ghost-light">
          {t("user.register")}
        </Link>
      </span>
    );
  const roles = [...new Set(s.user.grants.map((g) => t(`role.${g.role}`)))];
  return (
    <div className="user-menu" ref={ref}>
      <button className="btn btn-small btn-ghost-light" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="user-menu">
        {s.user.name} ▾
      </button>
      {open && (
        <div className="menu" role="menu">
          <div className="menu-head">
            <div>{s.user.name}</div>
            <div className="muted small">{s.user.email}</div>
            {roles.length > 0 && <div className="small">{roles.join(" · ")}</div>}
          </div>
          <button
            role="menuitem"
            className="menu-item"
            onClick={async () => {
              setOpen(false);
              await s.signOut();
              navigate("/");
            }}
          >
            {t("user.signOut")}
          </button>
        </div>
      )}
    </div>
  );
}

function Planned({ module }: { module: WebModule }) {
  const t = useT();
  const label = useLabel();
  return (
    <div className="page">
      <div className="card planned-card">
        <h1>{label(module.nav)}</h1>
        <p>
          <span className="tag tag-gray">{t("common.plannedTitle")}</span> {t("common.plannedHint")}
        </p>
      </div>
    </div>
  );
}

export function App() {
  const t = useT();
  const label = useLabel();
  const { path } = useLocation();
  const hit = resolve(path);
  const plannedHit = !hit ? webModules.find((m) => isPlanned(m) && belongs(m, path)) : undefined;
  const active = hit?.module ?? webModules.find((m) => !m.hidden && belongs(m, path));

  // On a phone the navigation rows scroll sideways (styles.css): keep the current module and tab in sight.
  useEffect(() => {
    for (const item of document.querySelectorAll<HTMLElement>(".mainnav-inner > .active, .subnav-inner > .active")) {
      const row = item.parentElement!;
      if (row.scrollWidth <= row.clientWidth) continue;
      const r = item.getBoundingClientRect();
      const c = row.getBoundingClientRect();
      if (r.left < c.left || r.right > c.right) row.scrollLeft += r.left - c.left - (c.width - r.width) / 2;
    }
  }, [path]);

  useEffect(() => {
    const name = active && !active.hidden ? `${label(active.nav)} · ` : "";
    document.title = `${name}${t("app.brand")} · ${t("app.tagline")}`;
  }, [active, label, t]);

  return (
    <div className="app">
      <a className="skip" href="#main">
        {t("app.skip")}
      </a>
      <header className="topbar">
        <div className="topbar-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden>
              集
            </span>
            <span className="brand-text">
              <span className="brand-name">集市 Jishi</span>
              <span className="brand-tagline">{t("app.tagline")}</span>
            </span>
          </Link>
          <div className="topbar-right">
            <button className="btn btn-small btn-ghost-light lang-switch" onClick={() => {
              setLang(t.lang === "zh" ? "en" : "zh");
              void loadEnglishNames();
            }} data-testid="lang-switch">
              {t("lang.switch")}
            </button>
            <UserMenu />
          </div>
        </div>
        <nav className="mainnav" aria-label="modules">
          <div className="mainnav-inner">
            <Link to="/" className={`nav-item${path === "/" ? " active" : ""}`}>
              {t("nav.home")}
            </Link>
            {webModules
              .filter((m) => !m.hidden && !isPlanned(m))
              .map((m) => (
                <Link key={m.key} to={m.path} className={`nav-item${active?.key === m.key ? " active" : ""}`}>
                  {label(m.nav)}
                </Link>
              ))}
            {webModules.some((m) => !m.hidden && isPlanned(m)) && (
              <span className="nav-planned" title={t("common.plannedHint")}>
                <span className="nav-planned-label">{t("nav.planned")}</span>
                {webModules
                  .filter((m) => !m.hidden && isPlanned(m))
                  .map((m) => (
                    <span key={m.key} className="nav-item disabled" aria-disabled="true">
                      {label(m.nav)}
                    </span>
                  ))}
              </span>
            )}
          </div>
        </nav>
        {active?.subnav && (
          <nav className="subnav" aria-label="section">
            <div className="subnav-inner">
              {active.subnav.map((s) => (
                <Link key={s.path} to={s.path} className={`subnav-item${path === s.path || path.startsWith(s.path + "/") ? " active" : ""}`}>
                  {label(s)}
                </Link>
              ))}
            </div>
          </nav>
        )}
      </header>
      <main id="main" className="main">
        <Suspense fallback={<div className="page"><Loading /></div>}>
          {hit ? (
            hit.element
          ) : plannedHit ? (
            <Planned module={plannedHit} />
          ) : (
            <div className="page">
              <div className="card">
                <h1>{t("common.notFound")}</h1>
                <p className="muted">{t("common.notFoundHint")}</p>
                <Link to="/">{t("nav.home")}</Link>
              </div>
            </div>
          )}
        </Suspense>
      </main>
      <footer className="footer">{t("app.footer")}</footer>
    </div>
  );
}
