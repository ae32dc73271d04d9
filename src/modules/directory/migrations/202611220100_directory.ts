import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("regions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("code", "text", (c) => c.notNull().unique()) // GB/T 2260 administrative code
    .addColumn("name", "text", (c) => c.notNull()) // 苏州市
    .addColumn("short_name", "text", (c) => c.notNull()) // 苏州
    .addColumn("level", "text", (c) => c.notNull().check(sql`level in ('province','prefecture','county')`))
    .addColumn("kind", "text", (c) => c.notNull()) // 省 / 直辖市 / 地级市 / 市辖区 / 县级市 / 县
    .addColumn("parent_id", "integer", (c) => c.references("regions.id"))
    .addColumn("path", "text", (c) => c.notNull()) // '310000/310107': descendants by prefix
    .addColumn("aliases", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("lng", "double precision")
    .addColumn("lat", "double precision")
    .execute();
  await db.schema.createIndex("regions_parent_idx").on("regions").column("parent_id").execute();
  await db.schema.createIndex("regions_path_idx").on("regions").expression(sql`path text_pattern_ops`).execute();
  await sql`create index regions_name_trgm_idx on regions using gin (name gin_trgm_ops)`.execute(db);
  await sql`create index regions_aliases_idx on regions using gin (aliases)`.execute(db);

  await db.schema
    .createTable("industries")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("code", "text", (c) => c.notNull().unique()) // 'ic', 'biomed'
    .addColumn("name", "text", (c) => c.notNull().unique()) // 集成电路
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("sort", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("industry_segments")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("industry_id", "integer", (c) => c.notNull().references("industries.id").onDelete("cascade"))
    .addColumn("code", "text", (c) => c.notNull().unique()) // 'ic.design'
    .addColumn("stage", "text", (c) => c.notNull().check(sql`stage in ('upstream','midstream','downstream')`))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("sort", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("organizations")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('enterprise','university','institute','park','government','finance','service')`),
    )
    .addColumn("region_id", "integer", (c) => c.notNull().references("regions.id"))
    .addColumn("credit_code", "text")
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("website", "text")
    .addColumn("contact_name", "text")
    .addColumn("contact_phone", "text")
    .addColumn("contact_email", "text")
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("organizations_name_key", ["name"])
    .addUniqueConstraint("organizations_credit_code_key", ["credit_code"])
    .execute();
  await db.schema.createIndex("organizations_region_idx").on("organizations").column("region_id").execute();
  await sql`create index organizations_name_trgm_idx on organizations using gin (name gin_trgm_ops)`.execute(db);
  await db.schema
    .createTable("organization_industries")
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("industry_id", "integer", (c) => c.notNull().references("industries.id"))
    .addColumn("segment_id", "integer", (c) => c.references("industry_segments.id"))
    .execute();
  await sql`create unique index organization_industries_key on organization_industries (organization_id, industry_id, coalesce(segment_id, 0))`.execute(db);

  await db.schema
    .createTable("alliances")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("name", "text", (c) => c.notNull().unique()) // 长三角G60科创走廊
    .addColumn("short_name", "text", (c) => c.notNull()) // G60
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('alliance','corridor','circle','belt','platform')`))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("founded_on", "date")
    .addColumn("created_by", "bigint")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable("alliance_regions")
    .addColumn("alliance_id", "integer", (c) => c.notNull().references("alliances.id").onDelete("cascade"))
    .addColumn("region_id", "integer", (c) => c.notNull().references("regions.id"))
    .addColumn("rotation_order", "integer") // 轮值 order; null = not in the rotation
    .addPrimaryKeyConstraint("alliance_regions_pk", ["alliance_id", "region_id"])
    .execute();
  await db.schema
    .createTable("alliance_organizations")
    .addColumn("alliance_id", "integer", (c) => c.notNull().references("alliances.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references("organizations.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull().defaultTo("member"))
    .addPrimaryKeyConstraint("alliance_organizations_pk", ["alliance_id", "organization_id"])
    .execute();
}

export async function down(): Promise<void> {}
