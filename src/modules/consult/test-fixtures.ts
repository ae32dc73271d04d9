import type { Db } from "../../platform/db/connect.js";
import type { Actor } from "../../platform/auth.js";
import { fixtureAlliance, fixtureOrganization, fixtureRegions, testAdmin } from "../../../test/support/directory-fixtures.js";

export interface ConsultFixture {
  region: Record<string, number>;
  alliance: number;
  org: { jiading: number };
  admin: Actor;
}

/** Regions, an alliance shaped like 嘉昆太 and an organisation; tolerant of the directory seed having run. */
export async function consultFixture(db: Db): Promise<ConsultFixture> {
  const region = await fixtureRegions(db);
  const name = `测试协同创新核心圈${Math.random().toString(36).slice(2, 8)}`;
  const alliance = await fixtureAlliance(db, { name, shortName: "测试圈", kind: "circle", regionIds: [region["310114"], region["320583"], region["320585"]] });
  const jiading = await fixtureOrganization(db, `嘉定区科学技术委员会${name}`, region["310114"], "government");
  return { region, alliance, org: { jiading }, admin: testAdmin };
}
