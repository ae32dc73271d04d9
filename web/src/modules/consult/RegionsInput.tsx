import { useState } from "react";
import { useT } from "../../i18n.js";
import { RegionPicker } from "../directory/RegionPicker.js";

export interface RegionChoice { id: number; name: string }

/** Several regions: chips plus the directory's search-as-you-type picker. */
export function RegionsInput(props: { value: RegionChoice[]; onChange: (v: RegionChoice[]) => void; id?: string; placeholder?: string }) {
  const t = useT();
  const [gen, setGen] = useState(0);
  return (
    <div className="consult-regions">
      {props.value.length > 0 && (
        <div className="tags">
          {props.value.map((r) => (
            <span className="chip" key={r.id}>
              {r.name}
              <button type="button" aria-label={t("consult.remove")} onClick={() => props.onChange(props.value.filter((x) => x.id !== r.id))}>×</button>
            </span>
          ))}
        </div>
      )}
      <RegionPicker
        key={gen}
        id={props.id}
        value={null}
        placeholder={props.placeholder}
        onChange={(r) => {
          if (!r) return;
          if (!props.value.some((x) => x.id === r.id)) props.onChange([...props.value, { id: r.id, name: r.name }]);
          setGen(gen + 1);
        }}
      />
    </div>
  );
}
