export { residenceCommentsReceived, residenceCommentsRequested } from "./residence.indicators";
export { residenceRoutes } from "./residence.routes";
