import type { LetterIdentity, LetterKind, LetterStatus } from "@dangvu/contract";

/** The Vietnamese names of a letter's kind, sender and status the server prints (messages, the register's export). */
export const letterKindLabels: Record<LetterKind, string> = {
  denunciation: "Tố cáo",
  complaint: "Khiếu nại",
  petition: "Phản ánh, kiến nghị",
};

export const letterIdentityLabels: Record<LetterIdentity, string> = {
  named: "Có tên, địa chỉ",
  anonymous: "Nặc danh",
  false_name: "Mạo danh",
  no_address: "Không rõ địa chỉ",
};

export const letterStatusLabels: Record<LetterStatus, string> = {
  filed: "Lưu đơn, không giải quyết",
  received: "Mới tiếp nhận",
  in_progress: "Đang giải quyết",
  forwarded: "Đã chuyển cơ quan có thẩm quyền",
  resolved: "Đã giải quyết",
};

/** A stored status's name (the stored text itself if unknown). */
export const letterStatusLabel = (status: string): string => letterStatusLabels[status as LetterStatus] ?? status;
