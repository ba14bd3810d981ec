import { Alert, App, Card, Checkbox, Flex, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../lib/dates";
import { useMeetingTasks, useUpdateTask } from "./meetings.api";

/** The open follow-up tasks of the unit (resolutions of this and earlier meetings), each with "Đã xong". */
export function MeetingTasks({ orgUnitId, canWrite }: { orgUnitId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tasks = useMeetingTasks(orgUnitId);
  const update = useUpdateTask();

  return (
    <Card size="small" title={t("meeting.tasks")} style={{ marginTop: 16 }} data-testid="meeting-tasks">
      {tasks.isError && <Alert type="error" showIcon title={tasks.error.message} />}
      <List
        size="small"
        loading={tasks.isPending}
        dataSource={tasks.data ?? []}
        locale={{ emptyText: t("meeting.tasksEmpty") }}
        renderItem={(task) => (
          <List.Item data-testid="task-row">
            {/* On a phone the task takes the first line, its deadline and "Đã xong" the next. */}
            <Flex wrap align="center" gap="4px 16px" style={{ width: "100%" }}>
              <Typography.Text style={{ flex: "1 1 240px" }}>
                {task.title} — {task.ownerName}
              </Typography.Text>
              <Typography.Text type="secondary">{t("meeting.due", { date: formatDate(task.dueOn) })}</Typography.Text>
              <Checkbox
                checked={task.status === "done"}
                disabled={!canWrite || update.isPending}
                onChange={(e) =>
                  update
                    .mutateAsync({ task, done: e.target.checked })
                    .catch((error: unknown) =>
                      message.error(error instanceof Error ? error.message : t("errors.unknown")),
                    )
                }
                data-testid="task-done"
              >
                {t("meeting.taskDone")}
              </Checkbox>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
