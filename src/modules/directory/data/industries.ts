/**
 * Industry chains and their segments (上游 upstream / 中游 midstream / 下游 downstream).
 * Codes are stable identifiers: other modules and imports refer to them, so rename a
 * Chinese or English name freely but never change a code.
 */
import type { SegmentStage } from "../directory.tables.js";

export interface SegmentSeed {
  code: string;
  stage: SegmentStage;
  name: string;
  nameEn: string;
}

export interface IndustrySeed {
  code: string;
  name: string;
  nameEn: string;
  segments: SegmentSeed[];
}

const seg = (industry: string, stage: SegmentStage, slug: string, name: string, nameEn: string): SegmentSeed => ({
  code: `${industry}.${slug}`,
  stage,
  name,
  nameEn,
});

const U = "upstream" as const;
const M = "midstream" as const;
const D = "downstream" as const;

export const INDUSTRIES: readonly IndustrySeed[] = [
  {
    code: "ei", name: "电子信息", nameEn: "Electronic information",
    segments: [
      seg("ei", U, "components", "电子元器件", "Electronic components"),
      seg("ei", U, "display-materials", "显示材料与面板", "Display materials and panels"),
      seg("ei", M, "communication", "通信设备", "Communication equipment"),
      seg("ei", M, "computing", "计算机与服务器", "Computers and servers"),
      seg("ei", D, "consumer", "消费电子", "Consumer electronics"),
      seg("ei", D, "iot", "物联网应用", "Internet of Things applications"),
    ],
  },
  {
    code: "ic", name: "集成电路", nameEn: "Integrated circuits",
    segments: [
      seg("ic", U, "materials", "半导体材料", "Semiconductor materials"),
      seg("ic", U, "equipment", "半导体设备", "Semiconductor equipment"),
      seg("ic", U, "eda-ip", "EDA与IP核", "EDA tools and IP cores"),
      seg("ic", M, "design", "芯片设计", "Chip design"),
      seg("ic", M, "fab", "晶圆制造", "Wafer fabrication"),
      seg("ic", D, "packaging", "封装测试", "Packaging and testing"),
      seg("ic", D, "applications", "芯片应用方案", "Chip application solutions"),
    ],
  },
  {
    code: "biomed", name: "生物医药", nameEn: "Biomedicine",
    segments: [
      seg("biomed", U, "raw-materials", "原料药与医药中间体", "APIs and intermediates"),
      seg("biomed", U, "cro", "研发外包服务(CRO)", "Contract research (CRO)"),
      seg("biomed", M, "innovative-drugs", "创新药", "Innovative drugs"),
      seg("biomed", M, "biologics", "生物制品与细胞治疗", "Biologics and cell therapy"),
      seg("biomed", M, "devices", "医疗器械", "Medical devices"),
      seg("biomed", M, "cdmo", "合同生产(CDMO)", "Contract manufacturing (CDMO)"),
      seg("biomed", D, "distribution", "医药流通", "Pharmaceutical distribution"),
      seg("biomed", D, "health-services", "医疗健康服务", "Healthcare services"),
    ],
  },
  {
    code: "materials", name: "先进材料", nameEn: "Advanced materials",
    segments: [
      seg("materials", U, "minerals", "矿产与基础化工原料", "Minerals and basic chemicals"),
      seg("materials", M, "metals", "高性能金属材料", "High-performance metals"),
      seg("materials", M, "polymers", "高分子与复合材料", "Polymers and composites"),
      seg("materials", M, "electronic-chemicals", "电子化学品", "Electronic chemicals"),
      seg("materials", M, "nano-graphene", "纳米与石墨烯材料", "Nano materials and graphene"),
      seg("materials", D, "applications", "材料应用与检测", "Material applications and testing"),
    ],
  },
  {
    code: "equipment", name: "高端装备", nameEn: "High-end equipment",
    segments: [
      seg("equipment", U, "core-parts", "核心零部件(轴承/减速器/伺服)", "Core parts (bearings, reducers, servos)"),
      seg("equipment", U, "control-systems", "数控与工业控制系统", "CNC and industrial control systems"),
      seg("equipment", M, "robots", "工业机器人", "Industrial robots"),
      seg("equipment", M, "machine-tools", "高档数控机床", "High-end CNC machine tools"),
      seg("equipment", M, "marine", "海工装备与船舶", "Marine engineering and ships"),
      seg("equipment", D, "integration", "智能制造系统集成", "Smart manufacturing integration"),
      seg("equipment", D, "maintenance", "运维与再制造", "Maintenance and remanufacturing"),
    ],
  },
  {
    code: "nev", name: "新能源汽车", nameEn: "New energy vehicles",
    segments: [
      seg("nev", U, "battery-materials", "电池材料", "Battery materials"),
      seg("nev", U, "auto-chips", "车规级芯片", "Automotive-grade chips"),
      seg("nev", M, "batteries", "动力电池", "Power batteries"),
      seg("nev", M, "motors", "电机电控", "Motors and controllers"),
      seg("nev", M, "vehicles", "整车制造", "Vehicle manufacturing"),
      seg("nev", D, "charging", "充换电设施", "Charging and battery swapping"),
      seg("nev", D, "intelligent-driving", "智能网联与自动驾驶", "Connected and autonomous driving"),
    ],
  },
  {
    code: "ai", name: "人工智能", nameEn: "Artificial intelligence",
    segments: [
      seg("ai", U, "computing-power", "算力与AI芯片", "Computing power and AI chips"),
      seg("ai", U, "data", "数据采集与标注", "Data collection and labelling"),
      seg("ai", M, "models", "大模型与算法", "Foundation models and algorithms"),
      seg("ai", M, "vision-speech", "计算机视觉与语音", "Computer vision and speech"),
      seg("ai", D, "industrial-ai", "工业智能", "Industrial AI"),
      seg("ai", D, "embodied", "具身智能与服务机器人", "Embodied AI and service robots"),
    ],
  },
  {
    code: "low-alt", name: "低空经济", nameEn: "Low-altitude economy",
    segments: [
      seg("low-alt", U, "parts", "电机电池与航电", "Motors, batteries and avionics"),
      seg("low-alt", U, "materials", "轻量化材料", "Lightweight materials"),
      seg("low-alt", M, "drones", "无人机整机", "Drones"),
      seg("low-alt", M, "evtol", "电动垂直起降飞行器(eVTOL)", "eVTOL aircraft"),
      seg("low-alt", D, "infrastructure", "起降场与空管服务", "Vertiports and traffic management"),
      seg("low-alt", D, "operations", "低空物流与文旅运营", "Low-altitude logistics and tourism"),
    ],
  },
  {
    code: "aerospace", name: "航空航天", nameEn: "Aerospace",
    segments: [
      seg("aerospace", U, "materials", "航空材料与锻铸件", "Aerospace materials and forgings"),
      seg("aerospace", U, "avionics", "航空电子", "Avionics"),
      seg("aerospace", M, "aircraft", "飞机与发动机制造", "Aircraft and engine manufacturing"),
      seg("aerospace", M, "satellites", "卫星与运载火箭", "Satellites and launch vehicles"),
      seg("aerospace", D, "mro", "航空维修(MRO)", "Maintenance, repair and overhaul"),
      seg("aerospace", D, "satellite-apps", "卫星应用与导航", "Satellite applications and navigation"),
    ],
  },
  {
    code: "new-energy", name: "新能源", nameEn: "New energy",
    segments: [
      seg("new-energy", U, "silicon", "多晶硅与硅片", "Polysilicon and wafers"),
      seg("new-energy", U, "hydrogen-materials", "氢能材料与催化剂", "Hydrogen materials and catalysts"),
      seg("new-energy", M, "pv-modules", "光伏电池与组件", "PV cells and modules"),
      seg("new-energy", M, "wind", "风电装备", "Wind power equipment"),
      seg("new-energy", M, "storage", "储能系统", "Energy storage systems"),
      seg("new-energy", D, "power-plants", "电站开发与运营", "Power plant development and operation"),
      seg("new-energy", D, "smart-grid", "智能电网与综合能源服务", "Smart grid and energy services"),
    ],
  },
  {
    code: "software", name: "软件和信息服务", nameEn: "Software and information services",
    segments: [
      seg("software", U, "basic-software", "基础软件与操作系统", "Basic software and operating systems"),
      seg("software", M, "industrial-software", "工业软件", "Industrial software"),
      seg("software", M, "cloud", "云计算与大数据", "Cloud computing and big data"),
      seg("software", D, "digital-services", "数字化转型服务", "Digital transformation services"),
      seg("software", D, "security", "网络与数据安全", "Cyber and data security"),
    ],
  },
  {
    code: "textile", name: "现代纺织", nameEn: "Modern textiles",
    segments: [
      seg("textile", U, "fibres", "化纤与新型纤维", "Synthetic and novel fibres"),
      seg("textile", M, "fabrics", "织造与印染", "Weaving, dyeing and printing"),
      seg("textile", M, "technical-textiles", "产业用纺织品", "Technical textiles"),
      seg("textile", D, "apparel", "服装与家纺品牌", "Apparel and home textile brands"),
    ],
  },
  {
    code: "green", name: "节能环保", nameEn: "Energy saving and environmental protection",
    segments: [
      seg("green", U, "environmental-materials", "环保材料与药剂", "Environmental materials and agents"),
      seg("green", M, "equipment", "节能环保装备", "Energy-saving and environmental equipment"),
      seg("green", D, "services", "环境治理与碳服务", "Environmental remediation and carbon services"),
    ],
  },
];
