/**
 * The consult services other modules call (the ingest module confirms extracted meetings
 * and visits through these). Each validates its input with the exported zod schema, checks
 * the actor, writes all or nothing with an audit row, and returns the new id.
 */
export { createMeetingSchema, createVisitSchema, sourceSchema, type CreateMeetingInput, type CreateVisitInput } from "./consult.schema.js";
export { createMeeting } from "./meetings.service.js";
export { createVisit } from "./visits.service.js";
export { createActionItem } from "./actions.service.js";
