import { useState } from "react";
import { Chips, type Chosen } from "../../components/Chips.js";
import { useT } from "../../i18n.js";
import { RegionPicker } from "./RegionPicker.js";

/** Several regions: chips plus the search-as-you-type picker, which clears after each choice. */
export function RegionsInput(props: { value: Chosen[]; onChange: (v: Chosen[]) => void; id?: string; placeholder?: string }) {
  // A new key gives a fresh, empty picker once a region has been taken from it.
  const [picked, setPicked] = useState(0);
  const t = useT();
  return (
    <div className="regions-input">
      <Chips items={props.value.map((x) => ({ ...x, name: t.place(x.name) }))} onChange={(v) => props.onChange(props.value.filter((x) => v.some((y) => y.id === x.id)))} />
      <RegionPicker
        key={picked}
        id={props.id}
        value={null}
        placeholder={props.placeholder}
        onChange={(r) => {
          if (!r) return;
          if (!props.value.some((x) => x.id === r.id)) props.onChange([...props.value, { id: r.id, name: r.name }]);
          setPicked(picked + 1);
        }}
      />
    </div>
  );
}
