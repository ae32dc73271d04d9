import { useEffect, useRef, useState } from "react";
import { useDebounced } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { directory, type Region, type RegionRef } from "./api.js";

/**
 * A search-as-you-type region chooser over GET /api/regions?q=. Shows the parent so that
 * 普陀区 (上海市) and 普陀区 (舟山市) are told apart. Other modules may reuse it.
 */
export function RegionPicker(props: {
  value: RegionRef | null;
  onChange: (r: Region | null) => void;
  placeholder?: string;
  level?: string;
  id?: string;
  name?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}) {
  const t = useT();
  // The box shows a chosen region's name in the interface's language.
  const shown = props.value ? t.place(props.value.name) : "";
  const [text, setText] = useState(shown);
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<Region[]>([]);
  const [active, setActive] = useState(0);
  const q = useDebounced(text, 200);
  const box = useRef<HTMLDivElement>(null);

  // An outside selection (initial value, edit form) shows its name; clearing is the user's
  // typing, so a null value never wipes what they typed. Remount (key) to reset the box.
  useEffect(() => {
    if (props.value) setText(shown);
  }, [props.value?.id, shown]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    if (!open || !q.trim() || (props.value?.id != null && q === shown)) return;
    const ctl = new AbortController();
    directory.regions({ q: q.trim(), level: props.level, limit: 12 }, ctl.signal).then(
      (r) => {
        setItems(r.items);
        setActive(0);
      },
      () => setItems([]),
    );
    return () => ctl.abort();
  }, [q, open, props.level, props.value?.id, shown]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    const close = (e: MouseEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false);
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, []);

  const choose = (r: Region) => {
    props.onChange(r);
    setText(t.place(r.name));
    setOpen(false);
  };

  return (
    <div className="picker" ref={box}>
      <input
        type="search"
        id={props.id}
        name={props.name}
        role="combobox"
        aria-expanded={open}
        aria-autocomplete="list"
        aria-invalid={props["aria-invalid"]}
        aria-describedby={props["aria-describedby"]}
        autoComplete="off"
        placeholder={props.placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          if (props.value) props.onChange(null);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, items.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter" && open && items[active]) {
            e.preventDefault();
            choose(items[active]);
          } else if (e.key === "Escape") setOpen(false);
        }}
      />
      {open && text.trim() && items.length > 0 && (
        <ul className="picker-list" role="listbox">
          {items.map((r, i) => (
            <li
              key={r.id}
              role="option"
              aria-selected={i === active}
              className={i === active ? "active" : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r);
              }}
            >
              <span>{t.place(r.name)}</span> <span className="muted small">{r.fullName && r.fullName !== r.name ? t.place(r.fullName) : ""} · {t(`dir.level.${r.level}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
