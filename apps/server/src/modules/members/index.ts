export { requireMember } from "./members.access";
export { memberRoutes } from "./members.routes";
export { badgeMilestoneReached, nextAwardDate, partyAge, partyAgeMonths } from "./members.rules";
export { getMember } from "./members.service";
