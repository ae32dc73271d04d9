import { sql, type Kysely } from "kysely";

/**
 * Agreements, signing ceremonies and projects. `region_ids` / `city_ids` on agreements and
 * projects are written by the service (party regions, organisations' regions, landing region)
 * so that dashboard filters and the cooperation network read one row, not three joins.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("agreements")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("title", "text", (c) => c.notNull()) // stored without 《》
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('memorandum','framework','cooperation','other')`))
    .addColumn("signed_on", "date", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("event_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("alliance_id", "integer", (c) => c.references("alliances.id"))
    .addColumn("ceremony_id", "integer")
    .addColumn("industry_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("region_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("city_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("document_name", "text")
    .addColumn("document_type", "text")
    .addColumn("document_bytes", "bytea")
    .addColumn("source", "jsonb")
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index agreements_signed_idx on agreements (signed_on)`.execute(db);
  await sql`create index agreements_alliance_idx on agreements (alliance_id, signed_on)`.execute(db);
  await sql`create index agreements_regions_idx on agreements using gin (region_ids)`.execute(db);

  await db.schema
    .createTable("agreement_parties")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("agreement_id", "integer", (c) => c.notNull().references("agreements.id").onDelete("cascade"))
    .addColumn("region_id", "integer", (c) => c.references("regions.id"))
    .addColumn("organization_id", "integer", (c) => c.references("organizations.id"))
    .addColumn("name", "text", (c) => c.notNull().defaultTo("")) // as written, e.g. 苏州市政府
    .addCheckConstraint("agreement_parties_one_ref", sql`(region_id is null) <> (organization_id is null)`)
    .execute();
  await sql`create index agreement_parties_agreement_idx on agreement_parties (agreement_id)`.execute(db);

  await db.schema
    .createTable("ceremonies")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("held_on", "date", (c) => c.notNull())
    .addColumn("end_on", "date")
    .addColumn("place", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("host_region_id", "integer", (c) => c.references("regions.id"))
    .addColumn("event_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("alliance_id", "integer", (c) => c.references("alliances.id"))
    .addColumn("reported", "jsonb") // figures as announced (count, total, buckets), kept beside the recorded projects
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("source", "jsonb")
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("ceremonies_dates", sql`end_on is null or end_on >= held_on`)
    .execute();
  await sql`alter table agreements add constraint agreements_ceremony_fk foreign key (ceremony_id) references ceremonies (id)`.execute(db);

  await db.schema
    .createTable("projects")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("ceremony_id", "integer", (c) => c.references("ceremonies.id"))
    .addColumn("alliance_id", "integer", (c) => c.references("alliances.id"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('investment','cooperation','research','infrastructure','other')`))
    .addColumn("industry_id", "integer", (c) => c.references("industries.id"))
    .addColumn("amount_yuan", "bigint", (c) => c.check(sql`amount_yuan >= 0`))
    .addColumn("landing_region_id", "integer", (c) => c.references("regions.id"))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("signed").check(sql`status in ('signed','started','producing','terminated')`))
    .addColumn("status_on", "date", (c) => c.notNull())
    .addColumn("status_reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("signed_on", "date", (c) => c.notNull())
    .addColumn("region_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("city_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("source", "jsonb")
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index projects_signed_idx on projects (signed_on)`.execute(db);
  await sql`create index projects_alliance_idx on projects (alliance_id, signed_on)`.execute(db);
  await sql`create index projects_ceremony_idx on projects (ceremony_id)`.execute(db);
  await sql`create index projects_regions_idx on projects using gin (region_ids)`.execute(db);

  await db.schema
    .createTable("project_parties")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id").onDelete("cascade"))
    .addColumn("region_id", "integer", (c) => c.references("regions.id"))
    .addColumn("organization_id", "integer", (c) => c.references("organizations.id"))
    .addColumn("name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("role", "text", (c) => c.notNull().defaultTo(""))
    .addCheckConstraint("project_parties_one_ref", sql`(region_id is null) <> (organization_id is null)`)
    .execute();
  await sql`create index project_parties_project_idx on project_parties (project_id)`.execute(db);

  // Append-only: a status change adds a row, nothing here is ever updated.
  await db.schema
    .createTable("project_status_history")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id").onDelete("cascade"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("on_date", "date", (c) => c.notNull())
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("by_user", "bigint")
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index project_status_history_project_idx on project_status_history (project_id, id)`.execute(db);

  await db.schema
    .createTable("project_milestones")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("project_id", "integer", (c) => c.notNull().references("projects.id").onDelete("cascade"))
    .addColumn("on_date", "date", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index project_milestones_project_idx on project_milestones (project_id, on_date)`.execute(db);
}

export async function down(): Promise<void> {}
