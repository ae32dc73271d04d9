// search.service.ts (owned by the search work) still imports parseQuery from here.
export { parseQuery } from "../../platform/http/query.js";
