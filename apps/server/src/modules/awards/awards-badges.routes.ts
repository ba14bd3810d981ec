import {
  BadgeDecision,
  BadgeDecisionListQuery,
  BadgeDecisionPage,
  BadgeFileQuery,
  BadgeList,
  BadgeListQuery,
  CreateBadgeDecisionInput,
  fileDownload,
  Id,
  MediaType,
  MemberBadges,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader, docxType } from "../../platform/party-document";
import * as badges from "./awards-badges.service";
import * as decisions from "./awards-badges-decisions.service";
import { badgeListDocx, badgeListXlsx } from "./awards-badges-papers";

const tags = ["awards"];
const params = z.object({ id: Id });
const xlsxType = MediaType.xlsx;
const fileNames = { "4": "danh-sach-4-HHD", "4A": "danh-sach-4A-HHD", "4B": "danh-sach-4B-HHD" } as const;

/** Party badges (Huy hiệu Đảng): the award date's list and its forms, decisions with badge numbers, a member's badges. */
export async function badgeRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/awards/badges",
    {
      config: { access: { permission: "award.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: BadgeListQuery, response: { 200: BadgeList } },
    },
    (req) => badges.listBadges(req.ctx, req.query),
  );
  app.get(
    "/api/awards/badges/list.xlsx",
    {
      config: { access: { permission: "award.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: BadgeFileQuery,
        response: { 200: fileDownload(MediaType.xlsx, "the proposal list 4-HHĐ, 4A-HHĐ or 4B-HHĐ as Excel") },
      },
    },
    async (req, reply) => {
      const buffer = await badgeListXlsx(req.ctx, req.query);
      const name = `${fileNames[req.query.form]}-${req.query.on}.xlsx`;
      return reply.header("content-type", xlsxType).header("content-disposition", attachmentHeader(name)).send(buffer);
    },
  );
  app.get(
    "/api/awards/badges/list.docx",
    {
      config: { access: { permission: "award.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: BadgeFileQuery,
        response: {
          200: fileDownload(MediaType.docx, "the proposal list 4-HHĐ, 4A-HHĐ or 4B-HHĐ in the party layout"),
        },
      },
    },
    async (req, reply) => {
      const buffer = await badgeListDocx(req.ctx, req.query);
      const name = `${fileNames[req.query.form]}-${req.query.on}.docx`;
      return reply.header("content-type", docxType).header("content-disposition", attachmentHeader(name)).send(buffer);
    },
  );
  app.get(
    "/api/awards/badge-decisions",
    {
      config: { access: { permission: "award.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: BadgeDecisionListQuery, response: { 200: BadgeDecisionPage } },
    },
    (req) => decisions.listDecisions(req.ctx, req.query),
  );
  app.post(
    "/api/awards/badge-decisions",
    {
      config: { access: { permission: "award.decide", target: "orgUnit" } },
      schema: { tags, body: CreateBadgeDecisionInput, response: { 201: BadgeDecision } },
    },
    async (req, reply) => reply.status(201).send(await decisions.recordDecision(req.ctx, req.body)),
  );
  app.get(
    "/api/members/:id/badges",
    {
      config: { access: { permission: "member.read", target: "member" } },
      schema: { tags, params, response: { 200: MemberBadges } },
    },
    (req) => badges.memberBadges(req.ctx, req.params.id),
  );
  app.get(
    "/api/me/badges",
    { config: { access: { self: true } }, schema: { tags, response: { 200: MemberBadges } } },
    (req) => badges.myBadges(req.ctx),
  );
}
