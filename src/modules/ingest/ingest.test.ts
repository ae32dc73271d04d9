import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../test/support/app.js";
import { signInAs, type SignedIn } from "../../../test/support/auth.js";
import { describeEachBackend } from "../../../test/support/db.js";
import { seed } from "./test-fixtures.js";

const text = (p: string) => new TextDecoder().decode(seed(p));

function multipart(files: { name: string; content: Uint8Array | string }[]) {
  const boundary = "----jishi" + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const f of files) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.from(f.content));
    parts.push(Buffer.from("\r\n"));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

describeEachBackend("ingest", (backend) => {
  let t: TestApp;
  let admin: SignedIn;
  let member: SignedIn;
  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await signInAs(t, { grants: [{ role: "platform_admin" }] });
    member = await signInAs(t, { grants: [] });
  });
  afterAll(() => t.close());

  const post = (url: string, who: SignedIn | null, extra: { payload?: unknown; headers?: Record<string, string> } = {}) =>
    t.app.inject({ method: "POST", url, headers: { ...(who?.headers ?? {}), ...(extra.headers ?? {}) }, payload: extra.payload as never });

  it("refuses the public and plain members", async () => {
    expect((await post("/api/ingest", null, { payload: { name: "a.txt", content: "x" } })).statusCode).toBe(401);
    expect((await post("/api/ingest", member, { payload: { name: "a.txt", content: "x" } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url: "/api/ingest/facts", headers: member.headers })).statusCode).toBe(403);
  });

  it("ingests a multipart batch: per-file results, bad files do not stop the rest", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 10).fill(0x3c);
    const { payload, headers } = multipart([
      { name: "000.txt", content: seed("000") },
      { name: "002.txt", content: seed("002") },
      { name: "004.txt", content: seed("004") },
      { name: "blob.bin", content: new Uint8Array([0, 1, 2, 3, 0, 0]) },
      { name: "empty.txt", content: "" },
      { name: "english.html", content: "<html><body><p>Hello world, this is an English page about Shanghai.</p></body></html>" },
      { name: "huge.html", content: big },
    ]);
    const r = await post("/api/ingest", admin, { payload, headers });
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.summary).toEqual({ ok: 3, duplicate: 0, error: 4 });
    expect(body.results.map((x: { status: string }) => x.status)).toEqual(["ok", "ok", "ok", "error", "error", "error", "error"]);
    expect(body.results[6].reason).toContain("too large");
    const arts = (await t.app.inject({ method: "GET", url: "/api/ingest/articles", headers: admin.headers })).json();
    expect(arts.total).toBe(3);
  });

  it("links the same page and the same article with other noise as duplicates", async () => {
    const again = (await post("/api/ingest", admin, { payload: { name: "000-again.txt", content: text("000") } })).json();
    expect(again.results[0]).toMatchObject({ status: "duplicate", match: "exact" });
    const noisy = "当前位置:首页 > 新闻\n" + text("000").replace("相关内容", "推荐阅读\n广告热线 13912345678\n相关内容") + "\n版权所有 另一站";
    const near = (await post("/api/ingest", admin, { payload: { name: "000-mirror.html", content: noisy } })).json();
    expect(near.results[0]).toMatchObject({ status: "duplicate", articleId: again.results[0].articleId });
    const detail = (await t.app.inject({ method: "GET", url: `/api/ingest/articles/${again.results[0].articleId}`, headers: admin.headers })).json();
    expect(detail.sources.map((s: { match: string }) => s.match)).toEqual(["original", "exact", expect.stringMatching(/same_body|near/)]);
    expect((await t.app.inject({ method: "GET", url: "/api/ingest/articles", headers: admin.headers })).json().total).toBe(3);
  });

  it("takes pasted text with the address it was read at; refuses a script address and blank text, storing nothing", async () => {
    const count = async () => (await t.app.inject({ method: "GET", url: "/api/ingest/articles", headers: admin.headers })).json().total;
    const before = await count();
    const script = await post("/api/ingest", admin, { payload: { name: "粘贴的正文", content: text("001"), url: "javascript:alert(1)" } });
    expect(script.statusCode).toBe(400);
    expect(script.json().error.fields.url).toContain("http");
    const blank = await post("/api/ingest", admin, { payload: { name: "粘贴的正文", content: " \n\t " } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields.content).toContain("正文为空");
    expect(await count()).toBe(before);

    const url = "https://www.example.gov.cn/news/2024/g60.html";
    const r = (await post("/api/ingest", admin, { payload: { name: "粘贴的正文", content: text("001"), url } })).json();
    expect(r.results[0]).toMatchObject({ status: "ok" });
    const a = (await t.app.inject({ method: "GET", url: `/api/ingest/articles/${r.results[0].articleId}`, headers: admin.headers })).json();
    expect(a).toMatchObject({ url, sources: [{ file_name: "粘贴的正文", match: "original" }] });
    expect(await count()).toBe(before + 1);
  });

  it("shows seed 004 with the placeholder repair and draft facts quoting their sentence", async () => {
    const list = (await t.app.inject({ method: "GET", url: "/api/ingest/articles", headers: admin.headers })).json();
    const id = list.items.find((a: { title: string }) => a.title.startsWith("海安"))!.id;
    const a = (await t.app.inject({ method: "GET", url: `/api/ingest/articles/${id}`, headers: admin.headers })).json();
    expect(a.body).not.toContain("网易体育直播");
    expect(a.repairs.body.some((r: { kind: string; to: string }) => r.kind === "placeholder-restored" && r.to === "海安")).toBe(true);
    const delegation = a.facts.find((f: { type: string }) => f.type === "delegation");
    expect(delegation).toMatchObject({ status: "draft", data: { from: { name: "海安市" }, startDate: "2024-03-06" } });
    expect(a.body).toContain(delegation.sentence);
  });

  it("reviews: edit validates, reject and confirm close the draft, nothing confirmed twice", async () => {
    const q = (await t.app.inject({ method: "GET", url: "/api/ingest/facts?status=draft&type=agreement", headers: admin.headers })).json();
    expect(q.total).toBe(2);
    const ag = q.items[0];
    const bad = await t.app.inject({ method: "PATCH", url: `/api/ingest/facts/${ag.id}`, headers: admin.headers, payload: { data: { title: "" } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty("data.title");
    const edited = await t.app.inject({ method: "PATCH", url: `/api/ingest/facts/${ag.id}`, headers: admin.headers, payload: { data: { ...ag.data, parties: ["苏州市人民政府", "普陀区人民政府"] } } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().effective.parties).toEqual(["苏州市人民政府", "普陀区人民政府"]);

    const rej = await post(`/api/ingest/facts/${q.items[1].id}/reject`, admin, { payload: { reason: "重复" } });
    expect(rej.json()).toMatchObject({ status: "rejected", reject_reason: "重复" });
    expect((await post(`/api/ingest/facts/${q.items[1].id}/confirm`, admin)).statusCode).toBe(409);

    const region = (await t.app.inject({ method: "GET", url: "/api/ingest/facts?status=draft&type=region&limit=1", headers: admin.headers })).json().items[0];
    const conf = await post(`/api/ingest/facts/${region.id}/confirm`, admin);
    expect(conf.statusCode).toBe(200);
    expect(conf.json()).toMatchObject({ status: "confirmed", record_module: "directory", record_id: expect.any(Number) });
    const audit = await t.database.db.selectFrom("audit_log").select("action").where("entity", "=", "facts").execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["ingest.fact.edit", "ingest.fact.reject", "ingest.fact.confirm"]));
  });

  it("answers unknown ids and bad bodies with the error shape", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/ingest/articles/99999", headers: admin.headers })).statusCode).toBe(404);
    const r = await post("/api/ingest", admin, { payload: { name: "x.txt" } });
    expect(r.statusCode).toBe(400);
    expect(r.json().error.code).toBe("VALIDATION_FAILED");
  });
});
