export * from "./audit";
export * from "./auth";
export * from "./common";
export * from "./org";
export * from "./member-events";
export * from "./members";
