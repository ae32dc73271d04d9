import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./styles.css";
import "./messages.js";
import { App } from "./App.js";
import { getLang } from "./i18n.js";
import { loadEnglishNames } from "./english-names.js";
import { SessionProvider } from "./session.js";

document.documentElement.lang = getLang() === "zh" ? "zh-CN" : "en";
void loadEnglishNames();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);
