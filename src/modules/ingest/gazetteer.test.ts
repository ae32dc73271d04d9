import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./gazetteer.js";
import { directoryFileGazetteer, directoryRegions } from "./gazetteer.repo.js";

const gaz = directoryFileGazetteer();
const names = (text: string) => gaz.find(text).map((m) => m.candidates[0].name);

describe("the extractor's gazetteer is the directory's", () => {
  it("holds every region of the directory's data file, so every city of the Delta is found", () => {
    const regions = directoryRegions();
    expect(gaz.regions.length).toBe(regions.length);
    const cities = regions.filter((r) => r.level === "prefecture");
    expect(cities.length).toBe(40); // 13 in Jiangsu, 11 in Zhejiang, 16 in Anhui
    for (const c of cities) {
      expect(names(`${c.name}代表团来访`)).toEqual([c.name]);
      expect(names(`与${c.shortName}签约`)).toEqual([c.name]);
    }
  });

  it("finds county-level places anywhere in the Delta, with their former names", () => {
    expect(names("宣城市广德市与长兴县签约;港闸区")).toEqual(["宣城市", "广德市", "长兴县", "崇川区"]);
    expect(names("舟山市普陀区")).toEqual(["舟山市", "普陀区"]);
    expect(gaz.find("舟山市普陀区")[1].candidates.map((c) => c.code)).toEqual(["330903", "310107"]);
  });

  it("does not take a lake, a sea or a road named after a place for the place", () => {
    expect(names("西濒太湖,东临东海,沿黄浦江,漫步苏州河畔、南京路")).toEqual([]);
    expect(names("太湖县、东海县")).toEqual(["太湖县", "东海县"]);
    // A place right after the short name: two places, not a river (宁波江北区).
    expect(names("宁波江北区")).toEqual(["宁波市", "江北区"]);
    expect(names("松江区和嘉兴的合作")).toEqual(["松江区", "嘉兴市"]);
  });

  it("works on any region list (tests, the evaluator's --regions)", () => {
    const tiny = buildGazetteer([{ code: "1", name: "甲乙市", shortName: "甲乙", level: "prefecture" }]);
    expect(tiny.find("甲乙市与甲乙").map((m) => m.surface)).toEqual(["甲乙市", "甲乙"]);
    expect(buildGazetteer([]).find("任何文字")).toEqual([]);
  });
});
