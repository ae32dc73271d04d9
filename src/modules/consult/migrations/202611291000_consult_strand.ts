import type { Kysely } from "kysely";

// A programme such as 五大行动 has strands (党建引领共促, 产业链供应链共融, …): an item names its
// strand, so a programme shows its completion per strand without splitting into five programmes.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("action_items").addColumn("strand", "text", (c) => c.notNull().defaultTo("")).execute();
}

export async function down(): Promise<void> {}
