import "./handbook.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { I18nextProvider } from "react-i18next";
import { HandbookApp } from "./handbook-app";
import { handbookI18n } from "./handbook-i18n";
import { registerOfflineWorker } from "./offline";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from m.html");
// offlineFirst: without a network the queries still ask, and the service worker answers with the copy it kept.
const client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, networkMode: "offlineFirst" } } });

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={handbookI18n}>
      <QueryClientProvider client={client}>
        <HandbookApp />
      </QueryClientProvider>
    </I18nextProvider>
  </StrictMode>,
);

registerOfflineWorker();
