import type { Assessment, RatingCycleDetail, RatingLevel } from "@dangvu/contract";
import { ratingLevels } from "@dangvu/contract";
import { Alert, Button, Flex, Form, Grid, Input, Modal, Progress, Radio, Spin, Typography } from "antd";
import { type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyServerError, useRequired } from "../../lib/forms";
import { VoteFields } from "./propose-form";
import { useAssessmentStep, useAssessments } from "./ratings.api";
import { LevelTag } from "./ratings-labels";

interface Values {
  present: number;
  inFavour: number;
  against: number;
  level: RatingLevel;
  note?: string;
}

/**
 * The cell's proposals after its meeting, one member after another: the vote is typed once and kept for every member,
 * the level starts at the member's own, keys 1–4 pick a level and Enter saves and moves to the next.
 */
export function ProposeCellModal(props: { cycle: RatingCycleDetail; cellId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const required = useRequired();
  const list = useAssessments(props.cycle.id, { subjectType: "member", orgUnitId: props.cellId, pageSize: 200 });
  const step = useAssessmentStep();
  const [form] = Form.useForm<Values>();
  // The members to go through, fixed when the list first arrives so that saving does not reorder them.
  const [queue, setQueue] = useState<Assessment[] | null>(null);
  const [position, setPosition] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const levelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (queue || !list.data || list.isPlaceholderData) return;
    setQueue(list.data.items.filter((a) => a.status === "self_assessed"));
  }, [list.data, list.isPlaceholderData, queue]);
  const current = queue?.[position];
  const waiting = list.data?.items.filter((a) => a.status === "pending").length ?? 0;
  useEffect(() => {
    if (!current) return;
    form.setFieldsValue({ level: current.selfLevel ?? undefined, note: "" });
    levelRef.current?.querySelector<HTMLInputElement>("input:checked, input")?.focus();
  }, [current, form]);

  async function save(values: Values) {
    if (!current || step.isPending) return;
    setError(null);
    try {
      await step.mutateAsync({
        id: current.id,
        step: "propose",
        input: {
          level: values.level,
          vote: { present: values.present, inFavour: values.inFavour, against: values.against },
          note: values.note?.trim() || undefined,
        },
      });
      setPosition((p) => p + 1);
    } catch (caught) {
      setError(applyServerError(form, caught, t("errors.unknown")));
    }
  }

  // 1–4 pick a level unless typing in a box.
  function pickByKey(event: KeyboardEvent<HTMLFormElement>) {
    const target = event.target as HTMLElement;
    if (target.tagName === "TEXTAREA" || (target.tagName === "INPUT" && target.getAttribute("type") !== "radio"))
      return;
    // Enter on a level saves, as it does in a text box.
    if (event.key === "Enter" && target.getAttribute("type") === "radio") {
      event.preventDefault();
      form.submit();
      return;
    }
    const level = ratingLevels[Number(event.key) - 1];
    if (level) {
      form.setFieldValue("level", level);
      event.preventDefault();
    }
  }

  const done = queue !== null && position >= queue.length;
  return (
    <Modal
      open
      title={t("ratings.proposeCell")}
      onCancel={props.onClose}
      footer={null}
      width={screens.md === false ? "100%" : 760}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <div data-testid="propose-cell-modal">
        {!queue && <Spin />}
        {waiting > 0 && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title={t("ratings.proposeWaiting", { count: waiting })}
          />
        )}
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void save(v)} onKeyDown={pickByKey}>
          <Typography.Paragraph type="secondary">{t("ratings.voteHint")}</Typography.Paragraph>
          <VoteFields />
          {queue && queue.length > 0 && (
            <Progress
              percent={Math.round((position * 100) / queue.length)}
              format={() => `${position}/${queue.length}`}
            />
          )}
          {current && (
            <div data-testid="propose-current" data-name={current.subjectName} style={{ marginTop: 12 }}>
              <Typography.Title level={4} style={{ marginTop: 0 }}>
                {current.subjectName}
              </Typography.Title>
              <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }}>
                <span>{t("ratings.self")}:</span>
                <LevelTag level={current.selfLevel} />
                {current.selfTotal !== null && <span>{t("ratings.points", { total: current.selfTotal })}</span>}
              </Flex>
              {current.selfText && <Typography.Paragraph type="secondary">{current.selfText}</Typography.Paragraph>}
              {error && (
                <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="step-error" />
              )}
              <div ref={levelRef}>
                <Form.Item name="level" label={t("ratings.proposedLevel")} rules={[required]}>
                  <Radio.Group data-testid="propose-level">
                    <Flex vertical gap={4}>
                      {ratingLevels.map((level, i) => (
                        <Radio key={level} value={level} data-testid={`propose-level-${level}`}>
                          {i + 1}. {t(`ratingLevel.${level}`)}
                        </Radio>
                      ))}
                    </Flex>
                  </Radio.Group>
                </Form.Item>
              </div>
              <Form.Item name="note" label={`${t("ratings.note")} (${t("common.optional")})`}>
                <Input maxLength={2000} data-testid="propose-note" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={step.isPending} data-testid="propose-save-next">
                {t("ratings.proposeSaveNext")}
              </Button>
            </div>
          )}
        </Form>
        {done && (
          <Flex vertical gap={12} style={{ marginTop: 12 }}>
            <Alert
              type="success"
              showIcon
              title={
                queue.length > 0 ? t("ratings.proposeDone", { count: queue.length }) : t("ratings.proposeNoneLeft")
              }
              data-testid="propose-done"
            />
            <Button onClick={props.onClose} data-testid="propose-close">
              {t("common.close")}
            </Button>
          </Flex>
        )}
      </div>
    </Modal>
  );
}
