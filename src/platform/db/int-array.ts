import { sql, type RawBuilder } from "kysely";

/**
 * Ids as one int[] parameter (`= any(…)`, `&&`, `@>`): one bind value whatever the count, so
 * the statement text stays the same for one id or a thousand.
 */
export const intArray = (xs: number[]): RawBuilder<number[]> => sql<number[]>`${`{${xs.map((x) => Math.trunc(x)).join(",")}}`}::int[]`;
