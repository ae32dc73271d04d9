import { useT } from "../i18n.js";

export interface Chosen {
  id: number;
  name: string;
}

/** What a form has chosen (regions, organisations), each a chip its × takes out again. */
export function Chips<C extends Chosen>({ items, onChange, testId }: { items: C[]; onChange: (items: C[]) => void; testId?: string }) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <div className="tags" data-testid={testId}>
      {items.map((c) => (
        <span key={c.id} className="chip">
          {c.name}
          <button type="button" aria-label={t("common.remove", { name: c.name })} onClick={() => onChange(items.filter((x) => x.id !== c.id))}>
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
