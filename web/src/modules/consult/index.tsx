import { lazy } from "react";
import type { WebModule } from "../../modules.js";
import { consultTodo } from "./todo.js";
import "./consult.css";

const Home = lazy(() => import("./HomePage.js"));
const Alliance = lazy(() => import("./AlliancePage.js"));
const MeetingForm = lazy(() => import("./MeetingForm.js"));
const Meeting = lazy(() => import("./MeetingPage.js"));
const Programme = lazy(() => import("./ProgrammePage.js"));
const Item = lazy(() => import("./ItemPage.js"));
const VisitForm = lazy(() => import("./VisitForm.js"));
const Visit = lazy(() => import("./VisitPage.js"));

/** 会商与行动: meetings and rotation, programmes and action items, delegation visits — per alliance. */
export const consultWeb: WebModule = {
  key: "consult",
  nav: { zh: "会商与行动", en: "Consultation" },
  path: "/consult",
  routes: [
    { path: "/consult", element: <Home /> },
    { path: "/consult/alliances/:id", element: (p) => <Alliance key={p.id} id={Number(p.id)} /> },
    { path: "/consult/meetings/new", element: <MeetingForm /> },
    { path: "/consult/meetings/:id", element: (p) => <Meeting key={p.id} id={Number(p.id)} /> },
    { path: "/consult/meetings/:id/edit", element: (p) => <MeetingForm key={`edit-${p.id}`} id={Number(p.id)} /> },
    { path: "/consult/programmes/:id", element: (p) => <Programme key={p.id} id={Number(p.id)} /> },
    { path: "/consult/items/:id", element: (p) => <Item key={p.id} id={Number(p.id)} /> },
    { path: "/consult/visits/new", element: <VisitForm /> },
    { path: "/consult/visits/:id", element: (p) => <Visit key={p.id} id={Number(p.id)} /> },
    { path: "/consult/visits/:id/edit", element: (p) => <VisitForm key={`edit-${p.id}`} id={Number(p.id)} /> },
  ],
  todo: consultTodo,
  organizationSection: lazy(() => import("./OrganizationItems.js")),
};
