import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // The directory keeps each member's rotation_order; the year the first member hosts lives here.
  await db.schema
    .createTable("rotations")
    .addColumn("alliance_id", "integer", (c) => c.primaryKey().references("alliances.id"))
    .addColumn("base_year", "integer", (c) => c.notNull().check(sql`base_year between 1949 and 2200`))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("alliance_id", "integer", (c) => c.references("alliances.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('会商','轮值会议','恳谈会','other')`))
    .addColumn("held_on", "date", (c) => c.notNull())
    .addColumn("host_region_id", "integer", (c) => c.references("regions.id"))
    .addColumn("place", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("theme", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("agenda", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("minutes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("source", "jsonb")
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index meetings_alliance_idx on meetings (alliance_id, held_on desc)`.execute(db);

  await db.schema
    .createTable("meeting_attendees")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("region_id", "integer", (c) => c.references("regions.id"))
    .addColumn("organization_id", "integer", (c) => c.references("organizations.id"))
    .addColumn("person_name", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("person_title", "text", (c) => c.notNull().defaultTo(""))
    .execute();

  await db.schema
    .createTable("meeting_decisions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("meetings.id").onDelete("cascade"))
    .addColumn("text", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("visits")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("alliance_id", "integer", (c) => c.references("alliances.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("start_on", "date", (c) => c.notNull())
    .addColumn("end_on", "date", (c) => c.notNull())
    .addColumn("from_region_ids", sql`integer[]`, (c) => c.notNull())
    .addColumn("to_region_ids", sql`integer[]`, (c) => c.notNull())
    .addColumn("leaders", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn("organizations_visited", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("sites", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("purpose", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("source", "jsonb")
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("visits_dates", sql`end_on >= start_on`)
    .execute();
}

export async function down(): Promise<void> {}
