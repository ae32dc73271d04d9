import { api } from "./api.js";
import { getLang, registerPlaceNames } from "./i18n.js";

interface RegionNames {
  items: { name: string; nameEn: string; fullName: string; fullNameEn: string }[];
}

let loading: Promise<void> | null = null;

/**
 * Loads the regions' English names once, when the interface is (or turns) English; Chinese
 * pages never ask. A failed load leaves the Chinese names and is tried again on the next switch.
 */
export function loadPlaceNames(): Promise<void> {
  if (getLang() !== "en") return Promise.resolve();
  loading ??= api<RegionNames>("GET", "/api/regions/names")
    .then((r) => registerPlaceNames(r.items.flatMap((x) => [[x.name, x.nameEn], [x.fullName, x.fullNameEn]] as const)))
    .catch(() => {
      loading = null;
    });
  return loading;
}
