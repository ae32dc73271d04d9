import { sql, type Kysely } from "kysely";

// Kind is the most used filter; with the region GIN index it narrows the heap visits of a
// browse (kind + region, no text) to the rows that qualify.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index listings_kind_idx on listings (kind, published_at desc)`.execute(db);
}

export async function down(): Promise<void> {}
