import { Alert, App, Button, List, Popconfirm, Typography, Upload } from "antd";
import { useTranslation } from "react-i18next";
import type { MeetingView } from "./meetings.api";
import { useMeetingDownload, useRemoveDocument, useUploadDocument } from "./meetings.api";

function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Files attached to the meeting (report, resolution draft); shown only when the server sends `documents`. */
export function MeetingDocuments({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadDocument(meeting.id);
  const download = useMeetingDownload();
  const remove = useRemoveDocument(meeting.id);
  const documents = meeting.documents;
  if (!documents) return <Alert type="info" showIcon title={t("meeting.documentsUnavailable")} />;

  async function send(file: File) {
    try {
      await upload.mutateAsync(file);
      void message.success(t("meeting.uploaded"));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  async function drop(docId: string) {
    try {
      await remove.mutateAsync(docId);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  async function get(path: string) {
    try {
      await download.mutateAsync(path);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    }
  }

  return (
    <div data-testid="meeting-documents">
      {meeting.can.update && (
        <Upload
          showUploadList={false}
          accept=".pdf,.docx,.doc,.xlsx,.jpg,.jpeg,.png"
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button loading={upload.isPending} data-testid="upload-document">
            {t("meeting.upload")}
          </Button>
        </Upload>
      )}
      <List
        style={{ marginTop: 12 }}
        dataSource={documents}
        locale={{ emptyText: t("meeting.documentsEmpty") }}
        renderItem={(doc) => (
          <List.Item
            data-testid="document-row"
            actions={[
              <Button
                key="download"
                type="link"
                onClick={() => void get(`/api/meetings/${meeting.id}/documents/${doc.id}`)}
              >
                {t("meeting.download")}
              </Button>,
              ...(meeting.can.update
                ? [
                    <Popconfirm
                      key="remove"
                      title={t("meeting.removeDocument")}
                      okText={t("meeting.remove")}
                      cancelText={t("common.cancel")}
                      onConfirm={() => drop(doc.id)}
                    >
                      <Button type="link" danger>
                        {t("meeting.remove")}
                      </Button>
                    </Popconfirm>,
                  ]
                : []),
            ]}
          >
            <Typography.Text>{doc.fileName}</Typography.Text>
            <Typography.Text type="secondary">{sizeText(doc.size)}</Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}
