import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("programmes")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("alliance_id", "integer", (c) => c.notNull().references("alliances.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("programmes_alliance_name", ["alliance_id", "name"])
    .execute();

  // Items belong to an alliance; the programme is optional so a visit's follow-ups can
  // stand alone in the alliance's list (visit_id says where they came from).
  await db.schema
    .createTable("action_items")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("alliance_id", "integer", (c) => c.references("alliances.id"))
    .addColumn("programme_id", "integer", (c) => c.references("programmes.id"))
    .addColumn("visit_id", "integer", (c) => c.references("visits.id"))
    .addColumn("meeting_id", "integer", (c) => c.references("meetings.id"))
    .addColumn("decision_id", "integer", (c) => c.references("meeting_decisions.id").onDelete("set null"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("deadline", "date")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("not_started").check(sql`status in ('not_started','in_progress','done','cancelled')`))
    .addColumn("completed_on", "date")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("action_items_done_dated", sql`(status = 'done') = (completed_on is not null)`)
    .execute();
  await sql`create index action_items_alliance_idx on action_items (alliance_id, status, deadline)`.execute(db);
  await sql`create index action_items_programme_idx on action_items (programme_id)`.execute(db);

  await db.schema
    .createTable("action_item_owners")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("item_id", "integer", (c) => c.notNull().references("action_items.id").onDelete("cascade"))
    .addColumn("region_id", "integer", (c) => c.references("regions.id"))
    .addColumn("organization_id", "integer", (c) => c.references("organizations.id"))
    .addCheckConstraint("action_item_owners_one", sql`(region_id is null) <> (organization_id is null)`)
    .execute();
  await sql`create index action_item_owners_item_idx on action_item_owners (item_id)`.execute(db);

  await db.schema
    .createTable("action_progress_notes")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("item_id", "integer", (c) => c.notNull().references("action_items.id").onDelete("cascade"))
    .addColumn("noted_on", "date", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("by_user_id", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(): Promise<void> {}
