/**
 * The ledger records the seed pages describe. Where a page gives no date or parties the demo
 * assumes them and says so in the notes.
 */
export const SEED000_MEMO = {
  title: "沿沪宁协同创新城市联盟合作备忘录",
  signedOn: "2025-03-03",
  place: "苏州",
  eventName: "上海市普陀区党政代表团来苏州考察",
  alliance: "沿沪宁产业创新带",
  parties: [["320500", "苏州市政府"], ["310107", "普陀区政府"]] as const,
  industries: ["ei", "biomed", "materials"],
  sentence: "苏州市政府与普陀区政府签署《沿沪宁协同创新城市联盟合作备忘录》,将充分发挥各自优势,围绕电子信息、生物医药、先进材料等产业开展协同创新",
};

export const SEED002 = {
  ceremony: {
    title: "2024镇江(上海)商务推介暨项目签约会",
    heldOn: "2024-09-22",
    endOn: "2024-09-24",
    place: "上海",
    host: "321100",
    eventName: "2024镇江(上海)长三角一体化发展合作恳谈会",
    alliance: "沿沪宁产业创新带",
    sentence: "9月22日至24日,市政府举办了2024镇江(上海)商务推介暨项目签约会,签约项目29个,总投资304亿元,其中,10亿-30亿元项目7个,30亿元以上项目5个",
  },
  /** 29 amounts in 亿 summing to exactly 304: 6 below 1亿, 11 in 1–10亿, 7 in 10–30亿, 5 at 30亿 or more. */
  amountsYi: [0.3, 0.5, 0.5, 0.6, 0.8, 0.3, 1, 2, 3, 5, 8, 6, 5, 3, 2, 1.5, 1.5, 10, 12, 15, 18, 20, 13, 15, 30, 30, 30, 30, 40],
  landing: ["321102", "321111", "321112", "321181", "321182", "321183", "321100"],
  industries: ["equipment", "aerospace", "materials", "new-energy", "biomed", "ei", "nev"],
  memo: {
    title: "沿沪宁产业创新带加强协同创新备忘录",
    signedOn: "2024-09-23",
    parties: [["321100", "镇江市政府"], ["310107", "上海市普陀区政府"]] as const,
    sentence: "镇江市政府与上海市普陀区政府签署《沿沪宁产业创新带加强协同创新备忘录》",
  },
  /** "两地多家机构(企业)在文旅、医疗、科创、金融等领域签署合作协议9个" */
  agreementFields: ["文旅", "文旅", "医疗", "医疗", "科创", "科创", "科创", "金融", "金融"],
  agreementsSentence: "两地多家机构(企业)在文旅、医疗、科创、金融等领域签署合作协议9个",
};

export const SEED001 = {
  title: "长三角G60科创走廊跨区域合作重点项目集中签约",
  heldOn: "2022-11-08",
  place: "国家会展中心(上海)会议中心",
  host: "310117",
  eventName: "第五届中国国际进口博览会长三角G60科创走廊高质量发展要素对接大会",
  alliance: "长三角G60科创走廊",
  projects: 12,
  sentence: "会上,长三角G60科创走廊跨区域合作重点项目集中签约,围绕科创、产业、金融深度融合的项目",
};

export const SEED003 = {
  title: "嘉昆太地区贯彻落实《沪苏浙毗邻地区复制推广长三角一体化示范区生态环境共保联治制度工作方案》框架协议",
  signedOn: "2024-08-30",
  place: "太仓",
  eventName: "2024年嘉昆太协同创新核心圈轮值会议",
  alliance: "嘉昆太协同创新核心圈",
  parties: [["310114", "嘉定区"], ["320583", "昆山市"], ["320585", "太仓市"]] as const,
  notes: "演示数据:原文未写明日期,签署日期为假定。",
  sentence: "进行了嘉昆太地区贯彻落实《沪苏浙毗邻地区复制推广长三角一体化示范区生态环境共保联治制度工作方案》框架协议签约",
};
