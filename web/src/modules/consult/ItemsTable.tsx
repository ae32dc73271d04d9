import { DataTable, Tag } from "../../components/index.js";
import { useT } from "../../i18n.js";
import { Link } from "../../router.js";
import type { Item } from "./http.js";
import { STATUS_TONE } from "./labels.js";

/** Action items with their owners, deadline (overdue flagged), status and latest progress note. */
export function ItemsTable({ items, showStrand = true, showProgramme = false }: { items: Item[]; showStrand?: boolean; showProgramme?: boolean }) {
  const t = useT();
  return (
    <DataTable<Item>
      rows={items}
      rowKey={(i) => i.id}
      empty={t("consult.items.empty")}
      columns={[
        { key: "title", title: t("consult.item.title"), render: (i) => <Link to={`/consult/items/${i.id}`}>{i.title}</Link> },
        ...(showProgramme ? [{ key: "programme", title: t("consult.item.programme"), render: (i: Item) => i.programmeName ?? <span className="muted">{t("consult.item.standalone")}</span> }] : []),
        ...(showStrand ? [{ key: "strand", title: t("consult.item.strand"), render: (i: Item) => <span className="consult-nowrap">{i.strand}</span> }] : []),
        { key: "owners", title: t("consult.item.owners"), render: (i) => i.owners.map((o) => t.org(o.name)).join(t.sep) },
        {
          key: "deadline", title: t("consult.item.deadline"), render: (i) => (
            <span className="consult-deadline">
              {i.deadline ?? "—"} {i.overdue && <Tag tone="red">{t("consult.overdue")}</Tag>}
            </span>
          ),
        },
        { key: "status", title: t("consult.item.status"), render: (i) => <Tag tone={STATUS_TONE[i.status]}>{t(`consult.status.${i.status}`)}</Tag> },
        {
          key: "note", title: t("consult.item.latestNote"), render: (i) => i.latestNote ? (
            <span className="consult-note-cell"><span className="muted small">{i.latestNote.notedOn}</span> {i.latestNote.text}</span>
          ) : <span className="muted">—</span>,
        },
      ]}
    />
  );
}
