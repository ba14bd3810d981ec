import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { precompress } from "./build/precompress.ts";

// The API runs on port 3000 in development; in production the API server serves the built app itself.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      // Two pages: the desk app, and the member's handbook (/m), which stays small for weak phones.
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        handbook: fileURLToPath(new URL("m.html", import.meta.url)),
      },
      output: {
        // The framework every page needs gets its own long-cached chunk; antd and the pages split by route. The
        // router, dayjs and i18next, which only the desk uses (the handbook has its own few lines of translation),
        // are a chunk of their own: the handbook's first visit on a slow phone does not download and parse them.
        codeSplitting: {
          groups: [
            { name: "framework", test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/ },
            {
              name: "desk-framework",
              test: /node_modules[\\/](react-router|dayjs|i18next|react-i18next)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { "/api": "http://localhost:3000" },
  },
});
