import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, type FormInstance } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../lib/api";
import { applyServerError } from "../../lib/forms";
import { meetingKeys } from "./meetings.api";

/**
 * Saves one section of the meeting page (attendance, minutes, score): the server's message shows above the section
 * and its `fields` on the inputs; a stale version reloads the meeting and says so.
 */
export function useSectionSave(meetingId: string, form?: FormInstance) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(send: () => Promise<unknown>, success: string): Promise<boolean> {
    setError(null);
    setPending(true);
    try {
      await send();
      void message.success(success);
      return true;
    } catch (caught) {
      if (isApiError(caught) && caught.status === 409) {
        await queryClient.invalidateQueries({ queryKey: meetingKeys.detail(meetingId) });
        setError(caught.code === "version.stale" ? t("meeting.stale") : caught.message);
        return false;
      }
      setError(
        form
          ? applyServerError(form, caught, t("errors.unknown"))
          : isApiError(caught)
            ? caught.message
            : t("errors.unknown"),
      );
      return false;
    } finally {
      setPending(false);
    }
  }
  return { error, pending, run };
}

export function SectionError({ error }: { error: string | null }) {
  if (!error) return null;
  return <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="form-error" />;
}
