import { useState } from "react";
import { ApiError } from "../../api.js";
import { DataTable, ErrorBanner, Field, Notice, Tag } from "../../components/index.js";
import { useAsync } from "../../hooks.js";
import { useT } from "../../i18n.js";
import { useSession } from "../../session.js";
import { market, type Application, type Listing, type Named } from "./api.js";
import { localizeError } from "./errors.js";
import { fmtDate, fmtNumber } from "./labels.js";

const APP_TONE = { applied: "blue", shortlisted: "orange", awarded: "green", rejected: "gray" } as const;

/**
 * Which of the user's organisations acts: the one chosen, else the first. The list arrives with
 * the page's options, after the panel first renders, so the default is derived each render
 * rather than kept as the initial state (which stayed empty and sent no organisation).
 */
export function useOrgChoice(orgs: Named[]): [number | undefined, (id: number) => void] {
  const [chosen, setChosen] = useState<number>();
  return [orgs.some((o) => o.id === chosen) ? chosen : orgs[0]?.id, setChosen];
}

/** Chooses which of the user's organisations acts; a single one is shown as text. */
export function OrgChoice({ orgs, value, onChange, label }: { orgs: Named[]; value: number | undefined; onChange: (id: number) => void; label: string }) {
  const t = useT();
  if (orgs.length === 1)
    return (
      <div className="field">
        <label>{label}</label>
        <div className="mk-static">{t.org(orgs[0].name)}</div>
      </div>
    );
  return (
    <Field label={label} name="organizationId">
      <select value={value ?? ""} onChange={(e) => onChange(Number(e.target.value))}>
        {orgs.map((o) => (
          <option key={o.id} value={o.id}>
            {t.org(o.name)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** 揭榜挂帅: solvers apply with a proposal; the owner shortlists, awards or rejects. */
export function ChallengePanel({ listing, orgs }: { listing: Listing; orgs: Named[] }) {
  const t = useT();
  const signedIn = !!useSession().user;
  const apps = useAsync((sig) => (signedIn ? market.applications(listing.id, sig) : Promise.resolve([] as Application[])), [listing.id, signedIn]);
  const [org, setOrg] = useOrgChoice(orgs);
  const [proposal, setProposal] = useState("");
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const act = (p: Promise<unknown>) =>
    p.then(
      () => {
        setError(undefined);
        apps.reload();
      },
      setError,
    );
  const rows = apps.data ?? [];
  const shownError = localizeError(error, t, { form: true });
  return (
    <section className="card mk-panel" data-testid="challenge-panel">
      <h2>{t("market.challenge.title")}</h2>
      <ErrorBanner error={shownError} />
      {(listing.canEdit || rows.length > 0) && (
        <DataTable
          rows={rows}
          rowKey={(a) => a.id}
          empty={t("market.challenge.none")}
          columns={[
            { key: "org", title: t("market.proc.org"), render: (a) => t.org(a.organization.name), width: "22%" },
            { key: "proposal", title: t("market.challenge.proposal"), render: (a) => <span className="mk-pre">{a.proposal}</span> },
            { key: "status", title: t("market.mine.col.status"), render: (a) => <Tag tone={APP_TONE[a.status]}>{t(`market.app.${a.status}`)}</Tag>, width: 90 },
            { key: "date", title: t("market.mine.col.updated"), render: (a) => fmtDate(a.decidedAt ?? a.createdAt), width: 110, nowrap: true },
            // The decision buttons only while someone still awaits a decision.
            ...(listing.canEdit && rows.some((a) => a.status === "applied" || a.status === "shortlisted")
              ? [
                  {
                    key: "actions",
                    title: "",
                    width: 230,
                    render: (a: Application) =>
                      (a.status === "applied" || a.status === "shortlisted") && (
                        <span className="mk-actions">
                          {a.status === "applied" && (
                            <button className="btn btn-small" onClick={() => act(market.decide(listing.id, a.id, "shortlisted"))}>
                              {t("market.challenge.shortlist")}
                            </button>
                          )}
                          <button className="btn btn-small btn-primary" onClick={() => act(market.decide(listing.id, a.id, "awarded"))}>
                            {t("market.challenge.award")}
                          </button>
                          <button className="btn btn-small btn-danger" onClick={() => act(market.decide(listing.id, a.id, "rejected"))}>
                            {t("market.challenge.reject")}
                          </button>
                        </span>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {!listing.canEdit && listing.status === "published" && orgs.length > 0 && (
        <form
          className="form mk-subform"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            market.apply(listing.id, org!, proposal).then(() => {
              setProposal("");
              setError(undefined);
              setDone(true);
              apps.reload();
            }, setError);
          }}
        >
          {done && <Notice tone="success">{t("market.challenge.applied")}</Notice>}
          <OrgChoice orgs={orgs} value={org} onChange={setOrg} label={t("market.interest.as")} />
          <Field label={t("market.challenge.proposal")} name="proposal" error={shownError} required>
            <textarea rows={4} value={proposal} placeholder={t("market.challenge.proposalPh")} onChange={(e) => setProposal(e.target.value)} />
          </Field>
          <button type="submit" className="btn btn-primary">
            {t("market.challenge.apply")}
          </button>
        </form>
      )}
    </section>
  );
}

/** 联合采购: organisations elsewhere add their quantities; the owner sees the combined demand. */
export function ProcurementPanel({ listing, orgs }: { listing: Listing; orgs: Named[] }) {
  const t = useT();
  const items = (listing.attrs.items ?? []) as { name: string; quantity: number; unit: string }[];
  const joinable = listing.attrs.joinable !== false;
  // Only the owner and the organisations that joined may read the totals; others get 403.
  const summary = useAsync(
    (sig) => (listing.canEdit || orgs.length > 0 ? market.procurement(listing.id, sig).catch((e) => (e instanceof ApiError && e.status === 403 ? null : Promise.reject(e))) : Promise.resolve(null)),
    [listing.id],
  );
  const [org, setOrg] = useOrgChoice(orgs);
  const mine = summary.data?.participants.find((p) => p.organization.id === org);
  const [qty, setQty] = useState<string[]>(() => items.map(() => ""));
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const s = summary.data;
  const shownError = localizeError(error, t, { form: true });

  return (
    <section className="card mk-panel" data-testid="procurement-panel">
      <h2>{t("market.proc.title")}</h2>
      <p className="muted small">{joinable ? t("market.proc.hint") : t("market.proc.notJoinable")}</p>
      <div className="table-wrap">
        <table className="table mk-proc-table">
          <thead>
            <tr>
              <th>{t("market.proc.item")}</th>
              <th style={{ textAlign: "right" }}>{t("market.proc.owner")}</th>
              {s && <th style={{ textAlign: "right" }}>{t("market.proc.joined")}</th>}
              {s && <th style={{ textAlign: "right" }}>{t("market.proc.total")}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((it, i) => (
              <tr key={i}>
                <td>{it.name}</td>
                <td style={{ textAlign: "right" }}>
                  {fmtNumber(it.quantity, t)} {it.unit}
                </td>
                {s && (
                  <td style={{ textAlign: "right" }}>
                    {fmtNumber(s.items[i]?.joinedQuantity ?? 0, t)} {it.unit}
                  </td>
                )}
                {s && (
                  <td style={{ textAlign: "right" }}>
                    <strong>
                      {fmtNumber(s.items[i]?.totalQuantity ?? it.quantity, t)} {it.unit}
                    </strong>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {listing.canEdit && s && (
        <>
          <h3 className="mk-subhead">{t("market.proc.participants", { n: s.participantCount })}</h3>
          <DataTable
            rows={s.participants}
            rowKey={(p) => p.organization.id}
            empty={t("market.proc.none")}
            columns={[
              { key: "org", title: t("market.proc.org"), render: (p) => t.org(p.organization.name) },
              { key: "region", title: t("market.proc.region"), render: (p) => p.organization.region },
              { key: "q", title: t("market.proc.quantities"), render: (p) => p.quantities.map((q, i) => `${items[i]?.name ?? i + 1} ${fmtNumber(q, t)}${items[i]?.unit ?? ""}`).join(";") },
              { key: "note", title: t("market.proc.note"), render: (p) => p.note },
            ]}
          />
        </>
      )}
      {!listing.canEdit && joinable && listing.status === "published" && orgs.length > 0 && (
        <form
          className="form mk-subform"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            market.join(listing.id, org!, qty.map((q) => (q.trim() === "" ? 0 : Number(q))), note).then(() => {
              setError(undefined);
              setDone(true);
              summary.reload();
            }, setError);
          }}
        >
          <ErrorBanner error={shownError} />
          {done && <Notice tone="success">{t("market.proc.joinedOk")}</Notice>}
          <OrgChoice orgs={orgs} value={org} onChange={setOrg} label={t("market.interest.as")} />
          <div className="mk-qty-grid">
            {items.map((it, i) => (
              <Field key={i} label={`${it.name}(${it.unit})`} name={`quantities.${i}`} error={shownError}>
                <input
                  type="number"
                  min={0}
                  step="any"
                  value={qty[i]}
                  placeholder={mine ? String(mine.quantities[i] ?? 0) : "0"}
                  onChange={(e) => setQty(qty.map((q, j) => (j === i ? e.target.value : q)))}
                />
              </Field>
            ))}
          </div>
          <Field label={t("market.proc.note")} name="note" error={shownError}>
            <input type="text" value={note} maxLength={1000} onChange={(e) => setNote(e.target.value)} />
          </Field>
          <button type="submit" className="btn btn-primary">
            {mine ? t("market.proc.update") : t("market.proc.join")}
          </button>
        </form>
      )}
    </section>
  );
}
