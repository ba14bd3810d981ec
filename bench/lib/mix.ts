// The office's request mix (issue 12): 80% reads, 20% writes, each kind with its share. Pure: builds requests for an
// actor; the client (mix-child.ts) sends them and keeps the state writes need (member versions).
import type { Actor } from "./office";

export interface MixRequest {
  method: "GET" | "POST" | "PATCH" | "PUT";
  path: string;
  body?: unknown;
}

export interface ActorState {
  actor: Actor;
  /** Member id → version, for phone edits (each member is edited by one actor only, so versions never race). */
  versions: Map<string, number>;
  /** Members on the held meeting's roster, for attendance. */
  roster: string[];
  n: number;
}

type Pick = <T>(items: readonly T[]) => T;
interface Kind {
  name: string;
  share: number;
  write: boolean;
  build(s: ActorState, pick: Pick): MixRequest;
}

const day = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** The kinds and their shares in percent (they add up to 100). */
export const kinds: Kind[] = [
  {
    name: "search",
    share: 20,
    write: false,
    build: (s, pick) => get(`/api/members?q=${enc(pick(s.actor.searchNames))}`),
  },
  { name: "members by unit", share: 10, write: false, build: () => get("/api/members?sort=unit") },
  {
    name: "member record",
    share: 15,
    write: false,
    build: (s, pick) => get(`/api/members/${pick(s.actor.memberIds)}`),
  },
  { name: "meetings list", share: 10, write: false, build: () => get("/api/meetings") },
  { name: "meeting", share: 10, write: false, build: (s, pick) => get(`/api/meetings/${pick(s.actor.meetingIds)}`) },
  { name: "org tree", share: 5, write: false, build: () => get("/api/org-units") },
  { name: "reminders", share: 5, write: false, build: () => get("/api/reminders") },
  { name: "residence requests", share: 5, write: false, build: () => get("/api/residence/requests") },
  {
    name: "edit phone",
    share: 6,
    write: true,
    build: (s, pick) => {
      const id = pick(s.actor.editMemberIds);
      const phone = `09${String(10_000_000 + ((s.n * 7919) % 89_999_999)).slice(0, 8)}`;
      return { method: "PATCH", path: `/api/members/${id}`, body: { version: s.versions.get(id) ?? 1, phone } };
    },
  },
  {
    name: "post notice",
    share: 4,
    write: true,
    build: (s) => ({
      method: "POST",
      path: "/api/notices",
      body: {
        orgUnitId: s.actor.noticeUnitId,
        title: `Thông báo số ${s.n}`,
        body: "Đề nghị các đồng chí đảng viên tham dự sinh hoạt chi bộ đầy đủ, đúng giờ.",
      },
    }),
  },
  {
    name: "create meeting",
    share: 5,
    write: true,
    build: (s) => {
      const at = new Date(Date.now() + (7 + (s.n % 300)) * day);
      const date = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
      return {
        method: "POST",
        path: "/api/meetings",
        body: {
          orgUnitId: s.actor.homeCellId,
          kind: "thematic",
          topic: `Sinh hoạt chuyên đề ${s.n}`,
          scheduledAt: `${date}T14:00:00+07:00`,
          place: "Hội trường",
        },
      };
    },
  },
  {
    name: "record attendance",
    share: 5,
    write: true,
    build: (s, pick) => ({
      method: "PUT",
      path: `/api/meetings/${s.actor.heldMeetingId}/attendance`,
      body: {
        entries: [pick(s.roster), pick(s.roster)]
          .filter((id, i, all) => all.indexOf(id) === i)
          .map((memberId) =>
            s.n % 5 === 0
              ? { memberId, status: "absent_excused", reason: "Đi công tác" }
              : { memberId, status: "present" },
          ),
      },
    }),
  },
];

const total = kinds.reduce((a, k) => a + k.share, 0);
if (total !== 100) throw new Error(`the mix's shares add up to ${total}`);

/** A kind drawn by its share from a number in [0, 1). */
export function drawKind(u: number): Kind {
  let x = u * total;
  for (const k of kinds) {
    x -= k.share;
    if (x < 0) return k;
  }
  return kinds.at(-1) as Kind;
}

function get(path: string): MixRequest {
  return { method: "GET", path };
}

function enc(s: string) {
  return encodeURIComponent(s);
}
