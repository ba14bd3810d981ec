import {
  AwardFormCatalogue,
  Campaign,
  CampaignListQuery,
  Commendation,
  CommendationDecision,
  CommendationListQuery,
  CommendationPage,
  CreateCampaignInput,
  CreateModelInput,
  DecideCommendationsInput,
  EmulationModel,
  fileDownload,
  Id,
  MediaType,
  ModelCatalogue,
  ModelListQuery,
  ModelPage,
  MyAwards,
  Ok,
  ProposeCommendationInput,
  RecogniseModelInput,
  RefuseCommendationInput,
  UpdateCampaignInput,
  UpdateModelInput,
} from "@dangvu/contract";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { attachmentHeader } from "../../platform/party-document";
import * as campaigns from "./awards-campaigns.service";
import * as commendations from "./awards-commendations.service";
import { exportModels } from "./awards-models.export";
import * as models from "./awards-models.service";

const params = z.object({ id: Id });
const tags = ["awards"];

/** Commendations (forms, campaigns, proposals, decisions) and emulation models, under /api/awards. */
export async function commendationRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/awards/forms",
    { config: { access: { signedIn: true } }, schema: { tags, response: { 200: AwardFormCatalogue } } },
    (req) => commendations.formCatalogue(req.ctx),
  );
  app.get(
    "/api/awards/commendations",
    {
      config: { access: { permission: "award.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: CommendationListQuery, response: { 200: CommendationPage } },
    },
    (req) => commendations.listCommendations(req.ctx, req.query),
  );
  app.post(
    "/api/awards/commendations",
    {
      config: { access: { permission: "award.write", target: "orgUnit" } },
      schema: { tags, body: ProposeCommendationInput, response: { 201: Commendation } },
    },
    async (req, reply) => reply.status(201).send(await commendations.proposeCommendation(req.ctx, req.body)),
  );
  app.post(
    "/api/awards/commendations/:id/refuse",
    {
      config: { access: { permission: "award.decide", target: "commendation" } },
      schema: { tags, params, body: RefuseCommendationInput, response: { 200: Commendation } },
    },
    (req) => commendations.refuseCommendation(req.ctx, req.params.id, req.body),
  );
  app.post(
    "/api/awards/commendation-decisions",
    {
      config: { access: { permission: "award.decide", target: "orgUnit" } },
      schema: { tags, body: DecideCommendationsInput, response: { 201: CommendationDecision } },
    },
    async (req, reply) => reply.status(201).send(await commendations.decideCommendations(req.ctx, req.body)),
  );
  app.get(
    "/api/me/awards",
    { config: { access: { self: true } }, schema: { tags, response: { 200: MyAwards } } },
    (req) => commendations.myAwards(req.ctx),
  );
  await campaignRoutes(root);
  await modelRoutes(root);
}

async function campaignRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/awards/campaigns",
    {
      config: { access: { permission: "award.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: CampaignListQuery, response: { 200: z.array(Campaign) } },
    },
    (req) => campaigns.listCampaigns(req.ctx, req.query),
  );
  app.post(
    "/api/awards/campaigns",
    {
      config: { access: { permission: "award.write", target: "orgUnit" } },
      schema: { tags, body: CreateCampaignInput, response: { 201: Campaign } },
    },
    async (req, reply) => reply.status(201).send(await campaigns.createCampaign(req.ctx, req.body)),
  );
  app.patch(
    "/api/awards/campaigns/:id",
    {
      config: { access: { permission: "award.write", target: "awardCampaign" } },
      schema: { tags, params, body: UpdateCampaignInput, response: { 200: Campaign } },
    },
    (req) => campaigns.updateCampaign(req.ctx, req.params.id, req.body),
  );
  app.delete(
    "/api/awards/campaigns/:id",
    {
      config: { access: { permission: "award.write", target: "awardCampaign" } },
      schema: { tags, params, response: { 200: Ok } },
    },
    (req) => campaigns.deleteCampaign(req.ctx, req.params.id),
  );
}

async function modelRoutes(root: FastifyInstance) {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get(
    "/api/awards/model-titles",
    { config: { access: { signedIn: true } }, schema: { tags, response: { 200: ModelCatalogue } } },
    (req) => models.modelCatalogue(req.ctx),
  );
  app.get(
    "/api/awards/models",
    {
      config: { access: { permission: "award.read", list: true, within: "orgUnitId" } },
      schema: { tags, querystring: ModelListQuery, response: { 200: ModelPage } },
    },
    (req) => models.listModels(req.ctx, req.query),
  );
  app.get(
    "/api/awards/models/export.xlsx",
    {
      config: { access: { permission: "award.read", list: true, within: "orgUnitId" } },
      schema: {
        tags,
        querystring: ModelListQuery.omit({ page: true, pageSize: true }),
        response: { 200: fileDownload(MediaType.xlsx, "the registry of emulation models, as an Excel workbook") },
      },
    },
    async (req, reply) => {
      const file = await exportModels(req.ctx, req.query);
      return reply
        .header("content-type", MediaType.xlsx)
        .header("content-disposition", attachmentHeader(file.fileName))
        .send(file.buffer);
    },
  );
  app.post(
    "/api/awards/models",
    {
      config: { access: { permission: "award.write", target: "orgUnit" } },
      schema: { tags, body: CreateModelInput, response: { 201: EmulationModel } },
    },
    async (req, reply) => reply.status(201).send(await models.createModel(req.ctx, req.body)),
  );
  app.patch(
    "/api/awards/models/:id",
    {
      config: { access: { permission: "award.write", target: "emulationModel" } },
      schema: { tags, params, body: UpdateModelInput, response: { 200: EmulationModel } },
    },
    (req) => models.updateModel(req.ctx, req.params.id, req.body),
  );
  app.delete(
    "/api/awards/models/:id",
    {
      config: { access: { permission: "award.write", target: "emulationModel" } },
      schema: { tags, params, response: { 200: Ok } },
    },
    (req) => models.deleteModel(req.ctx, req.params.id),
  );
  app.post(
    "/api/awards/models/:id/recognise",
    {
      config: { access: { permission: "award.decide", target: "emulationModel" } },
      schema: { tags, params, body: RecogniseModelInput, response: { 200: EmulationModel } },
    },
    (req) => models.recogniseModel(req.ctx, req.params.id, req.body),
  );
}
