/** Words for generated project names: a brand, the industry's product and a kind of project. */
export const BRANDS = ["瑞芯", "恒拓", "鼎晟", "澜智", "睿博", "启元", "衡泰", "嘉宏", "凯越", "航微", "纳云", "星源", "翔锐", "思迈", "融汇", "达捷", "禾川", "岳峰", "钧诺", "安联"];

export const PRODUCTS: Record<string, string[]> = {
  ei: ["智能终端", "光电显示", "传感器", "5G通信模组"],
  ic: ["12英寸晶圆", "功率半导体", "芯片封测", "车规级芯片"],
  biomed: ["创新药", "高端医疗器械", "生物制剂", "体外诊断试剂"],
  materials: ["碳纤维复合材料", "高性能膜材料", "特种合金", "电子化学品"],
  equipment: ["船舶动力", "工业机器人", "精密数控机床", "智能装备"],
  nev: ["动力电池", "电驱系统", "新能源整车零部件", "充换电设备"],
  ai: ["智能算力", "工业视觉", "大模型应用", "智能网联"],
  "low-alt": ["无人机", "eVTOL飞行器", "通航运营"],
  aerospace: ["航空零部件", "航空发动机配套", "民机内饰", "卫星应用"],
  "new-energy": ["光伏组件", "储能系统", "氢能装备", "风电配套"],
  software: ["工业软件", "数据服务", "信创软件"],
};

export const KIND_SUFFIX: Record<string, string[]> = {
  investment: ["生产基地项目", "研发制造总部项目", "产业园项目", "扩产项目", "华东总部项目"],
  cooperation: ["产学研合作项目", "联合实验室", "协同创新中心", "成果转化合作项目"],
  research: ["关键技术联合攻关项目", "共性技术攻关项目"],
  infrastructure: ["公共服务平台", "跨区域对接道路", "公共实训基地"],
  other: ["合作项目"],
};

export const TERMINATION_REASONS = ["投资方战略调整", "用地指标未落实", "合作方资金未到位", "项目合并至其他园区实施"];

export const AGREEMENT_THEMES = ["科技创新", "产业协同", "人才交流", "文旅合作", "医疗卫生", "金融服务", "园区共建", "生态环境"];
