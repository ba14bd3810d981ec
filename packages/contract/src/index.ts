export * from "./audit";
export * from "./auth";
export * from "./common";
export * from "./meetings";
export * from "./member-events";
export * from "./members";
export * from "./org";
export * from "./residence";
