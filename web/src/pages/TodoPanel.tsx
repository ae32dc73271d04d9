import { useAsync } from "../hooks.js";
import { registerMessages, useLabel, useT } from "../i18n.js";
import { webModules, type TodoItem } from "../modules.js";
import { Link } from "../router.js";
import { useSession } from "../session.js";

registerMessages({
  zh: {
    "home.todo": "我的待办",
    "home.todoNone": "目前没有等您处理的事项。",
    "home.start": "开始使用",
    "home.startText": "您还没有所属机构。请本机构的管理员在名录的机构页面(机构成员)用您的注册邮箱 {email} 添加您;机构尚未登记的,登记后您即为其管理员。",
    "home.startRegister": "登记机构",
    "home.startBrowse": "在名录中找到本机构",
  },
  en: {
    "home.todo": "Waiting for you",
    "home.todoNone": "Nothing is waiting for you.",
    "home.start": "Getting started",
    "home.startText": "You do not belong to an organisation yet. Ask its admin to add you by your email {email} (Members, on its page in the directory); if it is not listed yet, register it and you become its admin.",
    "home.startRegister": "Register an organisation",
    "home.startBrowse": "Find yours in the directory",
  },
});

/**
 * 我的待办: what each module has waiting for the signed-in user, with where to act on it. A
 * module that cannot answer (not installed, a role gone since sign-in) leaves its lines out
 * rather than fail the home page.
 */
export function TodoPanel() {
  const t = useT();
  const label = useLabel();
  const s = useSession();
  const todo = useAsync(
    async (signal) => {
      const answers = await Promise.allSettled(webModules.flatMap((m) => (m.todo ? [m.todo(s, signal)] : [])));
      return answers.flatMap((a) => (a.status === "fulfilled" ? a.value : []));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [s.user?.id],
  );
  const items: TodoItem[] = todo.data ?? [];
  if (!s.user) return null;
  // Someone who has just registered has no role yet: say how to get one.
  if (s.user.grants.length === 0)
    return (
      <section className="card home-start" data-testid="home-start">
        <h2>{t("home.start")}</h2>
        <p>{t("home.startText", { email: s.user.email })}</p>
        <p className="toolbar">
          <Link className="btn btn-primary" to="/organizations/new">{t("home.startRegister")}</Link>
          <Link className="btn" to="/organizations">{t("home.startBrowse")}</Link>
        </p>
      </section>
    );
  if (items.length === 0) return null;
  const due = items.filter((i) => i.count > 0);
  return (
    <section className="card home-todo" data-testid="home-todo" aria-labelledby="home-todo-title">
      <h2 id="home-todo-title">{t("home.todo")}</h2>
      {due.length === 0 && <p className="muted">{t("home.todoNone")}</p>}
      <ul>
        {/* What is waiting first; the rest says "nothing here" in grey. */}
        {[...due, ...items.filter((i) => i.count === 0)].map((i) => (
          <li key={i.key} className={i.count > 0 ? "todo-due" : "todo-clear"} data-todo={i.key}>
            <Link to={i.href}>
              <span className="todo-count">
                {i.count}
                {i.atLeast ? "+" : ""}
              </span>
              <span className="todo-label">{label(i.label)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
