export * from "./org";
export * from "./platform";
