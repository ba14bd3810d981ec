/** Typed domain errors; one place (http/errors.ts) turns them into HTTP responses. */
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

/** 400: the request itself is malformed; `fields` maps field names to message codes. */
export class BadRequest extends DomainError {
  constructor(code: string, fields: Record<string, string> = {}, params: Params = {}) {
    super(400, code, params, fields);
  }
}
export class Unauthorized extends DomainError {
  constructor(code = "auth.required") {
    super(401, code);
  }
}
export class Forbidden extends DomainError {
  constructor(code = "access.forbidden", params: Params = {}) {
    super(403, code, params);
  }
}
export class NotFound extends DomainError {
  constructor(code = "notFound", params: Params = {}) {
    super(404, code, params);
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
