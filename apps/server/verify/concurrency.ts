import { child, makers } from "./fixtures";
import { describeRequest, send } from "./http";
import type { Standing } from "./matrix";
import { actingRole } from "./model";
import type { Endpoint } from "./openapi";
import type { Tally } from "./report";
import { validRequest } from "./requests";
import type { World } from "./world";

const parallel = 20;

/**
 * Lost updates: for every PATCH whose body carries a `version`, twenty updates of a fresh object sent at once with
 * the same version must give exactly one success and nineteen 409s.
 */
export async function runConcurrency(world: World, endpoints: Endpoint[], tally: Tally, standing?: Standing) {
  for (const endpoint of endpoints.filter(isVersionedPatch)) {
    const access = endpoint.access;
    const role = actingRole(access);
    const actor = world.actors.get(role) ?? null;
    const target = access && "target" in access ? access.target : kindByParams(endpoint, standing);
    const make = target === "orgUnit" ? child : target ? makers[target] : undefined;
    if (!make) {
      tally.fail({ pass: "concurrency", endpoint: endpoint.key, problem: "cannot classify: no object kind to update" });
      continue;
    }
    const object = await make(world, world.units.descendant);
    const spec = await validRequest(world, endpoint, object, undefined);
    const replies = await Promise.all(Array.from({ length: parallel }, () => send(world.app, actor, spec)));
    const statuses = replies.map((r) => r.status);
    const succeeded = statuses.filter((s) => s < 300).length;
    const conflicts = statuses.filter((s) => s === 409).length;
    tally.concurrencyChecks += 1;
    if (succeeded !== 1 || conflicts !== parallel - 1) {
      tally.fail({
        pass: "concurrency",
        endpoint: endpoint.key,
        role,
        problem: `${parallel} updates with one version: ${succeeded} succeeded, ${conflicts} got 409, others ${statuses.filter((s) => s >= 300 && s !== 409).join(",") || "none"}`,
        request: describeRequest(spec),
      });
    }
  }
}

/** For a route without a target (catalogue-wide, `anywhere`): the kind whose objects carry the path's parameters. */
function kindByParams(endpoint: Endpoint, standing: Standing | undefined): string | undefined {
  if (!standing || endpoint.params.length === 0) return undefined;
  for (const [kind, objects] of standing) if (endpoint.params.every((p) => p in objects.own.fields)) return kind;
  return undefined;
}

function isVersionedPatch(endpoint: Endpoint): boolean {
  return endpoint.method === "PATCH" && Boolean(endpoint.body?.properties?.version);
}
