import type { Assessment, RatingCycleDetail, RatingLevel } from "@dangvu/contract";
import { ratingLevels } from "@dangvu/contract";
import { Alert, Button, DatePicker, Flex, Form, Grid, Input, Modal, Progress, Spin, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../lib/api";
import { displayDateFormat, toIsoDate } from "../../lib/dates";
import { useRequired } from "../../lib/forms";
import { postDecision, useAssessments, useInvalidateRatings } from "./ratings.api";
import { LevelTag } from "./ratings-labels";

/** Excellent last: the quota counts those rated good or better, so the good ratings open the excellent places. */
function inDecisionOrder(rows: readonly Assessment[]): Assessment[] {
  const rank = (a: Assessment) => (a.proposedLevel === "excellent" ? 1 : 0);
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

interface Values {
  decidedOn: Dayjs;
  decisionNumber?: string;
}

/**
 * The base committee's decision on the cells' proposals at once, as one decision lists them: the date and number typed
 * once, each member decided at the proposed level, the excellent ones last; the first refusal (the quota) stops it
 * and is shown with the member it concerns.
 */
export function DecideBatchModal(props: { cycle: RatingCycleDetail; unit?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const required = useRequired();
  const list = useAssessments(props.cycle.id, {
    subjectType: "member",
    status: "proposed",
    pageSize: 200,
    ...(props.unit ? { orgUnitId: props.unit } : {}),
  });
  const invalidate = useInvalidateRatings();
  const [done, setDone] = useState(0);
  // The members being decided, fixed when the run starts: the list refreshes under it.
  const [batch, setBatch] = useState<Assessment[] | null>(null);
  const [running, setRunning] = useState(false);
  const [stopped, setStopped] = useState<{ name: string; message: string } | null>(null);
  const [finished, setFinished] = useState(false);
  const rows = batch ?? inDecisionOrder(list.data?.items ?? []);
  const byLevel = (level: RatingLevel) => rows.filter((a) => a.proposedLevel === level).length;

  async function run(values: Values) {
    const chosen = rows;
    setBatch(chosen);
    setRunning(true);
    setStopped(null);
    let count = 0;
    try {
      for (const a of chosen) {
        if (!a.proposedLevel) continue;
        try {
          await postDecision(a.id, {
            level: a.proposedLevel,
            decidedOn: toIsoDate(values.decidedOn),
            decisionNumber: values.decisionNumber?.trim() || undefined,
          });
        } catch (caught) {
          setStopped({ name: a.subjectName, message: isApiError(caught) ? caught.message : t("errors.unknown") });
          return;
        }
        count += 1;
        setDone(count);
      }
      setFinished(true);
    } finally {
      setRunning(false);
      void invalidate();
    }
  }

  return (
    <Modal
      open
      title={t("ratings.decideBatch")}
      onCancel={props.onClose}
      footer={null}
      width={screens.md === false ? "100%" : 640}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <div data-testid="decide-batch-modal">
        {list.isPending && <Spin />}
        {!list.isPending && (
          <>
            <Typography.Paragraph>{t("ratings.decideBatchHint", { count: rows.length })}</Typography.Paragraph>
            <Flex gap={8} wrap style={{ marginBottom: 12 }} data-testid="decide-batch-summary">
              {ratingLevels
                .filter((level) => byLevel(level) > 0)
                .map((level) => (
                  <span key={level}>
                    <LevelTag level={level} /> {byLevel(level)}
                  </span>
                ))}
            </Flex>
          </>
        )}
        {(running || done > 0) && rows.length > 0 && (
          <Progress percent={Math.round((done * 100) / rows.length)} format={() => `${done}/${rows.length}`} />
        )}
        {stopped && (
          <Alert
            type="error"
            showIcon
            style={{ margin: "12px 0" }}
            title={t("ratings.decideBatchStopped", { name: stopped.name, count: done })}
            description={<span data-testid="decide-batch-error">{stopped.message}</span>}
          />
        )}
        {finished && (
          <Alert
            type="success"
            showIcon
            title={t("ratings.decideBatchDone", { count: done })}
            data-testid="decide-batch-done"
          />
        )}
        {!finished && !stopped && rows.length > 0 && (
          <Form<Values>
            layout="vertical"
            initialValues={{ decidedOn: dayjs() }}
            onFinish={(values) => void run(values)}
            disabled={running}
          >
            <Flex gap={12} wrap>
              <Form.Item name="decidedOn" label={t("ratings.decidedOn")} rules={[required]}>
                <DatePicker format={displayDateFormat} data-testid="batch-date" />
              </Form.Item>
              <Form.Item name="decisionNumber" label={`${t("ratings.decisionNumber")} (${t("common.optional")})`}>
                <Input maxLength={50} data-testid="batch-number" />
              </Form.Item>
            </Flex>
            <Button type="primary" htmlType="submit" loading={running} data-testid="decide-batch-run">
              {t("ratings.decideBatchRun", { count: rows.length })}
            </Button>
          </Form>
        )}
        {(finished || stopped) && (
          <Button style={{ marginTop: 12 }} onClick={props.onClose} data-testid="decide-batch-close">
            {t("common.close")}
          </Button>
        )}
      </div>
    </Modal>
  );
}
