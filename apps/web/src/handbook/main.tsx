import "./handbook.css";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { HandbookApp } from "./handbook-app";
import { registerOfflineWorker } from "./offline";

const root = document.getElementById("root");
if (!root) throw new Error("#root is missing from m.html");
// offlineFirst: without a network the queries still ask, and the service worker answers with the copy it kept.
const client = new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, networkMode: "offlineFirst" } } });

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <HandbookApp />
    </QueryClientProvider>
  </StrictMode>,
);

registerOfflineWorker();
