/**
 * Named institutions of the Delta for the demo directory (universities, institutes, parks,
 * government departments): real names in their real districts. They carry no credit code —
 * the demo does not invent registration numbers for real bodies; only the generated,
 * fictional enterprises and service firms get (valid, made-up) codes.
 * Each row: [name, region GB code, industry codes].
 */
export type Named = readonly [name: string, regionCode: string, industries: readonly string[]];

export const UNIVERSITIES: readonly Named[] = [
  ["苏州大学", "320508", ["biomed", "materials", "ei"]],
  ["东南大学", "320102", ["ei", "ic", "equipment"]],
  ["浙江大学", "330106", ["ai", "biomed", "equipment"]],
  ["中国科学技术大学", "340111", ["ai", "new-energy", "materials"]],
  ["南京大学", "320113", ["materials", "ei", "ai"]],
  ["上海交通大学", "310112", ["equipment", "aerospace", "biomed"]],
  ["复旦大学", "310110", ["biomed", "ic", "ai"]],
  ["同济大学", "310110", ["nev", "equipment", "green"]],
  ["华东师范大学", "310107", ["software", "ai"]],
  ["上海大学", "310113", ["materials", "equipment"]],
  ["东华大学", "310117", ["textile", "materials"]],
  ["上海工程技术大学", "310117", ["nev", "equipment"]],
  ["江南大学", "320211", ["biomed", "textile"]],
  ["南京航空航天大学", "320104", ["aerospace", "low-alt"]],
  ["江苏大学", "321102", ["equipment", "nev"]],
  ["常州大学", "320412", ["materials", "new-energy"]],
  ["西交利物浦大学", "320506", ["ai", "software"]],
  ["合肥工业大学", "340111", ["nev", "equipment"]],
  ["安徽大学", "340104", ["ei", "ai"]],
  ["安徽工程大学", "340207", ["equipment", "textile"]],
  ["安徽师范大学", "340209", ["software", "green"]],
  ["浙江工业大学", "330105", ["equipment", "biomed"]],
  ["浙江师范大学", "330702", ["ai", "software"]],
  ["嘉兴大学", "330402", ["textile", "materials"]],
  ["湖州师范学院", "330502", ["green", "biomed"]],
];

/** The English names these institutions use themselves (the others are shown as registered). */
export const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  苏州大学: "Soochow University",
  东南大学: "Southeast University",
  浙江大学: "Zhejiang University",
  中国科学技术大学: "University of Science and Technology of China",
  南京大学: "Nanjing University",
  上海交通大学: "Shanghai Jiao Tong University",
  复旦大学: "Fudan University",
  同济大学: "Tongji University",
  华东师范大学: "East China Normal University",
  上海大学: "Shanghai University",
  东华大学: "Donghua University",
  上海工程技术大学: "Shanghai University of Engineering Science",
  江南大学: "Jiangnan University",
  南京航空航天大学: "Nanjing University of Aeronautics and Astronautics",
  江苏大学: "Jiangsu University",
  常州大学: "Changzhou University",
  西交利物浦大学: "Xi'an Jiaotong-Liverpool University",
  合肥工业大学: "Hefei University of Technology",
  安徽大学: "Anhui University",
  安徽工程大学: "Anhui Polytechnic University",
  安徽师范大学: "Anhui Normal University",
  浙江工业大学: "Zhejiang University of Technology",
  浙江师范大学: "Zhejiang Normal University",
  嘉兴大学: "Jiaxing University",
  中国科学院上海微系统与信息技术研究所: "Shanghai Institute of Microsystem and Information Technology, CAS",
  中国科学院苏州纳米技术与纳米仿生研究所: "Suzhou Institute of Nano-Tech and Nano-Bionics, CAS",
  江苏省产业技术研究院: "Jiangsu Industrial Technology Research Institute",
  之江实验室: "Zhejiang Lab",
};

export const INSTITUTES: readonly Named[] = [
  ["中国科学院上海微系统与信息技术研究所", "310105", ["ic", "ei"]],
  ["中国科学院苏州纳米技术与纳米仿生研究所", "320506", ["materials", "ic"]],
  ["江苏省产业技术研究院", "320111", ["equipment", "materials"]],
  ["之江实验室", "330110", ["ai", "software"]],
  ["合肥综合性国家科学中心能源研究院", "340104", ["new-energy"]],
  ["长三角G60科创走廊研究中心", "310117", ["ai", "equipment"]],
  ["长三角先进材料研究院", "320507", ["materials"]],
  ["中国科学院宁波材料技术与工程研究所", "330211", ["materials", "nev"]],
  ["浙江清华长三角研究院", "330402", ["ei", "green"]],
  ["先进技术成果长三角转化中心", "320505", ["aerospace", "equipment"]],
  ["嘉善复旦研究院", "330421", ["biomed", "ei"]],
  ["中国工业互联网研究院江苏分院", "320509", ["software", "equipment"]],
];

export const PARKS: readonly Named[] = [
  ["苏州工业园区管理委员会", "320500", ["ic", "biomed", "ai"]],
  ["昆山高新技术产业开发区", "320583", ["ei", "equipment"]],
  ["嘉定工业区", "310114", ["nev", "equipment"]],
  ["太仓高新技术产业开发区", "320585", ["aerospace", "equipment"]],
  ["松江经济技术开发区", "310117", ["ic", "ei"]],
  ["上海桃浦智创城", "310107", ["software", "biomed"]],
  ["嘉兴经济技术开发区", "330402", ["equipment", "nev"]],
  ["杭州高新技术产业开发区", "330108", ["ai", "software"]],
  ["合肥高新技术产业开发区", "340104", ["ai", "ic"]],
  ["芜湖经济技术开发区", "340207", ["nev", "low-alt"]],
  ["镇江新区", "321100", ["aerospace", "materials"]],
  ["南京江北新区", "320100", ["ic", "biomed"]],
  ["吴江经济技术开发区", "320509", ["ei", "textile"]],
  ["嘉善经济技术开发区", "330421", ["ei", "equipment"]],
  ["海安高新技术产业开发区", "320685", ["materials", "equipment"]],
  ["湖州莫干山高新技术产业开发区", "330521", ["materials", "low-alt"]],
  ["金华经济技术开发区", "330700", ["nev", "equipment"]],
  ["宣城经济技术开发区", "341802", ["nev", "new-energy"]],
  ["无锡高新技术产业开发区", "320214", ["ic", "ei"]],
  ["常州国家高新技术产业开发区", "320411", ["new-energy", "equipment"]],
];

/** [region GB code, department suffix] — 科技局 of cities and districts named in the seeds. */
export const GOVERNMENTS: readonly (readonly [string, string])[] = [
  ["320500", "科学技术局"], ["310107", "科学技术委员会"], ["310114", "科学技术委员会"], ["320583", "科学技术局"], ["320585", "科学技术局"],
  ["321100", "科学技术局"], ["310117", "科学技术委员会"], ["330400", "科学技术局"], ["330100", "科学技术局"], ["330700", "科学技术局"],
  ["330500", "科学技术局"], ["341800", "科学技术局"], ["340200", "科学技术局"], ["340100", "科学技术局"], ["320685", "科学技术局"],
  ["330421", "科学技术局"], ["320509", "科学技术局"], ["320100", "科学技术局"], ["320200", "科学技术局"], ["320400", "科学技术局"],
  ["320500", "发展和改革委员会"], ["321100", "发展和改革委员会"],
];

/** Telephone area codes for demo contact numbers, by prefecture (Shanghai by province). */
export const AREA_CODES: Record<string, string> = {
  "310000": "021", "320100": "025", "320200": "0510", "320400": "0519", "320500": "0512", "320600": "0513", "321100": "0511",
  "330100": "0571", "330200": "0574", "330400": "0573", "330500": "0572", "330700": "0579", "340100": "0551", "340200": "0553",
  "341800": "0563",
};

/** Districts and counties where the generated firms are located, weighted towards the seeds' alliances. */
export const FIRM_REGIONS: readonly string[] = [
  "320505", "320506", "320507", "320508", "320509", "320583", "320583", "320585", "320585", "320581", "320582",
  "310107", "310107", "310114", "310114", "310117", "310117", "310115", "310112", "310113",
  "330402", "330411", "330421", "330481", "330106", "330108", "330110", "330782", "330702", "330502", "330521",
  "341802", "341881", "340207", "340202", "340104", "340111", "340181",
  "321102", "321181", "320115", "320106", "320214", "320281", "320411", "320412", "320685", "320612",
];

/** Two-character brand syllables: combinations read like firm names without copying a real one. */
export const BRAND_CHARS = "瑞恒鼎芯澜睿启拓元智博衡晟联德泰嘉宏凯越航微纳云星源翔锐思迈伟融合汇达捷科禾川岳峰钧诺安";

export const INDUSTRY_WORDS: Record<string, readonly string[]> = {
  ei: ["电子科技", "通信技术", "光电科技"],
  ic: ["微电子", "半导体", "集成电路"],
  biomed: ["生物医药", "生物科技", "医疗器械"],
  materials: ["新材料", "纳米材料", "复合材料"],
  equipment: ["智能装备", "精密机械", "机器人"],
  nev: ["新能源汽车科技", "动力电池", "汽车电子"],
  ai: ["智能科技", "人工智能", "视觉科技"],
  "low-alt": ["无人机", "通用航空科技"],
  aerospace: ["航空科技", "航天技术"],
  "new-energy": ["光伏科技", "储能科技", "氢能科技"],
  software: ["软件", "信息技术", "数据科技"],
  textile: ["纺织科技", "新纤维"],
  green: ["环保科技", "节能技术"],
};

export const PEOPLE_SURNAMES = "王李张刘陈杨赵黄周吴徐孙朱马胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾";
