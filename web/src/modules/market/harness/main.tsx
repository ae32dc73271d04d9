/** A bare page that mounts the marketplace pages alone, for the market browser test (no shell needed). */
import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { marketNav, marketPage } from "../index.js";
import { Link } from "../nav.js";

function Login() {
  const [me, setMe] = useState<string>();
  useEffect(() => { fetch("/api/auth/me").then((r) => r.json()).then((d) => setMe(d.user?.name)); }, []);
  async function login(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const r = await fetch("/api/auth/login", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: f.get("email"), password: f.get("password") }) });
    if (r.ok) location.reload();
  }
  if (me) return <span>用户: {me}</span>;
  return <form onSubmit={login}><input name="email" placeholder="email" /><input name="password" type="password" placeholder="password" /><button>登录</button></form>;
}

function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => { const f = () => setPath(location.pathname); addEventListener("popstate", f); return () => removeEventListener("popstate", f); }, []);
  return (<>
    <header>{marketNav.map((n) => <Link key={n.path} to={n.path}>{n.zh}</Link>)}<span style={{ flex: 1 }} /><Login /></header>
    {marketPage(path) ?? <p>not found</p>}
  </>);
}
createRoot(document.getElementById("root")!).render(<App />);
