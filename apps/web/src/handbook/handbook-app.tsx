import { useState } from "react";
import { HandbookError, useHandbook, useSignOut } from "./handbook.api";
import { setHandbookLanguage, useHandbookT } from "./handbook-i18n";
import { HomeView } from "./home-view";
import { LoginView } from "./login-view";

/** The member's handbook: sign in, then one page in large, clear type. */
export function HandbookApp() {
  const { t, language } = useHandbookT();
  const handbook = useHandbook();
  const signOut = useSignOut();
  const [large, setLarge] = useState(localStorage.getItem("dangvu.largeText") === "1");
  const toggleLarge = () => {
    localStorage.setItem("dangvu.largeText", large ? "0" : "1");
    setLarge(!large);
  };
  const switchLanguage = () => setHandbookLanguage(language === "vi" ? "en" : "vi");
  const needsSignIn = handbook.error instanceof HandbookError && handbook.error.status === 401;
  return (
    <div className={large ? "hb hb-large" : "hb"}>
      <header className="hb-header">
        <span className="hb-brand">★ {t("title")}</span>
        <span className="hb-tools">
          <button type="button" onClick={toggleLarge} aria-pressed={large} data-testid="hb-large-text">
            {t("largeText")}
          </button>
          <button type="button" onClick={switchLanguage}>
            {t("language")}
          </button>
          {handbook.data && (
            <button type="button" onClick={() => signOut.mutate()}>
              {t("signOut")}
            </button>
          )}
        </span>
      </header>
      <main className="hb-main">
        {handbook.isLoading && <p>{t("loading")}</p>}
        {needsSignIn && <LoginView />}
        {handbook.error && !needsSignIn && (
          <p className="hb-error" role="alert">
            {handbook.error.message}
          </p>
        )}
        {handbook.data && <HomeView summary={handbook.data} />}
      </main>
    </div>
  );
}
