/** Display words for the marketplace: Chinese first (the interface's first language). */
export const KIND: Record<string, string> = {
  tech_offer: "技术成果", tech_need: "技术需求", challenge: "揭榜挂帅", space: "厂房土地",
  investment: "招商项目", procurement: "采购需求", service: "服务", finance: "资金",
};
export const STATUS: Record<string, string> = {
  draft: "草稿", in_review: "审核中", published: "已发布", rejected: "已驳回", closed: "已关闭", expired: "已过期",
};
export const VISIBILITY: Record<string, string> = { public: "公开", members: "仅会员", directed: "定向发布" };
export const ENUMS: Record<string, Record<string, string>> = {
  ipStatus: { patent_granted: "已授权专利", patent_pending: "专利申请中", software_copyright: "软件著作权", know_how: "技术秘密", none: "无" },
  cooperationModes: { licence: "许可", transfer: "转让", joint_development: "合作开发", equity: "作价入股", service: "技术服务" },
  spaceKind: { factory: "厂房", land: "土地", office: "研发办公", warehouse: "仓库" },
  landUse: { industrial: "工业", rnd: "研发", warehouse: "仓储", commercial: "商业" },
  per: { sqm_day: "元/㎡·天", sqm_month: "元/㎡·月" },
  stage: { planning: "规划中", approved: "已立项", seeking_partner: "寻求合作", under_construction: "建设中" },
  category: { testing: "检验检测", ip: "知识产权", legal: "法律", consulting: "咨询", incubation: "孵化", talent: "人才", design: "设计", other: "其他" },
  financeType: { equity: "股权", debt: "债权", grant: "资助", guarantee: "担保", leasing: "融资租赁" },
};
export const ATTR: Record<string, string> = {
  trl: "技术成熟度(TRL)", ipStatus: "知识产权", patentNumbers: "专利号", cooperationModes: "合作方式", priceYuan: "价格",
  problem: "问题描述", budgetMinYuan: "预算下限", budgetMaxYuan: "预算上限", deadline: "截止日期",
  rewardYuan: "榜单金额", requirements: "揭榜要求",
  spaceKind: "类型", areaSqm: "面积(㎡)", rent: "租金", salePriceYuan: "售价", floorLoadKgPerSqm: "楼面承重(kg/㎡)",
  clearHeightM: "层高(米)", landUse: "用途", availableFrom: "可入驻日期", address: "地址",
  amountWan: "投资额(万元)", targetRegionIds: "目标地区", items: "采购品目", budgetYuan: "预算", joinable: "接受联合采购",
  category: "服务类别", financeType: "资金类型", amountMinYuan: "金额下限", amountMaxYuan: "金额上限", termMonths: "期限(月)",
};

export function yuan(v: number | null | undefined): string {
  if (v == null) return "";
  if (v >= 100_000_000) return `${+(v / 100_000_000).toFixed(2)}亿元`;
  if (v >= 10_000) return `${+(v / 10_000).toFixed(2)}万元`;
  return `${v}元`;
}

/** One attribute value as text (amounts in 万元/亿元, enums in Chinese). */
export function attrText(key: string, v: unknown, regionName: (id: number) => string = String): string {
  if (v == null) return "";
  if (key.endsWith("Yuan")) return yuan(v as number);
  if (key === "rent") {
    const r = v as { yuan: number; per: string };
    return `${r.yuan} ${ENUMS.per[r.per] ?? r.per}`;
  }
  if (key === "targetRegionIds") return (v as number[]).map(regionName).join("、");
  if (key === "joinable") return v ? "是" : "否";
  if (key === "items") return (v as { name: string; quantity: number; unit: string }[]).map((i) => `${i.name} ${i.quantity}${i.unit}`).join(";");
  if (Array.isArray(v)) return v.map((x) => ENUMS[key]?.[x] ?? String(x)).join("、");
  return ENUMS[key]?.[String(v)] ?? String(v);
}
