/*
 * ── Web shell contract (read before adding pages) ─────────────────────────────────────────
 * One entry per product module in `webModules` below; the shell (App.tsx) renders the nav and
 * the routes from it. A module's pages live in `web/src/modules/<key>/` and export an entry:
 *
 *   export const marketWeb: WebModule = {
 *     key: "market", nav: { zh: "在线集市", en: "Marketplace" }, path: "/market",
 *     subnav: [{ path: "/market/mine", zh: "我的集市", en: "My listings" }],      // optional tabs
 *     routes: [
 *       { path: "/market", element: <SearchPage /> },
 *       { path: "/market/listings/:id", element: (p) => <ListingPage key={p.id} id={Number(p.id)} /> },
 *     ],
 *     // or, for a module that dispatches itself: render: (path) => marketPage(path),
 *     todo: (session, signal) => marketTodo(session, signal),   // optional: counts for 我的待办 on the home page
 *   };
 * then replace its placeholder below with the import. Lazy-load heavy pages with React.lazy
 * (the shell wraps routes in <Suspense>). No routes and no render → shown as "规划中 / planned".
 *
 * Building blocks (all in web/src):
 *   api.ts        api<T>(method, path, body?, {query, signal}) → JSON; throws ApiError{status,code,message,fields};
 *                 upload(path, FormData); download(path) saves a file export. CSRF header is automatic.
 *   session.tsx   useSession() → { user, loading, isAdmin, hasRole(role, {allianceId|organizationId}),
 *                 organizationIds, signIn, signOut, refresh }.
 *   i18n.ts       zh-CN default, English switch. registerMessages({ zh: {"market.x": …}, en: {…} }) at module
 *                 load; const t = useT(); t("market.x", { n: 3 }); t.lang; useLabel()({ zh, en }).
 *   router.tsx    navigate(to), <Link to>, useLocation(), useQueryParams(), matchPath().
 *   hooks.ts      useAsync(signal => api(...), deps) → { data, error, loading, reload }; useDebounced.
 *   dates.ts      todayCn() → today in China as YYYY-MM-DD (default of date inputs); dateCn(v), dateTimeCn(v)
 *                 → a date or an instant as shown everywhere: China's day, "YYYY-MM-DD HH:mm".
 *   components/   Field (shows the server's fields[name] under the input), formValues, ErrorBanner, Notice,
 *                 Loading, Empty, Pending, DataTable, Pager, Amount/formatAmount (yuan → 万元/亿元), Tag,
 *                 PageHeader, Stat; components/EChart.tsx (import "../../components/EChart.js"): <EChart option height onClick/> (modular echarts;
 *                 register extra chart types with echarts.use).
 *   styles.css    the design system: .page .card .grid-2 .grid-3 .btn .btn-primary .btn-small .form .field
 *                 .table .tag .toolbar .stats .muted — prefix module-only classes with the module key.
 * Browser tests: test/support/browser.ts (skipBrowserTests, startBrowserApp, launchBrowser, openPage, screenshot).
 * ──────────────────────────────────────────────────────────────────────────────────────────
 */
import { lazy, type ComponentType, type ReactNode } from "react";
import type { Session } from "./session.js";
import { consultWeb } from "./modules/consult/index.js";
import { ledgerWeb } from "./modules/ledger/index.js";
import { marketWeb } from "./modules/market/index.js";
import { ingestWeb } from "./modules/ingest/index.js";

export interface WebRoute {
  /** "/alliances/:id" — params are passed to element when it is a function; "/x/*" matches a subtree. */
  path: string;
  element: ReactNode | ((params: Record<string, string>) => ReactNode);
}

export interface WebModule {
  key: string;
  nav: { zh: string; en: string };
  /** Where the nav item links; also the prefix that marks it active. */
  path: string;
  routes?: WebRoute[];
  /** Alternative to routes for modules with their own dispatcher: returns null when the path is not theirs. */
  render?: (path: string) => ReactNode | null;
  /** Secondary links shown as tabs on this module's pages. */
  subnav?: { path: string; zh: string; en: string }[];
  /** Extra path prefixes that belong to this module (for nav highlighting). */
  prefixes?: string[];
  icon?: string;
  /** Routes only, no nav item (home, sign-in). */
  hidden?: boolean;
  /**
   * What the signed-in user has waiting in this module, for the home page's 我的待办: asked only
   * of signed-in users, an item only for work the user's roles let them do (a count of 0 says
   * "nothing waiting"). Keep it light: it is imported with the shell, not lazily.
   */
  todo?: (session: Session, signal: AbortSignal) => Promise<TodoItem[]>;
  /**
   * What this module holds of one organisation, as a section of its page in the directory
   * (its listings, the projects it is party to, the action items it owns): React.lazy, drawing
   * nothing when there is nothing.
   */
  organizationSection?: ComponentType<{ organizationId: number }>;
}

/** One line of the home page's 我的待办: how many, of what, and where to act on them. */
export interface TodoItem {
  key: string;
  label: { zh: string; en: string };
  count: number;
  /** The count is a lower bound (a list that stops at its limit). */
  atLeast?: boolean;
  href: string;
}

const Home = lazy(() => import("./pages/Home.js"));
const SignIn = lazy(() => import("./modules/accounts/SignInPage.js"));
const Register = lazy(() => import("./modules/accounts/RegisterPage.js"));
const Regions = lazy(() => import("./modules/directory/RegionsPage.js"));
const Alliances = lazy(() => import("./modules/directory/AlliancesPage.js"));
const Alliance = lazy(() => import("./modules/directory/AlliancePage.js"));
const AllianceForm = lazy(() => import("./modules/directory/AllianceForm.js"));
const Organizations = lazy(() => import("./modules/directory/OrganizationsPage.js"));
const Organization = lazy(() => import("./modules/directory/OrganizationPage.js"));
const OrganizationForm = lazy(() => import("./modules/directory/OrganizationForm.js"));

const planned = (key: string, zh: string, en: string, path: string): WebModule => ({ key, nav: { zh, en }, path });

export const webModules: WebModule[] = [
  {
    key: "home",
    nav: { zh: "首页", en: "Home" },
    path: "/",
    hidden: true,
    routes: [{ path: "/", element: <Home /> }],
  },
  {
    key: "accounts",
    nav: { zh: "账户", en: "Account" },
    path: "/signin",
    hidden: true,
    routes: [
      { path: "/signin", element: <SignIn /> },
      { path: "/register", element: <Register /> },
    ],
    organizationSection: lazy(() => import("./modules/accounts/OrganizationMembers.js")),
  },
  {
    key: "directory",
    nav: { zh: "名录", en: "Directory" },
    path: "/organizations",
    prefixes: ["/organizations", "/alliances", "/regions"],
    subnav: [
      { path: "/organizations", zh: "机构", en: "Organisations" },
      { path: "/alliances", zh: "联盟", en: "Alliances" },
      { path: "/regions", zh: "地区", en: "Regions" },
    ],
    routes: [
      { path: "/regions", element: <Regions /> },
      { path: "/alliances", element: <Alliances /> },
      { path: "/alliances/new", element: <AllianceForm /> },
      { path: "/alliances/:id", element: (p) => <Alliance key={p.id} id={Number(p.id)} /> },
      { path: "/alliances/:id/edit", element: (p) => <AllianceForm key={p.id} id={Number(p.id)} /> },
      { path: "/organizations", element: <Organizations /> },
      { path: "/organizations/new", element: <OrganizationForm /> },
      { path: "/organizations/:id", element: (p) => <Organization key={p.id} id={Number(p.id)} /> },
      { path: "/organizations/:id/edit", element: (p) => <OrganizationForm key={p.id} id={Number(p.id)} /> },
    ],
  },
  marketWeb,
  planned("matching", "要素对接", "Matching", "/matching"),
  planned("chains", "产业链", "Chains", "/chains"),
  ledgerWeb,
  consultWeb,
  planned("events", "对接活动", "Events", "/events"),
  planned("contests", "创新大赛", "Contests", "/contests"),
  ingestWeb,
  planned("reports", "报告", "Reports", "/reports"),
];

export function isPlanned(m: WebModule): boolean {
  return !m.render && !(m.routes && m.routes.length > 0);
}
