/** 《沿沪宁协同创新城市联盟合作备忘录》 → stored as the bare title; the UI adds 《》 back. */
export const bareTitle = (t: string): string => t.trim().replace(/^《(.*)》$/, "$1").trim();
