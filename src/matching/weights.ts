// How a match score is made, in one place. Each signal is in [0, 1]; the score is the weighted
// sum, so it is in [0, 1] too and each reason's contribution is weight × signal.
// The text weighs most: it is what the need is about. Region is a tie-breaker, never the decider.
export const SIGNAL_WEIGHTS = {
  text: 0.55, //  Chinese text relevance (BM25F over character unigrams + bigrams, with the term list)
  chain: 0.12, // industry chain in common
  type: 0.1, //   the capability's service types include the need's type
  fields: 0.06, // technical field tags in common
  mode: 0.05, //  a cooperation mode both accept
  capacity: 0.05, // the provider can still take sessions
  record: 0.04, // sessions held and agreements signed before
  region: 0.03, // serves the need's county
} as const
export type Signal = keyof typeof SIGNAL_WEIGHTS

/**
 * Chain, type and field signals say "this provider works in the right area", which matters
 * once the content is related; a same-chain provider whose text has nothing to do with the need
 * should not outrank a related one from next door. So those signals count in full from this
 * text relevance up, and for a part (the floor) below it.
 */
export const AREA_GATE = { fullAt: 0.35, floor: 0.4 } as const

/** What an area signal counts where the capability does not say (unknown, not a mismatch). */
export const UNDECLARED = 0.5

/** BM25F parameters and the weights of each text field, in the document and in the query. */
export const TEXT = {
  k1: 2,
  b: 0.6,
  docFieldWeights: { title: 3, keywords: 2.5, fields: 2, description: 1 },
  queryFieldWeights: { title: 1, keywords: 1, fields: 0.8, description: 0.6 },
  /** A single character says less than a pair of them. */
  unigramWeight: 1,
  /** A term reached only through the term list counts a little less than one typed. */
  synonymWeight: 0.7,
  /** Relevance 1 is a candidate as good as one with every query term once in its title. */
  idealSaturation: 0.7,
  /** Relevance is (score / ideal) ^ this: a real match rarely reaches the ideal, and the
   *  square root spreads weak and good matches apart so the text can outweigh structure. */
  exponent: 0.5,
} as const

/**
 * Candidate generation. The database path may touch `postingBudget` documents through at most
 * `maxTokens` tokens; the in-memory path reads the telling tokens' postings in full up to
 * `fullPostings`, and adds the commoner tokens to its best `pool` documents. Both keep the best
 * `candidates` by text and `structuredCandidates` of the need's chain and type.
 */
export const RECALL = {
  maxTokens: 32,
  postingBudget: 1500,
  fullPostings: 40_000,
  pool: 1000,
  commonShare: 0.1,
  candidates: 150,
  structuredCandidates: 50,
} as const

/**
 * Score bands, calibrated on the labelled sets' top-10 lists (`npm run bench:match` prints the
 * calibration): from `strong` up nine suggestions in ten were judged strongly relevant or
 * better; between `medium` and `strong` about a third were, and most of the rest partly;
 * below `medium` almost none. A candidate without any text in common stays below `medium`.
 */
export const BANDS = { strong: 0.45, medium: 0.32 } as const

/** Pseudo-relevance feedback: from the best `documents` of a first pass, `terms` words at up to `weight` of a typed one. */
export const FEEDBACK = { documents: 1, terms: 10, weight: 0.3 }

/**
 * Learning from decisions: nothing before `minDecisions` labelled pairs; an association needs
 * `minSupport` good pairs and a strength of `minStrength` (its net weight over the need word's
 * good pairs, plus `shrinkage`); the `perWord` strongest per need word, added at up to `weight`.
 */
export const LEARNING = { minDecisions: 20, minSupport: 2, minStrength: 0.3, shrinkage: 2, perWord: 5, weight: 0.5 }

/**
 * The optional semantic re-ranker: the best `pool` candidates are re-scored as (1 − weight) × the
 * score plus weight × the cosine similarity above `floor` (scaled to [0, 1]); every reason's part
 * scales with it, so the parts still add up to the score.
 */
export const SEMANTIC = { pool: 20, weight: 0.3, floor: 0.3 } as const
