import { useAsync } from "../../hooks.js";
import { useSession } from "../../session.js";
import { market, type Options } from "./api.js";

// Regions, industries and alliances change rarely; one request per signed-in user per page load.
const cache = new Map<string, Promise<Options>>();

/** The filter and form choices (GET /api/listings/options), shared by the marketplace pages. */
export function useOptions() {
  const s = useSession();
  const who = s.loading ? "loading" : String(s.user?.id ?? "anonymous");
  return useAsync(() => {
    if (who === "loading") return new Promise<Options>(() => {});
    let p = cache.get(who);
    if (!p) {
      p = market.options();
      p.catch(() => cache.delete(who));
      cache.set(who, p);
    }
    return p;
  }, [who]);
}

/** A region's name from the options (ids from URLs and listings). */
/** A region's name by id, in the interface's language (`t.place`). */
export function regionNamer(o: Options | undefined, place: (name: string) => string): (id: number) => string {
  const names = new Map(o?.regions.map((r) => [r.id, r.name]));
  return (id) => place(names.get(id) ?? String(id));
}
