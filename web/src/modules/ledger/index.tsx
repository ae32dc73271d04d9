import { lazy } from "react";
import type { WebModule } from "../../modules.js";
import "./ledger.css";
import "./messages.js";

// Pages load on demand: the dashboard and the report pull in ECharts.
const Dashboard = lazy(() => import("./DashboardPage.js"));
const Report = lazy(() => import("./ReportPage.js"));
const Ceremonies = lazy(() => import("./CeremoniesPage.js"));
const Ceremony = lazy(() => import("./CeremonyPage.js"));
const CeremonyForm = lazy(() => import("./CeremonyForm.js"));
const Projects = lazy(() => import("./ProjectsPage.js"));
const Project = lazy(() => import("./ProjectPage.js"));
const ProjectForm = lazy(() => import("./ProjectForm.js"));
const Agreements = lazy(() => import("./AgreementsPage.js"));
const Agreement = lazy(() => import("./AgreementPage.js"));
const AgreementForm = lazy(() => import("./AgreementForm.js"));
const Import = lazy(() => import("./ImportPage.js"));

/** 合作项目库: dashboard, ceremonies with projects, agreements, report, import. */
export const ledgerWeb: WebModule = {
  key: "ledger",
  nav: { zh: "合作项目库", en: "Ledger" },
  // The dashboard has its own path: the shell marks a tab active by prefix, and "/ledger" prefixes every tab.
  path: "/ledger/dashboard",
  prefixes: ["/ledger"],
  subnav: [
    { path: "/ledger/dashboard", zh: "看板", en: "Dashboard" },
    { path: "/ledger/ceremonies", zh: "集中签约", en: "Ceremonies" },
    { path: "/ledger/projects", zh: "项目", en: "Projects" },
    { path: "/ledger/agreements", zh: "协议", en: "Agreements" },
    { path: "/ledger/report", zh: "报告", en: "Report" },
    { path: "/ledger/import", zh: "导入", en: "Import" },
  ],
  routes: [
    { path: "/ledger", element: <Dashboard /> },
    { path: "/ledger/dashboard", element: <Dashboard /> },
    { path: "/ledger/report", element: <Report /> },
    { path: "/ledger/import", element: <Import /> },
    { path: "/ledger/ceremonies", element: <Ceremonies /> },
    { path: "/ledger/ceremonies/new", element: <CeremonyForm /> },
    { path: "/ledger/ceremonies/:id", element: (p) => <Ceremony key={p.id} id={Number(p.id)} /> },
    { path: "/ledger/ceremonies/:id/edit", element: (p) => <CeremonyForm key={`edit-${p.id}`} id={Number(p.id)} /> },
    { path: "/ledger/projects", element: <Projects /> },
    { path: "/ledger/projects/new", element: <ProjectForm /> },
    { path: "/ledger/projects/:id", element: (p) => <Project key={p.id} id={Number(p.id)} /> },
    { path: "/ledger/projects/:id/edit", element: (p) => <ProjectForm key={`edit-${p.id}`} id={Number(p.id)} /> },
    { path: "/ledger/agreements", element: <Agreements /> },
    { path: "/ledger/agreements/new", element: <AgreementForm /> },
    { path: "/ledger/agreements/:id", element: (p) => <Agreement key={p.id} id={Number(p.id)} /> },
    { path: "/ledger/agreements/:id/edit", element: (p) => <AgreementForm key={`edit-${p.id}`} id={Number(p.id)} /> },
  ],
  organizationSection: lazy(() => import("./OrganizationRecords.js")),
};
