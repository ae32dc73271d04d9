import { sql, type Kysely } from "kysely";

const KINDS = `'tech_offer','tech_need','challenge','space','investment','procurement','service','finance'`;
const STATUSES = `'draft','in_review','published','rejected','closed','expired'`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("listings")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("kind", "text", (c) => c.notNull().check(sql.raw(`kind in (${KINDS})`)))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft").check(sql.raw(`status in (${STATUSES})`)))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id"))
    .addColumn("created_by", "bigint")
    .addColumn("contact", "jsonb")
    // Arrays instead of join tables: one GIN index answers "any of these regions" and
    // the facet is an unnest, without a join per row at 1M listings.
    .addColumn("region_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("city_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("industry_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("segment_ids", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("amount_yuan", "bigint", (c) => c.check(sql`amount_yuan >= 0`))
    .addColumn("area_sqm", "numeric", (c) => c.check(sql`area_sqm > 0`))
    .addColumn("price_yuan", "numeric", (c) => c.check(sql`price_yuan >= 0`))
    .addColumn("attrs", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("valid_from", "date")
    .addColumn("valid_until", "date")
    .addColumn("visibility", "text", (c) => c.notNull().defaultTo("public").check(sql`visibility in ('public','members','directed')`))
    .addColumn("moderation_reason", "text")
    .addColumn("flags", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn("reviewed_by", "bigint")
    .addColumn("reviewed_at", "timestamptz")
    .addColumn("submitted_at", "timestamptz")
    .addColumn("published_at", "timestamptz")
    .addColumn("closed_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("search", sql`tsvector`, (c) => c.notNull().defaultTo(sql`''::tsvector`))
    .addCheckConstraint("listings_valid_order", sql`valid_until is null or valid_from is null or valid_until >= valid_from`)
    .execute();
  await sql`create index listings_search_idx on listings using gin (search)`.execute(db);
  await sql`create index listings_title_trgm_idx on listings using gin (title gin_trgm_ops)`.execute(db);
  await sql`create index listings_region_ids_idx on listings using gin (region_ids)`.execute(db);
  await sql`create index listings_industry_ids_idx on listings using gin (industry_ids)`.execute(db);
  await sql`create index listings_status_published_idx on listings (status, published_at desc)`.execute(db);
  await sql`create index listings_org_idx on listings (organization_id, status)`.execute(db);
  await sql`create index listings_expiry_idx on listings (valid_until) where status = 'published'`.execute(db);

  await db.schema
    .createTable("listing_audience")
    .addColumn("listing_id", "integer", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("alliance_id", "integer", (c) => c.references("alliances.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.references("organizations.id").onDelete("cascade"))
    .addCheckConstraint("listing_audience_one", sql`(alliance_id is null) <> (organization_id is null)`)
    .execute();
  await sql`create index listing_audience_listing_idx on listing_audience (listing_id)`.execute(db);

  await db.schema
    .createTable("challenge_applications")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("listing_id", "integer", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id"))
    .addColumn("applied_by", "bigint")
    .addColumn("proposal", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("applied").check(sql`status in ('applied','shortlisted','awarded','rejected')`))
    .addColumn("decided_by", "bigint")
    .addColumn("decided_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("challenge_applications_once", ["listing_id", "organization_id"])
    .execute();

  await db.schema
    .createTable("procurement_participants")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("listing_id", "integer", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id"))
    .addColumn("joined_by", "bigint")
    .addColumn("quantities", "jsonb", (c) => c.notNull()) // number per item, aligned with attrs.items
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("procurement_participants_once", ["listing_id", "organization_id"])
    .execute();

  await db.schema
    .createTable("interests")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("listing_id", "integer", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id"))
    .addColumn("created_by", "bigint")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open").check(sql`status in ('open','closed')`))
    .addColumn("closed_by", "bigint")
    .addColumn("closed_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_message_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index interests_one_open on interests (listing_id, organization_id) where status = 'open'`.execute(db);
  await sql`create index interests_org_idx on interests (organization_id)`.execute(db);

  await db.schema
    .createTable("interest_messages")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("interest_id", "integer", (c) => c.notNull().references("interests.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id"))
    .addColumn("author_id", "bigint")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index interest_messages_interest_idx on interest_messages (interest_id, id)`.execute(db);
}

export async function down(): Promise<void> {}
