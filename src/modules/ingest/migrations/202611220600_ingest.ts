import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("articles")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("url", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("published_on", "date")
    .addColumn("origin", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("raw_sha256", "text", (c) => c.notNull().unique())
    .addColumn("body_sha256", "text", (c) => c.notNull())
    .addColumn("simhash", "text", (c) => c.notNull())
    // 8 bands of 8 bits: a near duplicate (≤ 6 differing bits) shares at least two bands.
    .addColumn("simhash_bands", sql`text[]`, (c) => c.notNull())
    .addColumn("encoding", "text", (c) => c.notNull())
    .addColumn("repairs", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("new").check(sql`status in ('new','reviewed')`))
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("articles_body_sha_idx").on("articles").column("body_sha256").execute();
  await sql`create index articles_bands_idx on articles using gin (simhash_bands)`.execute(db);

  await db.schema
    .createTable("article_sources")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("size_bytes", "integer", (c) => c.notNull())
    .addColumn("raw_sha256", "text", (c) => c.notNull())
    .addColumn("match", "text", (c) => c.notNull().check(sql`match in ('original','exact','same_body','near')`))
    .addColumn("distance", "integer")
    .addColumn("received_by", "bigint")
    .addColumn("received_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("article_sources_article_idx").on("article_sources").column("article_id").execute();
  await db.schema.createIndex("article_sources_sha_idx").on("article_sources").column("raw_sha256").execute();

  await db.schema
    .createTable("facts")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull().check(sql`type in ('region','delegation','agreement','alliance','signing','meeting')`))
    .addColumn("data", "jsonb", (c) => c.notNull())
    .addColumn("edited_data", "jsonb")
    .addColumn("sentence", "text", (c) => c.notNull())
    .addColumn("confidence", "real", (c) => c.notNull().check(sql`confidence >= 0 and confidence <= 1`))
    .addColumn("status", "text", (c) => c.notNull().defaultTo("draft").check(sql`status in ('draft','confirmed','rejected')`))
    .addColumn("record_module", "text")
    .addColumn("record_id", "integer")
    .addColumn("reject_reason", "text")
    .addColumn("reviewed_by", "bigint")
    .addColumn("reviewed_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex("facts_status_idx").on("facts").columns(["status", "id"]).execute();
  await db.schema.createIndex("facts_article_idx").on("facts").column("article_id").execute();
}

export async function down(): Promise<void> {}
