import { DataTable, Pending, PageHeader, Pager, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { Link, navigate, useQueryParams } from "../../router.js";
import { ingest } from "./api.js";
import "./messages.js";
import "./ingest.css";

const LIMIT = 20;

export default function ArticlesPage() {
  const t = useT();
  const [params, setParams] = useQueryParams();
  const offset = Number(params.get("offset") ?? 0);
  const q = useAsync((s) => ingest.articles({ limit: LIMIT, offset }, s), [offset]);
  return (
    <div className="page">
      <PageHeader title={t("ingest.articles.title")} subtitle={t("ingest.articles.subtitle")}
        actions={<Link to="/ingest/upload" className="btn btn-primary">{t("ingest.upload.title")}</Link>} />
      <div className="card" data-testid="ingest-articles">
        <Pending state={q}>
          {(page) => (
            <>
              <DataTable
                rows={page.items}
                rowKey={(a) => a.id}
                onRowClick={(a) => navigate(`/ingest/articles/${a.id}`)}
                empty={t("ingest.articles.empty")}
                columns={[
                  { key: "id", title: "#", width: 50, render: (a) => a.id },
                  { key: "title", title: t("ingest.articles.name"), render: (a) => <Link to={`/ingest/articles/${a.id}`}>{a.title}</Link> },
                  { key: "date", title: t("ingest.articles.date"), render: (a) => a.published_on ?? "—", nowrap: true },
                  { key: "origin", title: t("ingest.articles.origin"), render: (a) => a.origin ?? "—" },
                  { key: "sources", title: t("ingest.articles.sources"), align: "right", render: (a) => a.sources },
                  { key: "drafts", title: t("ingest.articles.drafts"), align: "right", render: (a) => a.drafts },
                  { key: "status", title: t("ingest.articles.status"), render: (a) => <Tag tone={a.status === "reviewed" ? "green" : "orange"}>{t(`ingest.status.${a.status}`)}</Tag> },
                ]}
              />
              {page.total > LIMIT && <Pager total={page.total} limit={LIMIT} offset={offset} onChange={(o) => setParams({ offset: o || undefined })} />}
            </>
          )}
        </Pending>
      </div>
    </div>
  );
}
