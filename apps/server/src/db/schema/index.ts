export * from "./awards";
export * from "./documents";
export * from "./meetings";
export * from "./members";
export * from "./org";
export * from "./platform";
export * from "./ratings";
export * from "./reports";
