import { sql, type Kysely } from "kysely";

/**
 * scope_ids: every region a record touches plus all their ancestors (太仓 → 太仓, 苏州, 江苏).
 * A region filter becomes "scope_ids contains R" and an alliance filter "scope_ids overlaps the
 * member regions" — a few integer comparisons per row instead of overlapping a whole subtree
 * (the dashboard benchmark spent most of its time there).
 */
export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ["projects", "agreements"]) {
    await sql`alter table ${sql.table(table)} add column scope_ids integer[] not null default '{}'`.execute(db);
    await sql`update ${sql.table(table)} t set scope_ids = coalesce((
      select array_agg(distinct a.id order by a.id) from unnest(t.region_ids) r
      join regions x on x.id = r join regions a on x.path = a.path or x.path like a.path || '/%'), '{}')`.execute(db);
    await sql`drop index if exists ${sql.ref(`${table}_regions_idx`)}`.execute(db);
    await sql`create index ${sql.ref(`${table}_scope_idx`)} on ${sql.table(table)} using gin (scope_ids)`.execute(db);
  }
}

export async function down(): Promise<void> {}
