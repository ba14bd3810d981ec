import type { CellCommentRequests, CreatedCommentRequest } from "@dangvu/contract";
import { Alert, App, Button, Flex, Result, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { formatDate } from "../../lib/dates";
import { PageCard } from "../../lib/page-card";
import { QrCode } from "./qr-code";
import { downloadCommentLetters } from "./residence.api";
import "./comment-letters.css";

/** What the creating answer hands to this page (in the browser's history, never in the address). */
export interface LettersState {
  created: CreatedCommentRequest[];
  skipped?: CellCommentRequests["skipped"];
}

/**
 * The letters for requests just made, to print (one a page) or to download as Word: each with the short code, the
 * QR code and the long link. The codes are shown only after creating, so the page says to print before leaving.
 */
export function CommentLettersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const state = useLocation().state as LettersState | null;
  const [downloading, setDownloading] = useState(false);
  if (!state?.created) {
    return (
      <PageCard>
        <Result status="info" title={t("residence.letters.gone")} subTitle={t("residence.letters.goneHint")} />
      </PageCard>
    );
  }
  const { created, skipped } = state;
  const download = async () => {
    setDownloading(true);
    try {
      await downloadCommentLetters(created.map((c) => c.link));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    } finally {
      setDownloading(false);
    }
  };
  return (
    <PageCard
      title={<span className="no-print">{t("residence.letters.title", { count: created.length })}</span>}
      data-testid="comment-letters-page"
      actions={
        created.length > 0 && (
          <>
            <Button type="primary" onClick={() => window.print()} data-testid="letters-print">
              {t("residence.letters.print")}
            </Button>
            <Button loading={downloading} onClick={() => void download()} data-testid="letters-docx">
              {t("residence.letters.docx")}
            </Button>
          </>
        )
      }
    >
      <Flex vertical gap={12} className="no-print" style={{ marginBottom: 16 }}>
        {skipped && <Summary created={created.length} skipped={skipped} />}
        {created.length > 0 && <Alert type="warning" showIcon title={t("residence.letters.onlyNow")} />}
        <Link to="/residence/follow-up">← {t("residence.followUp.back")}</Link>
      </Flex>
      {created.map((item) => (
        <Letter key={item.request.id} item={item} />
      ))}
    </PageCard>
  );
}

function Summary({ created, skipped }: { created: number; skipped: CellCommentRequests["skipped"] }) {
  const { t } = useTranslation();
  const parts = (Object.keys(skipped) as (keyof typeof skipped)[])
    .filter((k) => skipped[k] > 0)
    .map((k) => t(`residence.letters.skipped.${k}`, { count: skipped[k] }));
  return (
    <Typography.Paragraph style={{ margin: 0, fontSize: 16 }} data-testid="letters-summary">
      {t("residence.letters.made", { count: created })}
      {parts.length > 0 && ` ${t("residence.letters.notAsked")}: ${parts.join("; ")}.`}
    </Typography.Paragraph>
  );
}

function Letter({ item }: { item: CreatedCommentRequest }) {
  const { t } = useTranslation();
  const origin = window.location.origin;
  const link = `${origin}${item.link}`;
  const r = item.request;
  return (
    <section className="comment-letter" data-testid="comment-letter" data-member-id={r.memberId}>
      <Flex justify="space-between" gap={16} wrap>
        <div style={{ textAlign: "center" }}>
          <b>{r.orgUnitName.toUpperCase()}</b>
          <div>*</div>
        </div>
        <div style={{ textAlign: "center" }}>
          <b style={{ textDecoration: "underline" }}>ĐẢNG CỘNG SẢN VIỆT NAM</b>
        </div>
      </Flex>
      <h3>
        {t("residence.letters.heading")}
        <br />
        {t("residence.letters.subheading", { year: r.year })}
      </h3>
      <p>
        <b>{t("residence.letters.to")}</b> {t("residence.letters.toWhom", { name: r.residenceOrgName })}
      </p>
      <p>{t("residence.letters.body", { cell: r.orgUnitName, year: r.year })}</p>
      <p style={{ fontSize: 20 }}>
        <b data-testid="letter-member">{r.memberName}</b>
      </p>
      <p>
        {t("residence.letters.before")} <b>{formatDate(r.dueOn)}</b>.
      </p>
      <Flex gap={24} align="center" wrap>
        <QrCode text={link} label={t("residence.letters.qrLabel", { name: r.memberName })} />
        <div style={{ flex: "1 1 280px" }}>
          <p style={{ margin: 0 }}>{t("residence.letters.scanOr", { page: `${origin}/nx` })}</p>
          <div className="letter-code" data-testid="letter-code">
            {item.shortCode}
          </div>
          <p style={{ margin: 0 }}>
            <i>{t("residence.letters.once", { date: formatDate(item.expiresAt.slice(0, 10)) })}</i>
          </p>
        </div>
      </Flex>
      <p className="letter-link" data-testid="letter-link">
        {t("residence.letters.fullLink")}: {link}
      </p>
      <p>{t("residence.letters.paper")}</p>
    </section>
  );
}
