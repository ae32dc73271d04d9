import type { ReactElement } from "react";
import "./ingest.css";
import ArticlePage from "./ArticlePage.js";
import ArticlesPage from "./ArticlesPage.js";
import ReviewPage from "./ReviewPage.js";
import UploadPage from "./UploadPage.js";

/** The ingest pages by path; the shell mounts this under /ingest. */
export function ingestPage(path: string): ReactElement | null {
  const p = path.replace(/\/+$/, "") || "/ingest";
  let m: RegExpMatchArray | null;
  if (p === "/ingest") return <UploadPage />;
  if (p === "/ingest/articles") return <ArticlesPage />;
  if (p === "/ingest/review") return <ReviewPage />;
  if ((m = p.match(/^\/ingest\/articles\/(\d+)$/))) return <ArticlePage key={m[1]} id={Number(m[1])} />;
  return null;
}

export const ingestNav = [
  { path: "/ingest", zh: "情报采集", en: "Ingest" },
  { path: "/ingest/articles", zh: "采集文章", en: "Articles" },
  { path: "/ingest/review", zh: "事实审核", en: "Review" },
];
