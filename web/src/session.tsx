import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { api, setCsrfToken } from "./api.js";

export type Role = "platform_admin" | "alliance_secretariat" | "org_admin" | "org_member";
export interface Grant {
  role: Role;
  allianceId?: number | null;
  organizationId?: number | null;
}
export interface User {
  id: number;
  email: string;
  name: string;
  grants: Grant[];
}
interface Me {
  user: User | null;
  csrfToken?: string;
}

export interface Session {
  user: User | null;
  csrf?: string;
  /** true until the first GET /api/auth/me answers. */
  loading: boolean;
  refresh(): Promise<User | null>;
  signIn(email: string, password: string): Promise<User | null>;
  /** Creates the account; the server does not sign in on registration. */
  register(input: { email: string; name: string; password: string }): Promise<User>;
  signOut(): Promise<void>;
  isAdmin: boolean;
  /** hasRole("alliance_secretariat", { allianceId: 3 }); platform admin passes every check. */
  hasRole(role: Role, scope?: { allianceId?: number; organizationId?: number }): boolean;
  /** Organisations the user administers or belongs to. */
  organizationIds: number[];
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me>({ user: null });
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      const m = await api<Me>("GET", "/api/auth/me");
      setCsrfToken(m.csrfToken);
      setMe(m);
      return m.user;
    } catch {
      setMe({ user: null });
      return null;
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value = useMemo<Session>(() => {
    const grants = me.user?.grants ?? [];
    const isAdmin = grants.some((g) => g.role === "platform_admin");
    return {
      user: me.user,
      csrf: me.csrfToken,
      loading,
      refresh,
      isAdmin,
      organizationIds: [...new Set(grants.filter((g) => g.organizationId).map((g) => g.organizationId as number))],
      async signIn(email, password) {
        const m = await api<Me>("POST", "/api/auth/login", { email, password });
        setCsrfToken(m.csrfToken);
        setMe(m);
        return m.user;
      },
      register(input) {
        return api<User>("POST", "/api/auth/register", input);
      },
      async signOut() {
        await api("POST", "/api/auth/logout");
        setCsrfToken(undefined);
        await refresh();
      },
      hasRole(role, scope) {
        if (isAdmin) return true;
        return grants.some(
          (g) =>
            g.role === role &&
            (scope?.allianceId === undefined || g.allianceId === scope.allianceId) &&
            (scope?.organizationId === undefined || g.organizationId === scope.organizationId),
        );
      },
    };
  }, [me, loading, refresh]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside <SessionProvider>");
  return s;
}
