import type { ReactElement } from "react";
import "./market.css";
import ListingForm from "./ListingForm.js";
import ListingPage from "./ListingPage.js";
import MinePage from "./MinePage.js";
import ModerationPage from "./ModerationPage.js";
import SearchPage from "./SearchPage.js";
import ThreadPage from "./ThreadPage.js";

/** The marketplace's pages by path; the shell mounts this under /market. */
export function marketPage(path: string): ReactElement | null {
  const p = path.replace(/\/+$/, "") || "/market";
  let m: RegExpMatchArray | null;
  if (p === "/market") return <SearchPage />;
  if (p === "/market/new") return <ListingForm />;
  if (p === "/market/mine") return <MinePage />;
  if (p === "/market/moderation") return <ModerationPage />;
  if ((m = p.match(/^\/market\/listings\/(\d+)\/edit$/))) return <ListingForm key={`e${m[1]}`} id={Number(m[1])} />;
  if ((m = p.match(/^\/market\/listings\/(\d+)$/))) return <ListingPage key={m[1]} id={Number(m[1])} />;
  if ((m = p.match(/^\/market\/interests\/(\d+)$/))) return <ThreadPage key={m[1]} id={Number(m[1])} />;
  return null;
}

export const marketNav = [
  { path: "/market", zh: "在线集市", en: "Marketplace" },
  { path: "/market/mine", zh: "我的集市", en: "My listings" },
  { path: "/market/moderation", zh: "审核队列", en: "Moderation" },
];
