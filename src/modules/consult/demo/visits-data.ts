/**
 * Delegation visits (考察交流). Seeds 000, 003 and 004 as the pages report them (leaders, sites,
 * organisations); the others are demo visits between members, whose leaders the demo does not
 * name. Follow-ups become action items: into a programme strand when `strand` is given,
 * otherwise standalone in the alliance's list (seed 004's visit belongs to no seeded alliance).
 */
export interface FollowUp {
  title: string;
  owners: string[];
  deadline: string;
  /** Strand of the alliance's programme, or none: the item stands alone. */
  strand?: string;
}
export interface VisitSeed {
  alliance: string | null;
  title: string;
  startOn: string;
  endOn: string;
  from: string[];
  to: string[];
  leaders: { name: string; title: string }[];
  organizationsVisited: string[];
  sites: string[];
  purpose: string;
  sentence: string;
  followUps: FollowUp[];
}

const JKT = "嘉昆太协同创新核心圈";
const G60 = "长三角G60科创走廊";
const YHN = "沿沪宁产业创新带";
const DEMO = "演示数据";

export const VISITS: VisitSeed[] = [
  {
    alliance: null,
    title: "海安市党政代表团赴嘉善、吴江学习考察",
    startOn: "2024-03-06",
    endOn: "2024-03-07",
    from: ["海安"],
    to: ["嘉善", "吴江"],
    leaders: [
      { name: "谭真", title: "海安市委书记" },
      { name: "赵男男", title: "海安市委副书记、市长" },
      { name: "严长江", title: "海安市委副书记、政法委书记" },
    ],
    organizationsVisited: ["浙大未来健康实验室", "嘉善复旦研究院", "恒力集团", "东方盛虹", "中国工业互联网研究院江苏分院", "博众精工", "迈为科技股份有限公司"],
    sites: ["祥符荡科创绿谷", "嘉善县大云镇缪家村", "长三角生态绿色一体化发展示范区展厅", "嘉善县社会治理中心", "丝绸纺织陈列馆", "吴江建设长三角一体化示范区展示馆"],
    purpose: "学习借鉴嘉善、吴江在产业发展、科技创新、乡村振兴、社会治理等方面的先进经验,为加快推动海安高质量发展取经挖宝。",
    sentence: "3月6日至7日,市委书记谭真率海安党政代表团前往浙江省嘉兴市嘉善县、苏州市吴江区学习考察",
    followUps: [
      { title: "与嘉善建立常态化交流机制", owners: ["海安", "嘉善"], deadline: "2024-12-31" },
      { title: "组织海安高新区赴吴江开展产业链与园区建设对接", owners: ["海安高新技术产业开发区"], deadline: "2025-06-30" },
    ],
  },
  {
    alliance: JKT,
    title: "嘉昆太三地领导考察太仓航空航天与职业教育",
    startOn: "2024-08-30",
    endOn: "2024-08-30",
    from: ["嘉定", "昆山"],
    to: ["太仓"],
    leaders: [
      { name: "陆方舟", title: "嘉定区委书记" },
      { name: "高香", title: "嘉定区委副书记、区长" },
      { name: "周伟", title: "苏州市委常委、昆山市委书记" },
      { name: "沈一平", title: "昆山市委副书记" },
    ],
    organizationsVisited: ["中德双元制职业教育产业园"],
    sites: ["太仓航空航天产业展示中心", "中德双元制职业教育产业园", "太仓阿尔卑斯国际度假区"],
    purpose: "2024年轮值会议会前考察。",
    sentence: "会前,与会领导考察了太仓航空航天产业展示中心、中德双元制职业教育产业园、太仓阿尔卑斯国际度假区",
    followUps: [
      { title: "共建航空航天产业协同发展平台,推动三地配套企业对接", owners: ["太仓", "嘉定"], deadline: "2025-12-31", strand: "产业链供应链共融" },
      { title: "推广中德双元制职业教育模式,共建实训基地", owners: ["太仓"], deadline: "2025-09-30", strand: "公共服务共享" },
    ],
  },
  {
    alliance: YHN,
    title: "上海市普陀区党政代表团来苏州考察",
    startOn: "2025-03-03",
    endOn: "2025-03-03",
    from: ["普陀"],
    to: ["苏州"],
    leaders: [
      { name: "胡广杰", title: "普陀区委书记" },
      { name: "周艳", title: "普陀区委副书记" },
      { name: "李荣华", title: "普陀区领导" },
    ],
    organizationsVisited: ["苏州市人民政府", "ESG产业创新中心"],
    sites: ["苏州工业园区展示中心", "ESG产业创新中心"],
    purpose: "促进区域协同发展,共同见证两地签署《沿沪宁协同创新城市联盟合作备忘录》,围绕电子信息、生物医药、先进材料等产业开展协同创新。",
    sentence: "3月3日,上海市普陀区党政代表团来苏州考察。苏州市委书记刘小涛会见普陀区委书记胡广杰一行,共同见证两地签署《沿沪宁协同创新城市联盟合作备忘录》",
    followUps: [
      { title: "联合建立协同创新会商制度,每半年轮流召开会商", owners: ["普陀", "苏州"], deadline: "2025-06-30", strand: "协同创新会商制度" },
      { title: "打造协同创新在线集市,上线两地企业技术需求与成果", owners: ["普陀", "苏州"], deadline: "2025-12-31", strand: "协同创新在线集市" },
      { title: "围绕电子信息、生物医药、先进材料开展强链延链协同创新合作", owners: ["苏州", "普陀"], deadline: "2026-06-30", strand: "强链延链协同创新合作" },
    ],
  },
  {
    alliance: JKT,
    title: "昆山市考察团赴嘉定考察汽车产业与科创平台",
    startOn: "2025-04-17",
    endOn: "2025-04-17",
    from: ["昆山"],
    to: ["嘉定"],
    leaders: [],
    organizationsVisited: ["嘉定工业区", "同济大学"],
    sites: ["上海国际汽车城", "嘉定新城"],
    purpose: "对接汽车及零部件产业链配套,交流科创平台建设经验。",
    sentence: DEMO,
    followUps: [{ title: "推动花桥汽车零部件企业进入安亭整车配套目录", owners: ["昆山", "嘉定"], deadline: "2025-12-31" }],
  },
  {
    alliance: JKT,
    title: "太仓市代表团赴昆山学习考察",
    startOn: "2025-11-20",
    endOn: "2025-11-21",
    from: ["太仓"],
    to: ["昆山"],
    leaders: [],
    organizationsVisited: ["昆山高新技术产业开发区"],
    sites: ["昆山高新区规划展示馆", "昆山开发区光电产业园"],
    purpose: "学习昆山开放型经济与园区建设经验,对接电子信息产业协作。",
    sentence: DEMO,
    followUps: [
      { title: "建立太仓—昆山产业园区共建合作机制", owners: ["太仓", "昆山"], deadline: "2026-06-30" },
      { title: "组织两地电子信息企业专场供需对接", owners: ["太仓高新技术产业开发区", "昆山高新技术产业开发区"], deadline: "2026-03-31" },
    ],
  },
  {
    alliance: JKT,
    title: "嘉定区代表团赴太仓考察港口物流与航空航天产业",
    startOn: "2026-05-14",
    endOn: "2026-05-14",
    from: ["嘉定"],
    to: ["太仓"],
    leaders: [],
    organizationsVisited: ["太仓高新技术产业开发区"],
    sites: ["太仓港集装箱码头", "太仓航空航天产业展示中心"],
    purpose: "对接嘉定企业进出口物流需求与太仓港航线资源。",
    sentence: DEMO,
    followUps: [{ title: "推动嘉定企业利用太仓港开展进出口物流合作", owners: ["嘉定", "太仓"], deadline: "2026-09-30" }],
  },
  {
    alliance: G60,
    title: "合肥市考察团赴杭州考察人工智能产业",
    startOn: "2024-10-16",
    endOn: "2024-10-17",
    from: ["合肥"],
    to: ["杭州"],
    leaders: [],
    organizationsVisited: ["杭州高新技术产业开发区"],
    sites: ["杭州高新区(滨江)展示中心"],
    purpose: "交流人工智能产业培育与应用场景开放经验。",
    sentence: DEMO,
    followUps: [{ title: "共建G60人工智能应用场景清单", owners: ["合肥", "杭州"], deadline: "2025-06-30", strand: "产业协同" }],
  },
  {
    alliance: G60,
    title: "宣城市考察团赴松江考察G60科创走廊建设",
    startOn: "2025-05-22",
    endOn: "2025-05-22",
    from: ["宣城"],
    to: ["松江"],
    leaders: [],
    organizationsVisited: ["长三角G60科创走廊研究中心", "松江经济技术开发区"],
    sites: ["G60科创云廊", "松江经济技术开发区"],
    purpose: "学习G60科创走廊建设经验,推进在松江设立产业协同创新中心。",
    sentence: DEMO,
    followUps: [{ title: "宣城在松江设立“产业协同创新中心”", owners: ["宣城"], deadline: "2025-12-31" }],
  },
  {
    alliance: YHN,
    title: "镇江市代表团赴普陀考察桃浦智创城",
    startOn: "2025-05-08",
    endOn: "2025-05-08",
    from: ["镇江"],
    to: ["普陀"],
    leaders: [],
    organizationsVisited: ["上海桃浦智创城", "华东师范大学"],
    sites: ["上海桃浦智创城", "中环(普陀)科创带"],
    purpose: "落实恳谈会成果,对接科创载体与高校资源。",
    sentence: DEMO,
    followUps: [{ title: "镇江新区与桃浦智创城签订园区结对协议", owners: ["镇江新区", "上海桃浦智创城"], deadline: "2025-10-31" }],
  },
  {
    alliance: YHN,
    title: "常州市代表团赴苏州工业园区考察",
    startOn: "2026-04-09",
    endOn: "2026-04-10",
    from: ["常州"],
    to: ["苏州"],
    leaders: [],
    organizationsVisited: ["苏州工业园区管理委员会"],
    sites: ["苏州工业园区展示中心", "苏州生物医药产业园"],
    purpose: "交流生物医药与先进材料产业协同创新。",
    sentence: DEMO,
    followUps: [{ title: "常州与苏州联合申报先进材料协同攻关项目", owners: ["常州", "苏州"], deadline: "2026-10-31", strand: "协同创新攻关项目" }],
  },
];
