export * from "./audit";
export * from "./auth";
export * from "./common";
export * from "./member-events";
export * from "./members";
export * from "./org";
export * from "./meetings";
export * from "./residence";
