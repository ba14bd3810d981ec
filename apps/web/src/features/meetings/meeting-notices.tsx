import type { Notice } from "@dangvu/contract";
import { Alert, App, Button, Card, Empty, Flex, Form, Input, List, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { FormModal, useRequired } from "../../lib/forms";
import { useNotices, usePostNotice, useWithdrawNotice } from "./meetings.api";

interface Props {
  /** The cell (or committee) whose notices are shown; none chosen yet when undefined. */
  orgUnitId: string | undefined;
  unitName: string;
  /** Whether the user may post in that unit (plans its meetings). */
  canPost: boolean;
}

const noticePageSize = 20;

/**
 * The notices a cell posts for its members, who read them in the handbook: the list, newest first, with "Gỡ" where the
 * user may withdraw one, and the form to post a new one.
 */
export function MeetingNotices({ orgUnitId, unitName, canPost }: Props) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const required = useRequired();
  // The page belongs to the unit it was chosen for: another unit starts at its first page.
  const [paging, setPaging] = useState({ unit: orgUnitId, page: 1 });
  const page = paging.unit === orgUnitId ? paging.page : 1;
  const notices = useNotices(orgUnitId, page, noticePageSize);
  const post = usePostNotice();
  const withdraw = useWithdrawNotice();
  const [posting, setPosting] = useState(false);

  if (!orgUnitId) return <Alert type="info" showIcon title={t("notices.pickUnit")} data-testid="notices-pick-unit" />;

  async function withdrawNotice(notice: Notice) {
    const ok = await modal.confirm({
      title: t("notices.withdrawTitle"),
      content: `${notice.title}. ${t("notices.withdrawConfirm")}`,
      okText: t("notices.withdrawOk"),
      okButtonProps: { danger: true },
      cancelText: t("common.cancel"),
    });
    if (!ok) return;
    try {
      await withdraw.mutateAsync(notice.id);
      void message.success(t("notices.withdrawn"));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  return (
    <Card
      size="small"
      title={t("notices.title")}
      extra={
        canPost && (
          <Button type="primary" onClick={() => setPosting(true)} data-testid="post-notice">
            {t("notices.post")}
          </Button>
        )
      }
      data-testid="notices"
    >
      <Typography.Paragraph style={{ marginBottom: 4 }}>
        <Typography.Text strong data-testid="notices-unit">
          {unitName}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("notices.hint")}</Typography.Paragraph>
      {notices.isError && <Alert type="error" showIcon title={notices.error.message} />}
      <List
        loading={notices.isPending}
        dataSource={notices.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: noticePageSize,
          total: notices.data?.total ?? 0,
          hideOnSinglePage: true,
          onChange: (next) => setPaging({ unit: orgUnitId, page: next }),
        }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notices.empty")} /> }}
        renderItem={(notice) => (
          <List.Item data-testid="notice-row" data-notice-id={notice.id}>
            <Flex vertical gap={4} style={{ flex: 1, minWidth: 0 }}>
              <Flex justify="space-between" align="start" gap={8} wrap>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {notice.title}
                </Typography.Text>
                {notice.can.withdraw && (
                  <Button size="small" danger onClick={() => void withdrawNotice(notice)} data-testid="withdraw-notice">
                    {t("notices.withdraw")}
                  </Button>
                )}
              </Flex>
              <Typography.Text type="secondary">
                {t("notices.postedBy", { date: formatDate(notice.postedOn), name: notice.postedByName ?? "" })}
              </Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>{notice.body}</Typography.Paragraph>
            </Flex>
          </List.Item>
        )}
      />
      <FormModal<{ title: string; body: string }>
        open={posting}
        onClose={() => setPosting(false)}
        title={t("notices.post")}
        okText={t("notices.post")}
        successMessage={t("notices.posted")}
        onSubmit={(values) => post.mutateAsync({ orgUnitId, title: values.title.trim(), body: values.body.trim() })}
        testId="notice-form"
      >
        <Form.Item label={t("notices.unit")}>
          <Typography.Text strong>{unitName}</Typography.Text>
        </Form.Item>
        <Form.Item name="title" label={t("notices.noticeTitle")} rules={[required]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="body" label={t("notices.body")} rules={[required]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
