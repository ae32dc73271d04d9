import { lazy } from "react";
import type { WebModule } from "../../modules.js";
import { ingestTodo } from "./todo.js";

// Pages load on first visit; the shell wraps routes in <Suspense>.
const UploadPage = lazy(() => import("./UploadPage.js"));
const ArticlesPage = lazy(() => import("./ArticlesPage.js"));
const ArticlePage = lazy(() => import("./ArticlePage.js"));
const ReviewPage = lazy(() => import("./ReviewPage.js"));

/** 情报采集: upload news pages, read the cleaned articles, review the facts into ledger / consult / directory. */
export const ingestWeb: WebModule = {
  key: "ingest",
  nav: { zh: "情报采集", en: "Ingest" },
  // The subnav marks an item active by prefix, so no tab may sit at the bare /ingest.
  path: "/ingest/upload",
  prefixes: ["/ingest"],
  subnav: [
    { path: "/ingest/upload", zh: "上传页面", en: "Upload" },
    { path: "/ingest/articles", zh: "采集文章", en: "Articles" },
    { path: "/ingest/review", zh: "事实审核", en: "Review queue" },
  ],
  routes: [
    { path: "/ingest", element: <UploadPage /> },
    { path: "/ingest/upload", element: <UploadPage /> },
    { path: "/ingest/articles", element: <ArticlesPage /> },
    { path: "/ingest/articles/:id", element: (p) => <ArticlePage key={p.id} id={Number(p.id)} /> },
    { path: "/ingest/review", element: <ReviewPage /> },
  ],
  todo: ingestTodo,
};
