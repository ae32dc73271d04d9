import { useState, type FormEvent } from "react";
import { api } from "../../api.js";
import { DataTable, ErrorBanner, Field, Tag, fieldErrors } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { useSession } from "../../session.js";
import "./messages.js";

type Role = "org_admin" | "org_member";
interface Member {
  userId: number;
  name: string;
  email: string;
  role: Role;
}

/**
 * 机构成员 on an organisation's page: its members see who else speaks for it; its admins add
 * people who have registered (by that email), make them admins or members, and remove them.
 * Nothing for anyone else (the server would refuse them the list anyway).
 */
export default function OrganizationMembers({ organizationId }: { organizationId: number }) {
  const t = useT();
  const s = useSession();
  const isMember = s.isAdmin || s.organizationIds.includes(organizationId);
  const canManage = s.isAdmin || s.hasRole("org_admin", { organizationId });
  const url = `/api/organizations/${organizationId}/members`;
  const loaded = useAsync((signal) => (isMember ? api<Member[]>("GET", url, undefined, { signal }) : Promise.resolve(null)), [url, isMember]);
  const [changed, setChanged] = useState<Member[] | null>(null);
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("org_member");
  const [addError, setAddError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const members = changed ?? loaded.data;
  if (!isMember || !members) return null;

  const act = async (run: () => Promise<Member[]>, onError: (e: unknown) => void) => {
    setBusy(true);
    setAddError(null);
    setActionError(null);
    try {
      setChanged(await run());
      return true;
    } catch (e) {
      onError(e);
      return false;
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  };
  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (await act(() => api<Member[]>("POST", url, { email, role }), setAddError)) setEmail("");
  };
  // Changing one's own role changes what the interface offers: the session learns it at once.
  const thenSelf = async (m: Member, done: Promise<boolean>) => {
    if ((await done) && m.userId === s.user?.id) await s.refresh();
  };
  const setMemberRole = (m: Member, to: Role) => thenSelf(m, act(() => api<Member[]>("POST", url, { email: m.email, role: to }), setActionError));
  const remove = (m: Member) => thenSelf(m, act(() => api<Member[]>("DELETE", `${url}/${m.userId}`), setActionError));

  return (
    <section className="card" data-testid="org-members">
      <div className="card-title">
        <h2>{t("auth.members.title")}</h2>
        <span className="muted small">{t("auth.members.count", { n: members.length })}</span>
      </div>
      <ErrorBanner error={actionError} />
      <DataTable<Member>
        rows={members}
        rowKey={(m) => m.userId}
        columns={[
          { key: "name", title: t("auth.name"), nowrap: true, render: (m) => <>{m.name}{m.userId === s.user?.id && <span className="muted small"> ({t("auth.members.you")})</span>}</> },
          { key: "email", title: t("auth.email") },
          { key: "role", title: t("auth.members.role"), nowrap: true, render: (m) => <Tag tone={m.role === "org_admin" ? "blue" : "gray"}>{t(`auth.role.${m.role}`)}</Tag> },
          ...(canManage
            ? [{
                key: "actions",
                title: "",
                nowrap: true,
                render: (m: Member) =>
                  removing === m.userId ? (
                    <span>
                      <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={() => remove(m)}>{t("auth.members.confirmRemove", { name: m.name })}</button>{" "}
                      <button type="button" className="btn btn-small" disabled={busy} onClick={() => setRemoving(null)}>{t("common.cancel")}</button>
                    </span>
                  ) : (
                    <span>
                      <button type="button" className="btn btn-small" disabled={busy} onClick={() => setMemberRole(m, m.role === "org_admin" ? "org_member" : "org_admin")}>
                        {t(m.role === "org_admin" ? "auth.members.makeMember" : "auth.members.makeAdmin")}
                      </button>{" "}
                      <button type="button" className="btn btn-small btn-danger" disabled={busy} onClick={() => setRemoving(m.userId)}>{t("auth.members.remove")}</button>
                    </span>
                  ),
              }]
            : []),
        ]}
      />
      {canManage && (
        <form className="org-member-add" onSubmit={add} data-testid="member-add">
          <Field label={t("auth.members.addEmail")} name="email" error={addError} hint={t("auth.members.addHint")}>
            <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} placeholder="name@example.cn" />
          </Field>
          <Field label={t("auth.members.role")} name="role" error={addError}>
            <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
              <option value="org_member">{t("auth.role.org_member")}</option>
              <option value="org_admin">{t("auth.role.org_admin")}</option>
            </select>
          </Field>
          <button type="submit" className="btn btn-primary" disabled={busy || !email.trim()}>{t("auth.members.add")}</button>
        </form>
      )}
      {/* A reason about a field shows under it; any other (a refusal, the network) here. */}
      {canManage && Object.keys(fieldErrors(addError)).length === 0 && <ErrorBanner error={addError} />}
    </section>
  );
}
