/** The demo installation's administrator, printed at start; change it in production. */
export const DEMO_ADMIN = Object.freeze({ email: "admin@jishi.demo", password: "jishi-demo-2026", name: "集市管理员" });

/**
 * Members of the demo, so that publishing, moderating and a conversation between two cities
 * can be tried at once (market demo, demo/members.ts); same password as the administrator.
 */
export const DEMO_MEMBERS = Object.freeze({
  enterprise: { email: "qiye@jishi.demo", name: "王经理(演示企业)", password: DEMO_ADMIN.password, label: "企业机构管理员 enterprise admin" },
  park: { email: "yuanqu@jishi.demo", name: "李主任(演示园区)", password: DEMO_ADMIN.password, label: "园区机构管理员 park admin" },
  secretariat: { email: "mishuchu@jishi.demo", name: "赵秘书(演示联盟)", password: DEMO_ADMIN.password, label: "联盟秘书处 alliance secretariat" },
});
