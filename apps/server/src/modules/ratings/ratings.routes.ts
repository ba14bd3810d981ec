import {
  AnnounceInput,
  AnnounceResult,
  AssessmentDetail,
  AssessmentListQuery,
  AssessmentPage,
  ChangeInput,
  CreateCycleInput,
  CycleListQuery,
  CyclePage,
  DecisionInput,
  fileDownload,
  Id,
  MediaType,
  MyAssessment,
  MyRatings,
  ProposalInput,
  RatingCycleDetail,
  RatingResults,
  ResultsQuery,
  SelfAssessmentInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader, docxType } from "../../platform/party-document";
import * as cycles from "./ratings-cycles.service";
import * as detail from "./ratings-detail.service";
import { decisionDocx, resultsWorkbook } from "./ratings-exports";
import * as me from "./ratings-me.service";
import { results } from "./ratings-results.service";
import * as steps from "./ratings-steps.service";

const params = z.object({ id: Id });
const tags = ["ratings"];
const cycle = { permission: "rating.read", target: "ratingCycle" } as const;
const assessment = (permission: "rating.read" | "rating.write" | "rating.decide") =>
  ({ access: { permission, target: "ratingAssessment" } }) as const;

/** The ratings module's endpoints under /api/ratings and the member's own under /api/me/ratings. */
export async function ratingsRoutes(root: FastifyInstance): Promise<void> {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.post(
    "/api/ratings/cycles",
    {
      config: { access: { permission: "rating.decide", target: "orgUnit" } },
      schema: { tags, body: CreateCycleInput, response: { 201: RatingCycleDetail } },
    },
    async (req, reply) => reply.status(201).send(await cycles.createCycle(req.ctx, req.body)),
  );
  app.get(
    "/api/ratings/cycles",
    {
      config: { access: { permission: "rating.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: CycleListQuery, response: { 200: CyclePage } },
    },
    (req) => cycles.listCycles(req.ctx, req.query),
  );
  app.get(
    "/api/ratings/cycles/:id",
    { config: { access: cycle }, schema: { tags, params, response: { 200: RatingCycleDetail } } },
    (req) => cycles.getCycle(req.ctx, req.params.id),
  );
  app.get(
    "/api/ratings/cycles/:id/assessments",
    {
      config: { access: cycle },
      schema: { tags, params, querystring: AssessmentListQuery, response: { 200: AssessmentPage } },
    },
    (req) => detail.listAssessments(req.ctx, req.params.id, req.query),
  );
  app.post(
    "/api/ratings/cycles/:id/announce",
    {
      config: { access: { permission: "rating.decide", target: "ratingCycle" } },
      schema: { tags, params, body: AnnounceInput, response: { 200: AnnounceResult } },
    },
    (req) => cycles.announce(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/api/ratings/cycles/:id/decision.docx",
    {
      config: { access: cycle },
      schema: {
        tags,
        params,
        querystring: z.object({ orgUnitId: Id.optional() }),
        response: { 200: fileDownload(MediaType.docx, "the decision of a deciding body with its list of results") },
      },
    },
    async (req, reply) => {
      const { fileName, buffer } = await decisionDocx(req.ctx, req.params.id, req.query.orgUnitId);
      return reply
        .header("content-type", docxType)
        .header("content-disposition", attachmentHeader(fileName))
        .send(buffer);
    },
  );
  app.get(
    "/api/ratings/assessments/:id",
    { config: assessment("rating.read"), schema: { tags, params, response: { 200: AssessmentDetail } } },
    (req) => detail.getAssessment(req.ctx, req.params.id),
  );
  app.post(
    "/api/ratings/assessments/:id/self",
    {
      config: assessment("rating.write"),
      schema: { tags, params, body: SelfAssessmentInput, response: { 200: AssessmentDetail } },
    },
    (req) => steps.selfAssess(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/ratings/assessments/:id/propose",
    {
      config: assessment("rating.write"),
      schema: { tags, params, body: ProposalInput, response: { 200: AssessmentDetail } },
    },
    (req) => steps.propose(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/ratings/assessments/:id/decide",
    {
      config: assessment("rating.decide"),
      schema: { tags, params, body: DecisionInput, response: { 200: AssessmentDetail } },
    },
    (req) => steps.decide(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/ratings/assessments/:id/change",
    {
      config: assessment("rating.decide"),
      schema: { tags, params, body: ChangeInput, response: { 200: AssessmentDetail } },
    },
    (req) => steps.change(req.ctx, req.params.id, req.body),
  );
  app.get(
    "/api/ratings/results",
    {
      config: { access: { permission: "rating.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: ResultsQuery, response: { 200: RatingResults } },
    },
    (req) => results(req.ctx, req.query),
  );
  app.get(
    "/api/ratings/results.xlsx",
    {
      config: { access: { permission: "rating.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: ResultsQuery,
        response: { 200: fileDownload(MediaType.xlsx, "the results tables, as an Excel workbook") },
      },
    },
    async (req, reply) =>
      reply
        .header("content-type", MediaType.xlsx)
        .header("content-disposition", attachmentHeader(`ket-qua-xep-loai-${req.query.year}.xlsx`))
        .send(await resultsWorkbook(req.ctx, req.query)),
  );
  app.get(
    "/api/me/ratings",
    { config: { access: { self: true } }, schema: { tags, response: { 200: MyRatings } } },
    (req) => me.myRatings(req.ctx),
  );
  app.post(
    "/api/me/ratings/:id/self",
    {
      config: { access: { self: true, target: "ratingCycle" } },
      schema: {
        tags,
        params,
        description: "The member's own self-assessment in the cycle :id.",
        body: SelfAssessmentInput,
        response: { 200: MyAssessment },
      },
    },
    (req) => me.selfAssessOwn(req.ctx, req.params.id, req.body),
  );
}
