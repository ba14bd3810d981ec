import { App, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../lib/api";
import { saveFile } from "../../lib/download";

/** A button that downloads one of the member's papers (.docx), saying so when it fails. */
function PaperButton(props: {
  path: string;
  query?: Record<string, string>;
  label: string;
  small?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      saveFile(await api.download(props.path, props.query));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : t("errors.unknown"));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      size={props.small ? "small" : undefined}
      loading={busy}
      onClick={() => void download()}
      className="no-print"
      data-testid={props.testId}
    >
      {props.label}
    </Button>
  );
}

/** The Phiếu đảng viên (mẫu 2-HSĐV) of the member, filled from the record. */
export function MemberSheetButton({ memberId }: { memberId: string }) {
  const { t } = useTranslation();
  return (
    <PaperButton
      path={`/api/members/${memberId}/papers/member-sheet`}
      label={t("member.memberSheet")}
      testId="member-sheet"
    />
  );
}

/** The letter of one transfer of the member (giấy giới thiệu sinh hoạt đảng). */
export function TransferLetterButton({ memberId, eventId }: { memberId: string; eventId: string }) {
  const { t } = useTranslation();
  return (
    <PaperButton
      path={`/api/members/${memberId}/papers/transfer-letter`}
      query={{ eventId }}
      label={t("member.transferLetter")}
      small
      testId="transfer-letter"
    />
  );
}
