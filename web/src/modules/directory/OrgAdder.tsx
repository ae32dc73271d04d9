import { useState } from "react";
import { useAsync, useDebounced } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { directory, type Organization } from "./api.js";
import "./messages.js";

/** Search-as-you-type over the directory's organisations; each choice is handed to `onAdd` and the box clears. */
export function OrgAdder({ onAdd, label, placeholder }: { onAdd: (o: Organization) => void; label?: string; placeholder?: string }) {
  const t = useT();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), 250);
  const found = useAsync((s) => (q ? directory.organizations({ q, limit: 8 }, s) : Promise.resolve(null)), [q]);
  return (
    <div className="picker">
      <input type="search" value={text} placeholder={placeholder ?? t("dir.orgs.qPh")} aria-label={label ?? t("dir.alliance.addOrg")} onChange={(e) => setText(e.target.value)} />
      {text.trim() && q && found.data && found.data.items.length > 0 && (
        <ul className="picker-list" role="listbox">
          {found.data.items.map((o) => (
            <li
              key={o.id}
              role="option"
              aria-selected={false}
              onMouseDown={(e) => {
                e.preventDefault();
                onAdd(o);
                setText("");
              }}
            >
              {t.org(o.name)} <span className="muted small">{o.region ? t.place(o.region.name) : ""}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
