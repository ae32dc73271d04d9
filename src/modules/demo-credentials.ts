/** The demo installation's administrator, printed at start; change it in production. */
export const DEMO_ADMIN = Object.freeze({ email: "admin@jishi.demo", password: "jishi-demo-2026", name: "集市管理员" });
