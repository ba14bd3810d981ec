import type { CaseState, DisciplineStatus, LetterStatus, Subject } from "@dangvu/contract";
import { Button, Card, Result, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isApiError } from "../../lib/api";

const caseColors: Record<CaseState, string> = {
  decided: "blue",
  team_formed: "blue",
  self_report: "cyan",
  verifying: "cyan",
  concluded: "purple",
  notified: "purple",
  closed: "default",
};

export function CaseStateTag({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return <Tag color={caseColors[state]}>{t(`inspection.states.${state}`)}</Tag>;
}

const letterColors: Record<LetterStatus, string> = {
  filed: "default",
  received: "blue",
  in_progress: "cyan",
  forwarded: "purple",
  resolved: "green",
};

export function LetterStatusTag({ status }: { status: LetterStatus }) {
  const { t } = useTranslation();
  return <Tag color={letterColors[status]}>{t(`letters.statuses.${status}`)}</Tag>;
}

const disciplineColors: Record<DisciplineStatus, string> = {
  proposed: "blue",
  decided: "red",
  not_disciplined: "default",
};

export function DisciplineStatusTag({ status }: { status: DisciplineStatus }) {
  const { t } = useTranslation();
  return <Tag color={disciplineColors[status]}>{t(`discipline.statuses.${status}`)}</Tag>;
}

/** "Quá hạn", in red, wherever a deadline has passed. */
export function OverdueTag({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  return overdue ? (
    <Tag color="red" data-testid="overdue">
      {t("inspection.overdue")}
    </Tag>
  ) : null;
}

/** "Nguyễn Văn A (Chi bộ 1); Chi bộ 2" */
export function subjectsText(subjects: readonly Subject[]): string {
  return subjects.map((s) => (s.memberName ? `${s.memberName} (${s.orgUnitName})` : s.orgUnitName)).join("; ");
}

/** A record that is not there, or not for this user: the server answers 404 to both, and so does the page. */
export function RecordMissing({ error, back }: { error: Error; back: string }) {
  const { t } = useTranslation();
  const missing = isApiError(error) && [400, 403, 404].includes(error.status);
  return (
    <Card>
      <Result
        status={missing ? "404" : "error"}
        title={missing ? t("inspection.notFound") : t("errors.loadFailed")}
        subTitle={missing ? undefined : error.message}
        extra={
          <Link to={back}>
            <Button>{t("inspection.backToList")}</Button>
          </Link>
        }
        data-testid="inspection-not-found"
      />
    </Card>
  );
}
