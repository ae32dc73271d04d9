import type { Db } from "../../platform/db/connect.js";

/** The chain taxonomy: industries in their display order, each with its segments. */
export async function listIndustries(db: Db) {
  const [industries, segments] = await Promise.all([
    db.selectFrom("industries").select(["id", "code", "name", "name_en"]).orderBy("sort").orderBy("id").execute(),
    db.selectFrom("industry_segments").select(["id", "industry_id", "code", "stage", "name", "name_en"]).orderBy("sort").orderBy("id").execute(),
  ]);
  const stageOrder = { upstream: 0, midstream: 1, downstream: 2 } as const;
  return industries.map((i) => ({
    id: i.id,
    code: i.code,
    name: i.name,
    nameEn: i.name_en,
    segments: segments
      .filter((s) => s.industry_id === i.id)
      .sort((a, b) => stageOrder[a.stage] - stageOrder[b.stage])
      .map((s) => ({ id: s.id, code: s.code, stage: s.stage, name: s.name, nameEn: s.name_en })),
  }));
}
