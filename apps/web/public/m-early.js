// The handbook's first requests, sent as soon as the page arrives: a plain script that needs none of the framework,
// so on a slow phone the member's answers travel while the scripts are still downloading and compiling (about a
// second on slow 4G). The handbook takes them over (src/handbook/early-answers.ts); a signed-out browser asks nothing.
(() => {
  try {
    if (localStorage.getItem("dangvu.signedIn") !== "1") return;
    const headers = {
      Accept: "application/json",
      "Accept-Language": localStorage.getItem("dangvu.lang") === "en" ? "en" : "vi",
    };
    const ask = (path) => fetch(path, { headers, credentials: "same-origin" });
    // The member's page first: the embedded database answers one query at a time.
    const handbook = ask("/api/me/handbook");
    window.dangvuEarlyAnswers = { "/api/me/handbook": handbook, "/api/me": ask("/api/me") };
  } catch {
    // Storage refused (private mode): the handbook asks for itself.
  }
})();
