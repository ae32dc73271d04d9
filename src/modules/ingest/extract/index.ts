import type { Gazetteer } from "../gazetteer.js";
import { splitSentences } from "../sentences.js";
import { extractAgreements } from "./agreements.js";
import { extractAlliances } from "./alliances.js";
import { extractDelegations } from "./delegations.js";
import { extractMeetings } from "./meetings.js";
import { extractRegions } from "./regions.js";
import { extractSigning } from "./signing.js";
import type { ExtractContext, Fact } from "./types.js";

export function extractFacts(article: { title: string; body: string; publishedOn: string | null }, gaz: Gazetteer): Fact[] {
  const sentences = [...(article.title ? [{ text: article.title, start: -1 }] : []), ...splitSentences(article.body)];
  const ctx: ExtractContext = { ...article, gaz, sentences };
  return [
    ...extractRegions(ctx),
    ...extractDelegations(ctx),
    ...extractAgreements(ctx),
    ...extractAlliances(ctx),
    ...extractSigning(ctx),
    ...extractMeetings(ctx),
  ];
}
