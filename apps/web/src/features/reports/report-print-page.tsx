import type { ReportDetail, ReportTemplate, ReportValue, TemplateSection } from "@dangvu/contract";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Flex, Skeleton, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../lib/api";
import { useReportParams } from "./report-page";
import { useReport } from "./reports.api";
import { figureText, formatFigure, reportPath, rowLabel, toRoman, valuesByIndicator } from "./reports.model";
import "./reports.css";

/** The template's document settings (summary line, signer, recipients), when the server lends them. */
function useTemplateDocument(templateId: string) {
  return useQuery({
    queryKey: ["reports", "template", templateId],
    queryFn: () => api.get<ReportTemplate>(`/api/reports/templates/${templateId}`),
    retry: false,
    staleTime: 5 * 60_000,
  });
}

/**
 * The report to print, laid out as the party document (document-format.md): the party's name with its rule, the
 * issuing body under its parent, the number, place and date, "BÁO CÁO" with its summary line, the numbered sections,
 * the signing block and the recipients.
 */
export function ReportPrintPage() {
  const { t } = useTranslation();
  const params = useReportParams();
  const report = useReport(params);
  const template = useTemplateDocument(params.templateId);
  return (
    <div>
      <Flex gap={8} wrap align="center" className="no-print" style={{ marginBottom: 16 }}>
        <Link to={reportPath(params.templateId, params.orgUnitId, params.period)}>← {t("common.back")}</Link>
        <Button type="primary" disabled={!report.isSuccess} onClick={() => window.print()} data-testid="print-now">
          {t("reports.printNow")}
        </Button>
        <Typography.Text type="secondary">{t("reports.printHint")}</Typography.Text>
      </Flex>
      {report.isPending && <Skeleton active paragraph={{ rows: 12 }} />}
      {report.isError && <Alert type="error" showIcon title={report.error.message} />}
      {report.isSuccess && <PrintedReport detail={report.data} template={template.data} />}
    </div>
  );
}

function PrintedReport({ detail, template }: { detail: ReportDetail; template?: ReportTemplate }) {
  const { t } = useTranslation();
  const doc = template?.document;
  const values = valuesByIndicator(detail.values);
  const day = dayjs(detail.submittedAt ?? undefined);
  const summary =
    doc?.summary.replace("{period}", detail.periodLabel) ?? `${detail.templateName} ${detail.periodLabel}`;
  return (
    <article className="report-print" data-testid="report-print">
      <header className="report-print-head">
        <div>
          {detail.parentUnitName && <p>{detail.parentUnitName.toUpperCase()}</p>}
          <p className="report-print-party">{detail.orgUnitName.toUpperCase()}</p>
          <p>*</p>
          <p data-testid="print-number">
            Số {detail.documentNumber ?? `\u00a0\u00a0\u00a0\u00a0\u00a0-${doc?.typeCode ?? "BC"}/…`}
          </p>
        </div>
        <div>
          <p className="report-print-party">{t("reports.party")}</p>
          <span className="report-print-rule" />
          <p className="report-print-place">
            …, ngày {day.format("DD")} tháng {day.format("MM")} năm {day.format("YYYY")}
          </p>
        </div>
      </header>
      <div className="report-print-title">
        <h1>{t("reports.reportWord")}</h1>
        <p>{summary}</p>
        <p>-----</p>
      </div>
      {detail.sections.map((section, i) => (
        <section key={section.key}>
          <h2>
            {toRoman(i + 1)}. {section.title.toUpperCase()}
          </h2>
          <PrintedSection section={section} detail={detail} values={values} />
        </section>
      ))}
      <footer className="report-print-sign">
        <div className="recipients">
          {doc && doc.recipients.length > 0 && (
            <>
              <em>
                <u>Nơi nhận</u>:
              </em>
              {doc.recipients.map((r) => (
                <div key={r}>- {r}</div>
              ))}
            </>
          )}
        </div>
        <div className="sign">
          {doc?.signerAuthority && <div>{doc.signerAuthority}</div>}
          {doc?.signerTitle && <div>{doc.signerTitle}</div>}
        </div>
      </footer>
    </article>
  );
}

function PrintedSection(props: { section: TemplateSection; detail: ReportDetail; values: Map<string, ReportValue> }) {
  const { section, detail, values } = props;
  const { t } = useTranslation();
  switch (section.kind) {
    case "table":
      return (
        <table>
          <tbody>
            {section.rows.map((row) => {
              const value = values.get(row.indicator);
              return (
                <tr key={row.indicator}>
                  <td style={{ paddingLeft: 6 + 18 * (row.level ?? 0), fontWeight: row.level ? 400 : 600 }}>
                    {rowLabel(row, value)}
                  </td>
                  <td className="num">{figureText(row, values)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      );
    case "breakdown":
      return (
        <table>
          <tbody>
            {(detail.breakdowns[section.key] ?? []).map((row) => (
              <tr key={row.key}>
                <td>{row.label}</td>
                <td className="num">{formatFigure(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case "narrative":
      return <p className="narrative">{detail.narrative[section.key] ?? ""}</p>;
    case "memberList":
      return <p>{t("reports.memberListNote")}</p>;
  }
}
