import { lazy } from "react";
import type { WebModule } from "../../modules.js";
import { marketTodo } from "./todo.js";

// Pages are loaded on first visit; the shell wraps routes in <Suspense>.
const SearchPage = lazy(() => import("./SearchPage.js"));
const ListingPage = lazy(() => import("./ListingPage.js"));
const ListingForm = lazy(() => import("./ListingForm.js"));
const MinePage = lazy(() => import("./MinePage.js"));
const ModerationPage = lazy(() => import("./ModerationPage.js"));
const ThreadPage = lazy(() => import("./ThreadPage.js"));

/**
 * 在线集市. The tabs (搜索 / 我的集市 / 发布 / 审核队列) depend on the user's roles, so the
 * pages draw them (layout.tsx) instead of the shell's static subnav.
 */
export const marketWeb: WebModule = {
  key: "market",
  nav: { zh: "在线集市", en: "Marketplace" },
  path: "/market",
  routes: [
    { path: "/market", element: <SearchPage /> },
    { path: "/market/new", element: <ListingForm key="new" /> },
    { path: "/market/mine", element: <MinePage /> },
    { path: "/market/moderation", element: <ModerationPage /> },
    { path: "/market/listings/:id", element: (p) => <ListingPage key={p.id} id={Number(p.id)} /> },
    { path: "/market/listings/:id/edit", element: (p) => <ListingForm key={`edit-${p.id}`} id={Number(p.id)} /> },
    { path: "/market/interests/:id", element: (p) => <ThreadPage key={p.id} id={Number(p.id)} /> },
  ],
  todo: marketTodo,
  organizationSection: lazy(() => import("./OrganizationListings.js")),
};
