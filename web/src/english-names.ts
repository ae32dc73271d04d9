import { api } from "./api.js";
import { getLang, registerEnglishNames } from "./i18n.js";

interface RegionNames {
  items: { name: string; nameEn: string; fullName: string; fullNameEn: string }[];
}
interface Alliances {
  items: { name: string; nameEn: string; shortName: string; shortNameEn: string }[];
}
interface OrganizationNames {
  items: { name: string; nameEn: string }[];
}
interface Industry {
  name: string;
  nameEn: string;
  segments: { name: string; nameEn: string }[];
}

let loading: Promise<void> | null = null;

/**
 * Loads the English names of regions, industries, alliances and organisations once, when the
 * interface is (or turns) English; Chinese pages never ask. A failed load leaves the Chinese names
 * and is tried again on the next switch. An alliance or organisation without an English name
 * keeps its Chinese one.
 */
export function loadEnglishNames(): Promise<void> {
  if (getLang() !== "en") return Promise.resolve();
  loading ??= Promise.all([
    api<RegionNames>("GET", "/api/regions/names"),
    api<Industry[]>("GET", "/api/industries"),
    api<Alliances>("GET", "/api/alliances?limit=500"),
    api<OrganizationNames>("GET", "/api/organizations/names"),
  ])
    .then(([regions, industries, alliances, organizations]) =>
      registerEnglishNames([
        ...regions.items.flatMap((x) => [[x.name, x.nameEn], [x.fullName, x.fullNameEn]] as const),
        ...industries.flatMap((i) => [[i.name, i.nameEn] as const, ...i.segments.map((s) => [s.name, s.nameEn] as const)]),
        ...alliances.items.flatMap((a) => [[a.name, a.nameEn], [a.shortName, a.shortNameEn || a.nameEn]] as const),
        ...organizations.items.map((o) => [o.name, o.nameEn] as const),
      ]),
    )
    .catch(() => {
      loading = null;
    });
  return loading;
}
