/** Typed domain errors; one place (http/error-handler.ts) turns them into HTTP responses. */
export type Params = Record<string, string | number>;

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Params = {},
    readonly fields: Record<string, string> = {},
    /** Extra members of the error body, such as an import's report. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(code);
  }
}

/*
 * Every error below takes its arguments in one order: the message code, the message's parameters, then `fields`
 * (field name → message code) for errors that point at fields of the request.
 */

/** 400: the request itself is malformed. */
export class BadRequest extends DomainError {
  constructor(code: string, params: Params = {}, fields: Record<string, string> = {}) {
    super(400, code, params, fields);
  }
}
/** 401: no session, or a sign-in refused. */
export class Unauthorized extends DomainError {
  constructor(code = "auth.required", params: Params = {}) {
    super(401, code, params);
  }
}
/** 403: the actor sees the object but may not do this to it. */
export class Forbidden extends DomainError {
  constructor(code = "access.forbidden", params: Params = {}, fields: Record<string, string> = {}) {
    super(403, code, params, fields);
  }
}
/** 404: not there, or outside every grant of the actor (its existence is not revealed). */
export class NotFound extends DomainError {
  constructor(code = "notFound", params: Params = {}, fields: Record<string, string> = {}) {
    super(404, code, params, fields);
  }
}
/** 409: the request conflicts with the current state (a stale version, a duplicate). */
export class Conflict extends DomainError {
  constructor(code: string, params: Params = {}, fields: Record<string, string> = {}) {
    super(409, code, params, fields);
  }
}
/** 422: well-formed but breaks a rule of the domain. */
export class RuleViolation extends DomainError {
  constructor(code: string, params: Params = {}, fields: Record<string, string> = {}) {
    super(422, code, params, fields);
  }
}
