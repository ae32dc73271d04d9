import type { ReactNode } from "react";
import { useT } from "../../i18n.js";
import { Link, useLocation } from "../../router.js";
import { useSession } from "../../session.js";
import "./market.css";
import "./messages.js";

interface Tab {
  path: string;
  key: string;
  /** Which paths light the tab up besides its own. */
  owns: RegExp;
}
const SEARCH: Tab = { path: "/market", key: "market.nav.search", owns: /^\/market(\/listings\/\d+)?\/?$/ };
const MINE: Tab = { path: "/market/mine", key: "market.nav.mine", owns: /^\/market\/(mine|interests\/\d+)\/?$/ };
const NEW: Tab = { path: "/market/new", key: "market.nav.new", owns: /^\/market\/(new|listings\/\d+\/edit)\/?$/ };
const MODERATION: Tab = { path: "/market/moderation", key: "market.nav.moderation", owns: /^\/market\/moderation\/?$/ };

/**
 * The marketplace's tabs, chosen by role: everyone searches; signed-in users have their
 * organisation's marketplace and the publish form; moderators (platform admin, alliance
 * secretariat) the queue. Drawn with the shell's subnav look, right under its header.
 */
export function MarketTabs() {
  const t = useT();
  const s = useSession();
  const { path } = useLocation();
  const tabs = [SEARCH];
  if (s.user) tabs.push(MINE, NEW);
  if (s.isAdmin || s.user?.grants.some((g) => g.role === "alliance_secretariat")) tabs.push(MODERATION);
  return (
    <nav className="subnav mk-subnav" aria-label="marketplace">
      <div className="subnav-inner">
        {tabs.map((tab) => (
          <Link key={tab.path} to={tab.path} className={`subnav-item${tab.owns.test(path) ? " active" : ""}`}>
            {t(tab.key)}
          </Link>
        ))}
      </div>
    </nav>
  );
}

/** Every marketplace page: the tabs, then the page body in the shell's .page column. */
export function MarketPage({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <>
      <MarketTabs />
      <div className={`page mk-page ${className ?? ""}`}>{children}</div>
    </>
  );
}
