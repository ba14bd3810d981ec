import type { TestActor } from "../test/harness";
import { DbWatch, refusalProblem } from "./db-watch";
import { child, type FixtureObject, makers } from "./fixtures";
import { describeRequest, type RequestSpec, send } from "./http";
import type { Standing } from "./matrix";
import { actingRole } from "./model";
import { mutationsFor } from "./mutations";
import { type Endpoint, isWrite } from "./openapi";
import type { Tally } from "./report";
import { Unclassified, validRequest } from "./requests";
import { aLinkedActor, type World } from "./world";

/**
 * Bad input, sent as the admin of baseA to every endpoint with something to send (a body, a query, a path
 * parameter, an upload): no answer may be a 5xx, and a refused write must leave the database as it was.
 */
export async function runBadInput(world: World, endpoints: Endpoint[], standing: Standing, tally: Tally) {
  const watch = new DbWatch(world);
  for (const endpoint of endpoints) {
    if (!endpoint.access) continue;
    const object = await objectOf(world, endpoint, standing);
    let valid: RequestSpec;
    try {
      valid = await validRequest(world, endpoint, object, undefined);
    } catch (error) {
      if (error instanceof Unclassified) continue;
      throw error;
    }
    tally.row(endpoint, endpoint.access);
    for (const mutate of mutationsFor(endpoint, valid)) {
      const spec = mutate(valid);
      const actor = await actorOf(world, endpoint);
      const write = isWrite(endpoint);
      if (write) await watch.settle();
      const reply = await send(world.app, actor, spec);
      tally.input(endpoint.key, reply.status);
      const changed = write ? await watch.changed() : [];
      const problem =
        reply.status >= 500 ? `server error ${reply.status}` : refusalProblem(endpoint.key, reply.status, changed);
      if (problem) tally.fail(badInput(endpoint, spec, actor, problem, reply.text));
      if (reply.status < 300 && write) valid = await validRequest(world, endpoint, object, undefined);
    }
  }
}

/** The object in the descendant cell, where the rules of cells apply and the admin of baseA may act. */
async function objectOf(world: World, endpoint: Endpoint, standing: Standing): Promise<FixtureObject | undefined> {
  const access = endpoint.access;
  const target = access && "target" in access ? access.target : undefined;
  if (access && "of" in access && access.of === "parent") {
    const below = await child(world, world.units.descendant);
    const make = target && target !== "orgUnit" ? makers[target] : undefined;
    return make ? make(world, below.fields.id ?? world.units.descendant) : below;
  }
  if (target) return standing.get(target)?.descendant;
  for (const objects of standing.values())
    if (endpoint.params.length && endpoint.params.every((p) => p in objects.descendant.fields))
      return objects.descendant;
  return undefined;
}

/** The admin; anonymous for public routes; a fresh admin for one's own things, which a success would end. */
async function actorOf(world: World, endpoint: Endpoint): Promise<TestActor | null> {
  const access = endpoint.access;
  if (access && "public" in access) return null;
  if (access && "self" in access && isWrite(endpoint)) return aLinkedActor(world, "admin");
  return world.actors.get(actingRole(access)) ?? null;
}

function badInput(endpoint: Endpoint, spec: RequestSpec, actor: TestActor | null, problem: string, answer: string) {
  return {
    pass: "bad input" as const,
    endpoint: endpoint.key,
    role: actor ? actingRole(endpoint.access) : "anonymous",
    problem,
    request: describeRequest(spec),
    answer: answer.slice(0, 200),
  };
}
