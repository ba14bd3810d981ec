import { type FormEvent, useState } from "react";
import { useSignIn } from "./handbook.api";
import { useHandbookT } from "./handbook-i18n";

export function LoginView() {
  const { t } = useHandbookT();
  const signIn = useSignIn();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ username, password });
  };
  return (
    <form className="hb-card hb-form" onSubmit={submit}>
      <label>
        {t("username")}
        <input
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          autoCapitalize="none"
          data-testid="hb-username"
        />
      </label>
      <label>
        {t("password")}
        <input
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          data-testid="hb-password"
        />
      </label>
      {signIn.error && (
        <p className="hb-error" role="alert">
          {signIn.error.message}
        </p>
      )}
      <button type="submit" className="hb-primary" disabled={signIn.isPending}>
        {t("signIn")}
      </button>
    </form>
  );
}
